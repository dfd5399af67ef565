/** What the bench's thread and its subscribers' thread say to each other. */

export interface SubscriberSetup {
  readonly host: string;
  readonly port: number;
  readonly password: string | undefined;
  readonly channel: string;
  readonly payloadBytes: number;
  readonly timeoutMs: number;
}

export type Request =
  /** Open connections until `count` subscribe to the channel, then count from zero. */
  | { readonly kind: 'attach'; readonly count: number }
  /** Say `received` once every reading subscriber has received at least `atLeast` messages. */
  | { readonly kind: 'report-when'; readonly atLeast: number }
  /** One subscriber stops reading its socket. */
  | { readonly kind: 'pause' }
  /** The paused subscriber reads again, until its connection closes. */
  | { readonly kind: 'resume' };

export type SubscriberEvent =
  | { readonly kind: 'attached'; readonly count: number; readonly ms: number }
  /** A timed message reached every reading subscriber: when the first and the last had it (process.hrtime, ns). */
  | { readonly kind: 'fanout'; readonly seq: number; readonly firstNs: bigint; readonly lastNs: bigint }
  /** Fewest and most messages a reading subscriber has received; `done` once the awaited count is reached. */
  | { readonly kind: 'received'; readonly min: number; readonly max: number; readonly done: boolean }
  | { readonly kind: 'paused'; readonly clientId: number }
  | { readonly kind: 'closed'; readonly clientId: number; readonly paused: boolean; readonly received: number; readonly reason: string }
  | { readonly kind: 'failed'; readonly message: string };
