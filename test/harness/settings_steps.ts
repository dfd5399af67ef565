import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { existingServer } from '../../support/server/providers/url';
import { serverUrl } from '../../support/server/server';
import { readSettings } from '../../support/server/settings';
import { type HarnessWorld, refused } from './harness_world';

When('the spec reads no settings', function (this: HarnessWorld) {
  this.settings = readSettings({});
});

/** A value as a table or a step writes it: `""` and `" "` stand for what Gherkin would trim away. */
function unquoted(value: string): string {
  return /^"(.*)"$/.exec(value)?.[1] ?? value;
}

function readInto(world: HarnessWorld, env: Record<string, string>): void {
  try {
    world.settings = readSettings(env);
  } catch (error) {
    refused(world, error);
  }
}

When('the spec reads the settings:', function (this: HarnessWorld, table: DataTable) {
  readInto(this, Object.fromEntries(Object.entries(table.rowsHash()).map(([name, value]) => [name, unquoted(value)])));
});

When(/^the spec reads the setting ([A-Z_]+)=(.*)$/, function (this: HarnessWorld, name: string, value: string) {
  readInto(this, { [name]: unquoted(value) });
});

Then('the settings are:', function (this: HarnessWorld, table: DataTable) {
  const settings = this.settings;
  assert.ok(settings, 'no settings were read');
  const shown = Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [name, value === undefined ? 'none' : String(value as unknown)]),
  );
  assert.deepEqual(shown, table.rowsHash());
});

Then(
  'the url provider connects to host {string}, port {int}, password {string}, shown as {string}, addressed as {string}',
  function (this: HarnessWorld, host: string, port: number, password: string, origin: string, address: string) {
    const url = this.settings?.url;
    assert.ok(url, 'no REDIS_URL was read');
    const server = existingServer(url);
    assert.deepEqual(
      { provider: server.provider, host: server.host, port: server.port, password: server.password ?? 'none', origin: server.origin },
      { provider: 'url', host, port, password, origin },
    );
    assert.equal(serverUrl(server), address);
  },
);

Then('it is refused with:', function (this: HarnessWorld, line: string) {
  assert.equal(this.refusal?.message, line);
});

Then('the settings have clusterNodes {int}', function (this: HarnessWorld, nodes: number) {
  assert.equal(this.refusal?.message, undefined, 'the setting was refused');
  assert.equal(this.settings?.clusterNodes, nodes);
});
