import { SettingError } from '../support/server/settings';

export interface BenchSettings {
  /** The subscriber counts N to measure, ascending. */
  readonly subscribers: readonly number[];
  /** PUBLISH round trips timed per N, after the warm-up. */
  readonly messages: number;
  readonly warmup: number;
  /** The timed PUBLISHes of one N stop after this, even if fewer than `messages` were sent. */
  readonly timedMs: number;
  /** How long one throughput round publishes. */
  readonly throughputMs: number;
  /** Throughput rounds per N and pipelining, each followed by a redis-benchmark round; the median is reported. */
  readonly rounds: number;
  readonly pipeline: number;
  readonly payloadBytes: number;
  readonly redisBenchmark: string;
  readonly outDir: string;
}

export const defaultSubscribers = [0, 1, 10, 100, 1000, 5000];

type Env = Readonly<Record<string, string | undefined>>;

export function readBenchSettings(env: Env = process.env): BenchSettings {
  return {
    subscribers: subscriberCounts(env),
    messages: wholeNumber(env, 'BENCH_MESSAGES', 1000, 1),
    warmup: wholeNumber(env, 'BENCH_WARMUP', 100, 0),
    timedMs: wholeNumber(env, 'BENCH_TIMED_MS', 10000, 1),
    throughputMs: wholeNumber(env, 'BENCH_THROUGHPUT_MS', 500, 1),
    rounds: wholeNumber(env, 'BENCH_ROUNDS', 5, 1),
    pipeline: wholeNumber(env, 'BENCH_PIPELINE', 16, 2),
    payloadBytes: wholeNumber(env, 'BENCH_PAYLOAD_BYTES', 64, 16),
    redisBenchmark: text(env, 'BENCH_REDIS_BENCHMARK', 'redis-benchmark'),
    outDir: text(env, 'BENCH_OUT', 'reports/bench'),
  };
}

function subscriberCounts(env: Env): number[] {
  const value = env.BENCH_SUBSCRIBERS;
  if (value === undefined || value === '') return defaultSubscribers;
  const counts = value.split(',').map((part) => part.trim());
  if (!counts.every((count) => /^\d+$/.test(count))) {
    throw new SettingError(
      `BENCH_SUBSCRIBERS=${value} is not a list of whole numbers: set it like BENCH_SUBSCRIBERS=${defaultSubscribers.join(',')}.`,
    );
  }
  return [...new Set(counts.map(Number))].sort((a, b) => a - b);
}

function wholeNumber(env: Env, name: string, fallback: number, least: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (/^\d+$/.test(value.trim()) && number >= least) return number;
  throw new SettingError(`${name}=${value} is not a whole number of at least ${least}: set it like ${name}=${fallback}.`);
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined) return fallback;
  if (value.trim() === '') throw new SettingError(`${name} is empty: unset it to use ${fallback}, or set it to a value.`);
  return value;
}
