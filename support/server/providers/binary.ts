import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { stopOnExit } from '../../lib/stop_list';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';
import { waitFor, WaitTimeout, within } from '../../lib/waiting';
import { freeLoopbackPort } from './free_port';

const ready = 'Ready to accept connections';
const persistingNothing = ['--save', '', '--appendonly', 'no', '--dir', '/tmp'];
/** Redis acts on SIGTERM at its next timer tick: at 100 ticks a second it is gone in 10 ms, not 100. */
const stoppingAtOnce = ['--hz', '100'];

/** A redis-server's own options beside the spec's: a port already chosen, more arguments (a cluster node's). */
export interface BinaryOptions {
  readonly port?: number;
  readonly args?: readonly string[];
}

export async function startBinary(serverBin: string, startTimeoutMs: number, options: BinaryOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freeLoopbackPort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', ...persistingNothing, ...stoppingAtOnce, ...(options.args ?? [])];
  const child = spawnServer(serverBin, args);
  const release = stopOnExit(() => stopChild(child));
  const output: string[] = [];
  const lastLine = (): string => output.join('').trim().split('\n').pop()?.trim() ?? '';
  await waitFor<void>(
    { timeoutMs: startTimeoutMs, awaited: `${serverBin} to log "${ready}"`, seen: () => `it logged:\n${output.join('')}` },
    (settle) => {
      const onData = (chunk: Buffer): void => {
        output.push(chunk.toString());
        if (output.join('').includes(ready)) settle.resolve();
      };
      const onError = (error: NodeJS.ErrnoException): void => settle.reject(spawnFailure(error, serverBin));
      const onExit = (code: number | null): void =>
        settle.reject(
          new SettingError(
            `REDIS_SERVER_BIN=${serverBin} exited (code ${code}) before it was ready, ${lastLine() ? `logging "${lastLine()}"` : 'logging nothing'}: set REDIS_SERVER_BIN to a redis-server that runs.`,
          ),
        );
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', onError);
      // 'close', not 'exit': the process may exit before what it logged has been read.
      child.on('close', onExit);
      return () => {
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('error', onError);
        child.off('close', onExit);
      };
    },
  ).catch(async (error: unknown) => {
    await stopChild(child, 'SIGKILL');
    release();
    if (!(error instanceof WaitTimeout)) throw error;
    throw new SettingError(
      `SERVER_START_TIMEOUT_MS=${startTimeoutMs} passed before ${serverBin} was ready (it logged ${lastLine() ? `"${lastLine()}"` : 'nothing'}): raise SERVER_START_TIMEOUT_MS, or check REDIS_SERVER_BIN.`,
    );
  });
  return {
    provider: 'binary',
    origin: serverBin,
    host: '127.0.0.1',
    port,
    password: undefined,
    stop: async () => {
      await stopChild(child);
      release();
    },
  };
}

/** A path that is no file at all (ENOTDIR) fails at once, where one not found or not executable fails a moment later. */
function spawnServer(serverBin: string, args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
  try {
    return spawn(serverBin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw spawnFailure(error as NodeJS.ErrnoException, serverBin);
  }
}

function spawnFailure(error: NodeJS.ErrnoException, serverBin: string): SettingError {
  if (error.code === 'ENOENT') {
    return new SettingError(
      `REDIS_SERVER_BIN=${serverBin} was not found: install Redis (apt-get install redis-server) or set REDIS_SERVER_BIN to redis-server's path.`,
    );
  }
  return new SettingError(`REDIS_SERVER_BIN=${serverBin} cannot be run (${error.code}): set REDIS_SERVER_BIN to redis-server's path.`);
}

/** Resolves once the process has exited; one that ignores SIGTERM for a second is killed. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await within(exited, 1000, `${child.spawnfile} to exit on ${signal}`).catch(() => {
    child.kill('SIGKILL');
    return exited;
  });
}
