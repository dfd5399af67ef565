/**
 * `npm run timings`: what the everyday loop and CI's slowest steps cost here. The floor (cucumber with the
 * project's loader and one empty step) and the spec (binary provider unless REDIS_* settings say otherwise)
 * in turn, TIMINGS_RUNS times each, with their medians and ratio; `npm test` twice, the linters' caches cold
 * then warm, with the harness's own duration and its slowest tests; then `npm run faults` and
 * `npm run test:browser`, CI's fault and browser steps; and, given CI_LOG, the log of a `.ci/run`, the time
 * each of its steps took. Arguments pick parts: ratio, test, faults, browser, ci. The machine's load is
 * printed with each part, as other work on it makes every figure longer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { exitWhenWritten } from '../support/lib/exit_when_written';
import { SettingError, wholeNumber } from '../support/lib/setting';

const root = join(__dirname, '..');
const cucumber = join(root, 'node_modules', '.bin', 'cucumber-js');
const runs = timingsRuns();
const parts = ['ratio', 'test', 'faults', 'browser', 'ci'] as const;
type Part = (typeof parts)[number];
const unknown = process.argv.slice(2).filter((part) => !(parts as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`timings: ${unknown.join(', ')} is not a part: pick from ${parts.join(', ')}, or name none for all.`);
  process.exit(2);
}
const picked = (part: Part): boolean => process.argv.length <= 2 || process.argv.includes(part);
const env = { ...process.env, FORCE_COLOR: '0', REDIS_PROVIDER: process.env.REDIS_PROVIDER ?? 'binary' };

interface Timed {
  readonly seconds: number;
  readonly output: string;
}

/** A command that failed, with what it printed. */
class Failed extends Error {}

/** How long `command` took, and what it printed; it must succeed. */
function timed(what: string, command: string, args: readonly string[]): Timed {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    throw new Failed(`timings: ${what} failed (exit ${run.status ?? run.signal ?? 'none'}):\n${run.stdout}${run.stderr}`);
  return { seconds, output: run.stdout + run.stderr };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (value: number): string => `${value.toFixed(1)} s`;
const row = (name: string, value: string): void => console.log(`  ${name.padEnd(44)} ${value.padStart(9)}`);
const load = (): string =>
  `load ${loadavg()
    .map((average) => average.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;

/** The top-level tests of node's test runner (spec reporter) with their durations, slowest first. */
function slowestTests(output: string): Array<[string, number]> {
  const durations = new Map<string, number>();
  for (const [, name = '', ms = '0'] of output.matchAll(/^[✔✖] (.+) \((\d+(?:\.\d+)?)ms\)$/gmu)) {
    if (name !== 'failing tests:') durations.set(name, Number(ms) / 1000);
  }
  return [...durations].sort(([, a], [, b]) => b - a);
}

/** Each part picked, in turn; a command that fails ends it, saying why. */
function main(): void {
  console.log(`Node ${process.version}, ${env.REDIS_PROVIDER} provider, ${load()}`);

  if (picked('ratio')) {
    const floor: number[] = [];
    const spec: number[] = [];
    timed('a warm-up run of the floor', cucumber, ['--config', 'scripts/floor/cucumber.js']);
    for (let run = 0; run < runs; run++) {
      floor.push(timed('the floor', cucumber, ['--config', 'scripts/floor/cucumber.js']).seconds);
      spec.push(timed('the spec', cucumber, ['--format', 'summary']).seconds);
    }
    const ratios = floor.map((f, index) => (spec[index] ?? 0) / f);
    const spread = (values: readonly number[]): string =>
      `median ${(median(values) * 1000).toFixed(0)} ms  (${(Math.min(...values) * 1000).toFixed(0)} to ${(Math.max(...values) * 1000).toFixed(0)} ms)`;
    console.log(`\nthe spec alone against the floor, ${runs} runs each in turn:`);
    console.log(`  floor, one empty step     ${spread(floor)}`);
    console.log(`  the spec                  ${spread(spec)}`);
    console.log(`  the spec over the floor   ${median(ratios).toFixed(2)}x  (the median of the runs' ratios)`);
  }

  if (picked('test')) {
    console.log(`\nnpm test, ${load()}:`);
    rmSync(join(root, 'node_modules', '.cache', 'redis-pubsub-spec'), { recursive: true, force: true });
    const cold = timed('npm test, caches cold', 'npm', ['test']);
    row('first run, the linters\u2019 caches cold', seconds(cold.seconds));
    const warm = timed('npm test, caches warm', 'npm', ['test']);
    row('second run, caches warm', seconds(warm.seconds));
    const harness = /^ℹ duration_ms (\d+(?:\.\d+)?)$/mu.exec(warm.output)?.[1];
    row('  of it, test:harness (its own duration)', harness === undefined ? 'not found' : seconds(Number(harness) / 1000));
    console.log('  the harness\u2019s slowest tests, second run:');
    for (const [name, took] of slowestTests(warm.output).slice(0, 8)) console.log(`    ${seconds(took).padStart(7)}  ${name}`);
  }

  if (picked('faults')) {
    console.log(`\nnpm run faults (CI's fault step), ${load()}:`);
    const faults = timed('npm run faults', 'npm', ['run', 'faults']);
    const verdict = /^\d+ faults: .*$/m.exec(faults.output)?.[0] ?? 'no verdict line';
    row(verdict, seconds(faults.seconds));
    const slowest = [...faults.output.matchAll(/^(.+): caught \((\d+(?:\.\d+)?) s\)$/gm)].sort((a, b) => Number(b[2]) - Number(a[2])).at(0);
    if (slowest) row(`  the slowest fault's run: ${slowest[1]}`, seconds(Number(slowest[2])));
  }

  if (picked('browser')) {
    console.log(`\nnpm run test:browser (CI's check of the HTML report), ${load()}:`);
    if (!existsSync(join(root, 'reports', 'cucumber.html'))) timed('npm run spec:ci', 'npm', ['run', 'spec:ci']);
    row('the report of npm run spec:ci in Chromium', seconds(timed('npm run test:browser', 'npm', ['run', 'test:browser']).seconds));
  }

  const ciLog = process.env.CI_LOG;
  if (picked('ci') && (ciLog || process.argv.includes('ci'))) {
    if (!ciLog)
      throw new Failed('timings: the ci part reads the log of a .ci/run: set CI_LOG to it, like .ci/run 2>&1 | tee ci.log; CI_LOG=ci.log.');
    console.log(`
.ci/run, each step's time as ${ciLog} says (the machine and load of that run):`);
    for (const [step, took] of ciSteps(ciLog)) console.log(`  ${String(took).padStart(5)} s  ${step}`);
  }
}

/** The steps of a `.ci/run` and their seconds, slowest first, from the table its log ends with; `in all` last. */
function ciSteps(log: string): Array<[string, number]> {
  let text: string;
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    throw new Failed(`timings: CI_LOG=${log} cannot be read: set it to the log of a .ci/run.`);
  }
  const table = text.split('\n== Time each step took\n').at(-1) ?? '';
  const steps = [...table.matchAll(/^ *(\d+) s {2}(.+)$/gm)].map(([, took = '0', step = '']): [string, number] => [step, Number(took)]);
  if (steps.length === 0) throw new Failed(`timings: CI_LOG=${log} holds no table of step times: is it the log of a .ci/run?`);
  const total = steps.filter(([step]) => step === 'in all');
  return [...steps.filter(([step]) => step !== 'in all').sort(([, a], [, b]) => b - a), ...total];
}

try {
  main();
} catch (error) {
  if (!(error instanceof Failed)) throw error;
  console.error(error.message);
  exitWhenWritten(1);
}

function timingsRuns(): number {
  try {
    return wholeNumber(process.env, 'TIMINGS_RUNS', 7, { least: 1, of: 'runs' });
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`timings: ${error.message}`);
    process.exit(2);
  }
}
