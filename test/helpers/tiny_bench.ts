import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { startCommand, type SpecRun } from './run_spec';

/** A bench (`bench/main.ts`, `bench/cluster/main.ts`) measuring few messages, writing into a folder of the test's own. */
export class TinyBench<Report> {
  readonly out = mkdtempSync(join(tmpdir(), 'redis-pubsub-bench-'));
  readonly settings: Record<string, string>;

  /** `reportFile`: the JSON report it writes into `out`. */
  constructor(
    private readonly script: string,
    private readonly reportFile: string,
    settings: Record<string, string>,
    private readonly timeoutMs: number,
  ) {
    this.settings = {
      REDIS_PROVIDER: 'binary',
      BENCH_MESSAGES: '20',
      BENCH_WARMUP: '5',
      BENCH_THROUGHPUT_MS: '100',
      BENCH_ROUNDS: '1',
      BENCH_PIPELINE: '4',
      BENCH_OUT: this.out,
      ...settings,
    };
    after(() => rmSync(this.out, { recursive: true, force: true }));
  }

  /** Runs the bench to its end, with `changed` settings. */
  run(changed: Record<string, string> = {}): Promise<SpecRun> {
    const args = ['--require', 'ts-node/register/transpile-only', this.script];
    return startCommand(process.execPath, args, { ...this.settings, ...changed }, this.timeoutMs).ended;
  }

  /** The JSON report it wrote, parsed. */
  report(): Report {
    return JSON.parse(readFileSync(join(this.out, this.reportFile), 'utf8')) as Report;
  }
}
