import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** Debian's Chromium (or CHROMIUM_BIN), headless, with a profile of its own: its first page, and how to close it all. */
export interface OpenedChromium {
  readonly page: Page;
  close(): Promise<void>;
}

export async function openChromium(viewport?: { width: number; height: number }): Promise<OpenedChromium> {
  assert.ok(
    existsSync(chromiumBin),
    `CHROMIUM_BIN=${chromiumBin} does not exist: install Chromium (apt-get install chromium) or set CHROMIUM_BIN`,
  );
  const profile = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-chromium-'));
  const removeProfile = (): void => rmSync(profile, { recursive: true, force: true });
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: chromiumBin,
      headless: true,
      ...(viewport ? { viewport } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    })
    .catch((error: unknown) => {
      removeProfile();
      throw error;
    });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      removeProfile();
    },
  };
}

/** A picture of the page from the first element `from` matches to the last `to` matches, 1100 pixels wide, for docs/. */
export async function photograph(page: Page, from: string, to: string, path: string): Promise<void> {
  const top = await page.locator(from).first().boundingBox();
  const bottom = await page.locator(to).last().boundingBox();
  assert.ok(top && bottom, `${top ? to : from} is not on the page`);
  mkdirSync(dirname(path), { recursive: true });
  const y = Math.max(top.y - 40, 0);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: 1100, height: bottom.y + bottom.height + 20 - y } });
  assert.ok(existsSync(path));
}
