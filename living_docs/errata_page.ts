import { monitorWindow } from '../support/windows/drivers/literal/code';
import type { Check } from '../errata/errata';
import type { Comparison } from '../errata/known_errata';
import { observationAnchor, type PageFindings } from '../errata/tutorial_page';
import { escapeHtml as escape, page, type NavLink } from './html';

/** What `npm run errata` found: every observation of the tutorial with its verdict, and the errata against known_errata.json. */
export function errataPage(findings: PageFindings, document: string, comparison: Comparison, nav: readonly NavLink[]): string {
  const notBorneOut = findings.checks.filter((check) => !check.borneOut).length;
  const rows = findings.checks.map(rowHtml).join('\n');
  const known = (check: Check): string =>
    comparison.known.includes(check) ? 'known (known_errata.json)' : comparison.found.includes(check) ? 'NEW' : '';
  const errata = findings.checks.filter((check) => !check.borneOut);
  const list = errata.length
    ? errata
        .map(
          (check) =>
            `<li><a href="index.html#${observationAnchor(check)}">line ${check.line}</a>: ${escape(check.window)}, <code>${escape(check.text)}</code>: ${escape(known(check))}</li>`,
        )
        .join('\n')
    : '<li>none</li>';
  const stale = comparison.stale.length
    ? `<p class="stale">Known errata no longer found (remove them from <code>known_errata.json</code>): ${comparison.stale.map(({ window, promised }) => `${escape(window)}: <code>${escape(promised)}</code>`).join('; ')}.</p>`
    : '';
  const body = `<h1>The errata</h1>
<p>What <code>npm run errata</code> found when it ran the tutorial's own code (<code>${escape(document)}</code>) on Redis ${escape(findings.details.version)}, at <time datetime="${findings.details.at.toISOString()}">${findings.details.at.toISOString()}</time>: ${notBorneOut} of ${findings.checks.length} observations not borne out. Its findings for tools: <a href="errata.json">errata.json</a>.</p>
<table class="checks">
<thead><tr><th>line</th><th>section</th><th>window</th><th>observed</th><th>verdict</th><th>read as</th><th>printed, or shown</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Not borne out</h2>
<ul class="errata">
${list}
</ul>
${stale}`;
  return page({ title: 'The errata', nav, current: 'errata.html', style, body });
}

function rowHtml(check: Check): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  const seen =
    check.window === monitorWindow
      ? check.evidence.map(({ window, line }) => `<span class="line"><b>${escape(window)}</b> <code>${escape(line)}</code></span>`).join('')
      : check.printed.map((line) => `<span class="line"><code>${escape(line)}</code></span>`).join('');
  return `<tr class="${verdict}" data-verdict="${verdict}" data-line="${check.line}" data-window="${escape(check.window)}"><td><a href="index.html#${observationAnchor(check)}">${check.line}</a></td><td>${escape(check.section)}</td><td>${escape(check.window)}</td><td><code>${escape(check.text)}</code></td><td class="verdict">${check.borneOut ? '✓ borne out' : '✗ NOT BORNE OUT'}</td><td>${escape(check.reading)}</td><td>${seen || '<em>nothing</em>'}</td></tr>`;
}

const style = `
table.checks { border-collapse: collapse; font-size: 0.8em; }
table.checks td, table.checks th { border: 1px solid #d1d5db; padding: 0.2rem 0.4rem; vertical-align: top; }
tr.borne-out td.verdict { color: #14532d; background: #dcfce7; }
tr.not-borne-out td.verdict { color: #7f1d1d; background: #fee2e2; font-weight: bold; }
span.line { display: block; }
`;
