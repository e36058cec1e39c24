//! No secret and no personal value ever shows up in logs or `Debug` output.
//!
//! A full flow runs against the sandbox (application and identity tokens, `create_session`,
//! `place_trial_order` with personal data, a rejected value, an API error, an order in doubt,
//! token errors) with
//! every `tracing` event at TRACE, `log` records of reqwest included, written to a buffer. Every
//! client, authentication, request builder, response and error is `Debug`-printed (`{:?}` and
//! `{:#?}`, errors also with `Display`) into the same buffer. Then none of the secrets may be
//! in it: the client secret, the ticket, every access and refresh token, the Klarna client
//! token, the email address, the phone number, the social security number, the birth date, the
//! first and last name, the alias, the address, the browser's IP address and user agent.
//!
//! The tokens are random and the client keeps them to itself, so the client talks to the
//! sandbox through a recording TCP relay: the tokens are read off the wire. The wire also proves
//! the search is meaningful: every secret that was sent is found there, with the same search
//! that must not find it in the logs.

mod support;

use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_trial_order::{Address, CustomUrls, CustomerInfo};
use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Environment, Error, IdentityAuth,
    RequestOptions, RetryPolicy, StaticToken, TokenErrorKind, scopes,
};
use payway_sandbox::Sandbox;
use support::{documented_create_session, documented_trial_order, faulty};
use tracing_subscriber::filter::LevelFilter;

const CLIENT_ID: &str = "client-id-public-3f9a";
const CLIENT_SECRET: &str = "cs-LEAKCHECK-5e1f0a9b7c3d";
const WRONG_CLIENT_SECRET: &str = "cs-WRONG-LEAKCHECK-8d2e6b";
const EMAIL: &str = "leak.check.e1f7@secret-mail.example";
const PHONE: &str = "+46-PHONE-LEAKCHECK-70123";
const SSN: &str = "SSN-LEAKCHECK-19870605-4c2b";
const BIRTH_DATE: &str = "1987-06-05-BIRTH-LEAKCHECK-9d1e";
const FIRST_NAME: &str = "Firstname-LEAKCHECK-2b7c";
const LAST_NAME: &str = "Lastname-LEAKCHECK-8e1d";
const ALIAS: &str = "alias-LEAKCHECK-5a0f9c";
const STREET: &str = "Street-LEAKCHECK-3d9e 14";
const BROWSER_IP: &str = "2001:db8:7e11:4c2b::1f";
const BROWSER_USER_AGENT: &str = "Mozilla/5.0 (UA-LEAKCHECK-6f2a)";
/// A malformed email: rejected before sending, and personal data all the same.
const BAD_EMAIL: &str = "bad-email-LEAKCHECK-0b7e";
/// The access token in the sandbox's `malformed` token answer (cut in half, token included).
const MALFORMED_ANSWER_TOKEN: &str = "at_0123456789abcdef";

const TOKEN_PATH: &str = payway_client::TOKEN_PATH;
const CREATE_SESSION: &str = payway_client::klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;

/// A byte buffer shared by the log writer, the `Debug` prints and the relay.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Buffer {
    fn append(&self, bytes: &[u8]) {
        self.0.lock().expect("buffer").extend_from_slice(bytes);
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("buffer")).into_owned()
    }
}

impl io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.append(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes `value` to `out` with `{:?}` and `{:#?}`, under `label`.
fn show(out: &Buffer, label: &str, value: &dyn std::fmt::Debug) {
    out.append(format!("--- {label}\n{value:?}\n{value:#?}\n").as_bytes());
}

/// Writes an error with `{:?}`, `{:#?}` and `Display`.
fn show_error(out: &Buffer, label: &str, error: &Error) {
    show(out, label, error);
    out.append(format!("{error}\n").as_bytes());
}

/// A TCP relay on loopback to `upstream` that appends every byte, both ways, to `wire`.
async fn recording_relay(upstream: SocketAddr, wire: Buffer) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind the relay");
    let addr = listener.local_addr().expect("relay address");
    tokio::spawn(async move {
        while let Ok((inbound, _)) = listener.accept().await {
            let Ok(outbound) = tokio::net::TcpStream::connect(upstream).await else {
                continue;
            };
            let (in_read, in_write) = inbound.into_split();
            let (out_read, out_write) = outbound.into_split();
            tokio::spawn(pipe(in_read, out_write, wire.clone()));
            tokio::spawn(pipe(out_read, in_write, wire.clone()));
        }
    });
    addr
}

/// Copies `from` to `to`, recording; dropping `to` at the end shuts its direction down.
async fn pipe(
    from: tokio::net::tcp::OwnedReadHalf,
    to: tokio::net::tcp::OwnedWriteHalf,
    wire: Buffer,
) {
    let mut buffer = vec![0u8; 16 * 1024];
    loop {
        if from.readable().await.is_err() {
            return;
        }
        let n = match from.try_read(&mut buffer) {
            Ok(0) => return,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(_) => return,
        };
        wire.append(&buffer[..n]);
        let mut sent = 0;
        while sent < n {
            if to.writable().await.is_err() {
                return;
            }
            match to.try_write(&buffer[sent..n]) {
                Ok(written) => sent += written,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                Err(_) => return,
            }
        }
    }
}

/// Every value of JSON string property `key` in `text` (e.g. `"access_token":"..."`).
fn json_strings(text: &str, key: &str) -> Vec<String> {
    let needle = format!("\"{key}\"");
    let mut values = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        rest = &rest[at + needle.len()..];
        let after = rest.trim_start().strip_prefix(':').map(str::trim_start);
        if let Some(value) = after.and_then(|v| v.strip_prefix('"'))
            && let Some(end) = value.find('"')
        {
            values.push(value[..end].to_string());
        }
    }
    values
}

/// Every bearer token in the `Authorization` headers of `text`.
fn bearer_tokens(text: &str) -> Vec<String> {
    text.split("\r\n")
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            let token = value.trim().strip_prefix("Bearer ")?;
            name.eq_ignore_ascii_case("authorization")
                .then(|| token.to_string())
        })
        .collect()
}

/// The secrets of `secrets` (name, value) that occur in `text`.
fn found<'a>(text: &str, secrets: &'a [(String, String)]) -> Vec<&'a str> {
    secrets
        .iter()
        .filter(|(_, value)| text.contains(value.as_str()))
        .map(|(name, _)| name.as_str())
        .collect()
}

fn client(base_url: &str, config: ClientConfig) -> Client {
    Client::with_config(Environment::custom(base_url).expect("base URL"), config).expect("client")
}

fn credentials() -> Credentials {
    Credentials::new(CLIENT_ID, CLIENT_SECRET)
}

fn customer_info(email: &str) -> CustomerInfo {
    CustomerInfo::builder()
        .email(email)
        .first_name(FIRST_NAME)
        .last_name(LAST_NAME)
        .alias(ALIAS)
        .address(Address::builder().field("street", STREET).build())
        .mobile_phone_number(PHONE)
        .social_security_number(SSN)
        .birth_date(BIRTH_DATE)
        .build()
}

#[tokio::test]
async fn no_secret_or_personal_value_reaches_logs_or_debug_output() {
    let out = Buffer::default();
    let writer = out.clone();
    tracing_subscriber::fmt()
        .with_max_level(LevelFilter::TRACE)
        .with_ansi(false)
        .without_time()
        .with_target(true)
        .with_writer(move || writer.clone())
        // Global, so that events on every thread are captured; with the `tracing-log` feature
        // this also turns `log` records (reqwest's) into events.
        .try_init()
        .expect("the only subscriber of this test binary");

    let sandbox = Sandbox::builder()
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .spawn()
        .await
        .expect("sandbox");
    let wire = Buffer::default();
    let relay = recording_relay(sandbox.local_addr(), wire.clone()).await;
    let base_url = format!("http://{relay}");
    show(&out, "sandbox", &sandbox);
    show(
        &out,
        "sandbox builder",
        &Sandbox::builder().credentials(CLIENT_ID, CLIENT_SECRET),
    );

    // Clients and authentication, before any use.
    let config = ClientConfig::default();
    show(&out, "config", &config);
    let plain = client(&base_url, config);
    show(&out, "unauthenticated client", &plain);
    let credentials = credentials();
    show(&out, "credentials", &credentials);
    let app_auth = ApplicationAuth::new(credentials.clone(), [scopes::KLARNA_PAYMENTS_W]);
    show(&out, "application auth, unused", &app_auth);
    let ticket = sandbox.issue_ticket(EMAIL).expect("ticket");
    let identity_auth = IdentityAuth::from_ticket(
        credentials.clone(),
        ticket.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    );
    show(&out, "identity auth, unused", &identity_auth);
    let app = plain.with_auth(app_auth.clone());
    let customer = plain.with_auth(identity_auth.clone());
    show(&out, "application client", &app);
    show(&out, "identity client", &customer);
    show(&out, "identity connection", customer.connection());

    // v1 create_session with the identity token.
    let request = documented_create_session!(customer)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .start_date("2099-10-30")
        .request_options(RequestOptions::new().retry(RetryPolicy::none()));
    show(&out, "create_session request", &request);
    show(&out, "create_session body", request.body());
    let session = request.send().await.expect("create_session");
    show(&out, "create_session response", &session);

    // v2 place_trial_order with the application token and personal data.
    let info = customer_info(EMAIL);
    show(&out, "customer_info", &info);
    let urls = CustomUrls::builder()
        .return_url("https://example.com/thanks")
        .reset_password_url("https://example.com/reset")
        .build();
    show(&out, "custom_urls", &urls);
    // What approving the purchase in the Klarna widget gives: a secret too.
    let authorization = sandbox
        .authorize_purchase(&session.klarna_client_token)
        .expect("a live session");
    let request = documented_trial_order!(app)
        .browser_ip(BROWSER_IP)
        .browser_user_agent(BROWSER_USER_AGENT)
        .customer_info(info)
        .klarna_authorization_token(authorization.as_str())
        .klarna_payments_session_id(&session.klarna_payments_session_id)
        .paywall_id("5F0D9EA795CFEBFB8544AB12")
        .custom_urls(urls);
    show(&out, "place_trial_order request", &request);
    show(&out, "place_trial_order body", request.body());
    let order = request.send().await.expect("place_trial_order");
    show(&out, "place_trial_order response", &order);

    // The authentication again, now holding tokens (and the identity a refresh token).
    show(&out, "application auth, used", &app_auth);
    show(&out, "identity auth, used", &identity_auth);
    show(&out, "application client, used", &app);
    show(&out, "identity client, used", &customer);
    let refresh = identity_auth
        .refresh_token()
        .await
        .expect("the sandbox issues a refresh token with an identity token");
    show(&out, "refresh token", &refresh);

    // A rejected value: never sent, and the value is not repeated in the error.
    let request = documented_trial_order!(app)
        .customer_info(customer_info(BAD_EMAIL))
        .klarna_payments_session_id(&session.klarna_payments_session_id);
    show(&out, "rejected request", &request);
    let rejected = request.send().await.expect_err("a malformed email");
    assert!(
        matches!(&rejected, Error::InvalidRequest(r) if r.problems()[0].parameter() == "customer_info.email"),
        "{rejected:?}"
    );
    show_error(&out, "InvalidRequest", &rejected);

    // An API error: a session the sandbox does not know, with the personal data in the body.
    let result = documented_trial_order!(app)
        .browser_ip(BROWSER_IP)
        .browser_user_agent(BROWSER_USER_AGENT)
        .customer_info(customer_info(EMAIL))
        .klarna_payments_session_id("5aba2ca36fc93613f8000012")
        .send()
        .await;
    let api = result.expect_err("an unknown session");
    assert!(
        matches!(&api, Error::Api(e) if e.status() == 400),
        "{api:?}"
    );
    show_error(&out, "Api", &api);

    // An order in doubt: a 200 the client cannot read, with the personal data in the request.
    let app_token = bearer_tokens(&wire.text())
        .into_iter()
        .nth(1)
        .expect("place_trial_order sent the application token");
    let in_doubt =
        client(&base_url, faulty("malformed")).with_auth(StaticToken::application(app_token));
    let result = documented_trial_order!(in_doubt)
        .browser_ip(BROWSER_IP)
        .browser_user_agent(BROWSER_USER_AGENT)
        .customer_info(customer_info(EMAIL))
        .klarna_payments_session_id(&session.klarna_payments_session_id)
        .merchant_reference("merchant-ref-visible")
        .send()
        .await;
    let unknown = result.expect_err("an unreadable answer to an order");
    assert!(
        matches!(&unknown, Error::OutcomeUnknown(u) if u.identifier("merchant_reference") == Some("merchant-ref-visible")),
        "{unknown:?}"
    );
    show_error(&out, "OutcomeUnknown", &unknown);

    // Token errors: a wrong client secret, a spent ticket, a garbled answer holding a token.
    let wrong = plain.with_auth(ApplicationAuth::new(
        Credentials::new(CLIENT_ID, WRONG_CLIENT_SECRET),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    show(&out, "client with a wrong secret", &wrong);
    let refused = documented_trial_order!(wrong)
        .customer_info(customer_info(EMAIL))
        .klarna_payments_session_id(&session.klarna_payments_session_id)
        .send()
        .await
        .expect_err("a wrong secret");
    assert!(
        matches!(&refused, Error::Token(e) if e.kind() == &TokenErrorKind::Rejected),
        "{refused:?}"
    );
    show_error(&out, "Token, wrong secret", &refused);

    let spent = plain.with_auth(IdentityAuth::from_ticket(
        credentials.clone(),
        ticket.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = documented_create_session!(spent).send().await;
    let spent_error = result.expect_err("a spent ticket");
    assert!(
        matches!(&spent_error, Error::Token(e) if e.error() == Some("invalid_grant")),
        "{spent_error:?}"
    );
    show_error(&out, "Token, spent ticket", &spent_error);
    show(
        &out,
        "identity auth, spent ticket",
        spent.connection().auth(),
    );

    // A fresh application auth, so that a token is fetched (from the garbled answer).
    let garbled = client(&base_url, faulty("malformed")).with_auth(ApplicationAuth::new(
        credentials.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = documented_trial_order!(garbled)
        .customer_info(customer_info(EMAIL))
        .klarna_payments_session_id(&session.klarna_payments_session_id)
        .send()
        .await;
    let malformed = result.expect_err("a garbled token answer");
    assert!(
        matches!(&malformed, Error::Token(e) if e.kind() == &TokenErrorKind::Malformed),
        "{malformed:?}"
    );
    show_error(&out, "Token, malformed answer", &malformed);

    // A token held as it is: the identity token the first session was created with.
    let identity_token = bearer_tokens(&wire.text())
        .into_iter()
        .next()
        .expect("create_session sent a bearer token");
    let config = faulty("delay=1");
    show(&out, "config with an HTTP client of its own", &config);
    let holder = client(&base_url, config).with_auth(StaticToken::with_identity(identity_token));
    show(&out, "static token", holder.connection().auth());
    show(&out, "static token client", &holder);
    let again = documented_create_session!(holder)
        .period_type(PeriodType::Limited)
        .send()
        .await
        .expect("create_session with the static token");
    show(&out, "create_session response, static token", &again);

    // What reached the sandbox: five token requests, and the rejected request is not one.
    assert_eq!(sandbox.request_count(TOKEN_PATH), 5);
    assert_eq!(sandbox.request_count(CREATE_SESSION), 2);
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 3);
    sandbox.shutdown().await;

    // The secrets, the random ones read off the wire.
    let wire = wire.text();
    let access_tokens = json_strings(&wire, "access_token");
    let refresh_tokens = json_strings(&wire, "refresh_token");
    let client_token = json_strings(&wire, "klarna_client_token")
        .into_iter()
        .next()
        .expect("create_session answered a client token");
    let bearers = bearer_tokens(&wire);
    assert!(
        access_tokens.len() >= 3,
        "application, identity and garbled answers: {access_tokens:?}"
    );
    assert!(
        !refresh_tokens.is_empty(),
        "the identity token's refresh token"
    );
    assert!(
        bearers.len() >= 2,
        "both API calls sent a token: {bearers:?}"
    );
    assert!(
        refresh_tokens.iter().any(|r| r == refresh.expose()),
        "the client kept the refresh token it was issued"
    );
    let mut secrets: Vec<(String, String)> = [
        ("client secret", CLIENT_SECRET),
        ("wrong client secret", WRONG_CLIENT_SECRET),
        ("ticket", ticket.as_str()),
        ("email", EMAIL),
        ("mobile phone number", PHONE),
        ("social security number", SSN),
        ("birth date", BIRTH_DATE),
        ("first name", FIRST_NAME),
        ("last name", LAST_NAME),
        ("alias", ALIAS),
        ("address", STREET),
        ("browser IP", BROWSER_IP),
        ("browser user agent", BROWSER_USER_AGENT),
        ("klarna client token", &client_token),
        ("klarna authorization token", &authorization),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value.to_string()))
    .collect();
    for (kind, tokens) in [
        ("access token", &access_tokens),
        ("refresh token", &refresh_tokens),
        ("bearer token", &bearers),
    ] {
        for (i, token) in tokens.iter().enumerate() {
            secrets.push((format!("{kind} {i}"), token.clone()));
        }
    }
    for (name, value) in &secrets {
        assert!(
            value.len() >= 16,
            "{name} is too short to search for: {value:?}"
        );
    }

    // The search is meaningful: every secret was on the wire, found by the same search.
    let on_wire = found(&wire, &secrets);
    assert_eq!(
        on_wire.len(),
        secrets.len(),
        "every secret was sent, so the search finds each on the wire"
    );
    assert!(found(&wire, &[("bad email".into(), BAD_EMAIL.into())]).is_empty());
    secrets.push(("rejected email".into(), BAD_EMAIL.into()));
    secrets.push((
        "garbled answer's token".into(),
        MALFORMED_ANSWER_TOKEN.into(),
    ));

    // The capture holds what it should: events of the client, of reqwest (through `log`), of
    // hyper-util and of the sandbox, and every print, with redaction markers where secrets were.
    let captured = out.text();
    for marker in [
        "payway.call",
        "payway.attempt",
        "payway.token",
        "klarna_payments.v1.create_session",
        "klarna_payments.v2.place_trial_order",
        "grant_type",
        "TRACE",
        "hyper_util",
        "reqwest::connect",
        "payway_sandbox",
        "--- identity auth, used",
        "StaticToken { token: AccessToken(<redacted>)",
        "CreateSessionResponse",
        "PlaceTrialOrderResponse",
        "Secret(<redacted>)",
        "AccessToken(<redacted>)",
        "email: Some(<redacted>)",
        "social_security_number: Some(<redacted>)",
        "was not sent",
        "invalid_grant",
        "invalid_client",
    ] {
        assert!(
            captured.contains(marker),
            "the capture lacks {marker:?}:\n{captured}"
        );
    }

    let leaked = found(&captured, &secrets);
    assert!(
        leaked.is_empty(),
        "secrets in the logs or Debug output: {leaked:?}\n{captured}"
    );
}
