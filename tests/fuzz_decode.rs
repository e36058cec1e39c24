//! Response decoding under arbitrary input: `decode_response` never panics, a 2xx answer either
//! decodes or is an `Error::Decode` with its status and a reason, and any other status is an
//! `Error::Api` or an `Error::Decode`, never a success.
//!
//! Inputs: arbitrary bytes, JSON-ish text (generated JSON values, token soup), and mutations
//! (byte edits and structural edits) of a seed corpus that holds the docs' example responses of
//! both endpoints. Bounded to 2,000 cases per property so it runs with every `cargo test`; set
//! `PROPTEST_CASES` for a longer run.

use std::fmt::Debug;

use payway_client::__private::serde::de::DeserializeOwned;
use payway_client::__private::{Item, decode_response};
use payway_client::Error;
use payway_client::klarna_payments::v1::create_session::{self, CreateSessionResponse};
use payway_client::klarna_payments::v2::place_trial_order::{
    self, AccountStatus, PlaceTrialOrderResponse,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{Map, Value};

const CREATE_SESSION: &str = create_session::ENDPOINT.name;
const PLACE_TRIAL_ORDER: &str = place_trial_order::ENDPOINT.name;

/// The docs' example response of v1 `create_session`, as published.
const CREATE_SESSION_DOC: &str = r#"{
"item": {
"klarna_payments_session_id": "5aba2ca36fc93613f8000012",
"klarna_client_token": "eyJhbGciOIJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjAwMDAwMDAwMDAtMDAwMDAtMDAwMC0wMDAwMDAwMC0wMDAwIiwidXJsIjoiaHR0cHM6Ly9jcmVkaXQtZXUua2xhcm5hLmNvbSJ9.A_rHWMSXQN2NRNGYTREBTkGwYwtm-sulkSDMvlJL87M",
"payment_method_categories": [
{
"identifier": "direct_debit",
"name": "Bankkonto",
"asset_urls": {
"descriptive": "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg",
"standard": "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg"
}
},
{
"identifier": "pay_later",
"name": "Få först. Betala sen.",
"asset_urls": {
"descriptive": "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg",
"standard": "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg"
}
}
]
}
}"#;

/// The docs' example response of v2 `place_trial_order`, as published.
const PLACE_TRIAL_ORDER_DOC: &str = r#"{
  "item": {
    "redirect_url": "http://url.to.klarna.se",
    "pw_order_id": "ORDER-123",
    "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
    "account_id": "6093a11609c04c0ad94a4b9b",
    "account_status": "created"
  }
}"#;

/// The trial order's example with an `account_status` the spec does not list.
const UNKNOWN_ACCOUNT_STATUS: &str = r#"{"item": {"redirect_url": "http://url.to.klarna.se", "pw_order_id": "ORDER-123", "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943", "account_id": "6093a11609c04c0ad94a4b9b", "account_status": "suspended"}}"#;

/// The trial order's example cut off mid-value.
const TRUNCATED: &str =
    r#"{"item": {"redirect_url": "http://url.to.klarna.se", "pw_order_id": "ORD"#;

/// What a proxy in front of the API answers when the API is down.
const HTML_ERROR_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// An error answer in the Payway convention.
const API_ERROR: &str = r#"{"code": "invalid_parameter", "field": "email", "message": "Parameter must match format email"}"#;

/// Small bodies that are valid JSON but none of the above.
const ODD_JSON: [&str; 8] = [
    "",
    "null",
    "{}",
    "[]",
    r#"{"item": null}"#,
    r#"{"items": []}"#,
    r#"{"item": {}}"#,
    r#"{"message": 42, "code": ["x"]}"#,
];

/// Every seed, for the mutation properties and the corpus test.
fn corpus() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = [
        CREATE_SESSION_DOC,
        PLACE_TRIAL_ORDER_DOC,
        UNKNOWN_ACCOUNT_STATUS,
        TRUNCATED,
        HTML_ERROR_PAGE,
        API_ERROR,
    ]
    .iter()
    .chain(ODD_JSON.iter())
    .map(|seed| seed.as_bytes().to_vec())
    .collect();
    // Nesting far past serde_json's recursion limit, in an ignored field and as the error body.
    let deep = format!(
        r#"{{"item": {{"ignored": {}{}}}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    seeds.push(deep.into_bytes());
    seeds.push("{\"a\":".repeat(5_000).into_bytes());
    seeds
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    ProptestConfig {
        cases,
        // Generated inputs are cheap and cases independent: no file of failures to keep.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Decodes `body` as an answer of `endpoint` with `status` and checks the outcome's shape.
/// Returns the decoded value of a success.
fn check<T: DeserializeOwned + Debug>(
    endpoint: &'static str,
    status: u16,
    body: &[u8],
) -> Result<Option<T>, TestCaseError> {
    let result = decode_response::<Item<T>>(endpoint, status, body);
    let success = (200..300).contains(&status);
    match result {
        Ok(value) => {
            prop_assert!(success, "HTTP {} decoded as a success: {:?}", status, value);
            Ok(Some(value))
        }
        Err(Error::Decode(error)) => {
            prop_assert_eq!(error.status(), status);
            prop_assert_eq!(error.endpoint(), endpoint);
            prop_assert!(
                !error.reason().is_empty(),
                "a decode error without a reason"
            );
            prop_assert!(
                error.excerpt().chars().count() <= 201,
                "{:?}",
                error.excerpt()
            );
            prop_assert!(!error.to_string().is_empty());
            Ok(None)
        }
        Err(Error::Api(error)) => {
            prop_assert!(!success, "HTTP {} gave an API error: {:?}", status, error);
            prop_assert_eq!(error.status(), status);
            prop_assert_eq!(error.endpoint(), endpoint);
            prop_assert!(!error.to_string().is_empty());
            Ok(None)
        }
        Err(other) => Err(TestCaseError::fail(format!(
            "HTTP {status}: expected Ok, Error::Api or Error::Decode, got {other:?}"
        ))),
    }
}

/// [`check`] for both endpoints' response types.
fn check_both(status: u16, body: &[u8]) -> Result<(), TestCaseError> {
    check::<CreateSessionResponse>(CREATE_SESSION, status, body)?;
    check::<PlaceTrialOrderResponse>(PLACE_TRIAL_ORDER, status, body)?;
    Ok(())
}

fn any_status() -> impl Strategy<Value = u16> {
    prop_oneof![200u16..300, 200u16..=599]
}

/// Keys that mean something to the decoders, and some that do not.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "item",
            "items",
            "message",
            "code",
            "field",
            "klarna_payments_session_id",
            "klarna_client_token",
            "payment_method_categories",
            "identifier",
            "name",
            "asset_urls",
            "descriptive",
            "standard",
            "redirect_url",
            "pw_order_id",
            "klarna_order_id",
            "account_id",
            "account_status",
        ])
        .prop_map(str::to_string),
        1 => ".{0,8}",
    ]
}

/// Strings that mean something to the decoders, and arbitrary ones.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(vec![
            "",
            "known",
            "created",
            "http://url.to.klarna.se",
            "https://x.klarnacdn.net/a.svg",
            "/relative",
            "not a url",
            "invalid_parameter",
            "not_found",
            "\u{0}",
            "\u{fffd}",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// Arbitrary JSON values, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// JSON-ish text: tokens of JSON in any order.
fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                ":",
                ",",
                "\"",
                "\"item\"",
                "\"items\"",
                "\"message\"",
                "\"code\"",
                "\"redirect_url\"",
                "\"account_status\"",
                "\"known\"",
                "null",
                "true",
                "false",
                "0",
                "-0",
                "1e999",
                "-1.5e-10",
                "18446744073709551616",
                "\\",
                "\\u",
                "\\ud800",
                "\\u0000",
                " ",
                "\n",
                "\u{feff}",
                "\u{fffd}",
            ])
            .prop_map(str::to_string),
            ".{0,4}",
        ],
        0..64,
    )
    .prop_map(|tokens| tokens.concat())
}

/// A byte-level edit of a body.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let at = any::<usize>();
    prop_oneof![
        (at, any::<u8>()).prop_map(|(a, b)| ByteEdit::Flip(a, b)),
        (
            at,
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(vec!["\"", "{", "}", ",", ":", "null", "\\", "]"])
                    .prop_map(|t| t.as_bytes().to_vec()),
            ]
        )
            .prop_map(|(a, bytes)| ByteEdit::Insert(a, bytes)),
        (at, 1usize..32).prop_map(|(a, n)| ByteEdit::Delete(a, n)),
        at.prop_map(ByteEdit::Truncate),
        (at, 1usize..32).prop_map(|(a, n)| ByteEdit::Duplicate(a, n)),
    ]
}

fn apply_bytes(mut body: Vec<u8>, edits: &[ByteEdit]) -> Vec<u8> {
    for edit in edits {
        let len = body.len();
        match edit {
            ByteEdit::Flip(at, byte) if len > 0 => body[at % len] = *byte,
            ByteEdit::Insert(at, bytes) => {
                let at = at % (len + 1);
                body.splice(at..at, bytes.iter().copied());
            }
            ByteEdit::Delete(at, n) if len > 0 => {
                let at = at % len;
                body.drain(at..(at + n).min(len));
            }
            ByteEdit::Truncate(at) => body.truncate(at % (len + 1)),
            ByteEdit::Duplicate(at, n) if len > 0 => {
                let at = at % len;
                let copy = body[at..(at + n).min(len)].to_vec();
                body.splice(at..at, copy);
            }
            _ => {}
        }
    }
    body
}

/// A structural edit of a JSON document: at the value with this index (in document order).
#[derive(Debug, Clone)]
enum JsonEdit {
    Remove(usize),
    Replace(usize, Value),
    AddField(usize, String, Value),
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        any::<usize>().prop_map(JsonEdit::Remove),
        (any::<usize>(), json()).prop_map(|(at, v)| JsonEdit::Replace(at, v)),
        (any::<usize>(), key(), json()).prop_map(|(at, k, v)| JsonEdit::AddField(at, k, v)),
    ]
}

/// How many values `value` holds, itself included.
fn size(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(size).sum(),
        Value::Object(fields) => fields.values().map(size).sum(),
        _ => 0,
    }
}

/// The value with index `at` in document order (0 is `value` itself).
fn nth(value: &mut Value, at: usize) -> &mut Value {
    if at == 0 {
        return value;
    }
    let mut rest = at - 1;
    let children: Vec<&mut Value> = match value {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(fields) => fields.values_mut().collect(),
        _ => unreachable!("index past the value"),
    };
    for child in children {
        let n = size(child);
        if rest < n {
            return nth(child, rest);
        }
        rest -= n;
    }
    unreachable!("index past the value")
}

fn apply_json(mut doc: Value, edits: &[JsonEdit]) -> Value {
    for edit in edits {
        let count = size(&doc);
        match edit {
            JsonEdit::Replace(at, value) => *nth(&mut doc, at % count) = value.clone(),
            JsonEdit::AddField(at, key, value) => {
                if let Value::Object(fields) = nth(&mut doc, at % count) {
                    fields.insert(key.clone(), value.clone());
                }
            }
            JsonEdit::Remove(at) => {
                // Removes a member of the indexed object, or an item of the indexed array.
                if let Value::Object(fields) = nth(&mut doc, at % count) {
                    let keys: Vec<String> = fields.keys().cloned().collect();
                    if let Some(key) = keys.get(at % keys.len().max(1)) {
                        fields.remove(key);
                    }
                } else if let Value::Array(items) = nth(&mut doc, at % count)
                    && !items.is_empty()
                {
                    let i = at % items.len();
                    items.remove(i);
                }
            }
        }
    }
    doc
}

fn documented(which: bool) -> (&'static str, Value) {
    let text = if which {
        CREATE_SESSION_DOC
    } else {
        PLACE_TRIAL_ORDER_DOC
    };
    (
        text,
        serde_json::from_str(text).expect("the docs' example is JSON"),
    )
}

/// Adds a field no decoder knows to every object in `value`.
fn add_unknown_fields(value: &mut Value, extra: &Value) {
    match value {
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| add_unknown_fields(item, extra)),
        Value::Object(fields) => {
            fields
                .values_mut()
                .for_each(|field| add_unknown_fields(field, extra));
            fields.insert("x_unknown_to_the_client".to_string(), extra.clone());
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// The seed corpus, as it is.

#[test]
fn the_documented_examples_decode() {
    let session = decode_response::<Item<CreateSessionResponse>>(
        CREATE_SESSION,
        200,
        CREATE_SESSION_DOC.as_bytes(),
    )
    .expect("the docs' create_session example");
    assert_eq!(
        session.klarna_payments_session_id,
        "5aba2ca36fc93613f8000012"
    );
    assert_eq!(session.payment_method_categories.len(), 2);
    assert_eq!(
        session.payment_method_categories[1].name,
        "Få först. Betala sen."
    );
    let order = decode_response::<Item<PlaceTrialOrderResponse>>(
        PLACE_TRIAL_ORDER,
        201,
        PLACE_TRIAL_ORDER_DOC.as_bytes(),
    )
    .expect("the docs' place_trial_order example");
    assert_eq!(order.pw_order_id, "ORDER-123");
    assert_eq!(order.account_status, AccountStatus::Created);
    assert_eq!(order.redirect_url.as_str(), "http://url.to.klarna.se/");
}

#[test]
fn an_unknown_account_status_is_kept() {
    let order = decode_response::<Item<PlaceTrialOrderResponse>>(
        PLACE_TRIAL_ORDER,
        200,
        UNKNOWN_ACCOUNT_STATUS.as_bytes(),
    )
    .expect("an unknown account status decodes");
    assert_eq!(
        order.account_status,
        AccountStatus::Unknown("suspended".to_string())
    );
}

#[test]
fn truncated_and_html_bodies_are_decode_errors() {
    for (body, status) in [
        (TRUNCATED, 200),
        (HTML_ERROR_PAGE, 200),
        (HTML_ERROR_PAGE, 502),
    ] {
        match decode_response::<Item<PlaceTrialOrderResponse>>(
            PLACE_TRIAL_ORDER,
            status,
            body.as_bytes(),
        ) {
            Err(Error::Decode(error)) => {
                assert_eq!(error.status(), status);
                assert!(!error.reason().is_empty());
                assert!(body.starts_with(error.excerpt().trim_end_matches('…')));
            }
            other => panic!("HTTP {status} {body:?}: expected Error::Decode, got {other:?}"),
        }
    }
}

#[test]
fn an_error_in_the_convention_is_an_api_error_at_every_error_status() {
    for status in 300..=599 {
        match decode_response::<Item<CreateSessionResponse>>(
            CREATE_SESSION,
            status,
            API_ERROR.as_bytes(),
        ) {
            Err(Error::Api(error)) => {
                assert_eq!(error.status(), status);
                assert_eq!(error.field(), Some("email"));
                assert_eq!(error.message(), "Parameter must match format email");
            }
            other => panic!("HTTP {status}: expected Error::Api, got {other:?}"),
        }
    }
}

#[test]
fn every_seed_at_every_status_has_a_well_formed_outcome() {
    let seeds = corpus();
    for status in 200..=599 {
        for seed in &seeds {
            if let Err(failure) = check_both(status, seed) {
                panic!(
                    "HTTP {status} {:?}: {failure}",
                    String::from_utf8_lossy(&seed[..seed.len().min(80)])
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generated input.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes(status in any_status(), body in prop::collection::vec(any::<u8>(), 0..512)) {
        check_both(status, &body)?;
    }

    #[test]
    fn arbitrary_json(status in any_status(), value in json(), wrap in any::<bool>()) {
        let value = if wrap { serde_json::json!({ "item": value }) } else { value };
        check_both(status, &serde_json::to_vec(&value).expect("JSON"))?;
    }

    #[test]
    fn json_token_soup(status in any_status(), text in token_soup()) {
        check_both(status, text.as_bytes())?;
    }

    #[test]
    fn byte_edits_of_the_seed_corpus(
        status in any_status(),
        seed in any::<prop::sample::Index>(),
        edits in prop::collection::vec(byte_edit(), 1..6),
    ) {
        let seeds = corpus();
        let body = apply_bytes(seed.get(&seeds).clone(), &edits);
        check_both(status, &body)?;
    }

    #[test]
    fn structural_edits_of_the_documented_examples(
        status in any_status(),
        which in any::<bool>(),
        edits in prop::collection::vec(json_edit(), 1..4),
    ) {
        let (_, doc) = documented(which);
        let body = serde_json::to_vec(&apply_json(doc, &edits)).expect("JSON");
        check_both(status, &body)?;
    }

    /// Fields the client does not know, anywhere, never break a documented answer.
    #[test]
    fn unknown_fields_are_ignored(status in 200u16..300, which in any::<bool>(), extra in json()) {
        let (_, mut doc) = documented(which);
        add_unknown_fields(&mut doc, &extra);
        let body = serde_json::to_vec(&doc).expect("JSON");
        if which {
            prop_assert!(check::<CreateSessionResponse>(CREATE_SESSION, status, &body)?.is_some());
        } else {
            prop_assert!(check::<PlaceTrialOrderResponse>(PLACE_TRIAL_ORDER, status, &body)?.is_some());
        }
    }

    /// The documented answers, sent with an error status, are never taken for a success.
    #[test]
    fn documented_answers_with_an_error_status_are_errors(status in 300u16..=599, which in any::<bool>()) {
        let (text, _) = documented(which);
        check_both(status, text.as_bytes())?;
    }

    /// Any object with a `message` string is an API error at an error status, the message and
    /// the other properties kept.
    #[test]
    fn error_convention_bodies_are_api_errors(
        status in 300u16..=599,
        message in text(),
        extra in prop::collection::vec((key(), json()), 0..4),
    ) {
        let mut fields: Map<String, Value> = extra
            .into_iter()
            .filter(|(k, _)| !matches!(k.as_str(), "message" | "code" | "field"))
            .collect();
        fields.insert("message".to_string(), Value::String(message.clone()));
        let body = serde_json::to_vec(&Value::Object(fields)).expect("JSON");
        // The other properties as serde_json reads them back (floats may not round-trip).
        let mut details: Map<String, Value> = serde_json::from_slice(&body).expect("JSON");
        details.remove("message");
        match decode_response::<Item<PlaceTrialOrderResponse>>(PLACE_TRIAL_ORDER, status, &body) {
            Err(Error::Api(error)) => {
                prop_assert_eq!(error.status(), status);
                prop_assert_eq!(error.message(), message.as_str());
                prop_assert_eq!(error.code(), None);
                prop_assert_eq!(error.details(), &details);
            }
            other => return Err(TestCaseError::fail(format!("expected Error::Api, got {other:?}"))),
        }
    }
}
