//! End to end against the sandbox, for the Klarna payments endpoints beyond the two complete
//! pages: payment periods, sessions with or without an identity, paid orders (and their fault
//! switch), the one-of rule of v2 `create_session`, and the errors of each.

mod support;

use payway_client::klarna_payments::v2::place_order::CustomerInfo;
use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Environment, Error, ErrorCode,
    IdentityAuth, StaticToken, scopes,
};
use payway_sandbox::Sandbox;
use serde_json::{Value, json};
use support::{USER_AGENT, faulty, sandbox_token};

const PLACE_ORDER_V2: &str = payway_client::klarna_payments::v2::place_order::ENDPOINT.path;
const SESSION_V2: &str = payway_client::klarna_payments::v2::create_session::ENDPOINT.path;

fn credentials(sandbox: &Sandbox) -> Credentials {
    Credentials::new(sandbox.client_id(), sandbox.client_secret())
}

/// A client with application tokens that may read and write Klarna payments.
fn app(sandbox: &Sandbox) -> Client<ApplicationAuth> {
    Client::with_config(
        Environment::custom(sandbox.base_url()).expect("url"),
        ClientConfig::default(),
    )
    .expect("client")
    .with_auth(ApplicationAuth::new(
        credentials(sandbox),
        [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
    ))
}

/// A client with the identity of the customer `email`, and the id of their account (from the
/// sandbox's ticket route, which names it).
async fn customer(sandbox: &Sandbox, email: &str) -> (Client<IdentityAuth>, String) {
    let issued: Value = support::http()
        .post(format!("{}/sandbox/tickets", sandbox.base_url()))
        .json(&json!({ "email": email }))
        .send()
        .await
        .expect("ticket request")
        .json()
        .await
        .expect("ticket answer");
    let (Some(ticket), Some(account_id)) =
        (issued["ticket"].as_str(), issued["account_id"].as_str())
    else {
        panic!("no ticket in {issued}")
    };
    let client = Client::new(Environment::custom(sandbox.base_url()).expect("url"))
        .expect("client")
        .with_auth(IdentityAuth::from_ticket(
            credentials(sandbox),
            ticket,
            [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
        ));
    (client, account_id.to_string())
}

fn api_error<T: std::fmt::Debug>(result: Result<T, Error>) -> payway_client::ApiError {
    match result {
        Err(Error::Api(error)) => error,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

/// What approving the purchase in the Klarna widget gives, for the session whose undocumented
/// (JSON) create_session answer is `json`.
fn approve(sandbox: &Sandbox, json: &Value) -> String {
    let client_token = json
        .pointer("/item/klarna_client_token")
        .and_then(Value::as_str)
        .expect("a client token");
    sandbox
        .authorize_purchase(client_token)
        .expect("a live session")
}

/// A session id from an undocumented (JSON) create_session answer.
fn session_id(json: &Value) -> String {
    json.pointer("/item/klarna_payments_session_id")
        .and_then(Value::as_str)
        .expect("a session id")
        .to_string()
}

#[tokio::test]
async fn a_paid_order_without_an_account_runs_end_to_end() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let app = app(&sandbox);
    let klarna = app.klarna_payments();

    let periods = klarna
        .v2()
        .payment_periods()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("payment_periods");
    assert_eq!(periods.len(), 2);
    assert!(
        periods
            .iter()
            .all(|p| p.enabled && p.payment_method == "klarna_payments")
    );
    assert_eq!((periods[0].iteration_length, periods[0].price), (1, 210.0));

    let session = klarna
        .v2()
        .create_session()
        .code("adeprimo_digital")
        .period_id(periods[1].id.as_str())
        .confirmation_url("https://shop.example.com/thanks")
        .parameter("disable_account_info_overwrite", true)
        .send()
        .await
        .expect("create_session");
    let order = klarna
        .v2()
        .place_order()
        .customer_info(
            CustomerInfo::builder()
                .email("new.customer@example.com")
                .first_name("Payway")
                .last_name("Adeprimo")
                .build(),
        )
        .klarna_authorization_token(approve(&sandbox, &session.json))
        .klarna_payments_session_id(session_id(&session.json))
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .raise_on_account_update_error(true)
        .send()
        .await
        .expect("place_order");

    let item = &order.json["item"];
    assert!(
        item["pw_order_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("ORDER-"))
    );
    assert_eq!(item["account_status"], "created");
    assert!(
        item["redirect_url"].as_str().is_some_and(
            |url| url.starts_with("https://shop.example.com/thanks?pw_order_id=ORDER-")
        )
    );
}

#[tokio::test]
async fn a_paid_order_with_an_identity_is_the_customers() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let (customer, account_id) = customer(&sandbox, "known@example.com").await;
    let klarna = customer.klarna_payments();

    let periods = klarna
        .v1()
        .payment_periods()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("payment_periods");
    let session = klarna
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
        .period_id(periods[0].id.as_str())
        .confirmation_url("https://shop.example.com/thanks")
        .send()
        .await
        .expect("create_session");
    let order = klarna
        .v1()
        .place_order()
        .klarna_authorization_token(
            sandbox
                .authorize_purchase(&session.klarna_client_token)
                .expect("a live session"),
        )
        .klarna_payments_session_id(session.klarna_payments_session_id.as_str())
        .browser_ip("81.208.13.50")
        .send()
        .await
        .expect("place_order");
    assert_eq!(order.json["item"]["account_id"], json!(account_id));
    assert_eq!(order.json["item"]["account_status"], "known");

    // Another customer cannot place an order on that session.
    let (other, _) = self::customer(&sandbox, "other@example.com").await;
    let refused = other
        .klarna_payments()
        .v1()
        .place_order()
        .klarna_authorization_token("from the Klarna widget")
        .klarna_payments_session_id(session.klarna_payments_session_id.as_str())
        .send()
        .await;
    let error = api_error(refused);
    assert_eq!(error.status(), 400);
    assert_eq!(error.field(), Some("klarna_payments_session_id"));
}

#[tokio::test]
async fn a_session_without_account_serves_a_trial_order() {
    use payway_client::klarna_payments::v1::create_session_without_account::PeriodType;
    use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let app = app(&sandbox);
    let session = app
        .klarna_payments()
        .v1()
        .create_session_without_account()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .period_id("5e4bbd0e09c04c1f6498c57f")
        .confirmation_url("https://shop.example.com/thanks")
        .send()
        .await
        .expect("create_session_without_account");
    let order = app
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email("trial@example.com").build())
        .klarna_authorization_token(approve(&sandbox, &session.json))
        .klarna_payments_session_id(session_id(&session.json))
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .send()
        .await
        .expect("trial order");
    assert!(order.pw_order_id.starts_with("ORDER-"));
}

#[tokio::test]
async fn unknown_packages_and_periods_are_refused() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let klarna = app(&sandbox);
    let klarna = klarna.klarna_payments();

    let error = api_error(
        klarna
            .v1()
            .payment_periods()
            .code("no_such_package")
            .send()
            .await,
    );
    assert_eq!(error.status(), 404);
    assert_eq!(error.code(), Some(&ErrorCode::NotFound));
    assert_eq!(error.field(), Some("code"));

    let error = api_error(
        klarna
            .v2()
            .create_session()
            .code("no_such_package")
            .period_type(payway_client::klarna_payments::v2::create_session::PeriodType::Recurring)
            .confirmation_url("https://shop.example.com/thanks")
            .send()
            .await,
    );
    assert_eq!((error.status(), error.field()), (400, Some("code")));

    // A period of another package.
    let error = api_error(
        klarna
            .v2()
            .create_session()
            .code("adeprimo_weekend")
            .period_id("5e4bbd0e09c04c1f6498c57f")
            .confirmation_url("https://shop.example.com/thanks")
            .send()
            .await,
    );
    assert_eq!((error.status(), error.field()), (400, Some("period_id")));
    assert_eq!(error.code(), Some(&ErrorCode::InvalidParameter));
}

#[tokio::test]
async fn the_sandbox_enforces_the_one_of_rule_the_client_enforces_at_compile_time() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let token = sandbox_token(&sandbox, &[("grant_type", "none")]).await;
    let post = |body: Value| {
        let token = token.clone();
        let url = format!("{}{SESSION_V2}", sandbox.base_url());
        async move {
            let answer = support::http()
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .expect("answer");
            let status = answer.status().as_u16();
            (status, answer.json::<Value>().await.expect("JSON"))
        }
    };
    let base =
        json!({"code": "adeprimo_digital", "confirmation_url": "https://shop.example.com/thanks"});
    let with = |extra: Value| {
        let mut body = base.clone();
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            body.extend(extra.clone());
        }
        body
    };

    let (status, neither) = post(base.clone()).await;
    assert_eq!(status, 400);
    assert_eq!(neither["code"], "invalid_parameter");
    assert_eq!(neither["field"], "period_type");
    let message = neither["message"].as_str().expect("message");
    assert!(
        message.contains("`period_type`") && message.contains("`period_id`"),
        "{message}"
    );
    let (status, _) = post(with(json!({"period_type": null, "period_id": null}))).await;
    assert_eq!(status, 400, "null is absent");

    for either in [
        json!({"period_type": "recurring"}),
        json!({"period_id": "5e4bbd0e09c04c1f6498c57f"}),
        json!({"period_type": "limited", "period_id": "5e4bbd0e09c04c1f6498c57f"}),
    ] {
        let (status, answer) = post(with(either.clone())).await;
        assert_eq!(status, 200, "{either}: {answer}");
    }
}

#[tokio::test]
async fn paid_orders_take_the_fault_switch() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    // A token fetched beforehand, so that the fault hits the order and not the token request.
    let token = sandbox_token(&sandbox, &[("grant_type", "none")]).await;
    let order = |fault: &str| {
        let client = Client::with_config(
            Environment::custom(sandbox.base_url()).expect("url"),
            faulty(fault),
        )
        .expect("client")
        .with_auth(StaticToken::application(token.clone()));
        async move {
            client
                .klarna_payments()
                .v2()
                .place_order()
                .klarna_authorization_token("from the Klarna widget")
                .klarna_payments_session_id("5aba2ca36fc93613f8000012")
                .send()
                .await
        }
    };

    let error = api_error(order("status=503").await);
    assert_eq!(error.status(), 503);

    let before = sandbox.request_count(PLACE_ORDER_V2);
    let dropped = order("drop").await;
    assert!(
        matches!(dropped, Err(Error::OutcomeUnknown(_))),
        "{dropped:?}"
    );
    assert_eq!(
        sandbox.request_count(PLACE_ORDER_V2) - before,
        1,
        "an order that may have arrived is never resent"
    );
}
