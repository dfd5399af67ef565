import type Redis from 'ioredis';
import type { RedisServer } from '../../server/server';
import type { Driver } from '../session';
import type { Settings } from '../../server/settings';
import { clientDriver } from './client';

/** How the run plays the tutorial's windows, as SESSION_DRIVER says; what a driver needs is checked before any server starts. */
export function prepareDriver(settings: Settings): (server: RedisServer, observer: Redis) => Driver {
  if (settings.driver === 'client') return (server) => clientDriver(server, settings);
  const literal = literalDriver().prepareLiteralDriver(settings);
  return (server, observer) => literal.open(server, observer);
}

// Only a literal run loads the literal driver's eight files. A lazy load by require, where import() would load
// the TypeScript as an ES module.
function literalDriver(): typeof import('./literal') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./literal') as typeof import('./literal');
}
