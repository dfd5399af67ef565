import { spawn, spawnSync } from 'node:child_process';
import type { RedisServer } from '../support/server/server';
import { SettingError } from '../support/server/settings';
import { waitFor } from '../support/lib/waiting';
import type { StopList } from '../support/lib/stop_list';

export interface RedisBenchmarkRun {
  /** PUBLISHes it sent: whole pipelines, so `messages` rounded up to a multiple of the pipelining. */
  readonly messages: number;
  readonly perSecond: number;
  readonly p50Ms: number;
}

export function checkRedisBenchmark(bin: string): string {
  const run = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new SettingError(
      `BENCH_REDIS_BENCHMARK=${bin} does not run: install redis-benchmark (apt-get install redis-tools) or set BENCH_REDIS_BENCHMARK to its path.`,
    );
  }
  return run.stdout.trim();
}

/** `redis-benchmark -c 1 -n <messages> -P <pipeline> PUBLISH <channel> <payload>`: one connection, as the bench's publisher. */
export async function runRedisBenchmark(
  bin: string,
  server: RedisServer,
  publish: {
    readonly channel: string;
    readonly payload: string;
    readonly messages: number;
    readonly pipeline: number;
    readonly command?: 'PUBLISH' | 'SPUBLISH';
  },
  timeoutMs: number,
  cleanup: StopList,
): Promise<RedisBenchmarkRun> {
  const auth = server.password === undefined ? [] : ['-a', server.password];
  const args = [
    '-h',
    server.host,
    '-p',
    String(server.port),
    ...auth,
    '-c',
    '1',
    '-n',
    String(publish.messages),
    '-P',
    String(publish.pipeline),
  ];
  const command = publish.command ?? 'PUBLISH';
  const child = spawn(bin, [...args, '--csv', command, publish.channel, publish.payload], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = cleanup.add(() => void child.kill('SIGKILL'));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const code = await waitFor<number | null>(
      { timeoutMs, awaited: `redis-benchmark to publish ${publish.messages} messages`, seen: () => `it printed: ${output || 'nothing'}` },
      (settle) => {
        child.once('close', (exitCode) => settle.resolve(exitCode));
        child.once('error', (error) => settle.reject(error));
        return () => child.removeAllListeners('close');
      },
    );
    const row = new RegExp(`^"${command} [^"]*","([\\d.]+)","[\\d.]+","[\\d.]+","([\\d.]+)"`, 'm').exec(output);
    if (code !== 0 || !row) throw new Error(`redis-benchmark failed (exit ${code}): ${output.trim()}`);
    return {
      messages: Math.ceil(publish.messages / publish.pipeline) * publish.pipeline,
      perSecond: Number(row[1]),
      p50Ms: Number(row[2]),
    };
  } finally {
    child.kill('SIGKILL');
    stop();
  }
}
