import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Percentiles } from '../bench/durations';
import type { BenchResult, Delivery, Range } from '../bench/results';
import type { SpecRun } from './helpers/run_spec';
import { TinyBench } from './helpers/tiny_bench';

function assertPercentiles(percentiles: Percentiles, count: number): void {
  assert.equal(percentiles.count, count);
  for (const value of [percentiles.p50, percentiles.p90, percentiles.p99, percentiles.max, percentiles.mean])
    assert.ok(value > 0, JSON.stringify(percentiles));
  assert.ok(
    percentiles.p50 <= percentiles.p90 && percentiles.p90 <= percentiles.p99 && percentiles.p99 <= percentiles.max,
    JSON.stringify(percentiles),
  );
}

function assertEvery(range: Range, expected: number): void {
  assert.deepEqual(range, { min: expected, max: expected });
}

function assertDelivered(delivery: Delivery): void {
  assert.ok(delivery.published > 0);
  assertEvery(delivery.received, delivery.published);
}

/** The bench on a tiny list against a server of its own: what it writes, and that its counts agree with what the subscribers received. */
describe('the bench', () => {
  const bench = new TinyBench<BenchResult>('bench/main.ts', 'bench.json', { BENCH_SUBSCRIBERS: '0,2' }, 60000);
  const { out } = bench;
  let run: SpecRun;
  let result: BenchResult;

  before(async () => {
    run = await bench.run();
    assert.equal(run.code, 0, run.stderr);
    result = bench.report();
  });

  it('writes the JSON, the tables and the charts, and says where', () => {
    const files = ['bench.json', 'bench.md', 'latency.svg', 'fanout.svg', 'throughput.svg'].map((name) => join(out, name));
    assert.deepEqual(run.stdout.trim().split('\n'), files);
    for (const svg of files.filter((file) => file.endsWith('.svg'))) {
      const chart = readFileSync(svg, 'utf8');
      assert.ok(chart.startsWith('<svg'), `${svg} is not an SVG`);
      assert.ok(chart.includes(`${result.machine.cores} cores`), `${svg} does not state the machine`);
    }
    const markdown = readFileSync(join(out, 'bench.md'), 'utf8');
    assert.match(markdown, /^\| +2 \| +20 \|/m);
    assert.match(markdown, /A slow subscriber/);
  });

  it('shows its progress on stderr, and the machine it measures', () => {
    assert.match(run.stderr, /N=2: timing PUBLISHes/);
    assert.match(run.stderr, /measuring on \d+ cores .*Node v\d+.*Redis \d+\.\d+\.\d+ \(binary /);
  });

  it('states the machine and the limits', () => {
    const { machine, limits } = result;
    assert.ok(machine.cores > 0 && machine.memoryGiB > 0 && machine.loadAverage.length === 3);
    assert.equal(machine.node, process.version);
    assert.match(machine.redis, /^(Redis|Valkey) \d+\.\d+/);
    assert.equal(machine.provider, 'binary');
    assert.ok(machine.cpu !== '' && machine.os !== '' && machine.origin !== '');
    assert.ok(limits.maxclients >= limits.maxclientsNeeded && limits.openFilesNeeded > 0);
    assert.match(result.redisBenchmarkVersion, /^redis-benchmark \d/);
    assert.deepEqual(result.settings.subscribers, [0, 2]);
  });

  it('times PUBLISH and fan-out for each N, every PUBLISH reaching the N subscribers', () => {
    assert.deepEqual(
      result.runs.map((each) => each.subscribers),
      [0, 2],
    );
    for (const each of result.runs) {
      assertPercentiles(each.publish.roundTripUs, 20);
      assertEvery(each.publish.receivers, each.subscribers);
      assert.ok(each.attachMs >= 0 && each.memory.serverBytes > 0 && each.memory.benchRssBytes > 0, JSON.stringify(each.memory));
      assert.ok(each.publish.serverUsPerCall >= 0);
    }
    const [none, two] = result.runs.map((each) => each.fanout);
    assert.equal(none, null);
    assert.ok(two);
    assertPercentiles(two.lastUs, 20);
    assert.equal(two.spreadUs.count, 20);
  });

  it('compares throughput with redis-benchmark, publishing as many messages with the same pipelining', () => {
    for (const each of result.runs) {
      assert.deepEqual(
        each.throughput.map((compared) => compared.pipeline),
        [1, 4],
      );
      for (const compared of each.throughput) {
        assert.equal(compared.bench.rounds.length, 1);
        assert.equal(compared.redisBenchmark.rounds.length, 1);
        assert.ok(compared.bench.median > 0 && compared.redisBenchmark.median > 0 && compared.redisBenchmark.p50Ms >= 0);
        assert.equal(compared.redisBenchmark.messages, Math.ceil(compared.bench.messages / compared.pipeline) * compared.pipeline);
        assert.equal(compared.ratio, Math.round((compared.bench.rounds[0] / compared.redisBenchmark.rounds[0]) * 1000) / 1000);
      }
    }
  });

  it('counts what was published as what every subscriber received', () => {
    for (const each of result.runs) {
      const throughput = each.throughput.reduce((sum, compared) => sum + compared.bench.messages + compared.redisBenchmark.messages, 0);
      assert.equal(each.delivery.published, 5 + 20 + throughput);
      if (each.subscribers === 0) assertEvery(each.delivery.received, 0);
      else assertDelivered(each.delivery);
    }
  });

  it('has the server disconnect a subscriber that stops reading, while the others receive everything', () => {
    const slow = result.slowSubscriber;
    assert.equal(slow.disconnected, true);
    assertPercentiles(slow.stages.reading.roundTripUs, 20);
    assertEvery(slow.stages.reading.receivers, slow.subscribers);
    assert.ok(slow.stages.paused.messages > 0);
    assertEvery(slow.stages.paused.receivers, slow.subscribers);
    assertPercentiles(slow.stages.disconnected.roundTripUs, 20);
    assertEvery(slow.stages.disconnected.receivers, slow.subscribers - 1);
    assertDelivered(slow.others);
    assert.equal(slow.others.published, 5 + 20 + slow.stages.paused.messages + 1 + 5 + 20);
    assert.ok(slow.slowReceived >= 25 && slow.slowReceived < slow.others.published, `the slow one read ${slow.slowReceived}`);
    assert.ok(slow.peakOutputBufferBytes > 0);
  });

  it('stops at once, in one line, on a bad setting', async () => {
    const bad = await bench.run({ BENCH_SUBSCRIBERS: '10,many' });
    assert.equal(bad.code, 2);
    assert.equal(
      bad.stderr,
      'redis-pubsub-bench: BENCH_SUBSCRIBERS=10,many is not a list of whole numbers of subscribers from 0 up: set it like BENCH_SUBSCRIBERS=0,1,10,100,1000,5000, or unset it.\n',
    );
  });
});
