import type { TopLevelSpec } from 'vega-lite';

/** A chart's heading: vega-lite's title object, not the bare text it also accepts. */
type Heading = Exclude<TopLevelSpec['title'], string | string[] | undefined>;

export interface Point {
  readonly x: number;
  readonly series: string;
  readonly value: number;
}

/** Lines of values against x, one a series, on a log y axis: a point at 0 or below has no place on it and is left out. */
export interface LineChart {
  readonly title: string;
  /** The machine measured on. */
  readonly subtitle: string;
  readonly points: readonly Point[];
  readonly x: { readonly title: string; readonly scale?: 'log' | 'symlog'; readonly ticks: readonly number[] };
  /** What the values count: `microseconds`. */
  readonly unit: string;
}

/** The chart as an SVG document, drawn by Vega-Lite in Node, with no browser. */
export function drawLineChart({ title, subtitle, points, x, unit }: LineChart): Promise<string> {
  const heading: Heading = { text: title, subtitle, anchor: 'start' };
  return svg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: heading,
    width: 560,
    height: 320,
    background: 'white',
    data: { values: points.filter((point) => point.value > 0) },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'x',
        type: 'quantitative',
        title: x.title,
        ...(x.scale ? { scale: { type: x.scale } } : {}),
        axis: { values: [...x.ticks], format: ',d' },
      },
      y: { field: 'value', type: 'quantitative', title: `${unit} (log scale)`, scale: { type: 'log' } },
      color: { field: 'series', type: 'nominal', sort: null, title: null, legend: { orient: 'bottom', columns: 2, labelLimit: 320 } },
    },
  });
}

async function svg(spec: TopLevelSpec): Promise<string> {
  // vega 6 and vega-lite 6 are ES modules with top-level await: they can be imported, not required.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
