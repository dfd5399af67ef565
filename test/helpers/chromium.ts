import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
