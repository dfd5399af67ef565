import type { Session } from './session';

/** A session that can SSUBSCRIBE (Redis 7.0's sharded Pub/Sub), which the tutorial's own code never does. */
export interface ShardSubscriber {
  ssubscribe(channel: string, template: string): Promise<void>;
}

export function shardSubscriberOf(session: Session): ShardSubscriber {
  if ('ssubscribe' in session && typeof session.ssubscribe === 'function') return session as Session & ShardSubscriber;
  throw new Error(
    `${session.name} cannot SSUBSCRIBE: sharded Pub/Sub is beyond the tutorial's code, so only SESSION_DRIVER=client plays it`,
  );
}
