import type Redis from 'ioredis';
import type { RedisServer } from './server';
import type { Driver } from '../windows/session';
import type { Settings } from './settings';

/** What one run (one worker, with --parallel) shares: its settings, its server, and how it drives sessions. */
export interface Run {
  readonly settings: Settings;
  readonly server: RedisServer;
  readonly driver: Driver;
  /** The spec's own connection, for asking the server what the windows cannot show (PUBSUB NUMSUB). */
  readonly observer: Redis;
  readonly observerAddress: string;
  /** What the run runs against: `Redis 7.0.15, container redis:8.10.2 at 127.0.0.1:32768; sessions: ioredis, RESP2`. */
  readonly header: string;
}

let current: Run | undefined;

export function setRun(run: Run | undefined): void {
  current = run;
}

export function currentRun(): Run {
  if (!current) throw new Error('No Redis server: the BeforeAll hook that starts it did not run or failed.');
  return current;
}
