/** A refusal as Redis words it, e.g. `ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context`. */
export interface ReadRefusal {
  /** The error's first word: `ERR`. */
  readonly code: string;
  /** Whether the text names the refused command, in any case: `'get'`. */
  readonly namesRefused: boolean;
  /** Every other command the text names, sorted, `(P|S)SUBSCRIBE` read as SUBSCRIBE, PSUBSCRIBE and SSUBSCRIBE. */
  readonly named: readonly string[];
}

const commandInItsNotation = /((?:\([A-Z]+(?:\|[A-Z]+)*\))?)\b([A-Z]{2,})\b/g;

export function readRefusal(text: string, refused: string): ReadRefusal {
  const [code = '', ...words] = text.split(' ');
  const rest = words.join(' ');
  const refusedName = refused.toUpperCase();
  const named = new Set<string>();
  for (const [, prefixes = '', name = ''] of rest.matchAll(commandInItsNotation)) {
    named.add(name);
    for (const prefix of prefixes.slice(1, -1).split('|')) named.add(prefix + name);
  }
  named.delete(refusedName);
  const namesRefused = rest.split(/[^\w|]+/).some((word) => word.toUpperCase() === refusedName);
  return { code, namesRefused, named: [...named].sort() };
}
