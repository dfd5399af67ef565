import type Redis from 'ioredis';
import { addressOf, connect, describeServer, disconnect } from '../../../server/connect';
import type { RedisServer } from '../../../server/server';
import { CommandRefused } from '../../command_refused';
import type { Extras, Reply, Session } from '../../session';
import { render } from '../../render';
import type { Protocol } from '../../../server/settings';
import { Notepad } from '../../notes';
import { Transcript } from '../../transcript';
import { messageOf } from '../../../lib/errors';

interface SlowTemplates {
  readonly busy: string;
  readonly done: string;
}

/** A session played by an ioredis connection, as the tutorial's irb plays it with redis-rb. */
export class ClientSession implements Session, Extras {
  readonly printed: Transcript<string>;
  readonly notes = new Notepad();
  readonly extras: Extras = this;
  address: string | undefined;
  private redis: Redis | undefined;
  private readonly templates = new Map<string, string>();
  private readonly patternTemplates = new Map<string, string>();
  private readonly slowTemplates = new Map<string, SlowTemplates>();
  private readonly shardTemplates = new Map<string, string>();
  private handling = Promise.resolve();
  private toldToGoOn: (() => void) | undefined;
  /** What the connection last reported: the cause behind ioredis's "Connection is closed." */
  private lastError: string | undefined;

  constructor(
    readonly name: string,
    private readonly server: RedisServer,
    private readonly protocol: Protocol,
    private readonly timeoutMs: number,
  ) {
    this.printed = new Transcript<string>(name, (line) => line);
  }

  start(): Promise<void> {
    return this.startSpeaking(this.protocol);
  }

  async startSpeaking(protocol: Protocol): Promise<void> {
    if (this.redis) throw new Error(`${this.name} has started already`);
    const redis = this.open(protocol);
    this.redis = redis;
    await this.attempt('connect', async () => {
      await redis.connect();
      this.address = await addressOf(redis);
    });
  }

  async subscribe(channel: string, template: string): Promise<void> {
    this.templates.set(channel, template);
    await this.attempt(`subscribe to ${channel}`, () => this.connection().subscribe(channel));
  }

  async psubscribe(pattern: string, template: string): Promise<void> {
    this.patternTemplates.set(pattern, template);
    await this.attempt(`subscribe to ${pattern}`, () => this.connection().psubscribe(pattern));
  }

  async ssubscribe(channel: string, template: string): Promise<void> {
    this.shardTemplates.set(channel, template);
    await this.attempt(`subscribe to the shard channel ${channel}`, () => this.connection().ssubscribe(channel));
  }

  /** Keeps printing what still arrives on `channel`: whatever Redis sends after its confirmation shows. */
  async unsubscribe(channel: string): Promise<void> {
    await this.attempt(`unsubscribe from ${channel}`, () => this.connection().unsubscribe(channel));
  }

  publish(channel: string, body: string): Promise<number> {
    return this.attempt(`publish to ${channel}`, () => this.connection().publish(channel, body));
  }

  publishBytes(channel: string, body: Uint8Array): Promise<number> {
    return this.attempt(`publish to ${channel}`, () => this.connection().publish(channel, Buffer.from(body)));
  }

  ping(): Promise<string> {
    return this.attempt('ping', () => this.connection().ping());
  }

  async run(command: readonly string[]): Promise<Reply> {
    const [name = '', ...args] = command;
    const outcome = await this.attempt(`run ${name}`, () =>
      this.unguarded(() => this.connection().call(name, ...args)).then(
        (reply) => ({ reply: reply as Reply }),
        (error: unknown) => {
          if (error instanceof Error && error.name === 'ReplyError') return { refusal: error.message };
          throw error;
        },
      ),
    );
    if ('refusal' in outcome) throw new CommandRefused(outcome.refusal);
    return outcome.reply;
  }

  async subscribeSlowly(channel: string, busy: string, done: string): Promise<void> {
    this.slowTemplates.set(channel, { busy, done });
    await this.attempt(`subscribe to ${channel}`, () => this.connection().subscribe(channel));
  }

  goOn(): Promise<void> {
    const goOn = this.toldToGoOn;
    if (!goOn) return Promise.reject(new Error(`${this.name} was told to go on, but is busy with no message; ${this.printed.describe()}`));
    this.toldToGoOn = undefined;
    goOn();
    return Promise.resolve();
  }

  stop(): Promise<void> {
    if (this.redis) disconnect(this.redis);
    return Promise.resolve();
  }

  private open(protocol: Protocol): Redis {
    const redis = connect(this.server, protocol, this.timeoutMs);
    redis.on('error', (error: Error) => (this.lastError = error.message));
    redis.on('end', () => this.printed.fail(new Error(`it lost ${describeServer(this.server)}`)));
    redis.on('messageBuffer', (channel: Buffer, body: Buffer) => {
      const slow = this.slowTemplates.get(channel.toString());
      if (slow) this.handleSlowly(slow, channel, body);
      else this.print(this.templates.get(channel.toString()), channel, body);
    });
    redis.on('smessageBuffer', (channel: Buffer, body: Buffer) =>
      this.print(this.shardTemplates.get(channel.toString()) ?? 'unexpected shard message [#{body}] on [#{channel}]', channel, body),
    );
    redis.on('pmessageBuffer', (pattern: string, channel: Buffer, body: Buffer) =>
      this.print(this.patternTemplates.get(pattern), channel, body),
    );
    return redis;
  }

  /** A message on a channel the session never subscribed to is printed too, so that it cannot pass unseen. */
  private print(template: string | undefined, channel: Buffer, body: Buffer): void {
    this.printed.add(render(template ?? 'unexpected message [#{body}] on channel [#{channel}]', channel.toString(), body));
  }

  /** One message at a time, as irb runs the subscribe block: the next waits until this one is done. */
  private handleSlowly(templates: SlowTemplates, channel: Buffer, body: Buffer): void {
    this.handling = this.handling.then(async () => {
      this.print(templates.busy, channel, body);
      await new Promise<void>((resolve) => (this.toldToGoOn = resolve));
      this.print(templates.done, channel, body);
    });
  }

  private connection(): Redis {
    if (!this.redis) throw new Error(`${this.name} has not started an IRB session yet`);
    return this.redis;
  }

  /**
   * In RESP2, ioredis itself refuses every command but (un)subscribe, ping and quit on a subscribed
   * connection, before Redis sees it. Lift that guard for one command, so that a refusal is Redis's own.
   */
  private unguarded<T>(send: () => Promise<T>): Promise<T> {
    const condition = this.connection().condition;
    const subscriber = condition?.subscriber ?? false;
    if (condition) condition.subscriber = false;
    try {
      return send();
    } finally {
      if (condition) condition.subscriber = subscriber;
    }
  }

  private async attempt<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      const reason = messageOf(error);
      const cause = this.lastError && this.lastError !== reason ? ` (${this.lastError})` : '';
      throw new Error(`${this.name} could not ${what} on ${describeServer(this.server)}: ${reason}${cause}`, { cause: error });
    }
  }
}
