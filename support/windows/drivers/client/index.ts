import type { RedisServer } from '../../../server/server';
import type { Driver } from '../../session';
import type { Settings } from '../../../server/settings';
import { SocketMonitor } from './monitor';
import { ClientSession } from './session';

export function clientDriver(server: RedisServer, settings: Settings): Driver {
  return {
    name: `ioredis, RESP${settings.protocol}`,
    session: (name, on = server) => new ClientSession(name, on, settings.protocol, settings.waitTimeoutMs),
    monitor: (on = server) => new SocketMonitor(on, settings.waitTimeoutMs),
  };
}
