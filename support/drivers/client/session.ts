import type Redis from 'ioredis';
import { addressOf, connect, describeServer } from '../../connect';
import type { RedisServer } from '../../server';
import { render, type Session } from '../../session';
import type { Protocol } from '../../settings';
import { Transcript } from '../../transcript';

/** A session played by an ioredis connection, as the tutorial's irb plays it with redis-rb. */
export class ClientSession implements Session {
  readonly printed: Transcript<string>;
  address: string | undefined;
  private readonly redis: Redis;
  private readonly templates = new Map<string, string>();
  /** What the connection last reported: the cause behind ioredis's "Connection is closed." */
  private lastError: string | undefined;

  constructor(
    readonly name: string,
    private readonly server: RedisServer,
    protocol: Protocol,
    timeoutMs: number,
  ) {
    this.printed = new Transcript<string>(name, (line) => line);
    this.redis = connect(server, protocol, timeoutMs);
    this.redis.on('error', (error: Error) => (this.lastError = error.message));
    this.redis.on('end', () => this.printed.fail(new Error(`it lost ${describeServer(server)}`)));
    this.redis.on('message', (channel: string, body: string) => {
      const template = this.templates.get(channel);
      if (template !== undefined) this.printed.add(render(template, channel, body));
    });
  }

  async start(): Promise<void> {
    await this.attempt('connect', async () => {
      await this.redis.connect();
      this.address = await addressOf(this.redis);
    });
  }

  async subscribe(channel: string, template: string): Promise<void> {
    this.templates.set(channel, template);
    await this.attempt(`subscribe to ${channel}`, () => this.redis.subscribe(channel));
  }

  publish(channel: string, body: string): Promise<number> {
    return this.attempt(`publish to ${channel}`, () => this.redis.publish(channel, body));
  }

  ping(): Promise<string> {
    return this.attempt('ping', () => this.redis.ping());
  }

  stop(): Promise<void> {
    this.redis.disconnect();
    return Promise.resolve();
  }

  private async attempt<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const cause = this.lastError && this.lastError !== reason ? ` (${this.lastError})` : '';
      throw new Error(`${this.name} could not ${what} on ${describeServer(this.server)}: ${reason}${cause}`, { cause: error });
    }
  }
}
