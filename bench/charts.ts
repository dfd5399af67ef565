import type { TopLevelSpec } from 'vega-lite';
import { machineLine } from './machine';
import type { BenchResult } from './results';

/** A chart's heading: vega-lite's title object, not the bare text it also accepts. */
export type Heading = Exclude<TopLevelSpec['title'], string | string[] | undefined>;

interface Point {
  readonly subscribers: number;
  readonly series: string;
  readonly value: number;
}

/** The charts of a run, as SVG documents by file name: drawn by Vega-Lite, in Node, with no browser. */
export async function drawCharts(result: BenchResult): Promise<Record<string, string>> {
  const machine = machineLine(result.machine);
  const latency = result.runs.flatMap((run) => [
    ...(['p50', 'p90', 'p99'] as const).map((p) => ({
      subscribers: run.subscribers,
      series: `round trip ${p}`,
      value: run.publish.roundTripUs[p],
    })),
    { subscribers: run.subscribers, series: 'inside the server, mean', value: run.publish.serverUsPerCall },
  ]);
  const fanout = result.runs.flatMap((run) =>
    run.fanout === null
      ? []
      : [
          { subscribers: run.subscribers, series: 'to the last subscriber, p50', value: run.fanout.lastUs.p50 },
          { subscribers: run.subscribers, series: 'to the last subscriber, p99', value: run.fanout.lastUs.p99 },
          { subscribers: run.subscribers, series: 'first to last subscriber, p50', value: run.fanout.spreadUs.p50 },
          { subscribers: run.subscribers, series: 'PUBLISH round trip, p50', value: run.publish.roundTripUs.p50 },
        ],
  );
  const throughput = result.runs.flatMap((run) =>
    run.throughput.flatMap((compared) => [
      { subscribers: run.subscribers, series: `bench, pipelining ${compared.pipeline}`, value: compared.bench.median },
      { subscribers: run.subscribers, series: `redis-benchmark, pipelining ${compared.pipeline}`, value: compared.redisBenchmark.median },
    ]),
  );
  return {
    'latency.svg': await svg(chart('PUBLISH round trip against subscribers', machine, latency, 'microseconds', 'symlog')),
    'fanout.svg': await svg(chart('Fan-out: from PUBLISH until every subscriber has the message', machine, fanout, 'microseconds', 'log')),
    'throughput.svg': await svg(chart('Messages per second from one publisher', machine, throughput, 'messages per second', 'symlog')),
  };
}

function chart(title: string, machine: string, points: readonly Point[], unit: string, xScale: 'log' | 'symlog'): TopLevelSpec {
  const ticks = [...new Set(points.map((point) => point.subscribers))];
  const heading: Heading = { text: title, subtitle: machine, anchor: 'start' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: heading,
    width: 560,
    height: 320,
    background: 'white',
    data: { values: points.filter((point) => point.value > 0) },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'subscribers',
        type: 'quantitative',
        title: `subscribers (${xScale === 'log' ? 'log' : 'symmetric log'} scale)`,
        scale: { type: xScale },
        axis: { values: ticks, format: ',d' },
      },
      y: { field: 'value', type: 'quantitative', title: `${unit} (log scale)`, scale: { type: 'log' } },
      color: { field: 'series', type: 'nominal', sort: null, title: null, legend: { orient: 'bottom', columns: 2, labelLimit: 320 } },
    },
  };
}

/** The chart drawn as SVG, in Node. */
export async function svg(spec: TopLevelSpec): Promise<string> {
  // vega 6 and vega-lite 6 are ES modules with top-level await: they can be imported, not required.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
