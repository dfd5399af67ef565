import type { ProviderName } from './settings';

/** A Redis server the spec talks to, whoever started it. */
export interface RedisServer {
  readonly provider: Exclude<ProviderName, 'auto'>;
  /** Where it came from: an image, a binary's path or a URL. */
  readonly origin: string;
  readonly host: string;
  readonly port: number;
  readonly password: string | undefined;
  /** A Redis Cluster's primaries as the spec reaches them, node 1 first (`host` and `port` are node 1's); absent for one server. */
  readonly nodes?: readonly ClusterNode[];
  /** Stops what the spec started; a server the spec did not start is left running. */
  stop(): Promise<void>;
}

/** One primary of a Redis Cluster, at an address the spec can reach. */
export interface ClusterNode {
  readonly host: string;
  readonly port: number;
}

/** The server as a redis:// URL, with its password, for the programs the spec starts (irb, redis-cli). */
export function serverUrl(server: RedisServer): string {
  const auth = server.password === undefined ? '' : `:${encodeURIComponent(server.password)}@`;
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  return `redis://${auth}${host}:${server.port}`;
}
