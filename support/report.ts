import { AfterStep, Status, type ITestStepHookParameter } from '@cucumber/cucumber';
import type { TutorialWorld } from './tutorial_world';
import { castFileName } from './windows/recording/asciicast';
import { currentRecording } from './windows/recording/recording';
import { castsOf } from './windows/recording/transcripts';

/** What the report shows at a step: the run's header, then each window by name, with what it showed. */
export interface Shown {
  readonly header: string;
  readonly windows: ReadonlyArray<{ readonly window: string; readonly shown: string }>;
}

/**
 * Where a scenario ends (its last step, or the step that did not pass), the report shows what it ran
 * against and what each of its windows showed, one attachment a window, named after the window, and
 * each window's recording, what it showed and when (`session B.cast`, to play with asciinema), as bytes: a
 * console's report names it in one line instead of printing it.
 * Attached to that step rather than in an After hook, because the HTML report folds passed hooks away.
 */
export function shownAfter(world: TutorialWorld, { pickle, pickleStep, result }: ITestStepHookParameter): Shown | undefined {
  const last = pickle.steps.at(-1)?.id === pickleStep.id;
  if (!last && result.status === Status.PASSED) return undefined;
  return { header: world.run.header, windows: world.windowsShown() };
}

// Stryker disable all: what cucumber does with an attachment only the report shows; test/report.test.ts and the browser check read it
AfterStep(function (this: TutorialWorld, step) {
  const shown = shownAfter(this, step);
  if (!shown) return;
  this.log(shown.header);
  for (const { window, shown: text } of shown.windows) this.attach(text, { mediaType: 'text/plain', fileName: window });
  const recording = currentRecording();
  if (!recording) return;
  for (const cast of castsOf(recording, this.monitorIfOpen, this.openSessions()))
    this.attach(Buffer.from(cast.text), { mediaType: 'application/x-asciicast', fileName: castFileName(cast.window) });
});
// Stryker restore all
