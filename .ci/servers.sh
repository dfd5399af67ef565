#!/usr/bin/env bash
# The spec on every server it is checked on, each with the binary provider in RESP2 and in RESP3:
# Redis 6.2, 7.2 and Valkey 8.0 of the shared folder, Debian 12's Redis 7.0 (/usr/bin/redis-server),
# Debian 13's Redis 8.0 and Valkey 8.1 (.ci/debian-stack.sh 13, built once and cached); then the
# container provider on Redis 8.0 and Valkey 8.1, in images made from Debian 13's binaries. Prints
# each server's version, the scenarios and the time of each run, then a table; fails if any run fails.
# Usage: .ci/servers.sh [SERVERS_DIR]
#   SERVERS_DIR  the shared servers' folder (argument or setting; default ../shared/servers, beside the clone)
# Needs root (Debian 13's programs run in a root of theirs) and a Docker engine that answers.
set -euo pipefail
servers_dir=${1:-${SERVERS_DIR:-}}
if [ -n "$servers_dir" ]; then
  [ -d "$servers_dir" ] || { echo "servers: SERVERS_DIR=$servers_dir is no folder: give the shared servers' folder, like .ci/servers.sh ../shared/servers" >&2; exit 2; }
  servers_dir=$(cd "$servers_dir" && pwd)
fi
cd "$(dirname "$0")/.."
servers_dir=${servers_dir:-../shared/servers}
image=redis-pubsub-spec/redis:servers-check

for server in "$servers_dir/redis-6.2/redis-server" /usr/bin/redis-server "$servers_dir/redis-7.2/redis-server" "$servers_dir/valkey-8.0/valkey-server"; do
  if [ ! -x "$server" ]; then
    case $server in
      /usr/bin/*) echo "servers: $server is missing: install Debian's Redis (apt-get install redis-server)" >&2 ;;
      *) echo "servers: $server is missing: set SERVERS_DIR (or the argument) to the shared servers' folder" >&2 ;;
    esac
    exit 2
  fi
done
docker info >/dev/null 2>&1 || { echo "servers: no Docker engine answers, and the container runs need one: start dockerd (or set DOCKER_HOST)" >&2; exit 2; }
debian13=$(.ci/debian-stack.sh 13)
debian13_root=$(.ci/debian-stack.sh 13 --root)
servers=("$servers_dir/redis-6.2/redis-server" /usr/bin/redis-server "$servers_dir/redis-7.2/redis-server" "$debian13/redis-server"
  "$servers_dir/valkey-8.0/valkey-server" "$debian13/valkey-server")
# In an image each, from Debian 13's root: the server's path there.
container_servers=(/usr/bin/redis-server /usr/bin/valkey-server)

logs=$(mktemp -d)
cleanup() {
  local status=$?
  docker image rm "$image" >/dev/null 2>&1 || true
  rm -rf "$logs"
  exit "$status"
}
trap cleanup EXIT

rows=()
failed=0
echo "node $(node --version)"

# `Redis 6.2.16`, from `Redis server v=6.2.16 sha=...`
version_of() {
  "$1" --version | sed -E 's/^([A-Za-z]+) server v=([^ ]+).*/\1 \2/'
}

# run LABEL PROTOCOL PROVIDER ENV... -- COMMAND...: runs the spec, prints its scenarios and time, keeps a row.
run() {
  local label=$1 protocol=$2 provider=$3
  shift 3
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  local log
  log="$logs/$(printf '%s' "$label-$protocol-$provider" | tr -c 'A-Za-z0-9.-' _).log"
  local start end status=0
  start=$EPOCHREALTIME
  env "${env[@]}" "$@" >"$log" 2>&1 </dev/null || status=$?
  end=$EPOCHREALTIME
  local seconds scenarios
  seconds=$(awk -v start="$start" -v end="$end" 'BEGIN { printf "%.1f", end - start }')
  scenarios=$(grep -E '^[0-9]+ scenarios? \(' "$log" | tail -1 || true)
  local verdict=ok
  [ "$status" -eq 0 ] || verdict=FAILED
  printf '%-14s RESP%s %-9s %-28s %6ss  %s\n' "$label" "$protocol" "$provider" "${scenarios:-no scenarios ran}" "$seconds" "$verdict"
  grep -m1 -E '^(Redis|Valkey) .*; sessions: ' "$log" | sed 's/^/    /' || true
  rows+=("$(printf '| %-14s | %-8s | %-9s | %-28s | %6s s | %-6s |' "$label" "RESP$protocol" "$provider" "${scenarios:-no scenarios ran}" "$seconds" "$verdict")")
  if [ "$status" -ne 0 ]; then
    failed=1
    sed 's/^/    /' "$log" | tail -60
  fi
}

for server in "${servers[@]}"; do
  version=$(version_of "$server")
  echo
  echo "== $server: $version"
  run "$version" 2 binary REDIS_PROVIDER=binary "REDIS_SERVER_BIN=$server" -- npm run spec -- --format summary
  run "$version" 3 binary REDIS_PROVIDER=binary "REDIS_SERVER_BIN=$server" -- npm run spec:resp3
done

for server in "${container_servers[@]}"; do
  echo
  echo "== container provider, an image made from Debian 13's $server"
  built=$EPOCHREALTIME
  .ci/build-redis-image.sh --root "$debian13_root" --server "$server" "$image" >/dev/null
  awk -v start="$built" -v end="$EPOCHREALTIME" -v image="$image" 'BEGIN { printf "%s built in %.1f s\n", image, end - start }'
  version=$(version_of "$debian13/$(basename "$server")")
  run "$version" 2 container REDIS_PROVIDER=container "REDIS_IMAGE=$image" TESTCONTAINERS_RYUK_DISABLED=true -- npm run spec -- --format summary
  docker image rm "$image" >/dev/null
done

echo
echo "| server         | protocol | provider  | scenarios                    | time     | result |"
echo "| -------------- | -------- | --------- | ---------------------------- | -------- | ------ |"
printf '%s\n' "${rows[@]}"
echo "(${#rows[@]} runs in $SECONDS s)"
if [ "$failed" -ne 0 ]; then
  echo "servers: the spec failed on a server, see above" >&2
  exit 1
fi
