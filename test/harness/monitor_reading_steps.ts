import { type DataTable, Given, Then } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { inOrder, WhatTheMonitorShowed } from '../../support/windows/monitor/showed';
import type { Session } from '../../support/windows/session';
import { type HarnessWorld, failure } from './harness_world';

/** A reader of the scenario's monitor that waits `timeoutMs` at most, where the scenario's own waits WAIT_TIMEOUT_MS. */
function readerWithin(world: HarnessWorld, timeoutMs: number): WhatTheMonitorShowed {
  return new WhatTheMonitorShowed({
    run: world.run,
    timeoutMs,
    get monitorIfOpen() {
      return world.monitorIfOpen;
    },
    openSessions: () => world.openSessions(),
  });
}

/** `A: ping; B: quit` as rows of sender and command; `nothing` as none. */
function rows(written: string): string[][] {
  return written === 'nothing' ? [] : written.split('; ').map((row) => row.split(': '));
}

Then('the monitor, not opened, has shown nothing', function (this: HarnessWorld) {
  assert.equal(this.monitorIfOpen, undefined, 'the monitor is open');
  assert.deepEqual(this.monitorShowed.lines(), []);
  assert.equal(this.monitorShowed.describe(), 'the monitor showed nothing');
});

Then('the spec finds these commands in order, or not:', function (table: DataTable) {
  for (const row of table.hashes()) {
    const shown = row['the monitor showed'] ?? '';
    const wanted = row['looked for'] ?? '';
    assert.equal(inOrder(rows(shown), rows(wanted)) ? 'yes' : 'no', row.found, `${wanted} in ${shown}`);
  }
});

Given('the monitor is opened, but never runs MONITOR', function (this: HarnessWorld) {
  assert.ok(this.monitor, 'no monitor was opened');
});

Then(
  /^the monitor's reader, waiting (\d+) ms for (session [A-Z]) sending (.+), fails with:$/,
  async function (this: HarnessWorld, ms: string, session: Session, command: string, expected: string) {
    const reader = readerWithin(this, Number(ms));
    const shown = (): boolean => reader.showsSending(session, command);
    assert.equal(await failure(this, () => reader.until(shown, `to show ${session.name} sending ${command}`)), expected);
  },
);

Then(
  "the monitor's reader, waiting {int} ms for what it has shown so far, fails with:",
  async function (this: HarnessWorld, ms: number, expected: string) {
    assert.equal(await failure(this, () => readerWithin(this, ms).soFar()), expected);
  },
);
