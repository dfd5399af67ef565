// @ts-check
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['support/**/*.ts', 'steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  plugin: ['./support/fail_when_nothing_ran.js'],
  strict: true,
};

/** What CI keeps of a run: the report a reader opens, JUnit for CI dashboards, and cucumber's own messages. */
const reports = ['html:reports/cucumber.html', 'junit:reports/junit.xml', 'message:reports/messages.ndjson'];

/** The harness's own scenarios (test/harness): how a failing step reads, settings, the binary provider. */
const harness = {
  paths: ['test/harness/**/*.feature'],
  require: [...common.require, 'test/harness/**/*.ts'],
};

module.exports = {
  default: { ...common, format: ['pretty'] },
  ci: { ...common, format: ['pretty', ...reports] },
  /** The scenarios the tutorial's own code covers, for SESSION_DRIVER=literal. */
  literal: { ...common, format: ['pretty'], tags: 'not @beyond-the-tutorial' },
  harness: { ...common, ...harness },
  // For `npm run mutate`: the tutorial's scenarios and the harness's; StrykerJS adds its own formatter.
  mutation: { ...common, paths: [...common.paths, ...harness.paths], require: harness.require },
};
