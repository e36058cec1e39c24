#!/usr/bin/env bash
# The OpenAPI export is good enough for a mock server: export spec/payway.yaml, serve it with
# Prism (@stoplight/prism-cli, which validates every request against the document and answers
# with its examples) on loopback, and run the quickstart's whole flow against it: both tokens,
# create_session, place_trial_order. Then check that Prism does enforce the document: a request
# without a token and one with a paywall_id outside its pattern are refused. Last, the export of
# payway-spec's test fixture: the other response shapes and both shapes of dates with times.
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

prism_pids=()
trap 'for pid in "${prism_pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"' EXIT
# serve SPEC NAME: exports SPEC to $work/NAME.yaml and serves it with Prism on a free port, which
# ends up in $port (the log in $work/NAME.log).
serve() {
  cargo run --locked -q -p payway-spec -- openapi "$1" > "$work/$2.yaml"
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
  "$prism_dir/node_modules/.bin/prism" mock --host 127.0.0.1 --port "$port" "$work/$2.yaml" > "$work/$2.log" 2>&1 &
  local pid=$!
  prism_pids+=("$pid")
  for _ in $(seq 1 120); do
    grep -q "Prism is listening" "$work/$2.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$2.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "Prism is listening" "$work/$2.log" || { echo "Prism did not start" >&2; cat "$work/$2.log" >&2; exit 1; }
}

serve spec/payway.yaml payway
base=http://127.0.0.1:$port

# The quickstart against the mock: every request must pass Prism's validation, and the answers are
# the spec's examples.
output=$(PAYWAY_BASE_URL=$base PAYWAY_CLIENT_ID=client-id PAYWAY_CLIENT_SECRET=client-secret \
  PAYWAY_TICKET=one-time-ticket cargo run --locked -q --example quickstart 2>&1) || {
  echo "$output" >&2
  cat "$work/payway.log" >&2
  exit 1
}
for expected in "session id:      5aba2ca36fc93613f8000012" "payment methods: direct_debit, pay_later" \
  "Payway order:    ORDER-123" "Done."; do
  grep -qF "$expected" <<<"$output" || { echo "quickstart output lacks \`$expected\`:" >&2; echo "$output" >&2; exit 1; }
done
if grep -q "Request did not pass the validation rules\|violation" "$work/payway.log"; then
  echo "Prism found requests of the quickstart invalid:" >&2
  cat "$work/payway.log" >&2
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
quickstart_port=$port

# The response shapes and dates with times of other sections' pages, from the export's test
# fixture: both documented date_time shapes pass Prism's validation and other text does not; a
# bare object comes back under its status, an empty response with no body, and a response that
# may be empty also as a 204.
serve payway-spec/tests/fixtures/every_type.yaml shapes
shapes=http://127.0.0.1:$port/external/api
call() { # METHOD URL [BODY [PREFERRED STATUS]] -> "STATUS BODY"
  node -e '
    const [method, url, body, code] = process.argv.slice(1);
    const headers = { authorization: "Bearer token" };
    if (body) headers["content-type"] = "application/json";
    if (code) headers.prefer = `code=${code}`;
    fetch(url, { method, headers, body: body || undefined })
      .then(async r => console.log(`${r.status} ${await r.text()}`));
  ' "$@"
}
expect() { # WHAT EXPECTED ACTUAL
  [ "$3" = "$2" ] || { echo "$1: expected \`$2\`, got \`$3\`" >&2; cat "$work/shapes.log" >&2; exit 1; }
}
expect "create, date_time in the API's second shape" '201 {"id":"a1","created":"2019-11-21T14:43:30+01:00"}' \
  "$(call POST "$shapes/v1/accounts/create" '{"valid_until":"2020-04-23 12:16:50 +0200"}')"
expect "create, date_time in RFC 3339" 201 \
  "$(call POST "$shapes/v1/accounts/create" '{"valid_until":"2019-11-21T14:43:30+01:00","reminders":["2019-11-22T09:00:00.5Z"]}' | cut -d' ' -f1)"
expect "create, a date_time without its offset" 422 \
  "$(call POST "$shapes/v1/accounts/create" '{"valid_until":"2020-04-23T12:16:50"}' | cut -d' ' -f1)"
expect "get, date_time in the query" '200 {"items":[{"id":"a1","changed":"2020-04-23T12:16:50Z"}]}' \
  "$(call GET "$shapes/v3/accounts?since=2020-04-23%2012%3A16%3A50%20%2B0200")"
expect "delete, no data" "204 " "$(call DELETE "$shapes/v1/accounts/delete?account_id=a1")"
expect "touch, no data under its own status" "202 " "$(call POST "$shapes/v1/accounts/touch")"
expect "update, the object" '201 {"id":"a1"}' "$(call PUT "$shapes/v1/accounts/update" '{"account_id":"a1"}')"
expect "update, no data" "204 " "$(call PUT "$shapes/v1/accounts/update" '{"account_id":"a1"}' 204)"
# Open and closed bodies, and one of several parameters required (JSON Schema's anyOf).
expect "create, a parameter the spec does not list" 422 \
  "$(call POST "$shapes/v1/accounts/create" '{"valid_until":"2019-11-21T14:43:30+01:00","coupon":"x"}' | cut -d' ' -f1)"
place='{"period_id":"p1","email":"a@example.com","coupon":"SPRING"}'
expect "place, an open body with unlisted parameters" 200 "$(call POST "$shapes/v2/orders/place" "$place" | cut -d' ' -f1)"
expect "place, neither period_type nor period_id" 422 \
  "$(call POST "$shapes/v2/orders/place" '{"email":"a@example.com"}' | cut -d' ' -f1)"
expect "place, neither email nor phone" 422 \
  "$(call POST "$shapes/v2/orders/place" '{"period_type":"limited","coupon":"x"}' | cut -d' ' -f1)"
expect "cancel, reference set" 200 "$(call POST "$shapes/v1/orders/cancel" '{"reference":"r1"}' | cut -d' ' -f1)"
expect "cancel, neither order_id nor reference" 422 "$(call POST "$shapes/v1/orders/cancel" '{}' | cut -d' ' -f1)"

echo "prism-quickstart: the quickstart ran against Prism serving the OpenAPI export (port $quickstart_port), and the fixture's response shapes, dates with times, open bodies and one-of-several rules passed"
