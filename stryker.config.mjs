// @ts-check
/**
 * `npm run mutate`: StrykerJS mutates the support code and runs the scenarios against each mutant, once
 * per driver, since each run of the spec drives the windows one way (SESSION_DRIVER).
 * Each mutant runs, in a warm cucumber, the profile's scenarios that reached its code, stopping at the
 * first that fails (test/tools/cucumber_test_runner.mjs).
 * Left out: the container providers and the url provider's cluster (the runs use the binary one). The errata
 * program (errata/) is no support code: no scenario runs it, and node tests check it.
 */
/** The code that only a Redis Cluster runs, mutated by the cluster's run alone (only features/at_scale is tagged @sharded-pubsub). */
const clusterOnly = ['support/server/cluster/**/*.ts', 'support/server/providers/binary_cluster.ts', 'support/sharded_pubsub.ts'];
/** The literal driver's refusal of what is beyond the tutorial's code: only that driver reaches it. */
const literalOnly = ['support/windows/drivers/literal/**/*.ts', 'support/windows/beyond_the_tutorial.ts'];
/**
 * Checked by node tests instead (test/providers.test.ts, test/cluster.test.ts): the runs use the binary provider.
 * The windows' recordings only a reader of the report plays: test/recordings.test.ts and test/report.test.ts read them.
 */
const checkedElsewhere = [
  'support/windows/recording/**/*.ts',
  'support/recordings.ts',
  'support/server/providers/container.ts',
  'support/server/providers/container_cluster.ts',
  'support/server/providers/docker_host.ts',
  'support/server/providers/url_cluster.ts',
  'support/server/providers/loopback_network.ts',
];

/** One run for each way the spec drives its windows (SESSION_DRIVER), and one for the cluster (REDIS_TOPOLOGY). */
const runs = {
  client: {
    profile: 'mutation',
    mutate: ['support/**/*.ts', ...[...literalOnly, ...clusterOnly, ...checkedElsewhere].map((glob) => `!${glob}`)],
  },
  literal: {
    profile: 'literalMutation',
    mutate: literalOnly,
  },
  cluster: { profile: 'clusterMutation', mutate: clusterOnly },
};
const name = process.env.REDIS_TOPOLOGY === 'cluster' ? 'cluster' : process.env.SESSION_DRIVER === 'literal' ? 'literal' : 'client';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  appendPlugins: ['./test/tools/cucumber_test_runner.mjs'],
  testRunner: 'cucumber',
  cucumber: { profile: runs[name].profile },
  mutate: runs[name].mutate,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // Mutants whose code and scenarios did not change keep their last result; `npm run mutate -- --force` tests all again.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  tempDirName: `.stryker-tmp/${name}`,
  // Each run's sandbox lives there; none is copied into another's.
  ignorePatterns: ['.stryker-tmp'],
  cleanTempDir: 'always',
};
