import { messageOf } from './errors';
import { within } from './waiting';

/** How long stopping one thing may take before the run gives up on it and ends anyway. */
export const stopTimeoutMs = 10000;

type Stop = () => Promise<void> | void;

/**
 * What was started and must be stopped or put back however a run ends: at the end, on a failure, or on a signal.
 * Last added, first stopped, one at a time, so a thing is stopped before what it needs.
 */
export class StopList {
  private readonly pending: Stop[] = [];
  private stopping: Promise<unknown> = Promise.resolve();

  /** Without `timeoutMs`, each stop may take as long as it takes. */
  constructor(
    private readonly timeoutMs?: number,
    private readonly awaited = 'a Redis server the run started to stop',
  ) {}

  /** Registers a thing as soon as it exists; call the returned function once it was stopped the ordinary way. */
  add(stop: Stop): () => void {
    this.pending.push(stop);
    return () => {
      const index = this.pending.lastIndexOf(stop);
      if (index >= 0) this.pending.splice(index, 1);
    };
  }

  /**
   * Stops everything still registered, each within the bound. Resolves once this and every earlier
   * call is done, with why each thing that could not be stopped was not, in the order they were registered.
   */
  stopAll(): Promise<string[]> {
    const stops = this.pending.splice(0);
    const stopped = this.stopping.then(() => this.stopInReverse(stops));
    this.stopping = stopped;
    return stopped;
  }

  private async stopInReverse(stops: readonly Stop[]): Promise<string[]> {
    const failures: string[] = [];
    for (const stop of [...stops].reverse()) {
      try {
        await this.bounded(Promise.resolve().then(stop));
      } catch (error) {
        failures.unshift(messageOf(error));
      }
    }
    return failures;
  }

  private bounded(stopping: Promise<void>): Promise<void> {
    return this.timeoutMs === undefined ? stopping : within(stopping, this.timeoutMs, this.awaited);
  }
}

const startedByTheRun = new StopList(stopTimeoutMs);

/** Registers something the run started, to be stopped however the run ends. */
export function stopOnExit(stop: () => Promise<void>): () => void {
  return startedByTheRun.add(stop);
}

/** Stops everything the run started and did not stop yet. */
export function stopEverything(): Promise<string[]> {
  return startedByTheRun.stopAll();
}

const atExit: Array<() => void> = [];
process.on('exit', () => atExit.forEach((kill) => kill()));

/**
 * The stop list's last resort, for what must not outlive the process even when it exits without stopping
 * (process.exit, a crash): `kill` runs synchronously as the process exits, after everything else.
 */
export function killAtExit(kill: () => void): void {
  atExit.push(kill);
}
