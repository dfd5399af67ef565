import type { RedisServer } from '../server/server';
import type { Protocol } from '../server/settings';
import type { Notepad } from './notes';
import type { Transcript } from './transcript';
import type { MonitorLine } from './monitor/line';

/**
 * One of the tutorial's IRB windows, doing what the tutorial's own code does: start, subscribe with its
 * block, publish, and stop; and what it printed. Every driver keeps this contract.
 */
export interface Session {
  readonly name: string;
  readonly printed: Transcript<string>;
  /** What the window noted of what it was asked to do. */
  readonly notes: Notepad;
  /** The client address the server sees for this session, once it has connected. */
  readonly address: string | undefined;
  /** What it can do beyond the tutorial's code, where its driver can: `extrasOf` refuses it otherwise. */
  readonly extras?: Extras;
  /** `require 'redis'; redis = Redis.new` */
  start(): Promise<void>;
  /** Resolves once the server confirmed the subscription; then prints `template` for each message. */
  subscribe(channel: string, template: string): Promise<void>;
  /** Resolves to the number of receivers PUBLISH reports. */
  publish(channel: string, body: string): Promise<number>;
  stop(): Promise<void>;
}

/** What a session can do beyond the tutorial's code: only the client driver's sessions can. */
export interface Extras {
  ping(): Promise<string>;
  /** `start`, speaking this protocol whatever REDIS_PROTOCOL says. */
  startSpeaking(protocol: Protocol): Promise<void>;
  /** Any command, e.g. `['get', 'greeting']`; rejects with `CommandRefused` when Redis answers with an error. */
  run(command: readonly string[]): Promise<Reply>;
  /** Like `subscribe`, for every channel matching `pattern` (`my_*`); `#{channel}` prints the channel the message came on. */
  psubscribe(pattern: string, template: string): Promise<void>;
  /** Resolves once the server confirmed that the session left `channel`. */
  unsubscribe(channel: string): Promise<void>;
  /** Like `publish`, with a body of any bytes. */
  publishBytes(channel: string, body: Uint8Array): Promise<number>;
  /** Like `subscribe`, taking its time over each message: prints `busy`, waits until told to `goOn`, then prints `done`. */
  subscribeSlowly(channel: string, busy: string, done: string): Promise<void>;
  /** Lets a session that takes its time finish the message it is busy with. */
  goOn(): Promise<void>;
  /** SSUBSCRIBE: Redis 7.0's sharded Pub/Sub, on a cluster node that owns the shard channel's slot. */
  ssubscribe(channel: string, template: string): Promise<void>;
}

/** A reply as the session got it: ioredis's, with bulk strings decoded as UTF-8. */
export type Reply = string | number | null | readonly Reply[];

/** The redis-cli window running MONITOR. */
export interface MonitorWindow {
  readonly lines: Transcript<MonitorLine>;
  /** Resolves once the server answered MONITOR with OK. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface Driver {
  readonly name: string;
  /** A window on the run's server, or on `on`: one node of a cluster. */
  session(name: string, on?: RedisServer): Session;
  monitor(on?: RedisServer): MonitorWindow;
}
