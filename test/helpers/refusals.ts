import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { type Env, SettingError } from '../../support/lib/setting';

/** A wrong setting, and how the line that refuses it starts: `[{ BENCH_ROUNDS: 'x' }, 'BENCH_ROUNDS=x']`. */
export type Wrong = readonly [Record<string, string>, string];

/** A test for each wrong setting: `read` refuses it with a SettingError of one line that starts by naming it. */
export function refusesEach(read: (env: Env) => unknown, wrong: readonly Wrong[]): void {
  for (const [env, named] of wrong) {
    it(`refuses ${JSON.stringify(env)} in one line naming it`, () => {
      assert.throws(
        () => read(env),
        (error: unknown) => error instanceof SettingError && error.message.startsWith(named) && !error.message.includes('\n'),
      );
    });
  }
}
