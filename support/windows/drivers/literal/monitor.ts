import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { serverUrl, type RedisServer } from '../../../server/server';
import { type MonitorWindow } from '../../session';
import { monitorTranscript, parseMonitorLine } from '../../monitor/line';
import { waitFor } from '../../../lib/waiting';
import { pipesShowed } from '../../recording/recording';
import type { MonitorCode } from './code';
import { adopt, kill, withMark } from './processes';

/** The tutorial's Redis-CLI window: its `redis-cli`, pointed at the server under test with `-u`, and `MONITOR` typed into it. */
export class RedisCliMonitor implements MonitorWindow {
  readonly lines = monitorTranscript();
  private child: ChildProcessWithoutNullStreams | undefined;

  constructor(
    private readonly code: MonitorCode,
    private readonly server: RedisServer,
    private readonly timeoutMs: number,
  ) {}

  start(): Promise<void> {
    const [program = 'redis-cli', ...args] = this.code.command;
    // redis-cli 7.0 reads `redis://:password@` as an empty user name, which AUTH refuses: the password goes by its own variable.
    const { password } = this.server;
    const url = serverUrl({ ...this.server, password: undefined });
    const env = password === undefined ? process.env : { ...process.env, REDISCLI_AUTH: password };
    const child = spawn(program, ['-u', url, ...args], { stdio: 'pipe', env: withMark(env) });
    adopt(child);
    this.child = child;
    const shown: string[] = [];
    return waitFor<void>(
      {
        timeoutMs: this.timeoutMs,
        awaited: `${program} to answer ${this.code.input} with OK`,
        seen: () => `it printed: ${shown.join(' | ') || 'nothing'}`,
      },
      (settle) => {
        let watching = false;
        createInterface({ input: child.stdout }).on('line', (text) => {
          const line = watching ? parseMonitorLine(text) : undefined;
          if (line) this.lines.add(line);
          else if (!watching && text === 'OK') {
            watching = true;
            settle.resolve();
          } else shown.push(text);
        });
        createInterface({ input: child.stderr }).on('line', (text) => shown.push(text));
        child.on('error', (error) => settle.reject(new Error(`the monitor could not start ${program}: ${error.message}`)));
        child.on('exit', (code, signal) => {
          const reason = new Error(`${program} exited (${signal ?? `code ${code}`}); it printed: ${shown.join(' | ') || 'nothing'}`);
          this.lines.fail(reason);
          settle.reject(reason);
        });
        // A redis-cli that exits at once closes its input before this reaches it: its exit says why.
        child.stdin.on('error', () => {});
        child.stdin.write(`${this.code.input}\n`);
        pipesShowed(this.lines.owner, child, [program, '-u', url, ...args], this.code.input);
        return () => {};
      },
    );
  }

  async stop(): Promise<void> {
    if (this.child) await kill(this.child);
  }
}
