import { build, type Histogram } from 'hdr-histogram-js';

/** Percentiles of a set of durations, in microseconds. */
export interface Percentiles {
  readonly count: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Durations recorded in nanoseconds into an HdrHistogram (3 significant digits), read as microseconds. */
export class Durations {
  private readonly histogram: Histogram = build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3 });

  record(ns: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ns)));
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  percentiles(): Percentiles {
    const us = (ns: number): number => Math.round(ns / 100) / 10;
    const max = this.histogram.maxValue;
    // A percentile is its bucket's highest value, which can lie above the largest value recorded.
    const at = (percentile: number): number => us(Math.min(max, this.histogram.getValueAtPercentile(percentile)));
    return {
      count: this.histogram.totalCount,
      p50: at(50),
      p90: at(90),
      p99: at(99),
      max: us(max),
      mean: us(this.histogram.mean),
    };
  }
}
