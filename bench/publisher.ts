import { connect, type Socket } from 'node:net';
import { describeServer } from '../support/server/connect';
import { resp } from '../support/windows/drivers/client/monitor';
import type { RedisServer } from '../support/server/server';
import { waitFor, type Settle } from '../support/lib/waiting';

export interface Published {
  readonly receivers: number;
  /** process.hrtime when the command was written, ns. */
  readonly sentNs: bigint;
  readonly roundTripNs: number;
}

export interface Flooded {
  readonly messages: number;
  readonly perSecond: number;
  readonly receivers: { readonly min: number; readonly max: number };
}

type OnReply = (line: string, atNs: bigint) => void;

export type PublishCommand = 'PUBLISH' | 'SPUBLISH';

/**
 * One publisher connection speaking RESP on a bare socket, as lean as redis-benchmark's, so that what is
 * measured is the server, not a client library: one PUBLISH at a time, or batches of `pipeline` written at once.
 */
export class Publisher {
  private onReply: OnReply | undefined;
  private onLost: ((error: Error) => void) | undefined;
  private unread = '';

  private constructor(
    private readonly socket: Socket,
    private readonly server: RedisServer,
    private readonly timeoutMs: number,
    private readonly command: PublishCommand,
  ) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => this.read(chunk));
    const lost = (error?: Error): void =>
      this.onLost?.(new Error(`the publisher lost ${describeServer(server)}${error ? `: ${error.message}` : ''}`));
    socket.on('error', lost);
    socket.on('close', () => lost());
  }

  /** `command` is PUBLISH, or SPUBLISH (Redis 7.0's sharded Pub/Sub) on a cluster node that owns the channel's slot. */
  static async connect(server: RedisServer, timeoutMs: number, command: PublishCommand = 'PUBLISH'): Promise<Publisher> {
    const socket = connect({ host: server.host, port: server.port });
    socket.setNoDelay(true);
    const publisher = new Publisher(socket, server, timeoutMs, command);
    await publisher.exchange<void>(`${describeServer(server)} to answer the publisher's PING`, timeoutMs, (settle) => {
      const expected = server.password === undefined ? ['+PONG'] : ['+OK', '+PONG'];
      publisher.onReply = (line) => {
        if (line !== expected.shift()) settle.reject(new Error(`the publisher was refused by ${describeServer(server)}: ${line}`));
        else if (expected.length === 0) settle.resolve();
      };
      const auth = server.password === undefined ? '' : resp(['AUTH', server.password]);
      socket.write(auth + resp(['PING']));
    });
    return publisher;
  }

  publish(channel: string, payload: string): Promise<Published> {
    const command = resp([this.command, channel, payload]);
    return this.exchange(`${this.command} to ${channel} to be answered`, this.timeoutMs, (settle) => {
      const sentNs = process.hrtime.bigint();
      this.onReply = (line, atNs) => {
        const receivers = this.integer(line, settle);
        if (receivers !== undefined) settle.resolve({ receivers, sentNs, roundTripNs: Number(atNs - sentNs) });
      };
      this.socket.write(command);
    });
  }

  /** Publishes `payload` for `durationMs`, `pipeline` commands at a time, each batch written once the last is answered. */
  flood(channel: string, payload: string, pipeline: number, durationMs: number): Promise<Flooded> {
    const batch = Buffer.from(resp([this.command, channel, payload]).repeat(pipeline));
    return this.exchange(`${durationMs} ms of ${this.command} to ${channel} to be answered`, durationMs + this.timeoutMs, (settle) => {
      const startNs = process.hrtime.bigint();
      const endNs = startNs + BigInt(durationMs) * 1_000_000n;
      let messages = 0;
      let unanswered = 0;
      let min = Number.POSITIVE_INFINITY;
      let max = 0;
      const send = (): void => {
        messages += pipeline;
        unanswered = pipeline;
        this.socket.write(batch);
      };
      this.onReply = (line, atNs) => {
        const receivers = this.integer(line, settle);
        if (receivers === undefined) return;
        min = Math.min(min, receivers);
        max = Math.max(max, receivers);
        if (--unanswered > 0) return;
        if (atNs < endNs) return send();
        settle.resolve({ messages, perSecond: messages / (Number(atNs - startNs) / 1e9), receivers: { min, max } });
      };
      send();
    });
  }

  close(): void {
    this.onLost = undefined;
    this.socket.destroy();
  }

  private exchange<T>(awaited: string, timeoutMs: number, start: (settle: Settle<T>) => void): Promise<T> {
    return waitFor<T>({ timeoutMs, awaited, seen: () => `unread: ${JSON.stringify(this.unread)}` }, (settle) => {
      this.onLost = (error) => settle.reject(error);
      start(settle);
      return () => {
        this.onReply = undefined;
        this.onLost = undefined;
      };
    });
  }

  private read(chunk: string): void {
    const atNs = process.hrtime.bigint();
    this.unread += chunk;
    let start = 0;
    for (let end = this.unread.indexOf('\r\n'); end >= 0; end = this.unread.indexOf('\r\n', start)) {
      const line = this.unread.slice(start, end);
      start = end + 2;
      this.onReply?.(line, atNs);
    }
    this.unread = this.unread.slice(start);
  }

  private integer<T>(line: string, settle: Settle<T>): number | undefined {
    if (/^:\d+$/.test(line)) return Number(line.slice(1));
    settle.reject(new Error(`${this.command} on ${describeServer(this.server)} answered ${line}`));
    return undefined;
  }
}
