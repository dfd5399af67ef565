/**
 * A revision of the tutorial such as its maintainers make: every other heading of its sections
 * dropped, merging each such section into the one before, the others renamed, and the `$ ` prompts
 * of its code blocks changed to `> `. Its code and prose are otherwise as they were.
 */
export function revise(text: string): string {
  let headings = 0;
  let inBlock = false;
  return text
    .split('\n')
    .flatMap((line) => {
      if (/^\{%\s*(?:irb|terminal)\s*%\}\s*$/.test(line)) inBlock = true;
      else if (/^\{%\s*end(?:irb|terminal)\s*%\}\s*$/.test(line)) inBlock = false;
      else if (inBlock) return [line.replace(/^\$ /, '> ')];
      else if (/^#{3,6}\s/.test(line)) {
        headings += 1;
        return headings % 2 === 0 ? [] : [`### Part ${(headings + 1) / 2}`];
      }
      return [line];
    })
    .join('\n');
}
