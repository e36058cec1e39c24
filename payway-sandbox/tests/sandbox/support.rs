//! Helpers shared by the tests.

use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Environment, IdentityAuth, StaticToken,
    scopes,
};
use payway_sandbox::Sandbox;
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

pub const CREATE_SESSION: &str = payway_client::klarna_payments::v1::create_session::ENDPOINT.path;
pub const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;
pub const PLACE_ORDER_V2: &str = payway_client::klarna_payments::v2::place_order::ENDPOINT.path;
pub const TOKEN_PATH: &str = payway_client::TOKEN_PATH;
pub const PERIOD_ID: &str = "5f0d9ea795cfebfb8544ab12";

pub async fn sandbox() -> Sandbox {
    payway_sandbox::spawn().await.expect("the sandbox starts")
}

pub fn credentials(sandbox: &Sandbox) -> Credentials {
    Credentials::new(sandbox.client_id(), sandbox.client_secret())
}

pub fn client(sandbox: &Sandbox) -> Client {
    client_with(sandbox, ClientConfig::default())
}

pub fn client_with(sandbox: &Sandbox, config: ClientConfig) -> Client {
    Client::with_config(
        Environment::custom(sandbox.base_url()).expect("base URL"),
        config,
    )
    .expect("client")
}

pub fn app_client(sandbox: &Sandbox) -> Client<ApplicationAuth> {
    client(sandbox).with_auth(ApplicationAuth::new(
        credentials(sandbox),
        [scopes::KLARNA_PAYMENTS_W],
    ))
}

pub fn identity_client(sandbox: &Sandbox, email: &str) -> Client<IdentityAuth> {
    let ticket = sandbox.issue_ticket(email).expect("ticket");
    client(sandbox).with_auth(IdentityAuth::from_ticket(
        credentials(sandbox),
        ticket,
        [scopes::KLARNA_PAYMENTS_W],
    ))
}

/// A client sending `x-sandbox-fault: <fault>` on every request, with a fixed identity token.
pub fn faulty_client(
    sandbox: &Sandbox,
    fault: &str,
    token: &str,
    config: ClientConfig,
) -> Client<StaticToken<payway_client::CustomerIdentity>> {
    client_with(sandbox, config.http_client(http_builder_with_fault(fault)))
        .with_auth(StaticToken::with_identity(token))
}

pub fn http_with_fault(fault: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-sandbox-fault",
        reqwest::header::HeaderValue::from_str(fault).expect("header value"),
    );
    http_builder()
        .default_headers(headers)
        .build()
        .expect("reqwest client")
}

/// A reqwest client builder whose clients send `x-sandbox-fault: <fault>` with every request,
/// for `ClientConfig::http_client`.
pub fn http_builder_with_fault(
    fault: &str,
) -> impl Fn() -> reqwest::ClientBuilder + Send + Sync + 'static {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-sandbox-fault",
        reqwest::header::HeaderValue::from_str(fault).expect("header value"),
    );
    move || reqwest::Client::builder().default_headers(headers.clone())
}

/// A raw token request: the status and the JSON body.
pub async fn token_request(sandbox: &Sandbox, form: &[(&str, &str)]) -> (u16, Value) {
    let response = http()
        .post(format!("{}{TOKEN_PATH}", sandbox.base_url()))
        .form(form)
        .send()
        .await
        .expect("token request");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON body"))
}

fn access_token(answer: &(u16, Value)) -> String {
    assert_eq!(answer.0, 200, "{}", answer.1);
    answer.1["access_token"]
        .as_str()
        .expect("access_token")
        .to_string()
}

pub async fn app_token(sandbox: &Sandbox, scope: &str) -> String {
    let answer = token_request(
        sandbox,
        &[
            ("grant_type", "none"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("scope", scope),
        ],
    )
    .await;
    access_token(&answer)
}

/// An identity token and its refresh token.
pub async fn identity_tokens(sandbox: &Sandbox, email: &str) -> (String, String) {
    let ticket = sandbox.issue_ticket(email).expect("ticket");
    let answer = token_request(
        sandbox,
        &[
            ("grant_type", "ticket"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("ticket", &ticket),
            ("scope", scopes::KLARNA_PAYMENTS_W),
        ],
    )
    .await;
    let refresh = answer.1["refresh_token"]
        .as_str()
        .expect("refresh_token")
        .to_string();
    (access_token(&answer), refresh)
}

pub async fn identity_token(sandbox: &Sandbox, email: &str) -> String {
    identity_tokens(sandbox, email).await.0
}

/// A raw JSON request: the status and the JSON body.
pub async fn send_json(
    sandbox: &Sandbox,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value) {
    let mut request = http().request(method, format!("{}{path}", sandbox.base_url()));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let json = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    (status, json)
}

pub async fn post(sandbox: &Sandbox, path: &str, token: &str, body: &Value) -> (u16, Value) {
    send_json(
        sandbox,
        reqwest::Method::POST,
        path,
        Some(token),
        Some(body),
    )
    .await
}

/// A valid create_session body.
pub fn session_body() -> Value {
    json!({
        "code": "adeprimo_digital",
        "period_type": "recurring",
        "period_id": PERIOD_ID,
        "confirmation_url": "https://confirmation_url.com",
    })
}

/// What approving the purchase in the Klarna widget gives: an authorization token for
/// `session`.
pub fn approve(sandbox: &Sandbox, session: &CreateSessionResponse) -> String {
    sandbox
        .authorize_purchase(&session.klarna_client_token)
        .expect("the session is live")
}

/// A valid place_trial_order body for `session_id`, with the widget's `authorization`.
pub fn trial_order_body(session_id: &str, authorization: &str, email: &str) -> Value {
    json!({
        "customer_info": {"email": email, "first_name": "Payway", "last_name": "Adeprimo"},
        "klarna_authorization_token": authorization,
        "klarna_payments_session_id": session_id,
        "browser_ip": "81.208.13.50",
        "browser_language": "sv-SE",
        "browser_user_agent": "Mozilla/5.0",
    })
}

/// Creates a session through the client, with a `period_id` unless `None`.
pub async fn create_session(
    client: &Client<IdentityAuth>,
    period_id: Option<&str>,
) -> CreateSessionResponse {
    client
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
        .maybe_period_id(period_id)
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await
        .expect("create_session")
}

/// The API error of a failed call.
pub fn api_error(
    result: Result<impl std::fmt::Debug, payway_client::Error>,
) -> payway_client::ApiError {
    match result {
        Err(payway_client::Error::Api(error)) => error,
        other => panic!("expected an API error, got {other:?}"),
    }
}
