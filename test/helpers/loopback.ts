import { readFileSync } from 'node:fs';

const listen = '0A';
const loopback = new Set(['0100007F', '00000000000000000000000001000000']);

/** The addresses the kernel lists as listening on this TCP port (from /proc/net/tcp*, without connecting anywhere). */
export function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => row.trim().split(/\s+/))
      .filter(([, local = '', , state]) => local.endsWith(`:${hexPort}`) && state === listen)
      .map(([, local = '']) => local.split(':')[0] ?? ''),
  );
}

/** Why port `port` is not served on loopback only, or undefined when it is. */
export function beyondLoopback(port: number): string | undefined {
  const addresses = listeningAddresses(port);
  if (addresses.length === 0) return `nothing listens on port ${port}`;
  const others = addresses.filter((address) => !loopback.has(address));
  return others.length > 0 ? `port ${port} listens beyond loopback: ${others.join(', ')}` : undefined;
}
