import { After, DataTable, Then, When } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../support/connect';
import { SocketMonitor } from '../../support/drivers/client/monitor';
import { ClientSession } from '../../support/drivers/client/session';
import { startBinary } from '../../support/providers/binary';
import { existingServer } from '../../support/providers/url';
import { serverUrl, type RedisServer } from '../../support/server';
import type { MonitorWindow, Session } from '../../support/session';
import { readSettings, type Settings } from '../../support/settings';
import { startServer } from '../../support/start_server';
import type { TutorialWorld } from '../../support/world';
import { beyondLoopback } from '../loopback';
import { alive, recordedPids } from '../processes';

/** What the harness's own steps remember within a scenario. */
interface Remembered {
  settings?: Settings;
  refusal?: Error;
  server?: RedisServer;
  pidFile?: string;
  monitor?: MonitorWindow;
  session?: Session;
}

const remembered = new WeakMap<TutorialWorld, Remembered>();

function memory(world: TutorialWorld): Remembered {
  let found = remembered.get(world);
  if (!found) {
    found = {};
    remembered.set(world, found);
  }
  return found;
}

/** The error `action` ends with, the port of the run's server shown as `<port>`, of a second server as `<its port>`. */
async function failure(world: TutorialWorld, action: () => Promise<unknown>): Promise<string> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof Error, 'it did not fail');
  const second = memory(world).server;
  const message = error.message.replaceAll(`127.0.0.1:${world.run.server.port}`, '127.0.0.1:<port>');
  return second ? message.replaceAll(`127.0.0.1:${second.port}`, '127.0.0.1:<its port>') : message;
}

function monitorShows(world: TutorialWorld, session: Session, command: string, timeoutMs: number): Promise<void> {
  return world.monitor.lines.until(
    () => world.monitorLines().some((line) => line.command === command && world.sender(line) === session.name),
    `to show ${session.name} sending ${command}`,
    timeoutMs,
    () => world.describeMonitor(),
  );
}

function prints(session: Session, line: string, timeoutMs: number): Promise<void> {
  return session.printed.until((lines) => lines.includes(line), `to print "${line}"`, timeoutMs);
}

async function failsAtOnce(world: TutorialWorld, action: () => Promise<unknown>, expected: string): Promise<void> {
  const started = Date.now();
  assert.equal(await failure(world, action), expected);
  assert.ok(Date.now() - started < world.timeoutMs, `it failed after ${Date.now() - started} ms, not at once`);
}

async function dropConnection(world: TutorialWorld, who: string, address: string | undefined): Promise<void> {
  assert.ok(address, `${who} has no address`);
  await world.askServer(`drop the connection of ${who}`, (observer) => observer.call('CLIENT', 'KILL', 'ADDR', address));
}

When(
  'waiting {int} ms for {session} to print {string} fails with:',
  async function (this: TutorialWorld, ms: number, session: Session, line: string, expected: string) {
    assert.equal(await failure(this, () => prints(session, line, ms)), expected);
  },
);

When(
  'waiting for {session} to print {string} fails at once with:',
  async function (this: TutorialWorld, session: Session, line: string, expected: string) {
    await failsAtOnce(this, () => prints(session, line, this.timeoutMs), expected);
  },
);

// Regular expressions, since a {command} must end its step's text; `session [A-Z]` is still read as a {session}.
When(
  /^waiting (\d+) ms for the monitor to show (session [A-Z]) sending (.+) fails with:$/,
  async function (this: TutorialWorld, ms: string, session: Session, command: string, expected: string) {
    assert.equal(await failure(this, () => monitorShows(this, session, command, Number(ms))), expected);
  },
);

When(
  /^waiting for the monitor to show (session [A-Z]) sending (.+) fails at once with:$/,
  async function (this: TutorialWorld, session: Session, command: string, expected: string) {
    await failsAtOnce(this, () => monitorShows(this, session, command, this.timeoutMs), expected);
  },
);

When(
  '{session} subscribing to {channel} fails with:',
  async function (this: TutorialWorld, session: Session, channel: string, expected: string) {
    assert.equal(await failure(this, () => session.subscribe(channel, '#{body}')), expected);
  },
);

When('{session} pinging Redis fails with:', async function (this: TutorialWorld, session: Session, expected: string) {
  assert.equal(await failure(this, () => session.ping()), expected);
});

When(
  /^session ([A-Z]) starting against (\S+) fails with:$/,
  async function (this: TutorialWorld, letter: string, url: string, expected: string) {
    const session = new ClientSession(`session ${letter}`, existingServer(new URL(url)), this.run.settings.protocol, this.timeoutMs);
    memory(this).session = session;
    assert.equal(await failure(this, () => session.start()), expected);
  },
);

When(
  '{session} publishing {string} to {channel} fails with:',
  async function (this: TutorialWorld, session: Session, body: string, channel: string, expected: string) {
    assert.equal(await failure(this, () => session.publish(channel, body)), expected);
  },
);

Then('the windows read:', function (this: TutorialWorld, expected: string) {
  assert.equal(this.windows(), expected);
});

When('Redis drops the connection of {session}', async function (this: TutorialWorld, session: Session) {
  await dropConnection(this, session.name, session.address);
});

When('Redis drops the connection of the monitor', async function (this: TutorialWorld) {
  const clients = await this.askServer('list its clients', (observer) => observer.call('CLIENT', 'LIST'));
  const monitor = /(?:^| )addr=(\S+) .* cmd=monitor\b/m.exec(String(clients))?.[1];
  await dropConnection(this, 'the monitor', monitor);
});

When('the spec reads no settings', function (this: TutorialWorld) {
  memory(this).settings = readSettings({});
});

/** A value as a table or a step writes it: `""` and `" "` stand for what Gherkin would trim away. */
function unquoted(value: string): string {
  return /^"(.*)"$/.exec(value)?.[1] ?? value;
}

function readInto(world: TutorialWorld, env: Record<string, string>): void {
  try {
    memory(world).settings = readSettings(env);
  } catch (error) {
    memory(world).refusal = error instanceof Error ? error : new Error(String(error));
  }
}

When('the spec reads the settings:', function (this: TutorialWorld, table: DataTable) {
  readInto(this, Object.fromEntries(Object.entries(table.rowsHash()).map(([name, value]) => [name, unquoted(value)])));
});

When(/^the spec reads the setting ([A-Z_]+)=(.*)$/, function (this: TutorialWorld, name: string, value: string) {
  readInto(this, { [name]: unquoted(value) });
});

Then('the settings are:', function (this: TutorialWorld, table: DataTable) {
  const settings = memory(this).settings;
  assert.ok(settings, 'no settings were read');
  const shown = Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [name, value === undefined ? 'none' : String(value as unknown)]),
  );
  assert.deepEqual(shown, table.rowsHash());
});

Then(
  'the url provider connects to host {string}, port {int}, password {string}, shown as {string}',
  function (this: TutorialWorld, host: string, port: number, password: string, origin: string) {
    const url = memory(this).settings?.url;
    assert.ok(url, 'no REDIS_URL was read');
    const server = existingServer(url);
    assert.deepEqual(
      { provider: server.provider, host: server.host, port: server.port, password: server.password ?? 'none', origin: server.origin },
      { provider: 'url', host, port, password, origin },
    );
  },
);

Then('it is refused with:', function (this: TutorialWorld, line: string) {
  assert.equal(memory(this).refusal?.message, line);
});

Then('the server the spec started listens on loopback only', function (this: TutorialWorld) {
  assert.equal(beyondLoopback(this.run.server.port), undefined);
});

Then("the server's configuration has:", async function (this: TutorialWorld, table: DataTable) {
  for (const [name = '', value] of table.raw()) {
    const reply = await this.askServer(`CONFIG GET ${name}`, (observer) => observer.config('GET', name));
    assert.deepEqual(reply, [name, value], `CONFIG GET ${name}`);
  }
});

async function startRecorded(world: TutorialWorld, serverBin: string, startTimeoutMs: number): Promise<void> {
  const remembering = memory(world);
  remembering.pidFile = join(mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-')), 'pids');
  process.env.REDIS_PID_FILE = remembering.pidFile;
  try {
    remembering.server = await startBinary(serverBin, startTimeoutMs);
  } catch (error) {
    remembering.refusal = error instanceof Error ? error : new Error(String(error));
  } finally {
    delete process.env.REDIS_PID_FILE;
  }
}

When('the spec starts a second redis-server', async function (this: TutorialWorld) {
  await startRecorded(this, 'test/fixtures/recorded-redis-server', 10000);
});

When(
  /^the spec starts REDIS_SERVER_BIN=(\S+)(?: allowing (\d+) ms)?$/,
  async function (this: TutorialWorld, serverBin: string, ms?: string) {
    await startRecorded(this, serverBin, Number(ms ?? 5000));
  },
);

Then('it answers PING with {string}', async function (this: TutorialWorld, reply: string) {
  const server = memory(this).server;
  assert.ok(server, 'no second server was started');
  const redis = connect(server, this.run.settings.protocol, this.timeoutMs);
  try {
    await redis.connect();
    assert.equal(await redis.ping(), reply);
  } finally {
    redis.disconnect();
  }
});

/** Runs `action` with DOCKER_HOST set as given, or unset. */
async function withDockerHost<T>(dockerHost: string | undefined, action: () => Promise<T>): Promise<T> {
  const before = process.env.DOCKER_HOST;
  if (dockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = dockerHost;
  try {
    return await action();
  } finally {
    if (before === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = before;
  }
}

async function lookForRedis(world: TutorialWorld, settings: Settings, dockerHost: string | undefined): Promise<void> {
  try {
    memory(world).server = await withDockerHost(dockerHost, () => startServer(settings, `harness-${process.pid}`));
  } catch (error) {
    memory(world).refusal = error instanceof Error ? error : new Error(String(error));
  }
}

When('the spec looks for Redis with the settings:', async function (this: TutorialWorld, table: DataTable) {
  const { DOCKER_HOST: dockerHost, ...env } = table.rowsHash();
  await lookForRedis(this, readSettings(env), dockerHost);
});

When('the spec looks for Redis with the url provider and no URL', async function (this: TutorialWorld) {
  await lookForRedis(this, { ...readSettings({}), provider: 'url' }, undefined);
});

Then(/^it uses the (\w+) provider at (\S+)$/, function (this: TutorialWorld, provider: string, address: string) {
  const server = memory(this).server;
  assert.ok(server, `no server was found: ${memory(this).refusal?.message ?? ''}`);
  assert.equal(server.provider, provider);
  assert.ok(`${server.host}:${server.port}`.startsWith(address), `it is at ${server.host}:${server.port}`);
});

/** The second server, as the url provider would give it with this password. */
function withPassword(world: TutorialWorld, password: string): RedisServer {
  const server = memory(world).server;
  assert.ok(server, 'no second server was started');
  return existingServer(new URL(serverUrl({ ...server, password })));
}

When('it requires the password {string}', async function (this: TutorialWorld, password: string) {
  const server = memory(this).server;
  assert.ok(server, 'no second server was started');
  const redis = connect(server, this.run.settings.protocol, this.timeoutMs);
  try {
    await redis.connect();
    await redis.config('SET', 'requirepass', password);
  } finally {
    redis.disconnect();
  }
});

When(
  /^the monitor and session ([A-Z]) start on it with the password "(.*)"$/,
  async function (this: TutorialWorld, letter: string, password: string) {
    const server = withPassword(this, password);
    const remembering = memory(this);
    remembering.monitor = new SocketMonitor(server, this.timeoutMs);
    await remembering.monitor.start();
    remembering.session = new ClientSession(`session ${letter}`, server, this.run.settings.protocol, this.timeoutMs);
    await remembering.session.start();
  },
);

When(/^session ([A-Z]) pings it$/, async function (this: TutorialWorld, letter: string) {
  const session = memory(this).session;
  assert.equal(session?.name, `session ${letter}`);
  assert.equal(await session.ping(), 'PONG');
});

Then(/^that monitor shows session ([A-Z]) sending "(.*)"$/, async function (this: TutorialWorld, letter: string, command: string) {
  const { monitor, session } = memory(this);
  const name = `session ${letter}`;
  assert.ok(monitor && session?.name === name, `no monitor and ${name} on the second server`);
  await monitor.lines.until(
    (lines) => lines.some((line) => line.command === `"${command}"` && line.source === session.address),
    `to show ${name} sending "${command}"`,
    this.timeoutMs,
  );
});

Then('a monitor with the password {string} is refused with:', async function (this: TutorialWorld, password: string, expected: string) {
  const monitor = new SocketMonitor(withPassword(this, password), this.timeoutMs);
  try {
    assert.equal(await failure(this, () => monitor.start()), expected);
  } finally {
    await monitor.stop();
  }
});

After(async function (this: TutorialWorld) {
  const { monitor, session, server } = memory(this);
  await Promise.all([monitor?.stop(), session?.stop()]);
  await server?.stop();
});

When('the spec stops it', async function (this: TutorialWorld) {
  await memory(this).server?.stop();
});

Then('its process is gone', function (this: TutorialWorld) {
  const pids = recordedPids(memory(this).pidFile ?? '');
  assert.ok(pids.length > 0, 'the server recorded no pid: the scenario proves nothing');
  assert.deepEqual(pids.filter(alive), [], 'a process the spec started is still running');
});
