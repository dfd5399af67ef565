import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { startBinary } from '../support/server/providers/binary';
import type { RedisServer } from '../support/server/server';
import { waitFor } from '../support/lib/waiting';
import { containerCreated, containersOf, needsDocker, removeContainersOf, startedBy } from './helpers/docker';
import { alive, recordedPids } from './helpers/processes';
import { root, runSpec, startSpec, type RunningSpec } from './helpers/run_spec';

const fewSeconds = 10000;
const fixtures = (name: string): string => join(root, 'test', 'fixtures', name);
const harness = ['--config', 'test/fixtures/cucumber.js'];

/** A run on a cluster of recorded redis-servers, with a TMPDIR of its own: each node's pid and its nodes.conf can be checked gone. */
class ClusterRun {
  private readonly dir = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-'));
  readonly temp = join(this.dir, 'tmp');
  readonly pidFile = join(this.dir, 'pids');
  readonly spec: RunningSpec;

  constructor(env: Record<string, string>, args: readonly string[]) {
    mkdtempSync(this.temp);
    this.spec = startSpec(
      {
        REDIS_PROVIDER: 'binary',
        REDIS_TOPOLOGY: 'cluster',
        REDIS_SERVER_BIN: fixtures('recorded-redis-server'),
        REDIS_PID_FILE: this.pidFile,
        TMPDIR: this.temp,
        ...env,
      },
      args,
    );
  }

  pids(): number[] {
    return recordedPids(this.pidFile);
  }

  /** Resolves once `count` nodes have written their pids. */
  started(count: number, timeoutMs = 30000): Promise<void> {
    return waitFor<void>(
      { timeoutMs, awaited: `${count} nodes to write their pids`, seen: () => `${this.pids().length} did` },
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

  assertNothingLeft(nodes = 3): void {
    const pids = this.pids();
    assert.equal(pids.length, nodes, `${pids.length} nodes started, not ${nodes}: the test proved nothing`);
    assert.deepEqual(pids.filter(alive), [], 'a node the run started is still running');
    const folders = readdirSync(this.temp).filter((name) => name.startsWith('redis-pubsub-spec-cluster-'));
    assert.deepEqual(folders, [], "the cluster's folder is left");
  }

  cleanUp(): void {
    for (const pid of this.pids().filter(alive)) process.kill(pid, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('a run on a cluster of the binary provider leaves no node', () => {
  const runs: ClusterRun[] = [];
  const run = (env: Record<string, string>, args: readonly string[]): ClusterRun => {
    const started = new ClusterRun(env, args);
    runs.push(started);
    return started;
  };
  after(() => runs.forEach((started) => started.cleanUp()));

  it('after the cluster features pass', async () => {
    const cluster = run({}, ['--profile', 'cluster', 'features/at_scale']);
    const ended = await cluster.spec.ended;
    assert.equal(ended.code, 0, ended.stdout + ended.stderr);
    assert.match(ended.stdout, /as a cluster of 3 primaries: node 1 127\.0\.0\.1:\d+, node 2 127\.0\.0\.1:\d+, node 3 127\.0\.0\.1:\d+;/);
    cluster.assertNothingLeft();
  });

  it('when SIGINT stops it while a step waits on node 2', async () => {
    const cluster = run({ WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled_on_a_cluster.feature')]);
    await cluster.spec.printed('the run waits');
    const sent = Date.now();
    cluster.spec.process.kill('SIGINT');
    const ended = await cluster.spec.ended;
    assert.equal(ended.code, 130, ended.stderr);
    assert.ok(Date.now() - sent < fewSeconds, `ended ${Date.now() - sent} ms after SIGINT`);
    cluster.assertNothingLeft();
  });

  it('when SIGINT stops it while the cluster forms', async () => {
    const cluster = run({}, harness);
    await cluster.started(3);
    cluster.spec.process.kill('SIGINT');
    const ended = await cluster.spec.ended;
    assert.equal(ended.code, 130, ended.stderr);
    cluster.assertNothingLeft();
  });

  it('when the cluster is not ok within SERVER_START_TIMEOUT_MS: one line', async () => {
    // A fresh primary refuses to call its cluster ok for its first 2 seconds.
    const cluster = run({ SERVER_START_TIMEOUT_MS: '1000' }, harness);
    const ended = await cluster.spec.ended;
    assert.equal(ended.code, 2);
    assert.match(
      ended.stderr,
      /^redis-pubsub-spec: SERVER_START_TIMEOUT_MS=1000 passed before the cluster was ok \(.*node 1 says cluster_state:/m,
    );
    assert.equal(ended.stderr.trim().split('\n').length, 1, ended.stderr);
    cluster.assertNothingLeft();
  });
});

describe('a run on a cluster of containers leaves no container', () => {
  const owned: Array<(runId: string) => boolean> = [];
  const start = (env: Record<string, string>, args: readonly string[]): RunningSpec => {
    const spec = startSpec({ REDIS_PROVIDER: 'container', REDIS_TOPOLOGY: 'cluster', ...env }, args);
    owned.push(startedBy(spec.process.pid));
    return spec;
  };
  after(() => owned.forEach((owns) => removeContainersOf(owns)));

  it('when SIGTERM stops it while a step waits on node 2', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const spec = start({ WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled_on_a_cluster.feature')]);
    await spec.printed('the run waits');
    assert.equal(containersOf(startedBy(spec.process.pid)).length, 3, 'the run has not one container a node');
    const sent = Date.now();
    spec.process.kill('SIGTERM');
    const ended = await spec.ended;
    assert.equal(ended.code, 143, ended.stderr);
    assert.ok(Date.now() - sent < fewSeconds, `ended ${Date.now() - sent} ms after SIGTERM`);
    assert.deepEqual(containersOf(startedBy(spec.process.pid)), [], 'a container of the run is left');
  });

  it('when SIGINT stops it while its containers are being created', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const since = new Date();
    const spec = start({}, harness);
    await containerCreated(startedBy(spec.process.pid), since, 30000);
    spec.process.kill('SIGINT');
    const ended = await spec.ended;
    assert.equal(ended.code, 130, ended.stderr);
    assert.deepEqual(containersOf(startedBy(spec.process.pid)), [], 'a container of the run is left');
  });
});

describe('a run with a bad cluster setting', () => {
  const servers: RedisServer[] = [];
  let single: RedisServer;
  let lonelyNode: RedisServer;
  before(async () => {
    single = await startBinary('redis-server', 30000);
    servers.push(single);
    const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-spec-'));
    lonelyNode = await startBinary('redis-server', 30000, {
      args: ['--cluster-enabled', 'yes', '--cluster-config-file', join(folder, 'nodes.conf')],
    });
    servers.push({ ...lonelyNode, stop: () => lonelyNode.stop().finally(() => rmSync(folder, { recursive: true, force: true })) });
  });
  after(() => Promise.all(servers.map((server) => server.stop())));

  const cases: Record<string, () => [Record<string, string>, RegExp]> = {
    'an unknown topology': () => [
      { REDIS_TOPOLOGY: 'sharded' },
      /^redis-pubsub-spec: REDIS_TOPOLOGY=sharded is not one of single, cluster/m,
    ],
    'no primaries': () => [
      { REDIS_TOPOLOGY: 'cluster', REDIS_CLUSTER_NODES: '0' },
      /^redis-pubsub-spec: REDIS_CLUSTER_NODES=0 is not a whole number of primaries/m,
    ],
    'a node that fails to start': () => [
      { REDIS_PROVIDER: 'binary', REDIS_TOPOLOGY: 'cluster', REDIS_SERVER_BIN: '/bin/false' },
      /^redis-pubsub-spec: REDIS_SERVER_BIN=\/bin\/false exited \(code 1\) before it was ready/m,
    ],
    'a URL that is no cluster node': () => [
      { REDIS_PROVIDER: 'url', REDIS_TOPOLOGY: 'cluster', REDIS_URL: `redis://127.0.0.1:${single.port}` },
      /^redis-pubsub-spec: REDIS_URL=redis:\/\/127\.0\.0\.1:\d+\/? is not a node of a Redis Cluster \(ERR .*\): point it at a cluster node/m,
    ],
    'a URL whose cluster is not ok': () => [
      { REDIS_PROVIDER: 'url', REDIS_TOPOLOGY: 'cluster', REDIS_URL: `redis://127.0.0.1:${lonelyNode.port}` },
      /^redis-pubsub-spec: REDIS_URL=redis:\/\/127\.0\.0\.1:\d+\/? is a cluster node, but its cluster is not ok \(cluster_state:fail/m,
    ],
  };
  for (const [what, setting] of Object.entries(cases)) {
    it(`stops on ${what}`, async () => {
      const [env, line] = setting();
      const run = await runSpec(env, ['--profile', 'cluster', 'features/at_scale']);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, line);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.ok(run.ms < fewSeconds, `took ${run.ms} ms`);
    });
  }
});
