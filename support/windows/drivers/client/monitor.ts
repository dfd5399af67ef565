import { connect as connectSocket, type Socket } from 'node:net';
import { describeServer } from '../../../server/connect';
import type { RedisServer } from '../../../server/server';
import { type MonitorWindow } from '../../session';
import { monitorTranscript, parseMonitorLine } from '../../monitor/line';
import { waitFor } from '../../../lib/waiting';

/** MONITOR on a bare socket, so each line is the server's own text, exactly as redis-cli prints it. */
export class SocketMonitor implements MonitorWindow {
  readonly lines = monitorTranscript();
  private socket: Socket | undefined;

  constructor(
    private readonly server: RedisServer,
    private readonly timeoutMs: number,
  ) {}

  start(): Promise<void> {
    const socket = connectSocket({ host: this.server.host, port: this.server.port });
    this.socket = socket;
    const replies: string[] = [];
    return waitFor<void>(
      {
        timeoutMs: this.timeoutMs,
        awaited: 'the monitor to answer MONITOR with OK',
        seen: () => `it read: ${replies.join(' | ') || 'nothing'}`,
      },
      (settle) => {
        let pending = '';
        let watching = false;
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => {
          pending += chunk;
          const complete = pending.split('\r\n');
          pending = complete.pop() ?? '';
          for (const reply of complete) {
            if (watching) this.record(reply);
            else if (reply === '+OK') replies.push(reply);
            else settle.reject(new Error(`the monitor was refused by ${describeServer(this.server)}: ${reply}`));
            if (!watching && replies.length === this.expectedOks()) {
              watching = true;
              settle.resolve();
            }
          }
        });
        const lost = (error?: Error): void => {
          const reason = new Error(`it lost ${describeServer(this.server)}${error ? ` (${error.message})` : ''}`);
          this.lines.fail(reason);
          settle.reject(new Error(`the monitor could not start: ${reason.message}`));
        };
        socket.on('error', lost);
        socket.on('close', () => lost());
        socket.write(this.commands());
        return () => {};
      },
    );
  }

  stop(): Promise<void> {
    this.socket?.destroy();
    return Promise.resolve();
  }

  private record(reply: string): void {
    const line = reply.startsWith('+') ? parseMonitorLine(reply.slice(1)) : undefined;
    if (line) this.lines.add(line);
  }

  private commands(): string {
    const auth = this.server.password === undefined ? '' : resp(['AUTH', this.server.password]);
    return auth + resp(['MONITOR']);
  }

  private expectedOks(): number {
    return this.server.password === undefined ? 1 : 2;
  }
}

export function resp(args: readonly string[]): string {
  return `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;
}
