#!/usr/bin/env bash
# Prints a folder of wrappers that run a Debian release's own Ruby, irb, gem, redis-cli, Redis (and on
# 13, Valkey) on this machine, so that PATH="$(.ci/debian-stack.sh 13):$PATH" makes the literal driver
# and REDIS_SERVER_BIN use them. The programs live in a copy of .ci/debian-root.sh's root, where apt
# installed them (built once, cached with a stamp naming the root and the packages).
# Usage: .ci/debian-stack.sh 12|13 [--root]   (needs root: the wrappers chroot)
#   --root  print the root the programs live in instead (for .ci/build-redis-image.sh --root)
#   cache: beside the Debian roots ($DEBIAN_ROOTS_CACHE), as SUITE-stack
# Each wrapper becomes the root's program (exec: killing it kills the program) in a mount namespace of
# its own, where /dev, /proc, /tmp and the working folder are this machine's (so a terminal, the
# binary provider's --dir /tmp and a cluster's temporary folders are the same inside); nothing stays
# mounted once it exits. It shares this machine's network: 127.0.0.1 is this machine's.
set -euo pipefail
release=${1:-}
case "$release" in
  12) suite=bookworm packages="ruby ruby-redis redis-tools redis-server" programs="ruby irb gem redis-cli redis-server" ;;
  13) suite=trixie packages="ruby ruby-redis redis-tools redis-server valkey-server" programs="ruby irb gem redis-cli redis-server valkey-server" ;;
  *) echo "debian-stack: say which Debian, 12 or 13: PATH=\"\$(.ci/debian-stack.sh 13):\$PATH\"" >&2; exit 2 ;;
esac
case "${2:-}" in
  '' | --root) print=${2:+root} ;;
  *) echo "debian-stack: no option $2: the only one is --root (.ci/debian-stack.sh 13 --root)" >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "debian-stack: its wrappers chroot, which needs root: run as root" >&2; exit 1; }
command -v unshare >/dev/null || { echo "debian-stack: unshare is missing: apt-get install util-linux" >&2; exit 1; }
cd "$(dirname "$0")/.."

base=$(.ci/debian-root.sh "$suite")
cache=$(dirname "$base")
stack=$cache/$suite-stack
stamp="root $(sha256sum "$base/var/lib/dpkg/status" | cut -c1-12), apt-get install $packages"
scratch=$(mktemp -d "$cache/.$suite-stack.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

if [ "$(cat "$stack/stamp" 2>/dev/null)" != "$stamp" ]; then
  started=$SECONDS
  echo "debian-stack: Debian $release's $packages, in a copy of $base" >&2
  root=$scratch/root
  cp -a "$base" "$root"
  # Nothing apt installs may start a service on this machine's network.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  # shellcheck disable=SC2016 # the inner shell expands them
  if ! unshare --mount --propagation private -- sh -c '
    mount --bind /proc "$1/proc" && mount --rbind /dev "$1/dev" &&
      chroot "$1" /usr/bin/env DEBIAN_FRONTEND=noninteractive PATH=/usr/sbin:/usr/bin:/sbin:/bin sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $2"
  ' sh "$root" "$packages" >"$scratch/apt.log" 2>&1; then
    tail -20 "$scratch/apt.log" >&2
    echo "debian-stack: apt-get install $packages failed in Debian $release's root (above): check that deb.debian.org answers" >&2
    exit 1
  fi
  rm "$root/usr/sbin/policy-rc.d"
  # The redis gem 5 resolves localhost with getaddrinfo, which needs /etc/hosts.
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
  # A stack built before is replaced whole: its root goes, then the new one takes its place.
  mkdir -p "$stack"
  rm -f "$stack/stamp"
  [ ! -e "$stack/root" ] || mv -T "$stack/root" "$scratch/old-root"
  mv -T "$root" "$stack/root"
  echo "$stamp" >"$stack/stamp"
  echo "debian-stack: Debian $release's stack built in $((SECONDS - started)) s" >&2
fi

# The wrappers are written on each call, so that they are always this script's.
put() { # put MODE FILE: FILE gets what is on the input, unless it already holds just that
  cat >"$scratch/new"
  chmod "$1" "$scratch/new"
  if cmp -s "$scratch/new" "$2"; then rm "$scratch/new"; else mv "$scratch/new" "$2"; fi
}
put 755 "$stack/in-root" <<'EOF'
#!/bin/sh
# in-root PROGRAM ARGS...: becomes the root's PROGRAM (beside this script), in a mount namespace of its
# own where /dev, /proc, /tmp and the working folder (unless a system folder) are this machine's.
# It needs nothing of the caller's PATH, nor does the program: it gets Debian's.
PATH=/usr/sbin:/usr/bin:/sbin:/bin
root=$(dirname "$(readlink -f "$0")")/root
cwd=$(pwd -P)
case "$cwd" in
  / | /bin* | /boot* | /dev* | /etc* | /lib* | /proc* | /run* | /sbin* | /sys* | /usr* | /var*) cwd=/ ;;
esac
exec unshare --mount --propagation private -- /bin/sh -c '
  root=$1 cwd=$2
  shift 2
  cannot() { echo "in-root: could not make $1 visible in $root (it needs root)" >&2; exit 125; }
  mount --rbind /dev "$root/dev" && mount --bind /proc "$root/proc" && mount --bind /tmp "$root/tmp" || cannot "/dev, /proc and /tmp"
  case "$cwd" in
    / | /tmp | /tmp/*) ;;
    *) { mkdir -p "$root$cwd" && mount --bind "$cwd" "$root$cwd"; } || cannot "$cwd" ;;
  esac
  exec chroot "$root" /usr/bin/env -C "$cwd" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
' in-root "$root" "$cwd" "$@"
EOF
mkdir -p "$stack/bin"
for program in $programs; do
  put 755 "$stack/bin/$program" <<EOF
#!/bin/sh
# Debian $release's $program, from the root beside this folder (also through a link to this file, on any PATH)
PATH=/usr/sbin:/usr/bin:/sbin:/bin
exec "\$(dirname "\$(readlink -f "\$0")")/../in-root" $program "\$@"
EOF
done
for program in $programs; do
  "$stack/bin/$program" --version >/dev/null 2>&1 || { echo "debian-stack: Debian $release's $program does not run through $stack/bin/$program" >&2; exit 1; }
done
echo "$stack/${print:-bin}"
