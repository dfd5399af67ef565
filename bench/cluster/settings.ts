import { SettingError } from '../../support/server/settings';

export interface ClusterBenchSettings {
  /** The cluster sizes to measure, in primaries, ascending. */
  readonly primaries: readonly number[];
  /** The subscribers of the fan-out, spread over the nodes or all on the publisher's. */
  readonly subscribers: number;
  readonly outDir: string;
}

export const defaultPrimaries = [1, 3, 6];

type Env = Readonly<Record<string, string | undefined>>;

export function readClusterBenchSettings(env: Env = process.env): ClusterBenchSettings {
  return { primaries: primaries(env), subscribers: subscribers(env), outDir: env.BENCH_OUT?.trim() || 'reports/bench' };
}

function primaries(env: Env): number[] {
  const value = env.BENCH_CLUSTER_NODES;
  if (value === undefined || value === '') return defaultPrimaries;
  const counts = value.split(',').map((part) => part.trim());
  if (!counts.every((count) => /^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= 16)) {
    throw new SettingError(
      `BENCH_CLUSTER_NODES=${value} is not a list of primaries from 1 to 16: set it like BENCH_CLUSTER_NODES=${defaultPrimaries.join(',')}.`,
    );
  }
  return [...new Set(counts.map(Number))].sort((a, b) => a - b);
}

function subscribers(env: Env): number {
  const value = env.BENCH_CLUSTER_SUBSCRIBERS;
  if (value === undefined || value === '') return 60;
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new SettingError(
    `BENCH_CLUSTER_SUBSCRIBERS=${value} is not a whole number of at least 1: set it like BENCH_CLUSTER_SUBSCRIBERS=60.`,
  );
}
