import type Redis from 'ioredis';
import { After, AfterAll, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { exitWhenInterrupted, stopEverything } from './cleanup';
import { addressOf, connect } from './connect';
import { prepareDriver } from './drivers';
import { currentRun, setRun } from './run';
import type { RedisServer } from './server';
import { readSettings, SettingError } from './settings';
import { startServer } from './start_server';
import type { TutorialWorld } from './world';

const settings = loadSettings();
setDefaultTimeout(settings.waitTimeoutMs + 3000);

BeforeAll({ timeout: settings.startTimeoutMs + 10000 }, async function () {
  exitWhenInterrupted();
  try {
    const openDriver = prepareDriver(settings);
    const server = await startServer(settings, `${process.pid}-${Date.now()}`);
    const { observer, observerAddress } = await connectObserver(server);
    const driver = openDriver(server, observer);
    const header = `Redis ${await serverVersion(observer)}, ${server.provider} ${server.origin} at ${server.host}:${server.port}; sessions: ${driver.name}`;
    setRun({ settings, server, driver, observer, observerAddress, header });
    console.log(header);
  } catch (error) {
    await stopEverything();
    exitWith(error);
  }
});

After(async function (this: TutorialWorld) {
  await this.close();
});

AfterAll(async function () {
  const run = currentRun();
  setRun(undefined);
  run.observer.disconnect();
  try {
    await run.server.stop();
  } finally {
    await stopEverything();
  }
});

async function connectObserver(server: RedisServer): Promise<{ observer: Redis; observerAddress: string }> {
  const observer = connect(server, settings.protocol, settings.waitTimeoutMs);
  let cause = 'Connection is closed.';
  observer.on('error', (error: Error) => (cause = error.message));
  try {
    await observer.connect();
    return { observer, observerAddress: await addressOf(observer) };
  } catch {
    observer.disconnect();
    if (server.provider !== 'url') throw new Error(`${server.provider} ${server.origin} started, but does not answer: ${cause}`);
    throw new SettingError(`REDIS_URL=${server.origin} does not answer (${cause}): start Redis there, or fix REDIS_URL.`);
  }
}

function loadSettings(): ReturnType<typeof readSettings> {
  try {
    return readSettings();
  } catch (error) {
    return exitWith(error);
  }
}

async function serverVersion(observer: Redis): Promise<string> {
  const info = await observer.info('server');
  const field = (name: string): string | undefined => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const valkey = field('valkey_version');
  return valkey ? `(Valkey ${valkey})` : (field('redis_version') ?? 'of unknown version');
}

/** One line for the user, naming the setting and the fix; nothing is left running. */
function exitWith(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  const line = error instanceof SettingError ? message : `Could not start Redis: ${message.split('\n')[0]}`;
  process.stderr.write(`redis-pubsub-spec: ${line}\n`);
  process.exit(2);
}
