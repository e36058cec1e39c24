#!/usr/bin/env bash
# What the generated client costs the compiler, for a spec of N endpoints shaped like
# place_trial_order (default 1,000): `cargo check` and `cargo build` (debug) wall time and peak
# memory of a crate that expands it, and lines per endpoint, both as generated (the macro's output, formatted) and fully
# expanded (with serde's derives and the runtime's helper macros, via nightly -Zunpretty=expanded).
#
#   scripts/expansion-report.sh [N]
#
# Needs GNU time (/usr/bin/time) and, for the fully expanded count, a nightly toolchain
# (NO_EXPANDED=1 skips that count, which builds every dependency again with nightly).
# CHECK_ONLY=1 measures only the check (no debug build, dependencies only checked).
set -euo pipefail
n=${1:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
# A full, non-incremental check and build: the figures do not then depend on what an earlier
# build left.
export CARGO_INCREMENTAL=0

cd "$root"
cargo run -q -p payway-codegen --example synthetic_spec -- "$n" > "$work/spec.yaml"
cargo run -q -p payway-codegen --example expand_spec -- "$work/spec.yaml" > "$work/generated.rs"

mkdir -p "$work/crate/src"
cat > "$work/crate/Cargo.toml" <<TOML
[package]
name = "synthetic-client"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
payway-client = { path = "$root/payway-client" }
payway-macros = { path = "$root/payway-macros" }

[workspace]
TOML
cd "$work/crate"
# Dependencies first, so the measurement is of this crate alone.
echo "" > src/lib.rs
cargo check -q 2> /dev/null
[ -n "${CHECK_ONLY:-}" ] || cargo build -q 2> /dev/null
echo 'payway_macros::generate_api!("../spec.yaml");' > src/lib.rs
/usr/bin/time -f "%e %M" -o "$work/time" cargo check -q
read -r seconds kilobytes < "$work/time"
# Users build, not only check: code generation and the debug rlib, on top of the check's work.
build_seconds=n/a build_kilobytes=0
if [ -z "${CHECK_ONLY:-}" ]; then
  /usr/bin/time -f "%e %M" -o "$work/time" cargo build -q
  read -r build_seconds build_kilobytes < "$work/time"
fi

generated=$(wc -l < "$work/generated.rs")
expanded="n/a (NO_EXPANDED set, or no nightly toolchain)"
if [ -z "${NO_EXPANDED:-}" ] && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  if CARGO_TARGET_DIR="$work/nightly-target" cargo +nightly rustc -q --lib -- -Zunpretty=expanded > "$work/expanded.rs" 2> /dev/null; then
    expanded=$(( $(wc -l < "$work/expanded.rs") / n ))
  fi
fi

echo "endpoints:                     $n"
echo "cargo check of the crate:      ${seconds} s"
echo "peak memory (rustc):           $(( kilobytes / 1024 )) MiB"
echo "cargo build (debug):           ${build_seconds} s"
echo "peak memory (rustc, build):    $(( build_kilobytes / 1024 )) MiB"
echo "generated lines per endpoint:  $(( generated / n ))   (formatted macro output)"
echo "expanded lines per endpoint:   $expanded   (with derives, nightly -Zunpretty=expanded)"
