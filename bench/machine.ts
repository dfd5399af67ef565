import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type Redis from 'ioredis';
import type { RedisServer } from '../support/server/server';

/** What every figure is stated with: the machine, the Node and the Redis it was measured on. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly redis: string;
  readonly provider: string;
  readonly origin: string;
  /** 1, 5 and 15 minute load averages when the bench started: others' work on the machine makes figures noisy. */
  readonly loadAverage: readonly number[];
}

export async function describeMachine(admin: Redis, server: RedisServer): Promise<Machine> {
  const info = await admin.info('server');
  const field = (name: string): string | undefined => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const valkey = field('valkey_version');
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    redis: valkey ? `Valkey ${valkey}` : `Redis ${field('redis_version') ?? 'of unknown version'}`,
    provider: server.provider,
    origin: server.origin,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.redis} (${machine.provider} ${machine.origin}), load ${machine.loadAverage.join(' ')}`;
}
