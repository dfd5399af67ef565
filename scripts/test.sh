#!/bin/sh
# npm test: the spec and the harness's tests under coverage (npm run coverage) beside the linters (npm run lint),
# whose output comes at the end; either failing fails npm test. The linters run at a lower priority: they take
# the cores the tests leave idle, and the tests, the longer part, are not slowed by them.
exec sh scripts/side_by_side.sh 'npm run coverage' 'nice -n 10 npm run lint'
