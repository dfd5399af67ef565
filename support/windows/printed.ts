import { isDeepStrictEqual } from 'node:util';
import type { Session } from './session';

/** Waits until the session printed `line`, and checks that it printed it once. */
export async function expectPrinted(session: Session, line: string, timeoutMs: number): Promise<void> {
  await session.printed.until((lines) => lines.includes(line), `to print "${line}"`, timeoutMs);
  const times = session.printed.entries.filter((printed) => printed === line).length;
  if (times !== 1) throw new Error(`${session.name} printed "${line}" ${times} times; ${session.printed.describe()}`);
}

/** Waits until the session printed as many lines as expected, and checks that they are these, in this order. */
export async function expectPrintedExactly(session: Session, lines: readonly string[], timeoutMs: number): Promise<void> {
  await session.printed.until((printed) => printed.length >= lines.length, `to print ${lines.length} line(s)`, timeoutMs);
  if (isDeepStrictEqual(session.printed.entries, lines)) return;
  throw new Error(`${session.name} did not print exactly:\n${lines.map((line) => `  ${line}`).join('\n')}\n${session.printed.describe()}`);
}
