import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Check } from '../errata/errata';
import { applyPatch } from 'diff';
import { asPatch, proposeFix } from '../errata/fix';

const text = ['Session B prints `I heard it`.', 'Session C prints `I think...`.', 'Session A prints `=> 1`.'].join('\n');

function check(line: number, promised: string, printed: string[], borneOut = false): Check {
  return { section: '', line, window: 'session B', text: promised, block: 0, printed, borneOut, reading: '', evidence: [] };
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

describe('the fix errata proposes for the redis-cli window', () => {
  it('leaves, and names, words about the window: no code span holds a MONITOR line', () => {
    const words = 'Observe that in the redis-CLI terminal window, you see two subscribers added.';
    const monitor: Check = { ...check(1, 'two subscribers added', ['session B: "subscribe" "my_channel"']), window: 'the monitor' };
    const fix = proposeFix(words, [monitor]);
    assert.equal(fix.text, words);
    assert.deepEqual(fix.unfixed, [monitor]);
  });
});

const numbered = (count: number, end: string): string => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join('\n') + end;

describe('the fix as a patch', () => {
  it('is empty when nothing changed', () => {
    assert.equal(asPatch('doc.md', 'a\n', 'a\n'), '');
  });

  it('names the file as git apply reads it, and gives changes far apart a hunk each', () => {
    const before = numbered(30, '\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 6\n', 'line six\n').replace('line 25\n', 'line 25!\n');
    const patch = asPatch('docs/doc.md', before, after);
    assert.deepEqual(patch.split('\n').slice(0, 2), ['--- a/docs/doc.md', '+++ b/docs/doc.md']);
    assert.deepEqual(
      patch.split('\n').filter((line) => line.startsWith('@@')),
      ['@@ -1,9 +1,9 @@', '@@ -22,7 +22,7 @@'],
    );
    assert.equal(applyPatch(before, patch), after);
  });

  it('marks a last line without a new line', () => {
    const before = numbered(5, '');
    const after = before.replace('line 5', 'the end');
    const patch = asPatch('doc.md', before, after);
    assert.match(patch, /-line 5\n\\ No newline at end of file\n\+the end\n\\ No newline at end of file\n$/);
    assert.equal(applyPatch(before, patch), after);
  });
});
