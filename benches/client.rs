//! What the generated client costs over bare reqwest, measured against that baseline in the
//! same run (never as timed assertions in tests). See BENCHMARKS.md for numbers.
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-bench cargo bench --bench client
//! CARGO_TARGET_DIR=/work/target-bench cargo bench --bench client -- --warm-up-time 1 --measurement-time 5
//! ```
//!
//! Groups:
//! - `place_trial_order`: one call through the generated client (`StaticToken`, so no token
//!   request in the loop) against the same JSON body POSTed with a bare `reqwest::Client` (same
//!   headers, response read and decoded into the same `PlaceTrialOrderResponse`), the body
//!   either serialized once before the loop or built from a derived struct in each call, the
//!   latter also with the 30 s timeout the client puts on every request. Both go to
//!   one minimal axum server on loopback in this process, which answers the documented example
//!   response; each side keeps one reqwest client, so connections are reused. Everything runs
//!   on one current-thread tokio runtime: client, connection tasks and server share one thread,
//!   so the numbers are the CPU cost of a whole round trip, without cross-thread wake-ups.
//! - `serialize`: building the request (all fields set) and serializing its body, against the
//!   same JSON as a `serde_json::json!` value and as a hand-written `#[derive(Serialize)]` struct.
//!   No network.
//!
//! At the end, unless criterion was asked to only list or test (or `INTERLEAVED_ROUNDS=0`), the two network variants are
//! measured again interleaved (alternating batches, so a change of machine load hits both
//! alike) and the ratio client / reqwest is printed twice: of the two sides' medians, and as
//! the median (and quartiles) of each round's own ratio, which a drift of load between rounds
//! does not move.
//!
//! Then `concurrent`: 64 calls in flight at once (64 tasks on the same runtime), through
//! `ApplicationAuth` (its token cached after the first call), through `StaticToken`, and with
//! bare reqwest (derive body), in interleaved batches; it prints calls per second of each and
//! the throughput of `ApplicationAuth` relative to `StaticToken` (the aim: at least 0.98).
//!
//! Instructions per call, for `ApplicationAuth` and `StaticToken` (user space, as callgrind
//! counts): `CALLGRIND_SIDE=application|static|reqwest CALLGRIND_CALLS=<n>` makes the binary run
//! only that side, `n` calls in batches of 64 concurrent, after one warm-up batch (with
//! `CALLGRIND_SEQUENTIAL=1`, `n` calls one after another, as the single-call comparison makes
//! them, and then also `CALLGRIND_SIDE=reqwest_timeout`); `scripts/callgrind-client.sh` runs it under callgrind for two values of `n` and prints
//! the difference per call, so setup and warm-up cancel out.

use std::hint::black_box;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::routing::post;
use criterion::{Criterion, Throughput};
use payway_client::__private::{Item, decode_response};
use payway_client::klarna_payments::v2::place_trial_order::{
    Address, CustomUrls, CustomerInfo, PlaceTrialOrderBody, PlaceTrialOrderResponse,
};
use payway_client::{ApplicationAuth, Client, Credentials, Environment, StaticToken, scopes};
use serde::Serialize;

const PATH: &str = "/external/api/v2/klarna_payments/place_trial_order";
const TOKEN: &str = "t";
const USER_AGENT: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.116 Safari/537.36";

/// The example response of the place_trial_order docs page.
const RESPONSE: &str = r#"{
  "item": {
    "redirect_url": "http://url.to.klarna.se",
    "pw_order_id": "ORDER-123",
    "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
    "account_id": "6093a11609c04c0ad94a4b9b",
    "account_status": "created"
  }
}"#;

/// The body of the docs page's curl example (`true/false` there read as the documented
/// defaults), as the bare-reqwest side sends it.
fn curl_body() -> serde_json::Value {
    serde_json::json!({
        "customer_info": {
            "email": "payway@adeprimo.se",
            "first_name": "Payway",
            "last_name": "Adeprimo"
        },
        "klarna_authorization_token": "klarna_authorization_token, received from klarna widget",
        "klarna_payments_session_id": "klarna_payments_session_id, received from create_session",
        "browser_ip": "81.208.13.50",
        "browser_language": "sv-SE",
        "browser_user_agent": USER_AGENT,
        "traffic_source": "facebook",
        "merchant_reference": "adeprimo-campaign-001",
        "raise_on_ssn_already_taken_error": true,
        "raise_on_ssn_already_set_error": false,
        "raise_on_account_update_error": false,
        "raise_on_delivery_address_error": false
    })
}

/// A minimal server: reads the body, answers the documented example; and a token endpoint.
async fn start_server() -> SocketAddr {
    let app = Router::new()
        .route(
            PATH,
            post(|body: Bytes| async move {
                black_box(body);
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    RESPONSE,
                )
            }),
        )
        .route(
            payway_client::TOKEN_PATH,
            post(|| async {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    r#"{"access_token":"t","token_type":"bearer","expires_in":3600}"#,
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// Both sides of the comparison, sharing one runtime and one server.
struct Network {
    runtime: tokio::runtime::Runtime,
    client: Client<StaticToken<payway_client::NoIdentity>>,
    application: Client<ApplicationAuth>,
    bare: reqwest::Client,
    url: String,
    body: Vec<u8>,
}

impl Network {
    fn new() -> Network {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let addr = runtime.block_on(start_server());
        let base = format!("http://{addr}");
        let client = Client::new(Environment::custom(&base).unwrap())
            .unwrap()
            .with_auth(StaticToken::application(TOKEN));
        let application = client.with_auth(ApplicationAuth::new(
            Credentials::new("id", "secret"),
            [scopes::KLARNA_PAYMENTS_W],
        ));
        let network = Network {
            runtime,
            client,
            application,
            bare: reqwest::Client::new(),
            url: format!("{base}{PATH}"),
            body: serde_json::to_vec(&curl_body()).unwrap(),
        };
        // Both agree on the answer, and the pooled connections are open before measuring.
        let (a, b) = network.runtime.block_on(async {
            (
                network.via_client().await,
                network.via_reqwest_derive().await,
            )
        });
        assert!(a == b, "both sides decode the same response");
        assert_eq!(
            serde_json::to_value(derived_curl()).unwrap(),
            curl_body(),
            "both baselines send the same JSON"
        );
        network
    }

    /// One call through the generated client, with the curl example's values.
    async fn via_client(&self) -> PlaceTrialOrderResponse {
        trial_order(&self.client).await
    }
}

/// One call through a generated client, with the curl example's values.
async fn trial_order<A: payway_client::Auth>(client: &Client<A>) -> PlaceTrialOrderResponse {
    {
        client
            .klarna_payments()
            .v2()
            .place_trial_order()
            .customer_info(
                CustomerInfo::builder()
                    .email("payway@adeprimo.se")
                    .first_name("Payway")
                    .last_name("Adeprimo")
                    .build(),
            )
            .klarna_authorization_token("klarna_authorization_token, received from klarna widget")
            .klarna_payments_session_id("klarna_payments_session_id, received from create_session")
            .browser_ip("81.208.13.50")
            .browser_language("sv-SE")
            .browser_user_agent(USER_AGENT)
            .traffic_source("facebook")
            .merchant_reference("adeprimo-campaign-001")
            .raise_on_ssn_already_taken_error(true)
            .raise_on_ssn_already_set_error(false)
            .raise_on_account_update_error(false)
            .raise_on_delivery_address_error(false)
            .send()
            .await
            .expect("place_trial_order through the client")
    }
}

impl Network {
    /// The same JSON POSTed with bare reqwest, the response read and decoded into the same
    /// type. `body` is what goes out: the bytes serialized once up front (the least work a
    /// caller can do) or built and serialized in the call, as hand-written code would; with
    /// `timeout`, the request gets one as the client's requests do (30 s by default).
    async fn via_reqwest(
        &self,
        body: Vec<u8>,
        timeout: Option<Duration>,
    ) -> PlaceTrialOrderResponse {
        let mut request = self
            .bare
            .post(&self.url)
            .bearer_auth(TOKEN)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body);
        if let Some(timeout) = timeout {
            request = request.timeout(timeout);
        }
        let response = request.send().await.expect("POST through bare reqwest");
        let status = response.status().as_u16();
        let bytes = response.bytes().await.expect("response body");
        decode_response::<Item<PlaceTrialOrderResponse>>("x", status, &bytes).expect("decoded")
    }

    /// Bare reqwest with the body serialized once, before the loop.
    async fn via_reqwest_prebuilt(&self) -> PlaceTrialOrderResponse {
        self.via_reqwest(self.body.clone(), None).await
    }

    /// Bare reqwest with the body built as a hand-written `#[derive(Serialize)]` struct and
    /// serialized in each call: the like-for-like baseline of the client, which builds and
    /// serializes its typed body in each call.
    async fn via_reqwest_derive(&self) -> PlaceTrialOrderResponse {
        self.via_reqwest(serde_json::to_vec(&derived_curl()).unwrap(), None)
            .await
    }

    /// As `via_reqwest_derive`, with the timeout the client sets on every request.
    async fn via_reqwest_derive_timeout(&self) -> PlaceTrialOrderResponse {
        let timeout = payway_client::DEFAULT_TIMEOUT;
        self.via_reqwest(serde_json::to_vec(&derived_curl()).unwrap(), Some(timeout))
            .await
    }
}

fn network(c: &mut Criterion, network: &Network) {
    let mut group = c.benchmark_group("place_trial_order");
    group.throughput(Throughput::Elements(1));
    group.bench_function("client", |b| {
        b.to_async(&network.runtime)
            .iter(|| async { black_box(network.via_client().await) })
    });
    group.bench_function("reqwest_prebuilt_body", |b| {
        b.to_async(&network.runtime)
            .iter(|| async { black_box(network.via_reqwest_prebuilt().await) })
    });
    group.bench_function("reqwest_derive_body", |b| {
        b.to_async(&network.runtime)
            .iter(|| async { black_box(network.via_reqwest_derive().await) })
    });
    group.bench_function("reqwest_derive_body_timeout", |b| {
        b.to_async(&network.runtime)
            .iter(|| async { black_box(network.via_reqwest_derive_timeout().await) })
    });
    group.finish();
}

/// The generated builder with every field set, as one would fill it from a form; its body
/// serialized.
fn build_request(client: &Client<StaticToken<payway_client::NoIdentity>>) -> Vec<u8> {
    with_full_request(client, |body| serde_json::to_vec(body).unwrap())
}

/// `f` of the body of the generated builder with every field set.
fn with_full_request<R>(
    client: &Client<StaticToken<payway_client::NoIdentity>>,
    f: impl FnOnce(&PlaceTrialOrderBody) -> R,
) -> R {
    let request = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .first_name("Payway")
                .last_name("Adeprimo")
                .mobile_phone_number("+46701234567")
                .social_security_number("198112189876")
                .birth_date("1981-12-18")
                .company_name("Adeprimo AB")
                .company_registration_number("556677-8899")
                .account_origin("web")
                .alias("payway")
                .address(
                    Address::builder()
                        .field("street", "Storgatan 1")
                        .field("zip_code", "83131")
                        .field("city", "Östersund")
                        .build(),
                )
                .build(),
        )
        .klarna_authorization_token("klarna_authorization_token, received from klarna widget")
        .klarna_payments_session_id("klarna_payments_session_id, received from create_session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        .paywall_id("5f0d9ea795cfebfb8544ab12")
        .custom_urls(
            CustomUrls::builder()
                .reset_password_url("https://example.com/reset")
                .return_url("https://example.com/return")
                .build(),
        )
        .raise_on_ssn_already_taken_error(true)
        .raise_on_ssn_already_set_error(false)
        .raise_on_account_update_error(false)
        .raise_on_delivery_address_error(false);
    f(request.body())
}

fn json_value() -> serde_json::Value {
    serde_json::json!({
        "customer_info": {
            "email": "payway@adeprimo.se",
            "first_name": "Payway",
            "last_name": "Adeprimo",
            "mobile_phone_number": "+46701234567",
            "social_security_number": "198112189876",
            "birth_date": "1981-12-18",
            "company_name": "Adeprimo AB",
            "company_registration_number": "556677-8899",
            "account_origin": "web",
            "alias": "payway",
            "address": { "street": "Storgatan 1", "zip_code": "83131", "city": "Östersund" }
        },
        "klarna_authorization_token": "klarna_authorization_token, received from klarna widget",
        "klarna_payments_session_id": "klarna_payments_session_id, received from create_session",
        "browser_ip": "81.208.13.50",
        "browser_language": "sv-SE",
        "browser_user_agent": USER_AGENT,
        "traffic_source": "facebook",
        "merchant_reference": "adeprimo-campaign-001",
        "paywall_id": "5f0d9ea795cfebfb8544ab12",
        "custom_urls": {
            "reset_password_url": "https://example.com/reset",
            "return_url": "https://example.com/return"
        },
        "raise_on_ssn_already_taken_error": true,
        "raise_on_ssn_already_set_error": false,
        "raise_on_account_update_error": false,
        "raise_on_delivery_address_error": false
    })
}

/// What one would write by hand: plain strings, derives, optional fields skipped when unset.
#[derive(Serialize)]
struct DerivedBody {
    customer_info: DerivedCustomerInfo,
    klarna_authorization_token: String,
    klarna_payments_session_id: String,
    browser_ip: String,
    browser_language: String,
    browser_user_agent: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    traffic_source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    merchant_reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paywall_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_urls: Option<DerivedCustomUrls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raise_on_ssn_already_taken_error: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raise_on_ssn_already_set_error: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raise_on_account_update_error: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raise_on_delivery_address_error: Option<bool>,
}

#[derive(Serialize)]
struct DerivedCustomerInfo {
    email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mobile_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    social_security_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    company_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    company_registration_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    account_origin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<DerivedAddress>,
}

#[derive(Serialize)]
struct DerivedAddress {
    street: String,
    zip_code: String,
    city: String,
}

#[derive(Serialize)]
struct DerivedCustomUrls {
    reset_password_url: String,
    return_url: String,
}

fn derived() -> DerivedBody {
    let s = |text: &str| Some(text.to_string());
    DerivedBody {
        customer_info: DerivedCustomerInfo {
            email: "payway@adeprimo.se".into(),
            first_name: s("Payway"),
            last_name: s("Adeprimo"),
            mobile_phone_number: s("+46701234567"),
            social_security_number: s("198112189876"),
            birth_date: s("1981-12-18"),
            company_name: s("Adeprimo AB"),
            company_registration_number: s("556677-8899"),
            account_origin: s("web"),
            alias: s("payway"),
            address: Some(DerivedAddress {
                street: "Storgatan 1".into(),
                zip_code: "83131".into(),
                city: "Östersund".into(),
            }),
        },
        klarna_authorization_token: "klarna_authorization_token, received from klarna widget"
            .into(),
        klarna_payments_session_id: "klarna_payments_session_id, received from create_session"
            .into(),
        browser_ip: "81.208.13.50".into(),
        browser_language: "sv-SE".into(),
        browser_user_agent: USER_AGENT.into(),
        traffic_source: s("facebook"),
        merchant_reference: s("adeprimo-campaign-001"),
        paywall_id: s("5f0d9ea795cfebfb8544ab12"),
        custom_urls: Some(DerivedCustomUrls {
            reset_password_url: "https://example.com/reset".into(),
            return_url: "https://example.com/return".into(),
        }),
        raise_on_ssn_already_taken_error: Some(true),
        raise_on_ssn_already_set_error: Some(false),
        raise_on_account_update_error: Some(false),
        raise_on_delivery_address_error: Some(false),
    }
}

/// The curl example's body as the hand-written struct.
fn derived_curl() -> DerivedBody {
    let s = |text: &str| Some(text.to_string());
    DerivedBody {
        customer_info: DerivedCustomerInfo {
            email: "payway@adeprimo.se".into(),
            first_name: s("Payway"),
            last_name: s("Adeprimo"),
            mobile_phone_number: None,
            social_security_number: None,
            birth_date: None,
            company_name: None,
            company_registration_number: None,
            account_origin: None,
            alias: None,
            address: None,
        },
        klarna_authorization_token: "klarna_authorization_token, received from klarna widget"
            .into(),
        klarna_payments_session_id: "klarna_payments_session_id, received from create_session"
            .into(),
        browser_ip: "81.208.13.50".into(),
        browser_language: "sv-SE".into(),
        browser_user_agent: USER_AGENT.into(),
        traffic_source: s("facebook"),
        merchant_reference: s("adeprimo-campaign-001"),
        paywall_id: None,
        custom_urls: None,
        raise_on_ssn_already_taken_error: Some(true),
        raise_on_ssn_already_set_error: Some(false),
        raise_on_account_update_error: Some(false),
        raise_on_delivery_address_error: Some(false),
    }
}

fn serialize(c: &mut Criterion) {
    // Only builds requests; never sends, so the address is never connected to.
    let client = Client::new(Environment::custom("http://127.0.0.1:9").unwrap())
        .unwrap()
        .with_auth(StaticToken::application(TOKEN));
    // All three write the same JSON.
    let expected: serde_json::Value = serde_json::from_slice(&build_request(&client)).unwrap();
    assert_eq!(expected, json_value());
    assert_eq!(expected, serde_json::to_value(derived()).unwrap());

    let mut group = c.benchmark_group("serialize");
    group.bench_function("builder_build_and_to_vec", |b| {
        b.iter(|| black_box(build_request(black_box(&client))))
    });
    group.bench_function("json_macro_build_and_to_vec", |b| {
        b.iter(|| black_box(serde_json::to_vec(&json_value()).unwrap()))
    });
    group.bench_function("derive_build_and_to_vec", |b| {
        b.iter(|| black_box(serde_json::to_vec(&derived()).unwrap()))
    });
    let body = with_full_request(&client, PlaceTrialOrderBody::clone);
    let value = json_value();
    let plain = derived();
    group.bench_function("builder_to_vec_only", |b| {
        b.iter(|| black_box(serde_json::to_vec(black_box(&body)).unwrap()))
    });
    group.bench_function("json_macro_to_vec_only", |b| {
        b.iter(|| black_box(serde_json::to_vec(black_box(&value)).unwrap()))
    });
    group.bench_function("derive_to_vec_only", |b| {
        b.iter(|| black_box(serde_json::to_vec(black_box(&plain)).unwrap()))
    });
    group.finish();
}

/// The client and the baselines in alternating batches (the order rotating each round, so a
/// change of machine load hits all alike); prints each side's median time per call over the
/// rounds and the client's ratio to each baseline.
fn interleaved(network: &Network, rounds: usize, batch: usize) {
    const SIDES: [&str; 4] = [
        "client",
        "reqwest, prebuilt body",
        "reqwest, derive body",
        "reqwest, derive body, timeout",
    ];
    let mut times: [Vec<f64>; 4] = Default::default();
    network.runtime.block_on(async {
        for round in 0..rounds {
            for k in 0..SIDES.len() {
                let side = (round + k) % SIDES.len();
                let start = Instant::now();
                for _ in 0..batch {
                    black_box(match side {
                        0 => network.via_client().await,
                        1 => network.via_reqwest_prebuilt().await,
                        2 => network.via_reqwest_derive().await,
                        _ => network.via_reqwest_derive_timeout().await,
                    });
                }
                times[side].push(start.elapsed().as_nanos() as f64 / batch as f64 / 1000.0);
            }
        }
    });
    // Each round's ratio, client / baseline: the batches of one round ran within a few
    // milliseconds of each other, so a change of load between rounds cancels out of it.
    let paired = |side: usize| -> Vec<f64> {
        let mut ratios: Vec<f64> = times[0]
            .iter()
            .zip(&times[side])
            .map(|(c, b)| c / b)
            .collect();
        ratios.sort_by(f64::total_cmp);
        ratios
    };
    let medians = times.clone().map(|mut v| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    });
    println!("\ninterleaved: {rounds} rounds of {batch} calls per side, median µs per call");
    println!(
        "  {:<30} {:>8.2}   client/this: ratio of medians; median of the rounds' ratios [quartiles]",
        SIDES[0], medians[0]
    );
    for (side, (name, median)) in SIDES.iter().zip(medians).enumerate().skip(1) {
        let ratio = medians[0] / median;
        let ratios = paired(side);
        let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4];
        println!(
            "  {name:<30} {median:>8.2}   client/this = {ratio:.4}; paired {:.4} [{:.4}, {:.4}]",
            quartile(2),
            quartile(1),
            quartile(3)
        );
    }
}

/// One side of the concurrent comparison.
#[derive(Clone, Copy, Debug)]
enum Side {
    Application,
    Static,
    Reqwest,
}

impl Side {
    const ALL: [Side; 3] = [Side::Application, Side::Static, Side::Reqwest];

    fn name(self) -> &'static str {
        match self {
            Side::Application => "ApplicationAuth (cached)",
            Side::Static => "StaticToken",
            Side::Reqwest => "reqwest, derive body",
        }
    }
}

/// Calls in flight at once in the concurrent comparison.
const CONCURRENCY: usize = 64;

impl Network {
    /// `CONCURRENCY` calls of `side` at once, as tasks on the runtime; returns when all are done.
    async fn concurrent(&self, side: Side) {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..CONCURRENCY {
            match side {
                Side::Application => {
                    let client = self.application.clone();
                    tasks.spawn(async move { black_box(trial_order(&client).await) });
                }
                Side::Static => {
                    let client = self.client.clone();
                    tasks.spawn(async move { black_box(trial_order(&client).await) });
                }
                Side::Reqwest => {
                    let (bare, url) = (self.bare.clone(), self.url.clone());
                    tasks.spawn(async move {
                        let body = serde_json::to_vec(&derived_curl()).unwrap();
                        let response = bare
                            .post(&url)
                            .bearer_auth(TOKEN)
                            .header(reqwest::header::CONTENT_TYPE, "application/json")
                            .header(reqwest::header::ACCEPT, "application/json")
                            .body(body)
                            .send()
                            .await
                            .expect("POST through bare reqwest");
                        let status = response.status().as_u16();
                        let bytes = response.bytes().await.expect("response body");
                        black_box(
                            decode_response::<Item<PlaceTrialOrderResponse>>("x", status, &bytes)
                                .expect("decoded"),
                        )
                    });
                }
            }
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("call task");
        }
    }
}

/// The three sides of 64 concurrent calls in alternating batches (order rotating each round);
/// prints each side's median calls per second and the ratios.
fn concurrent(network: &Network, rounds: usize, batches: usize) {
    let mut rates: [Vec<f64>; 3] = Default::default();
    network.runtime.block_on(async {
        // Warm-up: the application token fetched and cached, connections open.
        for side in Side::ALL {
            network.concurrent(side).await;
        }
        for round in 0..rounds {
            for k in 0..Side::ALL.len() {
                let index = (round + k) % Side::ALL.len();
                let start = Instant::now();
                for _ in 0..batches {
                    network.concurrent(Side::ALL[index]).await;
                }
                let calls = (batches * CONCURRENCY) as f64;
                rates[index].push(calls / start.elapsed().as_secs_f64());
            }
        }
    });
    let medians = rates.map(|mut v| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    });
    println!(
        "\nconcurrent: {CONCURRENCY} calls in flight, {rounds} rounds of {batches} batches per side, median calls/s"
    );
    for (side, median) in Side::ALL.iter().zip(medians) {
        println!("  {:<28} {median:>10.0}", side.name());
    }
    println!(
        "  ApplicationAuth / StaticToken throughput = {:.4} (aim: >= 0.98)",
        medians[0] / medians[1]
    );
    println!(
        "  StaticToken / reqwest throughput         = {:.4}",
        medians[1] / medians[2]
    );
}

/// Under callgrind: one warm-up batch, then `calls` calls of `side` in batches of 64, or one
/// after another when `sequential`. `reqwest_timeout` (one after another only) is bare reqwest
/// with the client's timeout on each request: what the timer costs.
fn callgrind_run(side: &str, calls: usize, sequential: bool) {
    let network = Network::new();
    let with_timeout = side == "reqwest_timeout";
    assert!(
        sequential || !with_timeout,
        "reqwest_timeout runs one call after another (CALLGRIND_SEQUENTIAL=1)"
    );
    let side = match side {
        "application" => Side::Application,
        "static" => Side::Static,
        "reqwest" | "reqwest_timeout" => Side::Reqwest,
        other => panic!(
            "CALLGRIND_SIDE must be application, static, reqwest or reqwest_timeout, not {other:?}"
        ),
    };
    network.runtime.block_on(async {
        network.concurrent(side).await;
        if sequential {
            for _ in 0..calls {
                black_box(match side {
                    Side::Application => trial_order(&network.application).await,
                    Side::Static => network.via_client().await,
                    Side::Reqwest if with_timeout => network.via_reqwest_derive_timeout().await,
                    Side::Reqwest => network.via_reqwest_derive().await,
                });
            }
        } else {
            for _ in 0..calls.div_ceil(CONCURRENCY) {
                network.concurrent(side).await;
            }
        }
    });
}

/// The number in the environment variable `name`, or `default` when it is unset or not one.
fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if let Ok(side) = std::env::var("CALLGRIND_SIDE") {
        let calls = env_number("CALLGRIND_CALLS", 640);
        let sequential = std::env::var_os("CALLGRIND_SEQUENTIAL").is_some();
        callgrind_run(&side, calls, sequential);
        return;
    }
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .configure_from_args();
    let network_setup = Network::new();
    network(&mut criterion, &network_setup);
    serialize(&mut criterion);
    criterion.final_summary();

    // Skipped when criterion only lists or tests, and with INTERLEAVED_ROUNDS=0.
    let only_checking =
        std::env::args().any(|a| ["--list", "--test", "--profile-time"].contains(&a.as_str()));
    // INTERLEAVED_ROUNDS rounds of INTERLEAVED_BATCH calls per side.
    let rounds = env_number("INTERLEAVED_ROUNDS", 40);
    if !only_checking && rounds > 0 {
        let batch = env_number("INTERLEAVED_BATCH", 300);
        interleaved(&network_setup, rounds, batch);
        concurrent(&network_setup, rounds, 10);
    }
}
