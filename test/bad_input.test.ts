import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runSpec } from './run_spec';

/** Each wrong setting stops the run fast, non-zero, with one line that names it. */
describe('a run with bad input', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an unknown provider', { REDIS_PROVIDER: 'docker' }, /^redis-pubsub-spec: REDIS_PROVIDER=docker is not one of/m],
    ['a malformed URL', { REDIS_PROVIDER: 'url', REDIS_URL: 'redis//oops' }, /^redis-pubsub-spec: REDIS_URL=redis\/\/oops is not a URL/m],
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
    ['a bad protocol', { REDIS_PROTOCOL: '4' }, /^redis-pubsub-spec: REDIS_PROTOCOL=4 is not one of 2, 3/m],
    ['a bad timeout', { WAIT_TIMEOUT_MS: 'soon' }, /^redis-pubsub-spec: WAIT_TIMEOUT_MS=soon is not a whole number/m],
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
