import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { containerCreated, containerRuns, containersLeftBy, needsDocker, networksOf, startedBy } from './helpers/docker';
import { alive } from './helpers/processes';
import { RecordedRun } from './helpers/recorded_run';
import { assertStopsOn, root, runsAtOnce, type RunningSpec } from './helpers/run_spec';

/** How long a run may take to end once it was stopped or failed. */
const fewSeconds = 10000;
const fixtures = (name: string): string => join(root, 'test', 'fixtures', name);
const harness = ['--config', 'test/fixtures/cucumber.js'];

describe('a run on the binary provider leaves no process', runsAtOnce, () => {
  const runs: RecordedRun[] = [];
  const recorded = (server: string, env: Record<string, string> = {}, args: readonly string[] = harness): RecordedRun => {
    const run = new RecordedRun(server, env, args);
    runs.push(run);
    return run;
  };
  after(() => runs.forEach((run) => run.cleanUp()));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`when ${signal} stops it while a step waits`, async () => {
      const run = recorded('recorded-redis-server', { WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled.feature')]);
      await run.spec.printed('the run waits');
      await assertStopsOn(run.spec, signal, fewSeconds);
      run.assertNothingLeft();
    });
  }

  it('with --parallel 2, when SIGTERM stops it while both worker threads wait', async () => {
    const parallel = [...harness, '--parallel', '2', fixtures('signalled.feature')];
    const run = recorded('recorded-redis-server', { WAIT_TIMEOUT_MS: '60000' }, parallel);
    await Promise.all([run.spec.printed('the run waits in worker 0'), run.spec.printed('the run waits in worker 1')]);
    assert.equal(run.pids().filter(alive).length, 2, 'each worker has a server of its own');
    const ended = await assertStopsOn(run.spec, 'SIGTERM', fewSeconds);
    assert.doesNotMatch(ended.stderr, /left running/);
    run.assertNothingLeft();
  });

  it('when SIGINT stops it while redis-server starts', async () => {
    const run = recorded('never-ready-redis-server');
    await run.started();
    await assertStopsOn(run.spec, 'SIGINT', fewSeconds);
    run.assertNothingLeft();
  });

  it('when the BeforeAll hook fails after the server started', async () => {
    const run = recorded('deaf-redis-server');
    const ended = await run.spec.ended;
    assert.equal(ended.code, 2);
    assert.match(ended.stderr, /^redis-pubsub-spec: .*deaf-redis-server started, but does not answer/m);
    assert.ok(ended.ms < fewSeconds * 2, `took ${ended.ms} ms`);
    run.assertNothingLeft();
  });

  it('when the server is not ready within SERVER_START_TIMEOUT_MS', async () => {
    const run = recorded('never-ready-redis-server', { SERVER_START_TIMEOUT_MS: '500' });
    const ended = await run.spec.ended;
    assert.equal(ended.code, 2);
    assert.match(ended.stderr, /^redis-pubsub-spec: SERVER_START_TIMEOUT_MS=500 passed before .* was ready/m);
    run.assertNothingLeft();
  });

  it('when a step throws: the run goes on to its end', async () => {
    const run = recorded('recorded-redis-server', {}, [...harness, fixtures('throwing.feature')]);
    const ended = await run.spec.ended;
    assert.equal(ended.code, 1);
    assert.match(ended.stdout, /a step threw on purpose/);
    assert.match(ended.stdout, /1 scenario \(1 failed\)/);
    run.assertNothingLeft();
  });

  it('when Redis dies: each next step fails at once, naming the lost server', async () => {
    const run = recorded('recorded-redis-server', {}, [...harness, fixtures('server_dies.feature')]);
    const ended = await run.spec.ended;
    assert.equal(ended.code, 1);
    assert.match(ended.stdout, /3 scenarios \(3 failed\)/);
    const server = String.raw`the Redis server at 127\.0\.0\.1:\d+ \(binary .*recorded-redis-server\)`;
    assert.match(ended.stdout, new RegExp(`Awaited session B to print "I heard \\[a message\\]", but it lost ${server}`));
    assert.match(ended.stdout, new RegExp(`the spec could not ask PUBSUB NUMSUB my_channel on ${server}`));
    assert.match(ended.stdout, new RegExp(`session A could not connect on ${server}`));
    assert.doesNotMatch(ended.stdout, /timed out/);
    assert.ok(ended.ms < fewSeconds * 2, `took ${ended.ms} ms`);
    run.assertNothingLeft();
  });
});

describe('a run on the container provider leaves no container and no network', runsAtOnce, () => {
  const start = containerRuns({});

  const assertNoContainerLeft = (spec: RunningSpec): void => {
    assert.deepEqual(containersLeftBy(spec), [], 'a container of the run is left');
    assert.deepEqual(networksOf(startedBy(spec.process.pid)), [], 'a network of the run is left');
  };

  it('when SIGINT stops it while its container is being created', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const since = new Date();
    const spec = start({}, harness);
    await containerCreated(startedBy(spec.process.pid), since, 30000);
    await assertStopsOn(spec, 'SIGINT', fewSeconds);
    assertNoContainerLeft(spec);
  });

  it('when SIGTERM stops it while a step waits', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const spec = start({ WAIT_TIMEOUT_MS: '60000' }, [...harness, fixtures('signalled.feature')]);
    await spec.printed('the run waits');
    assert.equal(containersLeftBy(spec).length, 1, 'the run has no container of its own');
    await assertStopsOn(spec, 'SIGTERM', fewSeconds);
    assertNoContainerLeft(spec);
  });

  it('when the BeforeAll hook fails: the container is not ready within SERVER_START_TIMEOUT_MS', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const spec = start({ SERVER_START_TIMEOUT_MS: '1' }, harness);
    const ended = await spec.ended;
    assert.equal(ended.code, 2);
    assert.match(ended.stderr, /^redis-pubsub-spec: SERVER_START_TIMEOUT_MS=1 passed before the container's Redis was ready/m);
    assertNoContainerLeft(spec);
  });

  it('when a step throws', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const spec = start({}, [...harness, fixtures('throwing.feature')]);
    const ended = await spec.ended;
    assert.equal(ended.code, 1);
    assert.match(ended.stdout, /a step threw on purpose/);
    assertNoContainerLeft(spec);
  });
});
