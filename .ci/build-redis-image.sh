#!/usr/bin/env bash
# Builds a Redis image from a redis-server on this machine, for engines that cannot pull from a registry.
# Usage: .ci/build-redis-image.sh [--server PATH] [NAME:TAG]
#   --server PATH  the server to put in the image as /usr/bin/redis-server (default: redis-server on PATH),
#                  e.g. ../shared/servers/valkey-8.0/valkey-server
#   NAME:TAG       default: redis-pubsub-spec/redis:local
set -euo pipefail
server=
if [ "${1:-}" = --server ]; then
  [ $# -ge 2 ] || { echo "build-redis-image: --server needs a path, like --server ../shared/servers/redis-6.2/redis-server" >&2; exit 2; }
  server=$2
  shift 2
fi
image=${1:-redis-pubsub-spec/redis:local}
if [ -z "$server" ]; then
  server=$(command -v redis-server) || { echo "build-redis-image: redis-server is not on PATH; install it (apt-get install redis-server) or name one with --server PATH" >&2; exit 1; }
fi
[ -f "$server" ] && [ -x "$server" ] || { echo "build-redis-image: --server $server is not an executable file; name a redis-server binary" >&2; exit 1; }
server=$(readlink -f "$server")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/bin" "$root/tmp" "$root/data"
cp "$server" "$root/usr/bin/redis-server"
ldd "$server" | grep -o '/[^ ]*' | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
tar -C "$root" -c . | docker import \
  -c 'ENTRYPOINT ["/usr/bin/redis-server"]' -c 'EXPOSE 6379' -c 'WORKDIR /data' - "$image" >/dev/null
echo "$image"
