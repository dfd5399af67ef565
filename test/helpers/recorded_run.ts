import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../support/lib/waiting';
import { alive, recordedPids } from './processes';
import { root, startSpec, type RunningSpec } from './run_spec';

/**
 * A spec run on the binary provider with a stand-in server of test/fixtures that writes its pid to a file (each
 * node of a cluster too), and with a TMPDIR of its own: a test can check every server and every folder is gone.
 */
export class RecordedRun {
  private readonly dir = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-'));
  readonly temp = join(this.dir, 'tmp');
  readonly pidFile = join(this.dir, 'pids');
  readonly spec: RunningSpec;

  constructor(server: string, env: Record<string, string>, args: readonly string[]) {
    mkdirSync(this.temp);
    const serverBin = join(root, 'test', 'fixtures', server);
    this.spec = startSpec(
      { REDIS_PROVIDER: 'binary', REDIS_SERVER_BIN: serverBin, REDIS_PID_FILE: this.pidFile, TMPDIR: this.temp, ...env },
      args,
    );
  }

  pids(): number[] {
    return recordedPids(this.pidFile);
  }

  /** Resolves once `count` servers have written their pids. */
  started(count = 1, timeoutMs = 30000): Promise<void> {
    return waitFor<void>(
      { timeoutMs, awaited: `${count} server(s) to write their pids`, seen: () => `${this.pids().length} did` },
      (settle) => {
        const check = (): void => {
          if (this.pids().length >= count) settle.resolve();
        };
        const watcher = watch(this.dir, check);
        check();
        return () => watcher.close();
      },
    );
  }

  /** No server the run started still runs, and it left no folder in its TMPDIR; `servers`: how many it must have started. */
  assertNothingLeft(servers?: number): void {
    const pids = this.pids();
    if (servers === undefined) assert.ok(pids.length > 0, 'the server never started, so the test proved nothing');
    else assert.equal(pids.length, servers, `${pids.length} servers started, not ${servers}: the test proved nothing`);
    assert.deepEqual(pids.filter(alive), [], 'a server process the run started is still running');
    const folders = readdirSync(this.temp).filter((name) => name.startsWith('redis-pubsub-spec-'));
    assert.deepEqual(folders, [], 'a folder of the run is left in its TMPDIR');
  }

  /** Kills what a failed test left, then forgets the pid file and the TMPDIR. */
  cleanUp(): void {
    for (const pid of this.pids().filter(alive)) process.kill(pid, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
