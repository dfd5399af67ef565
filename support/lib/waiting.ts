import { messageOf } from './errors';

export interface Wait {
  readonly timeoutMs: number;
  /** What is awaited, for the message: "session B to print ...". */
  readonly awaited: string;
  /** What was seen instead, read when the wait fails. */
  readonly seen: () => string;
}

export interface Settle<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

export class WaitTimeout extends Error {
  override name = 'WaitTimeout';
}

/**
 * Waits for an event, bounded by a timeout. `listen` subscribes to the event source and
 * returns how to unsubscribe; whatever settles the wait, every listener and the timer go.
 */
export function waitFor<T>(wait: Wait, listen: (settle: Settle<T>) => () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let unlisten = (): void => {};
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unlisten();
      settle();
    };
    const timer = setTimeout(
      () => finish(() => reject(new WaitTimeout(`Waited ${wait.timeoutMs} ms for ${wait.awaited}; ${wait.seen()}`))),
      wait.timeoutMs,
    );
    unlisten = listen({
      resolve: (value) => finish(() => resolve(value)),
      reject: (error) => finish(() => reject(error)),
    });
    // A listener that settled at once ran the placeholder unlisten; run the real one.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (settled) unlisten();
  });
}

/** Settles when `promise` does, or rejects after `timeoutMs`. */
export function within<T>(promise: Promise<T>, timeoutMs: number, awaited: string): Promise<T> {
  return waitFor<T>({ timeoutMs, awaited, seen: () => 'it did not' }, (settle) => {
    promise.then(
      (value) => settle.resolve(value),
      (error: unknown) => settle.reject(error instanceof Error ? error : new Error(messageOf(error))),
    );
    return () => {};
  });
}
