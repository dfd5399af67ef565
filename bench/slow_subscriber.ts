import type { BenchContext } from './context';
import { MessageLayout } from './message_layout';
import type { SlowSubscriberRun, Stage } from './results';
import { SubscriberPool } from './subscriber_pool';
import { publishTimed, Recording, timePublishes } from './timed_publishes';

const subscribers = 10;
/** Large messages fill the paused subscriber's socket buffers, and then its output buffer, in a few thousand PUBLISHes. */
const payloadBytes = 1024;
/** Small, so the bench reaches it fast: a pubsub client whose output buffer passes 256 KiB is disconnected at once. */
const outputBufferLimit = 'pubsub 262144 0 0';
/** The paused stage ends when the server has disconnected the slow subscriber, or after this much. */
const mostPausedMessages = 100_000;
/** How often the server is asked for the slow subscriber's output buffer, in PUBLISHes. */
const sampleEvery = 25;

/**
 * One of `subscribers` stops reading. The publisher's round trips are timed while all read, while one does not,
 * and after the server has dropped it for passing its output buffer limit; the others must have every message.
 */
export async function slowSubscriber(context: BenchContext, channel: string): Promise<SlowSubscriberRun> {
  const { settings, progress, admin, cleanup } = context;
  const pool = SubscriberPool.start(context.server, new MessageLayout(channel, payloadBytes), context.timeoutMs);
  const closePool = cleanup.add(() => pool.close());
  progress.step(`slow subscriber: connecting ${subscribers} subscribers`);
  await pool.attach(subscribers);
  const configured = (await admin.config('GET', 'client-output-buffer-limit'))[1];
  const restore = cleanup.add(async () => {
    await admin.config('SET', 'client-output-buffer-limit', configured);
  });
  await admin.config('SET', 'client-output-buffer-limit', outputBufferLimit);

  progress.step(`slow subscriber: all ${subscribers} read`);
  const reading = await timePublishes(context.publisher, pool, settings, (done) => progress.count(done, settings.messages));

  const slowId = await pool.pause();
  progress.step(`slow subscriber: client ${slowId} stops reading; publishing until the server disconnects it`);
  const paused = new Recording();
  let peakOutputBufferBytes = 0;
  let disconnected = false;
  while (!disconnected && paused.published < mostPausedMessages) {
    const timing = await publishTimed(context.publisher, pool);
    paused.published++;
    disconnected = timing.receivers < subscribers;
    if (!disconnected) paused.add(timing);
    if (paused.published % sampleEvery === 0) {
      const bytes = await outputBuffer(context, slowId);
      peakOutputBufferBytes = Math.max(peakOutputBufferBytes, bytes);
      progress.status(`${paused.published} PUBLISHes, its output buffer ${bytes.toLocaleString('en-US')} bytes`);
    }
  }

  progress.step(`slow subscriber: the others go on`);
  const after = await timePublishes(context.publisher, pool, settings, (done) => progress.count(done, settings.messages));
  const published = reading.published + paused.published + after.published;
  const received = await pool.received(published);
  const slowReceived = disconnected ? await pool.resume() : 0;
  restore();
  await admin.config('SET', 'client-output-buffer-limit', configured);
  closePool();
  await pool.close();
  return {
    subscribers,
    payloadBytes,
    outputBufferLimit,
    stages: { reading: stage(reading), paused: stage(paused), disconnected: stage(after) },
    disconnected,
    peakOutputBufferBytes,
    slowReceived,
    others: { published, received },
  };
}

function stage(recording: Recording): Stage {
  return { messages: recording.roundTrip.count, roundTripUs: recording.roundTrip.percentiles(), receivers: recording.receivers };
}

/** The slow subscriber's output buffer as the server reports it, 0 once it is gone. */
async function outputBuffer(context: BenchContext, clientId: number): Promise<number> {
  const line = await context.admin.client('LIST', 'ID', String(clientId));
  return Number(/ omem=(\d+)/.exec(String(line))?.[1] ?? 0);
}
