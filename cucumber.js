// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
const { readdirSync } = require('node:fs');

/**
 * Each profile loads one World: the spec's (support/world.ts) or, in the harness's profiles, the harness's
 * (test/harness/harness_world.ts), which stands on the same support code without the spec's World.
 * No profile of a person's names `paths`: the npm scripts do, so a feature file named on the command line runs alone.
 */
const support = readdirSync(__dirname + '/support').filter((file) => file.endsWith('.ts'));
const common = {
  requireModule: ['ts-node/register/transpile-only'],
  require: ['support/*.ts', 'steps/**/*.ts'],
  plugin: ['./support/fail_when_nothing_ran.js'],
  strict: true,
  // features/at_scale needs a Redis Cluster: the cluster profile runs it.
  tags: 'not @cluster',
};

/** What CI keeps of a run: the report a reader opens, JUnit for CI dashboards, and cucumber's own messages. */
const reports = ['html:reports/cucumber.html', 'junit:reports/junit.xml', 'message:reports/messages.ndjson'];

/** The harness's own scenarios (test/harness): how a failing step reads, settings, the binary provider. */
const harness = {
  ...common,
  require: [...support.filter((file) => file !== 'world.ts').map((file) => `support/${file}`), 'steps/**/*.ts', 'test/harness/**/*.ts'],
};

/** For SESSION_DRIVER=literal: the scenarios the tutorial's own code covers. */
const literal = { ...common, tags: 'not @beyond-the-tutorial and not @cluster' };

module.exports = {
  default: { ...common, format: ['pretty'] },
  ci: { ...common, format: ['pretty', ...reports] },
  literal: { ...literal, format: ['pretty'] },
  // How the tutorial's own code fails in irb and redis-cli (test/harness/literal, which needs Ruby).
  literalHarness: { ...harness, tags: literal.tags, format: ['pretty'] },
  harness,
  // For `npm run spec:cluster`, with REDIS_TOPOLOGY=cluster: the experiments across the nodes of a Redis Cluster.
  cluster: { ...common, tags: '@cluster', format: ['pretty'] },
  // For `npm run test:literal:cluster`: the tutorial's own code on a Redis Cluster, each irb session on its node.
  literalCluster: { ...literal, tags: '@cluster and not @beyond-the-tutorial', format: ['pretty'] },
  // For StrykerJS (stryker.config.mjs), which runs a profile as it is: each names its paths.
  mutation: { ...harness, paths: ['features/**/*.feature', 'test/harness/*.feature'] },
  literalMutation: {
    ...harness,
    tags: literal.tags,
    paths: ['features/**/*.feature', 'test/harness/literal/**/*.feature', 'test/harness/reading_the_tutorial.feature'],
  },
  clusterMutation: { ...common, tags: '@cluster', paths: ['features/at_scale/**/*.feature'] },
};
