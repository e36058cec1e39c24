//! The token endpoint's grants and refusals, and the bearer check of API requests.

use std::time::Duration;

use payway_client::{
    ApplicationAuth, Credentials, Error, ErrorCode, IdentityAuth, StaticToken, TokenErrorKind,
    scopes,
};
use payway_sandbox::Sandbox;
use serde_json::json;

use crate::support::*;

fn form<'a>(sandbox: &'a Sandbox, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("client_id", sandbox.client_id()),
        ("client_secret", sandbox.client_secret()),
    ];
    form.extend_from_slice(extra);
    form
}

#[tokio::test]
async fn grant_none_gives_an_application_token_without_refresh_token() {
    let sandbox = sandbox().await;
    let (status, answer) = token_request(
        &sandbox,
        &form(
            &sandbox,
            &[("grant_type", "none"), ("scope", scopes::KLARNA_PAYMENTS_W)],
        ),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["token_type"], "bearer");
    assert_eq!(answer["expires_in"], 3600);
    assert!(
        answer["access_token"]
            .as_str()
            .is_some_and(|t| t.len() > 20)
    );
    assert!(answer.get("refresh_token").is_none(), "{answer}");
}

#[tokio::test]
async fn application_tokens_work_where_no_identity_is_needed_and_are_refused_where_it_is() {
    let sandbox = sandbox().await;
    let token = app_token(&sandbox, scopes::KLARNA_PAYMENTS_W).await;
    let session = {
        let customer = identity_client(&sandbox, "first@example.com");
        create_session(&customer, Some(PERIOD_ID)).await
    };
    let (status, body) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &trial_order_body(
            &session.klarna_payments_session_id,
            &approve(&sandbox, &session),
            "payway@adeprimo.se",
        ),
    )
    .await;
    assert_eq!(status, 200, "{body}");

    // The client does not let an application token reach an identity endpoint: pretend.
    let pretending = client(&sandbox).with_auth(StaticToken::with_identity(token));
    let error = api_error(
        pretending
            .klarna_payments()
            .v1()
            .create_session()
            .code("adeprimo_digital")
            .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
            .confirmation_url("https://example.com/done")
            .send()
            .await,
    );
    assert_eq!(error.status(), 403);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("identity_required".into()))
    );
    assert!(error.message().contains("identity"), "{}", error.message());
}

#[tokio::test]
async fn a_ticket_gives_an_identity_token_once() {
    let sandbox = sandbox().await;
    let ticket = sandbox.issue_ticket("payway@adeprimo.se").expect("ticket");
    let exchange = form(
        &sandbox,
        &[
            ("grant_type", "ticket"),
            ("ticket", &ticket),
            ("scope", scopes::KLARNA_PAYMENTS_W),
        ],
    );
    let (status, answer) = token_request(&sandbox, &exchange).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer["refresh_token"].is_string(), "{answer}");

    let (status, answer) = token_request(&sandbox, &exchange).await;
    assert_eq!(status, 400);
    assert_eq!(answer["error"], "invalid_grant");
    assert!(answer["error_description"].is_string());

    let (status, answer) = token_request(
        &sandbox,
        &form(
            &sandbox,
            &[("grant_type", "ticket"), ("ticket", "tkt_made_up")],
        ),
    )
    .await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("invalid_grant"))
    );
}

#[tokio::test]
async fn a_used_ticket_is_a_token_error_for_the_client() {
    let sandbox = sandbox().await;
    let ticket = sandbox.issue_ticket("payway@adeprimo.se").expect("ticket");
    let twice = |ticket: String| {
        client(&sandbox).with_auth(IdentityAuth::from_ticket(
            credentials(&sandbox),
            ticket,
            [scopes::KLARNA_PAYMENTS_W],
        ))
    };
    create_session(&twice(ticket.clone()), Some(PERIOD_ID)).await;
    let result = twice(ticket)
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
        .confirmation_url("https://example.com/done")
        .send()
        .await;
    let Err(Error::Token(error)) = result else {
        panic!("expected a token error, got {result:?}")
    };
    assert_eq!(error.kind(), &TokenErrorKind::Rejected);
    assert_eq!(error.status(), Some(400));
    assert_eq!(error.error(), Some("invalid_grant"));
}

#[tokio::test]
async fn a_refresh_token_renews_with_the_same_identity_and_scopes_once() {
    let sandbox = sandbox().await;
    let (_, refresh) = identity_tokens(&sandbox, "payway@adeprimo.se").await;
    let renew = form(
        &sandbox,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
    );
    let (status, answer) = token_request(&sandbox, &renew).await;
    assert_eq!(status, 200, "{answer}");
    let renewed = answer["access_token"].as_str().expect("token").to_string();
    assert!(
        answer["refresh_token"]
            .as_str()
            .is_some_and(|r| r != refresh)
    );

    // Same identity and scope: the identity endpoint accepts it.
    let (status, body) = post(&sandbox, CREATE_SESSION, &renewed, &session_body()).await;
    assert_eq!(status, 200, "{body}");

    // The refresh token was replaced.
    let (status, answer) = token_request(&sandbox, &renew).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("invalid_grant"))
    );
}

#[tokio::test]
async fn the_client_renews_identity_tokens_with_the_refresh_token() {
    let sandbox = Sandbox::builder()
        .token_lifetime(Duration::from_secs(2))
        .spawn()
        .await
        .expect("sandbox");
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    create_session(&customer, Some(PERIOD_ID)).await;
    // The client renews at half-life for short tokens.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    create_session(&customer, Some(PERIOD_ID)).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 2);
    assert!(customer.connection().auth().refresh_token().await.is_some());
}

#[tokio::test]
async fn bad_client_credentials_are_invalid_client() {
    let sandbox = sandbox().await;
    for form in [
        vec![
            ("client_id", "sandbox-client"),
            ("client_secret", "wrong"),
            ("grant_type", "none"),
        ],
        vec![
            ("client_id", "someone-else"),
            ("client_secret", "sandbox-secret"),
            ("grant_type", "none"),
        ],
        vec![("grant_type", "none")],
    ] {
        let (status, answer) = token_request(&sandbox, &form).await;
        assert_eq!(status, 401, "{answer}");
        assert_eq!(answer["error"], "invalid_client");
        assert!(answer["error_description"].is_string());
    }

    let wrong = client(&sandbox).with_auth(ApplicationAuth::new(
        Credentials::new(sandbox.client_id(), "wrong"),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = wrong
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            payway_client::klarna_payments::v2::place_trial_order::CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .build(),
        )
        .klarna_authorization_token("t")
        .klarna_payments_session_id("s")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .send()
        .await;
    let Err(Error::Token(error)) = result else {
        panic!("expected a token error, got {result:?}")
    };
    assert_eq!(error.status(), Some(401));
    assert_eq!(error.error(), Some("invalid_client"));
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 0);
}

#[tokio::test]
async fn malformed_token_requests_are_refused_clearly() {
    let sandbox = sandbox().await;
    let cases: [(&[(&str, &str)], &str); 4] = [
        (&[], "invalid_request"),
        (&[("grant_type", "password")], "unsupported_grant_type"),
        (
            &[("grant_type", "none"), ("scope", "/external/everything/w")],
            "invalid_scope",
        ),
        (&[("grant_type", "refresh_token")], "invalid_request"),
    ];
    for (extra, error) in cases {
        let (status, answer) = token_request(&sandbox, &form(&sandbox, extra)).await;
        assert_eq!(
            (status, answer["error"].as_str()),
            (400, Some(error)),
            "{extra:?}: {answer}"
        );
    }
    let response = crate::support::http()
        .post(format!("{}{TOKEN_PATH}", sandbox.base_url()))
        .json(&json!({"grant_type": "none"}))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 400);
    let answer: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(answer["error"], "invalid_request");
}

#[tokio::test]
async fn missing_unknown_and_expired_tokens_are_401() {
    let sandbox = Sandbox::builder()
        .token_lifetime(Duration::from_secs(1))
        .spawn()
        .await
        .expect("sandbox");
    let body = session_body();
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::POST,
        CREATE_SESSION,
        None,
        Some(&body),
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (401, Some("invalid_token"))
    );

    let (status, answer) = post(&sandbox, CREATE_SESSION, "at_made_up", &body).await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (401, Some("invalid_token"))
    );
    assert!(
        answer["message"]
            .as_str()
            .is_some_and(|m| m.contains("unknown"))
    );

    let (token, _) = identity_tokens(&sandbox, "payway@adeprimo.se").await;
    let (status, _) = post(&sandbox, CREATE_SESSION, &token, &body).await;
    assert_eq!(status, 200);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let expired = client(&sandbox).with_auth(StaticToken::with_identity(token));
    let error = api_error(
        expired
            .klarna_payments()
            .v1()
            .create_session()
            .code("adeprimo_digital")
            .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
            .confirmation_url("https://example.com/done")
            .send()
            .await,
    );
    assert_eq!(error.status(), 401);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("invalid_token".into()))
    );
    assert!(error.message().contains("expired"), "{}", error.message());

    let response = crate::support::http()
        .post(format!("{}{CREATE_SESSION}", sandbox.base_url()))
        .header("authorization", "Basic abc")
        .json(&body)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 401);
    assert!(response.headers().contains_key("www-authenticate"));
}

#[tokio::test]
async fn a_token_without_the_scope_is_403() {
    let sandbox = sandbox().await;
    let token = app_token(&sandbox, "").await;
    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &trial_order_body("s", "t", "payway@adeprimo.se"),
    )
    .await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["code"], "insufficient_scope");
    assert_eq!(answer["scope"], scopes::KLARNA_PAYMENTS_W);
}

#[tokio::test]
async fn authentication_comes_before_validation() {
    let sandbox = sandbox().await;
    let (status, _) = post(
        &sandbox,
        CREATE_SESSION,
        "at_made_up",
        &json!({"nonsense": 1}),
    )
    .await;
    assert_eq!(status, 401);
}
