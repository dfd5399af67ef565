import { After, AfterAll, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { exitWhenInterrupted, stopEverything } from './cleanup';
import { currentRun, setRun } from './run';
import { readSettings } from './settings';
import { startFailure, startRun } from './start_run';
import type { TutorialWorld } from './world';

const settings = loadSettings();
setDefaultTimeout(settings.waitTimeoutMs + 3000);

BeforeAll({ timeout: settings.startTimeoutMs + 10000 }, async function () {
  exitWhenInterrupted();
  try {
    const run = await startRun(settings, `${process.pid}-${Date.now()}`);
    setRun(run);
    console.log(run.header);
  } catch (error) {
    await stopEverything();
    exitWith(error);
  }
});

After(async function (this: TutorialWorld) {
  await this.close();
});

AfterAll(async function () {
  const run = currentRun();
  setRun(undefined);
  run.observer.disconnect();
  try {
    await run.server.stop();
  } finally {
    await stopEverything();
  }
});

function loadSettings(): ReturnType<typeof readSettings> {
  try {
    return readSettings();
  } catch (error) {
    return exitWith(error);
  }
}

/** One line for the user, naming the setting and the fix; nothing is left running. */
function exitWith(error: unknown): never {
  process.stderr.write(`redis-pubsub-spec: ${startFailure(error)}\n`);
  process.exit(2);
}
