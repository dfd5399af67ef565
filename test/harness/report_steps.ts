import type { HarnessWorld } from './harness_world';
import { DataTable, Status, Then, type ITestStepHookParameter } from '@cucumber/cucumber';
import { strict as assert } from 'node:assert';
import { shownAfter } from '../../support/report';

/** What an AfterStep hook is given at step `step` of a scenario of `steps` steps, which ended so. */
function afterStep(step: number, steps: number, status: (typeof Status)[keyof typeof Status]): ITestStepHookParameter {
  const ids = Array.from({ length: steps }, (_, index) => `step ${index + 1}`);
  return {
    pickle: { steps: ids.map((id) => ({ id })) },
    pickleStep: { id: `step ${step}` },
    result: { status },
  } as unknown as ITestStepHookParameter;
}

Then('the report shows nothing after step {int} of {int} that passed', function (this: HarnessWorld, step: number, steps: number) {
  assert.equal(shownAfter(this, afterStep(step, steps, Status.PASSED)), undefined);
});

Then(
  'after step {int} of {int} that passed, and after step {int} of {int} that failed, it shows the run and:',
  function (this: HarnessWorld, last: number, steps: number, failed: number, of: number, table: DataTable) {
    const windows = table.raw().map(([window = '', shown = '']) => ({ window, shown }));
    for (const step of [afterStep(last, steps, Status.PASSED), afterStep(failed, of, Status.FAILED)]) {
      const shown = shownAfter(this, step);
      assert.match(shown?.header ?? '', /^Redis (?:\d\S*|\(Valkey \S+\)), binary \S+ at 127\.0\.0\.1:\d+; sessions: ioredis, RESP[23]$/);
      assert.deepEqual(shown?.windows, windows);
    }
  },
);
