const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const byLetter = /\b(?:IRB )?[Ss]ession "?([A-Z])\b"?/;
const byOrdinal = new RegExp(String.raw`\b(${ordinals.join('|')}) IRB (?:session|window|tab)\b`, 'i');

/**
 * The IRB session a sentence names: by letter (`IRB Session "B"`, `Session B`), or by ordinal
 * (`the second IRB window`), counting `sessions` in the order the document opens them.
 */
export function windowNamedIn(text: string, sessions: readonly string[]): string | undefined {
  const letter = byLetter.exec(text)?.[1];
  if (letter !== undefined) return `session ${letter}`;
  const ordinal = byOrdinal.exec(text)?.[1]?.toLowerCase();
  return ordinal === undefined ? undefined : sessions[ordinals.indexOf(ordinal)];
}
