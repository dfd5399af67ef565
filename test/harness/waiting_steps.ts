import { Given, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { Transcript } from '../../support/windows/transcript';
import { type HarnessWorld, failure } from './harness_world';

/** A window of the scenario's own, and how often each wait looked at it, then and after it was over. */
export class Watched {
  readonly window = new Transcript<string>('a window', (line) => line);
  readonly looks = new Map<string, number>();
  readonly looksWhenOver = new Map<string, number>();

  async waitFor(line: string, timeoutMs: number): Promise<void> {
    this.looks.set(line, 0);
    try {
      await this.window.until(
        (lines) => {
          this.looks.set(line, (this.looks.get(line) ?? 0) + 1);
          return lines.includes(line);
        },
        `to show "${line}"`,
        timeoutMs,
      );
    } finally {
      this.looksWhenOver.set(line, this.looks.get(line) ?? 0);
    }
  }
}

function window(world: HarnessWorld): Watched {
  const found = world.window;
  assert.ok(found, 'the scenario has no window of its own');
  return found;
}

Given('a window that showed {string}', function (this: HarnessWorld, line: string) {
  const created = new Watched();
  created.window.add(line);
  this.window = created;
});

When('the spec waits for it to show {string}, and it has', async function (this: HarnessWorld, line: string) {
  await window(this).waitFor(line, this.timeoutMs);
});

When('the spec waits for it to show {string}, and it then does', async function (this: HarnessWorld, line: string) {
  const waiting = window(this).waitFor(line, this.timeoutMs);
  window(this).window.add(line);
  await waiting;
});

When('the spec waits {int} ms for it to show {string}, and it never does', async function (this: HarnessWorld, ms: number, line: string) {
  assert.match(await failure(this, () => window(this).waitFor(line, ms)), new RegExp(`^Waited ${ms} ms for a window to show "${line}"`));
});

When('the window shows {string} and {string}', function (this: HarnessWorld, first: string, second: string) {
  window(this).window.add(first);
  window(this).window.add(second);
});

Then('no wait looked again after it was over', function (this: HarnessWorld) {
  const { looks, looksWhenOver } = window(this);
  assert.deepEqual(Object.fromEntries(looks), Object.fromEntries(looksWhenOver));
  assert.ok(looks.size === 3, `the scenario made ${looks.size} waits, not 3`);
});
