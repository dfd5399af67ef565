import type Redis from 'ioredis';
import { connect, disconnect } from '../connect';
import type { ClusterNode, RedisServer } from '../server';
import { notReady } from './cluster_state';
import { pollUntil } from '../../lib/poll';

const slots = 16384;

/** The slots `index` of `count` primaries serves, as `[first, last]`: 16384 split evenly, in order. */
export function slotRange(index: number, count: number): readonly [number, number] {
  const first = Math.floor((index * slots) / count);
  const last = Math.floor(((index + 1) * slots) / count) - 1;
  return [first, last];
}

/**
 * Makes fresh cluster-enabled nodes one cluster, as `redis-cli --cluster create` does: a config
 * epoch each, every node meets node 1, each is given its share of the slots. Resolves once every
 * node says so (bounded: there is no event to wait on, so CLUSTER INFO and CLUSTER NODES are asked).
 */
export async function formCluster(server: RedisServer, nodes: readonly ClusterNode[], timeoutMs: number): Promise<void> {
  const connections = nodes.map((node) => connect({ ...server, host: node.host, port: node.port }, 2, timeoutMs));
  try {
    await Promise.all(connections.map((connection) => connection.connect()));
    await Promise.all(connections.map((connection, index) => connection.call('CLUSTER', 'SET-CONFIG-EPOCH', String(index + 1))));
    const meet = nodes.at(0);
    if (meet) await Promise.all(connections.slice(1).map((connection) => connection.call('CLUSTER', 'MEET', meet.host, String(meet.port))));
    await Promise.all(connections.map((connection, index) => addSlots(connection, ...slotRange(index, nodes.length))));
    await waitUntilReady(connections, nodes, timeoutMs);
  } finally {
    connections.forEach(disconnect);
  }
}

/** ADDSLOTS with every slot named: ADDSLOTSRANGE is Redis 7.0's, and the spec runs on 6.2 too. */
function addSlots(connection: Redis, first: number, last: number): Promise<unknown> {
  const range = Array.from({ length: last - first + 1 }, (_, offset) => String(first + offset));
  return connection.call('CLUSTER', 'ADDSLOTS', ...range);
}

export async function waitUntilReady(connections: readonly Redis[], nodes: readonly ClusterNode[], timeoutMs: number): Promise<void> {
  await pollUntil(
    async () => {
      const reasons = await Promise.all(connections.map((connection) => notReady(connection, nodes.length)));
      const waiting = reasons.flatMap((reason, index) => (reason === undefined ? [] : [`node ${index + 1} says ${reason}`]));
      return waiting.length === 0 ? undefined : waiting.join('; ');
    },
    { timeoutMs, awaited: `every node of the cluster of ${nodes.length} to say cluster_state:ok, know every node and have a link to each` },
  );
}
