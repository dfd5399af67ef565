import type Redis from 'ioredis';

/** The fields of `CLUSTER INFO`, e.g. `cluster_state` → `ok`, `cluster_stats_messages_publish_sent` → `2`. */
export function parseClusterInfo(info: string): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  for (const line of info.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}

/** One line of `CLUSTER NODES`: `<id> <ip:port@cport[,hostname]> <flags> <primary> <ping> <pong> <epoch> <link-state> <slot> ...` */
export interface NodeLine {
  readonly id: string;
  readonly host: string;
  readonly port: number;
  readonly flags: readonly string[];
  readonly linkState: string;
  readonly slots: readonly string[];
}

export function parseClusterNodes(nodes: string): NodeLine[] {
  return nodes
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', address = '', flags = '', , , , , linkState = '', ...slots] = line.trim().split(' ');
      const hostPort = address.split('@')[0] ?? '';
      const colon = hostPort.lastIndexOf(':');
      return { id, host: hostPort.slice(0, colon), port: Number(hostPort.slice(colon + 1)), flags: flags.split(','), linkState, slots };
    });
}

/** Why a node is not ready yet, or undefined once it says `cluster_state:ok`, knows every node, and has a link to each. */
export async function notReady(node: Redis, nodeCount: number): Promise<string | undefined> {
  const info = parseClusterInfo(String(await node.call('CLUSTER', 'INFO')));
  const lines = parseClusterNodes(String(await node.call('CLUSTER', 'NODES')));
  const state = `cluster_state:${info.get('cluster_state') ?? '?'}, cluster_known_nodes:${info.get('cluster_known_nodes') ?? '?'}, cluster_slots_assigned:${info.get('cluster_slots_assigned') ?? '?'}`;
  const unlinked = lines.filter((line) => line.linkState !== 'connected').length;
  const ready =
    info.get('cluster_state') === 'ok' &&
    info.get('cluster_slots_assigned') === '16384' &&
    Number(info.get('cluster_known_nodes')) === nodeCount &&
    unlinked === 0;
  return ready ? undefined : `${state}, ${unlinked} link${unlinked === 1 ? '' : 's'} not connected`;
}
