//! Personal data and secrets in errors: a decode error's excerpt and reason and an API error's
//! message and details never show the value of a field the spec marks sensitive (the structure
//! around it stays readable), and a transport error never shows the query string.

mod support;

mod fixture {
    payway_macros::generate_api!("tests/fixtures/fixture.yaml");
}

use payway_client::klarna_payments::v2::place_trial_order::{Address, CustomerInfo};
use payway_client::*;
use serde_json::json;
use support::{Answer, TestServer, documented_create_session, identity_client};

const CREATE_SESSION: &str = klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str = klarna_payments::v2::place_trial_order::ENDPOINT.path;

const CLIENT_TOKEN: &str = "KCT-LEAKCHECK-eyJhbGciOiJIUzI1NiJ9";
const FIRST_NAME: &str = "Firstname-LEAKCHECK-a1";
const LAST_NAME: &str = "Lastname-LEAKCHECK-b2";
const EMAIL: &str = "email-leakcheck-c3@example.com";
const BROWSER_IP: &str = "203.0.113.77";
const USER_AGENT: &str = "UserAgent-LEAKCHECK-d4/1.0";
const STREET: &str = "Street-LEAKCHECK-e5 12";
const ALL: [&str; 7] = [
    CLIENT_TOKEN,
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    BROWSER_IP,
    USER_AGENT,
    STREET,
];

/// Every text an error shows: Display, Debug, pretty Debug and the sources' Display.
fn texts(error: &Error) -> String {
    let mut text = format!("{error}\n{error:?}\n{error:#?}\n");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(&format!("{cause}\n{cause:?}\n"));
        source = cause.source();
    }
    text
}

fn assert_hides(error: &Error, values: &[&str]) {
    let text = texts(error);
    for value in values {
        assert!(!text.contains(value), "{value:?} shows in:\n{text}");
    }
}

async fn personal_order(
    server: &TestServer,
) -> Result<klarna_payments::v2::place_trial_order::PlaceTrialOrderResponse, Error> {
    let client = support::app_client(server);
    client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email(EMAIL)
                .first_name(FIRST_NAME)
                .last_name(LAST_NAME)
                .address(Address::builder().field("street", STREET).build())
                .build(),
        )
        .klarna_authorization_token("klarna-authorization")
        .klarna_payments_session_id("ks-0001")
        .merchant_reference("ref-0001")
        .browser_ip(BROWSER_IP)
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .send()
        .await
}

#[tokio::test]
async fn an_unreadable_session_keeps_its_structure_and_masks_the_client_token() {
    let server = TestServer::start().await;
    server.answer(
        CREATE_SESSION,
        Answer::json(
            200,
            json!({"item": {
                "klarna_payments_session_id": "ks-visible",
                "klarna_client_token": CLIENT_TOKEN,
                "payment_method_categories": "not a list"
            }}),
        ),
    );
    let error = documented_create_session!(identity_client(&server))
        .send()
        .await
        .expect_err("undecodable");
    let Error::Decode(decode) = &error else {
        panic!("expected Error::Decode, got {error:?}");
    };
    assert!(
        decode
            .excerpt()
            .contains(r#""klarna_client_token":"<redacted>""#),
        "{}",
        decode.excerpt()
    );
    assert!(
        decode.excerpt().contains("ks-visible"),
        "{}",
        decode.excerpt()
    );
    assert_hides(&error, &ALL);
}

#[tokio::test]
async fn a_reason_quoting_a_sensitive_value_is_masked_too() {
    let server = TestServer::start().await;
    // serde's reason quotes the value of the wrong type.
    server.answer(
        CREATE_SESSION,
        Answer::raw(
            200,
            "application/json",
            format!(r#"{{"item":{{"klarna_client_token":["{CLIENT_TOKEN}"],"klarna_payments_session_id":7}}}}"#),
        ),
    );
    let error = documented_create_session!(identity_client(&server))
        .send()
        .await
        .expect_err("undecodable");
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_hides(&error, &ALL);
}

#[tokio::test]
async fn an_api_error_repeating_personal_values_masks_them_in_message_and_details() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            400,
            json!({
                "code": "invalid_parameter",
                "field": "customer_info.first_name",
                "message": format!("{FIRST_NAME} {LAST_NAME} <{EMAIL}> from {BROWSER_IP} ({USER_AGENT}) at {STREET} is not allowed"),
                "first_name": FIRST_NAME,
                "address": {"street": STREET},
                "hint": format!("check {USER_AGENT}")
            }),
        ),
    );
    let error = personal_order(&server).await.expect_err("refused");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.field(), Some("customer_info.first_name"));
    assert!(
        api.message().ends_with("is not allowed"),
        "{}",
        api.message()
    );
    assert_eq!(api.details()["address"], json!({"street": "<redacted>"}));
    assert_hides(&error, &ALL);
}

#[tokio::test]
async fn an_order_in_doubt_masks_its_excerpt() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::raw(
            200,
            "application/json",
            format!(r#"{{"item":{{"pw_order_id":"PW-1","echo":{{"first_name":"{FIRST_NAME}","address":{{"street":"{STREET}"}},"browser_user_agent":"{USER_AGENT}"#),
        ),
    );
    let error = personal_order(&server).await.expect_err("in doubt");
    let Error::OutcomeUnknown(unknown) = &error else {
        panic!("expected Error::OutcomeUnknown, got {error:?}");
    };
    let excerpt = unknown.excerpt().expect("an excerpt");
    assert!(excerpt.contains(r#""pw_order_id":"PW-1""#), "{excerpt}");
    assert!(excerpt.contains(r#""street":"<redacted>""#), "{excerpt}");
    assert_eq!(unknown.identifier("merchant_reference"), Some("ref-0001"));
    assert_hides(&error, &ALL);
}

#[tokio::test]
async fn a_transport_error_never_shows_the_query_string() {
    const SECRET_CODE: &str = "QUERY-LEAKCHECK-f6";
    let server = TestServer::start().await;
    server.answer(
        "/external/api/v1/catalog/payment_periods",
        Answer::drop_connection(),
    );
    let client = fixture::Client::with_config(
        fixture::Environment::custom(&server.url()).expect("base URL"),
        ClientConfig::default().retry(RetryPolicy::none()),
    )
    .expect("client")
    .with_auth(StaticToken::application("t"));
    let error = client
        .catalog()
        .v1()
        .payment_periods()
        .code(SECRET_CODE)
        .send()
        .await
        .expect_err("dropped");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_hides(&error, &[SECRET_CODE, "code="]);
}
