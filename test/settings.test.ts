import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultImage, readSettings, SettingError } from '../support/server/settings';

describe('settings', () => {
  it('defaults to auto, RESP2 and a pinned image', () => {
    const settings = readSettings({});
    assert.equal(settings.provider, 'auto');
    assert.equal(settings.protocol, 2);
    assert.equal(settings.image, defaultImage);
    assert.match(defaultImage, /^redis:\d+\.\d+\.\d+$/);
  });

  const wrong: Array<[Record<string, string>, string]> = [
    [{ REDIS_PROVIDER: 'docker' }, 'REDIS_PROVIDER=docker'],
    [{ REDIS_PROVIDER: 'url' }, 'REDIS_PROVIDER=url needs REDIS_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL=localhost:6379'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL=http://127.0.0.1:6379'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL=not a url'],
    [{ REDIS_IMAGE: ' ' }, 'REDIS_IMAGE is empty'],
    [{ REDIS_SERVER_BIN: '' }, 'REDIS_SERVER_BIN is empty'],
    [{ REDIS_PROTOCOL: 'resp3' }, 'REDIS_PROTOCOL=resp3'],
    [{ WAIT_TIMEOUT_MS: '-5' }, 'WAIT_TIMEOUT_MS=-5'],
    [{ SERVER_START_TIMEOUT_MS: '1.5' }, 'SERVER_START_TIMEOUT_MS=1.5'],
  ];
  for (const [env, named] of wrong) {
    it(`refuses ${JSON.stringify(env)} in one line naming it`, () => {
      assert.throws(
        () => readSettings(env),
        (error: unknown) => error instanceof SettingError && error.message.startsWith(named) && !error.message.includes('\n'),
      );
    });
  }
});
