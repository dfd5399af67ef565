import { Durations, type Percentiles } from '../durations';
import { MessageLayout } from '../message_layout';
import { Publisher } from '../publisher';
import { SubscriberPool } from '../subscriber_pool';
import type { Part } from './publish_kinds';

/** Fan-out of classic PUBLISH from node 1 to subscribers all on node 1, or spread evenly over every node. */
export interface FanoutRun {
  readonly placement: 'on the publisher’s node' | 'spread over the nodes';
  readonly subscribers: number;
  /** From the PUBLISH until the last subscriber, wherever it is, had the message. */
  readonly lastUs: Percentiles;
  readonly roundTripUs: Percentiles;
  /** What PUBLISH replied: only the subscribers on node 1 count. */
  readonly receivers: { readonly min: number; readonly max: number };
  /** Timed and warm-up messages published; every subscriber must have received each. */
  readonly published: number;
  readonly received: { readonly min: number; readonly max: number };
}

export async function spreadFanout(part: Part, placement: FanoutRun['placement'], subscribers: number): Promise<FanoutRun> {
  const { nodes, settings } = part;
  const publisherNode = nodes.at(0);
  if (!publisherNode) throw new Error('the cluster has no node');
  const places = placement === 'spread over the nodes' ? nodes : [publisherNode];
  const channel = `${part.channel}:fanout:${placement === 'spread over the nodes' ? 'spread' : 'local'}`;
  const pools = places.map((node) => ({
    node,
    pool: SubscriberPool.start(node.server, new MessageLayout(channel, settings.payloadBytes), part.timeoutMs),
  }));
  const closePools = part.cleanup.add(() => Promise.all(pools.map(({ pool }) => pool.close())).then(() => {}));
  const publisher = await Publisher.connect(publisherNode.server, part.timeoutMs);
  const closePublisher = part.cleanup.add(() => publisher.close());
  try {
    const shares = places.map((_, index) => Math.floor(subscribers / places.length) + (index < subscribers % places.length ? 1 : 0));
    await Promise.all(pools.map(({ pool }, index) => pool.attach(shares[index] ?? 0)));
    const last = new Durations();
    const roundTrip = new Durations();
    let fewest = Number.POSITIVE_INFINITY;
    let most = 0;
    let published = 0;
    for (let i = 0; i < settings.warmup + settings.messages; i++) {
      const seqs = pools.map(({ pool }) => pool.nextSeq());
      const seq = seqs[0] ?? 0;
      if (seqs.some((other) => other !== seq)) throw new Error(`the subscribers' pools disagree on the message number: ${seqs.join(', ')}`);
      const layout = pools.at(0)?.pool.layout;
      if (!layout) throw new Error('no subscriber pool');
      const reply = await publisher.publish(channel, layout.timed(seq));
      published++;
      const arrivals = await Promise.all(pools.filter(({ pool }) => pool.readers > 0).map(({ pool }) => pool.fanout(seq)));
      const lastNs = arrivals.reduce((latest, arrival) => (arrival.lastNs > latest ? arrival.lastNs : latest), reply.sentNs);
      if (i < settings.warmup) continue;
      last.record(Number(lastNs - reply.sentNs));
      roundTrip.record(reply.roundTripNs);
      fewest = Math.min(fewest, reply.receivers);
      most = Math.max(most, reply.receivers);
      if (i % 100 === 0) part.progress.count(i, settings.warmup + settings.messages);
    }
    const received = await Promise.all(pools.filter(({ pool }) => pool.readers > 0).map(({ pool }) => pool.received(published)));
    return {
      placement,
      subscribers,
      lastUs: last.percentiles(),
      roundTripUs: roundTrip.percentiles(),
      receivers: { min: fewest, max: most },
      published,
      received: { min: Math.min(...received.map((range) => range.min)), max: Math.max(...received.map((range) => range.max)) },
    };
  } finally {
    publisher.close();
    closePublisher();
    await Promise.all(pools.map(({ pool }) => pool.close()));
    closePools();
  }
}
