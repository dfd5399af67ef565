import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Transcript } from '../support/windows/transcript';
import { WaitTimeout } from '../support/lib/waiting';

/** How steps wait: for the entry they need, bounded, failing with what was awaited and what was seen. */
describe('a transcript', () => {
  it('resolves a wait when the awaited entry arrives', async () => {
    const printed = new Transcript<string>('session B', (line) => line);
    const heard = printed.until((lines) => lines.includes('I heard [x]'), 'to print "I heard [x]"', 1000);
    printed.add('I heard [x]');
    await heard;
    assert.deepEqual(printed.entries, ['I heard [x]']);
  });

  it('times out naming what it awaited and showing what it saw', async () => {
    const printed = new Transcript<string>('session B', (line) => line);
    printed.add('I heard [y]');
    await assert.rejects(
      printed.until((lines) => lines.includes('I heard [x]'), 'to print "I heard [x]"', 50),
      (error: unknown) =>
        error instanceof WaitTimeout &&
        error.message === 'Waited 50 ms for session B to print "I heard [x]"; session B showed:\n  I heard [y]',
    );
  });

  it('ends a wait at once when the window fails, with the failure', async () => {
    const printed = new Transcript<string>('session B', (line) => line);
    const heard = printed.until(() => false, 'to print anything', 60000);
    printed.fail(new Error('it lost the server'));
    await assert.rejects(heard, /^Error: Awaited session B to print anything, but it lost the server; session B showed nothing$/);
  });
});
