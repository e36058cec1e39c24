#!/usr/bin/env bash
# What it costs a user to build: a new crate that places one trial order through payway-client,
# against the same call written with reqwest and serde directly, cold (`cargo build` and
# `cargo build --release`, each from an empty target directory), interleaved in the same run.
#
#   scripts/build-cost.sh [ROUNDS] [WORK_DIR]      (defaults: 2, /tmp/buildcost)
#   FIRST_ROUND=2 scripts/build-cost.sh 1           (one more round, in the next rotation)
#   PROFILES=dev scripts/build-cost.sh 1            (debug builds only)
#
# Crates (created under WORK_DIR, outside the workspace, each its own workspace):
#   with-payway        payway-client by path (every API section, its default), tokio (macros,
#                      rt-multi-thread)
#   with-payway-klarna the same program with only the section it calls:
#                      payway-client without default features, `features = ["klarna_payments"]`
#   with-reqwest       reqwest 0.13 with its default features (rustls on aws-lc, http2, ...)
#                      plus `json`, serde with derive, serde_json, tokio: what `cargo add` gives
#   with-reqwest-lean  reqwest 0.13 without default features (`rustls-no-provider`, `json`),
#                      rustls on ring, as lean as payway-client's own setup
#
# For each build: wall time; the peak resident memory of the largest single process (GNU time's
# "Maximum resident set size" of the whole build: cargo, a rustc or a linker, not the sum); the
# same for the largest rustc alone (with the linker it runs), and which crate it compiled; and the
# number of crates compiled (cargo's "Compiling" lines, one per package). Crate counts and peak memory do not depend on the
# machine's load; wall time does. Downloads are not timed (`cargo fetch` first).
# Needs GNU time (/usr/bin/time).
set -euo pipefail
rounds=${1:-2}
work=${2:-/tmp/buildcost}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"

manifest() { # name, dependencies
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$2

[workspace]
TOML
}

manifest with-payway "payway-client = { path = \"$root/payway-client\" }
tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }"
cat > "$work/with-payway/src/main.rs" <<'RUST'
//! One trial order through payway-client, against PAYWAY_BASE_URL with the token PAYWAY_TOKEN.
use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
use payway_client::{Client, Environment, StaticToken};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PAYWAY_BASE_URL")?;
    let token = std::env::var("PAYWAY_TOKEN")?;
    let client = Client::new(Environment::custom(&base_url)?)?
        .with_auth(StaticToken::application(token));
    let order = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
        .klarna_authorization_token("from the Klarna widget")
        .klarna_payments_session_id("from create_session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .send()
        .await?;
    println!("redirect the customer to {}", order.redirect_url);
    Ok(())
}
RUST
manifest with-payway-klarna "payway-client = { path = \"$root/payway-client\", default-features = false, features = [\"klarna_payments\"] }
tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }"
cp "$work/with-payway/src/main.rs" "$work/with-payway-klarna/src/main.rs"

reqwest_main='//! One trial order with reqwest and serde, against PAYWAY_BASE_URL with the token PAYWAY_TOKEN.
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct CustomerInfo<'"'"'a> {
    email: &'"'"'a str,
}

#[derive(Serialize)]
struct PlaceTrialOrder<'"'"'a> {
    customer_info: CustomerInfo<'"'"'a>,
    klarna_authorization_token: &'"'"'a str,
    klarna_payments_session_id: &'"'"'a str,
    browser_ip: &'"'"'a str,
    browser_language: &'"'"'a str,
    browser_user_agent: &'"'"'a str,
}

#[derive(Deserialize)]
struct Envelope {
    item: Order,
}

#[derive(Deserialize)]
struct Order {
    redirect_url: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PAYWAY_BASE_URL")?;
    let token = std::env::var("PAYWAY_TOKEN")?;
    TLS_SETUP
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let order: Envelope = client
        .post(format!("{base_url}/external/api/v2/klarna_payments/place_trial_order"))
        .bearer_auth(token)
        .json(&PlaceTrialOrder {
            customer_info: CustomerInfo { email: "payway@adeprimo.se" },
            klarna_authorization_token: "from the Klarna widget",
            klarna_payments_session_id: "from create_session",
            browser_ip: "81.208.13.50",
            browser_language: "sv-SE",
            browser_user_agent: "Mozilla/5.0",
        })
        .timeout(std::time::Duration::from_secs(30))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    println!("redirect the customer to {}", order.item.redirect_url);
    Ok(())
}
'
manifest with-reqwest 'reqwest = { version = "0.13", features = ["json"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
echo "${reqwest_main/TLS_SETUP/}" > "$work/with-reqwest/src/main.rs"

manifest with-reqwest-lean 'reqwest = { version = "0.13", default-features = false, features = ["rustls-no-provider", "json"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
echo "${reqwest_main/TLS_SETUP/let _ = rustls::crypto::ring::default_provider().install_default();}" \
  > "$work/with-reqwest-lean/src/main.rs"

# Records the peak memory of every rustc (with the linker it runs) and the crate it compiled.
cat > "$work/rustc-peak.sh" <<'SH'
#!/usr/bin/env bash
rustc=$1; shift
name=-; previous=
for argument in "$@"; do [ "$previous" = --crate-name ] && name=$argument; previous=$argument; done
exec /usr/bin/time -f "%M $name" -a -o "$RUSTC_PEAK_LOG" "$rustc" "$@"
SH
chmod +x "$work/rustc-peak.sh"

crates=(with-payway with-payway-klarna with-reqwest with-reqwest-lean)
for crate in "${crates[@]}"; do
  (cd "$work/$crate" && cargo generate-lockfile -q && cargo fetch -q)
done

printf '%-18s %-8s %5s %9s %8s %8s  %s\n' crate profile round "wall (s)" "MiB" crates "largest rustc (MiB crate)"
for round in $(seq "${FIRST_ROUND:-1}" $(( ${FIRST_ROUND:-1} + rounds - 1 ))); do
  for profile in ${PROFILES:-dev release}; do
    # Rotate the order each round so that no crate always builds first or last.
    for i in "${!crates[@]}"; do
      crate=${crates[$(( (i + round) % ${#crates[@]} ))]}
      cd "$work/$crate"
      rm -rf target
      flag=$([ "$profile" = release ] && echo --release || true)
      rm -f peaks.txt
      RUSTC_WRAPPER="$work/rustc-peak.sh" RUSTC_PEAK_LOG="$PWD/peaks.txt" \
        /usr/bin/time -v -o time.txt cargo build $flag --offline --color never 2> build.txt || {
        echo "build of $crate failed:" >&2; cat build.txt >&2; exit 1; }
      count=$(grep -c '^ *Compiling ' build.txt)
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt)
      kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)
      seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
      largest=$(sort -n peaks.txt | tail -1 | awk '{printf "%d %s", $1 / 1024, $2}')
      printf '%-18s %-8s %5s %9.1f %8d %8d  %s\n' "$crate" "$profile" "$round" "$seconds" $(( kib / 1024 )) "$count" "$largest"
    done
  done
done
