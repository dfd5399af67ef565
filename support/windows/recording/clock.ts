/**
 * The one clock of a run's recordings: taken once, it gives every window's recording the same
 * `timestamp` in its header and measures every event from the same monotonic instant.
 */
export class RecordingClock {
  /** Unix time, in whole seconds, of the origin: asciicast v2's `timestamp`. */
  readonly timestamp: number;
  /** The origin, on `performance.now()`'s monotonic scale, in milliseconds. */
  readonly origin: number;

  constructor() {
    this.origin = performance.now();
    this.timestamp = Math.floor((performance.timeOrigin + this.origin) / 1000);
  }

  /** Seconds from the origin to `at` (a `performance.now()` reading), now unless given. */
  seconds(at: number = performance.now()): number {
    return Math.max(0, (at - this.origin) / 1000);
  }
}
