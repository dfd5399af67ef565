import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Check } from '../support/windows/drivers/literal/errata';
import { proposeFix } from '../support/windows/drivers/literal/fix';

const text = ['Session B prints `I heard it`.', 'Session C prints `I think...`.', 'Session A prints `=> 1`.'].join('\n');

function check(line: number, promised: string, printed: string[], borneOut = false): Check {
  return { section: '', line, window: 'session B', text: promised, block: 0, printed, borneOut };
}

describe('the fix errata proposes', () => {
  it('replaces a promise not borne out by the printed line that starts most like it, and leaves one borne out', () => {
    const fix = proposeFix(text, [
      check(1, 'I heard it', ['nothing like it', 'I heard [it] on channel [my_channel]', 'I hear']),
      check(2, 'I think...', ['I think so'], true),
    ]);
    assert.equal(fix.text, text.replace('`I heard it`', '`I heard [it] on channel [my_channel]`'));
    assert.deepEqual(fix.unfixed, []);
  });

  it('leaves, and names, a promise whose window printed nothing, or a line a code span cannot hold', () => {
    const nothing = check(1, 'I heard it', []);
    const backtick = check(3, '=> 1', ['=> `1`']);
    const fix = proposeFix(text, [nothing, backtick]);
    assert.equal(fix.text, text);
    assert.deepEqual(fix.unfixed, [nothing, backtick]);
  });
});
