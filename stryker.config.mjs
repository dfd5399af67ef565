// @ts-check
/**
 * `npm run mutate`: StrykerJS mutates the support code and runs the scenarios against each mutant, once
 * per driver, since each run of the spec drives the windows one way (SESSION_DRIVER).
 * StrykerJS 10 has no cucumber runner, and the last one (9.6.1) cannot give cucumber 13 its formatter:
 * each mutant runs the profile's scenarios as a command, stopping at the first that fails.
 * Left out: the container provider (the runs use the binary one) and the errata check, which no
 * scenario runs (`npm run errata`; test/errata.test.ts, test/literal.test.ts, test/revision.test.ts,
 * test/tutorial_page.test.ts, test/unified_diff.test.ts and test/browser/tutorial check it).
 */
const errataOnly = ['errata.ts', 'follow.ts', 'known_errata.ts', 'fix.ts', 'unified_diff.ts', 'tutorial_page.ts'];
const literal = process.env.SESSION_DRIVER === 'literal';
const name = literal ? 'literal' : 'client';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: `npx cucumber-js --profile ${literal ? 'literalMutation' : 'mutation'} --fail-fast --format summary` },
  mutate: literal
    ? ['support/windows/drivers/literal/**/*.ts', ...errataOnly.map((file) => `!support/windows/drivers/literal/${file}`)]
    : [
        'support/**/*.ts',
        '!support/windows/drivers/literal/**',
        '!support/server/providers/container.ts',
        '!support/server/providers/docker_host.ts',
      ],
  // The command runner cannot tell which scenario covers which mutant.
  coverageAnalysis: 'off',
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // Mutants whose code and scenarios did not change keep their last result; `npm run mutate -- --force` tests all again.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  tempDirName: `.stryker-tmp/${name}`,
  // Both runs' sandboxes live there; neither is copied into the other's.
  ignorePatterns: ['.stryker-tmp'],
  cleanTempDir: 'always',
};
