import { existsSync, readFileSync } from 'node:fs';

/** The pids a fixture server appended to its REDIS_PID_FILE. */
export function recordedPids(pidFile: string): number[] {
  return existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n').filter(Boolean).map(Number) : [];
}

/** Whether a process runs; one that exited but was not yet reaped (a zombie) is gone. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}
