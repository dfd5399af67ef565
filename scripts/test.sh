#!/bin/sh
# npm test: the linters (npm run lint) beside the spec and the harness's tests under coverage (npm run coverage),
# as each phase of either leaves a core idle at times; what the linters said comes at the end, and either failing
# fails npm test.
set -u
lint_output=$(mktemp)
trap 'rm -f "$lint_output"' EXIT
npm run lint >"$lint_output" 2>&1 &
lint=$!
npm run coverage
tested=$?
wait "$lint"
linted=$?
cat "$lint_output"
[ "$linted" -eq 0 ] && [ "$tested" -eq 0 ]
