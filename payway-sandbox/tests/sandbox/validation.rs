//! The spec-driven validator, seen from outside: unknown fields, missing required ones,
//! malformed values of each type, nested paths, and bodies that are not JSON.

use payway_client::scopes;
use serde_json::{Value, json};

use crate::support::*;

/// Posts `body` and returns (status, code, field).
async fn refusal(
    sandbox: &payway_sandbox::Sandbox,
    path: &str,
    token: &str,
    body: Value,
) -> (u16, String, String) {
    let (status, answer) = post(sandbox, path, token, &body).await;
    assert!(answer["message"].is_string(), "{answer}");
    (
        status,
        answer["code"].as_str().unwrap_or_default().to_string(),
        answer["field"].as_str().unwrap_or_default().to_string(),
    )
}

fn with(mut body: Value, pointer: &str, value: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer");
    let target = body.pointer_mut(parent).expect("parent");
    target[key] = value;
    body
}

fn without(mut body: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer");
    if let Some(map) = body.pointer_mut(parent).and_then(Value::as_object_mut) {
        map.remove(key);
    }
    body
}

#[tokio::test]
async fn create_session_values_are_checked_like_the_client_does() {
    let sandbox = sandbox().await;
    let token = identity_token(&sandbox, "payway@adeprimo.se").await;
    let invalid = |field: &str| (400, "invalid_parameter".to_string(), field.to_string());
    let cases = [
        (
            with(session_body(), "/nonsense", json!(1)),
            (400, "unknown_parameter".into(), "nonsense".into()),
        ),
        (without(session_body(), "/code"), invalid("code")),
        (with(session_body(), "/code", Value::Null), invalid("code")),
        (with(session_body(), "/code", json!(5)), invalid("code")),
        (
            with(session_body(), "/period_type", json!("monthly")),
            invalid("period_type"),
        ),
        (
            with(session_body(), "/confirmation_url", json!("/relative")),
            invalid("confirmation_url"),
        ),
        (
            with(session_body(), "/confirmation_url", json!("mailto:a@b.se")),
            invalid("confirmation_url"),
        ),
        (
            with(session_body(), "/start_date", json!("2021-13-01")),
            invalid("start_date"),
        ),
        (
            with(session_body(), "/start_date", json!("2021-10-30")),
            invalid("start_date"),
        ),
        (
            with(
                session_body(),
                "/disable_account_info_overwrite",
                json!("yes"),
            ),
            invalid("disable_account_info_overwrite"),
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            refusal(&sandbox, CREATE_SESSION, &token, body.clone()).await,
            expected,
            "{body}"
        );
    }
    let optional_null = with(session_body(), "/start_date", Value::Null);
    assert_eq!(
        post(&sandbox, CREATE_SESSION, &token, &optional_null)
            .await
            .0,
        200
    );
    let (status, _) = post(
        &sandbox,
        CREATE_SESSION,
        &token,
        &with(session_body(), "/start_date", json!("2999-12-31")),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn nested_problems_name_their_path() {
    let sandbox = sandbox().await;
    let token = app_token(&sandbox, scopes::KLARNA_PAYMENTS_W).await;
    let body = || trial_order_body("5aba2ca36fc93613f8000012", "t", "payway@adeprimo.se");
    let invalid = |field: &str| (400, "invalid_parameter".to_string(), field.to_string());
    let cases = [
        (
            with(body(), "/customer_info/nickname", json!("x")),
            (
                400,
                "unknown_parameter".into(),
                "customer_info.nickname".into(),
            ),
        ),
        (
            without(body(), "/customer_info/email"),
            invalid("customer_info.email"),
        ),
        (
            with(body(), "/customer_info/email", json!("payway@")),
            invalid("customer_info.email"),
        ),
        (
            with(body(), "/customer_info", json!("payway@adeprimo.se")),
            invalid("customer_info"),
        ),
        (without(body(), "/customer_info"), invalid("customer_info")),
        (
            with(body(), "/browser_ip", json!("999.1.1.1")),
            invalid("browser_ip"),
        ),
        (
            with(body(), "/paywall_id", json!("5f0d9ea795cfebfb8544ab1")),
            invalid("paywall_id"),
        ),
        (
            with(body(), "/paywall_id", json!("5f0d9ea795cfebfb8544ab12a")),
            invalid("paywall_id"),
        ),
        (
            with(body(), "/paywall_id", json!("zzzzzzzzzzzzzzzzzzzzzzzz")),
            invalid("paywall_id"),
        ),
        (
            with(body(), "/custom_urls", json!({"return_url": "not a url"})),
            invalid("custom_urls.return_url"),
        ),
        (
            with(
                body(),
                "/custom_urls",
                json!({"cancel_url": "https://example.com"}),
            ),
            (
                400,
                "unknown_parameter".into(),
                "custom_urls.cancel_url".into(),
            ),
        ),
        (
            with(body(), "/raise_on_ssn_already_set_error", json!(1)),
            invalid("raise_on_ssn_already_set_error"),
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            refusal(&sandbox, PLACE_TRIAL_ORDER, &token, body.clone()).await,
            expected,
            "{body}"
        );
    }
}

#[tokio::test]
async fn valid_optional_values_pass_validation() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let token = app_token(&sandbox, scopes::KLARNA_PAYMENTS_W).await;
    let mut body = trial_order_body(
        &session.klarna_payments_session_id,
        &approve(&sandbox, &session),
        "payway@adeprimo.se",
    );
    body["customer_info"]["address"] = json!({"street": "Storgatan 1", "zip_code": 12345});
    body["paywall_id"] = json!("5F0D9EA795CFEBFB8544AB12");
    body["browser_ip"] = json!("2002:51d0:0d32::51d0:0d32");
    body["custom_urls"] = json!({"return_url": "https://example.com/thanks"});
    body["raise_on_delivery_address_error"] = json!(true);
    let (status, answer) = post(&sandbox, PLACE_TRIAL_ORDER, &token, &body).await;
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test]
async fn bodies_that_are_not_json_objects_are_invalid_requests() {
    let sandbox = sandbox().await;
    let token = identity_token(&sandbox, "payway@adeprimo.se").await;
    let url = format!("{}{CREATE_SESSION}", sandbox.base_url());
    let http = crate::support::http();
    let cases: [(&str, &str); 4] = [
        ("application/json", "{\"code\": "),
        ("application/json", "[1, 2]"),
        ("text/plain", "{}"),
        ("application/json", ""),
    ];
    for (content_type, body) in cases {
        let response = http
            .post(&url)
            .bearer_auth(&token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 400, "{content_type} {body}");
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(answer["code"], "invalid_request", "{answer}");
    }
    let response = http
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn unknown_paths_and_methods_are_answered_in_the_convention() {
    let sandbox = sandbox().await;
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/external/api/v9/nothing",
        None,
        None,
    )
    .await;
    assert_eq!((status, answer["code"].as_str()), (404, Some("not_found")));
    let (status, answer) =
        send_json(&sandbox, reqwest::Method::GET, CREATE_SESSION, None, None).await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (405, Some("method_not_allowed"))
    );
    let (status, _) = send_json(&sandbox, reqwest::Method::GET, TOKEN_PATH, None, None).await;
    assert_eq!(status, 405);
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/sandbox/nothing",
        None,
        None,
    )
    .await;
    assert_eq!((status, answer["code"].as_str()), (404, Some("not_found")));
}

#[tokio::test]
async fn the_client_and_the_sandbox_agree_on_valid_requests() {
    // Everything the client's builder accepts, the sandbox accepts: a request with every
    // optional parameter set goes through.
    use payway_client::klarna_payments::v2::place_trial_order::{
        Address, CustomUrls, CustomerInfo,
    };
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let order = app_client(&sandbox)
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .first_name("Payway")
                .last_name("Adeprimo")
                .mobile_phone_number("+46701234567")
                .social_security_number("19800101-1234")
                .birth_date("1980-01-01")
                .company_name("Adeprimo")
                .company_registration_number("556000-0000")
                .account_origin("web")
                .alias("pw")
                .address(Address::builder().field("street", "Storgatan 1").build())
                .build(),
        )
        .klarna_authorization_token(approve(&sandbox, &session))
        .klarna_payments_session_id(session.klarna_payments_session_id)
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        .paywall_id("5f0d9ea795cfebfb8544ab12")
        .custom_urls(
            CustomUrls::builder()
                .reset_password_url("https://example.com/reset")
                .return_url("https://example.com/thanks")
                .build(),
        )
        .raise_on_ssn_already_taken_error(true)
        .raise_on_ssn_already_set_error(false)
        .raise_on_account_update_error(false)
        .raise_on_delivery_address_error(false)
        .send()
        .await
        .expect("place_trial_order");
    assert!(
        order
            .redirect_url
            .as_str()
            .starts_with("https://example.com/thanks")
    );
}
