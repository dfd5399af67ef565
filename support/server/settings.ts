export const providerNames = ['auto', 'container', 'binary', 'url'] as const;
export type ProviderName = (typeof providerNames)[number];
export const driverNames = ['client', 'literal'] as const;
export type DriverName = (typeof driverNames)[number];
export const topologyNames = ['single', 'cluster'] as const;
export type TopologyName = (typeof topologyNames)[number];
export type Protocol = 2 | 3;

export interface Settings {
  readonly provider: ProviderName;
  readonly image: string;
  readonly serverBin: string;
  readonly url: URL | undefined;
  readonly protocol: Protocol;
  readonly waitTimeoutMs: number;
  readonly startTimeoutMs: number;
  readonly driver: DriverName;
  /** The tutorial's markdown, whose code the literal driver runs. */
  readonly tutorialPath: string | undefined;
  /** One server, or a Redis Cluster of `clusterNodes` primaries. */
  readonly topology: TopologyName;
  readonly clusterNodes: number;
}

/** The most primaries a cluster of the spec may have: each takes two loopback ports and a process or a container. */
export const mostClusterNodes = 16;

export const defaultImage = 'redis:8.10.2';

/** A wrong setting: its message is the one line a user needs, naming the setting and the fix. */
export class SettingError extends Error {
  override name = 'SettingError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function readSettings(env: Env = process.env): Settings {
  return {
    provider: oneOf(env, 'REDIS_PROVIDER', providerNames, 'auto'),
    image: nonEmpty(env, 'REDIS_IMAGE', defaultImage),
    serverBin: nonEmpty(env, 'REDIS_SERVER_BIN', 'redis-server'),
    url: redisUrl(env),
    protocol: Number(oneOf(env, 'REDIS_PROTOCOL', ['2', '3'], '2')) as Protocol,
    waitTimeoutMs: milliseconds(env, 'WAIT_TIMEOUT_MS', 2000),
    startTimeoutMs: milliseconds(env, 'SERVER_START_TIMEOUT_MS', 30000),
    driver: oneOf(env, 'SESSION_DRIVER', driverNames, 'client'),
    tutorialPath: tutorialPath(env),
    topology: oneOf(env, 'REDIS_TOPOLOGY', topologyNames, 'single'),
    clusterNodes: clusterNodes(env),
  };
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name] || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingError(`${name}=${value} is not one of ${allowed.join(', ')}: set ${name} to one of them or unset it.`);
}

function nonEmpty(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new SettingError(`${name} is empty: unset it to use ${fallback}, or set it to a value.`);
  return value;
}

function milliseconds(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (Number.isInteger(ms) && ms > 0) return ms;
  throw new SettingError(`${name}=${value} is not a whole number of milliseconds above 0: set it like ${name}=${fallback}.`);
}

function redisUrl(env: Env): URL | undefined {
  const value = env.REDIS_URL;
  if (value === undefined || value === '') {
    if (env.REDIS_PROVIDER === 'url') {
      throw new SettingError('REDIS_PROVIDER=url needs REDIS_URL: set it like REDIS_URL=redis://127.0.0.1:6379.');
    }
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(`REDIS_URL=${value} is not a URL: set it like REDIS_URL=redis://127.0.0.1:6379.`);
  }
  if (url.protocol !== 'redis:' || url.hostname === '') {
    throw new SettingError(`REDIS_URL=${value} is not a redis:// URL with a host: set it like REDIS_URL=redis://127.0.0.1:6379.`);
  }
  return url;
}

function tutorialPath(env: Env): string | undefined {
  const value = env.TUTORIAL_PATH;
  if (value !== undefined && value.trim() !== '') return value;
  if (env.SESSION_DRIVER === 'literal') {
    throw new SettingError(
      "SESSION_DRIVER=literal needs TUTORIAL_PATH: set it to the tutorial's markdown, like TUTORIAL_PATH=../shared/tutorial/redis-pubsub.md.",
    );
  }
  return undefined;
}

function clusterNodes(env: Env): number {
  const value = env.REDIS_CLUSTER_NODES;
  if (value === undefined || value === '') return 3;
  const nodes = Number(value);
  if (Number.isInteger(nodes) && nodes >= 1 && nodes <= mostClusterNodes) return nodes;
  throw new SettingError(
    `REDIS_CLUSTER_NODES=${value} is not a whole number of primaries from 1 to ${mostClusterNodes}: set it like REDIS_CLUSTER_NODES=3, or unset it.`,
  );
}
