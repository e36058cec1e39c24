//! Tokens under load and cancellation: one token request in flight however many calls need a
//! token, callers that waited share its outcome, waiting counts against the call's timeout, a
//! cancelled call never loses a one-time ticket, and your own `TokenSource` gets the same.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use payway_client::auth::Identity;
use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::*;
use serde_json::json;
use support::{
    Answer, TOKEN_PATH, TestServer, app_client, app_client_with, documented_create_session,
    documented_trial_order, identity_client,
};

const CREATE_SESSION: &str = klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str = klarna_payments::v2::place_trial_order::ENDPOINT.path;

fn ok_order() -> Answer {
    Answer::item(json!({
        "redirect_url": "http://url.to.klarna.se",
        "pw_order_id": "ORDER-1",
        "klarna_order_id": "k-1",
        "account_id": "6093a11609c04c0ad94a4b9b",
        "account_status": "known"
    }))
}

fn ok_session() -> Answer {
    Answer::item(json!({
        "klarna_payments_session_id": "ks-1",
        "klarna_client_token": "kct",
        "payment_method_categories": []
    }))
}

fn token(access: &str, delay: Duration) -> Answer {
    Answer::json(
        200,
        json!({"access_token": access, "expires_in": 3600, "refresh_token": format!("refresh-of-{access}")}),
    )
    .delay(delay)
}

fn bearers(server: &TestServer, path: &str) -> Vec<String> {
    server
        .requests_to(path)
        .iter()
        .map(|r| r.header("authorization").unwrap_or_default().to_string())
        .collect()
}

async fn create_session<A: Auth<Identity = CustomerIdentity>>(
    client: &Client<A>,
) -> Result<CreateSessionResponse, Error> {
    documented_create_session!(client).send().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn calls_starting_at_once_on_a_cold_cache_make_one_token_request() {
    let server = TestServer::start().await;
    server.answer(TOKEN_PATH, token("the-one", Duration::from_millis(200)));
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = app_client(&server);
    let calls: Vec<_> = (0..256)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { documented_trial_order!(client).send().await })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("order");
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 256);
    assert!(
        bearers(&server, PLACE_TRIAL_ORDER)
            .iter()
            .all(|b| b == "Bearer the-one")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn callers_that_waited_for_a_failed_token_request_share_its_error() {
    let server = TestServer::start().await;
    server.answer(
        TOKEN_PATH,
        Answer::json(400, json!({"error": "invalid_client"})).delay(Duration::from_millis(200)),
    );
    let client = app_client(&server);
    let calls: Vec<_> = (0..32)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { documented_trial_order!(client).send().await })
        })
        .collect();
    for call in calls {
        let error = call.await.expect("task").expect_err("refused");
        assert!(
            matches!(&error, Error::Token(t) if t.error() == Some("invalid_client")),
            "{error:?}"
        );
    }
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 0);
}

#[tokio::test]
async fn a_cancelled_call_never_loses_the_ticket() {
    let server = TestServer::start().await;
    server.answer_once(TOKEN_PATH, token("identity-1", Duration::from_millis(300)));
    server.answer(CREATE_SESSION, ok_session());
    let client = identity_client(&server);

    // The caller gives up while the ticket is being exchanged.
    let cancelled = tokio::time::timeout(Duration::from_millis(50), create_session(&client)).await;
    assert!(cancelled.is_err(), "the call should have been cancelled");
    tokio::time::sleep(Duration::from_millis(400)).await;

    // The exchange went on: its token serves the next call, and the ticket went out once.
    create_session(&client)
        .await
        .expect("the next call has the ticket's token");
    let grants: Vec<_> = server
        .token_requests()
        .iter()
        .map(|r| r.form()["grant_type"].clone())
        .collect();
    assert_eq!(grants, ["ticket"]);
    assert_eq!(bearers(&server, CREATE_SESSION), ["Bearer identity-1"]);
    assert_eq!(
        client
            .connection()
            .auth()
            .refresh_token()
            .await
            .map(|s| s.expose().to_string()),
        Some("refresh-of-identity-1".to_string())
    );
}

#[tokio::test]
async fn waiting_for_a_token_counts_against_the_calls_timeout() {
    let server = TestServer::start().await;
    server.answer_once(TOKEN_PATH, token("slow", Duration::from_millis(700)));
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = app_client_with(
        &server,
        ClientConfig::default().timeout(Duration::from_millis(200)),
    );
    let started = std::time::Instant::now();
    match documented_trial_order!(client).send().await {
        Err(Error::Timeout(timeout)) => assert_eq!(timeout.endpoint(), "token"),
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_millis(600),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 0);
}

#[tokio::test]
async fn what_the_token_left_of_the_timeout_is_all_the_request_gets() {
    let server = TestServer::start().await;
    server.answer_once(TOKEN_PATH, token("slow", Duration::from_millis(250)));
    server.answer(
        PLACE_TRIAL_ORDER,
        ok_order().delay(Duration::from_millis(250)),
    );
    let client = app_client_with(
        &server,
        ClientConfig::default().timeout(Duration::from_millis(400)),
    );
    // The answer would come 250 ms after the request, within the client's 400 ms; but the token
    // took 250 of them, so the request may take 150.
    match documented_trial_order!(client).send().await {
        Err(error @ Error::OutcomeUnknown(_)) => assert!(error.is_timeout(), "{error}"),
        other => panic!("expected a timed-out Error::OutcomeUnknown, got {other:?}"),
    }
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

/// A token source of the test's own: counts its fetches and invalidations.
struct Counting<I: Identity> {
    fetches: Arc<AtomicUsize>,
    invalidated: Arc<AtomicUsize>,
    issue: fn(String) -> IssuedToken<I>,
}

impl<I: Identity> TokenSource for Counting<I> {
    type Identity = I;

    async fn fetch(&self, _tokens: &TokenEndpoint) -> Result<IssuedToken<I>, Error> {
        let n = self.fetches.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
        Ok((self.issue)(format!("own-{n}")))
    }

    fn invalidate(&self, _token: &AccessToken) {
        self.invalidated.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_own_token_source_is_cached_single_flight_and_told_of_a_401() {
    let server = TestServer::start().await;
    server.answer(CREATE_SESSION, ok_session());
    let (fetches, invalidated) = (Arc::default(), Arc::default());
    // A source of customer tokens says so by the only constructor that claims an identity.
    let auth = SourcedAuth::new(Counting {
        fetches: Arc::clone(&fetches),
        invalidated: Arc::clone(&invalidated),
        issue: |token| IssuedToken::with_identity(token, Duration::from_secs(600)),
    });
    let client = support::app_client(&server).with_auth(auth);
    let calls: Vec<_> = (0..16)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { create_session(&client).await })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("session");
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1, "one fetch for all");
    assert_eq!(server.count(TOKEN_PATH), 0);

    // A 401: the source hears of it, and the call is sent once more with a new token.
    server.answer_once(
        CREATE_SESSION,
        Answer::json(401, json!({"message": "The access token is invalid"})),
    );
    create_session(&client).await.expect("sent again");
    assert_eq!(fetches.load(Ordering::SeqCst), 2);
    assert_eq!(invalidated.load(Ordering::SeqCst), 1);
    let bearers = bearers(&server, CREATE_SESSION);
    assert_eq!(bearers.len(), 18);
    assert_eq!(bearers[16..], ["Bearer own-1", "Bearer own-2"]);
}
