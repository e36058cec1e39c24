#!/usr/bin/env bash
# User-space instructions per call (callgrind) of place_trial_order, 64 calls in flight at once,
# through ApplicationAuth (cached token), StaticToken and bare reqwest. Each side runs twice,
# with a small and a large number of calls; the difference divided by the difference in calls
# is the cost of one call, with setup and warm-up cancelled out.
#
#   scripts/callgrind-client.sh            # 640 and 1920 calls
#   SMALL=320 LARGE=960 scripts/callgrind-client.sh
set -euo pipefail
cd "$(dirname "$0")/.."
small=${SMALL:-640}
large=${LARGE:-1920}
bin=${BENCH_BIN:-$(cargo bench --bench client --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)}
[ -x "$bin" ] || { echo "could not find the bench binary" >&2; exit 1; }

instructions() { # side calls
    CALLGRIND_SIDE=$1 CALLGRIND_CALLS=$2 valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$bin" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '%-12s %14s %14s %12s\n' side "Ir ($small)" "Ir ($large)" "Ir/call"
for side in application static reqwest; do
    a=$(instructions "$side" "$small")
    b=$(instructions "$side" "$large")
    printf '%-12s %14d %14d %12d\n' "$side" "$a" "$b" $(( (b - a) / (large - small) ))
done
