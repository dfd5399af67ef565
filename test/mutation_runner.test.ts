import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { alive, recordedPids } from './helpers/processes';
import { root, startCommand, type SpecRun } from './helpers/run_spec';

interface Reported {
  readonly run: string;
  readonly status?: string;
  readonly started: number[];
  readonly stillRunning?: number[];
}

/**
 * StrykerJS's cucumber runner (test/tools/cucumber_test_runner.mjs) on a scenario that starts a redis-server and
 * never stops it, as a mutant that breaks a stop does: driven as StrykerJS drives it, by
 * test/fixtures/left_running/drive_runner.mjs, in a process of its own.
 */
describe('the mutation runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-left-running-'));
  let driven: SpecRun | undefined;
  after(() => {
    for (const pid of recordedPids(join(dir, 'pids')).filter(alive)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const drive = async (): Promise<{ run: SpecRun; reported: Reported[] }> => {
    const fixture = join(root, 'test', 'fixtures', 'left_running');
    driven ??= await startCommand(process.execPath, [join(fixture, 'drive_runner.mjs')], { LEFT_RUNNING_DIR: dir }).ended;
    const lines = driven.stdout.trim().split('\n');
    return { run: driven, reported: lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Reported) };
  };

  it('ends, when a run is over, the server its scenario started and left running', async () => {
    const { run, reported } = await drive();
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      reported.slice(0, 2).map(({ run: name, status, started, stillRunning }) => [name, status, started.length, stillRunning]),
      [
        ['the initial run', 'complete', 1, []],
        ['a mutant’s run', 'survived', 1, []],
      ],
    );
  });

  it('ends, when the mutation run is over, what a run cut short left, and says how many it ended', async () => {
    const { run, reported } = await drive();
    assert.equal(reported.at(-1)?.run, 'a run cut short');
    assert.equal(
      run.stdout.trim().split('\n').at(-1),
      'redis-pubsub-spec: the runs of the mutants left 3 processes running, and the runner ended them: 3 redis-server.',
    );
    const pids = recordedPids(join(dir, 'pids'));
    assert.equal(pids.length, 3, `the scenarios started ${pids.length} servers, not 3: the test proved nothing`);
    assert.deepEqual(pids.filter(alive), [], 'a server a run started is still running');
  });
});
