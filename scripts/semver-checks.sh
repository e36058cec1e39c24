#!/usr/bin/env bash
# cargo-semver-checks over the generated crates of the `diff` rule cases that
# payway-spec/tests/verdicts.rs holds to the compiler: for each case, the client generated from
# the fixture (the baseline) and from the case's edit, compared as a minor release. Prints per
# case the rule, the class `payway-spec diff` gives it, and semver-checks' verdict with the lints
# that fired.
#
#   scripts/semver-checks.sh [--help]
#
# Needs cargo-semver-checks (`cargo install cargo-semver-checks --locked`) and jq. Not part of
# the test command (the tool is not installed on CI): spec/README.md holds its last result.
# SEMVER_PAIRS=DIR keeps the generated crates there (default: a temporary directory); each
# pair's full output is DIR/NN-rule/semver-checks.txt.
set -euo pipefail

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
elif [[ $# -gt 0 ]]; then
    echo "error: unexpected argument '$1' (see --help)" >&2
    exit 2
fi
command -v cargo-semver-checks > /dev/null || {
    echo "error: cargo-semver-checks is not installed: cargo install cargo-semver-checks --locked" >&2
    exit 2
}
command -v jq > /dev/null || { echo "error: jq is not installed" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
if [[ -n ${SEMVER_PAIRS:-} ]]; then
    pairs=$SEMVER_PAIRS
else
    pairs=$(mktemp -d)
    trap 'rm -rf "$pairs"' EXIT
fi
# The pairs share one target directory of their own, so the runtime compiles once.
semver_target=$CARGO_TARGET_DIR/semver-checks-pairs

cd "$root"
cargo run -q --locked -p payway-spec --example semver_pairs -- "$pairs" > /dev/null
cargo build -q --locked -p payway-spec
spec_tool=$CARGO_TARGET_DIR/debug/payway-spec

echo "cargo-semver-checks $(cargo semver-checks --version | awk '{print $NF}'), rustc $(rustc --version | awk '{print $2}')"
printf '%-32s %-10s %s\n' rule diff semver-checks
status=0
while IFS=$'\t' read -r name rule expected; do
    before=$pairs/$name/before
    after=$pairs/$name/after
    class=$("$spec_tool" diff "$before/spec.yaml" "$after/spec.yaml" --format json |
        jq -r --arg rule "$rule" '[.changes[] | select(.rule == $rule) | .class] | unique | join(",")')
    if [[ $class != "$expected" ]]; then
        echo "error: diff classes $name as '$class', the verdict test as '$expected'" >&2
        status=1
    fi
    log=$pairs/$name/semver-checks.txt
    if CARGO_TARGET_DIR=$semver_target cargo semver-checks check-release \
        --manifest-path "$after/Cargo.toml" --baseline-root "$before" \
        --release-type minor --color never > "$log" 2>&1; then
        verdict="no breaking change found"
    else
        lints=$(grep -oE '^--- failure [a-z_]+' "$log" | awk '{print $3}' | sort -u | paste -sd, -)
        if [[ -z $lints ]]; then
            echo "error: cargo-semver-checks failed on $name without a lint; see $log:" >&2
            tail -20 "$log" >&2
            status=1
            continue
        fi
        verdict="breaking ($lints)"
    fi
    printf '%-32s %-10s %s\n' "$rule" "$class" "$verdict"
done < "$pairs/cases.tsv"
exit $status
