import { type Env, nonEmpty, oneOf, SettingError, wholeNumber } from '../lib/setting';

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

/** What every reader of a setting throws on a wrong one. */
export { SettingError };

const milliseconds = { least: 1, of: 'milliseconds' };

export function readSettings(env: Env = process.env): Settings {
  return {
    provider: oneOf(env, 'REDIS_PROVIDER', providerNames, 'auto'),
    image: nonEmpty(env, 'REDIS_IMAGE', defaultImage),
    serverBin: nonEmpty(env, 'REDIS_SERVER_BIN', 'redis-server'),
    url: redisUrl(env),
    protocol: Number(oneOf(env, 'REDIS_PROTOCOL', ['2', '3'], '2')) as Protocol,
    waitTimeoutMs: wholeNumber(env, 'WAIT_TIMEOUT_MS', 2000, milliseconds),
    startTimeoutMs: wholeNumber(env, 'SERVER_START_TIMEOUT_MS', 30000, milliseconds),
    driver: oneOf(env, 'SESSION_DRIVER', driverNames, 'client'),
    tutorialPath: tutorialPath(env),
    topology: oneOf(env, 'REDIS_TOPOLOGY', topologyNames, 'single'),
    clusterNodes: wholeNumber(env, 'REDIS_CLUSTER_NODES', 3, { least: 1, most: mostClusterNodes, of: 'primaries' }),
  };
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
