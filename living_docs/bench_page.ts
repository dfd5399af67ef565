import { basename } from 'node:path';
import MarkdownIt from 'markdown-it';
import { escapeHtml as escape, page, type NavLink } from './html';

/** A report of the bench (docs/bench/*.md) and the charts drawn beside it. */
export interface BenchReport {
  readonly name: string;
  readonly markdown: string;
}

const markdown = new MarkdownIt('default', { html: false });

/**
 * The bench's reports, rendered as the repository shows them (tables included), each followed by
 * its charts: a chart named after a report (`cluster.svg`) goes with it, the others with the first.
 * `charts` are paths relative to the page.
 */
export function benchPage(reports: readonly BenchReport[], charts: readonly string[], nav: readonly NavLink[]): string {
  const stem = (path: string): string => basename(path).replace(/\.[^.]+$/, '');
  const own = (report: BenchReport): string[] => charts.filter((chart) => stem(chart) === report.name);
  const unclaimed = charts.filter((chart) => !reports.some((report) => stem(chart) === report.name));
  const sections = reports.map((report, index) => {
    const figures = [...own(report), ...(index === 0 ? unclaimed : [])]
      .map(
        (chart) =>
          `<figure class="chart"><img src="${escape(chart)}" alt="${escape(stem(chart))}"><figcaption>${escape(basename(chart))}</figcaption></figure>`,
      )
      .join('\n');
    return `<section class="bench" id="bench-${escape(report.name)}">
${markdown.render(report.markdown)}${figures}
</section>`;
  });
  const body = `<h1>The take-aways measured</h1>
<p>What <code>npm run bench</code> and <code>npm run bench:cluster</code> last wrote to <code>docs/bench/</code>: the cost of a PUBLISH, the fan-out and the throughput against the number of subscribers.</p>
${sections.join('\n')}`;
  return page({ title: 'The bench', nav, current: 'bench.html', style, body });
}

const style = `
table { border-collapse: collapse; font-size: 0.8em; display: block; overflow-x: auto; }
td, th { border: 1px solid #d1d5db; padding: 0.1rem 0.4rem; }
figure.chart { margin: 1rem 0; }
figure.chart img { max-width: 100%; border: 1px solid #e5e7eb; }
section.bench { border-top: 2px solid #111827; margin-top: 2rem; }
`;
