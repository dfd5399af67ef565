import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { killAtExit } from '../../../lib/stop_list';

/**
 * Every process the literal driver started and that still runs. Whatever ends the spec's process
 * (the end of a run, a failure, Ctrl-C), they are killed with it, their children first: irb runs
 * under `script` in a session of its own, and outlives `script` if left alone.
 */
const running = new Set<ChildProcess>();
/** What each process had started once it ran: irb outlives `script` when a Ctrl-C ends `script` first. */
const started = new Map<ChildProcess, number[]>();

/**
 * Every process the driver starts carries this run's mark in its environment, and so does what it
 * starts: an irb that `script` had not yet shown as its child when `script` was killed is found by it.
 */
const markName = 'REDIS_PUBSUB_SPEC_LITERAL_RUN';
const mark = String(process.pid);

/** How long the process, as it exits, keeps killing what carries its mark until nothing does. */
const goneWithinMs = 2000;

killAtExit(() => {
  for (const child of running) killTree(child.pid);
  for (const pids of started.values()) pids.forEach(killTree);
  killMarkedUntilGone();
});

/** The environment for a process the driver starts: `env` with this run's mark. */
export function withMark(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, [markName]: mark };
}

export function adopt(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/**
 * Ends the process and resolves when it exited. Its children go first, so that it reaps them and
 * exits by itself: `script` does once its irb is gone, and no zombie is left.
 */
export function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    (started.get(child) ?? []).forEach(killTree);
    started.delete(child);
    return Promise.resolve();
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const children = childrenOf(child.pid);
  if (children.length === 0) killTree(child.pid);
  for (const pid of children) killTree(pid);
  return exited.then(() => {
    started.delete(child);
  });
}

/** Remembers what the process has started by now, to be killed with the run even if the process is gone first. */
export function adoptWhatItStarted(child: ChildProcess): void {
  if (child.pid !== undefined) started.set(child, descendantsOf(child.pid));
}

// Stryker disable all: a mutant here can signal pid 0, the mutation run's own process group, and end it; test/literal.test.ts checks that no process is left
function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  for (const child of childrenOf(pid)) killTree(child);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

/**
 * A killed process is gone a moment later, and a `script` killed as it started its irb leaves that irb running:
 * what carries the mark is killed again until nothing does, or the bound passes and what is left is named.
 */
function killMarkedUntilGone(): void {
  const deadline = Date.now() + goneWithinMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let left = marked();
  while (left.length > 0 && Date.now() < deadline) {
    left.forEach(killTree);
    Atomics.wait(pause, 0, 0, 5);
    left = marked();
  }
  if (left.length > 0) process.stderr.write(`redis-pubsub-spec: left running after ${goneWithinMs} ms: ${left.join(', ')}\n`);
}

function marked(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`${markName}=${mark}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
// Stryker restore all
