import { Before } from '@cucumber/cucumber';
import type { TutorialWorld } from './tutorial_world';

/**
 * Sharded Pub/Sub came with Redis 7.0: on a server without SSUBSCRIBE its scenarios are skipped,
 * each saying why, rather than failed by an unknown command.
 */
Before({ tags: '@sharded-pubsub' }, async function (this: TutorialWorld) {
  const reply = await this.askServer('ask COMMAND INFO SSUBSCRIBE', (observer) => observer.call('COMMAND', 'INFO', 'SSUBSCRIBE'));
  if (Array.isArray(reply) && reply[0] !== null) return undefined;
  this.log(`skipped: ${this.run.header.split(',')[0] ?? 'this server'} has no SSUBSCRIBE; sharded Pub/Sub came with Redis 7.0`);
  return 'skipped';
});
