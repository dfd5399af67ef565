import type Redis from 'ioredis';
import type { RedisServer } from '../support/server/server';
import type { StopList } from '../support/lib/stop_list';
import type { Progress } from './progress';
import type { Publisher } from './publisher';
import type { BenchSettings } from './settings';

/** What every part of one bench run uses. */
export interface BenchContext {
  readonly settings: BenchSettings;
  readonly server: RedisServer;
  /** A connection for CONFIG, INFO and CLIENT LIST, apart from the publisher's. */
  readonly admin: Redis;
  readonly publisher: Publisher;
  readonly cleanup: StopList;
  readonly progress: Progress;
  /** The bound on every wait: for subscribers to connect, to receive, for redis-benchmark to finish. */
  readonly timeoutMs: number;
}
