import { threadId } from 'node:worker_threads';
import { After, AfterAll, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { stopEverything } from './lib/stop_list';
import { disconnect } from './server/connect';
import { doneWithTheRun, exitWhenInterrupted } from './server/interruption';
import { currentRun, setRun } from './server/run';
import { readSettings } from './server/settings';
import { startFailure, startRun } from './server/start_run';
import type { TutorialWorld } from './tutorial_world';

const settings = loadSettings();
setDefaultTimeout(settings.waitTimeoutMs + 3000);
// In every thread: with --parallel, the main thread, which no hook runs in, is the one a signal reaches.
exitWhenInterrupted();

BeforeAll({ timeout: settings.startTimeoutMs + 10000 }, async function () {
  const run = await startRun(settings, `${process.pid}-${threadId}-${Date.now()}`).catch(stopThenExitWith);
  setRun(run);
  console.log(run.header);
});

After(async function (this: TutorialWorld) {
  await this.close();
});

/** The run's server is stopped with everything else the run started (stopOnExit); what could not be stopped fails the run. */
// Stryker disable all: what is left after the run only a process of its own can see; test/leaks.test.ts checks it
AfterAll(async function () {
  disconnect(currentRun().observer);
  setRun(undefined);
  const left = await stopEverything();
  doneWithTheRun();
  if (left.length > 0) throw new Error(`The run could not stop what it started: ${left.join('; ')}`);
});
// Stryker restore all

function loadSettings(): ReturnType<typeof readSettings> {
  try {
    return readSettings();
  } catch (error) {
    return exitWith(error);
  }
}

// Stryker disable all: ends the process, which only a process of its own can see: test/bad_input.test.ts and test/leaks.test.ts do
async function stopThenExitWith(error: unknown): Promise<never> {
  await stopEverything();
  return exitWith(error);
}

/** One line for the user, naming the setting and the fix; nothing is left running. */
function exitWith(error: unknown): never {
  process.stderr.write(`redis-pubsub-spec: ${startFailure(error)}\n`);
  process.exit(2);
}
// Stryker restore all
