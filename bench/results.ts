import type { Percentiles } from './durations';
import type { Limits } from './limits';
import type { Machine } from './machine';
import type { BenchSettings } from './settings';

export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface Throughput {
  /** Messages per second of each round, and their median. */
  readonly rounds: readonly number[];
  readonly median: number;
  readonly messages: number;
}

export interface ThroughputComparison {
  readonly pipeline: number;
  readonly bench: Throughput;
  readonly redisBenchmark: Throughput & { readonly p50Ms: number };
  /**
   * The median, over the rounds, of the bench's throughput over redis-benchmark's in the same round: taken pair by pair,
   * so that the machine's speed drifting between rounds (others' work on it) moves both sides of a ratio alike.
   */
  readonly ratio: number;
}

export interface Delivery {
  /** Messages published on the channel, by the bench and by redis-benchmark, while these subscribers were attached. */
  readonly published: number;
  /** The fewest and the most any subscriber received. */
  readonly received: Range;
}

export interface SubscriberRun {
  readonly subscribers: number;
  readonly attachMs: number;
  /** Once the subscribers are connected: the server's memory (INFO used_memory) and the bench process's resident memory, bytes. */
  readonly memory: { readonly serverBytes: number; readonly benchRssBytes: number };
  readonly publish: {
    readonly roundTripUs: Percentiles;
    /** The server's own time inside PUBLISH (INFO commandstats), the mean over the timed series and its warm-up. */
    readonly serverUsPerCall: number;
    readonly receivers: Range;
  };
  /** From the PUBLISH until the last subscriber has the message, and from the first to the last; null without subscribers. */
  readonly fanout: { readonly lastUs: Percentiles; readonly spreadUs: Percentiles } | null;
  readonly throughput: readonly ThroughputComparison[];
  readonly delivery: Delivery;
}

export interface Stage {
  readonly messages: number;
  readonly roundTripUs: Percentiles;
  readonly receivers: Range;
}

export interface SlowSubscriberRun {
  readonly subscribers: number;
  readonly payloadBytes: number;
  readonly outputBufferLimit: string;
  /** Publisher round trips while all read, while one does not, and once the server has disconnected it. */
  readonly stages: { readonly reading: Stage; readonly paused: Stage; readonly disconnected: Stage };
  readonly disconnected: boolean;
  readonly peakOutputBufferBytes: number;
  /** What the slow subscriber had read when the server closed its connection. */
  readonly slowReceived: number;
  readonly others: Delivery;
}

export interface BenchResult {
  readonly startedAt: string;
  readonly durationMs: number;
  readonly machine: Machine;
  readonly loadAverageAtEnd: readonly number[];
  readonly limits: Limits;
  readonly settings: BenchSettings;
  /** What `redis-benchmark --version` says. */
  readonly redisBenchmarkVersion: string;
  readonly runs: readonly SubscriberRun[];
  readonly slowSubscriber: SlowSubscriberRun;
}
