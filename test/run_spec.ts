import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..');
const cucumber = join(root, 'node_modules', '.bin', 'cucumber-js');

export interface SpecRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the spec as a user would, with these settings on top of the environment. */
export function runSpec(env: Record<string, string>, args: readonly string[] = [], timeoutMs = 60000): Promise<SpecRun> {
  const started = Date.now();
  const child = spawn(cucumber, ['--format', 'summary', ...args], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
