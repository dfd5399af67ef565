import { readFileSync } from 'node:fs';
import type { Envelope, GherkinDocument } from '@cucumber/messages';
import { Query } from '@cucumber/query';

/** A scenario as the run ran it: each example of an outline is one. */
export interface ScenarioResult {
  readonly name: string;
  /** cucumber's status of its most severe step: PASSED, FAILED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, UNKNOWN. */
  readonly status: string;
  /** The line of the scenario in its feature file. */
  readonly line: number;
  /** For an example of an outline, the line of its row. */
  readonly exampleLine: number | undefined;
}

/** A Feature or a Rule of the spec, with the results of its scenarios. */
export interface SpecPart {
  readonly keyword: 'Feature' | 'Rule';
  readonly name: string;
  /** The feature file, as cucumber names it: `features/take_aways.feature`. */
  readonly uri: string;
  readonly line: number;
  readonly scenarios: readonly ScenarioResult[];
}

/** A cucumber run, read from its messages (reports/messages.ndjson of `npm run spec:ci`). */
export interface SpecRun {
  readonly startedAt: string | undefined;
  readonly documents: readonly GherkinDocument[];
  /** Every Feature and every Rule whose scenarios ran, features first, in the order of the run. */
  readonly parts: readonly SpecPart[];
  /** The results of a feature file's scenarios, by line. */
  resultsOf(uri: string): ReadonlyMap<number, readonly ScenarioResult[]>;
}

/** Reads a cucumber run's messages with @cucumber/query: what ran, under which Feature and Rule, and how it ended. */
export function readSpecRun(path: string): SpecRun {
  const query = new Query();
  const documents: GherkinDocument[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const envelope = JSON.parse(line) as Envelope;
    if (envelope.gherkinDocument) documents.push(envelope.gherkinDocument);
    query.update(envelope);
  }
  const features = new Map<string, { part: SpecPart; scenarios: ScenarioResult[] }>();
  const rules = new Map<string, { part: SpecPart; scenarios: ScenarioResult[] }>();
  const byUri = new Map<string, Map<number, ScenarioResult[]>>();
  const partOf = (
    parts: Map<string, { part: SpecPart; scenarios: ScenarioResult[] }>,
    keyword: SpecPart['keyword'],
    id: string,
    name: string,
    uri: string,
    line: number,
  ): ScenarioResult[] => {
    const known = parts.get(id);
    if (known) return known.scenarios;
    const scenarios: ScenarioResult[] = [];
    parts.set(id, { part: { keyword, name, uri, line, scenarios }, scenarios });
    return scenarios;
  };
  for (const finished of query.findAllTestCaseFinished()) {
    if (finished.willBeRetried) continue;
    const lineage = query.findLineageBy(finished);
    const uri = lineage?.gherkinDocument?.uri;
    const { feature, rule, scenario } = lineage ?? {};
    if (!uri || !feature || !scenario) continue;
    const result: ScenarioResult = {
      name: query.findPickleBy(finished)?.name ?? scenario.name,
      status: query.findMostSevereTestStepResultBy(finished)?.status ?? 'UNKNOWN',
      line: scenario.location.line,
      exampleLine: lineage.example?.location.line,
    };
    partOf(features, 'Feature', uri, feature.name, uri, feature.location.line).push(result);
    if (rule) partOf(rules, 'Rule', rule.id, rule.name, uri, rule.location.line).push(result);
    const lines = byUri.get(uri) ?? new Map<number, ScenarioResult[]>();
    lines.set(result.line, [...(lines.get(result.line) ?? []), result]);
    byUri.set(uri, lines);
  }
  const started = query.findTestRunStarted()?.timestamp;
  return {
    startedAt: started ? new Date(started.seconds * 1000 + started.nanos / 1e6).toISOString() : undefined,
    documents,
    parts: [...[...features.values()].map(({ part }) => part), ...[...rules.values()].map(({ part }) => part)],
    resultsOf: (uri) => byUri.get(uri) ?? new Map(),
  };
}

/** How a name of the spec and a heading or line of the tutorial are compared: case, spaces and a final period aside. */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string): string => text.replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
  return words(a) === words(b);
}

/** A word for a status, as a reader reads it: `passed`. */
export function statusWord(status: string): string {
  return status.toLowerCase();
}

/** `2 scenarios, 2 passed` */
export function tally(scenarios: readonly ScenarioResult[]): string {
  const counts = new Map<string, number>();
  for (const { status } of scenarios) counts.set(statusWord(status), (counts.get(statusWord(status)) ?? 0) + 1);
  const each = [...counts].map(([word, count]) => `${count} ${word}`).join(', ');
  return `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}, ${each}`;
}

/** Where a page links a Feature or Rule of the spec, and each of its scenarios. */
export interface SpecLinks {
  part(part: SpecPart): string;
  scenario(part: SpecPart, scenario: ScenarioResult): string;
}

/** Into the cucumber report beside the page, searched for the names: it shows what matches them first. */
export const reportLinks: SpecLinks = {
  part: ({ name }) => reportLink(name),
  scenario: (_, { name }) => reportLink(name),
};

/** Where the cucumber report (reports/cucumber.html, beside the page) shows what matches these words. */
export function reportLink(words: string): string {
  return `cucumber.html?query=${encodeURIComponent(words)}`;
}
