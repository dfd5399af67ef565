#!/bin/sh
# npm run coverage: the spec, the spec in RESP3 and the harness's tests, under c8 (.c8rc.json).
# Without TUTORIAL_PATH the literal driver's tests cannot run, so its code is left out of the count.
set -euf
literal_left_out=
[ -n "${TUTORIAL_PATH:-}" ] || literal_left_out=--exclude=support/drivers/literal/**
exec c8 $literal_left_out sh -c 'npm run spec:ci && npm run spec:resp3 && npm run test:harness'
