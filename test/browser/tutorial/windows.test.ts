import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openChromium, type OpenedChromium } from '../../helpers/chromium';
import { root } from '../../helpers/run_spec';
import { firstTime, parseCast, type ParsedCast } from '../../helpers/asciicast';

const reports = join(root, 'reports');
const screenshot = join(root, 'docs', 'four-windows.png');
const timeout = 10000;

/** What `npm run errata` wrote to reports/errata.json: what each block's window showed after it. */
interface Findings {
  blocks: Array<{ line: number; kind: string; window: string | null; shown: string[] | null }>;
}

/** A prompt of irb's, with what was typed at it: `>> require 'redis'`, `?>   end`. */
const promptLine = /^["?>]>(?: |$)/;

/** The four windows of reports/tutorial.html, played back in Debian's Chromium, headless, against the recordings beside it. */
describe('the four windows of reports/tutorial.html in a browser', () => {
  let chromium: OpenedChromium | undefined;
  let page: Page;
  let casts: Map<string, ParsedCast>;
  let findings: Findings;

  const cast = (window: string): ParsedCast => casts.get(window) ?? assert.fail(`reports/windows has no ${window}.cast`);
  /** The lines each window's terminal shows now, without the blanks at their ends. */
  const screens = async (): Promise<Map<string, string[]>> => {
    const shown = await page
      .locator('#four-windows figure.window')
      .evaluateAll((figures) =>
        figures.map((figure) => [
          (figure as unknown as FigureElement).dataset.window ?? '',
          (figure as unknown as FigureElement).querySelector('.player')?.innerText ?? '',
        ]),
      );
    return new Map(shown.map(([window = '', text = '']) => [window, text.split('\n').map((line) => line.trimEnd())]));
  };
  const screen = async (window: string): Promise<string> => ((await screens()).get(window) ?? []).join('\n');
  /** Moves the timeline to `time`, as a reader drags it, and resolves once the four windows show that moment. */
  const seek = async (time: number): Promise<void> => {
    const timeline = page.locator('#four-windows-timeline');
    await timeline.fill(String(time), { timeout });
    const value = Number(await timeline.inputValue());
    assert.ok(Math.abs(value - time) < 1e-9, `the timeline went to ${value} s, not ${time} s`);
    await shown(value);
  };
  const shown = async (time: number): Promise<void> => {
    await page.locator(`#four-windows[data-shown="${time}"]`).waitFor({ state: 'attached', timeout });
  };
  /** Halfway between the last event at or before `time`, in any window, and the next: that moment, and no other. */
  const justAfter = (time: number): number => {
    const next = Math.min(...[...casts.values()].flatMap(({ events }) => events.map(([at]) => at).filter((at) => at > time)));
    return (time + next) / 2;
  };

  before(async () => {
    for (const file of ['tutorial.html', 'errata.json', 'windows']) {
      assert.ok(existsSync(join(reports, file)), `reports/${file} is missing: run npm run errata (with TUTORIAL_PATH) first`);
    }
    casts = new Map(
      readdirSync(join(reports, 'windows')).map((file) => [
        file.replace(/\.cast$/, ''),
        parseCast(readFileSync(join(reports, 'windows', file), 'utf8'), file),
      ]),
    );
    findings = JSON.parse(readFileSync(join(reports, 'errata.json'), 'utf8')) as Findings;
    chromium = await openChromium({ width: 1400, height: 1000 });
    page = chromium.page;
    await page.goto(pathToFileURL(join(reports, 'tutorial.html')).href, { waitUntil: 'load' });
    await page.locator('#four-windows[data-shown="0"]').waitFor({ state: 'attached', timeout });
  });

  after(async () => {
    await chromium?.close();
  });

  it('plays the four recordings errata wrote, one player a window', async () => {
    assert.deepEqual([...casts.keys()].sort(), ['session A', 'session B', 'session C', 'the monitor']);
    assert.deepEqual([...(await screens()).keys()], ['the monitor', 'session A', 'session B', 'session C']);
  });

  it("shows, just after A's first publish, B hearing it and nothing yet in C; just before, B has heard nothing", async () => {
    const typed = firstTime(cast('session A'), 'i', 'redis.publish("my_channel", "the message")', 'session A');
    const effects = [
      firstTime(cast('session A'), 'o', '=> 1', 'session A'),
      firstTime(cast('session B'), 'o', 'I heard [the message]', 'session B'),
      firstTime(cast('the monitor'), 'o', '"publish" "my_channel" "the message"', 'the monitor'),
    ];
    const before = Math.max(...[...casts.values()].flatMap(({ events }) => events.map(([at]) => at).filter((at) => at < typed)));
    await seek((before + typed) / 2);
    assert.doesNotMatch(await screen('session B'), /^I heard/m);
    assert.doesNotMatch(await screen('the monitor'), /"publish"/);

    await seek(justAfter(Math.max(...effects)));
    assert.match(await screen('session A'), /^>> redis\.publish\("my_channel", "the message"\)\n=> 1$/m);
    assert.match(await screen('session B'), /^I heard \[the message\] on channel \[my_channel\]$/m);
    assert.match(await screen('the monitor'), /"publish" "my_channel" "the message"$/m);
    assert.equal((await screen('session C')).trim(), '', 'session C shows something before it was opened');
  });

  it("shows at the end what each window's transcript says", async () => {
    const end = Math.max(...[...casts.values()].map(({ events }) => events.at(-1)?.[0] ?? 0));
    await seek(end);
    const shown = await screens();
    for (const [window, lines] of shown) {
      const transcript = findings.blocks.filter((block) => block.window === window).flatMap((block) => block.shown ?? []);
      const screenLines = lines.filter((line) => line !== '');
      if (window === 'the monitor') {
        assert.match(screenLines[0] ?? '', /^\$ redis-cli -u redis:\/\/\S+$/);
        assert.deepEqual(screenLines.slice(1), ['MONITOR', ...transcript], window);
      } else {
        const printed = screenLines.filter((line) => !promptLine.test(line));
        assert.deepEqual(
          printed,
          transcript.filter((line) => line !== ''),
          window,
        );
      }
    }
  });

  it('links each block to its moment: a click shows the four windows then', async () => {
    const figures = page.locator('main figure.block');
    assert.equal(await figures.count(), findings.blocks.length);
    const moments: number[] = [];
    for (const block of findings.blocks) {
      const time = await page.locator(`figure.block[data-line="${block.line}"] button.moment`).getAttribute('data-time', { timeout });
      moments.push(Number(time));
    }
    assert.deepEqual(
      moments,
      [...moments].sort((a, b) => a - b),
      'the blocks are not in the order they were typed',
    );
    const publish = findings.blocks.findIndex((block) => block.window === 'session A' && (block.shown ?? []).includes('=> 1'));
    const next = findings.blocks.at(publish + 1);
    assert.equal(next?.window, 'session C', "the block after A's first publish is not C's");
    const click = async (line: number): Promise<void> => {
      const button = page.locator(`figure.block[data-line="${line}"] button.moment`);
      const time = await button.getAttribute('data-time', { timeout });
      await button.click({ timeout });
      await shown(Number(time));
      const value = Number(await page.locator('#four-windows-timeline').inputValue());
      assert.ok(Math.abs(value - Number(time)) < 1e-9, `the timeline is at ${value} s, the block's moment at ${time ?? ''} s`);
    };
    await click(next.line);
    assert.match(await screen('session B'), /^I heard \[the message\] on channel \[my_channel\]$/m);
    assert.equal((await screen('session C')).trim(), '');
    await click(findings.blocks[publish]?.line ?? 0);
    assert.doesNotMatch(await screen('session B'), /^I heard/m);
  });

  it('plays the four windows together from one button, to the end', async () => {
    const end = Math.max(...[...casts.values()].map(({ events }) => events.at(-1)?.[0] ?? 0));
    await seek(0);
    const atStart = await screens();
    assert.ok(
      [...atStart.values()].every((lines) => lines.join('').trim() === ''),
      'a window shows something at 0 s',
    );
    await page.locator('#four-windows-play').click({ timeout });
    assert.equal(await page.locator('#four-windows-play').innerText(), '❚❚ Pause');
    await page.locator(`#four-windows[data-shown="${end}"]`).waitFor({ state: 'attached', timeout: timeout + 1000 * end });
    await page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout });
    assert.match(await screen('session C'), /^I think \[Is this thing on\?\] sounds great!$/m);
  });

  it('is photographed for the README (docs/four-windows.png): the four windows at the end of the run', async () => {
    const end = Math.max(...[...casts.values()].map(({ events }) => events.at(-1)?.[0] ?? 0));
    await seek(end);
    mkdirSync(join(root, 'docs'), { recursive: true });
    await page.locator('#four-windows').screenshot({ path: screenshot });
    assert.ok(existsSync(screenshot));
  });
});

/** What a page function uses of a window's figure: the project's types are Node's, not the DOM's. */
interface FigureElement {
  dataset: { window?: string };
  querySelector(selectors: string): { innerText: string } | null;
}
