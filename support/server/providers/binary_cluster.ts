import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOnExit } from '../../lib/stop_list';
import { formCluster } from '../cluster/form_cluster';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';
import { WaitTimeout } from '../../lib/waiting';
import { startBinary } from './binary';
import { freeClusterPorts } from '../cluster/ports';

/**
 * A Redis Cluster of `count` primaries, each a redis-server on loopback persisting nothing, its
 * nodes.conf in a folder of the run's that is removed with it. Stopped whole however the run ends.
 */
export async function startBinaryCluster(serverBin: string, count: number, startTimeoutMs: number): Promise<RedisServer> {
  const deadline = Date.now() + startTimeoutMs;
  const folder = await mkdtemp(join(tmpdir(), 'redis-pubsub-spec-cluster-'));
  const started: RedisServer[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(started.map((node) => node.stop()));
    await rm(folder, { recursive: true, force: true });
  };
  const release = stopOnExit(stopAll);
  try {
    const ports = await freeClusterPorts(count);
    const starts = await Promise.allSettled(
      ports.map((port) => {
        const args = ['--cluster-enabled', 'yes', '--cluster-config-file', join(folder, `nodes-${port}.conf`), '--dir', folder];
        return startBinary(serverBin, startTimeoutMs, { port, args });
      }),
    );
    for (const start of starts) if (start.status === 'fulfilled') started.push(start.value);
    const failed = starts.find((start) => start.status === 'rejected');
    if (failed) throw failed.reason;
    const nodes = ports.map((port) => ({ host: '127.0.0.1', port }));
    const first = nodes.at(0);
    if (!first) throw new Error('a cluster needs a node: set REDIS_CLUSTER_NODES=3');
    const cluster: RedisServer = {
      provider: 'binary',
      origin: serverBin,
      host: first.host,
      port: first.port,
      password: undefined,
      nodes,
      stop: async () => {
        await stopAll();
        release();
      },
    };
    await formCluster(cluster, nodes, Math.max(deadline - Date.now(), 1)).catch((error: unknown) => {
      if (!(error instanceof WaitTimeout)) throw error;
      throw new SettingError(
        `SERVER_START_TIMEOUT_MS=${startTimeoutMs} passed before the cluster was ok (${error.message}): raise SERVER_START_TIMEOUT_MS.`,
      );
    });
    return cluster;
  } catch (error) {
    await stopAll();
    release();
    throw error;
  }
}
