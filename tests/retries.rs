//! Retries against a real server on loopback: for every fault, the typed error the caller gets
//! and how many requests the server saw, for an endpoint that is safe to retry
//! (`klarna_payments.v1.create_session`) and one that is not
//! (`klarna_payments.v2.place_trial_order`: an order must never be placed twice).
//!
//! Faults come from the sandbox's fault switch (`x-sandbox-fault`, sent by a client-level default
//! header), and from the recording test server in `support` where one answer must differ from
//! the next (a 503, then a success).

mod support;

use std::fmt::Debug;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::klarna_payments::v2::place_trial_order::PlaceTrialOrderResponse;
use payway_client::{
    ApiError, Auth, Client, ClientConfig, CustomerIdentity, DecodeError, Environment, Error,
    NoIdentity, OutcomeUnknown, RequestOptions, RetryPolicy, StaticToken, TransportError,
};
use payway_sandbox::Sandbox;
use serde_json::json;
use support::{
    Answer, TestServer, documented_create_session, documented_trial_order, sandbox_token,
};

const CREATE_SESSION: &str = payway_client::klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;
const SESSION_NAME: &str = "klarna_payments.v1.create_session";
const ORDER_NAME: &str = "klarna_payments.v2.place_trial_order";

/// The default number of attempts of a retried call: the first and the default retries.
fn attempts() -> u64 {
    1 + u64::from(RetryPolicy::default().retries())
}

/// The default policy with short backoffs, so that retried tests stay fast. `Retry-After` is
/// still honoured as the server asks.
fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(20))
}

/// A configuration whose HTTP client sends `x-sandbox-fault: <fault>` with every request, and
/// retries quickly.
fn faulty(fault: &str) -> ClientConfig {
    support::faulty(fault).retry(quick_retries())
}

async fn sandbox() -> Sandbox {
    payway_sandbox::spawn().await.expect("sandbox")
}

fn client(base_url: &str, config: ClientConfig) -> Client {
    Client::with_config(Environment::custom(base_url).expect("base URL"), config).expect("client")
}

/// A customer's client (create_session needs an identity) with `config`.
async fn customer_client(
    sandbox: &Sandbox,
    config: ClientConfig,
) -> Client<StaticToken<CustomerIdentity>> {
    let ticket = sandbox.issue_ticket("payway@adeprimo.se").expect("ticket");
    let token = sandbox_token(sandbox, &[("grant_type", "ticket"), ("ticket", &ticket)]).await;
    client(sandbox.base_url(), config).with_auth(StaticToken::with_identity(token))
}

/// An application's client (for trial orders) with `config`.
async fn app_client(sandbox: &Sandbox, config: ClientConfig) -> Client<StaticToken<NoIdentity>> {
    let token = sandbox_token(sandbox, &[("grant_type", "none")]).await;
    client(sandbox.base_url(), config).with_auth(StaticToken::application(token))
}

async fn create_session<A>(
    client: &Client<A>,
    options: RequestOptions,
) -> Result<CreateSessionResponse, Error>
where
    A: Auth<Identity = CustomerIdentity>,
{
    documented_create_session!(client)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .request_options(options)
        .send()
        .await
}

/// A trial order. The fault answers in place of the sandbox's behaviour, so the session need not
/// exist; where no fault is set, the server is not the sandbox.
async fn place_trial_order<A: Auth>(
    client: &Client<A>,
    options: RequestOptions,
) -> Result<PlaceTrialOrderResponse, Error> {
    documented_trial_order!(client)
        .klarna_payments_session_id("5aba2ca36fc93613f8000012")
        .request_options(options)
        .send()
        .await
}

/// Both endpoints called once each through clients sending `fault`, with the client's default
/// options: (create_session's result, place_trial_order's result).
async fn both(
    sandbox: &Sandbox,
    fault: &str,
) -> (
    Result<CreateSessionResponse, Error>,
    Result<PlaceTrialOrderResponse, Error>,
) {
    let session = create_session(
        &customer_client(sandbox, faulty(fault)).await,
        RequestOptions::new(),
    )
    .await;
    let order = place_trial_order(
        &app_client(sandbox, faulty(fault)).await,
        RequestOptions::new(),
    )
    .await;
    (session, order)
}

/// The requests each endpoint received: (create_session, place_trial_order).
fn seen(sandbox: &Sandbox) -> (u64, u64) {
    (
        sandbox.request_count(CREATE_SESSION),
        sandbox.request_count(PLACE_TRIAL_ORDER),
    )
}

fn api_error(result: Result<impl Debug, Error>) -> ApiError {
    match result {
        Err(Error::Api(error)) => error,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

fn decode_error(result: Result<impl Debug, Error>) -> DecodeError {
    match result {
        Err(Error::Decode(error)) => error,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

fn transport_error(result: Result<impl Debug, Error>) -> TransportError {
    match result {
        Err(Error::Transport(error)) => error,
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

fn outcome_unknown(result: Result<impl Debug, Error>) -> OutcomeUnknown {
    match result {
        Err(Error::OutcomeUnknown(unknown)) => {
            assert_eq!(unknown.endpoint(), ORDER_NAME);
            unknown
        }
        other => panic!("expected Error::OutcomeUnknown, got {other:?}"),
    }
}

/// The decode error behind an order's unknown outcome (a 2xx it could not read, a proxy's page).
fn in_doubt(result: Result<impl Debug, Error>) -> DecodeError {
    let unknown = outcome_unknown(result);
    match unknown.cause() {
        Error::Decode(error) => error.clone(),
        other => panic!("expected a decode error as the cause, got {other:?}"),
    }
}

/// The order was sent, the connection broke before an answer: the outcome is unknown, caused by
/// a transport failure after connecting.
fn assert_unknown_after_transport_failure(result: Result<impl Debug, Error>) {
    let unknown = outcome_unknown(result);
    let Error::Transport(cause) = unknown.cause() else {
        panic!(
            "expected a transport failure as the cause, got {:?}",
            unknown.cause()
        )
    };
    assert!(!cause.is_connect(), "the connection was made: {cause}");
    assert_eq!(cause.endpoint(), ORDER_NAME);
}

#[tokio::test]
async fn a_delay_past_the_timeout_is_retried_only_when_safe_and_bounded_in_time() {
    let sandbox = sandbox().await;
    let timeout = Duration::from_millis(200);
    // The server would answer after 20 s; every call must give up long before that.
    let bound = Duration::from_secs(10);

    let config = faulty("delay=20000").timeout(timeout);
    let started = Instant::now();
    let result = create_session(
        &customer_client(&sandbox, config.clone()).await,
        RequestOptions::new(),
    )
    .await;
    let elapsed = started.elapsed();
    let Err(Error::Timeout(error)) = result else {
        panic!("expected Error::Timeout, got {result:?}")
    };
    assert_eq!((error.endpoint(), error.timeout()), (SESSION_NAME, timeout));
    assert!(
        elapsed >= timeout * 3,
        "three attempts of 200 ms: {elapsed:?}"
    );
    assert!(elapsed < bound, "{elapsed:?}");
    assert_eq!(
        seen(&sandbox),
        (attempts(), 0),
        "create_session: sent, retried twice"
    );

    let started = Instant::now();
    let result =
        place_trial_order(&app_client(&sandbox, config).await, RequestOptions::new()).await;
    let elapsed = started.elapsed();
    let unknown = outcome_unknown(result);
    let Error::Timeout(cause) = unknown.cause() else {
        panic!("expected a timeout as the cause, got {:?}", unknown.cause())
    };
    assert_eq!((cause.endpoint(), cause.timeout()), (ORDER_NAME, timeout));
    assert!(Error::OutcomeUnknown(unknown).is_timeout());
    assert!(elapsed >= timeout && elapsed < bound, "{elapsed:?}");
    assert_eq!(
        seen(&sandbox),
        (attempts(), 1),
        "the order: sent once, never again"
    );
}

#[tokio::test]
async fn a_500_or_400_is_returned_at_once_from_either_endpoint() {
    let sandbox = sandbox().await;
    for (status, code) in [(500, "internal_server_error"), (400, "invalid_parameter")] {
        let before = seen(&sandbox);
        let (session, order) = both(&sandbox, &format!("status={status}")).await;
        for error in [api_error(session), api_error(order)] {
            assert_eq!(error.status(), status);
            assert_eq!(error.code().map(|c| c.as_str()), Some(code));
        }
        assert_eq!(
            seen(&sandbox),
            (before.0 + 1, before.1 + 1),
            "{status}: not retried"
        );
    }
}

#[tokio::test]
async fn overload_statuses_are_retried_for_create_session_only() {
    let sandbox = sandbox().await;
    for status in [502, 503, 504] {
        let before = seen(&sandbox);
        let (session, order) = both(&sandbox, &format!("status={status}")).await;
        assert_eq!(api_error(session).status(), status);
        if matches!(status, 502 | 504) {
            // A gateway's error: the API behind it may have placed the order.
            let unknown = outcome_unknown(order);
            assert_eq!(unknown.status(), Some(status));
            assert!(matches!(unknown.cause(), Error::Api(_)), "{unknown:?}");
        } else {
            assert_eq!(api_error(order).status(), status);
        }
        assert_eq!(
            seen(&sandbox),
            (before.0 + attempts(), before.1 + 1),
            "{status}: create_session retried, the order sent once"
        );
    }
}

#[tokio::test]
async fn a_429_is_retried_for_both_endpoints_orders_included() {
    let sandbox = sandbox().await;
    let (session, order) = both(&sandbox, "status=429").await;
    assert_eq!(api_error(session).status(), 429);
    // Not processed: a plain error, not an order in doubt, after every retry.
    assert_eq!(api_error(order).status(), 429);
    assert_eq!(seen(&sandbox), (attempts(), attempts()));
}

#[tokio::test]
async fn an_order_refused_with_429_is_resent_after_retry_after_and_placed_once() {
    let server = TestServer::start().await;
    server.answer_once(
        PLACE_TRIAL_ORDER,
        Answer::json(
            429,
            json!({"code": "too_many_requests", "message": "slow down"}),
        )
        .header("retry-after", "1"),
    );
    server.answer(PLACE_TRIAL_ORDER, Answer::item(order()));
    let app = client(
        &server.url(),
        ClientConfig::default().retry(quick_retries()),
    )
    .with_auth(StaticToken::application("t"));
    let started = Instant::now();
    let placed = place_trial_order(&app, RequestOptions::new())
        .await
        .expect("placed on the resend");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 waited for: {:?}",
        started.elapsed()
    );
    assert_eq!(placed.pw_order_id, "ORDER-123");
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 2);
}

#[tokio::test]
async fn a_429_whose_retry_after_outlasts_the_calls_timeout_is_returned_at_once() {
    let sandbox = sandbox().await;
    let app = app_client(&sandbox, faulty("status=429; retry-after=3")).await;
    let started = Instant::now();
    let short = RequestOptions::new().timeout(Duration::from_secs(2));
    let error = api_error(place_trial_order(&app, short).await);
    assert_eq!(error.status(), 429);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(seen(&sandbox), (0, 1));
}

#[tokio::test]
async fn retry_after_is_waited_for_before_retrying_create_session() {
    let sandbox = sandbox().await;
    let customer = customer_client(&sandbox, faulty("status=503; retry-after=1")).await;
    // One retry, so one wait of the server's 1 s (the backoff alone would be 10 ms).
    let one_retry = RequestOptions::new().retry(quick_retries().max_retries(1));
    let started = Instant::now();
    let error = api_error(create_session(&customer, one_retry).await);
    let elapsed = started.elapsed();
    assert_eq!(error.status(), 503);
    assert!(
        elapsed >= Duration::from_secs(1),
        "Retry-After: 1 honoured: {elapsed:?}"
    );
    assert_eq!(seen(&sandbox), (2, 0));

    // The order is not retried, so nothing is waited for.
    let app = app_client(&sandbox, faulty("status=503; retry-after=1")).await;
    let started = Instant::now();
    let error = api_error(place_trial_order(&app, RequestOptions::new()).await);
    assert_eq!(error.status(), 503);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(seen(&sandbox), (2, 1));
}

#[tokio::test]
async fn a_retry_after_longer_than_the_policy_waits_is_returned_at_once() {
    let sandbox = sandbox().await;
    // The default policy honours up to 10 s.
    let customer = customer_client(&sandbox, faulty("status=503; retry-after=30")).await;
    let started = Instant::now();
    let error = api_error(create_session(&customer, RequestOptions::new()).await);
    assert_eq!(error.status(), 503);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(seen(&sandbox), (1, 0));
}

#[tokio::test]
async fn a_503_then_a_success_succeeds_for_create_session_and_fails_the_order() {
    let server = TestServer::start().await;
    server.answer_once(
        CREATE_SESSION,
        Answer::json(
            503,
            json!({"code": "service_unavailable", "message": "busy"}),
        ),
    );
    server.answer(
        CREATE_SESSION,
        Answer::item(json!({
            "klarna_payments_session_id": "5aba2ca36fc93613f8000012",
            "klarna_client_token": "client-token",
            "payment_method_categories": [],
        })),
    );
    server.answer_once(
        PLACE_TRIAL_ORDER,
        Answer::json(
            503,
            json!({"code": "service_unavailable", "message": "busy"}),
        ),
    );
    server.answer(PLACE_TRIAL_ORDER, Answer::item(order()));
    let config = ClientConfig::default().retry(quick_retries());

    let customer = client(&server.url(), config.clone()).with_auth(StaticToken::with_identity("t"));
    let session = create_session(&customer, RequestOptions::new())
        .await
        .expect("succeeds on the retry");
    assert_eq!(
        session.klarna_payments_session_id,
        "5aba2ca36fc93613f8000012"
    );
    assert_eq!(server.count(CREATE_SESSION), 2);

    let app = client(&server.url(), config).with_auth(StaticToken::application("t"));
    let error = api_error(place_trial_order(&app, RequestOptions::new()).await);
    assert_eq!(error.status(), 503);
    assert_eq!(
        server.count(PLACE_TRIAL_ORDER),
        1,
        "the order is never resent"
    );
}

#[tokio::test]
async fn a_connection_dropped_after_the_request_body_was_read() {
    let sandbox = sandbox().await;
    let (session, order) = both(&sandbox, "drop").await;
    let error = transport_error(session);
    assert!(!error.is_connect(), "{error}");
    assert_eq!(error.endpoint(), SESSION_NAME);
    assert_unknown_after_transport_failure(order);
    assert_eq!(seen(&sandbox), (attempts(), 1));
}

#[tokio::test]
async fn a_connection_dropped_before_the_request_body_was_read() {
    let sandbox = sandbox().await;
    // The client cannot tell this from a drop after reading: the request left, no answer came.
    let (session, order) = both(&sandbox, "drop-early").await;
    let error = transport_error(session);
    assert!(!error.is_connect(), "{error}");
    assert_unknown_after_transport_failure(order);
    assert_eq!(seen(&sandbox), (attempts(), 1));
}

#[tokio::test]
async fn an_answer_cut_off_mid_body_is_a_broken_connection_not_a_decode_error() {
    let sandbox = sandbox().await;
    let (session, order) = both(&sandbox, "short-body").await;
    let error = transport_error(session);
    assert!(!error.is_connect(), "{error}");
    assert_unknown_after_transport_failure(order);
    assert_eq!(seen(&sandbox), (attempts(), 1));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_and_not_retried() {
    let sandbox = sandbox().await;
    // A 200 whose (complete) body is JSON cut in half: the order went through, the answer is
    // unreadable; resending would not help and, for the order, would place it twice.
    let (session, order) = both(&sandbox, "malformed").await;
    for error in [decode_error(session), in_doubt(order)] {
        assert_eq!(error.status(), 200);
        assert!(
            error.excerpt().starts_with("{\"item\""),
            "{}",
            error.excerpt()
        );
    }
    assert_eq!(seen(&sandbox), (1, 1));
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_and_not_retried() {
    let server = TestServer::start().await;
    let garbage = Answer::raw(
        200,
        "application/json",
        "{\"item\": {\"redirect_url\": nope}}",
    );
    server.answer(CREATE_SESSION, garbage.clone());
    server.answer(PLACE_TRIAL_ORDER, garbage);
    let config = ClientConfig::default().retry(quick_retries());
    let customer = client(&server.url(), config.clone()).with_auth(StaticToken::with_identity("t"));
    let app = client(&server.url(), config).with_auth(StaticToken::application("t"));
    let session = decode_error(create_session(&customer, RequestOptions::new()).await);
    let order = in_doubt(place_trial_order(&app, RequestOptions::new()).await);
    assert_eq!(
        (session.endpoint(), order.endpoint()),
        (SESSION_NAME, ORDER_NAME)
    );
    assert_eq!((session.status(), order.status()), (200, 200));
    assert_eq!(server.count(CREATE_SESSION), 1);
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

#[tokio::test]
async fn a_proxy_error_page_is_a_decode_error_retried_like_its_502() {
    let sandbox = sandbox().await;
    let (session, order) = both(&sandbox, "html").await;
    for error in [decode_error(session), in_doubt(order)] {
        assert_eq!(error.status(), 502);
        assert!(
            error.excerpt().contains("502 Bad Gateway"),
            "{}",
            error.excerpt()
        );
    }
    assert_eq!(seen(&sandbox), (attempts(), 1));
}

#[tokio::test]
async fn a_huge_body_is_refused_unread_and_not_retried() {
    let sandbox = sandbox().await;
    // Over the default limit of 4 MiB.
    let (session, order) = both(&sandbox, "huge=5000000").await;
    for error in [decode_error(session), in_doubt(order)] {
        assert_eq!(error.status(), 200);
        assert!(error.reason().contains("larger"), "{}", error.reason());
    }
    assert_eq!(seen(&sandbox), (1, 1));
}

#[tokio::test]
async fn every_answer_that_leaves_an_order_in_doubt_is_an_unknown_outcome_and_sent_once() {
    let sandbox = sandbox().await;
    // (fault, the status of the answer, if one arrived)
    let faults = [
        ("malformed", Some(200)),
        ("wrong-shape", Some(200)),
        ("huge=5000000", Some(200)),
        ("html", Some(502)),
        ("html=504", Some(504)),
        ("empty=502", Some(502)),
        ("empty=504", Some(504)),
        ("html=500", Some(500)),
        ("status=502", Some(502)),
        ("drop", None),
        ("short-body", None),
        ("delay=2000", None),
    ];
    for (fault, status) in faults {
        let before = sandbox.request_count(PLACE_TRIAL_ORDER);
        let sent_after = std::time::SystemTime::now();
        let app = app_client(&sandbox, faulty(fault).timeout(Duration::from_millis(500))).await;
        let order = app
            .klarna_payments()
            .v2()
            .place_trial_order()
            .customer_info(
                payway_client::klarna_payments::v2::place_trial_order::CustomerInfo::builder()
                    .email("doubt@example.com")
                    .build(),
            )
            .klarna_authorization_token("klarna-authorization-token")
            .klarna_payments_session_id("5aba2ca36fc93613f8000012")
            .merchant_reference("merchant-ref-77")
            .browser_ip("81.208.13.50")
            .browser_language("sv-SE")
            .browser_user_agent("Mozilla/5.0")
            .send()
            .await;
        let unknown = outcome_unknown(order);
        assert_eq!(
            sandbox.request_count(PLACE_TRIAL_ORDER),
            before + 1,
            "{fault}: the order is seen exactly once"
        );
        assert_eq!(unknown.status(), status, "{fault}");
        assert_eq!(
            unknown.excerpt().is_some(),
            status.is_some() && !matches!(unknown.cause(), Error::Api(_)),
            "{fault}"
        );
        assert_eq!(
            unknown.identifier("klarna_payments_session_id"),
            Some("5aba2ca36fc93613f8000012"),
            "{fault}"
        );
        assert_eq!(
            unknown.identifier("merchant_reference"),
            Some("merchant-ref-77")
        );
        // Personal and secret values are never identifiers.
        for (name, _) in unknown.identifiers() {
            assert!(
                !matches!(
                    name.as_str(),
                    "browser_ip" | "browser_user_agent" | "klarna_authorization_token"
                ),
                "{fault}: {name}"
            );
        }
        assert!(
            unknown.sent_at() >= sent_after && unknown.sent_at() <= std::time::SystemTime::now(),
            "{fault}"
        );
        let text = unknown.to_string();
        assert!(text.contains("merchant-ref-77"), "{text}");
        assert!(
            !text.contains("81.208.13.50") && !text.contains("Mozilla"),
            "{text}"
        );
    }
}

/// A loopback address nobody listens on yet: bound, then released.
fn free_address() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

/// A placed order's data.
fn order() -> serde_json::Value {
    json!({
        "redirect_url": "http://url.to.klarna.se",
        "pw_order_id": "ORDER-123",
        "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
        "account_id": "6093a11609c04c0ad94a4b9b",
        "account_status": "created"
    })
}

#[tokio::test]
async fn an_order_refused_a_connection_is_resent_and_arrives_once() {
    let address = free_address();
    let orders = Arc::new(AtomicUsize::new(0));
    let late = Duration::from_millis(150);
    let counted = Arc::clone(&orders);
    let server = tokio::spawn(async move {
        tokio::time::sleep(late).await;
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .expect("rebind");
        let router = axum::Router::new().route(
            PLACE_TRIAL_ORDER,
            axum::routing::post(move || async move {
                counted.fetch_add(1, Ordering::SeqCst);
                axum::Json(json!({ "item": order() }))
            }),
        );
        axum::serve(listener, router).await.expect("serve");
    });

    let app = client(&format!("http://{address}"), ClientConfig::default())
        .with_auth(StaticToken::application("t"));
    // Patient enough to outlast the late start: up to 20 retries 25 to 50 ms apart.
    let patient = RequestOptions::new().retry(
        RetryPolicy::default()
            .max_retries(20)
            .initial_backoff(Duration::from_millis(25))
            .max_backoff(Duration::from_millis(50)),
    );
    let started = Instant::now();
    let order = place_trial_order(&app, patient)
        .await
        .expect("placed once the server listens");
    assert_eq!(order.pw_order_id, "ORDER-123");
    assert!(started.elapsed() >= late, "{:?}", started.elapsed());
    assert_eq!(
        orders.load(Ordering::SeqCst),
        1,
        "the order arrived exactly once"
    );
    server.abort();
}

#[tokio::test]
async fn a_per_request_timeout_beats_the_clients() {
    let sandbox = sandbox().await;
    // Shorter than the client's 30 s: the call gives up after 200 ms.
    let customer =
        customer_client(&sandbox, faulty("delay=20000").retry(RetryPolicy::none())).await;
    let short = RequestOptions::new().timeout(Duration::from_millis(200));
    let started = Instant::now();
    let result = create_session(&customer, short).await;
    let Err(Error::Timeout(error)) = result else {
        panic!("expected Error::Timeout, got {result:?}")
    };
    assert_eq!(error.timeout(), Duration::from_millis(200));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );

    // Longer than the client's 100 ms: the slow answer arrives.
    let config = faulty("delay=300").timeout(Duration::from_millis(100));
    let customer = customer_client(&sandbox, config).await;
    let result = create_session(&customer, RequestOptions::new()).await;
    assert!(matches!(result, Err(Error::Timeout(_))), "{result:?}");
    create_session(
        &customer,
        RequestOptions::new().timeout(Duration::from_secs(20)),
    )
    .await
    .expect("answered within the request's own timeout");
}

#[tokio::test]
async fn retry_policy_none_per_request_disables_retries() {
    let sandbox = sandbox().await;
    let customer = customer_client(&sandbox, faulty("status=503")).await;
    let once = RequestOptions::new().retry(RetryPolicy::none());
    assert_eq!(
        api_error(create_session(&customer, once.clone()).await).status(),
        503
    );
    assert_eq!(seen(&sandbox), (1, 0));
    // The client's own policy still retries the next call.
    assert_eq!(
        api_error(create_session(&customer, RequestOptions::new()).await).status(),
        503
    );
    assert_eq!(seen(&sandbox), (1 + attempts(), 0));

    let customer = customer_client(&sandbox, faulty("drop")).await;
    let error = transport_error(create_session(&customer, once).await);
    assert!(!error.is_connect());
    assert_eq!(seen(&sandbox), (2 + attempts(), 0));
}

#[tokio::test]
async fn a_request_that_cannot_be_built_is_not_an_unknown_outcome() {
    let server = TestServer::start().await;
    // A token read from a file with its trailing newline: not a valid header value, so reqwest
    // refuses to build the request and nothing is sent.
    let app = client(&server.url(), ClientConfig::default())
        .with_auth(StaticToken::application("token-from-a-file\n"));
    let error = transport_error(place_trial_order(&app, RequestOptions::new()).await);
    assert!(!error.is_connect(), "{error}");
    let customer = client(&server.url(), ClientConfig::default())
        .with_auth(StaticToken::with_identity("token-from-a-file\n"));
    transport_error(create_session(&customer, RequestOptions::new()).await);
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}
