import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { waitFor } from '../../support/lib/waiting';

export const root = join(__dirname, '..', '..');

/** How many spec runs a test file starts at once: one a core, as each run's loading keeps a core busy. */
export const runsAtOnce = { concurrency: availableParallelism() };
const cucumber = join(root, 'node_modules', '.bin', 'cucumber-js');

export interface SpecRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** A run of the spec under way: its process, what it printed so far, and how it ended. */
export interface RunningSpec {
  readonly process: ChildProcessByStdio<null, Readable, Readable>;
  readonly ended: Promise<SpecRun>;
  /** Resolves once the run printed `text` on stdout. */
  printed(text: string, timeoutMs?: number): Promise<void>;
}

/** Starts the spec as a user would, with these settings on top of the environment; killed after `timeoutMs`. */
export function startSpec(env: Record<string, string>, args: readonly string[] = [], timeoutMs = 60000): RunningSpec {
  return startCommand(cucumber, ['--format', 'summary', ...args], { FORCE_COLOR: '0', ...env }, timeoutMs);
}

/** Starts a command in the project's folder, with these settings on top of the environment; killed after `timeoutMs`. */
export function startCommand(command: string, args: readonly string[], env: Record<string, string>, timeoutMs = 60000): RunningSpec {
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const ended = new Promise<SpecRun>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  const printed = (text: string, waitMs = timeoutMs): Promise<void> =>
    waitFor<void>(
      { timeoutMs: waitMs, awaited: `the run to print "${text}"`, seen: () => `it printed:\n${stdout}\n${stderr}` },
      (settle) => {
        const check = (): void => {
          if (stdout.includes(text)) settle.resolve();
        };
        const gone = (): void => settle.reject(new Error(`the run ended before it printed "${text}":\n${stdout}\n${stderr}`));
        child.stdout.on('data', check);
        child.on('close', gone);
        check();
        return () => {
          child.stdout.off('data', check);
          child.off('close', gone);
        };
      },
    );
  return { process: child, ended, printed };
}

/** Runs the spec as a user would, with these settings on top of the environment. */
export function runSpec(env: Record<string, string>, args: readonly string[] = [], timeoutMs = 60000): Promise<SpecRun> {
  return startSpec(env, args, timeoutMs).ended;
}

/** What a shell reports of a command a signal ended: 128 plus the signal's number. */
const signalCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/** Sends the run `signal`, and checks that it ends within `withinMs`, as a shell reports a command that signal ended. */
export async function assertStopsOn(spec: RunningSpec, signal: keyof typeof signalCodes, withinMs: number): Promise<SpecRun> {
  const sent = Date.now();
  spec.process.kill(signal);
  const run = await spec.ended;
  const afterSignalMs = Date.now() - sent;
  assert.equal(run.code, signalCodes[signal], run.stderr);
  assert.ok(afterSignalMs < withinMs, `ended ${afterSignalMs} ms after ${signal}`);
  return run;
}
