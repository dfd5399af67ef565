#!/bin/sh
# Runs shell command lines side by side, as each leaves a core idle at times: the first's output as it comes,
# each other's after it, in their order; fails if any of them failed.
set -u
first=$1
shift
held=$(mktemp -d)
trap 'rm -rf "$held"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
pids=
n=0
for command in "$@"; do
  n=$((n + 1))
  sh -c "$command" >"$held/$n" 2>&1 &
  pids="$pids $!"
done
sh -c "$first"
failed=$?
n=0
for pid in $pids; do
  n=$((n + 1))
  wait "$pid" || failed=1
  cat "$held/$n"
done
exit "$failed"
