//! Every class of `payway_client::Error`, produced against a recording server on loopback.

mod support;

use std::time::Duration;

use payway_client::klarna_payments::v2::place_trial_order::{
    CustomUrls, CustomerInfo, PlaceTrialOrderResponse,
};
use payway_client::*;
use serde_json::json;
use support::{
    Answer, TOKEN_PATH, TestServer, app_client, app_client_with, documented_create_session,
    documented_trial_order, identity_client,
};

const CREATE_SESSION: &str = "/external/api/v1/klarna_payments/create_session";
const PLACE_TRIAL_ORDER: &str = "/external/api/v2/klarna_payments/place_trial_order";
const PLACE_TRIAL_ORDER_NAME: &str = "klarna_payments.v2.place_trial_order";

fn ok_order() -> Answer {
    Answer::item(json!({
        "redirect_url": "http://url.to.klarna.se",
        "pw_order_id": "ORDER-123",
        "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
        "account_id": "6093a11609c04c0ad94a4b9b",
        "account_status": "created"
    }))
}

/// Sends the docs' example trial order.
async fn send_trial_order<A: Auth>(client: &Client<A>) -> Result<PlaceTrialOrderResponse, Error> {
    documented_trial_order!(client).send().await
}

fn invalid_request(result: Result<impl std::fmt::Debug, Error>) -> InvalidRequest {
    match result {
        Err(Error::InvalidRequest(invalid)) => invalid,
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> ApiError {
    match result {
        Err(Error::Api(error)) => error,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

fn decode_error(result: Result<impl std::fmt::Debug, Error>) -> DecodeError {
    match result {
        Err(Error::Decode(error)) => error,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

/// The decode error behind the unknown outcome of an order: its answer was a 2xx it could not
/// read, or a 5xx not in the Payway convention, so the order may exist.
fn in_doubt(result: Result<impl std::fmt::Debug, Error>) -> DecodeError {
    match result {
        Err(Error::OutcomeUnknown(unknown)) => match unknown.cause() {
            Error::Decode(error) => {
                assert_eq!(unknown.status(), Some(error.status()));
                assert_eq!(unknown.excerpt(), Some(error.excerpt()));
                error.clone()
            }
            other => panic!("expected a decode error as the cause, got {other:?}"),
        },
        other => panic!("expected Error::OutcomeUnknown, got {other:?}"),
    }
}

fn token_error(result: Result<impl std::fmt::Debug, Error>) -> TokenError {
    match result {
        Err(Error::Token(error)) => error,
        other => panic!("expected Error::Token, got {other:?}"),
    }
}

/// The single rejected parameter of `invalid`: its path and reason.
fn only_problem(invalid: &InvalidRequest) -> (&str, &str) {
    match invalid.problems() {
        [problem] => (problem.parameter(), problem.reason()),
        problems => panic!("expected one problem, got {problems:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// InvalidRequest: rejected before anything is sent, not even a token request.

#[tokio::test]
async fn a_bad_email_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    let result = documented_trial_order!(client)
        .customer_info(CustomerInfo::builder().email("payway.adeprimo.se").build())
        .send()
        .await;
    let invalid = invalid_request(result);
    assert_eq!(invalid.endpoint(), PLACE_TRIAL_ORDER_NAME);
    let (parameter, reason) = only_problem(&invalid);
    assert_eq!(parameter, "customer_info.email");
    assert!(reason.contains("email address"), "{reason}");
    assert!(
        !invalid.to_string().contains("payway.adeprimo.se"),
        "the rejected value is personal data: {invalid}"
    );
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_paywall_id_off_the_pattern_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    // 24 characters, but not hexadecimal.
    let result = documented_trial_order!(client)
        .paywall_id("zzzzzzzzzzzzzzzzzzzzzzzz")
        .send()
        .await;
    let invalid = invalid_request(result);
    let (parameter, reason) = only_problem(&invalid);
    assert_eq!(parameter, "paywall_id");
    assert!(reason.contains("pattern"), "{reason}");
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_paywall_id_too_long_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    // 25 hexadecimal characters.
    let result = documented_trial_order!(client)
        .paywall_id("5f0d9ea795cfebfb8544ab12a")
        .send()
        .await;
    let invalid = invalid_request(result);
    let (parameter, reason) = only_problem(&invalid);
    assert_eq!(parameter, "paywall_id");
    assert!(reason.contains("at most 24"), "{reason}");
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_bad_ip_address_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    let result = documented_trial_order!(client)
        .browser_ip("81.208.13.500")
        .send()
        .await;
    let invalid = invalid_request(result);
    let (parameter, reason) = only_problem(&invalid);
    assert_eq!(parameter, "browser_ip");
    assert!(reason.contains("IPv4 or IPv6"), "{reason}");
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_bad_url_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    let result = documented_trial_order!(client)
        .custom_urls(CustomUrls::builder().return_url("/thanks").build())
        .send()
        .await;
    let invalid = invalid_request(result);
    let (parameter, reason) = only_problem(&invalid);
    assert_eq!(parameter, "custom_urls.return_url");
    assert!(reason.contains("absolute URL"), "{reason}");

    let client = identity_client(&server);
    let result = documented_create_session!(client)
        .confirmation_url("confirmation page")
        .send()
        .await;
    let invalid = invalid_request(result);
    assert_eq!(invalid.endpoint(), "klarna_payments.v1.create_session");
    assert_eq!(only_problem(&invalid).0, "confirmation_url");
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn a_bad_date_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = identity_client(&server);
    for bad in ["2021-02-30", "30/10/2021"] {
        let result = documented_create_session!(client)
            .start_date(bad)
            .send()
            .await;
        let invalid = invalid_request(result);
        assert_eq!(only_problem(&invalid).0, "start_date", "{bad}");
    }
    assert_eq!(server.requests().len(), 0);

    // The one-time ticket was not spent on the requests that were never sent.
    server.answer(
        CREATE_SESSION,
        Answer::item(json!({
            "klarna_payments_session_id": "s",
            "klarna_client_token": "t",
            "payment_method_categories": []
        })),
    );
    documented_create_session!(client)
        .start_date("2021-10-30")
        .send()
        .await
        .expect("a valid request is sent");
    let token = server.single(TOKEN_PATH).form();
    assert_eq!(token["grant_type"], "ticket");
    assert_eq!(token["ticket"], "ticket");
}

#[tokio::test]
async fn every_rejected_value_is_reported_in_the_order_set() {
    let server = TestServer::start().await;
    let client = app_client(&server);
    let result = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .browser_ip("not an ip")
        .customer_info(CustomerInfo::builder().email("no-at-sign").build())
        .klarna_authorization_token("auth")
        .klarna_payments_session_id("session")
        .browser_language("sv-SE")
        .browser_user_agent("UA")
        .paywall_id("xyz")
        .send()
        .await;
    let invalid = invalid_request(result);
    let parameters: Vec<&str> = invalid.problems().iter().map(|p| p.parameter()).collect();
    assert_eq!(
        parameters,
        ["browser_ip", "customer_info.email", "paywall_id"]
    );
    let message = invalid.to_string();
    assert!(
        message.starts_with("klarna_payments.v2.place_trial_order was not sent"),
        "{message}"
    );
    assert_eq!(server.requests().len(), 0);
}

// ---------------------------------------------------------------------------------------------
// Api: error answers in the Payway convention.

#[tokio::test]
async fn invalid_parameter_is_an_api_error_with_code_field_and_message() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            400,
            json!({
                "code": "invalid_parameter",
                "field": "email",
                "message": "Parameter must match format email"
            }),
        ),
    );
    let error = api_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 400);
    assert_eq!(error.code(), Some(&ErrorCode::InvalidParameter));
    assert_eq!(error.field(), Some("email"));
    assert_eq!(error.message(), "Parameter must match format email");
    assert_eq!(error.endpoint(), PLACE_TRIAL_ORDER_NAME);
    assert!(error.details().is_empty(), "{:?}", error.details());
    // The request was sent once: an error answer is never retried.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

#[tokio::test]
async fn unknown_parameter_is_an_api_error() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            400,
            json!({
                "code": "unknown_parameter",
                "field": "nickname",
                "message": "Unknown parameter nickname"
            }),
        ),
    );
    let error = api_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 400);
    assert_eq!(error.code(), Some(&ErrorCode::UnknownParameter));
    assert_eq!(error.field(), Some("nickname"));
    assert_eq!(error.message(), "Unknown parameter nickname");
}

#[tokio::test]
async fn not_found_is_an_api_error() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            404,
            json!({ "code": "not_found", "message": "Session not found" }),
        ),
    );
    let error = api_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 404);
    assert_eq!(error.code(), Some(&ErrorCode::NotFound));
    assert_eq!(error.field(), None);
    assert_eq!(error.message(), "Session not found");
}

#[tokio::test]
async fn internal_server_error_is_an_api_error() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            500,
            json!({ "code": "internal_server_error", "message": "Something went wrong" }),
        ),
    );
    let error = api_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 500);
    assert_eq!(error.code(), Some(&ErrorCode::InternalServerError));
    assert_eq!(error.message(), "Something went wrong");
    // Not safe to retry: sent exactly once even on a 500.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

#[tokio::test]
async fn an_unknown_error_code_is_kept_with_the_other_properties() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            409,
            json!({
                "code": "ssn_already_taken",
                "message": "The SSN is already taken",
                "account_id": "6093a11609c04c0ad94a4b9b"
            }),
        ),
    );
    let error = api_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 409);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("ssn_already_taken".to_string()))
    );
    assert_eq!(
        error.code().map(ErrorCode::as_str),
        Some("ssn_already_taken")
    );
    assert_eq!(error.message(), "The SSN is already taken");
    assert_eq!(
        error.details().get("account_id"),
        Some(&json!("6093a11609c04c0ad94a4b9b"))
    );
    let text = error.to_string();
    assert!(
        text.contains("HTTP 409") && text.contains("ssn_already_taken"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------------
// Decode: the answer arrived but is not what the spec says.

#[tokio::test]
async fn a_malformed_json_success_body_of_an_order_is_an_unknown_outcome() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::raw(200, "application/json", r#"{"item": {"redirect_url": "#),
    );
    let error = in_doubt(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 200);
    assert_eq!(error.endpoint(), PLACE_TRIAL_ORDER_NAME);
    assert_eq!(error.excerpt(), r#"{"item": {"redirect_url": "#);
}

#[tokio::test]
async fn a_success_body_missing_a_documented_field_is_an_unknown_outcome_naming_it() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::item(json!({
            "redirect_url": "http://url.to.klarna.se",
            "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
            "account_id": "6093a11609c04c0ad94a4b9b",
            "account_status": "created"
        })),
    );
    let error = in_doubt(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 200);
    assert!(error.reason().contains("pw_order_id"), "{}", error.reason());
}

#[tokio::test]
async fn a_success_body_without_its_envelope_is_an_unknown_outcome() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            200,
            json!({
                "redirect_url": "http://url.to.klarna.se",
                "pw_order_id": "ORDER-123",
                "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
                "account_id": "6093a11609c04c0ad94a4b9b",
                "account_status": "created"
            }),
        ),
    );
    let error = in_doubt(send_trial_order(&app_client(&server)).await);
    assert!(error.reason().contains("item"), "{}", error.reason());
}

#[tokio::test]
async fn an_html_error_page_from_a_proxy_is_an_unknown_outcome() {
    let server = TestServer::start().await;
    let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    server.answer(PLACE_TRIAL_ORDER, Answer::raw(502, "text/html", page));
    let error = in_doubt(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 502);
    assert_eq!(error.excerpt(), page);
    assert!(error.to_string().contains("HTTP 502"), "{error}");
}

#[tokio::test]
async fn a_long_undecodable_body_is_cut_in_the_excerpt() {
    let server = TestServer::start().await;
    let page = format!("<html>{}</html>", "x".repeat(5000));
    server.answer(PLACE_TRIAL_ORDER, Answer::raw(503, "text/html", page));
    let error = in_doubt(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 503);
    assert!(
        error.excerpt().starts_with("<html>xxx"),
        "{}",
        error.excerpt()
    );
    assert!(error.excerpt().chars().count() < 300, "{}", error.excerpt());
}

#[tokio::test]
async fn a_success_body_larger_than_max_response_bytes_is_an_unknown_outcome() {
    let server = TestServer::start().await;
    let mut answer = ok_order();
    // The documented answer, padded past the limit with a field the client ignores.
    let padding = "p".repeat(2048);
    answer = answer.body(
        serde_json::to_vec(&json!({
            "item": {
                "redirect_url": "http://url.to.klarna.se",
                "pw_order_id": "ORDER-123",
                "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
                "account_id": "6093a11609c04c0ad94a4b9b",
                "account_status": "created",
                "padding": padding
            }
        }))
        .unwrap(),
    );
    server.answer(PLACE_TRIAL_ORDER, answer);
    let limited = app_client_with(&server, ClientConfig::default().max_response_bytes(1024));
    let error = in_doubt(send_trial_order(&limited).await);
    assert_eq!(error.status(), 200);
    assert!(error.reason().contains("1024 bytes"), "{}", error.reason());

    // The same answer within the default limit decodes.
    let order = send_trial_order(&app_client(&server))
        .await
        .expect("decodes");
    assert_eq!(order.pw_order_id, "ORDER-123");
}

// ---------------------------------------------------------------------------------------------
// Timeout, Transport, Config.

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order().delay(Duration::from_secs(10)));
    let client = app_client_with(
        &server,
        ClientConfig::default().timeout(Duration::from_millis(200)),
    );
    // The order may have been placed: placing one is not safe to retry, so the timeout comes
    // back as an unknown outcome.
    match send_trial_order(&client).await {
        Err(error @ Error::OutcomeUnknown(_)) => {
            assert!(error.is_timeout(), "{error}");
            let Error::OutcomeUnknown(unknown) = &error else {
                unreachable!()
            };
            assert_eq!(unknown.endpoint(), PLACE_TRIAL_ORDER_NAME);
            let Error::Timeout(timeout) = unknown.cause() else {
                panic!("expected a timeout as the cause, got {:?}", unknown.cause())
            };
            assert_eq!(timeout.endpoint(), PLACE_TRIAL_ORDER_NAME);
            assert_eq!(timeout.timeout(), Duration::from_millis(200));
        }
        other => panic!("expected Error::OutcomeUnknown, got {other:?}"),
    }
    // The request did reach the server: a timeout is not a refused connection.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

#[tokio::test]
async fn the_clients_timeout_replaces_one_set_on_a_callers_builder() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, ok_order().delay(Duration::from_secs(10)));
    let client = app_client_with(
        &server,
        ClientConfig::default()
            .timeout(Duration::from_millis(200))
            .http_client(|| reqwest::Client::builder().timeout(Duration::from_secs(60))),
    );
    let started = std::time::Instant::now();
    let error = send_trial_order(&client).await.expect_err("a timeout");
    assert!(error.is_timeout(), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_slow_token_endpoint_is_a_timeout_of_the_token_request() {
    let server = TestServer::start().await;
    server.answer(
        TOKEN_PATH,
        Answer::json(200, json!({ "access_token": "late", "expires_in": 3600 }))
            .delay(Duration::from_secs(10)),
    );
    let client = app_client_with(
        &server,
        ClientConfig::default().timeout(Duration::from_millis(200)),
    );
    match send_trial_order(&client).await {
        Err(Error::Timeout(timeout)) => assert_eq!(timeout.endpoint(), "token"),
        other => panic!("expected Error::Timeout, got {other:?}"),
    }
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 0);
}

/// A loopback port nobody listens on: bound, then released.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    drop(listener);
    port
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let base = format!("http://127.0.0.1:{}", closed_port());
    let client = Client::new(Environment::custom(&base).unwrap())
        .unwrap()
        .with_auth(StaticToken::application("app-token"));
    match send_trial_order(&client).await {
        Err(Error::Transport(transport)) => {
            assert_eq!(transport.endpoint(), PLACE_TRIAL_ORDER_NAME);
            assert!(transport.is_connect(), "{transport}");
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }

    // With an application auth, the token request is the one that fails.
    let client = Client::new(Environment::custom(&base).unwrap())
        .unwrap()
        .with_auth(ApplicationAuth::new(
            Credentials::new("id", "secret"),
            [scopes::KLARNA_PAYMENTS_W],
        ));
    match send_trial_order(&client).await {
        Err(Error::Transport(transport)) => {
            assert_eq!(transport.endpoint(), "token");
            assert!(transport.is_connect(), "{transport}");
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

#[tokio::test]
async fn a_dropped_connection_is_an_unknown_outcome_and_not_resent() {
    let server = TestServer::start().await;
    server.answer(PLACE_TRIAL_ORDER, Answer::drop_connection());
    match send_trial_order(&app_client(&server)).await {
        Err(Error::OutcomeUnknown(unknown)) => {
            assert_eq!(unknown.endpoint(), PLACE_TRIAL_ORDER_NAME);
            let Error::Transport(transport) = unknown.cause() else {
                panic!(
                    "expected a transport failure as the cause, got {:?}",
                    unknown.cause()
                )
            };
            assert!(
                !transport.is_connect(),
                "the connection was made: {transport}"
            );
            assert!(std::error::Error::source(transport).is_some());
        }
        other => panic!("expected Error::OutcomeUnknown, got {other:?}"),
    }
    // place_trial_order is not safe to retry: the client must not have sent it again.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
}

/// A client whose own reqwest builder asks to follow redirects.
fn redirect_following_client(server: &TestServer) -> Client<ApplicationAuth> {
    app_client_with(
        server,
        ClientConfig::default().http_client(|| {
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(10))
        }),
    )
}

#[tokio::test]
async fn no_redirect_is_followed_even_by_a_builder_that_asks_for_it() {
    for status in [307, 308] {
        let elsewhere = TestServer::start().await;
        elsewhere.answer(PLACE_TRIAL_ORDER, Answer::item(json!({})));
        let server = TestServer::start().await;
        let location = format!("{}{PLACE_TRIAL_ORDER}", elsewhere.url());
        server.answer(
            PLACE_TRIAL_ORDER,
            Answer::new(status).header("location", &location),
        );
        let error = decode_error(send_trial_order(&redirect_following_client(&server)).await);
        assert_eq!(error.status(), status);
        assert_eq!(server.count(PLACE_TRIAL_ORDER), 1, "{status}");
        assert_eq!(
            elsewhere.requests().len(),
            0,
            "{status}: the target was hit"
        );

        // The token request (with the client secret in its body) is not redirected either.
        let server = TestServer::start().await;
        let location = format!("{}{TOKEN_PATH}", elsewhere.url());
        server.answer(
            TOKEN_PATH,
            Answer::new(status).header("location", &location),
        );
        let error = send_trial_order(&redirect_following_client(&server)).await;
        assert!(matches!(error, Err(Error::Token(_))), "{error:?}");
        assert_eq!(
            elsewhere.requests().len(),
            0,
            "{status}: the token's target was hit"
        );
    }
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    let elsewhere = TestServer::start().await;
    let server = TestServer::start().await;
    let location = format!("{}{PLACE_TRIAL_ORDER}", elsewhere.url());
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::new(307).header("location", &location),
    );
    let error = decode_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.status(), 307);
    // Following it would have sent the order a second time, to another server.
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 1);
    assert_eq!(elsewhere.requests().len(), 0);
}

#[tokio::test]
async fn a_base_url_that_is_not_http_is_a_config_error() {
    match Environment::custom("ftp://x") {
        Err(Error::Config(config)) => {
            assert!(config.reason().contains("http://"), "{}", config.reason());
            assert!(config.reason().contains("ftp://x"), "{}", config.reason());
        }
        other => panic!("expected Error::Config, got {other:?}"),
    }
    for bad in [
        "not a url",
        "http://example.com/?a=1",
        "https://example.com/#top",
    ] {
        assert!(
            matches!(Environment::custom(bad), Err(Error::Config(_))),
            "{bad} was accepted"
        );
    }
    assert!(Environment::custom("https://payway-api.stage.adeprimo.se").is_ok());
}

// ---------------------------------------------------------------------------------------------
// Token: no access token could be obtained.

#[tokio::test]
async fn a_refused_token_request_is_a_rejected_token_error() {
    let server = TestServer::start().await;
    server.answer(
        TOKEN_PATH,
        Answer::json(
            401,
            json!({
                "error": "invalid_client",
                "error_description": "Username/password do not match"
            }),
        ),
    );
    let error = token_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.kind(), &TokenErrorKind::Rejected);
    assert_eq!(error.status(), Some(401));
    assert_eq!(error.error(), Some("invalid_client"));
    assert_eq!(error.description(), Some("Username/password do not match"));
    assert!(
        error.to_string().contains("Username/password do not match"),
        "{error}"
    );
    assert_eq!(server.count(TOKEN_PATH), 1);
    assert_eq!(
        server.count(PLACE_TRIAL_ORDER),
        0,
        "no API call without a token"
    );
}

#[tokio::test]
async fn a_token_answer_that_is_not_json_is_a_malformed_token_error() {
    let server = TestServer::start().await;
    server.answer(
        TOKEN_PATH,
        Answer::raw(200, "text/html", "<html><body>Maintenance</body></html>"),
    );
    let error = token_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.kind(), &TokenErrorKind::Malformed);
    assert_eq!(error.status(), Some(200));
    assert_eq!(server.count(PLACE_TRIAL_ORDER), 0);
}

#[tokio::test]
async fn a_token_answer_without_access_token_is_a_malformed_token_error() {
    let server = TestServer::start().await;
    server.answer(TOKEN_PATH, Answer::json(200, json!({ "expires_in": 3600 })));
    let error = token_error(send_trial_order(&app_client(&server)).await);
    assert_eq!(error.kind(), &TokenErrorKind::Malformed);
    let description = error.description().expect("a description");
    assert!(description.contains("access_token"), "{description}");
}

#[tokio::test]
async fn a_spent_ticket_without_refresh_token_cannot_renew() {
    let server = TestServer::start().await;
    // An identity token that must be renewed at once, and no refresh token to renew it with.
    server.answer(
        TOKEN_PATH,
        Answer::json(200, json!({ "access_token": "identity", "expires_in": 0 })),
    );
    server.answer(
        CREATE_SESSION,
        Answer::item(json!({
            "klarna_payments_session_id": "s",
            "klarna_client_token": "t",
            "payment_method_categories": []
        })),
    );
    let client = identity_client(&server);
    let create = || documented_create_session!(client).send();
    create().await.expect("the ticket is exchanged once");
    let error = token_error(create().await);
    assert_eq!(error.kind(), &TokenErrorKind::CannotRenew);
    assert_eq!(
        server.count(TOKEN_PATH),
        1,
        "a ticket is never exchanged twice"
    );
    assert_eq!(server.count(CREATE_SESSION), 1);
}
