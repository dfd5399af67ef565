import { readFileSync } from 'node:fs';
import type Redis from 'ioredis';
import { connect } from '../../support/server/connect';
import { parseClusterInfo } from '../../support/server/cluster/cluster_state';
import { nodeOf } from '../../support/server/cluster/nodes';
import type { RedisServer } from '../../support/server/server';
import type { StopList } from '../../support/lib/stop_list';

/** One node of the cluster under the bench: a server of its own and the bench's admin connection to it. */
export interface BenchNode {
  readonly number: number;
  readonly server: RedisServer;
  readonly admin: Redis;
  /** The node's process, from INFO: on this machine its /proc/<pid>/io says how many bytes it read (its bus and its clients). */
  readonly pid: number;
}

export async function connectNodes(cluster: RedisServer, timeoutMs: number, cleanup: StopList): Promise<BenchNode[]> {
  const count = cluster.nodes?.length ?? 0;
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const server = nodeOf(cluster, index + 1);
      const admin = connect(server, 2, timeoutMs);
      admin.on('error', () => {});
      cleanup.add(() => admin.disconnect());
      await admin.connect();
      const pid = Number(/^process_id:(\d+)/m.exec(await admin.info('server'))?.[1] ?? Number.NaN);
      return { number: index + 1, server, admin, pid };
    }),
  );
}

/** The node that serves the slot of `channel`. */
export async function ownerOf(nodes: readonly BenchNode[], channel: string): Promise<BenchNode> {
  const first = nodes.at(0);
  if (!first) throw new Error('the cluster has no node');
  const slot = Number(await first.admin.call('CLUSTER', 'KEYSLOT', channel));
  const ranges = (await first.admin.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
  const range = ranges.find(([low, high]) => low <= slot && slot <= high);
  const owner = nodes.find((node) => range && (range[2][0] === '' || node.server.host === range[2][0]) && node.server.port === range[2][1]);
  if (!owner) throw new Error(`no node of the bench serves slot ${slot} of ${channel}`);
  return owner;
}

/** What a node has received over the cluster bus, by CLUSTER INFO's counters, and every byte its process read. */
export interface BusReading {
  readonly publish: number;
  readonly publishShard: number;
  readonly allMessages: number;
  /** /proc/<pid>/io's rchar; null where the process is not on this machine's /proc (a container's own pid). */
  readonly bytesRead: number | null;
}

export async function readBus(node: BenchNode): Promise<BusReading> {
  const fields = parseClusterInfo(String(await node.admin.call('CLUSTER', 'INFO')));
  const count = (name: string): number => Number(fields.get(`cluster_stats_messages_${name}`) ?? 0);
  return {
    publish: count('publish_received'),
    publishShard: count('publishshard_received'),
    allMessages: count('received'),
    bytesRead: bytesRead(node),
  };
}

function bytesRead(node: BenchNode): number | null {
  try {
    const comm = readFileSync(`/proc/${node.pid}/comm`, 'utf8').trim();
    if (!/redis|valkey/.test(comm)) return null;
    return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${node.pid}/io`, 'utf8'))?.[1] ?? Number.NaN);
  } catch {
    return null;
  }
}

export function busSince(before: BusReading, after: BusReading): BusReading {
  return {
    publish: after.publish - before.publish,
    publishShard: after.publishShard - before.publishShard,
    allMessages: after.allMessages - before.allMessages,
    bytesRead: before.bytesRead === null || after.bytesRead === null ? null : after.bytesRead - before.bytesRead,
  };
}
