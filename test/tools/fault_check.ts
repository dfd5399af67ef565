/**
 * `npm run faults`: proves the spec is sensitive. The spec runs through a fault-injecting proxy
 * (REDIS_PROVIDER=url) in front of a real redis-server: with the proxy passing everything through
 * it must pass; with each fault of test/tools/faults.ts it must fail, on the scenarios that name the
 * broken claim. Prints a table fault -> failing scenarios; exits 1 when a fault was missed.
 * Arguments select faults by a part of their name.
 */
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

async function throughProxy(target: { host: string; port: number }, fault: Fault): Promise<SpecOutcome> {
  const proxy = await FaultProxy.start(target, fault);
  try {
    return await runScenarios({ REDIS_PROVIDER: 'url', REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, [], runTimeoutMs);
  } finally {
    await proxy.close();
  }
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
  const server = await startBinary(readSettings().serverBin, 10000);
  const target = { host: server.host, port: server.port };
  const rows: Row[] = [];
  try {
    const clean = await throughProxy(target, {});
    const scenarios = new Set(clean.scenarios.map((scenario) => scenario.name));
    const passes = clean.run.code === 0 && clean.failed.length === 0 && scenarios.size > 0;
    rows.push({
      fault: 'none: pass everything through',
      verdict: passes ? 'passes' : 'BROKEN',
      failing: clean.failed.map((scenario) => `${scenario.name}: ${scenario.failure ?? ''}`),
      note: passes ? `${scenarios.size} scenarios passed` : `the spec must pass through a faithful proxy ${clean.run.stderr.trim()}`,
    });
    for (const fault of cases) {
      const row = judge(fault, await throughProxy(target, fault.make()), scenarios);
      console.log(`${row.fault}: ${row.verdict}`);
      rows.push(row);
    }
    print(rows, scenarios);
  } finally {
    await server.stop();
    await stopEverything();
  }
  const failed = rows.filter((row) => row.verdict === 'MISSED' || row.verdict === 'BROKEN');
  console.log(
    `\n${rows.length - 1} faults: ${rows.filter((row) => row.verdict === 'caught').length} caught, ${failed.length} missed or broken`,
  );
  return failed.length === 0 ? 0 : 1;
}

check().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
