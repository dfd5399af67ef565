import Redis from 'ioredis';
import type { RedisServer } from './server';
import type { Protocol } from './settings';

/** A connection that fails fast: no reconnects, no queueing while offline, no reply awaited for longer than `timeoutMs`. */
export function connect(server: RedisServer, protocol: Protocol, timeoutMs: number): Redis {
  return new Redis({
    host: server.host,
    port: server.port,
    password: server.password,
    protocol,
    lazyConnect: true,
    enableReadyCheck: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
  });
}

/** Connects, hands the connection to `use`, and disconnects however `use` ends. */
export async function withConnection<T>(
  server: RedisServer,
  protocol: Protocol,
  timeoutMs: number,
  use: (redis: Redis) => Promise<T>,
): Promise<T> {
  const redis = connect(server, protocol, timeoutMs);
  try {
    await redis.connect();
    return await use(redis);
  } finally {
    disconnect(redis);
  }
}

/**
 * Closes a connection. One Redis or the network closed already is left as it is: ioredis would end it again and
 * keep the process alive for its disconnect timeout (2 s), waiting for a close that came before.
 */
export function disconnect(redis: Redis): void {
  if (redis.status !== 'end') redis.disconnect();
}

export function describeServer(server: RedisServer): string {
  return `the Redis server at ${server.host}:${server.port} (${server.provider} ${server.origin})`;
}

/** The address the server sees for a connection, from `CLIENT INFO`: behind Docker it is not the socket's own. */
export async function addressOf(redis: Redis): Promise<string> {
  const info = await redis.client('INFO');
  const address = /(?:^| )addr=(\S+)/.exec(info)?.[1];
  if (!address) throw new Error(`CLIENT INFO did not give an address: ${info}`);
  return address;
}
