import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSpec, type SpecRun } from './helpers/run_spec';
import { firstTime, parseCast, shownBy } from './helpers/asciicast';

interface Envelope {
  pickle?: { id: string; name: string; steps: Array<{ id: string; text: string }> };
  testCase?: { id: string; pickleId: string; testSteps: Array<{ id: string; pickleStepId?: string }> };
  testCaseStarted?: { id: string; testCaseId: string };
  attachment?: {
    testCaseStartedId: string;
    testStepId: string;
    mediaType: string;
    fileName?: string;
    body: string;
    contentEncoding: 'IDENTITY' | 'BASE64';
  };
}

interface Attached {
  readonly scenario: string;
  readonly step: string;
  readonly title: string;
  readonly mediaType: string;
  readonly body: string;
}

/** Each attachment of a run's messages, with the scenario and the step it is attached to. */
function attachments(envelopes: readonly Envelope[]): Attached[] {
  const pickles = envelopes.flatMap((envelope) => (envelope.pickle ? [envelope.pickle] : []));
  const testCases = envelopes.flatMap((envelope) => (envelope.testCase ? [envelope.testCase] : []));
  const started = envelopes.flatMap((envelope) => (envelope.testCaseStarted ? [envelope.testCaseStarted] : []));
  return envelopes.flatMap(({ attachment }) => {
    if (!attachment) return [];
    const testCase = testCases.find((candidate) => candidate.id === started.find((s) => s.id === attachment.testCaseStartedId)?.testCaseId);
    const pickle = pickles.find((candidate) => candidate.id === testCase?.pickleId);
    const pickleStepId = testCase?.testSteps.find((step) => step.id === attachment.testStepId)?.pickleStepId;
    const step = pickle?.steps.find((candidate) => candidate.id === pickleStepId)?.text ?? 'a hook';
    const title = attachment.fileName ?? attachment.mediaType;
    const body = attachment.contentEncoding === 'BASE64' ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
    return [{ scenario: pickle?.name ?? '?', step, title, mediaType: attachment.mediaType, body }];
  });
}

describe('the report of a scenario', () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-report-'));
  const messages = join(folder, 'messages.ndjson');
  let run: SpecRun;
  let attached: Attached[];

  before(async () => {
    run = await runSpec({ REDIS_PROVIDER: 'binary' }, [
      '--config',
      'test/fixtures/cucumber.js',
      '--format',
      `message:${messages}`,
      'test/fixtures/reported.feature',
    ]);
    const lines = readFileSync(messages, 'utf8').split('\n').filter(Boolean);
    attached = attachments(lines.map((line) => JSON.parse(line) as Envelope));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const where = (scenario: string): string[] => attached.filter((a) => a.scenario === scenario).map((a) => `${a.step} | ${a.title}`);
  /** The run's header, then each window of the scenario by name, and each window's recording, attached to `step`. */
  const everyWindowAt = (step: string): string[] =>
    ['text/x.cucumber.log+plain', 'the monitor', 'session B', 'the monitor.cast', 'session B.cast'].map((title) => `${step} | ${title}`);

  it("shows, after the last step of a passing scenario, the server and each window by name, and each window's recording", () => {
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.deepEqual(where('A scenario that passes'), everyWindowAt('my_channel has 1 subscriber'));
  });

  it('shows them at the step that failed, not after it', () => {
    assert.deepEqual(where('A scenario that fails halfway'), everyWindowAt('nobody_s_channel has 1 subscriber'));
  });

  it("records what each window showed and when, as asciicast v2 on the scenario's clock", () => {
    const failing = attached.filter((a) => a.scenario === 'A scenario that fails halfway');
    const recordings = failing.filter((a) => a.mediaType === 'application/x-asciicast');
    assert.deepEqual(
      recordings.map((a) => a.title),
      ['the monitor.cast', 'session B.cast'],
    );
    const [monitor, sessionB] = [0, 1].map((index) => parseCast(recordings[index]?.body ?? '', recordings[index]?.title ?? ''));
    assert.equal(monitor.header.timestamp, sessionB.header.timestamp);
    const subscribed = firstTime(monitor, 'o', '"subscribe" "my_channel"', 'the monitor');
    const asked = firstTime(monitor, 'o', '"pubsub" "NUMSUB" "nobody_s_channel"', 'the monitor');
    assert.ok(0 < subscribed && subscribed < asked, `the monitor saw the subscribe at ${subscribed} s, NUMSUB at ${asked} s`);
    assert.match(shownBy(monitor), /^\d+\.\d+ \[0 127\.0\.0\.1:\d+\] "subscribe" "my_channel"\r$/m);
    assert.equal(shownBy(sessionB), '', 'session B printed nothing');
    assert.equal(monitor.events.at(-1)?.[0], sessionB.events.at(-1)?.[0], 'the recordings end at different times');
  });

  it("names the run's server and gives each monitor line its sender", () => {
    const failing = attached.filter((a) => a.scenario === 'A scenario that fails halfway');
    assert.match(failing[0]?.body ?? '', /^Redis \S+, binary \S+ at 127\.0\.0\.1:\d+; sessions: ioredis, RESP2$/);
    const monitor = failing.find((a) => a.title === 'the monitor')?.body ?? '';
    assert.match(monitor, /^ {2}session B: "subscribe" "my_channel"$/m);
    assert.match(monitor, /^ {2}the spec: "pubsub" "NUMSUB" "nobody_s_channel"$/m);
  });
});
