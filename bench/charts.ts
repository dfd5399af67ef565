import { drawLineChart, type Point } from './line_chart';
import { machineLine } from './machine';
import type { BenchResult } from './results';

/** The charts of a run, as SVG documents by file name. */
export async function drawCharts(result: BenchResult): Promise<Record<string, string>> {
  const machine = machineLine(result.machine);
  const latency = result.runs.flatMap((run) => [
    ...(['p50', 'p90', 'p99'] as const).map((p) => ({
      x: run.subscribers,
      series: `round trip ${p}`,
      value: run.publish.roundTripUs[p],
    })),
    { x: run.subscribers, series: 'inside the server, mean', value: run.publish.serverUsPerCall },
  ]);
  const fanout = result.runs.flatMap((run) =>
    run.fanout === null
      ? []
      : [
          { x: run.subscribers, series: 'to the last subscriber, p50', value: run.fanout.lastUs.p50 },
          { x: run.subscribers, series: 'to the last subscriber, p99', value: run.fanout.lastUs.p99 },
          { x: run.subscribers, series: 'first to last subscriber, p50', value: run.fanout.spreadUs.p50 },
          { x: run.subscribers, series: 'PUBLISH round trip, p50', value: run.publish.roundTripUs.p50 },
        ],
  );
  const throughput = result.runs.flatMap((run) =>
    run.throughput.flatMap((compared) => [
      { x: run.subscribers, series: `bench, pipelining ${compared.pipeline}`, value: compared.bench.median },
      { x: run.subscribers, series: `redis-benchmark, pipelining ${compared.pipeline}`, value: compared.redisBenchmark.median },
    ]),
  );
  const chart = (title: string, points: readonly Point[], unit: string, scale: 'log' | 'symlog'): Promise<string> =>
    drawLineChart({
      title,
      subtitle: machine,
      points,
      x: {
        title: `subscribers (${scale === 'log' ? 'log' : 'symmetric log'} scale)`,
        scale,
        ticks: [...new Set(points.map((point) => point.x))],
      },
      unit,
    });
  return {
    'latency.svg': await chart('PUBLISH round trip against subscribers', latency, 'microseconds', 'symlog'),
    'fanout.svg': await chart('Fan-out: from PUBLISH until every subscriber has the message', fanout, 'microseconds', 'log'),
    'throughput.svg': await chart('Messages per second from one publisher', throughput, 'messages per second', 'symlog'),
  };
}
