import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { partAnchor, readFeatures } from '../../../living_docs/features_page';
import { root } from '../../helpers/run_spec';
import { photograph } from '../../helpers/chromium';

const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const site = process.env.DOCS_OUT || join(root, 'site');
const screenshot = join(root, 'docs', 'tutorial-page.png');
const timeout = 10000;
const pages = ['index.html', 'features.html', 'bench.html', 'errata.html', 'cucumber.html'];

/** What `npm run errata` found, as the site keeps it (site/errata.json). */
interface Findings {
  checks: Array<{ line: number; window: string; text: string; borneOut: boolean; reading: string; evidence: Array<{ window: string; line: string }> }>;
}

/** What a page function uses of the browser's document: the project's types are Node's, not the DOM's. */
interface BrowserDocument {
  querySelectorAll(selector: string): ArrayLike<{ href: string }>;
}

/** The living documentation (site/, built by `npm run docs`) as a reader opens it from disk, in Debian's Chromium, headless. */
describe('site/ in a browser', () => {
  const profile = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-chromium-'));
  const outside: string[] = [];
  let context: BrowserContext | undefined;
  let page: Page;
  let findings: Findings;

  const open = async (file: string): Promise<void> => {
    const response = await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: 'load' });
    assert.ok(response?.ok() ?? true, `${file} did not open`);
  };

  before(async () => {
    for (const file of [...pages, 'errata.json']) {
      assert.ok(existsSync(join(site, file)), `site/${file} is missing: run npm run spec:ci, npm run errata and npm run docs first`);
    }
    assert.ok(existsSync(chromiumBin), `CHROMIUM_BIN=${chromiumBin} does not exist: install Chromium (apt-get install chromium) or set CHROMIUM_BIN`);
    findings = JSON.parse(readFileSync(join(site, 'errata.json'), 'utf8')) as Findings;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumBin,
      headless: true,
      viewport: { width: 1100, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) outside.push(request.url());
    });
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens every page from disk, loading nothing from the network', async () => {
    for (const file of pages) {
      await open(file);
      assert.notEqual(await page.title(), '', `${file} has no title`);
    }
    await page.getByRole('heading', { name: /^Scenarios/ }).first().waitFor({ state: 'visible', timeout });
    assert.deepEqual(outside, []);
  });

  it('resolves every link of its own pages: each file is there, and each anchor on it', async () => {
    const seen = new Set<string>();
    for (const file of pages.filter((name) => name !== 'cucumber.html')) {
      await open(file);
      const hrefs = await page.evaluate(() => [...Array.from((globalThis as unknown as { document: BrowserDocument }).document.querySelectorAll('a[href]'), (link) => link.href)]);
      assert.ok(hrefs.length > 0, `${file} links nothing`);
      for (const href of hrefs) {
        if (!href.startsWith('file:')) continue;
        const url = new URL(href);
        const target = fileURLToPath(`${url.origin === 'null' ? 'file://' : url.origin}${url.pathname}`);
        assert.ok(existsSync(target), `${file} links ${href}, which is not there`);
        if (url.hash && !seen.has(href)) {
          seen.add(href);
          const html = readFileSync(target, 'utf8');
          assert.ok(html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`), `${file} links ${href}, whose anchor is not on the page`);
        }
      }
    }
  });

  it('shows every observation of the tutorial with its verdict, how it was read, and its evidence', async () => {
    await open('index.html');
    assert.equal(await page.locator('[data-verdict]').count(), findings.checks.length);
    assert.ok(findings.checks.filter(({ window }) => window === 'the monitor').length >= 3, 'fewer than three observations of the redis-cli window');
    for (const check of findings.checks) {
      const mark = page.locator(`[data-verdict][data-line="${check.line}"][data-window="${check.window}"]`);
      await mark.waitFor({ state: 'visible', timeout });
      assert.match(await mark.locator('.verdict').innerText(), check.borneOut ? /^✓ borne out$/ : /^✗ NOT BORNE OUT$/);
      const observed = page.locator(`.observed[data-line="${check.line}"][data-window="${check.window}"]`);
      assert.equal(await observed.locator('.reading').innerText(), `${check.text}: read as ${check.reading}`);
      assert.equal(await observed.locator('.evidence-line').count(), check.evidence.length, `the MONITOR lines beside line ${check.line}`);
    }
  });

  it('follows each pattern and take-away with its rule, the results of its scenarios, and a link to them', async () => {
    const rules = readFeatures(root, 'features').flatMap(({ uri, feature }) =>
      ['features/0_how_messaging_works.feature', 'features/take_aways.feature'].includes(uri) ? feature.children.flatMap(({ rule }) => (rule ? [rule] : [])) : [],
    );
    assert.equal(rules.length, 6, 'the three patterns and three take-aways are no longer six rules');
    await open('index.html');
    for (const rule of rules) {
      const aside = page.locator(`.spec[data-spec-keyword="Rule"][data-spec-name="${rule.name.replaceAll('"', '\\"')}"]`);
      await aside.waitFor({ state: 'visible', timeout });
      const scenarios = rule.children.filter(({ scenario }) => scenario).length;
      assert.equal(await aside.locator('li.scenario').count(), scenarios, rule.name);
      assert.equal(await aside.locator('li.scenario[data-status="passed"]').count(), scenarios, `${rule.name}: not every scenario passed`);
      assert.equal(await aside.locator('a.spec-link').getAttribute('href'), `features.html#${partAnchor('Rule', rule.name)}`);
    }
  });

  it("is photographed (docs/tutorial-page.png): from session B's block to the second subscriber", async () => {
    await open('index.html');
    await photograph(page, 'figure.block[data-window="session B"]', '.observed[data-window="the monitor"]', screenshot);
  });
});
