//! The sandbox's page and its JSON: requests with redacted bodies, accounts, sessions,
//! orders, and fault switches (`lose`: the order placed, its answer lost).

use payway_client::Error;
use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
use serde_json::{Value, json};

use crate::support::*;

async fn state(sandbox: &payway_sandbox::Sandbox) -> Value {
    let (status, state) =
        send_json(sandbox, reqwest::Method::GET, "/sandbox/state", None, None).await;
    assert_eq!(status, 200);
    state
}

#[tokio::test]
async fn the_page_is_served() {
    let sandbox = sandbox().await;
    let response = crate::support::http()
        .get(sandbox.page_url())
        .send()
        .await
        .expect("page");
    assert_eq!(response.status(), 200);
    let page = response.text().await.expect("text");
    assert!(page.contains("<h1>Payway sandbox</h1>"));
    assert!(page.contains("fetch(\"state\""));
}

#[tokio::test]
async fn requests_are_listed_without_personal_data_or_secrets() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let authorization = approve(&sandbox, &session);
    let token = app_token(&sandbox, payway_client::scopes::KLARNA_PAYMENTS_W).await;
    let reader = app_token(&sandbox, payway_client::scopes::KLARNA_PAYMENTS_R).await;
    let mut body = trial_order_body(
        &session.klarna_payments_session_id,
        &authorization,
        "secret.person@example.com",
    );
    body["customer_info"]["first_name"] = json!("Hemliga");
    let (status, _) = post(&sandbox, PLACE_TRIAL_ORDER, &token, &body).await;
    assert_eq!(status, 200);
    let (status, _) = post(&sandbox, PLACE_TRIAL_ORDER, &token, &body).await;
    assert_eq!(status, 400);
    let (status, _) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/external/api/v2/klarna_payments/payment_periods?code=unknown_code",
        Some(&reader),
        None,
    )
    .await;
    assert_eq!(status, 404);

    let state = state(&sandbox).await;
    let text = state.to_string();
    for hidden in [
        "secret.person",
        "Hemliga",
        authorization.as_str(),
        "81.208.13.50",
        "Mozilla",
        sandbox.client_secret(),
        token.as_str(),
    ] {
        assert!(!text.contains(hidden), "{hidden} shows in {text}");
    }
    let requests = state["requests"].as_array().expect("requests");
    // Latest first: the periods request, the refused order, the order, the token request, ...
    assert_eq!(
        requests[0]["path"],
        "/external/api/v2/klarna_payments/payment_periods?code=unknown_code"
    );
    assert_eq!(requests[0]["status"], 404);
    assert_eq!(requests[1]["status"], 400);
    assert!(
        requests[1]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("klarna_authorization_token")),
        "{}",
        requests[1]
    );
    assert_eq!(requests[2]["status"], 200);
    assert_eq!(requests[2]["method"], "POST");
    assert_eq!(
        requests[2]["body"]["klarna_payments_session_id"],
        json!(session.klarna_payments_session_id)
    );
    assert_eq!(requests[2]["body"]["customer_info"]["email"], "<redacted>");
    assert!(
        requests
            .iter()
            .any(|r| r["body"]["grant_type"] == "ticket" && r["body"]["ticket"] == "<redacted>")
    );
    assert!(
        requests[2]["time"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );

    assert_eq!(state["orders"].as_array().map(Vec::len), Some(1));
    assert_eq!(state["orders"][0]["kind"], "trial");
    assert_eq!(state["sessions"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        state["sessions"][0]["klarna_payments_session_id"],
        json!(session.klarna_payments_session_id)
    );
    let emails: Vec<&str> = state["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .filter_map(|a| a["email"].as_str())
        .collect();
    assert_eq!(emails, ["p***@adeprimo.se", "s***@example.com"]);
}

#[tokio::test]
async fn a_switched_on_lose_fault_places_the_order_and_loses_its_answer() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let (status, switched) = send_json(
        &sandbox,
        reqwest::Method::POST,
        "/sandbox/faults",
        None,
        Some(&json!({"path": PLACE_TRIAL_ORDER, "fault": "lose"})),
    )
    .await;
    assert_eq!(status, 200, "{switched}");
    assert_eq!(
        switched["faults"],
        json!([{"path": PLACE_TRIAL_ORDER, "fault": "lose"}])
    );

    let result = app_client(&sandbox)
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
        .klarna_authorization_token(approve(&sandbox, &session))
        .klarna_payments_session_id(session.klarna_payments_session_id.as_str())
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .send()
        .await;
    assert!(
        matches!(result, Err(Error::OutcomeUnknown(_))),
        "{result:?}"
    );
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 1, "sent once");
    let state = state(&sandbox).await;
    assert_eq!(
        state["orders"].as_array().map(Vec::len),
        Some(1),
        "and placed: {state}"
    );
    let lost = state["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .find(|r| r["path"] == PLACE_TRIAL_ORDER)
        .expect("listed")
        .clone();
    assert_eq!(lost["status"], Value::Null);
    assert_eq!(lost["fault"], "lose (switched on)");
    assert!(
        lost["reason"]
            .as_str()
            .is_some_and(|r| r.contains("no answer"))
    );

    // Off again: answered normally.
    sandbox.switch_fault(PLACE_TRIAL_ORDER, "").expect("off");
    assert_eq!(state_faults(&sandbox).await, json!([]));
}

async fn state_faults(sandbox: &payway_sandbox::Sandbox) -> Value {
    state(sandbox).await["faults"].clone()
}

#[tokio::test]
async fn fault_switches_refuse_what_they_cannot_do() {
    let sandbox = sandbox().await;
    for (body, field) in [
        (json!({"path": "/nowhere", "fault": "drop"}), "path"),
        (
            json!({"path": PLACE_TRIAL_ORDER, "fault": "explode"}),
            "fault",
        ),
        (json!({"path": PLACE_TRIAL_ORDER, "fault": 5}), "fault"),
        (json!({"fault": "drop"}), "path"),
    ] {
        let (status, answer) = send_json(
            &sandbox,
            reqwest::Method::POST,
            "/sandbox/faults",
            None,
            Some(&body),
        )
        .await;
        assert_eq!(
            (status, answer["field"].as_str()),
            (400, Some(field)),
            "{body}"
        );
    }
    assert!(sandbox.switch_fault("/nowhere", "drop").is_err());
    assert!(sandbox.switch_fault(TOKEN_PATH, "status=503").is_ok());
    let (status, _) = token_request(&sandbox, &[("grant_type", "none")]).await;
    assert_eq!(status, 503);
    // A request's own header wins over a switch.
    let response = http_with_fault("status=429")
        .post(format!("{}{TOKEN_PATH}", sandbox.base_url()))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 429);
}
