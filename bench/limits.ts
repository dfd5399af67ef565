import { readFileSync } from 'node:fs';
import type Redis from 'ioredis';
import { SettingError } from '../support/server/settings';
import type { StopList } from '../support/lib/stop_list';

export interface Limits {
  /** This process's soft limit on open files, where the system tells it (Linux's /proc). */
  readonly openFiles: number | undefined;
  readonly openFilesNeeded: number;
  readonly maxclientsBefore: number;
  readonly maxclients: number;
  readonly maxclientsNeeded: number;
}

/** Connections the bench opens besides its subscribers: publisher, admin, redis-benchmark's two, and room to spare. */
const otherConnections = 16;

export function checkOpenFiles(subscribers: number): { openFiles: number | undefined; needed: number } {
  const needed = subscribers + otherConnections + 64;
  const openFiles = openFilesLimit();
  if (openFiles !== undefined && openFiles < needed) {
    throw new SettingError(
      `BENCH_SUBSCRIBERS up to ${subscribers} needs ${needed} open files, but this process may open ${openFiles}: raise the limit (ulimit -n ${needed}; npm run bench raises it to the hard limit) or lower BENCH_SUBSCRIBERS.`,
    );
  }
  return { openFiles, needed };
}

/** Raises the server's maxclients when it is too low for the subscribers, and puts it back at the end. */
export async function ensureMaxclients(
  admin: Redis,
  subscribers: number,
  cleanup: StopList,
): Promise<Omit<Limits, 'openFiles' | 'openFilesNeeded'>> {
  const needed = subscribers + otherConnections;
  const before = Number((await admin.config('GET', 'maxclients'))[1]);
  if (before >= needed) return { maxclientsBefore: before, maxclients: before, maxclientsNeeded: needed };
  try {
    await admin.config('SET', 'maxclients', String(needed));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SettingError(
      `BENCH_SUBSCRIBERS up to ${subscribers} needs maxclients ${needed}, and the server refused to raise it from ${before} (${reason}): raise its open files limit or lower BENCH_SUBSCRIBERS.`,
    );
  }
  cleanup.add(async () => {
    await admin.config('SET', 'maxclients', String(before));
  });
  return { maxclientsBefore: before, maxclients: needed, maxclientsNeeded: needed };
}

function openFilesLimit(): number | undefined {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    return soft === undefined ? undefined : Number(soft);
  } catch {
    return undefined;
  }
}
