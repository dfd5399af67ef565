import { spawn, type ChildProcess } from 'node:child_process';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';
import { waitFor } from '../waiting';
import { freeLoopbackPort } from './free_port';

const ready = 'Ready to accept connections';

export async function startBinary(serverBin: string, startTimeoutMs: number): Promise<RedisServer> {
  const port = await freeLoopbackPort();
  const child = spawn(serverBin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await waitFor<void>(
    { timeoutMs: startTimeoutMs, awaited: `${serverBin} to log "${ready}"`, seen: () => `it logged:\n${output.join('')}` },
    (settle) => {
      const onData = (chunk: Buffer): void => {
        output.push(chunk.toString());
        if (output.join('').includes(ready)) settle.resolve();
      };
      const onError = (error: NodeJS.ErrnoException): void =>
        settle.reject(
          error.code === 'ENOENT'
            ? new SettingError(
                `REDIS_SERVER_BIN=${serverBin} was not found: install Redis (apt-get install redis-server) or set REDIS_SERVER_BIN to redis-server's path.`,
              )
            : error,
        );
      const onExit = (code: number | null): void =>
        settle.reject(new Error(`${serverBin} exited (code ${code}) before it was ready; it logged:\n${output.join('')}`));
      child.stdout.on('data', onData);
      child.on('error', onError);
      child.on('exit', onExit);
      return () => {
        child.stdout.off('data', onData);
        child.off('error', onError);
        child.off('exit', onExit);
      };
    },
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    provider: 'binary',
    origin: serverBin,
    host: '127.0.0.1',
    port,
    password: undefined,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
