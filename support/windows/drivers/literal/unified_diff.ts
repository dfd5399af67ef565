const context = 3;

/**
 * A unified diff of two versions of a text that has the same lines, some of them changed, as
 * `patch -p1` and `git apply` read it: `--- a/<path>`, `+++ b/<path>`, hunks with three lines of context.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const old = before.split('\n');
  const changed = after.split('\n');
  if (old.length !== changed.length) throw new Error('unifiedDiff compares texts whose lines were changed, not added or removed');
  const lines = old.flatMap((line, index) => (line === changed[index] ? [] : [index]));
  if (lines.length === 0) return '';
  const hunks: Array<{ from: number; to: number; changed: number[] }> = [];
  for (const index of lines) {
    const last = hunks.at(-1);
    if (last && index - context <= last.to) {
      last.to = Math.min(index + context, old.length - 1);
      last.changed.push(index);
    } else {
      hunks.push({ from: Math.max(index - context, 0), to: Math.min(index + context, old.length - 1), changed: [index] });
    }
  }
  // A text that ends with a new line splits into a last empty "line", which is not a line of the file.
  const endsWithNewline = old.at(-1) === '';
  const lastLine = endsWithNewline ? old.length - 2 : old.length - 1;
  const marked = (index: number, line: string): string[] =>
    index === lastLine && !endsWithNewline ? [line, '\\ No newline at end of file'] : [line];
  const body = hunks.flatMap(({ from, to }) => {
    const end = Math.min(to, lastLine);
    const size = end - from + 1;
    const out = [`@@ -${from + 1},${size} +${from + 1},${size} @@`];
    for (let index = from; index <= end; index += 1) {
      const [was, is] = [old[index] ?? '', changed[index] ?? ''];
      out.push(...(was === is ? marked(index, ` ${was}`) : [...marked(index, `-${was}`), ...marked(index, `+${is}`)]));
    }
    return out;
  });
  return [`--- a/${path}`, `+++ b/${path}`, ...body, ''].join('\n');
}
