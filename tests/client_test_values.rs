//! Users build every error and response value in their own tests, with no server: each error
//! has public constructors, responses a `new` and public fields. And `Display` says each thing once:
//! what an error's message says is not repeated by its `source()`.

use std::error::Error as _;
use std::time::{Duration, SystemTime};

use payway_client::klarna_payments::v2::place_trial_order::{
    AccountStatus, PlaceTrialOrderResponse,
};
use payway_client::*;

const ORDER: &str = "klarna_payments.v2.place_trial_order";

/// Every error kind, built as a user's test would.
fn every_error() -> Vec<Error> {
    let io = std::io::Error::new(
        std::io::ErrorKind::ConnectionReset,
        "connection reset by peer",
    );
    vec![
        Error::InvalidRequest(InvalidRequest::new(
            ORDER,
            vec![InvalidParameter::new(
                "customer_info.email",
                InvalidValue::new("must be an email address"),
            )],
        )),
        Error::Api(
            ApiError::new(ORDER, 400, "Parameter must match format email")
                .with_code(ErrorCode::InvalidParameter)
                .with_field("customer_info.email"),
        ),
        Error::Token(
            TokenError::new(TokenErrorKind::Rejected, "Client authentication failed")
                .with_answer(401, Some("invalid_client".into())),
        ),
        Error::Timeout(TimeoutError::new(ORDER, Duration::from_secs(30))),
        Error::Transport(TransportError::new(ORDER, false, io)),
        Error::Decode(DecodeError::new(
            ORDER,
            200,
            "missing field `pw_order_id`",
            b"{\"item\":{}}",
        )),
        Error::Config(ConfigError::new(
            "base URL `ftp://x` must start with http:// or https://",
        )),
        Error::Scope(MissingScope::new(ORDER, scopes::KLARNA_PAYMENTS_W, vec![])),
        Error::OutcomeUnknown(
            OutcomeUnknown::new(
                ORDER,
                Error::Transport(TransportError::new(
                    ORDER,
                    false,
                    std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the peer hung up"),
                )),
                SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_147_259),
            )
            .with_identifier("merchant_reference", "ref-1"),
        ),
        Error::Encode(EncodeError::new(ORDER, "key must be a string")),
    ]
}

#[test]
fn every_error_can_be_built_and_read_back() {
    let errors = every_error();
    assert_eq!(errors.len(), 10, "one of each kind");
    let Error::OutcomeUnknown(unknown) = &errors[8] else {
        panic!("{:?}", errors[8]);
    };
    assert_eq!(unknown.identifier("merchant_reference"), Some("ref-1"));
    assert_eq!(unknown.status(), None);
    assert!(matches!(unknown.cause(), Error::Transport(t) if !t.is_connect()));
    assert_eq!(
        unknown.to_string(),
        "klarna_payments.v2.place_trial_order: outcome unknown: the request sent at \
         2026-12-01T17:47:39Z (merchant_reference \"ref-1\") may have been processed \
         (the connection failed); it was not resent: check whether it took effect before sending \
         it again"
    );
    let Error::Encode(encode) = &errors[9] else {
        panic!("{:?}", errors[9]);
    };
    assert_eq!(
        (encode.endpoint(), encode.reason()),
        (ORDER, "key must be a string")
    );
    assert_eq!(
        encode.to_string(),
        "klarna_payments.v2.place_trial_order was not sent: its body cannot be encoded as JSON: \
         key must be a string"
    );
    let Error::Api(api) = &errors[1] else {
        panic!()
    };
    assert_eq!(
        (api.status(), api.field()),
        (400, Some("customer_info.email"))
    );
    let Error::Decode(decode) = &errors[5] else {
        panic!()
    };
    assert_eq!(decode.excerpt(), "{\"item\":{}}");
    // Errors are `Clone`, so a test double can hand the same one out more than once.
    let copy = errors[4].clone();
    assert_eq!(copy.to_string(), errors[4].to_string());
}

#[test]
fn display_says_each_thing_once() {
    for error in every_error() {
        let message = error.to_string();
        assert!(
            message.matches(ORDER).count() <= 1,
            "{message:?} names the endpoint more than once"
        );
        let mut source = error.source();
        while let Some(cause) = source {
            let said = cause.to_string();
            assert!(
                !message.contains(&said),
                "{message:?} repeats its source {said:?}"
            );
            source = cause.source();
        }
    }
    // The underlying failure is reachable through `source()`, not lost.
    let transport = &every_error()[4];
    assert_eq!(
        transport.source().map(|s| s.to_string()).as_deref(),
        Some("connection reset by peer")
    );
    let unknown = &every_error()[8];
    assert_eq!(
        unknown.source().map(|s| s.to_string()).as_deref(),
        Some("the peer hung up")
    );
}

#[test]
fn responses_are_built_and_read_field_by_field() {
    // Response structs are `#[non_exhaustive]` (a field the spec adds is a minor release), so
    // they are built with `new`, which takes the required fields in spec order.
    let order = PlaceTrialOrderResponse::new(
        Url::parse("https://example.com/klarna").expect("URL"),
        "PW-1",
        "K-1",
        "6093a11609c04c0ad94a4b9b",
        AccountStatus::Created,
    );
    assert_eq!(order.pw_order_id, "PW-1");
    assert_eq!(order.klarna_order_id, "K-1");
    assert_eq!(order.account_status, AccountStatus::Created);
    let PlaceTrialOrderResponse {
        redirect_url,
        account_id,
        ..
    } = order;
    assert_eq!(redirect_url.as_str(), "https://example.com/klarna");
    assert_eq!(account_id, "6093a11609c04c0ad94a4b9b");
}
