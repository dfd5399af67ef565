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
  // For `npm run mutate`: StrykerJS adds its own formatter.
  mutation: common,
};
