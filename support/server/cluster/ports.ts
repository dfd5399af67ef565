import { createServer } from 'node:net';
import { freeLoopbackPort } from '../providers/free_port';

/** Redis Cluster's bus listens on the node's port + 10000, so 6.2, which has no `cluster-port`, runs too. */
export const busPortOffset = 10000;

/**
 * `count` loopback ports each free with its bus port, none another's bus port.
 * Bounded: gives up after a hundred tries, which only a machine out of ports needs.
 */
export async function freeClusterPorts(count: number): Promise<number[]> {
  const taken = new Set<number>();
  const ports: number[] = [];
  for (let tries = 0; ports.length < count; tries += 1) {
    if (tries === 100) throw new Error(`found no ${count} free loopback ports whose port + ${busPortOffset} is free too`);
    const port = await freeLoopbackPort();
    const bus = port + busPortOffset;
    if (bus > 65535 || taken.has(port) || taken.has(bus) || !(await isFree(bus))) continue;
    taken.add(port).add(bus);
    ports.push(port);
  }
  return ports;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
