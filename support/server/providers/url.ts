import type { RedisServer } from '../server';

export function existingServer(url: URL): RedisServer {
  return {
    provider: 'url',
    origin: url.toString().replace(/\/\/[^@/]*@/, '//***@'),
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 6379),
    password: url.password === '' ? undefined : decodeURIComponent(url.password),
    stop: async () => {},
  };
}
