import type Redis from 'ioredis';
import { addressOf, connect, disconnect } from './connect';
import { prepareDriver } from '../windows/drivers';
import type { Run } from './run';
import type { RedisServer } from './server';
import { SettingError, type Settings } from './settings';
import { startServer } from './start_server';
import { messageOf } from '../lib/errors';
import { clusterOf } from './cluster/describe';

/**
 * Everything a run needs: its driver checked, its server started, the spec's own connection to it,
 * and a header saying what it runs against. A server that started is stopped if the rest fails.
 */
export async function startRun(settings: Settings, runId: string): Promise<Run> {
  const openDriver = prepareDriver(settings);
  const server = await startServer(settings, runId);
  try {
    const { observer, observerAddress } = await connectObserver(server, settings);
    const driver = openDriver(server, observer);
    const header = `Redis ${versionIn(await observer.info('server'))}, ${server.provider} ${server.origin} ${where(server)}; sessions: ${driver.name}`;
    return { settings, server, driver, observer, observerAddress, header };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** `at 127.0.0.1:6379`, or for a cluster `as a cluster of 3 primaries: node 1 127.0.0.1:7001, node 2 ...`. */
function where(server: RedisServer): string {
  return server.nodes ? `as ${clusterOf(server.nodes)}` : `at ${server.host}:${server.port}`;
}

async function connectObserver(server: RedisServer, settings: Settings): Promise<{ observer: Redis; observerAddress: string }> {
  const observer = connect(server, settings.protocol, settings.waitTimeoutMs);
  let cause = 'Connection is closed.';
  observer.on('error', (error: Error) => (cause = error.message));
  try {
    await observer.connect();
    return { observer, observerAddress: await addressOf(observer) };
  } catch {
    disconnect(observer);
    if (server.provider !== 'url') throw new Error(`${server.provider} ${server.origin} started, but does not answer: ${cause}`);
    throw new SettingError(`REDIS_URL=${server.origin} does not answer (${cause}): start Redis there, or fix REDIS_URL.`);
  }
}

/** The server's version from `INFO server`: `7.0.15`, or `(Valkey 8.1.0)` for Valkey, which claims a Redis version too. */
export function versionIn(info: string): string {
  const field = (name: string): string | undefined => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const valkey = field('valkey_version');
  return valkey ? `(Valkey ${valkey})` : (field('redis_version') ?? 'of unknown version');
}

/** What the user reads when a run could not start: a setting's own line, or the first line of what went wrong. */
export function startFailure(error: unknown): string {
  const message = messageOf(error);
  return error instanceof SettingError ? message : `Could not start Redis: ${message.split('\n')[0]}`;
}
