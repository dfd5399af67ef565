import type Redis from 'ioredis';

interface PublishStats {
  readonly calls: number;
  readonly usec: number;
}

/**
 * The server's own time inside PUBLISH, from INFO commandstats: queueing the message for every subscriber,
 * without the network, and without writing the subscribers' sockets, which happens after the command.
 */
export async function serverTimeOfPublish<T>(
  admin: Redis,
  measure: () => Promise<T>,
  command: 'publish' | 'spublish' = 'publish',
): Promise<{ result: T; usPerCall: number }> {
  const before = await publishStats(admin, command);
  const result = await measure();
  const after = await publishStats(admin, command);
  const calls = after.calls - before.calls;
  return { result, usPerCall: calls === 0 ? 0 : Math.round(((after.usec - before.usec) / calls) * 100) / 100 };
}

async function publishStats(admin: Redis, command: string): Promise<PublishStats> {
  const line = new RegExp(`^cmdstat_${command}:(.*)$`, 'm').exec(await admin.info('commandstats'))?.[1] ?? '';
  const field = (name: string): number => Number(new RegExp(`(?:^|,)${name}=(\\d+)`).exec(line)?.[1] ?? 0);
  return { calls: field('calls'), usec: field('usec') };
}
