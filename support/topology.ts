import { Before } from '@cucumber/cucumber';
import { currentRun } from './server/run';
import type { TopologyName } from './server/settings';

/** A scenario about one server does not run on a cluster, nor a cluster's on one server: each says how to run it. */
Before(function ({ pickle }) {
  const refusal = topologyRefusal(
    pickle.tags.map((tag) => tag.name),
    currentRun().settings.topology,
  );
  if (refusal) throw new Error(refusal);
});

/** Why a scenario with these tags cannot run on this topology; nothing when it can. */
export function topologyRefusal(tags: readonly string[], topology: TopologyName): string | undefined {
  const cluster = tags.includes('@cluster');
  if (cluster && topology !== 'cluster')
    return 'this scenario needs a Redis Cluster: run it with npm run spec:cluster (REDIS_TOPOLOGY=cluster)';
  if (!cluster && topology === 'cluster')
    return 'this scenario is about one server, and REDIS_TOPOLOGY=cluster is set: unset it, or run npm run spec:cluster';
  return undefined;
}
