import { loadavg } from 'node:os';
import { readSettings } from '../../support/server/settings';
import { startServer } from '../../support/server/start_server';
import { describeMachine, type Machine } from '../machine';
import { MessageLayout } from '../message_layout';
import { checkRedisBenchmark } from '../redis_benchmark';
import { runBench, type BenchRun } from '../run_bench';
import { readBenchSettings } from '../settings';
import { connectNodes, ownerOf } from './nodes';
import { compareKinds, kinds, timeKind, type Part } from './publish_kinds';
import { writeClusterReports } from './report';
import type { ClusterRun } from './results';
import { readClusterBenchSettings } from './settings';
import { spreadFanout, type FanoutRun } from './spread_fanout';

/** The bound on every wait of the bench; a wait that passes it fails, naming what it awaited. */
const waitMs = 30_000;

async function measure({ cleanup, progress }: BenchRun): Promise<void> {
  const started = new Date();
  const base = readSettings();
  const bench = readBenchSettings();
  const cluster = readClusterBenchSettings();
  checkRedisBenchmark(bench.redisBenchmark);
  const channel = `bench:${process.pid}:${started.getTime()}`;
  const payload = new MessageLayout(channel, bench.payloadBytes).untimed();
  const runs: ClusterRun[] = [];
  let machine: Machine | undefined;
  for (const primaries of cluster.primaries) {
    progress.step(`starting a cluster of ${primaries} primaries`);
    const server = await startServer(
      { ...base, topology: 'cluster', clusterNodes: primaries },
      `bench-cluster-${process.pid}-${Date.now()}`,
    );
    const stopServer = cleanup.add(() => server.stop());
    const nodes = await connectNodes(server, waitMs, cleanup);
    const first = nodes.at(0);
    if (!first) throw new Error('the cluster has no node');
    machine ??= await describeMachine(first.admin, server);
    const owner = await ownerOf(nodes, channel);
    const part: Part = { settings: bench, nodes, owner, channel, payload, cleanup, progress, timeoutMs: waitMs };
    const timed = [];
    for (const command of kinds) {
      progress.step(`${primaries} primaries: ${command} round trips from node ${owner.number}`);
      timed.push(await timeKind(part, command));
    }
    const throughput = [];
    for (const pipeline of [1, bench.pipeline]) throughput.push(...(await compareKinds(part, pipeline)));
    const fanout: FanoutRun[] = [];
    for (const placement of ['on the publisher’s node', 'spread over the nodes'] as const) {
      if (placement === 'spread over the nodes' && primaries === 1) continue;
      progress.step(`${primaries} primaries: fan-out to ${cluster.subscribers} subscribers ${placement}`);
      fanout.push(await spreadFanout(part, placement, cluster.subscribers));
    }
    runs.push({ primaries, publisherNode: owner.number, kinds: timed, throughput, fanout });
    nodes.forEach((node) => node.admin.disconnect());
    await server.stop();
    stopServer();
  }
  if (!machine) throw new Error('no cluster was measured');
  const loadAverageAtEnd = loadavg().map((load) => Math.round(load * 100) / 100);
  progress.step(`writing ${cluster.outDir}`);
  const written = await writeClusterReports(
    {
      startedAt: started.toISOString(),
      durationMs: Date.now() - started.getTime(),
      machine,
      loadAverageAtEnd,
      settings: { ...bench, ...cluster },
      runs,
    },
    cluster.outDir,
  );
  progress.end();
  process.stdout.write(`${written.join('\n')}\n`);
}

runBench(measure);
