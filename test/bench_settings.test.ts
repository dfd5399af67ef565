import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultPrimaries, readClusterBenchSettings } from '../bench/cluster/settings';
import { defaultSubscribers, readBenchSettings } from '../bench/settings';
import { refusesEach } from './helpers/refusals';

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

  refusesEach(readBenchSettings, [
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
  ]);
});

describe('cluster bench settings', () => {
  it('default to clusters of 1, 3 and 6 primaries, with 60 subscribers', () => {
    assert.deepEqual(readClusterBenchSettings({}), { primaries: defaultPrimaries, subscribers: 60, outDir: 'reports/bench' });
    assert.deepEqual(defaultPrimaries, [1, 3, 6]);
  });

  refusesEach(readClusterBenchSettings, [
    [{ BENCH_CLUSTER_NODES: '0' }, 'BENCH_CLUSTER_NODES=0'],
    [{ BENCH_CLUSTER_NODES: '1,17' }, 'BENCH_CLUSTER_NODES=1,17'],
    [{ BENCH_CLUSTER_SUBSCRIBERS: '0' }, 'BENCH_CLUSTER_SUBSCRIBERS=0'],
    [{ BENCH_OUT: ' ' }, 'BENCH_OUT is empty'],
  ]);
});
