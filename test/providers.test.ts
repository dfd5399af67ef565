import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { describe, it, type TestContext } from 'node:test';
import Redis from 'ioredis';
import { startBinary } from '../support/providers/binary';
import { runLabel, startContainer } from '../support/providers/container';
import { existingServer } from '../support/providers/url';
import { serverUrl, type RedisServer } from '../support/server';
import { readSettings } from '../support/settings';

async function ping(server: RedisServer): Promise<string> {
  const redis = new Redis(serverUrl(server), { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return await redis.ping();
  } finally {
    redis.disconnect();
  }
}

function refuses(server: RedisServer): Promise<boolean> {
  return ping(server).then(
    () => false,
    () => true,
  );
}

function dockerAnswers(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10000 });
    return true;
  } catch {
    return false;
  }
}

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8' }).trim();
}

describe('the binary provider', () => {
  it('starts redis-server on loopback, persisting nothing, and stops it', async () => {
    const server = await startBinary(readSettings().serverBin, 10000);
    assert.equal(await ping(server), 'PONG');
    const redis = new Redis(serverUrl(server));
    assert.deepEqual(await redis.config('GET', 'bind'), ['bind', '127.0.0.1']);
    assert.deepEqual(await redis.config('GET', 'save'), ['save', '']);
    redis.disconnect();
    await server.stop();
    assert.ok(await refuses(server), 'the server still answers after stop');
  });
});

describe('the container provider', () => {
  it('starts the image on loopback with the run label, and leaves nothing after stop', async (t: TestContext) => {
    if (!dockerAnswers()) {
      if (process.env.CI) assert.fail('CI needs a Docker engine for the container provider');
      t.skip('no Docker engine answers');
      return;
    }
    const runId = `provider-test-${process.pid}`;
    const server = await startContainer(readSettings().image, runId, 30000);
    const labelled = (): string => docker('ps', '-aq', '--filter', `label=${runLabel}=${runId}`);
    try {
      assert.equal(await ping(server), 'PONG');
      const id = labelled();
      assert.notEqual(id, '', 'no container carries the run label');
      const bindings = docker('inspect', '--format', '{{json .HostConfig.PortBindings}}', id);
      assert.deepEqual(JSON.parse(bindings), { '6379/tcp': [{ HostIp: '127.0.0.1', HostPort: '0' }] });
    } finally {
      await server.stop();
    }
    assert.equal(labelled(), '', 'a container of this run is left after stop');
  });
});

describe('the url provider', () => {
  it('uses the server at REDIS_URL and leaves it running', async () => {
    const owned = await startBinary(readSettings().serverBin, 10000);
    try {
      const server = existingServer(new URL(serverUrl(owned)));
      assert.equal(await ping(server), 'PONG');
      await server.stop();
      assert.equal(await ping(owned), 'PONG');
    } finally {
      await owned.stop();
    }
  });
});
