import { type Env, nonEmpty, wholeNumber, wholeNumbers } from '../support/lib/setting';

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

export function readBenchSettings(env: Env = process.env): BenchSettings {
  return {
    subscribers: wholeNumbers(env, 'BENCH_SUBSCRIBERS', defaultSubscribers, { least: 0, of: 'subscribers' }),
    messages: wholeNumber(env, 'BENCH_MESSAGES', 1000, { least: 1, of: 'messages' }),
    warmup: wholeNumber(env, 'BENCH_WARMUP', 100, { least: 0, of: 'messages' }),
    timedMs: wholeNumber(env, 'BENCH_TIMED_MS', 10000, { least: 1, of: 'milliseconds' }),
    throughputMs: wholeNumber(env, 'BENCH_THROUGHPUT_MS', 500, { least: 1, of: 'milliseconds' }),
    rounds: wholeNumber(env, 'BENCH_ROUNDS', 5, { least: 1, of: 'rounds' }),
    pipeline: wholeNumber(env, 'BENCH_PIPELINE', 16, { least: 2, of: 'commands' }),
    payloadBytes: wholeNumber(env, 'BENCH_PAYLOAD_BYTES', 64, { least: 16, of: 'bytes' }),
    redisBenchmark: nonEmpty(env, 'BENCH_REDIS_BENCHMARK', 'redis-benchmark'),
    outDir: nonEmpty(env, 'BENCH_OUT', 'reports/bench'),
  };
}
