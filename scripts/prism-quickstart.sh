#!/usr/bin/env bash
# The OpenAPI export is good enough for a mock server: export spec/payway.yaml, serve it with
# Prism (@stoplight/prism-cli, which validates every request against the document and answers
# with its examples) on loopback, and run the quickstart's whole flow against it: both tokens,
# create_session, place_trial_order. Then check that Prism does enforce the document: a request
# without a token and one with a paywall_id outside its pattern are refused.
#
#   scripts/prism-quickstart.sh
#
# Needs node and npm (Prism is installed under target/prism on first use, ~90 MB) and the npm
# registry. Part of .ci/run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
prism_version=5.14.2
prism_dir=$root/target/prism
work=$(mktemp -d)

command -v node >/dev/null && command -v npm >/dev/null || {
  echo "prism-quickstart: node and npm are needed to run Prism" >&2
  exit 1
}
if [ "$(node -p "try { require('$prism_dir/node_modules/@stoplight/prism-cli/package.json').version } catch { '' }")" != "$prism_version" ]; then
  npm install --prefix "$prism_dir" --no-audit --no-fund --no-save --loglevel=error \
    "@stoplight/prism-cli@$prism_version" >/dev/null
fi

cargo run --locked -q -p payway-spec -- openapi spec/payway.yaml > "$work/payway.yaml"
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
"$prism_dir/node_modules/.bin/prism" mock --host 127.0.0.1 --port "$port" "$work/payway.yaml" > "$work/prism.log" 2>&1 &
prism_pid=$!
trap 'kill "$prism_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  grep -q "Prism is listening" "$work/prism.log" && break
  kill -0 "$prism_pid" 2>/dev/null || { cat "$work/prism.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Prism is listening" "$work/prism.log" || { echo "Prism did not start" >&2; cat "$work/prism.log" >&2; exit 1; }
base=http://127.0.0.1:$port

# The quickstart against the mock: every request must pass Prism's validation, and the answers are
# the spec's examples.
output=$(PAYWAY_BASE_URL=$base PAYWAY_CLIENT_ID=client-id PAYWAY_CLIENT_SECRET=client-secret \
  PAYWAY_TICKET=one-time-ticket cargo run --locked -q --example quickstart 2>&1) || {
  echo "$output" >&2
  cat "$work/prism.log" >&2
  exit 1
}
for expected in "session id:      5aba2ca36fc93613f8000012" "payment methods: direct_debit, pay_later" \
  "Payway order:    ORDER-123" "Done."; do
  grep -qF "$expected" <<<"$output" || { echo "quickstart output lacks \`$expected\`:" >&2; echo "$output" >&2; exit 1; }
done
if grep -q "Request did not pass the validation rules\|violation" "$work/prism.log"; then
  echo "Prism found requests of the quickstart invalid:" >&2
  cat "$work/prism.log" >&2
  exit 1
fi

# Prism holds requests to the document: no token, and a pattern violation, are refused.
status() {
  node -e '
    const [url, auth, body] = process.argv.slice(1);
    const headers = { "content-type": "application/json" };
    if (auth) headers.authorization = auth;
    fetch(url, { method: "POST", headers, body }).then(r => console.log(r.status));
  ' "$@"
}
order=$base/external/api/v2/klarna_payments/place_trial_order
valid='{"customer_info":{"email":"a@example.com"},"klarna_authorization_token":"t","klarna_payments_session_id":"s","browser_ip":"81.208.13.50","browser_language":"sv-SE","browser_user_agent":"x","paywall_id":"0123456789abcdefABCDEF01"}'
[ "$(status "$order" "Bearer token" "$valid")" = 200 ] || { echo "a valid order was refused" >&2; exit 1; }
[ "$(status "$order" "" "$valid")" = 401 ] || { echo "an order without a token was accepted" >&2; exit 1; }
[ "$(status "$order" "Bearer token" "${valid/0123456789abcdefABCDEF01/not-hex}")" = 422 ] || {
  echo "an order with a paywall_id outside its pattern was accepted" >&2
  exit 1
}
echo "prism-quickstart: the quickstart ran against Prism serving the OpenAPI export (port $port)"
