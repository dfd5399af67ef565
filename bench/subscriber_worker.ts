import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { resp } from '../support/windows/drivers/client/monitor';
import { waitFor } from '../support/lib/waiting';
import { MessageLayout } from './message_layout';
import type { Request, SubscriberEvent, SubscriberSetup } from './subscriber_protocol';

/*
 * The subscribers: real connections, on a thread of their own so that reading them does not delay the publisher.
 * Each counts the frames it reads; a timed message is reported once every reading subscriber has it.
 */

interface Subscriber {
  readonly socket: Socket;
  readonly clientId: number;
  received: number;
  leftover: Buffer | undefined;
  paused: boolean;
}

interface Spread {
  count: number;
  readonly firstNs: bigint;
  lastNs: bigint;
}

const setup = workerData as SubscriberSetup;
const layout = new MessageLayout(setup.channel, setup.payloadBytes);
const port = parentPort;
if (!port) throw new Error('subscriber_worker.ts runs as a worker thread of the bench');
const subscribers: Subscriber[] = [];
const spreads = new Map<number, Spread>();
const connectingAtOnce = 200;
const progressEveryMs = 200;
let readingCount = 0;
let awaited: { atLeast: number; reached: number; reportedAt: number } | undefined;

function post(event: SubscriberEvent): void {
  port?.postMessage(event);
}

function reading(): Subscriber[] {
  return subscribers.filter((subscriber) => !subscriber.paused);
}

port.on('message', (request: Request) => {
  handle(request).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
});

async function handle(request: Request): Promise<void> {
  switch (request.kind) {
    case 'attach': {
      const started = Date.now();
      while (subscribers.length < request.count) {
        const batch = Math.min(connectingAtOnce, request.count - subscribers.length);
        subscribers.push(...(await Promise.all(Array.from({ length: batch }, () => subscribe()))));
      }
      for (const subscriber of subscribers) subscriber.received = 0;
      readingCount = reading().length;
      post({ kind: 'attached', count: subscribers.length, ms: Date.now() - started });
      return;
    }
    case 'report-when':
      awaited = { atLeast: request.atLeast, reached: 0, reportedAt: 0 };
      for (const subscriber of reading()) if (subscriber.received >= request.atLeast) awaited.reached++;
      reportProgress();
      return;
    case 'pause': {
      const slow = subscribers.at(0);
      if (!slow) throw new Error('no subscriber to pause');
      slow.paused = true;
      slow.socket.pause();
      readingCount = reading().length;
      post({ kind: 'paused', clientId: slow.clientId });
      return;
    }
    case 'resume':
      subscribers.find((subscriber) => subscriber.paused)?.socket.resume();
      return;
  }
}

/** Every socket reads into this one buffer, and what a frame leaves over is copied out: no allocation per read. */
const readBuffer = Buffer.alloc(64 * 1024);

function subscribe(): Promise<Subscriber> {
  let onBytes: (bytes: Buffer) => void = () => {};
  const socket = connect({
    host: setup.host,
    port: setup.port,
    onread: {
      buffer: readBuffer,
      callback: (length) => {
        onBytes(readBuffer.subarray(0, length));
        return true;
      },
    },
  });
  socket.setNoDelay(true);
  const auth = setup.password === undefined ? '' : resp(['AUTH', setup.password]);
  const confirmation = Buffer.from(`*3\r\n$9\r\nsubscribe\r\n$${Buffer.byteLength(setup.channel)}\r\n${setup.channel}\r\n:1\r\n`);
  let read = Buffer.alloc(0);
  return waitFor<Subscriber>(
    {
      timeoutMs: setup.timeoutMs,
      awaited: `a subscriber to be confirmed on ${setup.channel}`,
      seen: () => `it read: ${JSON.stringify(read.toString('latin1')) || 'nothing'}`,
    },
    (settle) => {
      onBytes = (chunk) => {
        read = Buffer.concat([read, chunk]);
        const error = /^-([^\r]*)\r\n/m.exec(read.toString('latin1'));
        if (error) return settle.reject(new Error(`a subscriber was refused: ${error[1]}`));
        const end = read.indexOf(confirmation);
        if (end < 0) return;
        const id = /^(?:\+OK\r\n)?:(\d+)\r\n$/.exec(read.toString('latin1', 0, end))?.[1];
        if (id === undefined)
          return settle.reject(new Error(`a subscriber read an unexpected reply: ${JSON.stringify(read.toString('latin1'))}`));
        const subscriber: Subscriber = { socket, clientId: Number(id), received: 0, leftover: undefined, paused: false };
        const rest = read.subarray(end + confirmation.length);
        onBytes = (bytes) => receive(subscriber, bytes);
        let reason = 'the server closed the connection';
        socket.on('error', (error: Error) => (reason = error.message));
        socket.on('close', () => closed(subscriber, reason));
        if (rest.length > 0) receive(subscriber, rest);
        settle.resolve(subscriber);
      };
      const onError = (error: Error): void => settle.reject(new Error(`a subscriber could not connect: ${error.message}`));
      socket.once('error', onError);
      socket.write(auth + resp(['CLIENT', 'ID']) + resp(['SUBSCRIBE', setup.channel]));
      return () => socket.off('error', onError);
    },
  ).catch((error: unknown) => {
    socket.destroy();
    throw error;
  });
}

function receive(subscriber: Subscriber, chunk: Buffer): void {
  const now = process.hrtime.bigint();
  const data = subscriber.leftover ? Buffer.concat([subscriber.leftover, chunk]) : chunk;
  let offset = 0;
  for (; data.length - offset >= layout.frameBytes; offset += layout.frameBytes) {
    if (!layout.isFrameAt(data, offset)) {
      post({
        kind: 'failed',
        message: `subscriber ${subscriber.clientId} read an unexpected reply: ${JSON.stringify(data.toString('latin1', offset, offset + 60))}`,
      });
      subscriber.socket.destroy();
      return;
    }
    subscriber.received++;
    if (!subscriber.paused) {
      const seq = layout.seqAt(data, offset);
      if (seq !== undefined) spread(seq, now);
      if (awaited && subscriber.received === awaited.atLeast) awaited.reached++;
    }
  }
  subscriber.leftover = offset < data.length ? Buffer.from(data.subarray(offset)) : undefined;
  if (awaited) reportProgress();
}

function spread(seq: number, now: bigint): void {
  const seen = spreads.get(seq) ?? { count: 0, firstNs: now, lastNs: now };
  seen.count++;
  seen.lastNs = now;
  spreads.set(seq, seen);
  if (seen.count === readingCount) {
    spreads.delete(seq);
    post({ kind: 'fanout', seq, firstNs: seen.firstNs, lastNs: seen.lastNs });
  }
}

function reportProgress(): void {
  if (!awaited) return;
  const done = awaited.reached >= readingCount;
  if (!done && Date.now() - awaited.reportedAt < progressEveryMs) return;
  awaited.reportedAt = Date.now();
  const counts = reading().map((subscriber) => subscriber.received);
  post({ kind: 'received', min: counts.length > 0 ? Math.min(...counts) : 0, max: Math.max(0, ...counts), done });
  if (done) awaited = undefined;
}

function closed(subscriber: Subscriber, reason: string): void {
  post({ kind: 'closed', clientId: subscriber.clientId, paused: subscriber.paused, received: subscriber.received, reason });
}
