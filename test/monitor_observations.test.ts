import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { codeOf } from '../support/windows/drivers/literal/code';
import { parseTutorial } from '../support/windows/drivers/literal/tutorial';
import { parseMonitorLine, type MonitorLine } from '../support/windows/monitor/line';
import { observationsOf } from '../errata/errata';
import { checkMonitor, monitorQuoted, type MonitorObservation } from '../errata/monitor_observations';
import { sample } from './helpers/tutorial_sample';

/** The sample, each experiment followed by what the tutorial says the redis-cli window shows. */
const text = sample
  .replace(
    '{% endirb %}\n\n### Publish',
    '{% endirb %}\n\nObserve that in the redis-CLI terminal window, you see a subscriber added.\n\n### Publish',
  )
  .replace('* In IRB Session B', '* In the redis-CLI window you see that a message was posted\n* In IRB Session B')
  .replace(
    '{% endirb %}\n\n### Broadcast',
    '{% endirb %}\n\nMake sure that you see the second subscriber in the redis-cli terminal window.\n\n### Broadcast',
  );
const code = codeOf(parseTutorial(text, 'sample.md'));
const observations = observationsOf(code).filter((observation): observation is MonitorObservation => 'sought' in observation);
function observation(index: number): MonitorObservation {
  const found = observations.at(index);
  assert.ok(found, `the sample observes the redis-cli window ${observations.length} times`);
  return found;
}
const [added, posted, second] = [0, 1, 2].map(observation) as [MonitorObservation, MonitorObservation, MonitorObservation];

const clients = new Map([
  ['127.0.0.1:1001', 'session A'],
  ['127.0.0.1:1002', 'session B'],
  ['127.0.0.1:1003', 'session C'],
]);
const line = (port: number, command: string): MonitorLine => {
  const parsed = parseMonitorLine(`1796230316.287836 [0 127.0.0.1:${port}] ${command}`);
  assert.ok(parsed);
  return parsed;
};
const subscribeB = line(1002, '"subscribe" "my_channel"');
const publishA = line(1001, '"publish" "my_channel" "the message"');
const subscribeC = line(1003, '"subscribe" "my_channel"');

/** What the monitor showed after each block of the sample, by block. */
function shown(byBlock: Record<number, MonitorLine[]>): MonitorLine[][] {
  return code.placed.map((_, index) => byBlock[index] ?? []);
}

describe("the observations of the redis-cli window, beside what the run's own monitor showed", () => {
  const asRun = shown({ 2: [subscribeB], 3: [publishA], 4: [subscribeC] });

  it('are read from the sentences: a subscriber added, a message posted, the second subscriber', () => {
    assert.deepEqual(
      observations.map(({ text: words, block, from, sought }) => ({ words, block, from, sought })),
      [
        { words: 'a subscriber added', block: 2, from: 'session B', sought: { command: 'subscribe', count: 1 } },
        { words: 'a message was posted', block: 3, from: 'session A', sought: { command: 'publish', count: 1 } },
        { words: 'the second subscriber', block: 4, from: 'session C', sought: { command: 'subscribe', rank: 2 } },
      ],
    );
  });

  it('are borne out by the lines of the session that sent them, each line attributed', () => {
    for (const [observation, bearing] of [
      [added, subscribeB],
      [posted, publishA],
      [second, subscribeC],
    ] as const) {
      const verdict = checkMonitor(observation, asRun, clients);
      assert.equal(verdict.borneOut, true, observation.text);
      assert.deepEqual(verdict.evidence, [
        { window: clients.get(bearing.source), line: `1796230316.287836 [0 ${bearing.source}] ${bearing.command}` },
      ]);
    }
    assert.deepEqual(checkMonitor(posted, asRun, clients).printed, ['session A: "publish" "my_channel" "the message"']);
  });

  it('are not borne out by a subscriber the sentence does not say: two after B, or the first for the second', () => {
    assert.equal(checkMonitor({ ...added, sought: { command: 'subscribe', count: 2 } }, asRun, clients).borneOut, false);
    const moved = checkMonitor({ ...second, block: 2 }, asRun, clients);
    assert.equal(moved.borneOut, false);
    assert.deepEqual(moved.evidence, [{ window: 'session B', line: `1796230316.287836 [0 127.0.0.1:1002] "subscribe" "my_channel"` }]);
    const twice = shown({ 2: [subscribeB], 4: [line(1002, '"subscribe" "my_channel"'), subscribeC] });
    assert.equal(checkMonitor(second, twice, clients).borneOut, true, 'B subscribing again does not make C the first');
    const cFirst = shown({ 2: [subscribeC], 4: [subscribeC] });
    assert.equal(checkMonitor(second, cFirst, clients).borneOut, false, 'C was the first to subscribe');
  });

  it('are not borne out by another message, another publisher, or nothing', () => {
    for (const lines of [
      [line(1001, '"publish" "my_channel" "another message"')],
      [line(1002, '"publish" "my_channel" "the message"')],
      [],
    ]) {
      const verdict = checkMonitor(posted, shown({ 3: lines }), clients);
      assert.equal(verdict.borneOut, false, JSON.stringify(lines));
      assert.deepEqual(
        verdict.evidence.map(({ window }) => window),
        lines.map((shownLine) => clients.get(shownLine.source)),
      );
    }
    const stranger = checkMonitor(posted, shown({ 3: [line(2000, '"publish" "my_channel" "the message"')] }), clients);
    assert.deepEqual(stranger.printed, ['another client (127.0.0.1:2000): "publish" "my_channel" "the message"']);
  });

  it('compare a message as MONITOR quotes it, byte for byte', () => {
    assert.equal(monitorQuoted('Is "this" thing on?\n\\'), String.raw`"Is \"this\" thing on?\n\\"`);
    assert.equal(monitorQuoted('Grüße\t\x07\x08\r'), String.raw`"Gr\xc3\xbc\xc3\x9fe\t\a\b\r"`);
  });
});
