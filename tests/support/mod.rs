//! A small recording HTTP server on loopback for the client's integration tests.
//!
//! Every request is recorded (method, path, raw query, headers, body bytes) and answered from a
//! per-path script: a status, headers, a body, an optional delay, or a dropped connection. The
//! token path answers with fresh tokens (`token-1`, `token-2`, ...) unless scripted otherwise;
//! any other unscripted path answers 404 in the Payway error convention. The server stops when
//! the `TestServer` is dropped.
//!
//! Also shared by the tests: the docs' two example requests (`documented_trial_order!`,
//! `documented_create_session!`), clients of a `TestServer`, and helpers for the sandbox
//! (a fault-injecting configuration, raw token requests).

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Environment, IdentityAuth, scopes,
};
use serde_json::{Value, json};

/// A plain reqwest client for the requests a test makes itself. reqwest (built with
/// `rustls-no-provider`, as users get it) takes rustls's process default provider: ring's,
/// installed here the way payway-client installs it.
pub fn http() -> reqwest::Client {
    http_builder().build().expect("a plain reqwest client")
}

/// A plain reqwest client builder, with ring installed as rustls's provider (see [`http`]).
pub fn http_builder() -> reqwest::ClientBuilder {
    payway_client::install_tls_provider();
    reqwest::Client::builder()
}

/// The token endpoint's path (the spec's `token_endpoint.path`).
pub const TOKEN_PATH: &str = "/api/authorization/access_token";

/// The `User-Agent` of the docs' place_trial_order curl example.
pub const USER_AGENT: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.116 Safari/537.36";

/// A `place_trial_order` request on `$client` with every required parameter set to the value of
/// the docs' curl example. Chain more setters, or set one again to override it, before `.send()`.
#[allow(unused_macros)]
macro_rules! documented_trial_order {
    ($client:expr) => {
        $client
            .klarna_payments()
            .v2()
            .place_trial_order()
            .customer_info(
                ::payway_client::klarna_payments::v2::place_trial_order::CustomerInfo::builder()
                    .email("payway@adeprimo.se")
                    .build(),
            )
            .klarna_authorization_token("klarna_authorization_token, received from klarna widget")
            .klarna_payments_session_id("klarna_payments_session_id, received from create_session")
            .browser_ip("81.208.13.50")
            .browser_language("sv-SE")
            .browser_user_agent($crate::support::USER_AGENT)
    };
}
#[allow(unused_imports)]
pub(crate) use documented_trial_order;

/// A `create_session` request on `$client` with every required parameter set to the value of
/// the docs' curl example. Chain more setters, or set one again to override it, before `.send()`.
#[allow(unused_macros)]
macro_rules! documented_create_session {
    ($client:expr) => {
        $client
            .klarna_payments()
            .v1()
            .create_session()
            .code("adeprimo_digital")
            .period_type(
                ::payway_client::klarna_payments::v1::create_session::PeriodType::Recurring,
            )
            .confirmation_url("https://confirmation_url.com")
    };
}
#[allow(unused_imports)]
pub(crate) use documented_create_session;

/// A client of `server` with application authentication (`client-id`, `client-secret`, the
/// scope `KLARNA_PAYMENTS_W`).
pub fn app_client(server: &TestServer) -> Client<ApplicationAuth> {
    app_client_with(server, ClientConfig::default())
}

/// [`app_client`] with `config`.
pub fn app_client_with(server: &TestServer, config: ClientConfig) -> Client<ApplicationAuth> {
    Client::with_config(
        Environment::custom(&server.url()).expect("base URL"),
        config,
    )
    .expect("client")
    .with_auth(ApplicationAuth::new(
        Credentials::new("client-id", "client-secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ))
}

/// A client of `server` with identity authentication from the ticket `ticket` (`client-id`,
/// `client-secret`, the scope `KLARNA_PAYMENTS_W`).
pub fn identity_client(server: &TestServer) -> Client<IdentityAuth> {
    Client::new(Environment::custom(&server.url()).expect("base URL"))
        .expect("client")
        .with_auth(IdentityAuth::from_ticket(
            Credentials::new("client-id", "client-secret"),
            "ticket",
            [scopes::KLARNA_PAYMENTS_W],
        ))
}

/// A configuration whose HTTP client sends `x-sandbox-fault: <fault>` with every request.
pub fn faulty(fault: &str) -> ClientConfig {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-sandbox-fault",
        reqwest::header::HeaderValue::from_str(fault).expect("header"),
    );
    ClientConfig::default()
        .http_client(move || reqwest::Client::builder().default_headers(headers.clone()))
}

/// An access token from `sandbox`'s token endpoint for the form fields `grant` (besides the
/// sandbox's client credentials and the scope `KLARNA_PAYMENTS_W`), with a raw request: the
/// client keeps the tokens it fetches to itself.
pub async fn sandbox_token(sandbox: &payway_sandbox::Sandbox, grant: &[(&str, &str)]) -> String {
    let mut form = vec![
        ("client_id", sandbox.client_id()),
        ("client_secret", sandbox.client_secret()),
        ("scope", scopes::KLARNA_PAYMENTS_W),
    ];
    form.extend_from_slice(grant);
    let answer: Value = http()
        .post(format!(
            "{}{}",
            sandbox.base_url(),
            payway_client::TOKEN_PATH
        ))
        .form(&form)
        .send()
        .await
        .expect("token request")
        .json()
        .await
        .expect("token answer");
    answer["access_token"]
        .as_str()
        .expect("access token")
        .to_string()
}

/// An identity token from `sandbox` for a ticket of `payway@adeprimo.se`.
pub async fn identity_token(sandbox: &payway_sandbox::Sandbox) -> String {
    let ticket = sandbox.issue_ticket("payway@adeprimo.se").expect("ticket");
    sandbox_token(sandbox, &[("grant_type", "ticket"), ("ticket", &ticket)]).await
}

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The raw query string, without `?`; `None` when the URL has none.
    pub query: Option<String>,
    /// Header names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of header `name` (case-insensitive); panics if it was sent more than once.
    pub fn header(&self, name: &str) -> Option<&str> {
        let mut values = self
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str());
        let first = values.next();
        assert!(
            values.next().is_none(),
            "header `{name}` was sent more than once"
        );
        first
    }

    /// The body as text (lossy).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body parsed as JSON; panics with the body if it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {:?}", self.body_text()))
    }

    /// The body decoded as `application/x-www-form-urlencoded`; panics on a repeated field.
    pub fn form(&self) -> BTreeMap<String, String> {
        let text = std::str::from_utf8(&self.body).expect("form body is UTF-8");
        let mut fields = BTreeMap::new();
        for pair in text.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode_form_component(name);
            let previous = fields.insert(name.clone(), decode_form_component(value));
            assert!(previous.is_none(), "form field `{name}` sent twice");
        }
        fields
    }
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte.
fn decode_form_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = text.get(i + 1..i + 3).expect("truncated %-escape");
                out.push(u8::from_str_radix(hex, 16).expect("bad %-escape"));
                i += 3;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("decoded form component is UTF-8")
}

/// How the server answers one request.
#[derive(Debug, Clone)]
pub struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Option<Duration>,
    drop_connection: bool,
}

impl Answer {
    /// `status` with an empty body and no headers.
    pub fn new(status: u16) -> Self {
        Answer {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: None,
            drop_connection: false,
        }
    }

    /// `status` with `value` as an `application/json` body.
    pub fn json(status: u16, value: Value) -> Self {
        Answer::new(status)
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&value).expect("JSON"))
    }

    /// 200 with `{"item": value}`.
    pub fn item(value: Value) -> Self {
        Answer::json(200, json!({ "item": value }))
    }

    /// `status` with a body of the given content type, sent as it is.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Answer::new(status)
            .header("content-type", content_type)
            .body(body)
    }

    /// Closes the connection after reading the request, without answering.
    pub fn drop_connection() -> Self {
        Answer {
            drop_connection: true,
            ..Answer::new(0)
        }
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Replaces the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// Waits `delay` before answering (or dropping the connection).
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }
}

#[derive(Default)]
struct Script {
    /// Answers used once each, in order, before `always`.
    once: VecDeque<Answer>,
    always: Option<Answer>,
}

#[derive(Default)]
struct Inner {
    requests: Vec<Recorded>,
    scripts: HashMap<String, Script>,
    tokens_issued: usize,
}

impl Inner {
    fn answer_for(&mut self, path: &str) -> Answer {
        if let Some(script) = self.scripts.get_mut(path) {
            if let Some(answer) = script.once.pop_front() {
                return answer;
            }
            if let Some(answer) = &script.always {
                return answer.clone();
            }
        }
        if path == TOKEN_PATH {
            self.tokens_issued += 1;
            let n = self.tokens_issued;
            return Answer::json(
                200,
                json!({
                    "access_token": format!("token-{n}"),
                    "expires_in": 3600,
                    "refresh_token": format!("refresh-{n}"),
                }),
            );
        }
        Answer::json(
            404,
            json!({
                "code": "not_found",
                "message": format!("the test server has no answer scripted for {path}"),
            }),
        )
    }
}

type Shared = Arc<Mutex<Inner>>;

/// The recording server. Stops accepting connections when dropped.
pub struct TestServer {
    addr: SocketAddr,
    shared: Shared,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    /// Starts a server on `127.0.0.1` on a free port.
    pub async fn start() -> Self {
        let shared = Shared::default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let router = Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&shared));
        let task = tokio::spawn(async move {
            axum::serve(listener, router)
                .await
                .expect("test server failed");
        });
        TestServer { addr, shared, task }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        self.shared.lock().expect("test server state")
    }

    /// Every later request to `path` gets `answer` (after any queued `answer_once`s).
    pub fn answer(&self, path: &str, answer: Answer) {
        self.inner()
            .scripts
            .entry(path.to_string())
            .or_default()
            .always = Some(answer);
    }

    /// The next request to `path` gets `answer`; queued answers are used in order.
    pub fn answer_once(&self, path: &str, answer: Answer) {
        self.inner()
            .scripts
            .entry(path.to_string())
            .or_default()
            .once
            .push_back(answer);
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner().requests.clone()
    }

    /// The requests to `path` so far.
    pub fn requests_to(&self, path: &str) -> Vec<Recorded> {
        self.inner()
            .requests
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    /// How many requests went to `path`.
    pub fn count(&self, path: &str) -> usize {
        self.inner()
            .requests
            .iter()
            .filter(|r| r.path == path)
            .count()
    }

    /// The requests to the token endpoint.
    pub fn token_requests(&self) -> Vec<Recorded> {
        self.requests_to(TOKEN_PATH)
    }

    /// The only request to `path`; panics unless there was exactly one.
    pub fn single(&self, path: &str) -> Recorded {
        let mut requests = self.requests_to(path);
        assert_eq!(requests.len(), 1, "requests to {path}: {requests:#?}");
        requests.pop().expect("one request")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn handle(State(shared): State<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .expect("request body");
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_string(), value)
            })
            .collect(),
        body: body.to_vec(),
    };
    let answer = {
        let mut inner = shared.lock().expect("test server state");
        let answer = inner.answer_for(&recorded.path);
        inner.requests.push(recorded);
        answer
    };
    if let Some(delay) = answer.delay {
        tokio::time::sleep(delay).await;
    }
    if answer.drop_connection {
        // Unwinding ends the connection's task, which closes the socket without an answer.
        // `resume_unwind` skips the panic hook, so nothing is printed.
        std::panic::resume_unwind(Box::new("test server: dropping the connection"));
    }
    let mut response = Response::builder().status(answer.status);
    for (name, value) in &answer.headers {
        response = response.header(name, value);
    }
    response
        .body(Body::from(answer.body))
        .expect("scripted response")
}
