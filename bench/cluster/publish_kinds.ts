import type { Percentiles } from '../durations';
import { Durations } from '../durations';
import type { Progress } from '../progress';
import { Publisher, type PublishCommand } from '../publisher';
import { runRedisBenchmark } from '../redis_benchmark';
import { serverTimeOfPublish } from '../server_time';
import type { BenchSettings } from '../settings';
import type { StopList } from '../../support/lib/stop_list';
import { pollUntil } from '../../support/lib/poll';
import { busSince, readBus, type BenchNode, type BusReading } from './nodes';

export const kinds: readonly PublishCommand[] = ['PUBLISH', 'SPUBLISH'];

/** One kind of publish with no subscriber, from the node that owns the channel's slot. */
export interface KindRun {
  readonly command: PublishCommand;
  readonly roundTripUs: Percentiles;
  /** The server's own time inside the command (INFO commandstats), mean over the series and its warm-up. */
  readonly serverUsPerCall: number;
  /** Each other node's bus, per message published: Pub/Sub messages and all bus messages received, bytes its process read. */
  readonly perMessageOnOtherNodes: ReadonlyArray<{
    readonly node: number;
    readonly pubsub: number;
    readonly allMessages: number;
    readonly bytesRead: number | null;
  }>;
}

export interface KindThroughput {
  readonly command: PublishCommand;
  readonly pipeline: number;
  readonly bench: number;
  readonly redisBenchmark: number;
  readonly rounds: readonly number[];
}

export interface Part {
  readonly settings: BenchSettings;
  readonly nodes: readonly BenchNode[];
  readonly owner: BenchNode;
  readonly channel: string;
  readonly payload: string;
  readonly cleanup: StopList;
  readonly progress: Progress;
  readonly timeoutMs: number;
}

/** Timed round trips of one kind, one at a time, and what every other node received over the bus meanwhile. */
export async function timeKind(part: Part, command: PublishCommand): Promise<KindRun> {
  const { settings, owner, nodes } = part;
  const others = nodes.filter((node) => node !== owner);
  const publisher = await Publisher.connect(owner.server, part.timeoutMs, command);
  const closePublisher = part.cleanup.add(() => publisher.close());
  try {
    const before = await Promise.all(others.map(readBus));
    const durations = new Durations();
    let published = 0;
    const { usPerCall } = await serverTimeOfPublish(
      owner.admin,
      async () => {
        for (let i = 0; i < settings.warmup + settings.messages; i++) {
          const reply = await publisher.publish(part.channel, part.payload);
          if (reply.receivers !== 0) throw new Error(`${command} reached ${reply.receivers} subscribers, where none was attached`);
          if (i >= settings.warmup) durations.record(reply.roundTripNs);
          published++;
          if (i % 100 === 0) part.progress.count(i, settings.warmup + settings.messages);
        }
      },
      command === 'PUBLISH' ? 'publish' : 'spublish',
    );
    const received = await afterFence(part, others, before, command === 'PUBLISH' ? published : 0);
    return {
      command,
      roundTripUs: durations.percentiles(),
      serverUsPerCall: usPerCall,
      perMessageOnOtherNodes: received.map((bus, index) => ({
        node: others[index]?.number ?? 0,
        pubsub: round((bus.publish - 1 + bus.publishShard) / published),
        allMessages: round((bus.allMessages - 1) / published),
        bytesRead: bus.bytesRead === null ? null : Math.round(bus.bytesRead / published),
      })),
    };
  } finally {
    publisher.close();
    closePublisher();
  }
}

/**
 * A classic message sent after the series reaches each other node after everything the series sent it
 * (one bus link a pair of nodes, in order): once each has it, the counts are final. Bounded polling:
 * CLUSTER INFO has no event. Returns each node's counts since `before`, the fence included.
 */
async function afterFence(part: Part, others: readonly BenchNode[], before: readonly BusReading[], classic: number): Promise<BusReading[]> {
  await part.owner.admin.publish(`${part.channel}:fence`, 'after the series');
  let readings: BusReading[] = [];
  await pollUntil(
    async () => {
      readings = await Promise.all(others.map(async (node, index) => busSince(before[index] ?? noBus, await readBus(node))));
      const short = readings.filter((bus) => bus.publish < classic + 1);
      return short.length === 0 ? undefined : `${short.length} node(s) have not received the fence; seen ${JSON.stringify(readings)}`;
    },
    { timeoutMs: part.timeoutMs, awaited: 'every other node to receive the message sent after the series', everyMs: 20 },
  );
  return readings;
}

/** Paired rounds: in each, both kinds from the bench's publisher, each followed by redis-benchmark sending as many the same way. */
export async function compareKinds(part: Part, pipeline: number): Promise<KindThroughput[]> {
  const { settings } = part;
  const publishers = await Promise.all(kinds.map((command) => Publisher.connect(part.owner.server, part.timeoutMs, command)));
  const close = part.cleanup.add(() => publishers.forEach((publisher) => publisher.close()));
  try {
    const ours = kinds.map(() => [] as number[]);
    const theirs = kinds.map(() => [] as number[]);
    for (let round = 1; round <= settings.rounds; round++) {
      part.progress.step(`  throughput, pipelining ${pipeline}, round ${round} of ${settings.rounds}`);
      for (const [index, command] of kinds.entries()) {
        const publisher = publishers.at(index);
        if (!publisher) continue;
        const flooded = await publisher.flood(part.channel, part.payload, pipeline, settings.throughputMs);
        ours[index]?.push(flooded.perSecond);
        const run = await runRedisBenchmark(
          settings.redisBenchmark,
          part.owner.server,
          { channel: part.channel, payload: part.payload, messages: flooded.messages, pipeline, command },
          part.timeoutMs,
          part.cleanup,
        );
        theirs[index]?.push(run.perSecond);
      }
    }
    return kinds.map((command, index) => ({
      command,
      pipeline,
      bench: Math.round(median(ours[index] ?? [])),
      redisBenchmark: Math.round(median(theirs[index] ?? [])),
      rounds: (ours[index] ?? []).map(Math.round),
    }));
  } finally {
    publishers.forEach((publisher) => publisher.close());
    close();
  }
}

const noBus: BusReading = { publish: 0, publishShard: 0, allMessages: 0, bytesRead: null };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
