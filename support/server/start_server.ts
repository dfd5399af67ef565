import { spawnSync } from 'node:child_process';
import { startBinary } from './providers/binary';
import { existingServer } from './providers/url';
import type { RedisServer } from './server';
import { SettingError, type ProviderName, type Settings } from './settings';

export async function startServer(settings: Settings, runId: string): Promise<RedisServer> {
  const provider = settings.provider === 'auto' ? await chooseProvider(settings) : settings.provider;
  switch (provider) {
    case 'container':
      if (settings.topology === 'cluster')
        return containerClusterProvider().startContainerCluster(settings.image, runId, settings.clusterNodes, settings.startTimeoutMs);
      return containerProvider().startContainer(settings.image, runId, settings.startTimeoutMs);
    case 'binary':
      if (settings.topology === 'cluster')
        return binaryClusterProvider().startBinaryCluster(settings.serverBin, settings.clusterNodes, settings.startTimeoutMs);
      return startBinary(settings.serverBin, settings.startTimeoutMs);
    case 'url':
      if (!settings.url) throw new SettingError('REDIS_PROVIDER=url needs REDIS_URL: set it like REDIS_URL=redis://127.0.0.1:6379.');
      if (settings.topology === 'cluster')
        return urlClusterProvider().existingCluster(existingServer(settings.url), settings.waitTimeoutMs);
      return existingServer(settings.url);
  }
}

async function chooseProvider(settings: Settings): Promise<Exclude<ProviderName, 'auto'>> {
  if (settings.url) return 'url';
  if (await dockerAnswers()) return 'container';
  if (isExecutable(settings.serverBin)) return 'binary';
  throw new SettingError(
    `No Redis to run against: start a Docker engine (REDIS_PROVIDER=container), or install redis-server (REDIS_PROVIDER=binary, REDIS_SERVER_BIN=${settings.serverBin}), or set REDIS_URL.`,
  );
}

// testcontainers takes half a second to load: only a run that may use a container pays it; only a run on a
// cluster loads the code that forms or finds one. These are lazy loads by require, where import() would load
// the TypeScript as an ES module.
function containerProvider(): typeof import('./providers/container') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./providers/container') as typeof import('./providers/container');
}

function containerClusterProvider(): typeof import('./providers/container_cluster') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./providers/container_cluster') as typeof import('./providers/container_cluster');
}

function binaryClusterProvider(): typeof import('./providers/binary_cluster') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./providers/binary_cluster') as typeof import('./providers/binary_cluster');
}

function urlClusterProvider(): typeof import('./providers/url_cluster') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./providers/url_cluster') as typeof import('./providers/url_cluster');
}

function dockerAnswers(): Promise<boolean> {
  return containerProvider()
    .dockerEngine()
    .then(
      () => true,
      () => false,
    );
}

function isExecutable(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}
