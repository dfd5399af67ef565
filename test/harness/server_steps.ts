import { DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withConnection } from '../../support/server/connect';
import { startBinary } from '../../support/server/providers/binary';
import { readSettings, type Settings } from '../../support/server/settings';
import { startServer } from '../../support/server/start_server';
import { beyondLoopback } from '../helpers/loopback';
import { alive, recordedPids } from '../helpers/processes';
import { type HarnessWorld, refused, secondServer } from './harness_world';

Then('the server the spec started listens on loopback only', function (this: HarnessWorld) {
  assert.equal(beyondLoopback(this.run.server.port), undefined);
});

Then("the server's configuration has:", async function (this: HarnessWorld, table: DataTable) {
  for (const [name = '', value] of table.raw()) {
    const reply = await this.askServer(`CONFIG GET ${name}`, (observer) => observer.config('GET', name));
    assert.deepEqual(reply, [name, value], `CONFIG GET ${name}`);
  }
});

async function startRecorded(world: HarnessWorld, serverBin: string, startTimeoutMs: number): Promise<void> {
  world.pidFile = join(mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-')), 'pids');
  process.env.REDIS_PID_FILE = world.pidFile;
  try {
    world.secondServer = await startBinary(serverBin, startTimeoutMs);
  } catch (error) {
    refused(world, error);
  } finally {
    delete process.env.REDIS_PID_FILE;
  }
}

When('the spec starts a second redis-server', async function (this: HarnessWorld) {
  await startRecorded(this, 'test/fixtures/recorded-redis-server', 10000);
});

When(
  /^the spec starts REDIS_SERVER_BIN=(\S+)(?: allowing (\d+) ms)?$/,
  async function (this: HarnessWorld, serverBin: string, ms?: string) {
    await startRecorded(this, serverBin, Number(ms ?? 5000));
  },
);

Then('it answers PING with {string}', async function (this: HarnessWorld, reply: string) {
  const pong = await withConnection(secondServer(this), this.run.settings.protocol, this.timeoutMs, (redis) => redis.ping());
  assert.equal(pong, reply);
});

/** Runs `action` with DOCKER_HOST set as given. */
async function withDockerHost<T>(dockerHost: string, action: () => Promise<T>): Promise<T> {
  const before = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = dockerHost;
  try {
    return await action();
  } finally {
    if (before === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = before;
  }
}

async function lookForRedis(world: HarnessWorld, settings: Settings, dockerHost: string): Promise<void> {
  try {
    world.secondServer = await withDockerHost(dockerHost, () => startServer(settings, `harness-${process.pid}`));
  } catch (error) {
    refused(world, error);
  }
}

When('the spec looks for Redis with the settings:', async function (this: HarnessWorld, table: DataTable) {
  const { DOCKER_HOST: dockerHost, ...env } = table.rowsHash();
  assert.ok(dockerHost, "give DOCKER_HOST, so that the machine's own Docker engine is never asked");
  await lookForRedis(this, readSettings(env), dockerHost);
});

When('the spec looks for Redis with the url provider and no URL', async function (this: HarnessWorld) {
  await lookForRedis(this, { ...readSettings({}), provider: 'url' }, 'unix:///nonexistent/docker.sock');
});

Then(/^it uses the (\w+) provider at (\S+)$/, function (this: HarnessWorld, provider: string, address: string) {
  const server = this.secondServer;
  assert.ok(server, `no server was found: ${this.refusal?.message ?? ''}`);
  assert.equal(server.provider, provider);
  assert.ok(`${server.host}:${server.port}`.startsWith(address), `it is at ${server.host}:${server.port}`);
});

When('the spec stops it', async function (this: HarnessWorld) {
  await this.secondServer?.stop();
});

Then('its process is gone', function (this: HarnessWorld) {
  const pids = recordedPids(this.pidFile ?? '');
  assert.ok(pids.length > 0, 'the server recorded no pid: the scenario proves nothing');
  assert.deepEqual(pids.filter(alive), [], 'a process the spec started is still running');
});
