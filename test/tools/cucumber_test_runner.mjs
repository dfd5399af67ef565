// @ts-check
/**
 * A StrykerJS test runner for cucumber 13, through cucumber's own API (`@cucumber/cucumber/api`):
 * the support code is loaded once per worker and each mutant runs, in that warm process, only the
 * scenarios that reached its code in the initial run (`coverageAnalysis: 'perTest'`).
 * StrykerJS 10 ships no cucumber runner, and its last one (9.6.1) cannot give cucumber 13 its formatter.
 * A mutant is killed when its run fails: a scenario fails, or the run does (a hook, loading the code).
 * Whatever a run started and left running, whatever the mutant broke, is ended after it (left_running.mjs).
 */
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { INSTRUMENTER_CONSTANTS } from '@stryker-mutator/api/core';
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { DryRunStatus, TestStatus, determineHitLimitReached, toMutantRunResult } from '@stryker-mutator/api/test-runner';
import { endWhatTheRunLeft, startRun } from './left_running.mjs';

/** @type {typeof import('@cucumber/cucumber/api')} */
const cucumber = createRequire(import.meta.url)('@cucumber/cucumber/api');

/** @typedef {import('@stryker-mutator/api/test-runner').TestResult} TestResult */
/** @typedef {import('@stryker-mutator/api/test-runner').DryRunResult} DryRunResult */
/** @typedef {import('@stryker-mutator/api/core').InstrumenterContext} InstrumenterContext */
/** @typedef {import('@cucumber/messages').Envelope} Envelope */

/** What the hooks around the scenarios reach (BeforeAll starts the server) runs again in every run: each scenario covers it. */
const hooks = 'the hooks around the scenarios';
const failing = new Set(['FAILED', 'AMBIGUOUS', 'UNDEFINED', 'PENDING', 'UNKNOWN']);

/** @param {import('@stryker-mutator/api/core').StrykerOptions & { cucumber?: { profile?: string } }} options */
function cucumberTestRunner(options) {
  const profile = options.cucumber?.profile ?? 'default';
  const global = /** @type {Record<typeof INSTRUMENTER_CONSTANTS.NAMESPACE, InstrumenterContext | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  const stryker = (global[INSTRUMENTER_CONSTANTS.NAMESPACE] ??= {});
  const environment = { cwd: process.cwd(), stdout: quiet(), stderr: process.stderr, env: process.env };
  /** @type {Promise<import('@cucumber/cucumber/api').IRunOptions> | undefined} */
  let loaded;

  /** Loads the profile and its support code on the first run, after the mutant of that run is active. */
  function load() {
    loaded ??= (async () => {
      const { runConfiguration } = await cucumber.loadConfiguration({ profiles: [profile] }, environment);
      const support = await cucumber.loadSupport(runConfiguration, environment);
      return { ...runConfiguration, support, formats: { stdout: 'summary', files: {}, publish: false, options: {} } };
    })();
    return loaded;
  }

  /**
   * @param {{ testFilter?: string[], disableBail: boolean }} options
   * @param {boolean} perTest whether to record which scenario reaches which mutant (the initial run)
   * @returns {Promise<DryRunResult>}
   */
  async function run({ testFilter, disableBail }, perTest) {
    /** @type {Map<string, { id: string, name: string, uri: string, line: number }>} */
    const pickles = new Map();
    /** @type {Map<string, { pickleId: string, startedAt: number, failure?: string }>} */
    const started = new Map();
    /** @type {Map<string, string>} */
    const pickleOfTestCase = new Map();
    /** @type {TestResult[]} */
    const tests = [];
    /** @param {Envelope} envelope */
    const onMessage = (envelope) => {
      if (envelope.pickle) {
        const { id, uri, name, location } = envelope.pickle;
        pickles.set(id, { id: `${uri}:${location?.line}`, name, uri, line: location?.line ?? 0 });
      } else if (envelope.testCase) {
        pickleOfTestCase.set(envelope.testCase.id, envelope.testCase.pickleId);
      } else if (envelope.testCaseStarted) {
        const pickleId = pickleOfTestCase.get(envelope.testCaseStarted.testCaseId) ?? '';
        started.set(envelope.testCaseStarted.id, { pickleId, startedAt: Date.now() });
        if (perTest) stryker.currentTestId = pickles.get(pickleId)?.id;
      } else if (envelope.testStepFinished) {
        const testCase = started.get(envelope.testStepFinished.testCaseStartedId);
        const { status, message } = envelope.testStepFinished.testStepResult;
        if (testCase && !testCase.failure && failing.has(status)) testCase.failure = message ?? status;
      } else if (envelope.testCaseFinished) {
        if (perTest) stryker.currentTestId = hooks;
        const testCase = started.get(envelope.testCaseFinished.testCaseStartedId);
        const pickle = testCase && pickles.get(testCase.pickleId);
        if (!testCase || !pickle || envelope.testCaseFinished.willBeRetried) return;
        const result = {
          id: pickle.id,
          name: pickle.name,
          timeSpentMs: Date.now() - testCase.startedAt,
          fileName: pickle.uri,
          startPosition: { line: pickle.line - 1, column: 0 },
        };
        tests.push(
          testCase.failure === undefined
            ? { ...result, status: TestStatus.Success }
            : { ...result, status: TestStatus.Failed, failureMessage: testCase.failure },
        );
      }
    };
    const thisRun = startRun();
    try {
      const options = await load();
      const sources = testFilter ? { ...options.sources, paths: byFile(testFilter) } : options.sources;
      const runtime = { ...options.runtime, failFast: !disableBail, parallel: 0, retry: 0 };
      if (perTest) stryker.currentTestId = hooks;
      const { success } = await cucumber.runCucumber({ ...options, sources, runtime }, environment, onMessage);
      if (!success && !tests.some((test) => test.status === TestStatus.Failed)) {
        tests.push(failed('the run', 'cucumber-js failed outside any scenario: a hook, or a plugin'));
      }
    } catch (error) {
      tests.push(failed('loading the support code', error instanceof Error ? (error.stack ?? error.message) : String(error)));
    } finally {
      stryker.currentTestId = undefined;
      endWhatTheRunLeft(thisRun);
    }
    return { status: DryRunStatus.Complete, tests, mutantCoverage: hooksInEveryScenario(stryker.mutantCoverage, tests) };
  }

  return {
    capabilities: () => ({ reloadEnvironment: false }),

    /** @param {import('@stryker-mutator/api/test-runner').DryRunOptions} options */
    async dryRun(options) {
      return run(options, options.coverageAnalysis === 'perTest');
    },

    /** @param {import('@stryker-mutator/api/test-runner').MutantRunOptions} options */
    async mutantRun(options) {
      stryker.activeMutant = options.activeMutant.id;
      // What the scenarios start themselves (a child node, say) runs the same mutant.
      process.env[INSTRUMENTER_CONSTANTS.ACTIVE_MUTANT_ENV_VARIABLE] = options.activeMutant.id;
      stryker.hitLimit = options.hitLimit;
      stryker.hitCount = options.hitLimit === undefined ? undefined : 0;
      const result = await run(options, false);
      return toMutantRunResult(determineHitLimitReached(stryker.hitCount, stryker.hitLimit) ?? result);
    },
  };
}
cucumberTestRunner.inject = tokens(commonTokens.options);

/**
 * @param {import('@stryker-mutator/api/core').MutantCoverage | undefined} coverage
 * @param {TestResult[]} tests
 */
function hooksInEveryScenario(coverage, tests) {
  const reached = coverage?.perTest[hooks];
  if (!coverage || !reached) return coverage;
  const perTest = Object.fromEntries(Object.entries(coverage.perTest).filter(([id]) => id !== hooks));
  for (const test of tests) perTest[test.id] = { ...reached, ...perTest[test.id] };
  return { static: coverage.static, perTest };
}

/**
 * Test ids are `path:line`, as cucumber takes them: `a.feature:3`, `a.feature:9` become `a.feature:3:9`.
 * @param {string[]} testIds
 */
function byFile(testIds) {
  /** @type {Map<string, string[]>} */
  const lines = new Map();
  for (const id of testIds) {
    const at = id.lastIndexOf(':');
    const file = id.slice(0, at);
    lines.set(file, [...(lines.get(file) ?? []), id.slice(at + 1)]);
  }
  return [...lines].map(([file, numbers]) => [file, ...numbers].join(':'));
}

/**
 * @param {string} name
 * @param {string} failureMessage
 * @returns {TestResult}
 */
function failed(name, failureMessage) {
  return { id: name, name, timeSpentMs: 0, status: TestStatus.Failed, failureMessage };
}

/** The summary formatter's output goes nowhere: StrykerJS reports each mutant itself. */
function quiet() {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'cucumber', cucumberTestRunner)];
export const strykerValidationSchema = {
  properties: {
    cucumber: {
      description: 'The cucumber-js profile whose scenarios test each mutant.',
      type: 'object',
      properties: { profile: { type: 'string' } },
      additionalProperties: false,
    },
  },
};
