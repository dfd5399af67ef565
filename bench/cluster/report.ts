import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'prettier';
import { drawLineChart } from '../line_chart';
import { machineLine } from '../machine';
import { median } from './publish_kinds';
import type { ClusterBenchResult } from './results';

/** cluster.json, cluster.md and cluster.svg; returns the paths written. */
export async function writeClusterReports(result: ClusterBenchResult, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: Record<string, string> = {
    'cluster.json': await format(JSON.stringify(result), { parser: 'json' }),
    'cluster.md': await format(markdown(result), { parser: 'markdown' }),
    'cluster.svg': await chart(result),
  };
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(outDir, name), content);
    written.push(join(outDir, name));
  }
  return written;
}

function markdown(result: ClusterBenchResult): string {
  const { settings } = result;
  const pipelined = settings.pipeline;
  return [
    '# Pub/Sub on a Redis Cluster: classic PUBLISH against SPUBLISH',
    '',
    `Measured ${result.startedAt} in ${Math.round(result.durationMs / 1000)} s on ${machineLine(result.machine)}; load at the end ${result.loadAverageAtEnd.join(' ')}. The machine was shared: figures are noisy.`,
    '',
    `Clusters of ${settings.primaries.join(', ')} primaries, no replicas, ${settings.payloadBytes}-byte messages. Both kinds are sent from the node that owns the channel's slot, with no subscriber: ${settings.warmup} warm-up and ${settings.messages} timed, one at a time; then ${settings.rounds} paired throughput rounds of ${settings.throughputMs} ms per pipelining (in each round PUBLISH, then SPUBLISH, each followed by redis-benchmark sending as many).`,
    '',
    '## Round trip with no subscriber, microseconds, and what each other node received over the cluster bus per message',
    '',
    '| primaries | command | p50 | p90 | p99 | max | inside the server | Pub/Sub bus messages a node | all bus messages a node | bytes a node read |',
    '| --: | :-- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.runs.flatMap((run) =>
      run.kinds.map((kind) => {
        const others = kind.perMessageOnOtherNodes;
        const mean = (values: Array<number | null>): string => {
          const known = values.filter((value): value is number => value !== null);
          return others.length === 0
            ? 'no other node'
            : known.length === 0
              ? 'unknown'
              : String(Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100);
        };
        return row([
          run.primaries,
          kind.command,
          kind.roundTripUs.p50,
          kind.roundTripUs.p90,
          kind.roundTripUs.p99,
          kind.roundTripUs.max,
          kind.serverUsPerCall,
          mean(others.map((node) => node.pubsub)),
          mean(others.map((node) => node.allMessages)),
          mean(others.map((node) => node.bytesRead)),
        ]);
      }),
    ),
    '',
    "## Throughput of one publisher, messages per second (medians of the rounds; SPUBLISH / PUBLISH is the median of the rounds' ratios)",
    '',
    `| primaries | PUBLISH | redis-benchmark PUBLISH | SPUBLISH | redis-benchmark SPUBLISH | SPUBLISH / PUBLISH | PUBLISH, pipelining ${pipelined} | redis-benchmark | SPUBLISH, pipelining ${pipelined} | redis-benchmark | SPUBLISH / PUBLISH |`,
    '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.runs.map((run) =>
      row([
        run.primaries,
        ...[1, pipelined].flatMap((pipeline) => {
          const [classic, shard] = ['PUBLISH', 'SPUBLISH'].map((command) =>
            run.throughput.find((t) => t.command === command && t.pipeline === pipeline),
          );
          const ratio = median((shard?.rounds ?? []).map((value, index) => value / (classic?.rounds[index] ?? Number.NaN)));
          return [
            count(classic?.bench),
            count(classic?.redisBenchmark),
            count(shard?.bench),
            count(shard?.redisBenchmark),
            `${Math.round(ratio * 100)}%`,
          ];
        }),
      ]),
    ),
    '',
    `## Fan-out of classic PUBLISH from node 1 to ${settings.subscribers} subscribers, microseconds`,
    '',
    '| primaries | subscribers | to the last subscriber p50 | p90 | p99 | max | PUBLISH round trip p50 | PUBLISH replied | published | each subscriber received |',
    '| --: | :-- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...result.runs.flatMap((run) =>
      run.fanout.map((fanout) =>
        row([
          run.primaries,
          fanout.placement,
          fanout.lastUs.p50,
          fanout.lastUs.p90,
          fanout.lastUs.p99,
          fanout.lastUs.max,
          fanout.roundTripUs.p50,
          fanout.receivers.min === fanout.receivers.max ? fanout.receivers.min : `${fanout.receivers.min} to ${fanout.receivers.max}`,
          count(fanout.published),
          fanout.received.min === fanout.received.max
            ? count(fanout.received.min)
            : `${count(fanout.received.min)} to ${count(fanout.received.max)}`,
        ]),
      ),
    ),
    '',
  ].join('\n');
}

function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

function count(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('en-US');
}

/** Throughput of both kinds against the cluster's size, not pipelined and pipelined. */
function chart(result: ClusterBenchResult): Promise<string> {
  return drawLineChart({
    title: 'Messages per second from one publisher, no subscriber, on a Redis Cluster',
    subtitle: machineLine(result.machine),
    points: result.runs.flatMap((run) =>
      run.throughput.map((t) => ({ x: run.primaries, series: `${t.command}, pipelining ${t.pipeline}`, value: t.bench })),
    ),
    x: { title: 'primaries', ticks: result.runs.map((run) => run.primaries) },
    unit: 'messages per second',
  });
}
