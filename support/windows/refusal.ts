import { isDeepStrictEqual } from 'node:util';
import type { Session } from './session';
import type { AsksTheServer } from '../server/asking';

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

/**
 * Checks that Redis refused the session's last command with an ERR naming `refused` and exactly the
 * commands `allowed`, and of `allowedWhereKnown` those the server has (asked with COMMAND INFO).
 */
export async function expectRefusal(
  world: Pick<AsksTheServer, 'askServer'>,
  session: Session,
  refused: string,
  allowed: readonly string[],
  allowedWhereKnown: readonly string[],
): Promise<void> {
  const refusal = session.notes.recall('refusal');
  if (refusal === undefined) {
    const reply = session.notes.recall('reply');
    throw new Error(reply === undefined ? `${session.name} tried no command` : `Redis answered ${session.name} with ${String(reply)}`);
  }
  const known = await world.askServer(`ask COMMAND INFO ${allowedWhereKnown.join(' ')}`, (observer) =>
    observer.call('COMMAND', 'INFO', ...allowedWhereKnown),
  );
  const serverHas = allowedWhereKnown.filter((_, index) => Array.isArray(known) && known[index] !== null);
  const read = readRefusal(refusal, refused);
  const seen = `Redis refused ${session.name} with "${refusal}"`;
  if (read.code !== 'ERR') throw new Error(`${seen}: not an ERR`);
  if (!read.namesRefused) throw new Error(`${seen}: it does not name ${refused}`);
  const expected = [...allowed, ...serverHas].sort();
  if (isDeepStrictEqual(read.named, expected)) return;
  throw new Error(
    `${seen}, naming as allowed ${read.named.join(', ') || 'nothing'}; expected ${expected.join(', ')} (the server has ${serverHas.join(', ') || 'none'} of ${allowedWhereKnown.join(', ')})`,
  );
}
