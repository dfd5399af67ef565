import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Run } from '../../support/server/run';
import { readSettings, SettingError } from '../../support/server/settings';
import { startFailure, startRun, versionIn } from '../../support/server/start_run';
import { type HarnessWorld, refused } from './harness_world';
import { messageOf } from '../../support/lib/errors';

When(/^the spec starts a run with (REDIS_\w+)=(\S+)$/, async function (this: HarnessWorld, name: string, value: string) {
  this.pidFile = join(mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-')), 'pids');
  process.env.REDIS_PID_FILE = this.pidFile;
  try {
    const run = await startRun(readSettings({ REDIS_PROVIDER: name === 'REDIS_URL' ? 'url' : 'binary', [name]: value }), 'harness');
    this.secondRun = run;
    this.secondServer = run.server;
  } catch (error) {
    refused(this, new Error(ownPort(messageOf(error))));
  } finally {
    delete process.env.REDIS_PID_FILE;
  }
});

/** A server this step started listens on a port of its own, `<its port>` in a feature; port 1 is REDIS_URL's. */
function ownPort(message: string): string {
  return message.replace(/127\.0\.0\.1:(?!1\b)\d+/g, '127.0.0.1:<its port>');
}

function started(world: HarnessWorld): Run {
  const run = world.secondRun;
  assert.ok(run, `the run did not start: ${world.refusal?.message ?? ''}`);
  return run;
}

Then('its header reads {string}', function (this: HarnessWorld, expected: string) {
  const run = started(this);
  const [, server, number] = /^(\w+) server v=(\S+)/.exec(spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout) ?? [];
  assert.ok(number, 'redis-server --version gave no version');
  const version = server === 'Valkey' ? `(Valkey ${number})` : number;
  assert.equal(run.header, expected.replace('<version>', version).replace('<its port>', String(run.server.port)));
});

Then('its own connection is the one at its address', async function (this: HarnessWorld) {
  const run = started(this);
  const clients = String(await run.observer.client('LIST'));
  const own = String(await run.observer.client('ID'));
  assert.match(clients, new RegExp(`^id=${own} addr=${run.observerAddress.replaceAll('.', '\\.')} `, 'm'));
});

Then('the spec reads these versions:', function (table: DataTable) {
  for (const [info = '', version] of table.raw()) assert.equal(versionIn(info.replaceAll('\n', '\r\n')), version, info);
});

Then('a failed start reads so:', function (table: DataTable) {
  for (const [message = '', kind, line] of table.raw()) {
    const error = kind === 'a setting' ? new SettingError(message) : kind === 'an error' ? new Error(message) : message;
    assert.equal(startFailure(error), line, message);
  }
});
