import { AfterStep, Status } from '@cucumber/cucumber';
import type { TutorialWorld } from './world';

/**
 * Where a scenario ends (its last step, or the step that did not pass), the report shows what it ran
 * against and what each of its windows showed, one attachment a window, named after the window.
 * Attached to that step rather than in an After hook, because the HTML report folds passed hooks away.
 */
AfterStep(function (this: TutorialWorld, { pickle, pickleStep, result }) {
  const last = pickle.steps.at(-1)?.id === pickleStep.id;
  if (!last && result.status === Status.PASSED) return;
  this.log(this.run.header);
  for (const { window, shown } of this.windowsShown()) this.attach(shown, { mediaType: 'text/plain', fileName: window });
});
