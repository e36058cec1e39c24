//! Authentication against a recording server on loopback: the token endpoint's form fields,
//! caching and renewal of tokens, the ticket and refresh-token flow, 401 handling, static
//! tokens, and that no secret ever shows in `Debug` or `Display` output.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::klarna_payments::v2::place_trial_order::PlaceTrialOrderResponse;
use payway_client::*;
use serde_json::json;
use support::{Answer, TOKEN_PATH, TestServer, documented_create_session, documented_trial_order};

const CREATE_SESSION: &str = "/external/api/v1/klarna_payments/create_session";
const PLACE_TRIAL_ORDER: &str = "/external/api/v2/klarna_payments/place_trial_order";

/// Longer than the renew margin of a token with `expires_in: 1` (half its life, 500 ms).
const PAST_HALF_LIFE_OF_ONE_SECOND: Duration = Duration::from_millis(600);

fn ok_order() -> Answer {
    Answer::item(json!({
        "redirect_url": "http://url.to.klarna.se",
        "pw_order_id": "ORDER-123",
        "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
        "account_id": "6093a11609c04c0ad94a4b9b",
        "account_status": "created"
    }))
}

fn ok_session() -> Answer {
    Answer::item(json!({
        "klarna_payments_session_id": "5aba2ca36fc93613f8000012",
        "klarna_client_token": "client-token",
        "payment_method_categories": []
    }))
}

fn token_answer(access: &str, expires_in: u64, refresh: Option<&str>) -> Answer {
    let mut body = json!({ "access_token": access, "expires_in": expires_in });
    if let Some(refresh) = refresh {
        body["refresh_token"] = json!(refresh);
    }
    Answer::json(200, body)
}

fn client(server: &TestServer) -> Client {
    Client::new(Environment::custom(&server.url()).expect("base URL")).expect("client")
}

async fn place_order<A: Auth>(client: &Client<A>) -> Result<PlaceTrialOrderResponse, Error> {
    documented_trial_order!(client).send().await
}

async fn create_session<A>(client: &Client<A>) -> Result<CreateSessionResponse, Error>
where
    A: Auth,
    A::Identity: HasCustomerIdentity,
{
    documented_create_session!(client).send().await
}

/// The bearer tokens the API requests to `path` carried, in order.
fn bearers(server: &TestServer, path: &str) -> Vec<String> {
    server
        .requests_to(path)
        .iter()
        .map(|r| {
            r.header("authorization")
                .expect("an Authorization header")
                .to_string()
        })
        .collect()
}

fn form(fields: &[(&str, &str)]) -> BTreeMap<String, String> {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn application_tokens_use_grant_type_none_with_the_scopes() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("my-client", "my s3cret&=+"),
        [scopes::KLARNA_PAYMENTS_W, "/external/account/r"],
    ));

    place_order(&client).await.expect("order");

    let token = server.single(TOKEN_PATH);
    assert_eq!(token.method, "POST");
    assert_eq!(token.query, None);
    assert_eq!(
        token.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(token.header("accept"), Some("application/json"));
    assert_eq!(token.header("authorization"), None);
    assert_eq!(
        token.form(),
        form(&[
            ("grant_type", "none"),
            ("client_id", "my-client"),
            ("client_secret", "my s3cret&=+"),
            ("scope", "/external/klarna_payments/w /external/account/r"),
        ])
    );
    assert_eq!(bearers(&server, PLACE_TRIAL_ORDER), ["Bearer token-1"]);
}

#[tokio::test]
async fn the_application_token_is_cached() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    place_order(&client).await.expect("first");
    place_order(&client).await.expect("second");
    // Clones share the cache.
    place_order(&client.clone()).await.expect("third");

    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(
        bearers(&server, PLACE_TRIAL_ORDER),
        ["Bearer token-1", "Bearer token-1", "Bearer token-1"]
    );
}

#[tokio::test]
async fn concurrent_calls_share_one_token_request() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    let (a, b, c) = tokio::join!(
        place_order(&client),
        place_order(&client),
        place_order(&client)
    );
    a.expect("a");
    b.expect("b");
    c.expect("c");

    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 3);
}

#[tokio::test]
async fn the_application_token_is_renewed_before_it_expires() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    server.answer_once(TOKEN_PATH, token_answer("short-lived", 1, None));
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    place_order(&client).await.expect("first");
    // A one-second token is renewed at half its life, before it expires.
    tokio::time::sleep(PAST_HALF_LIFE_OF_ONE_SECOND).await;
    place_order(&client).await.expect("second");

    let tokens = server.token_requests();
    assert_eq!(tokens.len(), 2);
    assert_eq!(tokens[1].form()["grant_type"], "none");
    assert_eq!(
        bearers(&server, PLACE_TRIAL_ORDER),
        ["Bearer short-lived", "Bearer token-1"]
    );
}

#[tokio::test]
async fn identity_tokens_come_from_the_ticket_then_from_the_refresh_token() {
    let server = TestServer::start().await;
    server.answer(CREATE_SESSION, ok_session());
    server.answer_once(TOKEN_PATH, token_answer("identity-1", 1, Some("refresh-A")));
    server.answer_once(TOKEN_PATH, token_answer("identity-2", 1, Some("refresh-B")));
    server.answer_once(TOKEN_PATH, token_answer("identity-3", 3600, None));
    let auth = IdentityAuth::from_ticket(
        Credentials::new("my-client", "my-secret"),
        "one-time-ticket",
        [scopes::KLARNA_PAYMENTS_W],
    );
    let client = client(&server).with_auth(auth.clone());

    create_session(&client).await.expect("first");
    assert_eq!(
        auth.refresh_token()
            .await
            .map(|s| s.expose().to_string())
            .as_deref(),
        Some("refresh-A")
    );
    tokio::time::sleep(PAST_HALF_LIFE_OF_ONE_SECOND).await;
    create_session(&client).await.expect("second");
    tokio::time::sleep(PAST_HALF_LIFE_OF_ONE_SECOND).await;
    create_session(&client).await.expect("third");
    // The last answer had no refresh token: the latest one issued is kept.
    assert_eq!(
        auth.refresh_token()
            .await
            .map(|s| s.expose().to_string())
            .as_deref(),
        Some("refresh-B")
    );

    let tokens: Vec<_> = server.token_requests().iter().map(|r| r.form()).collect();
    assert_eq!(
        tokens,
        [
            form(&[
                ("grant_type", "ticket"),
                ("client_id", "my-client"),
                ("client_secret", "my-secret"),
                ("ticket", "one-time-ticket"),
                ("scope", "/external/klarna_payments/w"),
            ]),
            form(&[
                ("grant_type", "refresh_token"),
                ("client_id", "my-client"),
                ("client_secret", "my-secret"),
                ("refresh_token", "refresh-A"),
            ]),
            form(&[
                ("grant_type", "refresh_token"),
                ("client_id", "my-client"),
                ("client_secret", "my-secret"),
                ("refresh_token", "refresh-B"),
            ]),
        ]
    );
    assert_eq!(
        bearers(&server, CREATE_SESSION),
        [
            "Bearer identity-1",
            "Bearer identity-2",
            "Bearer identity-3"
        ]
    );
}

#[tokio::test]
async fn identity_tokens_can_start_from_a_stored_refresh_token() {
    let server = TestServer::start().await;
    server.answer(CREATE_SESSION, ok_session());
    server.answer_once(
        TOKEN_PATH,
        token_answer("identity-1", 3600, Some("refresh-2")),
    );
    let auth = IdentityAuth::from_refresh_token(Credentials::new("id", "secret"), "stored-refresh");
    let client = client(&server).with_auth(auth.clone());

    create_session(&client).await.expect("first");
    create_session(&client).await.expect("second");

    assert_eq!(
        server.single(TOKEN_PATH).form(),
        form(&[
            ("grant_type", "refresh_token"),
            ("client_id", "id"),
            ("client_secret", "secret"),
            ("refresh_token", "stored-refresh"),
        ])
    );
    assert_eq!(
        bearers(&server, CREATE_SESSION),
        ["Bearer identity-1", "Bearer identity-1"]
    );
    assert_eq!(
        auth.refresh_token()
            .await
            .map(|s| s.expose().to_string())
            .as_deref(),
        Some("refresh-2")
    );
}

#[tokio::test]
async fn a_401_is_sent_once_more_with_a_new_token_even_for_an_order() {
    let server = TestServer::start().await;
    server.answer_once(
        PLACE_TRIAL_ORDER,
        Answer::json(401, json!({ "message": "The access token is invalid" })),
    );
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    // A 401 means the order was not processed: the same call sends it once more.
    place_order(&client)
        .await
        .expect("sent again with a new token");
    assert_eq!(server.count(TOKEN_PATH), 2);
    assert_eq!(
        bearers(&server, PLACE_TRIAL_ORDER),
        ["Bearer token-1", "Bearer token-2"]
    );
}

#[tokio::test]
async fn a_second_401_is_the_callers_and_the_request_is_not_sent_a_third_time() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(401, json!({ "message": "The access token is invalid" })),
    );
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    match place_order(&client).await {
        Err(Error::Api(error)) => {
            assert_eq!(error.status(), 401);
            assert_eq!(error.message(), "The access token is invalid");
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 2);
    assert_eq!(server.count(TOKEN_PATH), 2);
}

#[tokio::test]
async fn a_401_with_a_static_token_is_not_resent() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(401, json!({ "message": "The access token is invalid" })),
    );
    let client = client(&server).with_auth(StaticToken::application("static"));
    assert!(matches!(place_order(&client).await, Err(Error::Api(_))));
    // Sending it again with the same token cannot help.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

#[tokio::test]
async fn other_api_errors_keep_the_token() {
    let server = TestServer::start().await;
    server.answer_once(
        PLACE_TRIAL_ORDER,
        Answer::json(403, json!({ "message": "Scope not granted" })),
    );
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    assert!(matches!(place_order(&client).await, Err(Error::Api(_))));
    place_order(&client).await.expect("second");
    assert_eq!(server.count(TOKEN_PATH), 1);
}

#[tokio::test]
async fn a_401_on_an_identity_token_renews_it_with_the_refresh_token() {
    let server = TestServer::start().await;
    server.answer_once(
        CREATE_SESSION,
        Answer::json(401, json!({ "message": "The access token is invalid" })),
    );
    server.answer(CREATE_SESSION, ok_session());
    server.answer_once(
        TOKEN_PATH,
        token_answer("identity-1", 3600, Some("refresh-A")),
    );
    server.answer_once(
        TOKEN_PATH,
        token_answer("identity-2", 3600, Some("refresh-B")),
    );
    let client = client(&server).with_auth(IdentityAuth::from_ticket(
        Credentials::new("id", "secret"),
        "ticket",
        [scopes::KLARNA_PAYMENTS_W],
    ));

    create_session(&client)
        .await
        .expect("sent again with a renewed token");

    let grants: Vec<_> = server
        .token_requests()
        .iter()
        .map(|r| r.form()["grant_type"].clone())
        .collect();
    assert_eq!(grants, ["ticket", "refresh_token"]);
    assert_eq!(
        server.token_requests()[1].form()["refresh_token"],
        "refresh-A"
    );
    assert_eq!(
        bearers(&server, CREATE_SESSION),
        ["Bearer identity-1", "Bearer identity-2"]
    );
}

#[tokio::test]
async fn static_tokens_are_sent_as_they_are_and_never_renewed() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    server.answer_once(
        CREATE_SESSION,
        Answer::json(401, json!({ "message": "The access token is invalid" })),
    );
    server.answer(CREATE_SESSION, ok_session());
    let base = client(&server);
    let application = base.with_auth(StaticToken::application("static-app-token"));
    let identity = base.with_auth(StaticToken::with_identity("static-identity-token"));

    place_order(&application).await.expect("order");
    place_order(&application).await.expect("order");
    assert!(matches!(
        create_session(&identity).await,
        Err(Error::Api(_))
    ));
    create_session(&identity).await.expect("session");
    // An identity token serves identity-free endpoints too.
    place_order(&identity).await.expect("order");

    assert_eq!(server.count(TOKEN_PATH), 0);
    assert_eq!(
        bearers(&server, PLACE_TRIAL_ORDER),
        [
            "Bearer static-app-token",
            "Bearer static-app-token",
            "Bearer static-identity-token"
        ]
    );
    assert_eq!(
        bearers(&server, CREATE_SESSION),
        [
            "Bearer static-identity-token",
            "Bearer static-identity-token"
        ]
    );
}

#[tokio::test]
async fn an_absurd_expires_in_neither_panics_nor_defeats_the_cache() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    server.answer_once(TOKEN_PATH, token_answer("forever", u64::MAX, None));
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    place_order(&client).await.expect("first");
    place_order(&client).await.expect("second");

    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(
        bearers(&server, PLACE_TRIAL_ORDER),
        ["Bearer forever", "Bearer forever"]
    );
}

#[tokio::test]
async fn a_redirect_from_the_token_endpoint_is_not_followed() {
    let elsewhere = TestServer::start().await;
    let server = TestServer::start().await;
    let location = format!("{}/collect", elsewhere.url());
    server.answer(TOKEN_PATH, Answer::new(307).header("location", &location));
    let client = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "SECRET-client-secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));

    match place_order(&client).await {
        Err(Error::Token(error)) => {
            assert_eq!(error.kind(), &TokenErrorKind::Rejected);
            assert_eq!(error.status(), Some(307));
        }
        other => panic!("expected Error::Token, got {other:?}"),
    }
    // Following a 307 would have posted the client secret to the other server.
    assert_eq!(elsewhere.requests().len(), 0);
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 0);
}

/// Asserts none of `secrets` occurs in the `Debug` (plain and pretty) or `Display` text.
fn assert_hides(what: &str, text: &[String], secrets: &[&str]) {
    for text in text {
        for secret in secrets {
            assert!(!text.contains(secret), "{what} shows `{secret}`: {text}");
        }
    }
}

fn debug_texts(value: &impl std::fmt::Debug) -> Vec<String> {
    vec![format!("{value:?}"), format!("{value:#?}")]
}

fn error_texts(error: &Error) -> Vec<String> {
    let mut texts = debug_texts(error);
    texts.push(error.to_string());
    texts
}

#[tokio::test]
async fn no_secret_shows_in_debug_or_display_output() {
    const SECRETS: &[&str] = &[
        "SECRET-client-secret",
        "SECRET-ticket",
        "SECRET-access-1",
        "SECRET-refresh-1",
        "SECRET-access-2",
        "SECRET-refresh-2",
        "SECRET-static",
    ];
    let server = TestServer::start().await;
    server.answer(CREATE_SESSION, ok_session());
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    server.answer_once(
        TOKEN_PATH,
        token_answer("SECRET-access-1", 3600, Some("SECRET-refresh-1")),
    );
    server.answer_once(
        TOKEN_PATH,
        token_answer("SECRET-access-2", 3600, Some("SECRET-refresh-2")),
    );

    let credentials = Credentials::new("client-id", "SECRET-client-secret");
    assert_hides("Credentials", &debug_texts(&credentials), SECRETS);
    assert!(format!("{credentials:?}").contains("client-id"));

    // Identity auth, before and after the ticket exchange (its cache then holds both tokens).
    let identity = IdentityAuth::from_ticket(
        credentials.clone(),
        "SECRET-ticket",
        [scopes::KLARNA_PAYMENTS_W],
    );
    assert_hides("IdentityAuth", &debug_texts(&identity), SECRETS);
    let identity_client = client(&server).with_auth(identity.clone());
    create_session(&identity_client).await.expect("session");
    assert_hides("IdentityAuth", &debug_texts(&identity), SECRETS);
    assert_hides(
        "Client<IdentityAuth>",
        &debug_texts(&identity_client),
        SECRETS,
    );
    let refresh = identity.refresh_token().await.expect("a refresh token");
    assert_hides("Secret", &debug_texts(&refresh), SECRETS);

    // Application auth with a cached token.
    let application = ApplicationAuth::new(credentials.clone(), [scopes::KLARNA_PAYMENTS_W]);
    let application_client = client(&server).with_auth(application.clone());
    place_order(&application_client).await.expect("order");
    assert_hides("ApplicationAuth", &debug_texts(&application), SECRETS);
    assert_hides(
        "Client<ApplicationAuth>",
        &debug_texts(&application_client),
        SECRETS,
    );
    assert_hides(
        "Connection",
        &debug_texts(application_client.connection()),
        SECRETS,
    );

    let static_token = StaticToken::with_identity("SECRET-static");
    assert_hides("StaticToken", &debug_texts(&static_token), SECRETS);
    assert_hides(
        "AccessToken",
        &debug_texts(&AccessToken::new("SECRET-static")),
        SECRETS,
    );
    assert_hides(
        "Client<StaticToken>",
        &debug_texts(&client(&server).with_auth(static_token)),
        SECRETS,
    );

    // Errors of a refused and of a malformed token request, and of a refused API call.
    server.answer_once(
        TOKEN_PATH,
        Answer::json(
            401,
            json!({ "error": "invalid_grant", "error_description": "Ticket already used" }),
        ),
    );
    let spent = client(&server).with_auth(IdentityAuth::from_ticket(
        credentials.clone(),
        "SECRET-ticket",
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let error = create_session(&spent).await.expect_err("refused");
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    assert_hides("Error::Token (rejected)", &error_texts(&error), SECRETS);

    server.answer_once(
        TOKEN_PATH,
        Answer::raw(
            200,
            "application/json",
            r#"{"access_token": "SECRET-access-1", "expires_in": "soon"}"#,
        ),
    );
    let malformed = client(&server).with_auth(ApplicationAuth::new(
        credentials.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let error = place_order(&malformed).await.expect_err("malformed");
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    assert_hides("Error::Token (malformed)", &error_texts(&error), SECRETS);

    for _ in 0..2 {
        server.answer_once(
            PLACE_TRIAL_ORDER,
            Answer::json(401, json!({ "message": "The access token is invalid" })),
        );
    }
    let error = place_order(&application_client).await.expect_err("401");
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    assert_hides("Error::Api", &error_texts(&error), SECRETS);

    // A port nobody listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let unreachable =
        Client::new(Environment::custom(&format!("http://127.0.0.1:{port}")).unwrap())
            .unwrap()
            .with_auth(ApplicationAuth::new(
                credentials,
                [scopes::KLARNA_PAYMENTS_W],
            ));
    let error = place_order(&unreachable).await.expect_err("unreachable");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_hides("Error::Transport", &error_texts(&error), SECRETS);
}

#[tokio::test]
async fn an_endpoint_whose_scope_was_never_asked_for_fails_before_any_request() {
    let server = TestServer::start().await;
    let application = client(&server).with_auth(ApplicationAuth::new(
        Credentials::new("id", "secret"),
        ["/external/other/r"],
    ));
    let identity = client(&server).with_auth(IdentityAuth::from_ticket(
        Credentials::new("id", "secret"),
        "ticket",
        ["/external/other/r"],
    ));
    let errors = [
        place_order(&application).await.expect_err("unscoped"),
        create_session(&identity).await.expect_err("unscoped"),
    ];
    for error in errors {
        let Error::Scope(missing) = &error else {
            panic!("expected Error::Scope, got {error:?}");
        };
        assert_eq!(missing.scope(), scopes::KLARNA_PAYMENTS_W);
        assert_eq!(missing.granted(), ["/external/other/r"]);
        assert!(
            error.to_string().contains("`/external/klarna_payments/w`"),
            "{error}"
        );
    }
    // Not even a token was asked for, and the ticket is still unused.
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_static_token_is_sent_whatever_its_scopes() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order());
    let client = client(&server).with_auth(StaticToken::application("static"));
    place_order(&client)
        .await
        .expect("sent: a static token's scopes are unknown");
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}
