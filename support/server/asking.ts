import type Redis from 'ioredis';
import type { RedisServer } from './server';

/** What the code below the World asks of a scenario: the run's server, a question on the spec's own connection, the wait bound. */
export interface AsksTheServer {
  readonly run: { readonly server: RedisServer };
  readonly timeoutMs: number;
  /** Asks the server on the spec's own connection; a failure names the server and what was asked. */
  askServer<T>(what: string, question: (observer: Redis) => Promise<T>): Promise<T>;
}
