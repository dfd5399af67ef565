/**
 * A revision of the tutorial such as its maintainers make: every other heading of its sections
 * dropped, merging each such section into the one before, the others renamed, the install steps
 * moved to the end, and the `$ ` prompts of its code blocks changed to `> `. Its code and prose
 * are otherwise as they were.
 */
export function revise(text: string): string {
  let headings = 0;
  let block: string[] | undefined;
  const installs: string[][] = [];
  const lines = text.split('\n').flatMap((line) => {
    if (/^\{%\s*(?:irb|terminal)\s*%\}\s*$/.test(line)) {
      block = [line];
      return [];
    }
    if (block && /^\{%\s*end(?:irb|terminal)\s*%\}\s*$/.test(line)) {
      const whole = [...block, line];
      block = undefined;
      const install = whole.slice(1, -1).every((typed) => /^> (?:brew|gem) install\b/.test(typed));
      if (!install) return whole;
      installs.push(whole);
      return [];
    }
    if (block) {
      block.push(line.replace(/^\$ /, '> '));
      return [];
    }
    if (/^#{3,6}\s/.test(line)) {
      headings += 1;
      return headings % 2 === 0 ? [] : [`### Part ${(headings + 1) / 2}`];
    }
    return [line];
  });
  return [...lines, ...installs.flatMap((install) => ['', ...install])].join('\n');
}
