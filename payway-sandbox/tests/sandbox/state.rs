//! What the sandbox remembers: sessions, accounts and orders, also under concurrent requests.

use payway_client::klarna_payments::v2::place_trial_order::{
    AccountStatus, CustomUrls, CustomerInfo, PlaceTrialOrderResponse,
};
use payway_client::{ApplicationAuth, Client, Error};
use serde_json::{Value, json};

use crate::support::*;

async fn place_trial_order(
    client: &Client<ApplicationAuth>,
    session_id: &str,
    authorization: &str,
    email: &str,
) -> Result<PlaceTrialOrderResponse, Error> {
    client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email(email).build())
        .klarna_authorization_token(authorization)
        .klarna_payments_session_id(session_id)
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .send()
        .await
}

#[tokio::test]
async fn create_session_answers_like_the_docs() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let id = &session.klarna_payments_session_id;
    assert_eq!(id.len(), 24);
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    assert!(!session.klarna_client_token.is_empty());
    let identifiers: Vec<&str> = session
        .payment_method_categories
        .iter()
        .map(|c| c.identifier.as_str())
        .collect();
    assert_eq!(identifiers, ["direct_debit", "pay_later"]);
    let other = create_session(&customer, Some(PERIOD_ID)).await;
    assert_ne!(other.klarna_payments_session_id, *id);
}

#[tokio::test]
async fn a_trial_order_creates_the_account_then_knows_it() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "someone@example.com");
    let app = app_client(&sandbox);
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let first = place_trial_order(
        &app,
        &session.klarna_payments_session_id,
        &approve(&sandbox, &session),
        "payway@adeprimo.se",
    )
    .await
    .expect("first order");
    assert_eq!(first.account_status, AccountStatus::Created);
    assert_eq!(first.account_id.len(), 24);
    assert!(
        first.pw_order_id.starts_with("ORDER-"),
        "{}",
        first.pw_order_id
    );
    assert_eq!(first.klarna_order_id.len(), 36);
    assert!(
        first
            .redirect_url
            .as_str()
            .starts_with("https://confirmation_url.com/?pw_order_id=ORDER-"),
        "{}",
        first.redirect_url
    );

    // The same email (in another case) is the same account.
    let second = place_trial_order(
        &app,
        &session.klarna_payments_session_id,
        &approve(&sandbox, &session),
        "Payway@Adeprimo.se",
    )
    .await
    .expect("second order");
    assert_eq!(second.account_status, AccountStatus::Known);
    assert_eq!(second.account_id, first.account_id);
    assert_ne!(second.pw_order_id, first.pw_order_id);

    // The customer who logged in to create the session has an account too.
    let third = place_trial_order(
        &app,
        &session.klarna_payments_session_id,
        &approve(&sandbox, &session),
        "someone@example.com",
    )
    .await
    .expect("third order");
    assert_eq!(third.account_status, AccountStatus::Known);
}

#[tokio::test]
async fn trial_orders_need_a_live_session_with_a_period_id() {
    let sandbox = sandbox().await;
    let app = app_client(&sandbox);
    let error = api_error(
        place_trial_order(&app, "5aba2ca36fc93613f8000012", "t", "payway@adeprimo.se").await,
    );
    assert_eq!(error.status(), 400);
    assert_eq!(
        error.code(),
        Some(&payway_client::ErrorCode::InvalidParameter)
    );
    assert_eq!(error.field(), Some("klarna_payments_session_id"));

    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let without_period = create_session(&customer, None).await;
    let error = api_error(
        place_trial_order(
            &app,
            &without_period.klarna_payments_session_id,
            &approve(&sandbox, &without_period),
            "payway@adeprimo.se",
        )
        .await,
    );
    assert_eq!(error.field(), Some("klarna_payments_session_id"));
    assert!(error.message().contains("period_id"), "{}", error.message());
}

#[tokio::test]
async fn return_url_overrides_the_confirmation_page() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let order = app_client(&sandbox)
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
        .klarna_authorization_token(approve(&sandbox, &session))
        .klarna_payments_session_id(session.klarna_payments_session_id)
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .custom_urls(
            CustomUrls::builder()
                .return_url("https://shop.example.com/thanks?x=1")
                .build(),
        )
        .send()
        .await
        .expect("order");
    assert!(
        order
            .redirect_url
            .as_str()
            .starts_with("https://shop.example.com/thanks?x=1&pw_order_id=ORDER-"),
        "{}",
        order.redirect_url
    );
}

#[tokio::test]
async fn tickets_from_the_admin_route_create_accounts() {
    let sandbox = sandbox().await;
    let (status, first) = send_json(
        &sandbox,
        reqwest::Method::POST,
        "/sandbox/tickets",
        None,
        Some(&json!({"email": "payway@adeprimo.se"})),
    )
    .await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["account_status"], "created");
    assert!(first["ticket"].is_string());
    let (_, second) = send_json(
        &sandbox,
        reqwest::Method::POST,
        "/sandbox/tickets",
        None,
        Some(&json!({"email": "payway@adeprimo.se"})),
    )
    .await;
    assert_eq!(second["account_status"], "known");
    assert_eq!(second["account_id"], first["account_id"]);
    assert_ne!(second["ticket"], first["ticket"]);

    let (status, refusal) = send_json(
        &sandbox,
        reqwest::Method::POST,
        "/sandbox/tickets",
        None,
        Some(&json!({"email": "nope"})),
    )
    .await;
    assert_eq!((status, refusal["field"].as_str()), (400, Some("email")));
    assert!(sandbox.issue_ticket("nope").is_err());

    let session = create_session(
        &identity_client(&sandbox, "other@example.com"),
        Some(PERIOD_ID),
    )
    .await;
    let order = place_trial_order(
        &app_client(&sandbox),
        &session.klarna_payments_session_id,
        &approve(&sandbox, &session),
        "payway@adeprimo.se",
    )
    .await
    .expect("order");
    assert_eq!(order.account_status, AccountStatus::Known);
    assert_eq!(Value::String(order.account_id), first["account_id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_are_served_consistently() {
    let sandbox = sandbox().await;
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let app = app_client(&sandbox);
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..40 {
        let app = app.clone();
        let customer = customer.clone();
        let session_id = session.klarna_payments_session_id.clone();
        let authorization = approve(&sandbox, &session);
        tasks.spawn(async move {
            // Half the orders are for one shared customer, half for customers of their own.
            let email = if i % 2 == 0 {
                "shared@example.com".to_string()
            } else {
                format!("c{i}@example.com")
            };
            let fresh = create_session(&customer, Some(PERIOD_ID)).await;
            let order = place_trial_order(&app, &session_id, &authorization, &email)
                .await
                .expect("order");
            (email, order, fresh.klarna_payments_session_id)
        });
    }
    let mut orders = std::collections::HashSet::new();
    let mut sessions = std::collections::HashSet::new();
    let mut shared_created = 0;
    let mut shared_accounts = std::collections::HashSet::new();
    while let Some(joined) = tasks.join_next().await {
        let (email, order, session_id) = joined.expect("task");
        assert!(
            orders.insert(order.pw_order_id.clone()),
            "order ids are unique"
        );
        assert!(sessions.insert(session_id), "session ids are unique");
        if email == "shared@example.com" {
            shared_accounts.insert(order.account_id.clone());
            if order.account_status == AccountStatus::Created {
                shared_created += 1;
            }
        } else {
            assert_eq!(order.account_status, AccountStatus::Created);
        }
    }
    assert_eq!(shared_created, 1, "one request created the shared account");
    assert_eq!(shared_accounts.len(), 1);
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 40);
    assert_eq!(sandbox.request_count(CREATE_SESSION), 41);
}

#[tokio::test]
async fn an_expired_session_takes_no_orders() {
    let sandbox = payway_sandbox::Sandbox::builder()
        .session_lifetime(std::time::Duration::from_millis(200))
        .spawn()
        .await
        .expect("sandbox");
    let customer = identity_client(&sandbox, "payway@adeprimo.se");
    let session = create_session(&customer, Some(PERIOD_ID)).await;
    let authorization = approve(&sandbox, &session);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let error = api_error(
        place_trial_order(
            &app_client(&sandbox),
            &session.klarna_payments_session_id,
            &authorization,
            "payway@adeprimo.se",
        )
        .await,
    );
    assert_eq!(error.field(), Some("klarna_payments_session_id"));
    assert!(error.message().contains("expired"), "{}", error.message());
}

#[tokio::test]
async fn connections_accepted_counts_tcp_connections_not_requests() {
    let sandbox = sandbox().await;
    assert_eq!(sandbox.connections_accepted(), 0);
    let url = format!("{}/sandbox/requests", sandbox.base_url());

    // One client, one request at a time: one connection, kept alive.
    let pooled = crate::support::http();
    for _ in 0..3 {
        let response = pooled.get(&url).send().await.expect("request");
        assert_eq!(response.status(), 200);
        // Read to the end, so the connection goes back to the pool.
        response.text().await.expect("body");
    }
    assert_eq!(sandbox.connections_accepted(), 1);

    // A client that keeps no idle connection opens one per request.
    let unpooled = crate::support::http_builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client");
    for _ in 0..3 {
        let response = unpooled.get(&url).send().await.expect("request");
        assert_eq!(response.status(), 200);
        response.text().await.expect("body");
    }
    assert_eq!(sandbox.connections_accepted(), 4);
}

#[tokio::test]
async fn active_products_are_what_the_customers_orders_bought() {
    use payway_client::{IdentityAuth, scopes};
    let sandbox = sandbox().await;
    let ticket = sandbox.issue_ticket("owner@example.com").expect("ticket");
    let customer = client(&sandbox).with_auth(IdentityAuth::from_ticket(
        credentials(&sandbox),
        ticket,
        [scopes::KLARNA_PAYMENTS_W, scopes::ME_W],
    ));
    let owned = customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("active_products");
    assert!(owned.active_products.is_empty());
    assert_eq!(owned.id.len(), 24);

    let session = create_session(&customer, Some(PERIOD_ID)).await;
    customer
        .klarna_payments()
        .v1()
        .place_order()
        .klarna_authorization_token(approve(&sandbox, &session))
        .klarna_payments_session_id(session.klarna_payments_session_id.as_str())
        .send()
        .await
        .expect("place_order");
    // Someone else's order is not theirs.
    let other = create_session(&customer, Some(PERIOD_ID)).await;
    place_trial_order(
        &app_client(&sandbox),
        &other.klarna_payments_session_id,
        &approve(&sandbox, &other),
        "someone.else@example.com",
    )
    .await
    .expect("another customer's order");
    let owned = customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("active_products");
    assert_eq!(owned.active_products, ["adeprimo_digital"]);
}
