import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openChromium, type OpenedChromium } from '../helpers/chromium';
import { root } from '../helpers/run_spec';
import { escapeRegExp } from '../helpers/regexp';

const reports = join(root, 'reports');
const timeout = 10000;

interface Envelope {
  pickle?: { id: string; name: string; uri: string };
  testCase?: { id: string; pickleId: string };
  testCaseStarted?: { id: string; testCaseId: string };
  attachment?: { testCaseStartedId: string; mediaType: string; fileName?: string; body: string };
}

/** What the run wrote to reports/messages.ndjson: the features it ran, its scenarios, and what each scenario attached. */
function readRun(): { features: string[]; scenarios: Map<string, Array<NonNullable<Envelope['attachment']>>> } {
  const envelopes = readFileSync(join(reports, 'messages.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Envelope);
  const cases = new Map(envelopes.flatMap(({ testCase }) => (testCase ? [[testCase.id, testCase.pickleId] as const] : [])));
  const ran = new Set(cases.values());
  // A feature whose scenarios the profile's tags left out is parsed, but the report does not show it.
  const pickles = envelopes.flatMap(({ pickle }) => (pickle && ran.has(pickle.id) ? [pickle] : []));
  const features = [...new Set(pickles.map(({ uri }) => uri))];
  const names = new Map(pickles.map(({ id, name }) => [id, name] as const));
  const started = new Map(
    envelopes.flatMap(({ testCaseStarted: s }) => (s ? [[s.id, names.get(cases.get(s.testCaseId) ?? '')] as const] : [])),
  );
  const scenarios = new Map([...names.values()].map((name) => [name, [] as Array<NonNullable<Envelope['attachment']>>]));
  for (const { attachment } of envelopes) {
    if (attachment) scenarios.get(started.get(attachment.testCaseStartedId) ?? '')?.push(attachment);
  }
  return { features, scenarios };
}

/** What a page function uses of the DOM: the project's types are Node's, not the DOM's. */
interface PageElement {
  readonly textContent: string | null;
  readonly innerText: string;
  readonly open?: boolean;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getAttribute(name: string): string | null;
  checkVisibility(): boolean;
  click(): void;
}

/**
 * A scenario as the report shows it: whether its heading is visible, the texts of its logs, each window once opened,
 * and the names of its buttons.
 */
interface ShownScenario {
  readonly visible: boolean;
  readonly texts: string[];
  readonly windows: Array<{ summary: string; visible: boolean; transcript: string }>;
  readonly buttons: Array<{ name: string; text: string }>;
}

/** Runs in the page: opens each window that is closed, as a reader clicks its summary. */
function openWindows(elements: readonly unknown[]): void {
  for (const details of elements as readonly PageElement[]) {
    if (!details.open) details.querySelector('summary')?.click();
  }
}

/**
 * Runs in the page: what each scenario shows, by its heading (`Scenario: name`), in one pass, as a query of
 * the page per window takes a good part of a second on a report this size.
 */
function readScenarios(elements: readonly unknown[]): Array<[string, ShownScenario]> {
  return (elements as readonly PageElement[]).flatMap((heading): Array<[string, ShownScenario]> => {
    const section = heading.closest('section');
    const name = /^[^:]+: (.*)$/s.exec(heading.textContent ?? '')?.[1];
    if (!section || name === undefined) return [];
    const windows = [...section.querySelectorAll('details')].map((details) => {
      const transcript = details.querySelector('pre');
      return {
        summary: details.querySelector('summary')?.innerText ?? '',
        visible: transcript?.checkVisibility() ?? false,
        transcript: transcript?.innerText ?? '',
      };
    });
    const logs = [...section.querySelectorAll('pre')].filter((pre) => !pre.closest('details') && pre.checkVisibility());
    const buttons = [...section.querySelectorAll('button, [role="button"]')].map((button) => ({
      name: (button.getAttribute('aria-label') ?? button.innerText).trim(),
      text: button.innerText.trim(),
    }));
    return [[name, { visible: heading.checkVisibility(), texts: logs.map((pre) => pre.innerText.trim()), windows, buttons }]];
  });
}

/** The report a reader opens, in Debian's Chromium, headless, with a profile of its own. */
describe('reports/cucumber.html in a browser', () => {
  let browser: OpenedChromium | undefined;
  let page: Page;
  let run: ReturnType<typeof readRun>;
  let shown: Map<string, ShownScenario>;

  before(async () => {
    for (const file of ['cucumber.html', 'messages.ndjson']) {
      assert.ok(existsSync(join(reports, file)), `reports/${file} is missing: run npm run spec:ci (or npm test) first`);
    }
    run = readRun();
    browser = await openChromium();
    ({ page } = browser);
    await page.goto(pathToFileURL(join(reports, 'cucumber.html')).href);
    for (const feature of run.features) {
      const button = page.getByRole('button', { name: feature, exact: true });
      await button.waitFor({ timeout });
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click({ timeout });
    }
    await page.locator('section details').evaluateAll(openWindows);
    shown = new Map(await page.locator('section h2').evaluateAll(readScenarios));
  });

  after(() => browser?.close());

  function scenario(name: string): Locator {
    const heading = page.getByRole('heading', { name: new RegExp(`: ${escapeRegExp(name)}$`) });
    return page.locator('section', { has: heading }).last();
  }

  it('shows every scenario by name', () => {
    assert.ok(run.scenarios.size > 0, 'the run has no scenario');
    const hidden = [...run.scenarios.keys()].filter((name) => !shown.get(name)?.visible);
    assert.deepEqual(hidden, [], 'these scenarios are not shown by name');
  });

  it("shows, in each scenario, the run's header and every window's transcript", () => {
    for (const [name, attached] of run.scenarios) {
      const windows = attached.filter((attachment) => attachment.fileName !== undefined && attachment.mediaType === 'text/plain');
      assert.ok(windows.length > 0, `scenario "${name}" attached no window`);
      const header = attached.find((attachment) => attachment.mediaType === 'text/x.cucumber.log+plain');
      assert.match(header?.body ?? '', /^Redis /, `scenario "${name}" logged no run header`);
      const section = shown.get(name);
      assert.ok(section, `scenario "${name}" is not in the report`);
      assert.ok(
        section.texts.includes(header?.body ?? ''),
        `scenario "${name}" does not show its run header:\n${section.texts.join('\n')}`,
      );
      for (const { fileName, body } of windows) {
        const matching: ShownScenario['windows'] = section.windows.filter(({ summary }) => summary === fileName);
        assert.equal(matching.length, 1, `scenario "${name}" shows window ${fileName ?? ''} ${matching.length} times`);
        const [opened] = matching;
        assert.ok(opened.visible, `scenario "${name}", window ${fileName ?? ''}: its transcript is not shown once opened`);
        assert.equal(opened.transcript.trim(), body.trim(), `scenario "${name}", window ${fileName ?? ''}`);
      }
    }
  });

  it("offers, in each scenario, each window's recording to download, from the report itself", async () => {
    let checked = 0;
    for (const [name, attached] of run.scenarios) {
      const recordings = attached.filter((attachment) => attachment.mediaType === 'application/x-asciicast');
      assert.equal(
        recordings.length,
        attached.filter((attachment) => attachment.mediaType === 'text/plain').length,
        `scenario "${name}" has not one recording a window`,
      );
      assert.deepEqual(
        (shown.get(name)?.buttons ?? []).filter((button) => /^Download .*\.cast$/.test(button.name)).map(({ text }) => text),
        recordings.map(({ fileName }) => `Download ${fileName ?? ''}`),
        `scenario "${name}"`,
      );
      const first = recordings.at(0);
      if (checked > 0 || !first) continue;
      const button = scenario(name)
        .getByRole('button', { name: /^Download .*\.cast$/ })
        .first();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout }), button.click({ timeout })]);
      assert.equal(download.suggestedFilename(), first.fileName);
      assert.equal(
        readFileSync(await download.path(), 'utf8'),
        Buffer.from(first.body, 'base64').toString('utf8'),
        `scenario "${name}", ${first.fileName ?? ''}`,
      );
      checked += 1;
    }
    assert.equal(checked, 1, 'no recording was downloaded');
  });
});
