import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultImage, readSettings } from '../support/server/settings';
import { refusesEach } from './helpers/refusals';

describe('settings', () => {
  it('defaults to auto, RESP2 and a pinned image', () => {
    const settings = readSettings({});
    assert.equal(settings.provider, 'auto');
    assert.equal(settings.protocol, 2);
    assert.equal(settings.image, defaultImage);
    assert.match(defaultImage, /^redis:\d+\.\d+\.\d+$/);
  });

  refusesEach(readSettings, [
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
  ]);
});
