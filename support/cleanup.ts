import { waitFor } from './waiting';

/** How long stopping one thing may take before the run gives up on it and ends anyway. */
export const stopTimeoutMs = 10000;

const pending = new Set<() => Promise<void>>();
let stopping: Promise<void> = Promise.resolve();

/**
 * What the run has started and must stop however it ends: at the end, on a failure, or on a signal.
 * Register a thing as soon as it exists; call the returned function once it was stopped the ordinary way.
 */
export function stopOnExit(stop: () => Promise<void>): () => void {
  pending.add(stop);
  return () => pending.delete(stop);
}

/** Stops everything still registered, each bounded; resolves once this and every earlier call is done. */
export function stopEverything(): Promise<void> {
  const stops = [...pending];
  pending.clear();
  stopping = stopping.then(async () => {
    await Promise.allSettled(stops.map((stop) => within(stop(), stopTimeoutMs, 'a Redis server the run started to stop')));
  });
  return stopping;
}

/** Settles when `promise` does, or rejects after `timeoutMs`. */
export function within<T>(promise: Promise<T>, timeoutMs: number, awaited: string): Promise<T> {
  return waitFor<T>({ timeoutMs, awaited, seen: () => 'it did not' }, (settle) => {
    promise.then(
      (value) => settle.resolve(value),
      (error: unknown) => settle.reject(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {};
  });
}

let interruptionsHandled = false;

/**
 * On SIGINT or SIGTERM: stop what the run started, then exit 130 or 143. Further signals wait for that.
 * A worker of `--parallel` does the same when cucumber's main process is gone, as after `kill <its pid>`.
 */
export function exitWhenInterrupted(): void {
  if (interruptionsHandled) return;
  interruptionsHandled = true;
  let exiting = false;
  const stopThenExit = (why: string, code: number) => (): void => {
    if (exiting) return;
    exiting = true;
    process.stderr.write(`redis-pubsub-spec: ${why}: stopping what the run started\n`);
    void stopEverything().finally(() => process.exit(code));
  };
  process.on('SIGINT', stopThenExit('SIGINT', 130));
  process.on('SIGTERM', stopThenExit('SIGTERM', 143));
  if (process.env.CUCUMBER_PARALLEL) {
    process.on('disconnect', () => {
      // What cucumber still reports has nowhere to go now; that must not crash the worker before its server is stopped.
      process.on('error', ignoreClosedChannel);
      stopThenExit("cucumber's main process is gone", 1)();
    });
  }
}

function ignoreClosedChannel(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ERR_IPC_CHANNEL_CLOSED') throw error;
}
