#!/usr/bin/env bash
# The newcomer's check: on a fresh Debian 12 with no Docker, where someone installed Node 26 and git
# and cloned the project (this checkout's HEAD), runs exactly the README's commands for a machine
# without Docker, printing each command and its time. The machine is a container of an image imported
# from a copy of the Debian 12 root of .ci/debian-root.sh (cached, keyed on the root's packages);
# the root itself is never changed. Whatever happens, the container and the temporary files go.
# Usage: .ci/fresh-machine.sh   (needs root, git, a Docker engine that answers, and the npm registry)
set -euo pipefail
cd "$(dirname "$0")/.."

# What the README's "Set it up" says to install with apt on Debian 12 (Docker being optional), then its commands.
readme_packages="redis-server ruby"
readme_commands=("apt-get install -y $readme_packages" "npm install" "npm test")
# The newcomer's machine before the README: Node 26 as nodejs.org lays it out (node, npm), which
# needs libatomic1, and git without its recommended packages.
newcomer_packages="libatomic1 git"
node_line=26
npm_line=11

label=redis-pubsub-spec.run
container=redis-pubsub-spec-fresh-machine-$$
work=
fail() { echo "fresh-machine: $*" >&2; exit 1; }
cleanup() {
  local status=$?
  if [ -n "$work" ]; then
    docker rm -f "$container" >/dev/null 2>&1 || true
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "fresh-machine: interrupted; removing what it started" >&2; exit 130' INT
trap 'echo "fresh-machine: terminated; removing what it started" >&2; exit 143' TERM

command -v docker >/dev/null || fail "docker is missing: apt-get install docker.io, and start dockerd"
docker info >/dev/null 2>&1 || fail "no Docker engine answers: start dockerd (dockerd --ip 127.0.0.1 &), or set DOCKER_HOST"
command -v git >/dev/null || fail "git is missing: apt-get install git"
git rev-parse --verify -q HEAD >/dev/null 2>&1 || fail "$(pwd) is no git checkout with a commit: the newcomer clones HEAD"
command -v npm >/dev/null || fail "npm is missing (it fetches Node $node_line and npm $npm_line): apt-get install npm, or put a Node's bin folder first on PATH"

started=$SECONDS
timings=()
timed() { # timed WHAT COMMAND...: runs it on this machine, printing it and its time
  local what=$1 start=$EPOCHREALTIME status=0
  shift
  printf '\n# %s\n+' "$what"
  printf ' %q' "$@"
  echo
  "$@" || status=$?
  timings+=("$(awk -v s="$start" -v e="$EPOCHREALTIME" -v w="$what" 'BEGIN { printf "%6.1f s  %s", e - s, w }')")
  return "$status"
}

base=$(.ci/debian-root.sh bookworm)
key=$(sha256sum "$base/var/lib/dpkg/status" | cut -c1-12)
image=redis-pubsub-spec/debian:bookworm-$key
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "fresh-machine: the image of $base is cached: $image"
else
  # The image of a root built before this one is stale.
  docker images --format '{{.Repository}}:{{.Tag}}' --filter "reference=redis-pubsub-spec/debian:bookworm-*" |
    while read -r stale; do docker image rm "$stale" >/dev/null; done
  timed "an image of a copy of $base" sh -c "tar -C '$base' -c . | docker import - '$image' >/dev/null"
fi

node_bin=$(.ci/node.sh "$node_line")
work=$(mktemp -d)
timed "npm $npm_line, for the newcomer's Node" sh -c "cd '$work' && npm pack --silent npm@$npm_line >/dev/null"
timed "the project at HEAD ($(git rev-parse --short HEAD)), for the newcomer to clone" git bundle create -q "$work/project.bundle" HEAD

# The newcomer's session, in the container: each command printed after `$ `, then its time.
cat >"$work/newcomer.sh" <<'EOF'
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive
timings=()
run() {
  local start=$EPOCHREALTIME status=0
  printf '\n$ %s\n' "$1"
  bash -c "$1" || status=$?
  timings+=("$(awk -v s="$start" -v e="$EPOCHREALTIME" -v c="$1" -v r="$status" 'BEGIN { printf "%6.1f s  %s%s", e - s, c, r ? "  (exit " r ")" : "" }')")
  return "$status"
}
finish() {
  printf '\n## Time each command took\n'
  printf '%s\n' "${timings[@]}"
  exit "$1"
}
echo "## The newcomer installs Node $NODE_LINE and git, and clones the project"
for command in \
  'apt-get update -qq' \
  "apt-get install -y -qq --no-install-recommends $NEWCOMER_PACKAGES >/dev/null" \
  'install -m 755 /opt/node/node /usr/local/bin/node' \
  'mkdir -p /usr/local/lib/node_modules && tar -xzf /newcomer/npm-*.tgz -C /usr/local/lib/node_modules && mv /usr/local/lib/node_modules/package /usr/local/lib/node_modules/npm' \
  'ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx' \
  'echo "node $(node --version), npm $(npm --version), $(git --version)"' \
  'git -c advice.detachedHead=false clone -q /newcomer/project.bundle /root/redis-pubsub-spec'; do
  run "$command" || { echo "fresh-machine: the newcomer's setup failed at: $command" >&2; finish 1; }
done
cd /root/redis-pubsub-spec
printf "\n## The README's commands, without Docker\n"
while IFS= read -r command; do
  run "$command" || { status=$?; echo "fresh-machine: the README's \`$command\` failed (exit $status) on a fresh Debian 12" >&2; finish "$status"; }
done <<<"$README_COMMANDS"
finish 0
EOF

# Where this machine's own network needs a certificate authority of its own to reach the npm registry,
# the newcomer's Node trusts it too.
network=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  echo "fresh-machine: this machine's NODE_EXTRA_CA_CERTS ($NODE_EXTRA_CA_CERTS) is passed on to the newcomer's Node"
  network=(-v "$NODE_EXTRA_CA_CERTS:/etc/ssl/this-network.crt:ro" -e NODE_EXTRA_CA_CERTS=/etc/ssl/this-network.crt)
fi

# In the background, so that a Ctrl-C or a TERM reaches this script's traps at once (which remove the container).
in_container() {
  "$@" &
  wait $!
}
status=0
timed "the newcomer's machine: a container of $image" in_container \
  docker run --name "$container" --label "$label=fresh-machine" \
  -v "$work:/newcomer:ro" -v "$node_bin:/opt/node:ro" "${network[@]}" \
  -e "NODE_LINE=$node_line" -e "NEWCOMER_PACKAGES=$newcomer_packages" -e "README_COMMANDS=$(printf '%s\n' "${readme_commands[@]}")" \
  "$image" bash /newcomer/newcomer.sh || status=$?
docker rm -f "$container" >/dev/null 2>&1 || true
printf '\n# Time each step on this machine took\n'
printf '%s\n' "${timings[@]}"
printf '%6d s  in all\n' $((SECONDS - started))
[ "$status" -eq 0 ] || fail "on a fresh Debian 12, the README's commands failed (exit $status): see above"
echo "fresh-machine: on a fresh Debian 12, the README's commands passed"
