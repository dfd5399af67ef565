import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unifiedDiff } from '../support/windows/drivers/literal/unified_diff';

/** Applies the diff with `patch -p1` to `before` written in a folder, and returns what the file then reads. */
function applied(before: string, diff: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-diff-'));
  try {
    writeFileSync(join(folder, 'doc.md'), before);
    const patch = spawnSync('patch', ['-p1'], { cwd: folder, input: diff, encoding: 'utf8' });
    assert.equal(patch.status, 0, patch.stdout + patch.stderr);
    return readFileSync(join(folder, 'doc.md'), 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const numbered = (count: number, end: string): string => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join('\n') + end;

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    assert.equal(unifiedDiff('doc.md', 'a\n', 'a\n'), '');
  });

  it('gives changes far apart a hunk each, and changes near one another one hunk', () => {
    const before = numbered(30, '\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 6\n', 'line six\n').replace('line 25\n', 'line 25!\n');
    const diff = unifiedDiff('doc.md', before, after);
    assert.deepEqual(
      diff.split('\n').filter((line) => line.startsWith('@@')),
      ['@@ -1,9 +1,9 @@', '@@ -22,7 +22,7 @@'],
    );
    assert.equal(applied(before, diff), after);
  });

  it('marks a last line without a new line, as patch and git apply expect', () => {
    const before = numbered(5, '');
    const after = before.replace('line 5', 'the end');
    const diff = unifiedDiff('doc.md', before, after);
    assert.match(diff, /-line 5\n\\ No newline at end of file\n\+the end\n\\ No newline at end of file\n$/);
    assert.equal(applied(before, diff), after);
  });

  it('refuses texts whose lines were added or removed', () => {
    assert.throws(() => unifiedDiff('doc.md', 'a\n', 'a\nb\n'), /lines were changed, not added or removed/);
  });
});
