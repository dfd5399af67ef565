import { mostClusterNodes } from '../../support/server/settings';
import { type Env, nonEmpty, wholeNumber, wholeNumbers } from '../../support/lib/setting';

export interface ClusterBenchSettings {
  /** The cluster sizes to measure, in primaries, ascending. */
  readonly primaries: readonly number[];
  /** The subscribers of the fan-out, spread over the nodes or all on the publisher's. */
  readonly subscribers: number;
  readonly outDir: string;
}

export const defaultPrimaries = [1, 3, 6];

export function readClusterBenchSettings(env: Env = process.env): ClusterBenchSettings {
  return {
    primaries: wholeNumbers(env, 'BENCH_CLUSTER_NODES', defaultPrimaries, { least: 1, most: mostClusterNodes, of: 'primaries' }),
    subscribers: wholeNumber(env, 'BENCH_CLUSTER_SUBSCRIBERS', 60, { least: 1, of: 'subscribers' }),
    outDir: nonEmpty(env, 'BENCH_OUT', 'reports/bench'),
  };
}
