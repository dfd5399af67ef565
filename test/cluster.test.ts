import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { startBinary } from '../support/server/providers/binary';
import type { RedisServer } from '../support/server/server';
import { containerCreated, containerRuns, containersLeftBy, needsDocker, startedBy } from './helpers/docker';
import { RecordedRun } from './helpers/recorded_run';
import { assertStopsOn, root, runSpec, runsAtOnce } from './helpers/run_spec';

const fewSeconds = 10000;
const fixtures = (name: string): string => join(root, 'test', 'fixtures', name);
const harness = ['--config', 'test/fixtures/cucumber.js'];

describe('a run on a cluster of the binary provider leaves no node', runsAtOnce, () => {
  const runs: RecordedRun[] = [];
  const run = (env: Record<string, string>, args: readonly string[]): RecordedRun => {
    const started = new RecordedRun('recorded-redis-server', { REDIS_TOPOLOGY: 'cluster', ...env }, args);
    runs.push(started);
    return started;
  };
  after(() => runs.forEach((started) => started.cleanUp()));

  it('after the cluster features pass', async () => {
    const cluster = run({}, ['--profile', 'cluster', 'features/at_scale']);
    const ended = await cluster.spec.ended;
    assert.equal(ended.code, 0, ended.stdout + ended.stderr);
    assert.match(ended.stdout, /as a cluster of 3 primaries: node 1 127\.0\.0\.1:\d+, node 2 127\.0\.0\.1:\d+, node 3 127\.0\.0\.1:\d+;/);
    cluster.assertNothingLeft(3);
  });

  it('when SIGINT stops it while a step waits on node 2', async () => {
    const cluster = run({ WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled_on_a_cluster.feature')]);
    await cluster.spec.printed('the run waits');
    await assertStopsOn(cluster.spec, 'SIGINT', fewSeconds);
    cluster.assertNothingLeft(3);
  });

  it('when SIGINT stops it while the cluster forms', async () => {
    const cluster = run({}, harness);
    await cluster.started(3);
    await assertStopsOn(cluster.spec, 'SIGINT', fewSeconds);
    cluster.assertNothingLeft(3);
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
    cluster.assertNothingLeft(3);
  });
});

describe('a run on a cluster of containers leaves no container', runsAtOnce, () => {
  const start = containerRuns({ REDIS_TOPOLOGY: 'cluster' });

  it('when SIGTERM stops it while a step waits on node 2', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const spec = start({ WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled_on_a_cluster.feature')]);
    await spec.printed('the run waits');
    assert.equal(containersLeftBy(spec).length, 3, 'the run has not one container a node');
    const ended = await assertStopsOn(spec, 'SIGTERM', fewSeconds);
    assert.deepEqual(containersLeftBy(spec), [], `a container of the run is left; the run said:\n${ended.stderr}`);
  });

  it('when SIGINT stops it while its containers are being created', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const since = new Date();
    const spec = start({}, harness);
    await containerCreated(startedBy(spec.process.pid), since, 30000);
    const ended = await assertStopsOn(spec, 'SIGINT', fewSeconds);
    assert.deepEqual(containersLeftBy(spec), [], `a container of the run is left; the run said:\n${ended.stderr}`);
  });
});

describe('a run with a bad cluster setting', runsAtOnce, () => {
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

  // Each wrong cluster setting is refused as the settings are read (test/harness/settings.feature); one stops a run here.
  const cases: Record<string, () => [Record<string, string>, RegExp]> = {
    'an unknown topology': () => [
      { REDIS_TOPOLOGY: 'sharded' },
      /^redis-pubsub-spec: REDIS_TOPOLOGY=sharded is not one of single, cluster/m,
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
