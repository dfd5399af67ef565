import type MarkdownIt from 'markdown-it';
import { monitorWindow, type TutorialCode } from '../support/windows/drivers/literal/code';
import { jekyllMarkdown } from '../support/windows/drivers/literal/jekyll_markdown';
import { blockTags } from '../support/windows/drivers/literal/tutorial';
import { anchorOf, escapeHtml as escape, page, type NavLink } from '../living_docs/html';
import { reportLinks, sameWords, statusWord, tally, type SpecLinks, type SpecPart, type SpecRun } from '../living_docs/spec_results';
import type { Against, Check } from './errata';

/** What a run of errata found, as the page shows it (and reports/errata.json keeps it). */
export interface PageFindings {
  readonly details: Against;
  readonly checks: readonly Check[];
  /** What each block's window showed after it, as in `code.placed`; none for an install step. */
  readonly shown: ReadonlyArray<readonly string[] | undefined>;
}

/** Where the page stands: the cucumber run it links to, the site around it, and what is added before the tutorial. */
export interface PageContext {
  /** The cucumber run beside the page (its messages), whose scenarios each pattern and take-away links to. */
  readonly spec: SpecRun | undefined;
  /** Where the Features, Rules and scenarios link: into the cucumber report beside the page, or the site's features page. */
  readonly links: SpecLinks;
  readonly nav: readonly NavLink[];
  /** Sections between the run's header and the tutorial, each whole HTML: the place for more, such as the four windows played back. */
  readonly sections: readonly string[];
}

const alone: PageContext = { spec: undefined, links: reportLinks, nav: [], sections: [] };

/**
 * The tutorial as a page, rendered by markdown-it from the tokens the literal driver read: its
 * headings, prose and lists; its blocks as code, each labelled with the window that ran it and
 * what that window showed after it; each observation marked with its verdict, how it was read and
 * its evidence; each heading or line that names a Feature or Rule of the spec followed by its
 * scenarios and their results. Self-contained: its style is inline, and it loads nothing.
 */
export function tutorialPage(code: TutorialCode, findings: PageFindings, context: PageContext = alone): string {
  const { tutorial } = code;
  const title = tutorial.title ?? tutorial.path;
  const md = jekyllMarkdown(blockTags);
  const marks = markedTokens(code, findings.checks);
  const placedParts = partsByPlace(tutorialInlines(tutorial.tokens), context.spec);
  const rules = md.renderer.rules;
  const { code_inline: codeSpan, text } = rules;
  rules.front_matter = () => '';
  rules.liquid_block = (tokens, index) => {
    const at = code.placed.findIndex(({ block }) => block.token === tokens[index]);
    const placed = code.placed.at(at);
    return placed ? blockHtml(placed.block.token, placed.block.kind, placed.block.line, placed.window, findings.shown[at]) : '';
  };
  rules.code_inline = (tokens, index, options, env, self) => {
    const check = marks.get(tokens[index]);
    return check ? promiseHtml(check) : codeSpan(tokens, index, options, env, self);
  };
  rules.text = (tokens, index, options, env, self) => {
    const { content } = tokens[index];
    const check = marks.get(tokens[index]);
    if (!check) return text(tokens, index, options, env, self);
    const at = content.indexOf(check.text);
    if (at < 0) return `${escape(content)} ${observationHtml(check, check.text)}`;
    return `${escape(content.slice(0, at))}${observationHtml(check, check.text)}${escape(content.slice(at + check.text.length))}`;
  };
  // After a heading or paragraph: how its observations were read, then the Features and Rules it names.
  const followed: MarkdownIt.RendererRule = (tokens, index, options, _env, self) => {
    const inline = tokens.at(index - 1);
    const parts = (inline && placedParts.get(inline)) ?? [];
    const observed = inline ? findings.checks.filter((check) => inline.children?.some((child) => marks.get(child) === check)) : [];
    const specs = parts.map((part) => specHtml(part, context));
    return `${self.renderToken(tokens, index, options)}${observed.map(observedHtml).join('')}${specs.join('')}`;
  };
  rules.heading_close = followed;
  rules.paragraph_close = followed;
  const body = md.renderer.render([...tutorial.tokens], md.options, {});
  const notBorneOut = findings.checks.filter((check) => !check.borneOut).length;
  const { details } = findings;
  const header = `<header id="run">
<p><strong>${escape(title)}</strong>, run as written: ${notBorneOut} of ${findings.checks.length} observations not borne out.</p>
<dl>
<dt>Server</dt><dd data-field="server">Redis ${escape(details.version)}, ${escape(details.server)}</dd>
<dt>Ruby</dt><dd data-field="ruby">${escape(details.tools.ruby)}, ${escape(details.tools.irb)}</dd>
<dt>redis gem</dt><dd data-field="redis-gem">${escape(details.tools.redisGem)}</dd>
<dt>redis-cli</dt><dd data-field="redis-cli">${escape(details.tools.redisCli)}</dd>
<dt>Run at</dt><dd data-field="time"><time datetime="${details.at.toISOString()}">${details.at.toISOString()}</time></dd>
<dt>Document</dt><dd data-field="document">${escape(tutorial.path)}</dd>
<dt>Spec</dt><dd data-field="spec">${specRunHtml(context.spec)}</dd>
</dl>
</header>`;
  const main = `<main>
${tutorial.title ? `<h1>${escape(tutorial.title)}</h1>\n` : ''}${body}</main>`;
  const sections = context.sections.map((section) => `${section}\n`).join('');
  return page({ title: `${title}, checked`, nav: context.nav, current: 'index.html', style, body: `${header}\n${sections}${main}` });
}

/** The markdown-it tokens that carry an observation: a code span for a promised output, the text holding the words for the monitor. */
function markedTokens(code: TutorialCode, checks: readonly Check[]): Map<MarkdownIt.Token, Check> {
  const marks = new Map<MarkdownIt.Token, Check>();
  const unmarked = (check: Check): boolean => ![...marks.values()].includes(check);
  for (const prose of code.tutorial.prose) {
    let line = prose.line;
    const children = prose.inline.children ?? [];
    for (const child of children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
      const here = checks.filter((check) => check.line === line && unmarked(check));
      const check =
        child.type === 'code_inline'
          ? here.find((candidate) => candidate.window !== monitorWindow && candidate.text === child.content)
          : child.type === 'text'
            ? here.find((candidate) => candidate.window === monitorWindow && child.content.includes(candidate.text))
            : undefined;
      if (check) marks.set(child, check);
    }
    // Words broken over two lines: the mark goes after the last text of the paragraph.
    const last = children.filter((child) => child.type === 'text').at(-1);
    const end = prose.inline.map?.[1] ?? prose.line;
    for (const check of checks.filter((candidate) => candidate.window === monitorWindow && unmarked(candidate))) {
      if (last && !marks.has(last) && check.line >= prose.line && check.line <= end) marks.set(last, check);
    }
  }
  return marks;
}

/** The headings and paragraphs of the document, in order. */
function tutorialInlines(tokens: readonly MarkdownIt.Token[]): Array<{ inline: MarkdownIt.Token; heading: boolean }> {
  return tokens.flatMap((token, index) =>
    token.type === 'inline' ? [{ inline: token, heading: tokens[index - 1]?.type === 'heading_open' }] : [],
  );
}

/** Where each Feature and Rule of the spec shows: under the heading that names it, else after the first paragraph that does. */
function partsByPlace(
  inlines: ReadonlyArray<{ inline: MarkdownIt.Token; heading: boolean }>,
  spec: SpecRun | undefined,
): Map<MarkdownIt.Token, SpecPart[]> {
  const places = new Map<MarkdownIt.Token, SpecPart[]>();
  for (const part of spec?.parts ?? []) {
    const naming = inlines.filter(({ inline }) => sameWords(part.name, inline.content));
    const place = (naming.find(({ heading }) => heading) ?? naming.at(0))?.inline;
    if (place) places.set(place, [...(places.get(place) ?? []), part]);
  }
  return places;
}

function specRunHtml(spec: SpecRun | undefined): string {
  if (!spec)
    return 'no cucumber run beside this page (run <code>npm run spec:ci</code> before <code>npm run errata</code> to link each pattern and take-away to its scenarios)';
  const scenarios = spec.parts.filter(({ keyword }) => keyword === 'Feature').flatMap((part) => part.scenarios);
  return `the cucumber run${spec.startedAt ? ` of <time datetime="${spec.startedAt}">${spec.startedAt}</time>` : ''}: ${escape(tally(scenarios))} (<a href="cucumber.html">its report</a>)`;
}

/** The scenarios of a Feature or a Rule, with their results, each linking to the report filtered to it; a Feature with rules leaves them to its rules. */
function specHtml(part: SpecPart, { spec, links }: PageContext): string {
  const worst = part.scenarios.find(({ status }) => status !== 'PASSED')?.status ?? 'PASSED';
  const rules = part.keyword === 'Feature' && (spec?.parts ?? []).some(({ keyword, uri }) => keyword === 'Rule' && uri === part.uri);
  const scenarios = part.scenarios
    .map((scenario) => {
      const { name, status } = scenario;
      const word = statusWord(status);
      return `<li class="scenario status-${word}" data-status="${word}"><a href="${escape(links.scenario(part, scenario))}">${escape(name)}</a> <span class="status">${status === 'PASSED' ? '✓' : '✗'} ${word}</span></li>`;
    })
    .join('\n');
  const head = `Checked by <a class="spec-link" href="${escape(links.part(part))}">${part.keyword}: ${escape(part.name)}</a> in <code>${escape(part.uri)}</code>, ${escape(tally(part.scenarios))}${rules ? ', each under its rule' : ''}`;
  return `<aside class="spec status-${statusWord(worst)}" data-spec-keyword="${part.keyword}" data-spec-name="${escape(part.name)}" data-status="${statusWord(worst)}"><span class="spec-head">${head}</span>${rules ? '' : `\n<ul class="scenarios">\n${scenarios}\n</ul>`}</aside>`;
}

function blockHtml(
  token: MarkdownIt.Token,
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
<pre class="code"><code>${escape(token.content.replace(/^\n+|\s+$/g, ''))}</code></pre>${output}
</figure>
`;
}

function verdictHtml(check: Check): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  return `data-verdict="${verdict}" data-window="${escape(check.window)}" data-line="${check.line}"`;
}

/** Where an observation stands on the page, for a link from elsewhere. */
export function observationAnchor(check: Pick<Check, 'line' | 'window'>): string {
  return anchorOf('observation', String(check.line), check.window);
}

function promiseHtml(check: Check): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  const printed = check.printed.length ? check.printed.map((line) => `<code>${escape(line)}</code>`).join(' ') : '<em>nothing</em>';
  const instead = check.borneOut ? '' : ` <span class="printed">${escape(check.window)} printed ${printed}</span>`;
  return `<span class="promise ${verdict}" id="${observationAnchor(check)}" ${verdictHtml(check)}><code>${escape(check.text)}</code> <span class="verdict">${check.borneOut ? '✓ borne out' : '✗ NOT BORNE OUT'}</span>${instead}</span>`;
}

/** The words observed in the redis-cli window, with their verdict. */
function observationHtml(check: Check, words: string): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  return `<span class="promise monitor ${verdict}" id="${observationAnchor(check)}" ${verdictHtml(check)}><mark>${escape(words)}</mark> <span class="verdict">${check.borneOut ? '✓ borne out' : '✗ NOT BORNE OUT'}</span></span>`;
}

/** After the sentence: how an observation was read, and, for the redis-cli window, the MONITOR lines that bear it out or were shown instead. */
function observedHtml(check: Check): string {
  const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
  const lines = check.evidence.map(
    ({ window, line }) => `<span class="evidence-line"><span class="who">${escape(window)}</span> <code>${escape(line)}</code></span>`,
  );
  const caption = check.borneOut
    ? 'the monitor showed:'
    : lines.length
      ? 'the monitor showed instead:'
      : 'the monitor showed no SUBSCRIBE or PUBLISH after it.';
  const evidence =
    check.window === monitorWindow
      ? `<span class="evidence" data-evidence="${lines.length}"><span class="evidence-caption">${caption}</span>${lines.join('')}</span>`
      : '';
  return `<span class="observed ${verdict}" ${verdictHtml(check).replace('data-verdict', 'data-observed')}><span class="reading">${escape(check.text)}: read as ${escape(check.reading)}</span>${evidence}</span>`;
}

const style = `
header#run { background: #f3f4f6; border: 1px solid #d1d5db; border-radius: 6px; padding: 0.5rem 1rem; }
header#run dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
header#run dt { font-weight: bold; }
header#run dd { margin: 0; }
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
.promise.monitor mark { background: none; color: inherit; }
.observed { display: block; margin: 0.3rem 0 0.8rem; padding: 0.3rem 0.75rem; font-size: 0.85em; border-left: 4px solid #16a34a; background: #f8fafc; }
.observed.not-borne-out { border-left-color: #dc2626; }
.observed .reading, .observed .evidence, .observed .evidence-caption { display: block; }
.observed .evidence-line { display: block; padding-left: 1rem; }
.observed .evidence-line .who { display: inline-block; min-width: 5.5rem; font-weight: bold; }
.spec { display: block; margin: 0.4rem 0 0.8rem; padding: 0.3rem 0.75rem; border-left: 4px solid #16a34a; background: #f0fdf4; font-size: 0.9em; }
.spec.status-failed, .spec.status-undefined, .spec.status-ambiguous, .spec.status-unknown { border-left-color: #dc2626; background: #fef2f2; }
.spec ul.scenarios { margin: 0.2rem 0 0; padding-left: 1.2rem; }
`;
