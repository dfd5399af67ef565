#!/usr/bin/env bash
# Prints the folder of a fresh Debian root (`debootstrap --variant=minbase SUITE`, from Debian's
# packages), built once and cached; the scripts that use it work on copies and never change it.
# Usage: .ci/debian-root.sh bookworm|trixie
#   cache: $DEBIAN_ROOTS_CACHE, default ~/.cache/redis-pubsub-spec/debian ($XDG_CACHE_HOME if set);
#   the root is SUITE-base there. Needs root; installs debootstrap with apt if it is missing.
set -euo pipefail
suite=${1:-}
case "$suite" in
  bookworm | trixie) ;;
  *) echo "debian-root: say which Debian, bookworm (12) or trixie (13): .ci/debian-root.sh bookworm" >&2; exit 2 ;;
esac
cache=${DEBIAN_ROOTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/redis-pubsub-spec/debian}
root=$cache/$suite-base

if [ -x "$root/usr/bin/apt-get" ]; then
  echo "$root"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "debian-root: debootstrap needs root: run .ci/debian-root.sh $suite as root" >&2; exit 1; }
if ! command -v debootstrap >/dev/null; then
  echo "debian-root: installing debootstrap (apt-get install debootstrap)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null ||
    { echo "debian-root: debootstrap is missing and apt-get could not install it: apt-get install debootstrap" >&2; exit 1; }
fi

mkdir -p "$cache"
scratch=$(mktemp -d "$cache/.$suite-base.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
echo "debian-root: debootstrap --variant=minbase $suite (a minute or more)" >&2
if ! debootstrap --variant=minbase "$suite" "$scratch/root" http://deb.debian.org/debian >"$scratch/debootstrap.log" 2>&1; then
  tail -20 "$scratch/debootstrap.log" >&2
  echo "debian-root: debootstrap $suite failed (above): check that deb.debian.org answers" >&2
  exit 1
fi
if ! mv -T "$scratch/root" "$root" 2>/dev/null && [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "debian-root: could not put the root in place: $root is in the way; remove it and run again" >&2
  exit 1
fi
echo "debian-root: $suite built in $((SECONDS - started)) s" >&2
echo "$root"
