import { Before } from '@cucumber/cucumber';
import { currentRun } from './server/run';

/** A scenario about one server does not run on a cluster, nor a cluster's on one server: each says how to run it. */
Before(function ({ pickle }) {
  const cluster = pickle.tags.some((tag) => tag.name === '@cluster');
  const topology = currentRun().settings.topology;
  if (cluster && topology !== 'cluster') {
    throw new Error('this scenario needs a Redis Cluster: run it with npm run spec:cluster (REDIS_TOPOLOGY=cluster)');
  }
  if (!cluster && topology === 'cluster') {
    throw new Error('this scenario is about one server, and REDIS_TOPOLOGY=cluster is set: unset it, or run npm run spec:cluster');
  }
});
