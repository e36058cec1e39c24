//! End to end: the generated client against the sandbox. The full purchase flow, then every
//! class of error the sandbox can produce, as the typed client error it must become.

mod support;

use std::time::Duration;

use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::klarna_payments::v2::place_trial_order::{
    AccountStatus, CustomerInfo, PlaceTrialOrderResponse,
};
use payway_client::{
    ApplicationAuth, Auth, Client, ClientConfig, Credentials, CustomerIdentity, Environment, Error,
    ErrorCode, IdentityAuth, StaticToken, TokenErrorKind, scopes,
};
use payway_sandbox::Sandbox;
use support::{
    documented_create_session, documented_trial_order, faulty, identity_token, sandbox_token,
};

const CREATE_SESSION: &str = payway_client::klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;

fn credentials(sandbox: &Sandbox) -> Credentials {
    Credentials::new(sandbox.client_id(), sandbox.client_secret())
}

fn client(sandbox: &Sandbox, config: ClientConfig) -> Client {
    Client::with_config(
        Environment::custom(sandbox.base_url()).expect("base URL"),
        config,
    )
    .expect("client")
}

fn app(sandbox: &Sandbox) -> Client<ApplicationAuth> {
    client(sandbox, ClientConfig::default()).with_auth(ApplicationAuth::new(
        credentials(sandbox),
        [scopes::KLARNA_PAYMENTS_W],
    ))
}

fn customer(sandbox: &Sandbox, email: &str) -> Client<IdentityAuth> {
    let ticket = sandbox.issue_ticket(email).expect("ticket");
    client(sandbox, ClientConfig::default()).with_auth(IdentityAuth::from_ticket(
        credentials(sandbox),
        ticket,
        [scopes::KLARNA_PAYMENTS_W],
    ))
}

async fn create_session<A>(client: &Client<A>) -> Result<CreateSessionResponse, Error>
where
    A: Auth<Identity = CustomerIdentity>,
{
    documented_create_session!(client)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .send()
        .await
}

async fn place_trial_order<A: Auth>(
    client: &Client<A>,
    session_id: &str,
    authorization: &str,
    email: &str,
) -> Result<PlaceTrialOrderResponse, Error> {
    documented_trial_order!(client)
        .customer_info(
            CustomerInfo::builder()
                .email(email)
                .first_name("Payway")
                .last_name("Adeprimo")
                .build(),
        )
        .klarna_payments_session_id(session_id)
        .klarna_authorization_token(authorization)
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        .send()
        .await
}

fn api_error<T: std::fmt::Debug>(result: Result<T, Error>) -> payway_client::ApiError {
    match result {
        Err(Error::Api(error)) => error,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

async fn token_holder(
    sandbox: &Sandbox,
    config: ClientConfig,
) -> Client<StaticToken<CustomerIdentity>> {
    client(sandbox, config).with_auth(StaticToken::with_identity(identity_token(sandbox).await))
}

#[tokio::test]
async fn the_trial_order_flow_runs_end_to_end() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let customer = customer(&sandbox, "customer@example.com");
    let app = app(&sandbox);

    let session = create_session(&customer).await.expect("create_session");
    assert_eq!(session.klarna_payments_session_id.len(), 24);
    assert_eq!(session.payment_method_categories.len(), 2);

    // What approving each purchase in the Klarna widget gives: one order each.
    let approve = || {
        sandbox
            .authorize_purchase(&session.klarna_client_token)
            .expect("a live session")
    };
    let first = place_trial_order(
        &app,
        &session.klarna_payments_session_id,
        &approve(),
        "payway@adeprimo.se",
    )
    .await
    .expect("first trial order");
    assert_eq!(first.account_status, AccountStatus::Created);
    let again = place_trial_order(
        &app,
        &session.klarna_payments_session_id,
        &approve(),
        "payway@adeprimo.se",
    )
    .await
    .expect("second trial order");
    assert_eq!(again.account_status, AccountStatus::Known);
    assert_eq!(again.account_id, first.account_id);

    // One token each: the client caches them.
    create_session(&customer).await.expect("another session");
    assert_eq!(sandbox.request_count(payway_client::TOKEN_PATH), 2);
    assert_eq!(sandbox.request_count(CREATE_SESSION), 2);
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 2);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn invalid_values_are_rejected_before_anything_is_sent() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let result = documented_trial_order!(app(&sandbox))
        .customer_info(CustomerInfo::builder().email("not an email").build())
        .browser_ip("999.0.0.1")
        .send()
        .await;
    let Err(Error::InvalidRequest(rejected)) = result else {
        panic!("expected Error::InvalidRequest, got {result:?}")
    };
    assert_eq!(rejected.endpoint(), "klarna_payments.v2.place_trial_order");
    let parameters: Vec<&str> = rejected.problems().iter().map(|p| p.parameter()).collect();
    assert_eq!(parameters, ["customer_info.email", "browser_ip"]);
    assert!(
        sandbox.request_counts().is_empty(),
        "nothing reached the sandbox"
    );
}

#[tokio::test]
async fn api_errors_carry_status_code_field_and_message() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");

    // 400 invalid_parameter with a field: an unknown session.
    let error = api_error(
        place_trial_order(
            &app(&sandbox),
            "5aba2ca36fc93613f8000012",
            "t",
            "payway@adeprimo.se",
        )
        .await,
    );
    assert_eq!(error.status(), 400);
    assert_eq!(error.code(), Some(&ErrorCode::InvalidParameter));
    assert_eq!(error.field(), Some("klarna_payments_session_id"));
    assert!(!error.message().is_empty());
    assert_eq!(error.endpoint(), "klarna_payments.v2.place_trial_order");

    // 401 invalid_token: a token the sandbox never issued.
    let stranger = client(&sandbox, ClientConfig::default())
        .with_auth(StaticToken::with_identity("at_made_up"));
    let error = api_error(create_session(&stranger).await);
    assert_eq!(error.status(), 401);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("invalid_token".into()))
    );

    // An authentication that never asks for the endpoint's scope: refused before sending.
    let orders_before = sandbox.request_count(PLACE_TRIAL_ORDER);
    let tokens_before = sandbox.request_count(payway_client::TOKEN_PATH);
    let unscoped = client(&sandbox, ClientConfig::default()).with_auth(ApplicationAuth::new(
        credentials(&sandbox),
        Vec::<&str>::new(),
    ));
    match place_trial_order(&unscoped, "s", "t", "payway@adeprimo.se").await {
        Err(Error::Scope(missing)) => {
            assert_eq!(missing.scope(), scopes::KLARNA_PAYMENTS_W);
            assert!(missing.to_string().contains(scopes::KLARNA_PAYMENTS_W));
        }
        other => panic!("expected Error::Scope, got {other:?}"),
    }
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), orders_before);
    assert_eq!(
        sandbox.request_count(payway_client::TOKEN_PATH),
        tokens_before
    );

    // 403 insufficient_scope: a token without the endpoint's scope, which a static token
    // cannot know, so the API says it.
    let form = [
        ("grant_type", "none"),
        ("client_id", sandbox.client_id()),
        ("client_secret", sandbox.client_secret()),
    ];
    let answer: serde_json::Value = support::http()
        .post(format!(
            "{}{}",
            sandbox.base_url(),
            payway_client::TOKEN_PATH
        ))
        .form(&form)
        .send()
        .await
        .expect("token request")
        .json()
        .await
        .expect("token answer");
    let token = answer["access_token"]
        .as_str()
        .expect("a token")
        .to_string();
    let unscoped =
        client(&sandbox, ClientConfig::default()).with_auth(StaticToken::application(token));
    let error = api_error(place_trial_order(&unscoped, "s", "t", "payway@adeprimo.se").await);
    assert_eq!(error.status(), 403);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("insufficient_scope".into()))
    );
    assert_eq!(
        error.details().get("scope").and_then(|s| s.as_str()),
        Some(scopes::KLARNA_PAYMENTS_W)
    );

    // 404 not_found: a base URL with a path the API does not have.
    let lost =
        Client::new(Environment::custom(&format!("{}/nowhere", sandbox.base_url())).expect("URL"))
            .expect("client")
            .with_auth(StaticToken::with_identity("at_made_up"));
    let error = api_error(create_session(&lost).await);
    assert_eq!(
        (error.status(), error.code()),
        (404, Some(&ErrorCode::NotFound))
    );

    // 500 and 503 from the fault switch.
    let error =
        api_error(create_session(&token_holder(&sandbox, faulty("status=500")).await).await);
    assert_eq!(
        (error.status(), error.code()),
        (500, Some(&ErrorCode::InternalServerError))
    );
    let error = api_error(
        create_session(&token_holder(&sandbox, faulty("status=503; retry-after=3")).await).await,
    );
    assert_eq!(error.status(), 503);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("service_unavailable".into()))
    );
}

#[tokio::test]
async fn an_application_token_on_an_identity_endpoint_is_403() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    // The client does not compile such a call; a static token that claims an identity gets it
    // to the sandbox, which refuses it.
    let token = sandbox_token(&sandbox, &[("grant_type", "none")]).await;
    let pretending =
        client(&sandbox, ClientConfig::default()).with_auth(StaticToken::with_identity(token));
    let error = api_error(create_session(&pretending).await);
    assert_eq!(error.status(), 403);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("identity_required".into()))
    );
}

#[tokio::test]
async fn token_errors_say_what_the_token_endpoint_refused() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");

    let wrong = client(&sandbox, ClientConfig::default()).with_auth(ApplicationAuth::new(
        Credentials::new(sandbox.client_id(), "not the secret"),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = place_trial_order(&wrong, "s", "t", "payway@adeprimo.se").await;
    let Err(Error::Token(error)) = result else {
        panic!("expected Error::Token, got {result:?}")
    };
    assert_eq!(error.kind(), &TokenErrorKind::Rejected);
    assert_eq!(
        (error.status(), error.error()),
        (Some(401), Some("invalid_client"))
    );
    assert!(error.description().is_some());

    let ticket = sandbox.issue_ticket("payway@adeprimo.se").expect("ticket");
    let first = client(&sandbox, ClientConfig::default()).with_auth(IdentityAuth::from_ticket(
        credentials(&sandbox),
        ticket.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    create_session(&first).await.expect("the ticket works once");
    let second = client(&sandbox, ClientConfig::default()).with_auth(IdentityAuth::from_ticket(
        credentials(&sandbox),
        ticket,
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = create_session(&second).await;
    let Err(Error::Token(error)) = result else {
        panic!("expected Error::Token, got {result:?}")
    };
    assert_eq!(
        (error.status(), error.error()),
        (Some(400), Some("invalid_grant"))
    );

    let garbled = client(&sandbox, faulty("malformed")).with_auth(ApplicationAuth::new(
        credentials(&sandbox),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    let result = place_trial_order(&garbled, "s", "t", "payway@adeprimo.se").await;
    let Err(Error::Token(error)) = result else {
        panic!("expected Error::Token, got {result:?}")
    };
    assert_eq!(error.kind(), &TokenErrorKind::Malformed);

    // A refresh token used up behind the client's back: the renewal is refused.
    let sandbox = Sandbox::builder()
        .token_lifetime(Duration::from_secs(1))
        .spawn()
        .await
        .expect("sandbox");
    let customer = customer(&sandbox, "payway@adeprimo.se");
    create_session(&customer).await.expect("session");
    let refresh = customer
        .connection()
        .auth()
        .refresh_token()
        .await
        .expect("refresh token");
    let stolen = support::http()
        .post(format!(
            "{}{}",
            sandbox.base_url(),
            payway_client::TOKEN_PATH
        ))
        .form(&[
            ("grant_type", "refresh_token"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("refresh_token", refresh.expose()),
        ])
        .send()
        .await
        .expect("token request");
    assert_eq!(stolen.status(), 200);
    tokio::time::sleep(Duration::from_millis(600)).await;
    let result = create_session(&customer).await;
    let Err(Error::Token(error)) = result else {
        panic!("expected Error::Token, got {result:?}")
    };
    assert_eq!(
        (error.status(), error.error()),
        (Some(400), Some("invalid_grant"))
    );
}

#[tokio::test]
async fn undecodable_answers_are_decode_errors() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let cases = [("malformed", 200, "{\"item\""), ("html", 502, "<html>")];
    for (fault, status, start) in cases {
        let result = create_session(&token_holder(&sandbox, faulty(fault)).await).await;
        let Err(Error::Decode(error)) = result else {
            panic!("{fault}: expected Error::Decode, got {result:?}")
        };
        assert_eq!(error.status(), status, "{fault}");
        assert!(
            error.excerpt().starts_with(start),
            "{fault}: {}",
            error.excerpt()
        );
        assert_eq!(error.endpoint(), "klarna_payments.v1.create_session");
    }
    let holder = token_holder(&sandbox, faulty("huge=300000").max_response_bytes(100_000)).await;
    let result = create_session(&holder).await;
    let Err(Error::Decode(error)) = result else {
        panic!("expected Error::Decode, got {result:?}")
    };
    assert!(error.reason().contains("larger"), "{}", error.reason());
}

#[tokio::test]
async fn slow_answers_time_out() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let config = faulty("delay=3000").timeout(Duration::from_millis(200));
    let result = create_session(&token_holder(&sandbox, config).await).await;
    let Err(Error::Timeout(error)) = result else {
        panic!("expected Error::Timeout, got {result:?}")
    };
    assert_eq!(error.timeout(), Duration::from_millis(200));
    assert_eq!(error.endpoint(), "klarna_payments.v1.create_session");
}

#[tokio::test]
async fn dropped_connections_and_a_stopped_server_are_transport_errors() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let before = sandbox.request_count(CREATE_SESSION);
    let result = create_session(&token_holder(&sandbox, faulty("drop")).await).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected Error::Transport, got {result:?}")
    };
    assert!(
        !error.is_connect(),
        "the request was sent, the answer never came"
    );
    // create_session is safe to retry: the default policy sends it once and retries twice.
    assert_eq!(
        sandbox.request_count(CREATE_SESSION),
        before + 3,
        "sent once, retried twice"
    );

    let holder = token_holder(&sandbox, ClientConfig::default()).await;
    sandbox.shutdown().await;
    let result = create_session(&holder).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected Error::Transport, got {result:?}")
    };
    assert!(error.is_connect(), "nothing listens any more");
}
