import { basename, join } from 'node:path';
import { After, Before, type ITestCaseHookParameter } from '@cucumber/cucumber';
import { startRecording, stopRecording, type Recording } from './windows/recording/recording';
import { writeRecorded } from './windows/recording/written';
import type { TutorialWorld } from './tutorial_world';

/** Where the literal driver's windows of each scenario are written, one folder a scenario, one `.cast` a window. */
export const literalRecordings = join(__dirname, '..', 'reports', 'literal');

let recording: Recording | undefined;

/** Each scenario's windows are recorded on a clock of its own, taken as it begins. */
Before(function () {
  recording = startRecording();
});

// Stryker disable all: what is written only a reader of reports/literal sees; test/recordings.test.ts reads it
After(function (this: TutorialWorld, { pickle }: ITestCaseHookParameter) {
  if (!recording) return;
  const recorded = stopRecording(recording);
  recording = undefined;
  if (this.run.settings.driver !== 'literal') return;
  const line = pickle.location?.line ?? 0;
  const name = pickle.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  writeRecorded(join(literalRecordings, basename(pickle.uri, '.feature'), `${line}-${name}`), recorded);
});
// Stryker restore all
