#!/usr/bin/env bash
# The experiments on a Redis Cluster (features/at_scale), on the binary provider and on the container
# provider, for .ci/run to call once the image is built and the project installed. The cluster's
# leak and bad-input tests are test/cluster.test.ts, which `npm run test:harness` (and so `npm test`) runs.
set -euo pipefail
cd "$(dirname "$0")/.."

image=${REDIS_IMAGE:-redis-pubsub-spec/redis:local}

printf '\n== %s\n' "The experiments on a Redis Cluster of 3 primaries, binary provider"
REDIS_PROVIDER=binary npm run spec:cluster -- --format summary

printf '\n== %s\n' "The experiments on a Redis Cluster of 3 primaries, container provider ($image)"
REDIS_PROVIDER=container REDIS_IMAGE=$image TESTCONTAINERS_RYUK_DISABLED=true npm run spec:cluster -- --format summary

printf '\n== %s\n' "The tutorial's own code on a Redis Cluster, each irb session on its node (literal driver), container provider"
REDIS_PROVIDER=container REDIS_IMAGE=$image TESTCONTAINERS_RYUK_DISABLED=true TUTORIAL_PATH=${TUTORIAL_PATH:-../shared/tutorial/redis-pubsub.md} \
  npm run test:literal:cluster -- --format summary
