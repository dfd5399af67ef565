import type { ProviderName } from './settings';

/** A Redis server the spec talks to, whoever started it. */
export interface RedisServer {
  readonly provider: Exclude<ProviderName, 'auto'>;
  /** Where it came from: an image, a binary's path or a URL. */
  readonly origin: string;
  readonly host: string;
  readonly port: number;
  readonly password: string | undefined;
  /** Stops what the spec started; a server the spec did not start is left running. */
  stop(): Promise<void>;
}

/** The server as a redis:// URL, with its password, for the programs the spec starts (irb, redis-cli). */
export function serverUrl(server: RedisServer): string {
  const auth = server.password === undefined ? '' : `:${encodeURIComponent(server.password)}@`;
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  return `redis://${auth}${host}:${server.port}`;
}
