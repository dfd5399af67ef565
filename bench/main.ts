import { connect } from '../support/server/connect';
import { readSettings } from '../support/server/settings';
import { startServer } from '../support/server/start_server';
import type { BenchContext } from './context';
import { checkOpenFiles, ensureMaxclients } from './limits';
import { describeMachine, machineLine } from './machine';
import { measureSubscribers } from './measure_subscribers';
import { MessageLayout } from './message_layout';
import { Publisher } from './publisher';
import { checkRedisBenchmark } from './redis_benchmark';
import type { BenchResult, SubscriberRun } from './results';
import { runBench, type BenchRun } from './run_bench';
import { readBenchSettings } from './settings';
import { slowSubscriber } from './slow_subscriber';
import { SubscriberPool } from './subscriber_pool';
import { writeReports } from './write_reports';

/** The bound on every wait of the bench; a wait that passes it fails, naming what it awaited. */
const waitMs = 30_000;
/** The slow subscriber's part attaches ten subscribers of its own. */
const slowSubscribers = 10;

async function measure({ cleanup, progress }: BenchRun): Promise<void> {
  const started = new Date();
  const settings = readSettings();
  const bench = readBenchSettings();
  const most = Math.max(slowSubscribers, ...bench.subscribers);
  const openFiles = checkOpenFiles(most);
  const redisBenchmarkVersion = checkRedisBenchmark(bench.redisBenchmark);

  progress.step('starting Redis');
  const server = await startServer(settings, `bench-${process.pid}-${Date.now()}`);
  cleanup.add(() => server.stop());
  const admin = connect(server, 2, waitMs);
  admin.on('error', () => {});
  cleanup.add(() => admin.disconnect());
  await admin.connect();
  const machine = await describeMachine(admin, server);
  progress.step(`measuring on ${machineLine(machine)}`);
  const maxclients = await ensureMaxclients(admin, most, cleanup);
  progress.step(
    `limits: open files ${openFiles.openFiles ?? 'unknown'} (needs ${openFiles.needed}); maxclients ${maxclients.maxclients} (needs ${maxclients.maxclientsNeeded}${maxclients.maxclients === maxclients.maxclientsBefore ? '' : `, raised from ${maxclients.maxclientsBefore} for this run`})`,
  );
  const publisher = await Publisher.connect(server, waitMs);
  cleanup.add(() => publisher.close());
  const context: BenchContext = { settings: bench, server, admin, publisher, cleanup, progress, timeoutMs: waitMs };

  const channel = `bench:${process.pid}:${started.getTime()}`;
  const pool = SubscriberPool.start(server, new MessageLayout(channel, bench.payloadBytes), waitMs);
  const closePool = cleanup.add(() => pool.close());
  const runs: SubscriberRun[] = [];
  for (const subscribers of bench.subscribers) runs.push(await measureSubscribers(context, pool, subscribers));
  closePool();
  await pool.close();
  const slow = await slowSubscriber(context, `${channel}:slow`);

  const result: BenchResult = {
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    machine,
    loadAverageAtEnd: (await describeMachine(admin, server)).loadAverage,
    limits: { openFiles: openFiles.openFiles, openFilesNeeded: openFiles.needed, ...maxclients },
    settings: bench,
    redisBenchmarkVersion,
    runs,
    slowSubscriber: slow,
  };
  progress.step(`writing ${bench.outDir}`);
  const written = await writeReports(result, bench.outDir);
  progress.end();
  process.stdout.write(`${written.join('\n')}\n`);
}

runBench(measure);
