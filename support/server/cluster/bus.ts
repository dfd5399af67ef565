import type { AsksTheServer } from '../asking';
import { parseClusterInfo } from './cluster_state';
import { onNode } from './nodes';
import { pollUntil } from '../../lib/poll';

/** Pub/Sub messages a node has received over the cluster bus, from `CLUSTER INFO`, which leaves out counters still at 0. */
export interface BusCounts {
  readonly classic: number;
  readonly shard: number;
}

/** Before a session published on `publisher`: what every node had received over the bus. */
export interface BusSnapshot {
  readonly publisher: number;
  readonly received: ReadonlyMap<number, BusCounts>;
}

export async function busReceived(world: AsksTheServer, node: number): Promise<BusCounts> {
  const fields = parseClusterInfo(String(await onNode(world, node, 'ask CLUSTER INFO', (redis) => redis.call('CLUSTER', 'INFO'))));
  const count = (type: string): number => Number(fields.get(`cluster_stats_messages_${type}_received`) ?? 0);
  return { classic: count('publish'), shard: count('publishshard') };
}

export async function snapshotBus(world: AsksTheServer, publisher: number): Promise<BusSnapshot> {
  const numbers = (world.run.server.nodes ?? []).map((_, index) => index + 1);
  const counts = await Promise.all(numbers.map(async (node) => [node, await busReceived(world, node)] as const));
  return { publisher, received: new Map(counts) };
}

/** What node `node` has received over the bus since the snapshot. */
export async function receivedSince(world: AsksTheServer, snapshot: BusSnapshot, node: number): Promise<BusCounts> {
  const now = await busReceived(world, node);
  const before = snapshot.received.get(node) ?? { classic: 0, shard: 0 };
  return { classic: now.classic - before.classic, shard: now.shard - before.shard };
}

/**
 * Waits until every node but the publisher has received `expected` over the bus since the snapshot,
 * and fails at once if one received more. Bounded: CLUSTER INFO has no event to wait on, so it is asked again until then.
 */
export async function untilReceived(world: AsksTheServer, snapshot: BusSnapshot, expected: BusCounts): Promise<void> {
  const others = [...snapshot.received.keys()].filter((node) => node !== snapshot.publisher);
  const show = (counts: BusCounts): string => `${counts.classic} classic and ${counts.shard} shard message(s)`;
  await pollUntil(
    async () => {
      const received = await Promise.all(others.map((node) => receivedSince(world, snapshot, node)));
      const seen = received.map((counts, index) => `node ${others[index]} received ${show(counts)}`).join(', ');
      if (received.some((counts) => counts.classic > expected.classic || counts.shard > expected.shard)) {
        throw new Error(`a node received more than ${show(expected)} over the cluster bus: ${seen}`);
      }
      return received.every((counts) => counts.classic === expected.classic && counts.shard === expected.shard) ? undefined : seen;
    },
    {
      timeoutMs: world.timeoutMs,
      awaited: `every node but node ${snapshot.publisher} to receive ${show(expected)} over the cluster bus`,
      everyMs: 20,
    },
  );
}
