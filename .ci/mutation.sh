#!/usr/bin/env bash
# StrykerJS through the project's cucumber runner (test/tools/cucumber_test_runner.mjs) on one small
# file, for .ci/run: the runner loads, its initial run passes, it kills mutants, and none ends in an error.
# The full runs (`npm run mutate`, `mutate:literal`, `mutate:cluster`) take too long for CI.
set -euo pipefail
cd "$(dirname "$0")/.."
incremental=$(mktemp -d)
trap 'rm -rf "$incremental"' EXIT
REDIS_PROVIDER=binary npx stryker run --mutate support/windows/printed.ts --force \
  --incrementalFile "$incremental/printed.json" --reporters clear-text,json
# shellcheck disable=SC2016 # JavaScript, not the shell's
node -e '
const { files } = require("./reports/mutation/client.json");
const statuses = Object.values(files).flatMap((file) => file.mutants.map((mutant) => mutant.status));
const count = (status) => statuses.filter((each) => each === status).length;
const errors = statuses.filter((each) => !["Killed", "Survived", "Timeout", "NoCoverage"].includes(each));
console.log(`CI: ${statuses.length} mutants of support/windows/printed.ts: ${count("Killed")} killed, ${count("Survived")} survived, ${errors.length} ended in an error`);
if (count("Killed") === 0 || errors.length > 0) process.exit(1);
'
