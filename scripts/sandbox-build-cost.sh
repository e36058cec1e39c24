#!/usr/bin/env bash
# What `cargo install payway-sandbox` compiles: a cold `cargo build --release -p payway-sandbox`
# (the program with its default `cli` feature, from an empty target directory, the workspace's
# Cargo.lock) of each of two commits, interleaved, rotating the order each round.
#
#   scripts/sandbox-build-cost.sh BEFORE AFTER [ROUNDS] [WORK_DIR]   (defaults: 1, /tmp/sandboxcost)
#
# For each build: wall time, CPU time (user + system, of cargo and every rustc and build script
# it ran), the number of crates compiled (cargo's "Compiling" lines) and whether reqwest, rustls
# or axum is among them. Crate counts do not depend on the machine's load; wall time does, and
# CPU time much less so (read it when other work shares the machine). Downloads are not timed
# (`cargo fetch` first).
set -euo pipefail
before=${1:?BEFORE commit}; after=${2:?AFTER commit}
rounds=${3:-1}
work=${4:-/tmp/sandboxcost}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
revs=("$before" "$after")
for rev in "${revs[@]}"; do
  rm -rf "$work/$rev" && mkdir -p "$work/$rev"
  git -C "$root" archive "$rev" | tar -x -C "$work/$rev"
  (cd "$work/$rev" && cargo fetch --locked -q)
done
printf '%-12s %5s %9s %9s %7s  %s\n' commit round "wall (s)" "CPU (s)" crates "of reqwest, rustls, axum"
for round in $(seq 1 "$rounds"); do
  for i in 0 1; do
    rev=${revs[$(( (i + round) % 2 ))]}
    cd "$work/$rev"
    rm -rf target
    /usr/bin/time -o time.txt -f '%e %U %S' \
      cargo build --release --locked --offline -p payway-sandbox --color never 2> build.txt || {
      echo "build of $rev failed:" >&2; cat build.txt >&2; exit 1; }
    read -r wall user sys < time.txt
    count=$(grep -c '^ *Compiling ' build.txt)
    heavy=$( (grep -oE '^ *Compiling (reqwest|rustls|axum) ' build.txt || true) | awk '{print $2}' | sort -u | tr '\n' ' ')
    printf '%-12s %5s %9.1f %9.1f %7d  %s\n' "${rev:0:12}" "$round" "$wall" "$(echo "$user + $sys" | bc)" "$count" "${heavy:--}"
  done
done
