import {
  GenericContainer,
  getContainerRuntimeClient,
  ImageName,
  Wait,
  type ContainerRuntimeClient,
  type StartedTestContainer,
} from 'testcontainers';
import { stopOnExit } from '../../lib/stop_list';
import type { RedisServer } from '../server';
import { SettingError } from '../settings';
import { dockerHostFailure } from './docker_host';
import { messageOf } from '../../lib/errors';
import { WaitTimeout, within } from '../../lib/waiting';
import { createLoopbackNetwork, loopback } from './loopback_network';

const redisPort = 6379;
const ready = 'Ready to accept connections';
export const runLabel = 'redis-pubsub-spec.run';

/** The network a run's container is published from: one per run, named and labelled after it. */
export function networkOf(runId: string): string {
  return `redis-pubsub-spec-${runId}`;
}

/** Starts the image on the run's own network, whose published ports listen on loopback only. */
async function startOnLoopback(
  engine: ContainerRuntimeClient,
  image: string,
  runId: string,
  startTimeoutMs: number,
): Promise<StartedTestContainer> {
  const labels = { [runLabel]: runId };
  await createLoopbackNetwork(engine, networkOf(runId), labels);
  return new GenericContainer(image)
    .withCommand(['--protected-mode', 'no', '--save', '', '--appendonly', 'no'])
    .withNetworkMode(networkOf(runId))
    .withExposedPorts(redisPort)
    .withLabels(labels)
    .withWaitStrategy(Wait.forLogMessage(ready))
    .withStartupTimeout(startTimeoutMs)
    .start();
}

export async function startContainer(image: string, runId: string, startTimeoutMs: number): Promise<RedisServer> {
  const engine = await dockerEngine();
  await ensureImage(engine, image);
  const starting = startOnLoopback(engine, image, runId, startTimeoutMs);
  const removeEverything = async (): Promise<void> => {
    // This first removal may meet one testcontainers has under way for a start it gave up: the one after the start settles counts.
    await removeContainersOf(runId).catch(() => {});
    // A container whose creation was under way during the first removal exists once the start settles.
    await within(starting, 5000, 'the container start to settle').catch(() => {});
    await removeContainersOf(runId);
    await removeNetworksOf(runId);
  };
  const release = stopOnExit(removeEverything);
  let container: StartedTestContainer;
  try {
    // Bounded here from before the container is created: testcontainers' own bound starts at its log wait,
    // whose first read may already hold the ready line, however short the bound.
    container = await within(starting, startTimeoutMs, `the container's Redis to log "${ready}"`);
  } catch (error) {
    await removeEverything().catch(() => {});
    release();
    throw explain(error, startTimeoutMs);
  }
  return {
    provider: 'container',
    origin: image,
    host: loopback,
    port: container.getMappedPort(redisPort),
    password: undefined,
    stop: async () => {
      await container.stop({ timeout: 1000 });
      await removeNetworksOf(runId);
      release();
    },
  };
}

/** Removes, running or not, every container labelled with this run; fails, once every removal has ended, if one failed. */
export async function removeContainersOf(runId: string): Promise<void> {
  const docker = (await getContainerRuntimeClient()).container.dockerode;
  const containers = await docker.listContainers({ all: true, filters: { label: [`${runLabel}=${runId}`] } });
  const removals = await Promise.allSettled(
    containers.map(async (found) => {
      const container = docker.getContainer(found.Id);
      try {
        await container.remove({ force: true });
      } catch (error) {
        // Docker removes a container testcontainers stopped by itself (AutoRemove): then it is gone once that ends.
        if (statusOf(error) !== 409 || !/already in progress/.test(messageOf(error))) throw error;
        await container.wait({ condition: 'removed' }).catch((waiting: unknown) => {
          if (statusOf(waiting) !== 404) throw waiting;
        });
      }
    }),
  );
  const failed = removals.find((removal) => removal.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The HTTP status of Docker's answer in an error of dockerode's. */
function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;
}

/** Removes the networks labelled with this run, once no container of the run is left on them. */
export async function removeNetworksOf(runId: string): Promise<void> {
  const docker = (await getContainerRuntimeClient()).container.dockerode;
  const networks = await docker.listNetworks({ filters: { label: [`${runLabel}=${runId}`] } });
  await Promise.all(networks.map((found) => docker.getNetwork(found.Id).remove()));
}

/** The Docker engine the container provider uses, or a SettingError saying how to get one. */
export async function dockerEngine(): Promise<ContainerRuntimeClient> {
  const failure = await dockerHostFailure();
  if (failure !== undefined) {
    throw new SettingError(
      `DOCKER_HOST=${process.env.DOCKER_HOST} does not answer (${failure}): start Docker there, or unset DOCKER_HOST.`,
    );
  }
  try {
    return await getContainerRuntimeClient();
  } catch {
    throw new SettingError(
      'REDIS_PROVIDER=container needs a Docker engine, and none answers: start Docker, or use REDIS_PROVIDER=binary with redis-server installed.',
    );
  }
}

export async function ensureImage(client: ContainerRuntimeClient, image: string): Promise<void> {
  let reason = 'the pull did not bring it';
  try {
    const name = ImageName.fromString(image);
    await client.image.pull(name);
    if (await client.image.exists(name)) return;
  } catch (error) {
    reason = firstLine(messageOf(error));
  }
  throw new SettingError(
    `REDIS_IMAGE=${image} is not on this machine and could not be pulled (${reason}): pull or build it, or set REDIS_IMAGE to a local image.`,
  );
}

function explain(error: unknown, startTimeoutMs: number): Error {
  if (error instanceof WaitTimeout) {
    return new SettingError(
      `SERVER_START_TIMEOUT_MS=${startTimeoutMs} passed before the container's Redis was ready (it did not log "${ready}"): raise SERVER_START_TIMEOUT_MS.`,
    );
  }
  return error instanceof Error ? error : new Error(messageOf(error));
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
