import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runSpec } from './helpers/run_spec';

describe("the harness's own scenarios (test/harness)", () => {
  it('pass on the binary provider', async () => {
    const run = await runSpec({ REDIS_PROVIDER: 'binary' }, ['--profile', 'harness', 'test/harness/*.feature']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /\d+ scenarios \(\d+ passed\)/);
  });
});
