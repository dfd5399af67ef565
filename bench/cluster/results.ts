import type { Machine } from '../machine';
import type { BenchSettings } from '../settings';
import type { KindRun, KindThroughput } from './publish_kinds';
import type { ClusterBenchSettings } from './settings';
import type { FanoutRun } from './spread_fanout';

/** Everything measured on one cluster size. */
export interface ClusterRun {
  readonly primaries: number;
  /** Which node owns the bench channel's slot, and so publishes both kinds. */
  readonly publisherNode: number;
  readonly kinds: readonly KindRun[];
  readonly throughput: readonly KindThroughput[];
  readonly fanout: readonly FanoutRun[];
}

export interface ClusterBenchResult {
  readonly startedAt: string;
  readonly durationMs: number;
  readonly machine: Machine;
  readonly loadAverageAtEnd: readonly number[];
  readonly settings: Omit<BenchSettings, 'subscribers'> & ClusterBenchSettings;
  readonly runs: readonly ClusterRun[];
}
