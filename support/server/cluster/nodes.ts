import type Redis from 'ioredis';
import { withConnection } from '../connect';
import { messageOf } from '../../lib/errors';
import type { RedisServer } from '../server';
import type { AsksTheServer } from '../asking';

/** Which node a step means: `node 2`, `the node that owns my_channel`, `a node that does not own my_channel`. */
export async function findNode(world: AsksTheServer, text: string): Promise<number> {
  const numbered = /^node (\d+)$/.exec(text);
  if (numbered) {
    const number = Number(numbered[1]);
    nodeOf(world.run.server, number);
    return number;
  }
  const [, owns, channel = ''] = /^(the node that owns|a node that does not own) (.+)$/.exec(text) ?? [];
  const owner = await slotOwner(world, channel);
  if (owns === 'the node that owns') return owner;
  const other = (world.run.server.nodes ?? []).findIndex((_, index) => index + 1 !== owner);
  if (other === -1) throw new Error(`every node owns ${channel}'s slot: the cluster has one node; set REDIS_CLUSTER_NODES=3`);
  return other + 1;
}

/** `CLUSTER KEYSLOT`: the slot a (shard) channel's name hashes to, as a key's does. */
export async function slotOf(world: AsksTheServer, channel: string): Promise<number> {
  return Number(await world.askServer(`ask CLUSTER KEYSLOT ${channel}`, (observer) => observer.call('CLUSTER', 'KEYSLOT', channel)));
}

type SlotRange = [number, number, [string, number, ...unknown[]], ...unknown[]];

/** The node, from 1, that serves the slot of `channel`, from `CLUSTER SLOTS`, matched to the run's nodes by address. */
export async function slotOwner(world: AsksTheServer, channel: string): Promise<number> {
  const slot = await slotOf(world, channel);
  const ranges = (await world.askServer('ask CLUSTER SLOTS', (observer) => observer.call('CLUSTER', 'SLOTS'))) as SlotRange[];
  const range = ranges.find(([first, last]) => first <= slot && slot <= last);
  if (!range) throw new Error(`no node serves slot ${slot} of ${channel}: CLUSTER SLOTS answered ${JSON.stringify(ranges)}`);
  const [host, port] = range[2];
  const nodes = world.run.server.nodes ?? [];
  // A lone primary never heard its own address from a peer: CLUSTER SLOTS gives it as ''.
  const index = nodes.findIndex((node) => (host === '' || node.host === host) && node.port === port);
  if (index === -1) throw new Error(`slot ${slot} of ${channel} is served by ${host}:${port}, which is none of the run's nodes`);
  return index + 1;
}

/** Asks node `number` on a connection of the spec's own: the run's own for node 1, else one for this question. */
export async function onNode<T>(world: AsksTheServer, number: number, what: string, question: (node: Redis) => Promise<T>): Promise<T> {
  if (number === 1) return world.askServer(what, question);
  const node: RedisServer = nodeOf(world.run.server, number);
  return withConnection(node, 2, world.timeoutMs, question).catch((error: unknown) => {
    throw new Error(`the spec could not ${what} on node ${number} (${node.host}:${node.port}): ${messageOf(error)}`, { cause: error });
  });
}

/** Node `number` (from 1) of a cluster, as a server of its own that stopping leaves running; a cluster's node 1 is the server itself. */
export function nodeOf(server: RedisServer, number: number): RedisServer {
  const nodes = server.nodes ?? [];
  const node = number >= 1 ? nodes.at(number - 1) : undefined;
  if (!node) {
    const has = server.nodes ? `a cluster of ${nodes.length} node${nodes.length === 1 ? '' : 's'}` : 'one server, not a cluster';
    throw new Error(
      `there is no node ${number}: the run has ${has}; set REDIS_TOPOLOGY=cluster and REDIS_CLUSTER_NODES=${Math.max(number, 3)}`,
    );
  }
  return { ...server, host: node.host, port: node.port, nodes: undefined, stop: () => Promise.resolve() };
}
