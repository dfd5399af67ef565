import { WaitTimeout } from './waiting';

export interface Poll {
  readonly timeoutMs: number;
  /** What is awaited, for the message. */
  readonly awaited: string;
  /** How long to wait between two questions. */
  readonly everyMs?: number;
}

/**
 * Asks `notYet` until it answers undefined, for what has no event to wait on (a cluster's state).
 * Bounded: after `timeoutMs` it rejects with what was awaited and the last answer.
 */
export async function pollUntil(notYet: () => Promise<string | undefined>, poll: Poll): Promise<void> {
  const deadline = Date.now() + poll.timeoutMs;
  for (;;) {
    const answer = await notYet();
    if (answer === undefined) return;
    const left = deadline - Date.now();
    if (left <= 0) throw new WaitTimeout(`Waited ${poll.timeoutMs} ms for ${poll.awaited}; ${answer}`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(poll.everyMs ?? 50, left)));
  }
}
