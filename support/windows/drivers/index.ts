import type Redis from 'ioredis';
import type { RedisServer } from '../../server/server';
import type { Driver } from '../session';
import type { Settings } from '../../server/settings';
import { clientDriver } from './client';
import { prepareLiteralDriver } from './literal';

/** How the run plays the tutorial's windows, as SESSION_DRIVER says; what a driver needs is checked before any server starts. */
export function prepareDriver(settings: Settings): (server: RedisServer, observer: Redis) => Driver {
  if (settings.driver === 'client') return (server) => clientDriver(server, settings);
  const literal = prepareLiteralDriver(settings);
  return (server, observer) => literal.open(server, observer);
}
