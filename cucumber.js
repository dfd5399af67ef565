// @ts-check
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['support/**/*.ts', 'steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  plugin: ['./support/fail_when_nothing_ran.js'],
  strict: true,
};

module.exports = {
  default: { ...common, format: ['pretty'] },
  /** The scenarios the tutorial's own code covers, for SESSION_DRIVER=literal. */
  literal: { ...common, format: ['pretty'], tags: 'not @beyond-the-tutorial' },
};
