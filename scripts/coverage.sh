#!/bin/sh
# npm run coverage: under c8 (.c8rc.json), the harness's tests beside the spec, the spec in RESP3 and the spec on a
# cluster, one after another, whose output comes after the harness's (a cluster's forming leaves the cores idle).
# Without TUTORIAL_PATH the literal driver's tests cannot run, so its code is left out of the count.
# With REDIS_URL the run has one server, which is not a cluster: spec:cluster is left to a cluster's node.
set -euf
literal_left_out=
[ -n "${TUTORIAL_PATH:-}" ] || literal_left_out='--exclude=support/windows/drivers/literal/** --exclude=errata/**'
cluster='npm run spec:cluster -- --format summary'
if [ -n "${REDIS_URL:-}" ]; then
  cluster="echo 'npm test: REDIS_URL names one server, so the cluster features do not run here: npm run spec:cluster with REDIS_URL on a node of a cluster runs them.'"
fi
# shellcheck disable=SC2086 # split on purpose: two --exclude arguments, or none
exec c8 $literal_left_out sh scripts/side_by_side.sh 'npm run test:harness' "npm run spec:ci && npm run spec:resp3 && $cluster"
