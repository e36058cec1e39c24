//! The fault switch, seen through the client: each fault becomes the client error it should.

use std::time::Duration;

use payway_client::klarna_payments::v1::create_session::CreateSessionResponse;
use payway_client::{
    ApplicationAuth, ClientConfig, CustomerIdentity, Error, ErrorCode, RetryPolicy, StaticToken,
    TokenErrorKind, scopes,
};
use payway_sandbox::Sandbox;

use crate::support::*;

async fn session_with_fault(
    sandbox: &Sandbox,
    fault: &str,
    config: ClientConfig,
) -> Result<CreateSessionResponse, Error> {
    let token = identity_token(sandbox, "payway@adeprimo.se").await;
    let client: payway_client::Client<StaticToken<CustomerIdentity>> =
        faulty_client(sandbox, fault, &token, config);
    client
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
        .confirmation_url("https://example.com/done")
        .send()
        .await
}

#[tokio::test]
async fn a_short_delay_answers_normally_and_a_long_one_times_out() {
    let sandbox = sandbox().await;
    let started = std::time::Instant::now();
    session_with_fault(&sandbox, "delay=150", ClientConfig::default())
        .await
        .expect("answered after the delay");
    assert!(started.elapsed() >= Duration::from_millis(150));

    let config = ClientConfig::default().timeout(Duration::from_millis(100));
    let result = session_with_fault(&sandbox, "delay=2000", config).await;
    let Err(Error::Timeout(timeout)) = result else {
        panic!("expected a timeout, got {result:?}")
    };
    assert_eq!(timeout.timeout(), Duration::from_millis(100));
    assert_eq!(timeout.endpoint(), "klarna_payments.v1.create_session");
}

#[tokio::test]
async fn status_faults_are_api_errors_with_retry_after() {
    let sandbox = sandbox().await;
    let error = api_error(
        session_with_fault(
            &sandbox,
            "status=503; retry-after=7",
            ClientConfig::default(),
        )
        .await,
    );
    assert_eq!(error.status(), 503);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("service_unavailable".into()))
    );
    assert!(!error.message().is_empty());

    let error =
        api_error(session_with_fault(&sandbox, "status=500", ClientConfig::default()).await);
    assert_eq!(
        (error.status(), error.code()),
        (500, Some(&ErrorCode::InternalServerError))
    );

    let token = identity_token(&sandbox, "payway@adeprimo.se").await;
    let response = http_with_fault("status=429; retry-after=7")
        .post(format!("{}{CREATE_SESSION}", sandbox.base_url()))
        .bearer_auth(token)
        .json(&session_body())
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "7");
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], "too_many_requests");
}

#[tokio::test]
async fn drop_closes_the_connection_after_one_request() {
    let sandbox = sandbox().await;
    // create_session is safe to retry, so the client would resend it: retries off here, to
    // see the fault itself (retries are tested in the root package's tests/retries.rs).
    let no_retry = ClientConfig::default().retry(RetryPolicy::none());
    let result = session_with_fault(&sandbox, "drop", no_retry).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected a transport error, got {result:?}")
    };
    assert!(!error.is_connect(), "the request reached the server");
    assert_eq!(error.endpoint(), "klarna_payments.v1.create_session");
    assert_eq!(
        sandbox.request_count(CREATE_SESSION),
        1,
        "seen once, not retried"
    );

    // The sandbox itself goes on serving.
    session_with_fault(&sandbox, "delay=0", ClientConfig::default())
        .await
        .expect("served after the drop");
}

#[tokio::test]
async fn malformed_html_and_huge_bodies_are_decode_errors() {
    let sandbox = sandbox().await;
    let result = session_with_fault(&sandbox, "malformed", ClientConfig::default()).await;
    let Err(Error::Decode(error)) = result else {
        panic!("expected a decode error, got {result:?}")
    };
    assert_eq!(error.status(), 200);
    assert!(
        error.excerpt().starts_with("{\"item\""),
        "{}",
        error.excerpt()
    );

    let result = session_with_fault(&sandbox, "html", ClientConfig::default()).await;
    let Err(Error::Decode(error)) = result else {
        panic!("expected a decode error, got {result:?}")
    };
    assert_eq!(error.status(), 502);
    assert!(
        error.excerpt().contains("502 Bad Gateway"),
        "{}",
        error.excerpt()
    );

    let config = ClientConfig::default().max_response_bytes(1024);
    let result = session_with_fault(&sandbox, "huge=5000", config).await;
    let Err(Error::Decode(error)) = result else {
        panic!("expected a decode error, got {result:?}")
    };
    assert_eq!(error.status(), 200);
    assert!(error.reason().contains("larger"), "{}", error.reason());

    let response = http_with_fault("huge=5000")
        .post(format!("{}{CREATE_SESSION}", sandbox.base_url()))
        .send()
        .await
        .expect("request");
    assert_eq!(response.bytes().await.expect("body").len(), 5000);
}

#[tokio::test]
async fn faults_of_the_token_endpoint_are_token_or_transport_errors() {
    let sandbox = sandbox().await;
    let app = |fault: &str| {
        client_with(
            &sandbox,
            ClientConfig::default().http_client(http_builder_with_fault(fault)),
        )
        .with_auth(ApplicationAuth::new(
            credentials(&sandbox),
            [scopes::KLARNA_PAYMENTS_W],
        ))
    };
    let place = |client: payway_client::Client<ApplicationAuth>| async move {
        client
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
            .await
    };
    let result = place(app("status=503; retry-after=1")).await;
    let Err(Error::Token(error)) = result else {
        panic!("expected a token error, got {result:?}")
    };
    assert_eq!(
        (error.kind(), error.status()),
        (&TokenErrorKind::Rejected, Some(503))
    );
    assert_eq!(error.error(), Some("temporarily_unavailable"));

    let result = place(app("malformed")).await;
    let Err(Error::Token(error)) = result else {
        panic!("expected a token error, got {result:?}")
    };
    assert_eq!(error.kind(), &TokenErrorKind::Malformed);

    let result = place(app("drop")).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected a transport error, got {result:?}")
    };
    assert_eq!(error.endpoint(), "token");
    assert_eq!(sandbox.request_count(PLACE_TRIAL_ORDER), 0);
    assert_eq!(sandbox.request_count(TOKEN_PATH), 3);
}

#[tokio::test]
async fn an_unreadable_fault_header_is_refused() {
    let sandbox = sandbox().await;
    let response = http_with_fault("explode")
        .post(format!("{}{CREATE_SESSION}", sandbox.base_url()))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(body["code"], "invalid_fault");
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("explode"))
    );
}

#[tokio::test]
async fn request_counts_are_served_and_exclude_the_sandbox_routes() {
    let sandbox = sandbox().await;
    let no_retry = || ClientConfig::default().retry(RetryPolicy::none());
    let _ = session_with_fault(&sandbox, "status=500", no_retry()).await;
    let _ = session_with_fault(&sandbox, "html", no_retry()).await;
    let (status, counts) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/sandbox/requests",
        None,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(counts["requests"][CREATE_SESSION], 2);
    assert_eq!(counts["requests"][TOKEN_PATH], 2);
    assert!(
        counts["requests"].get("/sandbox/tickets").is_none(),
        "{counts}"
    );
    assert_eq!(sandbox.request_counts().len(), 2);
}

#[tokio::test]
async fn drop_early_closes_the_connection_before_reading_the_body() {
    let sandbox = sandbox().await;
    let no_retry = ClientConfig::default().retry(RetryPolicy::none());
    let result = session_with_fault(&sandbox, "drop-early", no_retry).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected a transport error, got {result:?}")
    };
    assert!(!error.is_connect(), "the request reached the server");
    assert_eq!(sandbox.request_count(CREATE_SESSION), 1);

    // Nothing comes back on the wire: no status line, the connection just closes.
    let token = identity_token(&sandbox, "payway@adeprimo.se").await;
    let body = serde_json::to_string(&session_body()).expect("JSON");
    let answer = raw_exchange(&sandbox, "drop-early", &token, &body).await;
    assert!(answer.is_empty(), "{:?}", String::from_utf8_lossy(&answer));
    session_with_fault(&sandbox, "delay=0", ClientConfig::default())
        .await
        .expect("served after the drop");
}

#[tokio::test]
async fn short_body_sends_half_the_announced_body_then_closes() {
    let sandbox = sandbox().await;
    let token = identity_token(&sandbox, "payway@adeprimo.se").await;
    let body = serde_json::to_string(&session_body()).expect("JSON");
    let answer = raw_exchange(&sandbox, "short-body", &token, &body).await;
    let text = String::from_utf8_lossy(&answer);
    let (head, sent) = text.split_once("\r\n\r\n").expect("a head, then a body");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let announced: usize = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_string)
        })
        .expect("a Content-Length")
        .parse()
        .expect("a number");
    assert!(announced > 20, "{head}");
    assert_eq!(sent.len(), announced / 2, "{sent}");
    assert!(sent.starts_with("{\"item\""), "{sent}");

    // Through the client: the answer broke off, a transport error (or a timeout), not a decode
    // error of the half body.
    let no_retry = ClientConfig::default().retry(RetryPolicy::none());
    let result = session_with_fault(&sandbox, "short-body", no_retry).await;
    let Err(Error::Transport(error)) = result else {
        panic!("expected a transport error, got {result:?}")
    };
    assert!(!error.is_connect());
}

/// Sends one create_session request with `fault` over a raw TCP connection and returns
/// everything the sandbox sent back until it closed the connection.
async fn raw_exchange(sandbox: &Sandbox, fault: &str, token: &str, body: &str) -> Vec<u8> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(sandbox.local_addr())
        .await
        .expect("connect");
    let request = format!(
        "POST {CREATE_SESSION} HTTP/1.1\r\nhost: sandbox\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\nx-sandbox-fault: {fault}\r\n\
         \r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .expect("write the request");
    let mut answer = Vec::new();
    // A reset instead of an orderly close is also a close: what came before it is kept.
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer))
        .await
        .expect("the sandbox closes the connection");
    answer
}

/// A trial order through raw requests carrying `fault`: the status of its answer, if any.
async fn raw_trial_order(sandbox: &Sandbox, fault: &str, email: &str) -> Option<u16> {
    let token = app_token(sandbox, scopes::KLARNA_PAYMENTS_W).await;
    let session = identity_client(sandbox, "shop@example.com");
    let session = create_session(&session, Some(PERIOD_ID)).await;
    let authorization = approve(sandbox, &session);
    http_with_fault(fault)
        .post(format!("{}{PLACE_TRIAL_ORDER}", sandbox.base_url()))
        .bearer_auth(token)
        .json(&trial_order_body(
            &session.klarna_payments_session_id,
            &authorization,
            email,
        ))
        .send()
        .await
        .ok()
        .map(|response| response.status().as_u16())
}

#[tokio::test]
async fn processed_places_the_order_then_answers_with_the_fault() {
    let sandbox = sandbox().await;
    assert_eq!(
        raw_trial_order(&sandbox, "html=504", "lost@example.com").await,
        Some(504)
    );
    assert!(sandbox.orders().is_empty(), "a fault alone places nothing");
    for (fault, status) in [
        ("processed; html=504", Some(504)),
        ("processed; drop", None),
    ] {
        let email = format!("{}@example.com", status.unwrap_or(0));
        assert_eq!(raw_trial_order(&sandbox, fault, &email).await, status);
    }
    let orders = sandbox.orders();
    let emails: Vec<_> = orders.iter().map(|o| o.email.as_deref()).collect();
    assert_eq!(emails, [Some("504@example.com"), Some("0@example.com")]);
    assert!(orders.iter().all(|o| o.kind == "trial"));
    // The admin route says the same.
    let (status, listed) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/sandbox/orders",
        None,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(listed["orders"][0]["email"], "504@example.com");
    assert_eq!(
        listed["orders"][1]["pw_order_id"],
        orders[1].order_id.as_str()
    );
}
