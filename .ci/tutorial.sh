#!/usr/bin/env bash
# The tutorial where it lives, checked: its own code in irb and redis-cli (the literal driver), its
# errata against known_errata.json, and reports/tutorial.html in a headless browser. Installs
# nothing: it needs what `npm ci` installed, ruby with the redis gem, redis-cli, a Redis for the
# provider settings in the environment (REDIS_PROVIDER, ...) and Chromium (CHROMIUM_BIN).
# Runs every step, and exits with the first one's failure: errata's code says which (README).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: .ci/tutorial.sh <the tutorial's markdown>, like .ci/tutorial.sh ../curriculum/source/topics/asynchronous_messaging_with_pubsub.markdown" >&2
  exit 2
fi
export TUTORIAL_PATH=$1
status=0
step() { printf '\n== %s\n' "$1"; shift; "$@" || { code=$?; [ "$status" -ne 0 ] || status=$code; echo "(exit $code)"; }; }

step "The tutorial's own code in irb and redis-cli (literal driver), $TUTORIAL_PATH" \
  env FORCE_COLOR=0 npm run test:literal -- --format summary --format html:reports/literal.html
step "How the tutorial's own code fails in irb and redis-cli (test/harness/literal)" \
  env FORCE_COLOR=0 npm run test:literal:harness -- --format summary
rm -f reports/tutorial.html reports/errata.json
step "What the tutorial's prose promises, beside what its code printed; the errata against known_errata.json" npm run errata
if [ -f reports/tutorial.html ]; then
  step "The tutorial annotated (reports/tutorial.html) in headless Chromium" npm run test:browser:tutorial
fi
exit "$status"
