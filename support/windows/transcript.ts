import { EventEmitter } from 'node:events';
import { waitFor } from '../lib/waiting';

/**
 * What one window showed, in order and when, from the moment it opened. Waits end on the entry
 * they need, or at once when the window is closed by a failure (a lost connection).
 */
export class Transcript<T> {
  private readonly items: T[] = [];
  /** When each entry came, on `performance.now()`'s scale. */
  private readonly times: number[] = [];
  private readonly changes = new EventEmitter();
  private failure: Error | undefined;

  constructor(
    readonly owner: string,
    private readonly show: (entry: T) => string,
  ) {}

  get entries(): readonly T[] {
    return this.items;
  }

  add(entry: T): void {
    this.items.push(entry);
    this.times.push(performance.now());
    this.changes.emit('change');
  }

  /** Each entry with when it came, on `performance.now()`'s scale. */
  timed(): Array<{ readonly entry: T; readonly at: number }> {
    return this.items.map((entry, index) => ({ entry, at: this.times[index] }));
  }

  /** Ends every wait, now and later, with this error. */
  fail(error: Error): void {
    this.failure ??= error;
    this.changes.emit('change');
  }

  /** Resolves when `test` holds for the entries so far. */
  until(
    test: (entries: readonly T[]) => boolean,
    awaited: string,
    timeoutMs: number,
    seen: () => string = () => this.describe(),
  ): Promise<void> {
    return waitFor<void>({ timeoutMs, awaited: `${this.owner} ${awaited}`, seen }, (settle) => {
      const check = (): void => {
        if (test(this.items)) settle.resolve();
        else if (this.failure) settle.reject(new Error(`Awaited ${this.owner} ${awaited}, but ${this.failure.message}; ${seen()}`));
      };
      this.changes.on('change', check);
      check();
      return () => this.changes.off('change', check);
    });
  }

  describe(): string {
    if (this.items.length === 0) return `${this.owner} showed nothing`;
    return `${this.owner} showed:\n${this.items.map((entry) => `  ${this.show(entry)}`).join('\n')}`;
  }
}
