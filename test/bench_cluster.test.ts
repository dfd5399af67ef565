import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ClusterBenchResult, ClusterRun } from '../bench/cluster/results';
import type { SpecRun } from './helpers/run_spec';
import { TinyBench } from './helpers/tiny_bench';

/** The cluster bench on 1 and 3 primaries with few messages: what it writes, and that its counts are what a cluster must give. */
describe('the cluster bench', () => {
  const bench = new TinyBench<ClusterBenchResult>(
    'bench/cluster/main.ts',
    'cluster.json',
    { BENCH_CLUSTER_NODES: '1,3', BENCH_CLUSTER_SUBSCRIBERS: '4' },
    90000,
  );
  const { out } = bench;
  let run: SpecRun;
  let result: ClusterBenchResult;
  const on = (primaries: number): ClusterRun => {
    const found = result.runs.find((cluster) => cluster.primaries === primaries);
    assert.ok(found, `no run on ${primaries} primaries`);
    return found;
  };

  before(async () => {
    run = await bench.run();
    assert.equal(run.code, 0, run.stderr);
    result = bench.report();
  });

  it('writes the JSON, the tables and the chart, and says where', () => {
    assert.deepEqual(
      run.stdout.trim().split('\n'),
      ['cluster.json', 'cluster.md', 'cluster.svg'].map((name) => join(out, name)),
    );
    assert.match(readFileSync(join(out, 'cluster.svg'), 'utf8'), /^<svg/);
    assert.match(readFileSync(join(out, 'cluster.md'), 'utf8'), /\| +3 \| SPUBLISH +\|/);
  });

  it('times both kinds on every cluster size', () => {
    assert.deepEqual(
      result.runs.map((cluster) => [cluster.primaries, cluster.kinds.map((kind) => [kind.command, kind.roundTripUs.count])]),
      [1, 3].map((primaries) => [
        primaries,
        [
          ['PUBLISH', 20],
          ['SPUBLISH', 20],
        ],
      ]),
    );
  });

  it('counts one bus message a node for each PUBLISH, and none for SPUBLISH', () => {
    const [classic, shard] = on(3).kinds.map((kind) => kind.perMessageOnOtherNodes);
    assert.deepEqual(
      classic.map((node) => node.pubsub),
      [1, 1],
    );
    assert.deepEqual(
      shard.map((node) => node.pubsub),
      [0, 0],
    );
    assert.deepEqual(on(1).kinds[0]?.perMessageOnOtherNodes, []);
  });

  it('delivers every fan-out message to every subscriber, while PUBLISH counts only node 1’s', () => {
    const spread = on(3).fanout.find((fanout) => fanout.placement === 'spread over the nodes');
    assert.ok(spread);
    assert.deepEqual(spread.received, { min: spread.published, max: spread.published });
    assert.deepEqual(spread.receivers, { min: 2, max: 2 });
    const local = on(3).fanout.find((fanout) => fanout.placement === 'on the publisher’s node');
    assert.deepEqual(local?.receivers, { min: 4, max: 4 });
  });

  it('measures throughput of both kinds, pipelined and not', () => {
    assert.deepEqual(
      on(3).throughput.map((t) => [t.command, t.pipeline, t.bench > 0, t.redisBenchmark > 0]),
      [
        ['PUBLISH', 1, true, true],
        ['SPUBLISH', 1, true, true],
        ['PUBLISH', 4, true, true],
        ['SPUBLISH', 4, true, true],
      ],
    );
  });

  it('stops in one line on a bad BENCH_CLUSTER_NODES', async () => {
    const bad = await bench.run({ BENCH_CLUSTER_NODES: '0' });
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr.trim(),
      /^redis-pubsub-bench: BENCH_CLUSTER_NODES=0 is not a list of whole numbers of primaries from 1 to 16: set it like BENCH_CLUSTER_NODES=1,3,6, or unset it\.$/,
    );
  });
});
