import type { TutorialCode } from '../support/windows/drivers/literal/code';
import type { Check, Errata } from './errata';
import { fourWindows } from './four_windows';

/**
 * The tutorial as a page: its headings, prose and lists, its blocks as code, each block labelled
 * with the window that ran it and what that window showed after it, each promised output marked
 * with its verdict. Self-contained: its style is inline, and it loads nothing.
 */
export function tutorialPage(code: TutorialCode, errata: Errata): string {
  const lines = code.tutorial.text.split(/\r?\n/);
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const title = lines
    .slice(1, Math.max(frontMatterEnd, 1))
    .map((line) => /^title:\s*(.+)$/.exec(line)?.[1])
    .find(Boolean);
  const blocks = new Map(code.placed.map((placed, index) => [placed.block.line, { ...placed, shown: errata.followed.shown[index] }]));
  const promises = new Map<number, Check[]>();
  for (const check of errata.checks) promises.set(check.line, [...(promises.get(check.line) ?? []), check]);
  const body: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (paragraph.length) body.push(`<p>${paragraph.join('\n')}</p>`);
    if (list.length) body.push(`<ul>\n${list.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`);
    paragraph = [];
    list = [];
  };
  for (let index = frontMatterEnd + 1; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    const inline = (text: string): string => inlineHtml(text, promises.get(line) ?? []);
    const block = blocks.get(line);
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    const item = /^\s*[*-]\s+(.*)$/.exec(raw);
    if (block) {
      flush();
      const end = block.block.end;
      body.push(blockHtml(lines.slice(index + 1, end - 1), block.block.kind, line, block.window, block.shown));
      index = end - 1;
    } else if (heading?.[1] && heading[2]) {
      flush();
      body.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    } else if (item?.[1] !== undefined) {
      if (paragraph.length) flush();
      list.push(inline(item[1]));
    } else if (raw.trim() === '') {
      flush();
    } else {
      if (list.length) flush();
      paragraph.push(inline(raw.trim()));
    }
  }
  flush();
  const notBorneOut = errata.checks.filter((check) => !check.borneOut).length;
  const { details } = errata;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title ?? code.tutorial.path)}, checked</title>
<style>${style}</style>
</head>
<body>
<header id="run">
<p><strong>${escape(title ?? code.tutorial.path)}</strong>, run as written: ${notBorneOut} of ${errata.checks.length} promised outputs not borne out.</p>
<dl>
<dt>Server</dt><dd data-field="server">Redis ${escape(details.version)}, ${escape(details.server)}</dd>
<dt>Ruby</dt><dd data-field="ruby">${escape(details.tools.ruby)}, ${escape(details.tools.irb)}</dd>
<dt>redis gem</dt><dd data-field="redis-gem">${escape(details.tools.redisGem)}</dd>
<dt>redis-cli</dt><dd data-field="redis-cli">${escape(details.tools.redisCli)}</dd>
<dt>Run at</dt><dd data-field="time"><time datetime="${details.at.toISOString()}">${details.at.toISOString()}</time></dd>
<dt>Document</dt><dd data-field="document">${escape(code.tutorial.path)}</dd>
</dl>
</header>
${fourWindows(errata.followed.recorded)}
<main>
${title ? `<h1>${escape(title)}</h1>\n` : ''}${body.join('\n')}
</main>
</body>
</html>
`;
}

function blockHtml(
  source: readonly string[],
  kind: string,
  line: number,
  window: string | undefined,
  shown: readonly string[] | undefined,
): string {
  const label = window ?? 'no window: an install step, not run (the machine has what it installs)';
  const output =
    shown === undefined
      ? ''
      : `\n<figcaption class="shown">${escape(window ?? '')} showed after it:</figcaption>\n<pre class="output">${escape(shown.join('\n')) || '<em>nothing</em>'}</pre>`;
  return `<figure class="block ${kind}" data-line="${line}"${window ? ` data-window="${escape(window)}"` : ''}>
<figcaption class="window">${escape(kind)}, line ${line}: ${escape(label)}</figcaption>
<pre class="code"><code>${escape(source.join('\n'))}</code></pre>${output}
</figure>`;
}

/** Code spans, links, bold and emphasis; a code span that is a promise carries its verdict. */
function inlineHtml(text: string, promises: readonly Check[]): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (!/^`[^`]+`$/.test(part)) return emphasis(escape(part));
      const code = part.slice(1, -1);
      const check = promises.find((candidate) => candidate.text === code);
      return check ? promiseHtml(check) : `<code>${escape(code)}</code>`;
    })
    .join('');
}

function promiseHtml(check: Check): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  const printed = check.printed.length ? check.printed.map((line) => `<code>${escape(line)}</code>`).join(' ') : '<em>nothing</em>';
  const instead = check.borneOut ? '' : ` <span class="printed">${escape(check.window)} printed ${printed}</span>`;
  return `<span class="promise ${verdict}" data-verdict="${verdict}" data-window="${escape(check.window)}" data-line="${check.line}"><code>${escape(check.text)}</code> <span class="verdict">${check.borneOut ? '✓ borne out' : '✗ NOT BORNE OUT'}</span>${instead}</span>`;
}

function emphasis(html: string): string {
  return html
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*)[*_](?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const style = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
header#run { background: #f3f4f6; border: 1px solid #d1d5db; border-radius: 6px; padding: 0.5rem 1rem; }
header#run dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
header#run dt { font-weight: bold; }
header#run dd { margin: 0; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
figure.block { margin: 1rem 0; border: 1px solid #d1d5db; border-radius: 6px; overflow: hidden; }
figure.block figcaption { padding: 0.25rem 0.75rem; font-size: 0.85em; background: #e5e7eb; }
figure.block figcaption.shown { background: #eef2ff; border-top: 1px solid #d1d5db; }
figure.block pre { margin: 0; padding: 0.5rem 0.75rem; overflow-x: auto; }
pre.code { background: #111827; color: #f9fafb; }
pre.output { background: #f8fafc; }
.promise { border-radius: 4px; padding: 0 0.25rem; }
.promise .verdict { font-weight: bold; font-size: 0.85em; }
.promise.borne-out { background: #dcfce7; color: #14532d; outline: 1px solid #16a34a; }
.promise.not-borne-out { background: #fee2e2; color: #7f1d1d; outline: 2px solid #dc2626; }
.promise .printed { font-style: italic; }
`;
