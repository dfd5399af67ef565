import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { after, type TestContext } from 'node:test';
import { runLabel } from '../../support/server/providers/container';
import { waitFor } from '../../support/lib/waiting';
import { startSpec, type RunningSpec } from './run_spec';

export function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 30000 }).trim();
}

function dockerAnswers(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10000 });
    return true;
  } catch {
    return false;
  }
}

/** True when the test can go on; without a Docker engine it is skipped, visibly, except on CI where that fails. */
export function needsDocker(t: TestContext): boolean {
  if (dockerAnswers()) return true;
  if (process.env.CI) assert.fail('CI needs a Docker engine for the container provider');
  t.skip('no Docker engine answers');
  return false;
}

/** The containers, running or not, whose run label has a value this test owns. */
export function containersOf(owns: (runId: string) => boolean): string[] {
  return labelled(['ps', '-a'], owns);
}

/** The networks whose run label has a value this test owns. */
export function networksOf(owns: (runId: string) => boolean): string[] {
  return labelled(['network', 'ls'], owns);
}

/** The ids `docker LIST...` gives of what carries the run label with a value this test owns. */
function labelled(list: readonly string[], owns: (runId: string) => boolean): string[] {
  return docker(...list, '--filter', `label=${runLabel}`, '--format', `{{.ID}} {{.Label "${runLabel}"}}`)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([, runId = '']) => owns(runId))
    .map(([id = '']) => id);
}

/** Removes what a failed test left behind: only containers and networks whose run label value it owns. */
export function removeContainersOf(owns: (runId: string) => boolean): void {
  const left = containersOf(owns);
  if (left.length > 0) docker('rm', '-f', ...left);
  const networks = networksOf(owns);
  if (networks.length > 0) docker('network', 'rm', ...networks);
}

/** The run labels a spec run started by process `pid` gives its containers: `<pid>-<time>`. */
export function startedBy(pid: number | undefined): (runId: string) => boolean {
  return (runId) => pid !== undefined && runId.startsWith(`${pid}-`);
}

/**
 * Starts spec runs on the container provider with `env`, and more settings of each run's own; once the tests
 * are done, removes what any of them left (a failed test's containers and networks).
 */
export function containerRuns(env: Record<string, string>): (more: Record<string, string>, args: readonly string[]) => RunningSpec {
  const owned: Array<(runId: string) => boolean> = [];
  after(() => owned.forEach((owns) => removeContainersOf(owns)));
  return (more, args) => {
    const spec = startSpec({ REDIS_PROVIDER: 'container', ...env, ...more }, args);
    owned.push(startedBy(spec.process.pid));
    return spec;
  };
}

/** The containers of the run, running or not. */
export function containersLeftBy(spec: RunningSpec): string[] {
  return containersOf(startedBy(spec.process.pid));
}

/** Resolves once Docker reports the creation of a container whose run label this test owns. */
export function containerCreated(owns: (runId: string) => boolean, since: Date, timeoutMs: number): Promise<void> {
  const events = spawn(
    'docker',
    [
      'events',
      '--since',
      String(Math.floor(since.getTime() / 1000) - 1),
      '--filter',
      'event=create',
      '--filter',
      `label=${runLabel}`,
      '--format',
      '{{json .Actor.Attributes}}',
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let seen = '';
  return waitFor<void>(
    { timeoutMs, awaited: 'Docker to report the run creating its container', seen: () => `Docker reported: ${seen || 'nothing'}` },
    (settle) => {
      events.stdout.setEncoding('utf8');
      events.stdout.on('data', (chunk: string) => {
        seen += chunk;
        for (const line of seen.split('\n').slice(0, -1)) {
          const attributes = line.startsWith('{') ? (JSON.parse(line) as Record<string, string>) : {};
          if (owns(attributes[runLabel] ?? '')) settle.resolve();
        }
      });
      return () => events.kill();
    },
  );
}
