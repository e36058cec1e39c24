//! The Klarna widget stand-in's calls, and what its authorization tokens can do: one order, on
//! their own session, while it lives.

use serde_json::{Value, json};

use crate::support::*;

/// A widget call, as the script makes it: JSON sent as `text/plain`.
async fn widget(sandbox: &payway_sandbox::Sandbox, call: &str, body: &Value) -> (u16, Value) {
    let response = http()
        .post(format!("{}/sandbox/klarna/{call}", sandbox.base_url()))
        .header("content-type", "text/plain")
        .body(body.to_string())
        .send()
        .await
        .expect("widget call");
    let status = response.status().as_u16();
    assert_eq!(
        response
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*")
    );
    (status, response.json().await.expect("JSON"))
}

#[tokio::test]
async fn the_script_is_served_with_the_klarna_interface() {
    let sandbox = sandbox().await;
    let response = http()
        .get(sandbox.klarna_script_url())
        .send()
        .await
        .expect("script");
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/javascript"))
    );
    let script = response.text().await.expect("text");
    for name in [
        "init:",
        "load:",
        "authorize:",
        "finalize:",
        "reauthorize:",
        "on:",
        "off:",
        "klarnaAsyncCallback",
        "InvalidClientTokenError",
        "EventNotSupportedError",
    ] {
        assert!(script.contains(name), "{name}");
    }
}

#[tokio::test]
async fn the_widget_answers_each_decision_as_klarna_does() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let client_token = session.klarna_client_token.as_str();

    let (status, loaded) = widget(&sandbox, "load", &json!({"client_token": client_token})).await;
    assert_eq!(status, 200, "{loaded}");
    assert_eq!(
        loaded["payment_method_categories"][0]["identifier"],
        "direct_debit"
    );

    let decide = |decision: &'static str| json!({"client_token": client_token, "payment_method_category": "direct_debit", "decision": decision});
    let (_, approved) = widget(&sandbox, "authorize", &decide("approve")).await;
    assert_eq!(approved["approved"], true);
    assert_eq!(approved["show_form"], true);
    assert!(
        approved["authorization_token"]
            .as_str()
            .is_some_and(|t| t.len() == 36)
    );
    let (_, declined) = widget(&sandbox, "authorize", &decide("decline")).await;
    assert_eq!(declined, json!({"approved": false, "show_form": false}));
    let (_, aborted) = widget(&sandbox, "authorize", &decide("abort")).await;
    assert_eq!(aborted, json!({"approved": false, "show_form": true}));

    let (status, refused) = widget(
        &sandbox,
        "authorize",
        &json!({"client_token": client_token,
        "payment_method_category": "bitcoin", "decision": "approve"}),
    )
    .await;
    assert_eq!(
        (status, refused["field"].as_str()),
        (400, Some("payment_method_category"))
    );
    let (status, refused) = widget(
        &sandbox,
        "authorize",
        &json!({"client_token": client_token,
        "payment_method_category": "direct_debit", "decision": "maybe"}),
    )
    .await;
    assert_eq!((status, refused["field"].as_str()), (400, Some("decision")));
    let (status, refused) = widget(&sandbox, "load", &json!({"client_token": "a.b.c"})).await;
    assert_eq!((status, refused["code"].as_str()), (404, Some("not_found")));
    let (status, _) = widget(&sandbox, "load", &json!("not an object")).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn an_authorization_places_one_order_on_its_own_session() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let token = app_token(&sandbox, payway_client::scopes::KLARNA_PAYMENTS_W).await;
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let other = create_session(&customer, Some(PERIOD_ID)).await;
    let authorization = approve(&sandbox, &session);
    let order = |session_id: &str, authorization: &str| {
        trial_order_body(session_id, authorization, "payway@adeprimo.se")
    };
    let refusal = |answer: &Value| {
        assert_eq!(answer["field"], "klarna_authorization_token", "{answer}");
        answer["message"].as_str().unwrap_or_default().to_string()
    };

    // Another session's order: refused, and the token still works for its own.
    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &order(&other.klarna_payments_session_id, &authorization),
    )
    .await;
    assert_eq!(status, 400);
    assert!(refusal(&answer).contains("another purchase session"));

    // An invented token: refused.
    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &order(
            &session.klarna_payments_session_id,
            "from the Klarna widget",
        ),
    )
    .await;
    assert_eq!(status, 400);
    assert!(refusal(&answer).contains("not one the Klarna widget gave"));

    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &order(&session.klarna_payments_session_id, &authorization),
    )
    .await;
    assert_eq!(status, 200, "{answer}");

    // Twice: refused, and no second order.
    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &order(&session.klarna_payments_session_id, &authorization),
    )
    .await;
    assert_eq!(status, 400);
    assert!(refusal(&answer).contains("placed an order already"));
    let (_, state) = send_json(&sandbox, reqwest::Method::GET, "/sandbox/state", None, None).await;
    assert_eq!(state["orders"].as_array().map(Vec::len), Some(1), "{state}");

    // A paid order takes the same rule.
    let (status, answer) = post(
        &sandbox,
        PLACE_ORDER_V2,
        &token,
        &order(&session.klarna_payments_session_id, &authorization),
    )
    .await;
    assert_eq!(status, 400);
    assert!(refusal(&answer).contains("placed an order already"));
    let (status, answer) = post(
        &sandbox,
        PLACE_ORDER_V2,
        &token,
        &order(
            &other.klarna_payments_session_id,
            &approve(&sandbox, &other),
        ),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test]
async fn an_authorization_dies_with_its_session() {
    let sandbox = payway_sandbox::Sandbox::builder()
        .session_lifetime(std::time::Duration::from_millis(300))
        .spawn()
        .await
        .expect("sandbox");
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let authorization = approve(&sandbox, &session);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let token = app_token(&sandbox, payway_client::scopes::KLARNA_PAYMENTS_W).await;
    let (status, answer) = post(
        &sandbox,
        PLACE_TRIAL_ORDER,
        &token,
        &trial_order_body(
            &session.klarna_payments_session_id,
            &authorization,
            "payway@adeprimo.se",
        ),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        answer["message"]
            .as_str()
            .is_some_and(|m| m.contains("expired")),
        "{answer}"
    );
    // Nor can the widget authorize it any more.
    assert!(
        sandbox
            .authorize_purchase(&session.klarna_client_token)
            .is_err()
    );
}
