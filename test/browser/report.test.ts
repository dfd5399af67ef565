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

/** The report a reader opens, in Debian's Chromium, headless, with a profile of its own. */
describe('reports/cucumber.html in a browser', () => {
  let browser: OpenedChromium | undefined;
  let page: Page;
  let run: ReturnType<typeof readRun>;

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
  });

  after(() => browser?.close());

  function scenario(name: string): Locator {
    const heading = page.getByRole('heading', { name: new RegExp(`: ${escapeRegExp(name)}$`) });
    return page.locator('section', { has: heading }).last();
  }

  it('shows every scenario by name', async () => {
    assert.ok(run.scenarios.size > 0, 'the run has no scenario');
    for (const name of run.scenarios.keys()) {
      await scenario(name).waitFor({ state: 'visible', timeout });
    }
  });

  it("shows, in each scenario, the run's header and every window's transcript", async () => {
    for (const [name, attached] of run.scenarios) {
      const windows = attached.filter((attachment) => attachment.fileName !== undefined && attachment.mediaType === 'text/plain');
      assert.ok(windows.length > 0, `scenario "${name}" attached no window`);
      const header = attached.find((attachment) => attachment.mediaType === 'text/x.cucumber.log+plain');
      assert.match(header?.body ?? '', /^Redis /, `scenario "${name}" logged no run header`);
      const section = scenario(name);
      await section.getByText(header?.body ?? '', { exact: true }).waitFor({ state: 'visible', timeout });
      for (const { fileName, body } of windows) {
        const window = section
          .locator('details')
          .filter({ has: page.locator('summary', { hasText: new RegExp(`^${escapeRegExp(fileName ?? '')}$`) }) });
        await window.locator('summary').click({ timeout });
        const transcript = window.locator('pre');
        await transcript.waitFor({ state: 'visible', timeout });
        assert.equal((await transcript.innerText()).trim(), body.trim(), `scenario "${name}", window ${fileName ?? ''}`);
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
      const buttons = scenario(name).getByRole('button', { name: /^Download .*\.cast$/ });
      assert.deepEqual(
        (await buttons.allInnerTexts()).map((text) => text.trim()),
        recordings.map(({ fileName }) => `Download ${fileName ?? ''}`),
        `scenario "${name}"`,
      );
      const first = recordings.at(0);
      if (checked > 0 || !first) continue;
      const [download] = await Promise.all([page.waitForEvent('download', { timeout }), buttons.first().click({ timeout })]);
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
