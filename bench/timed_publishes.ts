import { Durations } from './durations';
import type { Publisher } from './publisher';
import type { SubscriberPool } from './subscriber_pool';

export interface Timing {
  readonly receivers: number;
  readonly roundTripNs: number;
  /** From the PUBLISH until the last reading subscriber had the message, and from the first to the last; none without readers. */
  readonly fanout: { readonly lastNs: number; readonly spreadNs: number } | undefined;
}

/** One timed PUBLISH; the next one is sent only once every reading subscriber has this one, so that none waits behind another. */
export async function publishTimed(publisher: Publisher, pool: SubscriberPool): Promise<Timing> {
  const seq = pool.nextSeq();
  const published = await publisher.publish(pool.layout.channel, pool.layout.timed(seq));
  if (pool.readers === 0) return { receivers: published.receivers, roundTripNs: published.roundTripNs, fanout: undefined };
  const { firstNs, lastNs } = await pool.fanout(seq);
  return {
    receivers: published.receivers,
    roundTripNs: published.roundTripNs,
    fanout: { lastNs: Number(lastNs - published.sentNs), spreadNs: Number(lastNs - firstNs) },
  };
}

/** What a series of timed PUBLISHes showed. */
export class Recording {
  readonly roundTrip = new Durations();
  readonly fanout = new Durations();
  readonly spread = new Durations();
  published = 0;
  private fewest = Number.POSITIVE_INFINITY;
  private most = 0;

  add(timing: Timing): void {
    this.roundTrip.record(timing.roundTripNs);
    if (timing.fanout) {
      this.fanout.record(timing.fanout.lastNs);
      this.spread.record(timing.fanout.spreadNs);
    }
    this.fewest = Math.min(this.fewest, timing.receivers);
    this.most = Math.max(this.most, timing.receivers);
  }

  /** The least and most receivers PUBLISH reported. */
  get receivers(): { readonly min: number; readonly max: number } {
    return { min: this.fewest, max: this.most };
  }
}

export interface Series {
  readonly warmup: number;
  readonly messages: number;
  /** The timed PUBLISHes stop after this even if fewer than `messages` were sent; the warm-up after a tenth of it. */
  readonly timedMs: number;
}

/** A warm-up not recorded, then the timed PUBLISHes, each bounded by a count and a time. */
export async function timePublishes(
  publisher: Publisher,
  pool: SubscriberPool,
  series: Series,
  progress: (done: number) => void,
): Promise<Recording> {
  const recording = new Recording();
  const warmupEnds = Date.now() + series.timedMs / 10;
  for (let i = 0; i < series.warmup && Date.now() < warmupEnds; i++) {
    await publishTimed(publisher, pool);
    recording.published++;
  }
  const ends = Date.now() + series.timedMs;
  for (let i = 0; i < series.messages && Date.now() < ends; i++) {
    recording.add(await publishTimed(publisher, pool));
    recording.published++;
    progress(i + 1);
  }
  return recording;
}
