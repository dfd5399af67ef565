import type { ContainerRuntimeClient } from 'testcontainers';

export const loopback = '127.0.0.1';

/**
 * Docker's bridge driver option for the host address a network's published ports bind to; it wins over the
 * engine's own default (dockerd --ip, 0.0.0.0 unless set). testcontainers has no host address for a port.
 */
export const hostBindingOption = 'com.docker.network.bridge.host_binding_ipv4';

/** Creates a bridge network whose published ports listen on loopback only, labelled like the run's containers. */
export async function createLoopbackNetwork(client: ContainerRuntimeClient, name: string, labels: Record<string, string>): Promise<void> {
  await client.network.create({ Name: name, Driver: 'bridge', Labels: labels, Options: { [hostBindingOption]: loopback } });
}
