/**
 * `npm run faults`: proves the spec is sensitive. The spec runs through a fault-injecting proxy
 * (REDIS_PROVIDER=url) in front of a real redis-server: with the proxy passing everything through
 * it must pass; with each fault of test/tools/faults.ts it must fail, on the scenarios that name the
 * broken claim. Prints a table fault -> failing scenarios; exits 1 when a fault was missed.
 * Arguments select faults by a part of their name. The faults run FAULTS_AT_ONCE at a time, each on
 * a server and a proxy of its own, as Pub/Sub is global to a server.
 */
import { availableParallelism } from 'node:os';
import { exitWhenWritten } from '../../support/lib/exit_when_written';
import { SettingError, wholeNumber } from '../../support/lib/setting';
import { stopEverything } from '../../support/lib/stop_list';
import { startBinary } from '../../support/server/providers/binary';
import { readSettings } from '../../support/server/settings';
import { FaultProxy, type Fault } from './fault_proxy';
import { faultCases, type FaultCase } from './faults';
import { runScenarios, type SpecOutcome } from '../helpers/scenario_results';

interface Row {
  readonly fault: string;
  readonly verdict: 'passes' | 'caught' | 'not claimed yet' | 'MISSED' | 'BROKEN';
  readonly failing: readonly string[];
  readonly note: string;
}

const runTimeoutMs = 180000;

/**
 * A faulty run spends most of its time waiting out WAIT_TIMEOUT_MS on what the fault withheld, not on a
 * core (all 26 at 8 at a time on 2 cores: 40 s of CPU in 90 s): by default four runs a core.
 */
function runsAtOnce(): number {
  try {
    return wholeNumber(process.env, 'FAULTS_AT_ONCE', 4 * availableParallelism(), { least: 1, of: 'runs' });
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`faults: ${error.message}`);
    return process.exit(2);
  }
}

/** The spec through a proxy with this fault, in front of a redis-server of its own. */
async function throughProxy(fault: Fault): Promise<SpecOutcome> {
  const server = await startBinary(readSettings().serverBin, 10000);
  try {
    const proxy = await FaultProxy.start({ host: server.host, port: server.port }, fault);
    try {
      return await runScenarios({ REDIS_PROVIDER: 'url', REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, [], runTimeoutMs);
    } finally {
      await proxy.close();
    }
  } finally {
    await server.stop();
  }
}

/** `work` on each item, `atOnce` at a time; the results in the items' order. A failure ends it once the runs under way are done. */
async function eachAtOnce<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  const failure = ended.find((worker) => worker.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

function judge(fault: FaultCase, outcome: SpecOutcome, scenarios: ReadonlySet<string>): Row {
  const failing = outcome.failed.map((scenario) => scenario.name);
  const row = { fault: fault.name, failing };
  const unknown = fault.caughtBy.filter((name) => !scenarios.has(name));
  if (unknown.length > 0) return { ...row, verdict: 'BROKEN', note: `no such scenario: ${unknown.join('; ')}` };
  if (outcome.scenarios.length === 0) return { ...row, verdict: 'BROKEN', note: `no scenario ran: ${outcome.run.stderr.trim()}` };
  const missed = fault.caughtBy.filter((name) => !failing.includes(name));
  if (missed.length > 0) return { ...row, verdict: 'MISSED', note: `these should have failed: ${missed.join('; ')}` };
  if (fault.caughtBy.length === 0) return { ...row, verdict: 'not claimed yet', note: `breaks "${fault.breaks}"; no scenario names it` };
  return { ...row, verdict: 'caught', note: '' };
}

function print(rows: readonly Row[], scenarios: ReadonlySet<string>): void {
  const width = Math.max(...rows.map((row) => row.fault.length));
  console.log(`\n${'fault'.padEnd(width)}  ${'verdict'.padEnd(15)}  failing scenarios`);
  for (const row of rows) {
    const [first = '(none)', ...rest] = row.failing;
    console.log(`${row.fault.padEnd(width)}  ${row.verdict.padEnd(15)}  ${first}`);
    for (const name of rest) console.log(`${''.padEnd(width + 19)}${name}`);
    if (row.note) console.log(`${''.padEnd(width + 19)}-> ${row.note}`);
  }
  const faultRows = rows.slice(1);
  console.log('\nscenario -> the faults it catches');
  for (const scenario of scenarios) {
    const caught = faultRows.filter((row) => row.failing.includes(scenario)).map((row) => row.fault);
    console.log(`  ${scenario}: ${caught.length > 0 ? caught.join('; ') : 'NONE: does it assert anything the faults can break?'}`);
  }
  const named = new Set(faultCases.flatMap((fault) => fault.caughtBy));
  const unnamed = [...scenarios].filter((name) => !named.has(name));
  if (unnamed.length > 0)
    console.log(`\nscenarios no fault names as its catcher (add one to test/tools/faults.ts):\n  ${unnamed.join('\n  ')}`);
}

async function check(): Promise<number> {
  const filters = process.argv.slice(2);
  const cases = faultCases.filter((fault) => filters.length === 0 || filters.some((part) => fault.name.includes(part)));
  const atOnce = runsAtOnce();
  const rows: Row[] = [];
  try {
    const clean = await throughProxy({});
    const scenarios = new Set(clean.scenarios.map((scenario) => scenario.name));
    const passes = clean.run.code === 0 && clean.failed.length === 0 && scenarios.size > 0;
    rows.push({
      fault: 'none: pass everything through',
      verdict: passes ? 'passes' : 'BROKEN',
      failing: clean.failed.map((scenario) => `${scenario.name}: ${scenario.failure ?? ''}`),
      note: passes ? `${scenarios.size} scenarios passed` : `the spec must pass through a faithful proxy ${clean.run.stderr.trim()}`,
    });
    console.log(`${cases.length} faults, ${atOnce} at a time:`);
    const judged = await eachAtOnce(cases, atOnce, async (fault) => {
      const outcome = await throughProxy(fault.make());
      const row = judge(fault, outcome, scenarios);
      console.log(`${row.fault}: ${row.verdict} (${(outcome.run.ms / 1000).toFixed(1)} s)`);
      return row;
    });
    rows.push(...judged);
    print(rows, scenarios);
  } finally {
    await stopEverything();
  }
  const failed = rows.filter((row) => row.verdict === 'MISSED' || row.verdict === 'BROKEN');
  console.log(
    `\n${rows.length - 1} faults: ${rows.filter((row) => row.verdict === 'caught').length} caught, ${failed.length} missed or broken`,
  );
  return failed.length === 0 ? 0 : 1;
}

check().then(exitWhenWritten, (error: unknown) => {
  console.error(error);
  exitWhenWritten(2);
});
