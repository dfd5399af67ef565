import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RedisServer } from '../support/server/server';
import { Transcript } from '../support/windows/transcript';
import type { MessageLayout } from './message_layout';
import type { Request, SubscriberEvent, SubscriberSetup } from './subscriber_protocol';

export interface Fanout {
  readonly firstNs: bigint;
  readonly lastNs: bigint;
}

export interface Received {
  readonly min: number;
  readonly max: number;
}

/** N subscribers of one channel, on a thread of their own; waits end on what that thread reports. */
export class SubscriberPool {
  private readonly events = new Transcript<SubscriberEvent>('the subscribers', (event) => JSON.stringify(event, bigints));
  private pausedId: number | undefined;
  private lastSeq = 0;
  /** How many subscribers read their messages: the attached ones, less a paused one. */
  readers = 0;

  private constructor(
    private readonly worker: Worker,
    readonly layout: MessageLayout,
    private readonly timeoutMs: number,
  ) {
    worker.on('message', (event: SubscriberEvent) => {
      if (event.kind === 'failed') this.events.fail(new Error(event.message));
      else if (event.kind === 'closed' && !event.paused)
        this.events.fail(new Error(`subscriber ${event.clientId} lost its connection: ${event.reason}`));
      this.events.add(event);
    });
    worker.on('error', (error) => this.events.fail(error));
    worker.on('exit', (code) => this.events.fail(new Error(`their thread exited (code ${code})`)));
  }

  static start(server: RedisServer, layout: MessageLayout, timeoutMs: number): SubscriberPool {
    const setup: SubscriberSetup = {
      host: server.host,
      port: server.port,
      password: server.password,
      channel: layout.channel,
      payloadBytes: layout.payloadBytes,
      timeoutMs,
    };
    const code = `require(${JSON.stringify(require.resolve('ts-node/register/transpile-only'))}); require(${JSON.stringify(join(__dirname, 'subscriber_worker.ts'))});`;
    return new SubscriberPool(new Worker(code, { eval: true, workerData: setup }), layout, timeoutMs);
  }

  /** Resolves with the milliseconds it took once `count` subscribers are confirmed; every count starts again from zero. */
  async attach(count: number): Promise<number> {
    const from = this.events.entries.length;
    this.send({ kind: 'attach', count });
    const attached = await this.next(from, 'attached', `${count} subscribers to be confirmed`, Math.max(this.timeoutMs, count * 20));
    this.readers = attached.count;
    return attached.ms;
  }

  /** A number for the next timed message, higher than every one before. */
  nextSeq(): number {
    return ++this.lastSeq;
  }

  /** When the timed message `seq` reached the first and the last reading subscriber. */
  async fanout(seq: number): Promise<Fanout> {
    let found: Fanout | undefined;
    await this.events.until(
      (events) => {
        for (let i = events.length - 1; i >= 0; i--) {
          const event = events[i];
          if (event.kind !== 'fanout') continue;
          if (event.seq === seq) found = event;
          if (event.seq <= seq) break;
        }
        return found !== undefined;
      },
      `to all have message ${seq}`,
      this.timeoutMs,
      () => this.lastSeen(),
    );
    if (!found) throw new Error(`message ${seq} was reported, then lost`);
    return found;
  }

  /** Resolves once every reading subscriber has received `atLeast` messages since it was attached. */
  async received(atLeast: number): Promise<Received> {
    const from = this.events.entries.length;
    this.send({ kind: 'report-when', atLeast });
    const last = await this.next(from, 'received', `to have received ${atLeast} messages each`, this.timeoutMs, (event) => event.done);
    return { min: last.min, max: last.max };
  }

  /** One subscriber stops reading; resolves with its client id. */
  async pause(): Promise<number> {
    const from = this.events.entries.length;
    this.send({ kind: 'pause' });
    this.pausedId = (await this.next(from, 'paused', 'to pause one of them', this.timeoutMs)).clientId;
    this.readers--;
    return this.pausedId;
  }

  /** The paused subscriber reads what its socket holds; resolves with how many messages it had when the server closed it. */
  async resume(): Promise<number> {
    const from = this.events.entries.length;
    this.send({ kind: 'resume' });
    const closed = await this.next(from, 'closed', `subscriber ${this.pausedId} to be closed by the server`, this.timeoutMs);
    return closed.received;
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private send(request: Request): void {
    this.worker.postMessage(request);
  }

  private async next<K extends SubscriberEvent['kind']>(
    from: number,
    kind: K,
    awaited: string,
    timeoutMs: number,
    test: (event: Extract<SubscriberEvent, { kind: K }>) => boolean = () => true,
  ): Promise<Extract<SubscriberEvent, { kind: K }>> {
    const matches = (event: SubscriberEvent | undefined): event is Extract<SubscriberEvent, { kind: K }> =>
      event?.kind === kind && test(event as Extract<SubscriberEvent, { kind: K }>);
    let found: Extract<SubscriberEvent, { kind: K }> | undefined;
    await this.events.until(
      (events) => {
        found = events.slice(from).find(matches);
        return found !== undefined;
      },
      awaited,
      timeoutMs,
      () => this.lastSeen(),
    );
    if (!found) throw new Error(`${kind} was reported, then lost`);
    return found;
  }

  private lastSeen(): string {
    const last = this.events.entries.at(-1);
    return last ? `the last they said: ${JSON.stringify(last, bigints)}` : 'they said nothing';
  }
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
