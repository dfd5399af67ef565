import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSubscribers, readBenchSettings } from '../bench/settings';
import { SettingError } from '../support/server/settings';

describe('bench settings', () => {
  it('default to the issue: N in 0, 1, 10, 100, 1,000 and 5,000, written to reports/bench', () => {
    const settings = readBenchSettings({});
    assert.deepEqual(settings.subscribers, [0, 1, 10, 100, 1000, 5000]);
    assert.deepEqual(settings.subscribers, defaultSubscribers);
    assert.equal(settings.outDir, 'reports/bench');
    assert.equal(settings.redisBenchmark, 'redis-benchmark');
  });

  it('take a list of N in any order, and measure each N once, ascending', () => {
    assert.deepEqual(readBenchSettings({ BENCH_SUBSCRIBERS: '100, 0,2,100' }).subscribers, [0, 2, 100]);
  });

  const wrong: Array<[Record<string, string>, string]> = [
    [{ BENCH_SUBSCRIBERS: '1,,2' }, 'BENCH_SUBSCRIBERS=1,,2'],
    [{ BENCH_SUBSCRIBERS: '-1' }, 'BENCH_SUBSCRIBERS=-1'],
    [{ BENCH_SUBSCRIBERS: '1e3' }, 'BENCH_SUBSCRIBERS=1e3'],
    [{ BENCH_MESSAGES: '0' }, 'BENCH_MESSAGES=0'],
    [{ BENCH_WARMUP: 'some' }, 'BENCH_WARMUP=some'],
    [{ BENCH_TIMED_MS: '2.5' }, 'BENCH_TIMED_MS=2.5'],
    [{ BENCH_THROUGHPUT_MS: '0' }, 'BENCH_THROUGHPUT_MS=0'],
    [{ BENCH_ROUNDS: 'x' }, 'BENCH_ROUNDS=x'],
    [{ BENCH_PIPELINE: '1' }, 'BENCH_PIPELINE=1'],
    [{ BENCH_PAYLOAD_BYTES: '8' }, 'BENCH_PAYLOAD_BYTES=8'],
    [{ BENCH_REDIS_BENCHMARK: ' ' }, 'BENCH_REDIS_BENCHMARK is empty'],
    [{ BENCH_OUT: '' }, 'BENCH_OUT is empty'],
  ];
  for (const [env, named] of wrong) {
    it(`refuse ${JSON.stringify(env)} in one line naming it`, () => {
      assert.throws(
        () => readBenchSettings(env),
        (error: unknown) => error instanceof SettingError && error.message.startsWith(named) && !error.message.includes('\n'),
      );
    });
  }
});
