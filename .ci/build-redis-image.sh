#!/usr/bin/env bash
# Builds a Redis image from the machine's own redis-server, for engines that cannot pull from a registry.
# Usage: .ci/build-redis-image.sh [NAME:TAG]   (default: redis-pubsub-spec/redis:local)
set -euo pipefail
image=${1:-redis-pubsub-spec/redis:local}
server=$(command -v redis-server) || { echo "build-redis-image: redis-server is not on PATH; install it (apt-get install redis-server)" >&2; exit 1; }
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
