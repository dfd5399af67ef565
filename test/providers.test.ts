import { strict as assert } from 'node:assert';
import { describe, it, type TestContext } from 'node:test';
import Redis from 'ioredis';
import { startBinary } from '../support/server/providers/binary';
import { networkOf, runLabel, startContainer } from '../support/server/providers/container';
import { hostBindingOption } from '../support/server/providers/loopback_network';
import { existingServer } from '../support/server/providers/url';
import { serverUrl, type RedisServer } from '../support/server/server';
import { readSettings } from '../support/server/settings';
import { containersOf, docker, needsDocker, networksOf, removeContainersOf } from './helpers/docker';
import { beyondLoopback } from './helpers/loopback';

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

function assertListensOnLoopbackOnly(port: number): void {
  assert.equal(beyondLoopback(port), undefined);
}

describe('the binary provider', () => {
  it('starts redis-server on loopback, persisting nothing, and stops it', async () => {
    const server = await startBinary(readSettings().serverBin, 10000);
    assert.equal(await ping(server), 'PONG');
    const redis = new Redis(serverUrl(server));
    assert.deepEqual(await redis.config('GET', 'bind'), ['bind', '127.0.0.1']);
    assert.deepEqual(await redis.config('GET', 'save'), ['save', '']);
    assertListensOnLoopbackOnly(server.port);
    redis.disconnect();
    await server.stop();
    assert.ok(await refuses(server), 'the server still answers after stop');
  });
});

describe('the container provider', () => {
  it('starts the image on a network of its run that publishes on loopback only, and leaves nothing after stop', async (t: TestContext) => {
    if (!needsDocker(t)) return;
    const runId = `provider-test-${process.pid}`;
    const server = await startContainer(readSettings().image, runId, 30000);
    const ours = (label: string): boolean => label === runId;
    try {
      assert.equal(await ping(server), 'PONG');
      const [id = ''] = containersOf(ours);
      assert.notEqual(id, '', 'no container carries the run label');
      assert.equal(docker('inspect', '--format', '{{.HostConfig.NetworkMode}}', id), networkOf(runId));
      const options = docker('network', 'inspect', '--format', '{{json .Options}}', networkOf(runId));
      assert.deepEqual(JSON.parse(options), { [hostBindingOption]: '127.0.0.1' });
      const published = docker('inspect', '--format', '{{json .NetworkSettings.Ports}}', id);
      assert.deepEqual(JSON.parse(published), { '6379/tcp': [{ HostIp: '127.0.0.1', HostPort: String(server.port) }] });
      assertListensOnLoopbackOnly(server.port);
      await server.stop();
      assert.deepEqual(containersOf(ours), [], 'a container of this run is left after stop');
      assert.deepEqual(networksOf(ours), [], 'the network of this run is left after stop');
    } finally {
      removeContainersOf(ours);
    }
  });

  it("relies on Docker publishing a network's ports on its host binding, whatever the engine's default", (t: TestContext) => {
    if (!needsDocker(t)) return;
    const runId = `host-binding-test-${process.pid}`;
    const ours = (label: string): boolean => label === runId;
    const label = `${runLabel}=${runId}`;
    try {
      // Not loopback's 127.0.0.1: an engine started with --ip 127.0.0.1 publishes there by default.
      docker('network', 'create', '--label', label, '--opt', `${hostBindingOption}=127.0.0.2`, networkOf(runId));
      const id = docker('create', '--label', label, '--network', networkOf(runId), '--publish', '6379', readSettings().image);
      docker('start', id);
      const published = docker('inspect', '--format', '{{json .NetworkSettings.Ports}}', id);
      const bindings = (JSON.parse(published) as Record<string, Array<{ HostIp: string }>>)['6379/tcp'] ?? [];
      assert.deepEqual(
        bindings.map((binding) => binding.HostIp),
        ['127.0.0.2'],
      );
    } finally {
      removeContainersOf(ours);
    }
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
