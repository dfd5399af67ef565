#!/bin/sh
# Runs shell command lines side by side, as each leaves a core idle at times: the first's output as it comes,
# each other's after it, in their order; fails if any of them failed.
set -u
first=$1
shift
held=$(mktemp -d)
trap 'rm -rf "$held"' EXIT
n=0
for command in "$@"; do
  n=$((n + 1))
  sh -c "$command" >"$held/$n" 2>&1 &
  echo $! >"$held/$n.pid"
done
sh -c "$first"
failed=$?
n=0
for command in "$@"; do
  n=$((n + 1))
  wait "$(cat "$held/$n.pid")" || failed=1
  cat "$held/$n"
done
exit "$failed"
