import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { needsDocker } from './helpers/docker';
import { root, runSpec, runsAtOnce } from './helpers/run_spec';

/** Each wrong setting stops the run fast, non-zero, with one line that names it. */
describe('a run with bad input', runsAtOnce, () => {
  // A setting that is wrong in itself is refused as the settings are read, each in test/harness/settings.feature;
  // one of them shows that the run then stops as it must. The rest are wrong only on this machine.
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['a wrong setting', { REDIS_PROVIDER: 'docker' }, /^redis-pubsub-spec: REDIS_PROVIDER=docker is not one of/m],
    [
      'an unreachable URL',
      { REDIS_PROVIDER: 'url', REDIS_URL: 'redis://127.0.0.1:1' },
      /^redis-pubsub-spec: REDIS_URL=redis:\/\/127\.0\.0\.1:1\/? does not answer/m,
    ],
    [
      'a missing binary',
      { REDIS_PROVIDER: 'binary', REDIS_SERVER_BIN: '/nowhere/redis-server' },
      /^redis-pubsub-spec: REDIS_SERVER_BIN=\/nowhere\/redis-server was not found/m,
    ],
    [
      'a binary that is not Redis',
      { REDIS_PROVIDER: 'binary', REDIS_SERVER_BIN: '/bin/false' },
      /^redis-pubsub-spec: REDIS_SERVER_BIN=\/bin\/false exited \(code 1\) before it was ready/m,
    ],
    [
      'a binary that cannot run',
      { REDIS_PROVIDER: 'binary', REDIS_SERVER_BIN: join(root, 'package.json') },
      /^redis-pubsub-spec: REDIS_SERVER_BIN=.*package\.json cannot be run/m,
    ],
    [
      'the container provider with no Docker engine',
      { REDIS_PROVIDER: 'container', DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
      /^redis-pubsub-spec: DOCKER_HOST=unix:\/\/\/nonexistent\/docker\.sock does not answer .*: start Docker there, or unset DOCKER_HOST/m,
    ],
    [
      'no Redis anywhere',
      { REDIS_PROVIDER: 'auto', REDIS_URL: '', DOCKER_HOST: 'unix:///nonexistent/docker.sock', REDIS_SERVER_BIN: '/nowhere/redis-server' },
      /^redis-pubsub-spec: No Redis to run against/m,
    ],
  ];
  for (const [what, env, line] of cases) {
    it(`stops on ${what}`, async () => {
      const run = await runSpec(env);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, line);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.ok(run.ms < 10000, `took ${run.ms} ms`);
    });
  }

  const needingDocker: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an image that is nowhere',
      { REDIS_PROVIDER: 'container', REDIS_IMAGE: '127.0.0.1:1/redis-pubsub-spec/none:never' },
      /^redis-pubsub-spec: REDIS_IMAGE=127\.0\.0\.1:1\/redis-pubsub-spec\/none:never is not on this machine and could not be pulled/m,
    ],
    [
      'an image name that is not one',
      { REDIS_PROVIDER: 'container', REDIS_IMAGE: 'Not_An:Image:x' },
      /^redis-pubsub-spec: REDIS_IMAGE=Not_An:Image:x is not on this machine and could not be pulled .*invalid reference format/m,
    ],
  ];
  for (const [what, env, line] of needingDocker) {
    it(`stops on ${what}`, async (t: TestContext) => {
      if (!needsDocker(t)) return;
      const run = await runSpec(env);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, line);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.ok(run.ms < 10000, `took ${run.ms} ms`);
    });
  }

  it('fails when no scenario ran', async () => {
    const run = await runSpec({ REDIS_PROVIDER: 'binary' }, ['--tags', '@no-such-tag']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no scenario ran/);
  });
});

describe('an unfinished spec', () => {
  for (const feature of ['unfinished', 'pending']) {
    it(`fails on a ${feature === 'unfinished' ? 'undefined' : 'pending'} step`, async () => {
      const run = await runSpec({ REDIS_PROVIDER: 'binary' }, [
        '--config',
        'test/fixtures/cucumber.js',
        `test/fixtures/${feature}.feature`,
      ]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, new RegExp(`1 scenario \\(1 ${feature === 'unfinished' ? 'undefined' : 'pending'}\\)`));
    });
  }
});
