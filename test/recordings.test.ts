import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { terminalSize } from '../support/windows/recording/asciicast';
import { pipesShowed, startRecording, stopRecording, terminalShowed } from '../support/windows/recording/recording';
import { castsOf } from '../support/windows/recording/transcripts';
import { parseMonitorLine, type MonitorLine } from '../support/windows/monitor/line';
import { Transcript } from '../support/windows/transcript';
import { firstTime, parseCast, shownBy, type ParsedCast } from './helpers/asciicast';
import { root, startCommand } from './helpers/run_spec';

const tutorialPath = process.env.TUTORIAL_PATH;

describe("a run's recordings", () => {
  it('keep a character whose bytes came in two chunks whole', () => {
    const recording = startRecording();
    const euro = Buffer.from('€ ok\r\n');
    terminalShowed('session A', euro.subarray(0, 1));
    terminalShowed('session A', euro.subarray(1));
    const { casts } = stopRecording(recording);
    assert.equal(casts.length, 1);
    assert.deepEqual(
      parseCast(casts[0].text, 'session A').events.map(([, , text]) => text),
      ['€ ok\r\n', ''],
    );
  });

  it('share one clock: the same timestamp, times from one origin, one end', () => {
    const recording = startRecording();
    terminalShowed('session A', '>> ');
    terminalShowed('session B', '>> ');
    terminalShowed('session A', 'redis.publish("my_channel", "the message")\r\n');
    const { casts, duration } = stopRecording(recording);
    assert.equal(casts.length, 2);
    const [a, b] = [parseCast(casts[0].text, 'session A'), parseCast(casts[1].text, 'session B')];
    assert.equal(a.header.timestamp, b.header.timestamp);
    assert.equal(a.header.timestamp, recording.clock.timestamp);
    assert.deepEqual([a.header.width, a.header.height], [terminalSize.cols, terminalSize.rows]);
    const [aStarted, bStarted, aPublished] = [a.events[0][0], b.events[0][0], a.events[1][0]];
    assert.ok(0 <= aStarted && aStarted <= bStarted && bStarted <= aPublished, `${aStarted}, ${bStarted}, ${aPublished}`);
    assert.equal(a.events.at(-1)?.[0], duration);
    assert.equal(b.events.at(-1)?.[0], a.events.at(-1)?.[0]);
  });

  it('record nothing when no run is recorded, and nothing after the run ended', () => {
    const recording = startRecording();
    stopRecording(recording);
    terminalShowed('session A', '>> ');
    assert.deepEqual(recording.end().casts, []);
  });

  it('show a window on pipes as a terminal would: the command, what was typed, each line with a carriage return', async () => {
    const recording = startRecording();
    const child = spawn('sh', ['-c', 'read typed; printf "OK\\n%s\\n" "$typed"; printf "no such thing\\n" >&2'], { stdio: 'pipe' });
    pipesShowed('the monitor', child, ['redis-cli', '-u', 'redis://127.0.0.1:6379'], 'MONITOR');
    child.stdin.end('MONITOR\n');
    await once(child, 'close');
    const { casts } = stopRecording(recording);
    assert.deepEqual(
      casts.map((cast) => cast.window),
      ['the monitor'],
    );
    const shown = shownBy(parseCast(casts[0].text, 'the monitor'));
    assert.match(shown, /^\$ redis-cli -u redis:\/\/127\.0\.0\.1:6379\r\nMONITOR\r\n/);
    assert.match(shown, /OK\r\nMONITOR\r\n/);
    assert.match(shown, /no such thing\r\n/);
    assert.doesNotMatch(shown, /[^\r]\n/);
  });

  it('make a recording of what a window noted, each line when it came, where the driver records no terminal', () => {
    const recording = startRecording();
    const monitor = new Transcript<MonitorLine>('the monitor', () => '');
    const printed = new Transcript<string>('session B', (line) => line);
    const line = parseMonitorLine('1795463011.178495 [0 127.0.0.1:59528] "publish" "my_channel" "the message"');
    assert.ok(line);
    monitor.add(line);
    printed.add('I heard [the message] on channel [my_channel]');
    terminalShowed('session A', '>> ');
    const casts = castsOf(recording, { lines: monitor }, [
      { name: 'session B', printed },
      { name: 'session A', printed: new Transcript<string>('session A', (text) => text) },
    ]);
    assert.deepEqual(
      casts.map((cast) => cast.window),
      ['the monitor', 'session B', 'session A'],
    );
    const [byMonitor, byB, byA] = [0, 1, 2].map((index) => parseCast(casts[index].text, casts[index].window).events[0]);
    assert.equal(byMonitor[2], '1795463011.178495 [0 127.0.0.1:59528] "publish" "my_channel" "the message"\r\n');
    assert.equal(byB[2], 'I heard [the message] on channel [my_channel]\r\n');
    assert.ok(byMonitor[0] <= byB[0], `the monitor's line at ${byMonitor[0]} s, B's at ${byB[0]} s`);
    assert.equal(byA[2], '>> ', "session A's terminal recording, not its transcript");
    stopRecording(recording);
  });
});

/** The four windows of `npm run errata`, and of a scenario of `npm run test:literal`, as written to their folders. */
describe('the recordings of a literal run', { skip: !tutorialPath && 'TUTORIAL_PATH is not set' }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-recordings-'));
  const scenario = join(root, 'reports', 'literal', '6_the_whole_experiment', '5-four-windows-two-messages');
  const read = (from: string): Map<string, ParsedCast> =>
    new Map(readdirSync(from).map((file) => [file, parseCast(readFileSync(join(from, file), 'utf8'), file)]));
  let errata: Map<string, ParsedCast>;
  let literal: Map<string, ParsedCast>;

  before(async () => {
    const env = { REDIS_PROVIDER: 'binary', TUTORIAL_PATH: tutorialPath ?? '' };
    const node = process.execPath;
    const [errataRun, literalRun] = await Promise.all([
      startCommand(node, ['--require', 'ts-node/register/transpile-only', 'errata/main.ts'], { ...env, ERRATA_OUT: folder }, 120000).ended,
      startCommand(
        join(root, 'node_modules', '.bin', 'cucumber-js'),
        ['--profile', 'literal', '--format', 'summary', 'features/experiments/6_the_whole_experiment.feature'],
        { ...env, SESSION_DRIVER: 'literal', FORCE_COLOR: '0' },
        120000,
      ).ended,
    ]);
    assert.equal(errataRun.code, 0, errataRun.stdout + errataRun.stderr);
    assert.equal(literalRun.code, 0, literalRun.stdout + literalRun.stderr);
    errata = read(join(folder, 'windows'));
    literal = read(scenario);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const windows = ['the monitor.cast', 'session A.cast', 'session B.cast', 'session C.cast'];

  for (const [run, casts] of [
    ['npm run errata', (): Map<string, ParsedCast> => errata],
    ['the whole experiment, in npm run test:literal', (): Map<string, ParsedCast> => literal],
  ] as const) {
    describe(run, () => {
      it('writes one asciicast v2 recording a window, the size of its terminal, all on one clock', () => {
        assert.deepEqual([...casts().keys()].sort(), [...windows].sort());
        const headers = [...casts().values()].map(({ header }) => header);
        assert.deepEqual(new Set(headers.map(({ width, height }) => `${width}x${height}`)), new Set(['100x24']));
        assert.equal(new Set(headers.map(({ timestamp }) => timestamp)).size, 1, 'the windows have different timestamps');
        const ends = [...casts().values()].map(({ events }) => events.at(-1)?.[0]);
        assert.equal(new Set(ends).size, 1, `the windows end at different times: ${ends.join(', ')}`);
      });

      it('keeps what the terminals showed: the prompts, what was typed, the results and the output', () => {
        const shown = (window: string): string => shownBy(casts().get(window) ?? assert.fail(`no ${window}`));
        assert.match(shown('session A.cast'), /^>> require 'redis'\r\n=> true\r\n/);
        assert.match(shown('session A.cast'), /\r\n>> redis\.publish\("my_channel", "the message"\)\r\n=> 1\r\n/);
        assert.match(shown('session B.cast'), /\r\nI heard \[the message\] on channel \[my_channel\]\r\n/);
        assert.match(shown('the monitor.cast'), /^\$ redis-cli -u redis:\/\/127\.0\.0\.1:\d+\r\nMONITOR\r\nOK\r\n/);
        assert.match(shown('the monitor.cast'), /\r\n\d+\.\d+ \[0 127\.0\.0\.1:\d+\] "publish" "my_channel" "the message"\r\n/);
        const typed = (window: string): string[] =>
          (casts().get(window)?.events ?? []).flatMap(([, code, text]) => (code === 'i' ? [text] : []));
        assert.deepEqual(typed('the monitor.cast'), ['MONITOR\n']);
        assert.deepEqual(typed('session A.cast').slice(-2), [
          'redis.publish("my_channel", "the message")\n',
          'redis.publish("my_channel", "Is this thing on?")\n',
        ]);
      });

      it("puts cause before effect: A's publish, then B hearing it; C opened after it, hearing only the second", () => {
        const cast = (window: string): ParsedCast => casts().get(window) ?? assert.fail(`no ${window}`);
        const published = firstTime(cast('session A.cast'), 'i', 'redis.publish("my_channel", "the message")', 'session A');
        const heard = firstTime(cast('session B.cast'), 'o', 'I heard [the message]', 'session B');
        const seen = firstTime(cast('the monitor.cast'), 'o', '"publish" "my_channel" "the message"', 'the monitor');
        const answered = firstTime(cast('session A.cast'), 'o', '=> 1', 'session A');
        assert.ok(published < heard, `A published at ${published} s, B heard it at ${heard} s`);
        assert.ok(published < seen, `A published at ${published} s, the monitor saw it at ${seen} s`);
        const opened = firstTime(cast('session C.cast'), 'o', '>>', 'session C');
        assert.ok(answered < opened && heard < opened, `C opened at ${opened} s, A's publish was answered at ${answered} s`);
        const again = firstTime(cast('session A.cast'), 'i', 'redis.publish("my_channel", "Is this thing on?")', 'session A');
        const thinks = firstTime(cast('session C.cast'), 'o', 'I think [Is this thing on?] sounds great!', 'session C');
        assert.ok(again < thinks, `A published again at ${again} s, C heard it at ${thinks} s`);
        assert.doesNotMatch(shownBy(cast('session C.cast')), /the message/);
      });
    });
  }
});
