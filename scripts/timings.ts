/**
 * `npm run timings`: what the everyday loop costs here. The floor (cucumber with the project's loader
 * and one empty step) and the spec (binary provider unless REDIS_* settings say otherwise) in turn,
 * TIMINGS_RUNS times each, with their medians and ratio; then each phase of `npm test`, once, with the
 * linters' caches cold and then warm.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SettingError, wholeNumber } from '../support/lib/setting';

const root = join(__dirname, '..');
const cucumber = join(root, 'node_modules', '.bin', 'cucumber-js');
const runs = timingsRuns();
const env = { ...process.env, FORCE_COLOR: '0', REDIS_PROVIDER: process.env.REDIS_PROVIDER ?? 'binary' };

/** Seconds of wall time that `command` took; it must succeed. */
function timed(what: string, command: string, args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(`timings: ${what} failed (exit ${run.status ?? run.signal ?? 'none'}):\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  return seconds;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (value: number): string => `${value.toFixed(2)} s`;

const floor: number[] = [];
const spec: number[] = [];
timed('a warm-up run of the floor', cucumber, ['--config', 'scripts/floor/cucumber.js']);
for (let run = 0; run < runs; run++) {
  floor.push(timed('the floor', cucumber, ['--config', 'scripts/floor/cucumber.js']));
  spec.push(timed('the spec', cucumber, ['--format', 'summary']));
}
const pairs = floor.map((f, index) => (spec[index] ?? 0) / f);
console.log(`Node ${process.version}, ${runs} runs each, ${env.REDIS_PROVIDER} provider`);
console.log(
  `floor, one empty step          median ${seconds(median(floor))}  (${seconds(Math.min(...floor))} to ${seconds(Math.max(...floor))})`,
);
console.log(
  `the spec                       median ${seconds(median(spec))}  (${seconds(Math.min(...spec))} to ${seconds(Math.max(...spec))})`,
);
console.log(`the spec over the floor        ${median(pairs).toFixed(2)}x  (the median of the runs' ratios)`);

console.log('\nthe phases of npm test, once each:');
const phase = (name: string, script: string): number => {
  const took = timed(`npm run ${script}`, 'npm', ['run', '--silent', script]);
  console.log(`  ${name.padEnd(38)} ${seconds(took).padStart(9)}`);
  return took;
};
rmSync(join(root, 'node_modules', '.cache', 'redis-pubsub-spec'), { recursive: true, force: true });
const cold = phase('lint, caches cold', 'lint');
const warm = phase('lint, caches warm', 'lint');
phase('spec:ci', 'spec:ci');
phase('spec:resp3', 'spec:resp3');
phase('test:harness', 'test:harness');
const coverage = phase('coverage (the three above under c8)', 'coverage');
console.log(`  ${'npm test = lint + coverage, cold'.padEnd(38)} ${seconds(cold + coverage).padStart(9)}`);
console.log(`  ${'npm test = lint + coverage, warm'.padEnd(38)} ${seconds(warm + coverage).padStart(9)}`);

function timingsRuns(): number {
  try {
    return wholeNumber(process.env, 'TIMINGS_RUNS', 7, { least: 1, of: 'runs' });
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`timings: ${error.message}`);
    process.exit(2);
  }
}
