import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';

const redisPort = 6379;
export const runLabel = 'redis-pubsub-spec.run';

/** A Redis container whose port is published on loopback only, labelled with the run that started it. */
class LoopbackRedisContainer extends GenericContainer {
  constructor(image: string, runId: string, startTimeoutMs: number) {
    super(image);
    this.withCommand(['--protected-mode', 'no', '--save', '', '--appendonly', 'no'])
      .withExposedPorts(redisPort)
      .withLabels({ [runLabel]: runId })
      .withWaitStrategy(Wait.forLogMessage('Ready to accept connections'))
      .withStartupTimeout(startTimeoutMs);
  }

  override async start(): Promise<StartedTestContainer> {
    const portBindings = (this.hostConfig.PortBindings ?? {}) as Record<string, Array<{ HostIp?: string }>>;
    for (const bindings of Object.values(portBindings)) {
      for (const binding of bindings) binding.HostIp = '127.0.0.1';
    }
    return super.start();
  }
}

export async function startContainer(image: string, runId: string, startTimeoutMs: number): Promise<RedisServer> {
  let container: StartedTestContainer;
  try {
    container = await new LoopbackRedisContainer(image, runId, startTimeoutMs).start();
  } catch (error) {
    throw explain(error, image);
  }
  return {
    provider: 'container',
    origin: image,
    host: '127.0.0.1',
    port: container.getMappedPort(redisPort),
    password: undefined,
    stop: async () => {
      await container.stop({ timeout: 1000 });
    },
  };
}

function explain(error: unknown, image: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/container runtime strategy/i.test(message)) {
    return new SettingError(
      'REDIS_PROVIDER=container needs a Docker engine, and none answers: start Docker, or use REDIS_PROVIDER=binary with redis-server installed.',
    );
  }
  if (/pull|registry|not found|no such image|manifest/i.test(message)) {
    return new SettingError(
      `REDIS_IMAGE=${image} is not on this machine and could not be pulled (${firstLine(message)}): pull or build it, or set REDIS_IMAGE to a local image.`,
    );
  }
  return error instanceof Error ? error : new Error(message);
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
