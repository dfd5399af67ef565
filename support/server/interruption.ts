import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';
import { stopEverything, stopTimeoutMs } from '../lib/stop_list';
import { stopThenExitOnSignal } from '../lib/exit_on_signal';
import { waitFor } from '../lib/waiting';

// Stryker disable all: runs on a signal, which would end the mutation run's own process; test/leaks.test.ts checks it

/**
 * How the threads of one process tell each other to stop. With `--parallel`, cucumber's workers are worker
 * threads of its own process: a signal reaches only the main thread, and only the process may exit.
 */
const channelName = 'redis-pubsub-spec.interruption';

type Message = { kind: 'stop' } | { kind: 'joined' | 'done'; thread: number } | { kind: 'stopped'; thread: number; left: string[] };

let channel: BroadcastChannel | undefined;

/**
 * On SIGINT or SIGTERM: stop what the run started, in the main thread and in every worker thread of `--parallel`,
 * then exit 130 or 143. Further signals wait for that. Call it in every thread, before the run starts anything.
 * Only a process of its own can see this: test/leaks.test.ts sends the signals.
 */
export function exitWhenInterrupted(): void {
  if (channel !== undefined) return;
  channel = new BroadcastChannel(channelName);
  channel.unref();
  if (isMainThread) stopEveryThreadOnSignal(channel);
  else stopWhenTold(channel);
}

/** A worker thread has stopped what it started, and is not to be waited for. */
export function doneWithTheRun(): void {
  if (!isMainThread) channel?.postMessage({ kind: 'done', thread: threadId } satisfies Message);
}

function stopWhenTold(to: BroadcastChannel): void {
  to.onmessage = (event) => {
    if ((event.data as Message).kind !== 'stop') return;
    void stopEverything().then((left) => to.postMessage({ kind: 'stopped', thread: threadId, left } satisfies Message));
  };
  to.postMessage({ kind: 'joined', thread: threadId } satisfies Message);
}

function stopEveryThreadOnSignal(workers: BroadcastChannel): void {
  const running = new Set<number>();
  const leftByWorkers: string[] = [];
  let changed = (): void => {};
  workers.onmessage = (event) => {
    const message = event.data as Message;
    if (message.kind === 'joined') running.add(message.thread);
    if (message.kind === 'done' || message.kind === 'stopped') running.delete(message.thread);
    if (message.kind === 'stopped') leftByWorkers.push(...message.left);
    changed();
  };
  const workersStopped = (): Promise<string[]> =>
    waitFor<void>(
      { timeoutMs: stopTimeoutMs + 1000, awaited: 'the worker threads to stop what they started', seen: () => `${running.size} did not` },
      (settle) => {
        changed = () => {
          if (running.size === 0) settle.resolve();
        };
        changed();
        return () => (changed = () => {});
      },
    ).then(
      () => leftByWorkers,
      (error: unknown) => [...leftByWorkers, String(error)],
    );
  stopThenExitOnSignal({ name: 'redis-pubsub-spec', started: 'the run' }, () => {
    workers.postMessage({ kind: 'stop' } satisfies Message);
    return Promise.all([stopEverything(), workersStopped()]).then((lists) => lists.flat());
  });
}
// Stryker restore all
