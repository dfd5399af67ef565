import { messageOf } from '../support/lib/errors';
import { stopThenExitOnSignal } from '../support/lib/exit_on_signal';
import { exitWhenWritten } from '../support/lib/exit_when_written';
import { StopList, stopEverything } from '../support/lib/stop_list';
import { SettingError } from '../support/server/settings';
import { Progress } from './progress';

const name = 'redis-pubsub-bench';

/** What a bench's measuring gets: a list of what it started, stopped however it ends, and its progress on stderr. */
export interface BenchRun {
  readonly cleanup: StopList;
  readonly progress: Progress;
}

/**
 * Runs a bench and ends the process: 0 once it measured and stopped everything, 1 when it failed or could not stop
 * something, 2 on a bad setting, 130 or 143 on a signal. Whatever it started is stopped on every way out.
 */
export function runBench(measure: (run: BenchRun) => Promise<void>): void {
  const cleanup = new StopList();
  const progress = new Progress();
  let interrupted = false;
  const stopAll = async (): Promise<string[]> => [...(await cleanup.stopAll()), ...(await stopEverything())];
  stopThenExitOnSignal({ name, started: 'the bench' }, () => {
    interrupted = true;
    progress.end();
    return stopAll();
  });
  measure({ cleanup, progress }).then(
    async () => {
      const failures = await cleanup.stopAll();
      for (const failure of failures) process.stderr.write(`${name}: could not clean up: ${failure}\n`);
      exitWhenWritten(failures.length === 0 ? 0 : 1);
    },
    async (error: unknown) => {
      if (interrupted) return;
      progress.end();
      await stopAll();
      process.stderr.write(`${name}: ${error instanceof SettingError ? messageOf(error) : `failed: ${messageOf(error)}`}\n`);
      exitWhenWritten(error instanceof SettingError ? 2 : 1);
    },
  );
}
