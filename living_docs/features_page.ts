import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import {
  IdGenerator,
  type Background,
  type DataTable,
  type Examples,
  type Feature,
  type Rule,
  type Scenario,
  type Step,
  type Tag,
} from '@cucumber/messages';
import MarkdownIt from 'markdown-it';
import { anchorOf, escapeHtml as escape, page, type NavLink } from './html';
import { reportLink, sameWords, statusWord, tally, type ScenarioResult, type SpecRun } from './spec_results';

/** A feature file of the spec, as @cucumber/gherkin parsed it. */
export interface FeatureFile {
  /** As cucumber names it: `features/take_aways.feature`. */
  readonly uri: string;
  readonly feature: Feature;
}

/** Every `.feature` file under `folder`, parsed, by its path from `root`. */
export function readFeatures(root: string, folder: string): FeatureFile[] {
  const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.feature'))
    .sort();
  return files.flatMap((file) => {
    const path = join(root, folder, file);
    const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
    const { feature } = parser.parse(readFileSync(path, 'utf8'));
    return feature ? [{ uri: relative(root, path).split(sep).join('/'), feature }] : [];
  });
}

/** The anchor of a Feature or Rule on the features page. */
export function partAnchor(keyword: string, name: string): string {
  return anchorOf(keyword, name);
}

/** The anchor of a scenario on the features page: its file and line. */
export function scenarioAnchor(uri: string, line: number): string {
  return anchorOf('scenario', uri, String(line));
}

/**
 * The features in the tutorial's order: each by the first heading or line of the tutorial that
 * names it or one of its rules (`places`, in document order); those that name none after, by path.
 */
export function inTutorialOrder(features: readonly FeatureFile[], places: readonly string[]): FeatureFile[] {
  const first = ({ feature }: FeatureFile): number => {
    const names = [feature.name, ...feature.children.flatMap(({ rule }) => (rule ? [rule.name] : []))];
    const at = places.findIndex((place) => names.some((name) => sameWords(name, place)));
    return at < 0 ? Infinity : at;
  };
  return [...features].sort((a, b) => first(a) - first(b) || a.uri.localeCompare(b.uri));
}

const description = new MarkdownIt('default', { html: false });

/** The features page: each Feature with its description, tags, background and rules, each scenario with its steps and its result in the run. */
export function featuresPage(features: readonly FeatureFile[], spec: SpecRun, nav: readonly NavLink[]): string {
  const contents = features
    .map(({ uri, feature }) => {
      const scenarios = [...spec.resultsOf(uri).values()].flat();
      return `<li><a href="#${partAnchor('Feature', feature.name)}">${escape(feature.name)}</a> <span class="tally">${escape(scenarios.length ? tally(scenarios) : 'not run')}</span></li>`;
    })
    .join('\n');
  const body = `<h1>The features, in the tutorial's order</h1>
<p>Each feature of <code>features/</code>, read with @cucumber/gherkin, in the order of the tutorial's sections it checks, each scenario with its result in the cucumber run${spec.startedAt ? ` of <time datetime="${spec.startedAt}">${spec.startedAt}</time>` : ''} (<a href="cucumber.html">its report</a>).</p>
<ol class="contents">
${contents}
</ol>
${features.map((file) => featureHtml(file, spec.resultsOf(file.uri))).join('\n')}`;
  return page({ title: 'The features, checked', nav, current: 'features.html', style, body });
}

function featureHtml({ uri, feature }: FeatureFile, results: ReadonlyMap<number, readonly ScenarioResult[]>): string {
  const all = [...results.values()].flat();
  const children = feature.children
    .map(({ background, scenario, rule }) => {
      if (background) return backgroundHtml(background);
      if (scenario) return scenarioHtml(uri, scenario, results.get(scenario.location.line) ?? []);
      return rule ? ruleHtml(uri, rule, results) : '';
    })
    .join('\n');
  return `<section class="feature" id="${partAnchor('Feature', feature.name)}" data-uri="${escape(uri)}">
${tagsHtml(feature.tags)}<h2><span class="keyword">${escape(feature.keyword)}:</span> ${escape(feature.name)}</h2>
<p class="where"><code>${escape(uri)}</code>, ${escape(all.length ? tally(all) : 'not run in this run')} · <a href="${escape(reportLink(feature.name))}">in the report</a></p>
${descriptionHtml(feature.description)}${children}
</section>`;
}

function ruleHtml(uri: string, rule: Rule, results: ReadonlyMap<number, readonly ScenarioResult[]>): string {
  const scenarios = rule.children.flatMap(({ scenario }) => (scenario ? (results.get(scenario.location.line) ?? []) : []));
  const children = rule.children
    .map(({ background, scenario }) => {
      if (background) return backgroundHtml(background);
      return scenario ? scenarioHtml(uri, scenario, results.get(scenario.location.line) ?? []) : '';
    })
    .join('\n');
  return `<section class="rule" id="${partAnchor('Rule', rule.name)}">
${tagsHtml(rule.tags)}<h3><span class="keyword">${escape(rule.keyword)}:</span> ${escape(rule.name)}</h3>
<p class="where">${escape(scenarios.length ? tally(scenarios) : 'not run in this run')}</p>
${descriptionHtml(rule.description)}${children}
</section>`;
}

function backgroundHtml(background: Background): string {
  return `<section class="background">
<h4><span class="keyword">${escape(background.keyword)}:</span> ${escape(background.name)}</h4>
${stepsHtml(background.steps)}
</section>`;
}

function scenarioHtml(uri: string, scenario: Scenario, results: readonly ScenarioResult[]): string {
  const worst = results.find(({ status }) => status !== 'PASSED')?.status ?? results.at(0)?.status;
  const word = worst === undefined ? 'not-run' : statusWord(worst);
  const status =
    worst === undefined ? 'not run' : `${worst === 'PASSED' ? '✓' : '✗'} ${word}${results.length > 1 ? ` (${tally(results)})` : ''}`;
  return `<section class="scenario status-${word}" id="${scenarioAnchor(uri, scenario.location.line)}" data-status="${word}" data-line="${scenario.location.line}">
${tagsHtml(scenario.tags)}<h4><span class="keyword">${escape(scenario.keyword)}:</span> ${escape(scenario.name)} <span class="status">${escape(status)}</span> <a class="report" href="${escape(reportLink(scenario.name))}">in the report</a></h4>
${descriptionHtml(scenario.description)}${stepsHtml(scenario.steps)}
${scenario.examples.map((examples) => examplesHtml(examples, results)).join('\n')}
</section>`;
}

function stepsHtml(steps: readonly Step[]): string {
  const items = steps.map((step) => {
    const doc = step.docString ? `\n<pre class="doc-string">${escape(step.docString.content)}</pre>` : '';
    const table = step.dataTable ? `\n${tableHtml(step.dataTable)}` : '';
    return `<li><span class="keyword">${escape(step.keyword.trim())}</span> ${escape(step.text)}${doc}${table}</li>`;
  });
  return `<ol class="steps">\n${items.join('\n')}\n</ol>`;
}

function tableHtml(table: DataTable): string {
  const rows = table.rows.map((row) => `<tr>${row.cells.map((cell) => `<td>${escape(cell.value)}</td>`).join('')}</tr>`);
  return `<table class="data-table">\n${rows.join('\n')}\n</table>`;
}

function examplesHtml(examples: Examples, results: readonly ScenarioResult[]): string {
  const header = examples.tableHeader
    ? `<tr>${examples.tableHeader.cells.map((cell) => `<th>${escape(cell.value)}</th>`).join('')}<th>result</th></tr>`
    : '';
  const rows = examples.tableBody.map((row) => {
    const result = results.find(({ exampleLine }) => exampleLine === row.location.line);
    const word = result ? statusWord(result.status) : 'not-run';
    return `<tr class="status-${word}" data-status="${word}">${row.cells.map((cell) => `<td>${escape(cell.value)}</td>`).join('')}<td>${escape(result ? word : 'not run')}</td></tr>`;
  });
  return `<section class="examples"><h5><span class="keyword">${escape(examples.keyword)}:</span> ${escape(examples.name)}</h5>
<table class="data-table">\n${header}\n${rows.join('\n')}\n</table></section>`;
}

function tagsHtml(tags: readonly Tag[]): string {
  return tags.length ? `<p class="tags">${tags.map(({ name }) => `<span class="tag">${escape(name)}</span>`).join(' ')}</p>\n` : '';
}

/** A description as Markdown, its common indentation taken off. */
function descriptionHtml(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0));
  const dedented = lines
    .map((line) => line.slice(Number.isFinite(indent) ? indent : 0))
    .join('\n')
    .trim();
  return dedented ? `<div class="description">${description.render(dedented)}</div>\n` : '';
}

const style = `
section.feature { border-top: 2px solid #111827; margin-top: 2rem; }
section.rule { border-left: 4px solid #6366f1; padding-left: 0.75rem; margin: 1rem 0; }
section.scenario { border: 1px solid #d1d5db; border-radius: 6px; padding: 0 0.75rem; margin: 0.75rem 0; }
section.scenario.status-passed { border-left: 4px solid #16a34a; }
section.scenario.status-failed, section.scenario.status-undefined, section.scenario.status-ambiguous { border-left: 4px solid #dc2626; }
section.scenario.status-not-run { border-left: 4px solid #9ca3af; }
.keyword { color: #4338ca; font-weight: bold; }
.where, .tags { font-size: 0.85em; color: #4b5563; margin: 0.2rem 0; }
.tag { background: #eef2ff; border-radius: 4px; padding: 0 0.3rem; }
.status { font-size: 0.85em; }
a.report { font-size: 0.75em; font-weight: normal; }
ol.steps { list-style: none; padding-left: 0.5rem; }
pre.doc-string { background: #f8fafc; border: 1px solid #e5e7eb; padding: 0.3rem 0.5rem; overflow-x: auto; }
table.data-table { border-collapse: collapse; font-size: 0.9em; margin: 0.3rem 0; }
table.data-table td, table.data-table th { border: 1px solid #d1d5db; padding: 0.1rem 0.4rem; }
.description { color: #374151; }
`;
