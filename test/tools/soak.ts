/**
 * `npm run soak`: runs the whole spec SOAK_RUNS times in a row (default 30), each run starting its
 * own Redis as `npm run spec` does, and prints how many runs failed and which scenarios.
 * Arguments after `--` go to cucumber-js. Exits 1 when any run failed.
 */
import { exitWhenWritten } from '../../support/lib/exit_when_written';
import { SettingError, wholeNumber } from '../../support/lib/setting';
import { runScenarios } from '../helpers/scenario_results';

function soakRuns(): number {
  try {
    return wholeNumber(process.env, 'SOAK_RUNS', 30, { least: 1, of: 'runs' });
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    process.stderr.write(`redis-pubsub-spec: ${error.message}\n`);
    process.exit(2);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function soak(): Promise<number> {
  const runs = soakRuns();
  const args = process.argv.slice(2);
  const failures = new Map<string, { times: number; first: string }>();
  const durations: number[] = [];
  let failedRuns = 0;
  for (let index = 1; index <= runs; index += 1) {
    const { run, scenarios, failed } = await runScenarios({}, args);
    durations.push(run.ms);
    const broken = run.code !== 0 || failed.length > 0 || scenarios.length === 0;
    if (broken) failedRuns += 1;
    for (const scenario of failed) {
      const seen = failures.get(scenario.name) ?? { times: 0, first: scenario.failure ?? '' };
      failures.set(scenario.name, { ...seen, times: seen.times + 1 });
    }
    const verdict = broken
      ? `FAILED (exit ${run.code ?? run.signal}): ${failed.map((scenario) => scenario.name).join('; ') || run.stderr.trim().split('\n')[0] || 'no scenario ran'}`
      : `passed ${scenarios.length} scenarios`;
    console.log(`run ${index}/${runs}: ${verdict} in ${seconds(run.ms)}`);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `\n${runs} runs, ${failedRuns} failed; a run took ${seconds(sorted[0] ?? 0)} to ${seconds(sorted.at(-1) ?? 0)}, median ${seconds(median)}`,
  );
  if (failures.size === 0) {
    console.log('no scenario failed');
  } else {
    console.log('scenarios that failed:');
    for (const [name, { times, first }] of failures) console.log(`  ${times}x ${name}\n      first failure: ${first}`);
  }
  return failedRuns === 0 ? 0 : 1;
}

soak().then(exitWhenWritten, (error: unknown) => {
  console.error(error);
  exitWhenWritten(2);
});
