import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { stopOnExit } from '../../lib/stop_list';
import { formCluster } from '../cluster/form_cluster';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';
import { WaitTimeout, within } from '../../lib/waiting';
import { dockerEngine, ensureImage, removeContainersOf, runLabel } from './container';
import { freeClusterPorts } from '../cluster/ports';

const ready = 'Ready to accept connections';

/**
 * A Redis Cluster of `count` primaries, one container a node, each labelled with the run. The nodes
 * share the host's network, listening on loopback only: each must reach the others' cluster bus at
 * the address it announces, which a port published from a container's own network cannot give.
 */
export async function startContainerCluster(image: string, runId: string, count: number, startTimeoutMs: number): Promise<RedisServer> {
  await ensureImage(await dockerEngine(), image);
  const deadline = Date.now() + startTimeoutMs;
  const ports = await freeClusterPorts(count);
  const starting = ports.map((port) => node(image, runId, port, startTimeoutMs).start());
  const removeEveryContainer = async (): Promise<void> => {
    // This first removal may meet one testcontainers has under way for a start it gave up: the one after the starts settle counts.
    await removeContainersOf(runId).catch(() => {});
    // A container whose creation was under way during the first removal exists once its start settles.
    await within(Promise.allSettled(starting), 5000, 'the containers starts to settle').catch(() => {});
    await removeContainersOf(runId);
  };
  const release = stopOnExit(removeEveryContainer);
  try {
    const started: StartedTestContainer[] = await within(Promise.all(starting), startTimeoutMs, `every node's Redis to log "${ready}"`);
    const nodes = ports.map((port) => ({ host: '127.0.0.1', port }));
    const cluster: RedisServer = {
      provider: 'container',
      origin: image,
      host: '127.0.0.1',
      port: ports[0] ?? 0,
      password: undefined,
      nodes,
      stop: async () => {
        await Promise.all(started.map((container) => container.stop({ timeout: 1000 })));
        release();
      },
    };
    await formCluster(cluster, nodes, Math.max(deadline - Date.now(), 1));
    return cluster;
  } catch (error) {
    await removeEveryContainer().catch(() => {});
    release();
    if (!(error instanceof WaitTimeout)) throw error;
    throw new SettingError(
      `SERVER_START_TIMEOUT_MS=${startTimeoutMs} passed before the cluster of containers was ok (${error.message}): raise SERVER_START_TIMEOUT_MS.`,
    );
  }
}

function node(image: string, runId: string, port: number, startTimeoutMs: number): GenericContainer {
  return new GenericContainer(image)
    .withNetworkMode('host')
    .withCommand([
      ...['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'no', '--save', '', '--appendonly', 'no'],
      ...['--cluster-enabled', 'yes', '--cluster-config-file', `/tmp/nodes-${port}.conf`],
    ])
    .withLabels({ [runLabel]: runId })
    .withWaitStrategy(Wait.forLogMessage(ready))
    .withStartupTimeout(startTimeoutMs);
}
