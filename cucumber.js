// @ts-check
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['support/*.ts', 'steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  plugin: ['./support/fail_when_nothing_ran.js'],
  strict: true,
  // features/at_scale needs a Redis Cluster: the cluster profile runs it.
  tags: 'not @cluster',
};

/** What CI keeps of a run: the report a reader opens, JUnit for CI dashboards, and cucumber's own messages. */
const reports = ['html:reports/cucumber.html', 'junit:reports/junit.xml', 'message:reports/messages.ndjson'];

/** The harness's own scenarios (test/harness): how a failing step reads, settings, the binary provider. */
const harness = {
  paths: ['test/harness/*.feature'],
  require: [...common.require, 'test/harness/**/*.ts'],
};

/**
 * For SESSION_DRIVER=literal: the scenarios the tutorial's own code covers, and how that code fails
 * in irb and redis-cli (test/harness/literal, which needs Ruby).
 */
const literal = {
  ...common,
  paths: [...common.paths, 'test/harness/literal/**/*.feature'],
  require: harness.require,
  tags: 'not @beyond-the-tutorial and not @cluster',
};

module.exports = {
  default: { ...common, format: ['pretty'] },
  ci: { ...common, format: ['pretty', ...reports] },
  literal: { ...literal, format: ['pretty'] },
  harness: { ...common, ...harness },
  // For `npm run spec:cluster`, with REDIS_TOPOLOGY=cluster: the experiments across the nodes of a Redis Cluster.
  cluster: { ...common, paths: ['features/at_scale/**/*.feature'], tags: '@cluster', format: ['pretty'] },
  // For `npm run mutate` and `npm run mutate:literal`: StrykerJS runs them as a command (stryker.config.mjs).
  mutation: { ...common, paths: [...common.paths, ...harness.paths], require: harness.require },
  // For `npm run test:literal:cluster`: the tutorial's own code on a Redis Cluster, each irb session on its node.
  literalCluster: {
    ...literal,
    paths: ['features/at_scale/**/*.feature'],
    tags: '@cluster and not @beyond-the-tutorial',
    format: ['pretty'],
  },
  literalMutation: { ...literal, paths: [...literal.paths, 'test/harness/reading_the_tutorial.feature'] },
};
