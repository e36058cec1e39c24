#!/usr/bin/env bash
# User-space instructions per call (callgrind) of place_trial_order, 64 calls in flight at once,
# through ApplicationAuth (cached token), StaticToken and bare reqwest. Each side runs twice,
# with a small and a large number of calls; the difference divided by the difference in calls
# is the cost of one call, with setup and warm-up cancelled out.
#
#   scripts/callgrind-client.sh            # 640 and 1920 calls
#   SMALL=320 LARGE=960 scripts/callgrind-client.sh
#   SEQUENTIAL=1 scripts/callgrind-client.sh   # one call after another, as the single-call
#                                              # comparison makes them
#   CACHE_SIM=1 scripts/callgrind-client.sh    # also cache misses and mispredicted branches per
#                                              # call, and their estimated cycles
#   BENCH_BIN=path/to/client-bench-binary scripts/callgrind-client.sh
#   SIDES="static reqwest reqwest_timeout" SEQUENTIAL=1 scripts/callgrind-client.sh
#                                              # which sides (reqwest_timeout: bare reqwest with
#                                              # the client's timeout, one at a time only)
#
# With CACHE_SIM, callgrind simulates the caches and branch predictor (its own model of a
# 32 KiB L1 and the machine's last level), and "cycles" is cachegrind's estimate,
# Ir + 10 × (L1 misses + mispredicted branches) + 100 × last-level misses: what wall time
# adds to instruction counts, without the noise of a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${SMALL:-640}
large=${LARGE:-1920}
bin=${BENCH_BIN:-$(cargo bench --bench client --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)}
[ -x "$bin" ] || { echo "could not find the bench binary" >&2; exit 1; }
sequential=()
[ -n "${SEQUENTIAL:-}" ] && sequential=(CALLGRIND_SEQUENTIAL=1)
simulate=()
[ -n "${CACHE_SIM:-}" ] && simulate=(--cache-sim=yes --branch-sim=yes ${CACHE_ARGS:-})

# The "Collected" events of one run: Ir, and with CACHE_SIM Ir Dr Dw I1mr D1mr D1mw ILmr DLmr
# DLmw Bc Bcm Bi Bim.
events() { # side calls
    env "${sequential[@]}" CALLGRIND_SIDE="$1" CALLGRIND_CALLS="$2" valgrind --tool=callgrind \
        "${simulate[@]}" --callgrind-out-file=/dev/null "$bin" 2>&1 |
        sed -n 's/.*Collected : \([0-9 ]*\).*/\1/p'
}

mode="64 in flight"
[ -n "${SEQUENTIAL:-}" ] && mode="one at a time"
echo "per call, $mode ($small and $large calls)"
if [ -z "${CACHE_SIM:-}" ]; then
    printf '%-16s %14s %14s %12s\n' side "Ir ($small)" "Ir ($large)" "Ir/call"
else
    printf '%-16s %10s %8s %8s %8s %8s %10s\n' side Ir/call I1miss D1miss LLmiss Bmiss cycles
fi
# Event $1's count per call: the large run's minus the small run's, over the calls between.
per() { echo $(( (b[$1] - a[$1]) / (large - small) )); }
read -r -a sides <<< "${SIDES:-application static reqwest}"
for side in "${sides[@]}"; do
    read -r -a a <<< "$(events "$side" "$small")"
    read -r -a b <<< "$(events "$side" "$large")"
    if [ ${#a[@]} -eq 0 ] || [ ${#b[@]} -eq 0 ]; then
        echo "callgrind reported no events for $side: run the binary under valgrind by hand to see why" >&2
        exit 1
    fi
    if [ -z "${CACHE_SIM:-}" ]; then
        printf '%-16s %14d %14d %12d\n' "$side" "${a[0]}" "${b[0]}" "$(per 0)"
    else
        ir=$(per 0)
        i1=$(per 3)
        d1=$(( $(per 4) + $(per 5) ))
        ll=$(( $(per 6) + $(per 7) + $(per 8) ))
        bm=$(( $(per 10) + $(per 12) ))
        printf '%-16s %10d %8d %8d %8d %8d %10d\n' "$side" "$ir" "$i1" "$d1" "$ll" "$bm" \
            $(( ir + 10 * (i1 + d1 + bm) + 100 * ll ))
    fi
done
