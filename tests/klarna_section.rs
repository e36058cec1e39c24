//! The Klarna payments endpoints beyond the two complete docs pages (payment periods, sessions
//! without account, paid orders), against a recording server on loopback: the method, path,
//! query, headers and exact body of each, and how the answers are read.

mod support;

use payway_client::klarna_payments::v2::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_order::CustomerInfo;
use payway_client::*;
use serde_json::json;
use support::{Answer, TestServer, USER_AGENT};

const PERIODS_V1: &str = "/external/api/v1/klarna_payments/payment_periods";
const PERIODS_V2: &str = "/external/api/v2/klarna_payments/payment_periods";
const SESSION_WITHOUT_ACCOUNT_V1: &str =
    "/external/api/v1/klarna_payments/create_session_without_account";
const SESSION_V2: &str = "/external/api/v2/klarna_payments/create_session";
const PLACE_ORDER_V1: &str = "/external/api/v1/klarna_payments/place_order";
const PLACE_ORDER_V2: &str = "/external/api/v2/klarna_payments/place_order";

/// The example response of the payment_periods pages, verbatim (both items share an id there).
fn documented_periods() -> serde_json::Value {
    json!({
        "items": [
            {"id": "5e4bbd0e09c04c1f6498c57f", "payment_method": "klarna_payments", "type": "recurring",
             "enabled": true, "iteration_type": "month", "iteration_length": 1, "price": 210},
            {"id": "5e4bbd0e09c04c1f6498c57f", "payment_method": "klarna_payments", "type": "recurring",
             "enabled": true, "iteration_type": "month", "iteration_length": 2, "price": 410}
        ]
    })
}

fn client_of(
    server: &TestServer,
    token: StaticToken<NoIdentity>,
) -> Client<StaticToken<NoIdentity>> {
    Client::new(Environment::custom(&server.url()).expect("base URL"))
        .expect("client")
        .with_auth(token)
}

/// A body request carries the bearer token, and says it sends and accepts JSON.
fn assert_body_headers(request: &support::Recorded, token: &str) {
    let bearer = format!("Bearer {token}");
    assert_eq!(request.header("authorization"), Some(bearer.as_str()));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
}

#[tokio::test]
async fn payment_periods_v1_and_v2_send_the_code_in_the_query_and_read_the_documented_items() {
    let server = TestServer::start().await;
    server.answer(PERIODS_V1, Answer::json(200, documented_periods()));
    server.answer(PERIODS_V2, Answer::json(200, documented_periods()));
    let client = client_of(&server, StaticToken::application("app-token"));

    let v1 = client
        .klarna_payments()
        .v1()
        .payment_periods()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("v1 payment_periods");
    let v2 = client
        .klarna_payments()
        .v2()
        .payment_periods()
        .code("adeprimo digital & more")
        .send()
        .await
        .expect("v2 payment_periods");

    for (path, query) in [
        (PERIODS_V1, "code=adeprimo_digital"),
        (PERIODS_V2, "code=adeprimo+digital+%26+more"),
    ] {
        let request = server.single(path);
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, path);
        assert_eq!(request.query.as_deref(), Some(query));
        assert_eq!(request.header("authorization"), Some("Bearer app-token"));
        assert_eq!(request.header("accept"), Some("application/json"));
        assert_eq!(request.header("content-type"), None, "a GET has no body");
        assert!(request.body.is_empty());
    }
    assert_eq!(v1.len(), 2);
    assert_eq!(v1[0].id, "5e4bbd0e09c04c1f6498c57f");
    assert_eq!(v1[0].payment_method, "klarna_payments");
    assert_eq!(v1[0].r#type, "recurring");
    assert!(v1[0].enabled);
    assert_eq!(v1[0].iteration_type, "month");
    assert_eq!(v1[0].iteration_length, 1);
    assert_eq!(v1[1].iteration_length, 2);
    assert_eq!(v1[1].price, 410.0);
    assert_eq!(v2[0].price, 210.0);
}

#[tokio::test]
async fn create_session_without_account_v1_sends_the_documented_body_and_keeps_the_answer() {
    let server = TestServer::start().await;
    let answer = json!({"item": {"klarna_payments_session_id": "5aba2ca36fc93613f8000012", "klarna_client_token": "eyJ.x.y"}});
    server.answer(
        SESSION_WITHOUT_ACCOUNT_V1,
        Answer::json(200, answer.clone()),
    );
    let client = client_of(&server, StaticToken::application("app-token"));

    let session = client
        .klarna_payments()
        .v1()
        .create_session_without_account()
        .code("adeprimo_digital")
        .period_type(payway_client::klarna_payments::v1::create_session_without_account::PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://confirmation_url.com")
        .start_date("2021-10-30")
        // The sixth parameter, cut off on the public page: set by name.
        .parameter("disable_account_info_overwrite", true)
        .send()
        .await
        .expect("create_session_without_account");

    let request = server.single(SESSION_WITHOUT_ACCOUNT_V1);
    assert_eq!(request.method, "POST");
    assert_eq!(request.query, None);
    assert_body_headers(&request, "app-token");
    assert_eq!(
        request.body_text(),
        r#"{"code":"adeprimo_digital","period_type":"recurring","period_id":"5f0d9ea795cfebfb8544ab12","confirmation_url":"https://confirmation_url.com","start_date":"2021-10-30","disable_account_info_overwrite":true}"#
    );
    // The docs do not show the response: every byte of it is kept.
    assert_eq!(session.json, answer);
    assert_eq!(
        format!("{session:?}"),
        "CreateSessionWithoutAccountResponse { json: <redacted>, .. }",
        "an undocumented answer may hold tokens: Debug shows none of it"
    );
}

#[tokio::test]
async fn create_session_v2_sends_whichever_of_period_type_and_period_id_is_set() {
    let server = TestServer::start().await;
    server.answer(
        SESSION_V2,
        Answer::json(200, json!({"item": {"klarna_payments_session_id": "s"}})),
    );
    let client = client_of(&server, StaticToken::application("app-token"));
    let sessions = client.klarna_payments().v2();

    let by_id = sessions
        .create_session()
        .code("adeprimo_digital")
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await
        .expect("with period_id");
    assert_eq!(
        by_id.json.pointer("/item/klarna_payments_session_id"),
        Some(&json!("s"))
    );
    sessions
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Limited)
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await
        .expect("with period_type");
    sessions
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await
        .expect("with both");

    let requests = server.requests_to(SESSION_V2);
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.method, "POST");
        assert_eq!(request.query, None);
        assert_body_headers(request, "app-token");
    }
    let bodies: Vec<String> = requests.iter().map(|r| r.body_text()).collect();
    assert_eq!(
        bodies,
        [
            r#"{"code":"adeprimo_digital","period_id":"5f0d9ea795cfebfb8544ab12","confirmation_url":"https://confirmation_url.com"}"#,
            r#"{"code":"adeprimo_digital","period_type":"limited","confirmation_url":"https://confirmation_url.com"}"#,
            r#"{"code":"adeprimo_digital","period_type":"recurring","period_id":"5f0d9ea795cfebfb8544ab12","confirmation_url":"https://confirmation_url.com"}"#,
        ]
    );
}

#[tokio::test]
async fn place_order_v1_sends_the_documented_curl_body_with_an_identity_token() {
    let server = TestServer::start().await;
    let answer = json!({"item": {"pw_order_id": "ORDER-1"}});
    server.answer(PLACE_ORDER_V1, Answer::json(200, answer.clone()));
    let client = Client::new(Environment::custom(&server.url()).expect("base URL"))
        .expect("client")
        .with_auth(StaticToken::with_identity("token-with-identity"));

    let order = client
        .klarna_payments()
        .v1()
        .place_order()
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
        .expect("place_order");

    let request = server.single(PLACE_ORDER_V1);
    assert_eq!(request.method, "POST");
    assert_eq!(request.query, None);
    assert_body_headers(&request, "token-with-identity");
    let expected = format!(
        r#"{{"klarna_authorization_token":"klarna_authorization_token, received from klarna widget","klarna_payments_session_id":"klarna_payments_session_id, received from create_session","browser_ip":"81.208.13.50","browser_language":"sv-SE","browser_user_agent":"{USER_AGENT}","traffic_source":"facebook","merchant_reference":"adeprimo-campaign-001","raise_on_ssn_already_taken_error":true,"raise_on_ssn_already_set_error":false,"raise_on_account_update_error":false,"raise_on_delivery_address_error":false}}"#
    );
    assert_eq!(request.body_text(), expected);
    assert_eq!(order.json, answer);
}

#[tokio::test]
async fn place_order_v2_sends_customer_info_with_its_open_fields_and_the_open_parameters() {
    let server = TestServer::start().await;
    server.answer(PLACE_ORDER_V2, Answer::json(200, json!({"item": {}})));
    let client = client_of(&server, StaticToken::application("app-token"));

    client
        .klarna_payments()
        .v2()
        .place_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .first_name("Payway")
                .last_name("Adeprimo")
                .field("mobile_phone_number", "0701234567")
                .build(),
        )
        .klarna_authorization_token("token from the widget")
        .klarna_payments_session_id("5aba2ca36fc93613f8000012")
        .browser_ip("2002:51d0:d32::51d0:d32")
        .parameter("paywall_id", "5e4bbd0e09c04c1f6498c57f")
        .send()
        .await
        .expect("place_order");

    let request = server.single(PLACE_ORDER_V2);
    assert_eq!(request.method, "POST");
    assert_eq!(request.query, None);
    assert_body_headers(&request, "app-token");
    assert_eq!(
        request.body_text(),
        r#"{"customer_info":{"email":"payway@adeprimo.se","first_name":"Payway","last_name":"Adeprimo","mobile_phone_number":"0701234567"},"klarna_authorization_token":"token from the widget","klarna_payments_session_id":"5aba2ca36fc93613f8000012","browser_ip":"2002:51d0:d32::51d0:d32","paywall_id":"5e4bbd0e09c04c1f6498c57f"}"#
    );
}

#[tokio::test]
async fn a_paid_order_is_never_resent_once_it_may_have_reached_the_server() {
    let server = TestServer::start().await;
    server.answer(PLACE_ORDER_V2, Answer::drop_connection());
    let client = client_of(&server, StaticToken::application("app-token"));

    let outcome = client
        .klarna_payments()
        .v2()
        .place_order()
        .klarna_authorization_token("token from the widget")
        .klarna_payments_session_id("5aba2ca36fc93613f8000012")
        .send()
        .await;

    assert!(
        matches!(outcome, Err(Error::OutcomeUnknown(_))),
        "{outcome:?}"
    );
    assert_eq!(server.count(PLACE_ORDER_V2), 1, "sent once, never again");
}

#[tokio::test]
async fn an_open_parameter_that_the_spec_lists_is_refused_before_any_request() {
    let server = TestServer::start().await;
    let client = client_of(&server, StaticToken::application("app-token"));

    let refused = client
        .klarna_payments()
        .v2()
        .create_session()
        .code("adeprimo_digital")
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://confirmation_url.com")
        .parameter("period_type", "recurring")
        .parameter("confirmation_url", "not a url")
        .send()
        .await;

    let Err(Error::InvalidRequest(invalid)) = refused else {
        panic!("expected InvalidRequest, got {refused:?}")
    };
    let named: Vec<&str> = invalid.problems().iter().map(|p| p.parameter()).collect();
    assert_eq!(named, ["period_type", "confirmation_url"]);
    assert!(
        !invalid.to_string().contains("not a url"),
        "the value is never repeated: {invalid}"
    );
    assert!(server.requests().is_empty());
}
