#!/usr/bin/env bash
# Builds a Redis image from a redis-server on this machine, for engines that cannot pull from a registry.
# Usage: .ci/build-redis-image.sh [--root ROOT] [--server PATH] [NAME:TAG]
#   --server PATH  the server to put in the image as /usr/bin/redis-server (default: redis-server on PATH),
#                  e.g. ../shared/servers/valkey-8.0/valkey-server
#   --root ROOT    take the server from the Debian root ROOT (as .ci/debian-stack.sh makes), PATH being its
#                  path there (default /usr/bin/redis-server), with the libraries it links to there
#   NAME:TAG       default: redis-pubsub-spec/redis:local
set -euo pipefail
server='' root=''
while [ $# -gt 0 ]; do
  case $1 in
    --server | --root)
      [ $# -ge 2 ] || { echo "build-redis-image: $1 needs a path, like --server ../shared/servers/redis-6.2/redis-server" >&2; exit 2; }
      if [ "$1" = --server ]; then server=$2; else root=$2; fi
      shift 2
      ;;
    -*) echo "build-redis-image: no option $1: the options are --server PATH and --root ROOT" >&2; exit 2 ;;
    *) break ;;
  esac
done
image=${1:-redis-pubsub-spec/redis:local}

if [ -n "$root" ]; then
  [ -x "$root/usr/bin/ldd" ] || { echo "build-redis-image: --root $root is no Debian root (it has no /usr/bin/ldd)" >&2; exit 1; }
  root=$(cd "$root" && pwd -P)
  server=${server:-/usr/bin/redis-server}
  case $server in /*) ;; *) echo "build-redis-image: with --root, --server names the server's absolute path in the root, like /usr/bin/valkey-server" >&2; exit 2 ;; esac
  if [ ! -f "$root$server" ] || [ ! -x "$root$server" ]; then
    echo "build-redis-image: $root has no executable $server; name a redis-server of the root with --server" >&2
    exit 1
  fi
  # Paths are the root's: links resolve, and libraries are found, inside it.
  inside() { chroot "$root" "$@"; }
  from() { printf '%s%s' "$root" "$(chroot "$root" readlink -f "$1")"; }
else
  if [ -z "$server" ]; then
    server=$(command -v redis-server) || { echo "build-redis-image: redis-server is not on PATH; install it (apt-get install redis-server) or name one with --server PATH" >&2; exit 1; }
  fi
  if [ ! -f "$server" ] || [ ! -x "$server" ]; then
    echo "build-redis-image: --server $server is not an executable file; name a redis-server binary" >&2
    exit 1
  fi
  server=$(readlink -f "$server")
  inside() { "$@"; }
  from() { readlink -f "$1"; }
fi
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
mkdir -p "$folder/usr/bin" "$folder/tmp" "$folder/data"
cp "$(from "$server")" "$folder/usr/bin/redis-server"
libraries=$(inside ldd "$server" | grep -o '/[^ ]*')
for lib in $libraries; do
  mkdir -p "$folder$(dirname "$lib")"
  cp "$(from "$lib")" "$folder$lib"
done
before=$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
tar -C "$folder" -c . | docker import \
  -c 'ENTRYPOINT ["/usr/bin/redis-server"]' -c 'EXPOSE 6379' -c 'WORKDIR /data' - "$image" >/dev/null
# The image this name pointed at before goes, unless something still uses it.
if [ -n "$before" ] && [ "$before" != "$(docker image inspect --format '{{.Id}}' "$image")" ]; then
  docker image rm "$before" >/dev/null 2>&1 || true
fi
echo "$image"
