import type { BenchContext } from './context';
import type { Range, SubscriberRun, Throughput, ThroughputComparison } from './results';
import { runRedisBenchmark } from './redis_benchmark';
import type { SubscriberPool } from './subscriber_pool';
import { serverTimeOfPublish } from './server_time';
import { timePublishes } from './timed_publishes';

/** With `subscribers` attached: PUBLISH round trips and fan-out, then throughput against redis-benchmark's. */
export async function measureSubscribers(context: BenchContext, pool: SubscriberPool, subscribers: number): Promise<SubscriberRun> {
  const { settings, progress } = context;
  progress.step(`N=${subscribers}: connecting subscribers`);
  const attachMs = await pool.attach(subscribers);
  const memory = { serverBytes: await usedMemory(context), benchRssBytes: process.memoryUsage().rss };
  progress.step(`N=${subscribers}: timing PUBLISHes`);
  const { result: timed, usPerCall } = await serverTimeOfPublish(context.admin, () =>
    timePublishes(context.publisher, pool, settings, (done) => progress.count(done, settings.messages)),
  );
  const channel = new Delivered(pool, timed.published);
  const throughput: ThroughputComparison[] = [];
  for (const pipeline of [1, settings.pipeline]) throughput.push(await compareThroughput(context, pool, channel, pipeline));
  return {
    subscribers,
    attachMs,
    memory,
    publish: { roundTripUs: timed.roundTrip.percentiles(), serverUsPerCall: usPerCall, receivers: timed.receivers },
    fanout: subscribers === 0 ? null : { lastUs: timed.fanout.percentiles(), spreadUs: timed.spread.percentiles() },
    throughput,
    delivery: { published: channel.published, received: await channel.received() },
  };
}

/** Rounds of the bench's publisher, each followed by redis-benchmark publishing as many messages the same way. */
async function compareThroughput(
  context: BenchContext,
  pool: SubscriberPool,
  channel: Delivered,
  pipeline: number,
): Promise<ThroughputComparison> {
  const { settings, progress, publisher } = context;
  const ours: number[] = [];
  const theirs: number[] = [];
  const theirP50s: number[] = [];
  let ourMessages = 0;
  let theirMessages = 0;
  for (let round = 1; round <= settings.rounds; round++) {
    progress.step(`N=${pool.readers}: throughput, pipelining ${pipeline}, round ${round} of ${settings.rounds}`);
    const flooded = await publisher.flood(pool.layout.channel, pool.layout.untimed(), pipeline, settings.throughputMs);
    if (flooded.receivers.min !== pool.readers || flooded.receivers.max !== pool.readers) {
      throw new Error(`PUBLISH reached ${flooded.receivers.min} to ${flooded.receivers.max} subscribers, not the ${pool.readers} attached`);
    }
    ours.push(flooded.perSecond);
    ourMessages += flooded.messages;
    await channel.add(flooded.messages);
    const run = await runRedisBenchmark(
      settings.redisBenchmark,
      context.server,
      { channel: pool.layout.channel, payload: pool.layout.foreign(), messages: flooded.messages, pipeline },
      context.timeoutMs,
      context.cleanup,
    );
    theirs.push(run.perSecond);
    theirP50s.push(run.p50Ms);
    theirMessages += run.messages;
    await channel.add(run.messages);
  }
  const bench = throughput(ours, ourMessages);
  const redisBenchmark = { ...throughput(theirs, theirMessages), p50Ms: median(theirP50s) };
  const ratios = bench.rounds.map((ours, round) => ours / (redisBenchmark.rounds[round] ?? Number.NaN));
  return { pipeline, bench, redisBenchmark, ratio: Math.round(median(ratios) * 1000) / 1000 };
}

/** Counts what was published on the channel, and waits for every subscriber to have it before the next round starts. */
class Delivered {
  constructor(
    private readonly pool: SubscriberPool,
    public published: number,
  ) {}

  async add(messages: number): Promise<void> {
    this.published += messages;
    await this.received();
  }

  async received(): Promise<Range> {
    return this.pool.readers === 0 ? { min: 0, max: 0 } : this.pool.received(this.published);
  }
}

async function usedMemory(context: BenchContext): Promise<number> {
  return Number(/^used_memory:(\d+)/m.exec(await context.admin.info('memory'))?.[1] ?? Number.NaN);
}

function throughput(rounds: number[], messages: number): Throughput {
  return { rounds: rounds.map(Math.round), median: Math.round(median(rounds)), messages };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
