import type { ClusterNode } from '../server';

/** `a cluster of 3 primaries: node 1 127.0.0.1:7001, node 2 127.0.0.1:7002, node 3 127.0.0.1:7003`. */
export function clusterOf(nodes: readonly ClusterNode[]): string {
  const numbered = nodes.map((node, index) => `node ${index + 1} ${node.host}:${node.port}`);
  return `a cluster of ${nodes.length} primar${nodes.length === 1 ? 'y' : 'ies'}: ${numbered.join(', ')}`;
}
