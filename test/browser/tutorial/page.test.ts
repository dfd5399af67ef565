import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openChromium, photograph, type OpenedChromium } from '../../helpers/chromium';
import { root } from '../../helpers/run_spec';

const reports = join(root, 'reports');
const screenshot = join(root, 'docs', 'tutorial.png');
const timeout = 10000;

/** What `npm run errata` wrote to reports/errata.json beside the page: what the page must show. */
interface Findings {
  server: string;
  version: string;
  tools: { ruby: string; irb: string; redisGem: string; redisCli: string };
  at: string;
  checks: Array<{
    line: number;
    window: string;
    text: string;
    printed: string[];
    borneOut: boolean;
    reading: string;
    evidence: Array<{ window: string; line: string }>;
  }>;
  blocks: Array<{ line: number; kind: string; window: string | null; shown: string[] | null }>;
}

/** What a page function uses of the browser's window: the project's types are Node's, not the DOM's. */
interface BrowserWindow {
  getComputedStyle(element: unknown): { backgroundColor: string };
}

/** The tutorial annotated, as a reader opens it from the file system, in Debian's Chromium, headless. */
describe('reports/tutorial.html in a browser', () => {
  const requested: string[] = [];
  let browser: OpenedChromium | undefined;
  let page: Page;
  let findings: Findings;

  before(async () => {
    for (const file of ['tutorial.html', 'errata.json']) {
      assert.ok(existsSync(join(reports, file)), `reports/${file} is missing: run npm run errata (with TUTORIAL_PATH) first`);
    }
    findings = JSON.parse(readFileSync(join(reports, 'errata.json'), 'utf8')) as Findings;
    browser = await openChromium({ width: 1100, height: 900 });
    ({ page } = browser);
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(pathToFileURL(join(reports, 'tutorial.html')).href, { waitUntil: 'load' });
  });

  after(() => browser?.close());

  it('loads nothing but itself', () => {
    assert.deepEqual(requested, [pathToFileURL(join(reports, 'tutorial.html')).href]);
  });

  it('says what it ran against, and when', async () => {
    const field = async (name: string): Promise<string> => page.locator(`header [data-field="${name}"]`).innerText({ timeout });
    assert.equal(await field('server'), `Redis ${findings.version}, ${findings.server}`);
    assert.equal(await field('ruby'), `${findings.tools.ruby}, ${findings.tools.irb}`);
    assert.equal(await field('redis-gem'), findings.tools.redisGem);
    assert.equal(await field('redis-cli'), findings.tools.redisCli);
    assert.equal(await field('time'), findings.at);
  });

  it('renders the tutorial: its headings, prose and lists', async () => {
    await page.getByRole('heading', { name: 'Broadcast to the Channel', exact: true }).waitFor({ state: 'visible', timeout });
    await page.getByText('Back in the first IRB session, publish a message:').waitFor({ state: 'visible', timeout });
    assert.ok((await page.locator('main ul li').count()) > 0, 'the page shows no list');
  });

  it('marks every observation with its verdict, in a word and a colour, how it was read, and what was printed or shown', async () => {
    assert.ok(findings.checks.length > 0, 'errata found no observation');
    assert.ok(
      findings.checks.some((check) => check.window === 'the monitor' && check.evidence.length > 0),
      'errata read no observation of the redis-cli window with MONITOR lines',
    );
    const promises = page.locator('[data-verdict]');
    assert.equal(await promises.count(), findings.checks.length, 'the page marks another number of promises than errata found');
    const colours = new Map<string, string>();
    for (const check of findings.checks) {
      const verdict = check.borneOut ? 'borne-out' : 'not-borne-out';
      const promise = page.locator(`[data-verdict][data-line="${check.line}"][data-window="${check.window}"]`);
      await promise.waitFor({ state: 'visible', timeout });
      assert.equal(await promise.getAttribute('data-verdict'), verdict, `the promise at line ${check.line}`);
      assert.equal(await promise.locator('code, mark').first().innerText(), check.text);
      const word = await promise.locator('.verdict').innerText();
      assert.match(word, check.borneOut ? /^✓ borne out$/ : /^✗ NOT BORNE OUT$/);
      const monitor = check.window === 'the monitor';
      if (!check.borneOut && !monitor)
        assert.equal(await promise.locator('.printed').innerText(), `${check.window} printed ${check.printed.join(' ')}`);
      const observed = page.locator(`.observed[data-line="${check.line}"][data-window="${check.window}"]`);
      assert.equal(await observed.locator('.reading').innerText(), `${check.text}: read as ${check.reading}`);
      if (monitor) {
        const shown = await observed.locator('.evidence-line').allInnerTexts();
        assert.deepEqual(
          shown.map((text) => text.replace(/\s+/g, ' ').trim()),
          check.evidence.map(({ window, line }) => `${window} ${line}`.replace(/\s+/g, ' ')),
          `the MONITOR lines beside line ${check.line}`,
        );
      }
      colours.set(
        verdict,
        await promise.evaluate((element) => (globalThis as unknown as BrowserWindow).getComputedStyle(element).backgroundColor),
      );
    }
    if (colours.size === 2) assert.notEqual(colours.get('borne-out'), colours.get('not-borne-out'), 'both verdicts have one colour');
  });

  it('labels each block with its window, and shows what that window showed after it', async () => {
    const windows = findings.blocks.filter((block) => block.window !== null);
    assert.ok(
      windows.some((block) => block.window === 'the monitor'),
      'no block ran in the monitor',
    );
    for (const block of findings.blocks) {
      const figure = page.locator(`figure.block[data-line="${block.line}"]`);
      await figure.waitFor({ state: 'visible', timeout });
      const caption = await figure.locator('figcaption.window').innerText();
      assert.equal(caption.startsWith(`${block.kind}, line ${block.line}: ${block.window ?? 'no window'}`), true, caption);
      if (block.shown === null) continue;
      const shown = (await figure.locator('pre.output').innerText()).trim();
      assert.equal(shown, block.shown.join('\n').trim() || 'nothing', `what ${block.window ?? ''} showed after line ${block.line}`);
    }
  });

  it("is photographed for the README (docs/tutorial.png): from session B's block to the last promise", async () => {
    await photograph(page, 'figure.block[data-window="session B"]', '.observed', screenshot);
  });
});
