import { connect, disconnect } from '../connect';
import { notReady, parseClusterNodes } from '../cluster/cluster_state';
import { messageOf } from '../../lib/errors';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';

/**
 * The Redis Cluster whose node REDIS_URL names: its primaries from that node's `CLUSTER NODES`, that
 * node first, each at the address the cluster announces (which MOVED names too). The spec stops none.
 */
export async function existingCluster(server: RedisServer, timeoutMs: number): Promise<RedisServer> {
  const redis = connect(server, 2, timeoutMs);
  let cause = 'Connection is closed.';
  redis.on('error', (error: Error) => (cause = error.message));
  try {
    await redis.connect().catch(() => {
      throw new SettingError(`REDIS_URL=${server.origin} does not answer (${cause}): start Redis there, or fix REDIS_URL.`);
    });
    const nodes = await redis.call('CLUSTER', 'NODES').then(String, (error: unknown) => {
      throw new SettingError(
        `REDIS_URL=${server.origin} is not a node of a Redis Cluster (${messageOf(error)}): point it at a cluster node, or unset REDIS_TOPOLOGY.`,
      );
    });
    const primaries = parseClusterNodes(nodes).filter((node) => node.flags.includes('master'));
    const ordered = [
      ...primaries.filter((node) => node.flags.includes('myself')),
      ...primaries.filter((node) => !node.flags.includes('myself')),
    ];
    const waiting = await notReady(redis, parseClusterNodes(nodes).length);
    if (waiting !== undefined) {
      throw new SettingError(
        `REDIS_URL=${server.origin} is a cluster node, but its cluster is not ok (${waiting}): fix the cluster, or point REDIS_URL at one that is.`,
      );
    }
    const addresses = ordered.map((node) => ({ host: node.host === '' ? server.host : node.host, port: node.port }));
    const [first = { host: server.host, port: server.port }] = addresses;
    return { ...server, host: first.host, port: first.port, nodes: addresses };
  } finally {
    disconnect(redis);
  }
}
