import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpec, type SpecRun } from './run_spec';

/** One scenario of a run, named as a reader finds it: `Feature: Scenario`. */
export interface ScenarioResult {
  readonly name: string;
  readonly passed: boolean;
  /** The first line of the failing step's message. */
  readonly failure: string | undefined;
}

export interface SpecOutcome {
  readonly run: SpecRun;
  readonly scenarios: readonly ScenarioResult[];
  readonly failed: readonly ScenarioResult[];
}

/** The parts of cucumber's message stream that say which scenario ran and how it ended. */
interface Envelope {
  gherkinDocument?: { uri: string; feature?: { name: string } };
  pickle?: { id: string; uri: string; name: string };
  testCase?: { id: string; pickleId: string };
  testCaseStarted?: { id: string; testCaseId: string };
  testStepFinished?: { testCaseStartedId: string; testStepResult: { status: string; message?: string } };
  testCaseFinished?: { testCaseStartedId: string; willBeRetried: boolean };
}

const failing = new Set(['FAILED', 'UNDEFINED', 'AMBIGUOUS', 'PENDING', 'UNKNOWN']);

/** Runs the spec once and reads, from cucumber's messages, how each scenario ended. */
export async function runScenarios(env: Record<string, string>, args: readonly string[] = [], timeoutMs?: number): Promise<SpecOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-messages-'));
  const messages = join(dir, 'messages.ndjson');
  try {
    const run = await runSpec(env, ['--format', `message:${messages}`, ...args], timeoutMs);
    const scenarios = readResults(readEnvelopes(messages));
    return { run, scenarios, failed: scenarios.filter((scenario) => !scenario.passed) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readEnvelopes(file: string): Envelope[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Envelope);
}

function readResults(envelopes: readonly Envelope[]): ScenarioResult[] {
  const features = new Map<string, string>();
  const pickles = new Map<string, { uri: string; name: string }>();
  const testCases = new Map<string, string>();
  const started = new Map<string, string>();
  const failures = new Map<string, string>();
  const results: ScenarioResult[] = [];
  for (const envelope of envelopes) {
    const { gherkinDocument, pickle, testCase, testCaseStarted, testStepFinished, testCaseFinished } = envelope;
    if (gherkinDocument?.feature) features.set(gherkinDocument.uri, gherkinDocument.feature.name);
    if (pickle) pickles.set(pickle.id, pickle);
    if (testCase) testCases.set(testCase.id, testCase.pickleId);
    if (testCaseStarted) started.set(testCaseStarted.id, testCaseStarted.testCaseId);
    if (testStepFinished && failing.has(testStepFinished.testStepResult.status) && !failures.has(testStepFinished.testCaseStartedId)) {
      const { status, message } = testStepFinished.testStepResult;
      failures.set(testStepFinished.testCaseStartedId, message?.split('\n')[0] ?? status.toLowerCase());
    }
    if (testCaseFinished && !testCaseFinished.willBeRetried) {
      const pickle = pickles.get(testCases.get(started.get(testCaseFinished.testCaseStartedId) ?? '') ?? '');
      const failure = failures.get(testCaseFinished.testCaseStartedId);
      const name = pickle ? `${features.get(pickle.uri) ?? pickle.uri}: ${pickle.name}` : 'an unknown scenario';
      results.push({ name, passed: failure === undefined, failure });
    }
  }
  return results;
}
