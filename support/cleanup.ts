import { waitFor } from './waiting';
import { messageOf } from './errors';

/** How long stopping one thing may take before the run gives up on it and ends anyway. */
export const stopTimeoutMs = 10000;

/** What was started and must be stopped however the run ends: at the end, on a failure, or on a signal. */
export class StopList {
  private readonly pending = new Set<() => Promise<void>>();
  private stopping: Promise<unknown> = Promise.resolve();

  constructor(private readonly timeoutMs = stopTimeoutMs) {}

  /** Registers a thing as soon as it exists; call the returned function once it was stopped the ordinary way. */
  add(stop: () => Promise<void>): () => void {
    this.pending.add(stop);
    return () => this.pending.delete(stop);
  }

  /**
   * Stops everything still registered, each within the bound. Resolves once this and every earlier
   * call is done, with why each thing that could not be stopped was not.
   */
  stopAll(): Promise<string[]> {
    const stops = [...this.pending];
    this.pending.clear();
    const stopped = this.stopping.then(() =>
      Promise.allSettled(stops.map((stop) => within(stop(), this.timeoutMs, 'a Redis server the run started to stop'))),
    );
    this.stopping = stopped;
    return stopped.then((results) => results.flatMap((result) => (result.status === 'rejected' ? [messageOf(result.reason)] : [])));
  }
}

const startedByTheRun = new StopList();

/** Registers something the run started, to be stopped however the run ends. */
export function stopOnExit(stop: () => Promise<void>): () => void {
  return startedByTheRun.add(stop);
}

/** Stops everything the run started and did not stop yet. */
export function stopEverything(): Promise<string[]> {
  return startedByTheRun.stopAll();
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
