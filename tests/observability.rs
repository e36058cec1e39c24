//! What a call tells `tracing`: one span per call (endpoint, method, path, attempts, final
//! status), one per attempt (attempt number, status, duration, whether it will be retried and
//! why), an event per attempt with the same fields, and the final failure at WARN, none of it
//! holding personal data. A capturing subscriber records every span and event with its fields.

mod support;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
use payway_client::*;
use serde_json::json;
use support::{Answer, TestServer, documented_create_session};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

const CREATE_SESSION: &str = klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str = klarna_payments::v2::place_trial_order::ENDPOINT.path;

/// A span or an event as captured: its name (an event's message), level and fields.
#[derive(Debug, Clone, Default)]
struct Captured {
    name: String,
    level: String,
    fields: BTreeMap<String, String>,
    /// For events: the name of the span it belongs to.
    parent: Option<String>,
}

#[derive(Clone, Default)]
struct Capture {
    spans: Arc<Mutex<Vec<Captured>>>,
    events: Arc<Mutex<Vec<Captured>>>,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

/// The index of a span in `Capture::spans`, kept in the span's extensions.
struct Index(usize);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut captured = Captured {
            name: attrs.metadata().name().to_string(),
            level: attrs.metadata().level().to_string(),
            ..Captured::default()
        };
        attrs.record(&mut Fields(&mut captured.fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push(captured);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Index(spans.len() - 1));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id)
            && let Some(Index(i)) = span.extensions().get::<Index>()
        {
            values.record(&mut Fields(&mut self.spans.lock().unwrap()[*i].fields));
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut captured = Captured {
            level: event.metadata().level().to_string(),
            parent: ctx.event_span(event).map(|s| s.name().to_string()),
            ..Captured::default()
        };
        event.record(&mut Fields(&mut captured.fields));
        captured.name = captured.fields.remove("message").unwrap_or_default();
        self.events.lock().unwrap().push(captured);
    }
}

impl Capture {
    fn spans(&self, name: &str) -> Vec<Captured> {
        self.spans
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.name == name)
            .cloned()
            .collect()
    }

    fn events(&self, name: &str) -> Vec<Captured> {
        self.events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e.name == name)
            .cloned()
            .collect()
    }

    fn everything(&self) -> String {
        format!(
            "{:?}\n{:?}",
            self.spans.lock().unwrap(),
            self.events.lock().unwrap()
        )
    }
}

fn field<'a>(captured: &'a Captured, name: &str) -> &'a str {
    captured
        .fields
        .get(name)
        .map(String::as_str)
        .unwrap_or_else(|| panic!("{} has no field {name}: {captured:?}", captured.name))
}

fn quick() -> ClientConfig {
    ClientConfig::default().retry(
        RetryPolicy::default()
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(2)),
    )
}

#[tokio::test]
async fn a_retried_call_has_a_span_per_attempt_with_status_duration_and_why() {
    let server = TestServer::start().await;
    server.answer_once(
        CREATE_SESSION,
        Answer::json(503, json!({"message": "busy"})),
    );
    server.answer(
        CREATE_SESSION,
        Answer::item(json!({
            "klarna_payments_session_id": "ks-1",
            "klarna_client_token": "kct",
            "payment_method_categories": []
        })),
    );
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    let client = Client::with_config(Environment::custom(&server.url()).unwrap(), quick())
        .unwrap()
        .with_auth(StaticToken::with_identity("t"));
    documented_create_session!(client)
        .send()
        .await
        .expect("second attempt");

    let calls = capture.spans("payway.call");
    assert_eq!(calls.len(), 1);
    assert_eq!(
        field(&calls[0], "endpoint"),
        "klarna_payments.v1.create_session"
    );
    assert_eq!(field(&calls[0], "path"), CREATE_SESSION);
    assert_eq!(field(&calls[0], "attempts"), "2");
    assert_eq!(field(&calls[0], "status"), "200");

    let attempts = capture.spans("payway.attempt");
    assert_eq!(attempts.len(), 2);
    let expected = [
        ("1", "503", "true", Some("503 service unavailable")),
        ("2", "200", "false", None),
    ];
    for (attempt, (number, status, will_retry, reason)) in attempts.iter().zip(expected) {
        assert_eq!(field(attempt, "attempt"), number);
        assert_eq!(field(attempt, "status"), status);
        assert_eq!(field(attempt, "will_retry"), will_retry);
        assert_eq!(
            attempt.fields.get("retry_reason").map(String::as_str),
            reason
        );
        field(attempt, "duration_ms")
            .parse::<u64>()
            .expect("a duration");
    }
    let events = capture.events("attempt finished");
    assert_eq!(events.len(), 2);
    assert!(
        events
            .iter()
            .all(|e| e.parent.as_deref() == Some("payway.attempt"))
    );
    assert_eq!(field(&events[0], "retry_reason"), "503 service unavailable");
    assert!(!events[1].fields.contains_key("retry_reason"), "{events:?}");
    // A call that succeeds logs nothing at WARN.
    assert!(capture.events("call failed").is_empty());
}

#[tokio::test]
async fn a_final_failure_is_logged_at_warn_without_personal_data() {
    const FIRST_NAME: &str = "Firstname-LEAKCHECK-obs";
    const EMAIL: &str = "obs-leakcheck@example.com";
    const USER_AGENT: &str = "UserAgent-LEAKCHECK-obs";
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(
            400,
            json!({"code": "invalid_parameter", "message": format!("{FIRST_NAME} <{EMAIL}> is refused")}),
        ),
    );
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    let client = Client::new(Environment::custom(&server.url()).unwrap())
        .unwrap()
        .with_auth(StaticToken::application("t"));
    let error = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email(EMAIL)
                .first_name(FIRST_NAME)
                .build(),
        )
        .klarna_authorization_token("kat")
        .klarna_payments_session_id("ks-1")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .send()
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Api(_)));

    let failures = capture.events("call failed");
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].level, Level::WARN.to_string());
    assert_eq!(failures[0].parent.as_deref(), Some("payway.call"));
    assert!(
        field(&failures[0], "error").contains("HTTP 400"),
        "{failures:?}"
    );
    let attempts = capture.spans("payway.attempt");
    assert_eq!(attempts.len(), 1);
    assert_eq!(field(&attempts[0], "will_retry"), "false");
    let everything = capture.everything();
    for value in [FIRST_NAME, EMAIL, USER_AGENT, "81.208.13.50", "kat"] {
        assert!(!everything.contains(value), "{value} in:\n{everything}");
    }
}
