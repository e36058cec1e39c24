//! Every constraint the spec puts on a request value is checked before any network I/O.
//!
//! What the spec constrains (`spec/payway.yaml`), and where each is tested:
//! - `paywall_id`: `max_length: 24` and `pattern: '(?i)^[a-f\d]{24}$'`: here.
//! - `type: email` (`customer_info.email`), `type: date` (`start_date`), `type: url`
//!   (`confirmation_url`, `custom_urls.reset_password_url`, `custom_urls.return_url`),
//!   `type: ip_address` (`browser_ip`): here. The `url` fields of responses are decoded, not
//!   checked before sending: `tests/fuzz_decode.rs`.
//! - The endpoints beyond the two complete pages: `code` of v1/v2 `payment_periods`
//!   (`max_length: 1024`), `confirmation_url` and `start_date` of v1
//!   `create_session_without_account` and v2 `create_session`, `browser_ip` of v1/v2
//!   `place_order`, `customer_info.email` of v2 `place_order`, and the open parameter sets
//!   (`.parameter(name, ...)` refuses a listed name): here.
//! - `required: true`, `required_one_of` (v2 `create_session`: `period_type` or `period_id`) and
//!   the closed sets of request enums (`period_type`) are checked when the program is compiled,
//!   not when it runs: `tests/ui/client/*` (`tests/compile_fail.rs`).
//!
//! `tests/client_errors.rs` has one bad value of each kind; this file goes through the edge
//! cases of each rule, the values each rule must accept, several problems in one error, and a
//! problem going away when the value is replaced or cleared. Every rejection is checked to
//! have reached no server at all, not even the token endpoint.

mod support;

use payway_client::klarna_payments::v2::place_trial_order::{CustomUrls, CustomerInfo, PaywallId};
use payway_client::{Date, Email, Error, InvalidRequest};
use serde_json::{Value, json};
use support::{
    Answer, TestServer, app_client, documented_create_session, documented_trial_order,
    identity_client,
};

const CREATE_SESSION: &str = payway_client::klarna_payments::v1::create_session::ENDPOINT.path;
const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;

const GOOD_PAYWALL_ID: &str = "5f0d9ea795cfebfb8544ab12";

/// A server that answers both endpoints (and the token endpoint) successfully.
async fn server() -> TestServer {
    let server = TestServer::start().await;
    server.answer(
        CREATE_SESSION,
        Answer::item(json!({
            "klarna_payments_session_id": "5aba2ca36fc93613f8000012",
            "klarna_client_token": "client-token",
            "payment_method_categories": []
        })),
    );
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::item(json!({
            "redirect_url": "http://url.to.klarna.se",
            "pw_order_id": "ORDER-123",
            "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
            "account_id": "6093a11609c04c0ad94a4b9b",
            "account_status": "created"
        })),
    );
    server
}

/// The rejection in `result`, after checking that `server` saw no request at all.
fn rejected<T: std::fmt::Debug>(
    server: &TestServer,
    result: Result<T, Error>,
    what: &str,
) -> InvalidRequest {
    let invalid = match result {
        Err(Error::InvalidRequest(invalid)) => invalid,
        other => panic!("{what}: expected Error::InvalidRequest, got {other:?}"),
    };
    assert!(
        server.requests().is_empty(),
        "{what}: rejected, yet the server saw {:#?}",
        server.requests()
    );
    invalid
}

/// The paths of the rejected parameters, in order.
fn paths(invalid: &InvalidRequest) -> Vec<&str> {
    invalid.problems().iter().map(|p| p.parameter()).collect()
}

/// The one rejected parameter of `invalid` is `path`, with a non-empty reason.
fn assert_only(invalid: &InvalidRequest, path: &str, what: &str) {
    assert_eq!(paths(invalid), [path], "{what}: {invalid}");
    assert!(!invalid.problems()[0].reason().is_empty(), "{what}");
}

/// The JSON body of the last request to `path`.
fn last_body(server: &TestServer, path: &str) -> Value {
    server
        .requests_to(path)
        .last()
        .unwrap_or_else(|| panic!("no request to {path}"))
        .json()
}

// ---------------------------------------------------------------------------------------------
// paywall_id: at most 24 characters, matching (?i)^[a-f\d]{24}$.

#[tokio::test]
async fn paywall_ids_off_the_rules_are_rejected() {
    let cases = [
        ("", "empty"),
        ("5f0d9ea795cfebfb8544ab1", "23 characters"),
        ("5f0d9ea795cfebfb8544ab12a", "25 characters"),
        (
            "5f0d9ea795cfebfb8544ab125f0d9ea795cfebfb8544ab12",
            "48 characters",
        ),
        ("5f0d9ea795cfebfb8544ab1g", "a letter past f"),
        ("5f0d9ea7-5cfebfb8544ab12", "a dash"),
        (" 5f0d9ea795cfebfb8544ab1", "a leading space"),
        ("5f0d9ea795cfebfb8544ab1\n", "a trailing newline"),
        ("５f0d9ea795cfebfb8544ab12", "a full-width digit"),
        ("5f0d9ea795cfebfb8544abé2", "a non-ASCII letter"),
        ("0x5f0d9ea795cfebfb8544ab1", "a 0x prefix"),
    ];
    for (value, what) in cases {
        let server = server().await;
        let result = documented_trial_order!(app_client(&server))
            .paywall_id(value)
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "paywall_id", what);
        assert!(PaywallId::new(value).is_err(), "{what}");
    }
}

#[tokio::test]
async fn too_long_is_reported_as_a_length_and_wrong_characters_as_the_pattern() {
    let server = server().await;
    let too_long = rejected(
        &server,
        documented_trial_order!(app_client(&server))
            .paywall_id("5f0d9ea795cfebfb8544ab12a")
            .send()
            .await,
        "too long",
    );
    assert!(
        too_long.problems()[0].reason().contains("at most 24"),
        "{too_long}"
    );
    // Too long and off the pattern: the length is what is reported.
    let both = PaywallId::new("z".repeat(30)).expect_err("30 z's");
    assert!(both.reason().contains("at most 24"), "{both}");
    let pattern = PaywallId::new("z".repeat(24)).expect_err("24 z's");
    assert!(pattern.reason().contains("pattern"), "{pattern}");
    // The length counts characters, not bytes: 24 two-byte letters are 24 characters, and
    // rejected by the pattern, not the length.
    let wide = PaywallId::new("é".repeat(24)).expect_err("24 é's");
    assert!(wide.reason().contains("pattern"), "{wide}");
}

#[tokio::test]
async fn paywall_ids_in_either_case_are_accepted_and_sent_as_given() {
    for value in [
        "5f0d9ea795cfebfb8544ab12",
        "5F0D9EA795CFEBFB8544AB12",
        "5F0d9Ea795cFeBfB8544aB12",
        "abcdefabcdefabcdefabcdef",
        "ABCDEFABCDEFABCDEFABCDEF",
        "012345678901234567890123",
    ] {
        let server = server().await;
        documented_trial_order!(app_client(&server))
            .paywall_id(value)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(last_body(&server, PLACE_TRIAL_ORDER)["paywall_id"], value);
        assert_eq!(PaywallId::new(value).expect(value).as_str(), value);
    }
}

// ---------------------------------------------------------------------------------------------
// customer_info.email: type email.

#[tokio::test]
async fn malformed_emails_are_rejected() {
    let too_long_local = format!("{}@example.com", "x".repeat(65));
    let too_long = format!("name@{}.se", "a".repeat(250));
    let cases: Vec<(&str, &str)> = vec![
        ("", "empty"),
        ("payway", "no @"),
        ("payway@", "no domain"),
        ("@adeprimo.se", "no local part"),
        ("payway@adeprimo", "an undotted domain"),
        ("pay way@adeprimo.se", "a space"),
        ("payway@adeprimo.se ", "a trailing space"),
        ("payway@adeprimo.se\n", "a newline"),
        ("payway@adeprimo..se", "an empty label"),
        ("payway@adeprimo.se.", "a trailing dot"),
        ("payway@-adeprimo.se", "a label starting with a dash"),
        ("payway@adeprimo-.se", "a label ending with a dash"),
        ("payway@ade_primo.se", "an underscore in the domain"),
        ("pay@way@adeprimo.se", "two @"),
        (&too_long_local, "a 65-character local part"),
        (&too_long, "longer than 254 characters"),
    ];
    for (value, what) in cases {
        let server = server().await;
        let result = documented_trial_order!(app_client(&server))
            .customer_info(CustomerInfo::builder().email(value).build())
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "customer_info.email", what);
        assert!(Email::parse(value).is_err(), "{what}");
    }
}

#[tokio::test]
async fn plausible_emails_are_accepted_and_sent_as_given() {
    for value in [
        "payway@adeprimo.se",
        "Payway.Adeprimo+trial@Sub.Adeprimo.SE",
        "o'brien@example.co.uk",
        "åsa@exämple.se",
    ] {
        let server = server().await;
        documented_trial_order!(app_client(&server))
            .customer_info(CustomerInfo::builder().email(value).build())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(
            last_body(&server, PLACE_TRIAL_ORDER)["customer_info"]["email"],
            value
        );
    }
}

// ---------------------------------------------------------------------------------------------
// start_date: type date (YYYY-MM-DD, on the calendar).

#[tokio::test]
async fn dates_off_the_format_or_the_calendar_are_rejected() {
    let cases = [
        // Not YYYY-MM-DD.
        ("", "empty"),
        ("2021-1-01", "a one-digit month"),
        ("21-10-30", "a two-digit year"),
        ("2021/10/30", "slashes"),
        ("20211030", "no dashes"),
        ("30-10-2021", "day first"),
        ("2021-10-30T00:00:00", "a time"),
        (" 2021-10-30", "a leading space"),
        ("2021-10-3x", "a letter"),
        ("+021-10-30", "a sign"),
        ("２０２１-10-30", "full-width digits"),
        // On no calendar.
        ("2023-02-29", "29 February of a common year"),
        (
            "1900-02-29",
            "29 February of a century that is not a leap year",
        ),
        ("2021-02-30", "30 February"),
        ("2021-04-31", "31 April"),
        ("2021-06-31", "31 June"),
        ("2021-09-31", "31 September"),
        ("2021-11-31", "31 November"),
        ("2021-01-32", "32 January"),
        ("2021-00-10", "month 00"),
        ("2021-13-01", "month 13"),
        ("2021-10-00", "day 00"),
        ("0000-01-01", "year 0"),
    ];
    for (value, what) in cases {
        let server = server().await;
        let result = documented_create_session!(identity_client(&server))
            .start_date(value)
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "start_date", what);
        assert!(Date::parse(value).is_err(), "{what}");
    }
    assert!(Date::new(2023, 2, 29).is_err());
    assert!(Date::new(2021, 13, 1).is_err());
    assert!(Date::new(0, 1, 1).is_err());
}

#[tokio::test]
async fn calendar_dates_are_accepted_and_sent_as_yyyy_mm_dd() {
    for value in [
        "2021-10-30",
        "2024-02-29",
        "2000-02-29",
        "2021-12-31",
        "0001-01-01",
        "9999-12-31",
    ] {
        let server = server().await;
        documented_create_session!(identity_client(&server))
            .start_date(value)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(last_body(&server, CREATE_SESSION)["start_date"], value);
    }
    // A typed date is sent in the same form.
    let server = server().await;
    documented_create_session!(identity_client(&server))
        .start_date(Date::new(2024, 2, 9).expect("a date"))
        .send()
        .await
        .expect("sent");
    assert_eq!(
        last_body(&server, CREATE_SESSION)["start_date"],
        "2024-02-09"
    );
}

// ---------------------------------------------------------------------------------------------
// URLs: confirmation_url, custom_urls.reset_password_url, custom_urls.return_url.

/// URLs every `url` parameter must reject: relative, without a host, or not a URL.
const BAD_URLS: [(&str, &str); 10] = [
    ("", "empty"),
    ("/thanks", "a relative path"),
    ("thanks.html", "a relative file"),
    ("//example.com/thanks", "scheme-relative"),
    ("example.com/thanks", "no scheme"),
    ("confirmation page", "words"),
    ("https://", "no host"),
    ("https://exa mple.com/", "a space in the host"),
    ("mailto:payway@adeprimo.se", "no host (mailto)"),
    ("data:text/html,hi", "no host (data)"),
];

#[tokio::test]
async fn relative_and_malformed_confirmation_urls_are_rejected() {
    for (value, what) in BAD_URLS {
        let server = server().await;
        let result = documented_create_session!(identity_client(&server))
            .confirmation_url(value)
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "confirmation_url", what);
    }
}

#[tokio::test]
async fn relative_and_malformed_custom_urls_are_rejected_with_their_nested_path() {
    for (value, what) in BAD_URLS {
        let server = server().await;
        let result = documented_trial_order!(app_client(&server))
            .custom_urls(CustomUrls::builder().reset_password_url(value).build())
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "custom_urls.reset_password_url", what);

        let result = documented_trial_order!(app_client(&server))
            .custom_urls(CustomUrls::builder().return_url(value).build())
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "custom_urls.return_url", what);
    }
}

#[tokio::test]
async fn absolute_urls_are_accepted() {
    for (value, sent) in [
        (
            "https://confirmation_url.com",
            "https://confirmation_url.com",
        ),
        (
            "https://example.com/confirm?order=1#top",
            "https://example.com/confirm?order=1#top",
        ),
        (
            "http://127.0.0.1:8080/confirm",
            "http://127.0.0.1:8080/confirm",
        ),
        ("HTTPS://EXAMPLE.COM/Confirm", "HTTPS://EXAMPLE.COM/Confirm"),
    ] {
        let server = server().await;
        documented_create_session!(identity_client(&server))
            .confirmation_url(value)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(last_body(&server, CREATE_SESSION)["confirmation_url"], sent);

        documented_trial_order!(app_client(&server))
            .custom_urls(
                CustomUrls::builder()
                    .reset_password_url(value)
                    .return_url(value)
                    .build(),
            )
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(
            last_body(&server, PLACE_TRIAL_ORDER)["custom_urls"],
            json!({ "reset_password_url": sent, "return_url": sent })
        );
    }
}

// ---------------------------------------------------------------------------------------------
// browser_ip: type ip_address (IPv4 or IPv6).

#[tokio::test]
async fn malformed_ip_addresses_are_rejected() {
    let cases = [
        ("", "empty"),
        ("81.208.13", "three octets"),
        ("81.208.13.50.1", "five octets"),
        ("81.208.13.256", "an octet past 255"),
        ("081.208.13.50", "a leading zero"),
        ("81.208.13.50:443", "a port"),
        (" 81.208.13.50", "a leading space"),
        ("81.208.13.50/24", "a prefix length"),
        ("2002:51d0:0d32::51d0::0d32", "two ::"),
        ("2002:51d0:0d32::51d0:0g32", "a non-hex digit"),
        ("[2002:51d0:0d32::51d0:0d32]", "brackets"),
        ("localhost", "a host name"),
    ];
    for (value, what) in cases {
        let server = server().await;
        let result = documented_trial_order!(app_client(&server))
            .browser_ip(value)
            .send()
            .await;
        let invalid = rejected(&server, result, what);
        assert_only(&invalid, "browser_ip", what);
    }
}

#[tokio::test]
async fn ipv4_and_ipv6_addresses_are_accepted() {
    for (value, sent) in [
        ("81.208.13.50", "81.208.13.50"),
        ("2002:51d0:0d32::51d0:0d32", "2002:51d0:d32::51d0:d32"),
        ("::1", "::1"),
        ("::ffff:81.208.13.50", "::ffff:81.208.13.50"),
    ] {
        let server = server().await;
        documented_trial_order!(app_client(&server))
            .browser_ip(value)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(last_body(&server, PLACE_TRIAL_ORDER)["browser_ip"], sent);
    }
}

// ---------------------------------------------------------------------------------------------
// Several problems in one error; replacing and clearing values.

#[tokio::test]
async fn every_bad_value_of_a_trial_order_is_reported_at_once_with_its_path() {
    let server = server().await;
    let result = documented_trial_order!(app_client(&server))
        .customer_info(
            CustomerInfo::builder()
                .email("payway.adeprimo.se")
                .first_name("Payway")
                .build(),
        )
        .browser_ip("81.208.13.500")
        .paywall_id("not-a-paywall-id")
        .custom_urls(
            CustomUrls::builder()
                .reset_password_url("/reset")
                .return_url("thanks")
                .build(),
        )
        .send()
        .await;
    let invalid = rejected(&server, result, "five bad values");
    assert_eq!(invalid.endpoint(), "klarna_payments.v2.place_trial_order");
    assert_eq!(
        paths(&invalid),
        [
            "customer_info.email",
            "browser_ip",
            "paywall_id",
            "custom_urls.reset_password_url",
            "custom_urls.return_url",
        ]
    );
    let message = invalid.to_string();
    for path in paths(&invalid) {
        assert!(message.contains(&format!("`{path}`")), "{message}");
    }
}

#[tokio::test]
async fn every_bad_value_of_a_session_is_reported_at_once_with_its_path() {
    let server = server().await;
    let result = documented_create_session!(identity_client(&server))
        .start_date("2021-02-29")
        .confirmation_url("/confirm")
        .send()
        .await;
    let invalid = rejected(&server, result, "two bad values");
    assert_eq!(invalid.endpoint(), "klarna_payments.v1.create_session");
    assert_eq!(paths(&invalid), ["start_date", "confirmation_url"]);
}

#[tokio::test]
async fn a_good_value_after_a_bad_one_clears_the_problem() {
    let server = server().await;
    documented_trial_order!(app_client(&server))
        .paywall_id("xyz")
        .paywall_id(GOOD_PAYWALL_ID)
        .browser_ip("999.0.0.1")
        .browser_ip("2002:51d0:0d32::51d0:0d32")
        .customer_info(
            CustomerInfo::builder()
                .email("no-at-sign")
                .email("payway@adeprimo.se")
                .build(),
        )
        .custom_urls(
            CustomUrls::builder()
                .return_url("/thanks")
                .return_url("https://example.com/thanks")
                .reset_password_url("reset")
                .reset_password_url("https://example.com/reset")
                .build(),
        )
        .send()
        .await
        .expect("every bad value was replaced");
    let body = last_body(&server, PLACE_TRIAL_ORDER);
    assert_eq!(body["paywall_id"], GOOD_PAYWALL_ID);
    assert_eq!(body["browser_ip"], "2002:51d0:d32::51d0:d32");
    assert_eq!(body["customer_info"]["email"], "payway@adeprimo.se");
    assert_eq!(
        body["custom_urls"]["return_url"],
        "https://example.com/thanks"
    );

    documented_create_session!(identity_client(&server))
        .confirmation_url("/confirm")
        .confirmation_url("https://example.com/confirm")
        .start_date("2021-02-30")
        .start_date("2021-03-01")
        .send()
        .await
        .expect("every bad value was replaced");
    let body = last_body(&server, CREATE_SESSION);
    assert_eq!(body["confirmation_url"], "https://example.com/confirm");
    assert_eq!(body["start_date"], "2021-03-01");
}

#[tokio::test]
async fn a_good_object_after_a_bad_one_clears_its_nested_problems() {
    let server = server().await;
    documented_trial_order!(app_client(&server))
        .customer_info(CustomerInfo::builder().email("no-at-sign").build())
        .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
        .custom_urls(CustomUrls::builder().return_url("/thanks").build())
        .custom_urls(
            CustomUrls::builder()
                .return_url("https://example.com/thanks")
                .build(),
        )
        .send()
        .await
        .expect("the bad objects were replaced");
    assert_eq!(
        last_body(&server, PLACE_TRIAL_ORDER)["custom_urls"],
        json!({ "return_url": "https://example.com/thanks" })
    );
}

#[tokio::test]
async fn a_good_value_elsewhere_does_not_clear_a_problem() {
    let server = server().await;
    let result = documented_trial_order!(app_client(&server))
        .paywall_id("xyz")
        .browser_ip("999.0.0.1")
        .browser_ip("81.208.13.50")
        .custom_urls(
            CustomUrls::builder()
                .return_url("/thanks")
                .reset_password_url("https://example.com/reset")
                .build(),
        )
        .send()
        .await;
    let invalid = rejected(&server, result, "paywall_id and return_url still bad");
    assert_eq!(paths(&invalid), ["paywall_id", "custom_urls.return_url"]);
}

#[tokio::test]
async fn maybe_none_clears_an_earlier_bad_value() {
    let server = server().await;
    documented_trial_order!(app_client(&server))
        .paywall_id("xyz")
        .maybe_paywall_id(None::<&str>)
        .custom_urls(CustomUrls::builder().return_url("/thanks").build())
        .maybe_custom_urls(None)
        .send()
        .await
        .expect("the bad values were cleared");
    let body = last_body(&server, PLACE_TRIAL_ORDER);
    assert!(body.get("paywall_id").is_none(), "{body}");
    assert!(body.get("custom_urls").is_none(), "{body}");

    documented_trial_order!(app_client(&server))
        .custom_urls(
            CustomUrls::builder()
                .return_url("/thanks")
                .maybe_return_url(None::<&str>)
                .reset_password_url("reset")
                .maybe_reset_password_url(None::<&str>)
                .build(),
        )
        .send()
        .await
        .expect("the bad nested values were cleared");
    assert_eq!(
        last_body(&server, PLACE_TRIAL_ORDER)["custom_urls"],
        json!({})
    );

    documented_create_session!(identity_client(&server))
        .start_date("2021-02-30")
        .maybe_start_date(None::<&str>)
        .send()
        .await
        .expect("the bad date was cleared");
    let body = last_body(&server, CREATE_SESSION);
    assert!(body.get("start_date").is_none(), "{body}");
}

#[tokio::test]
async fn a_bad_value_after_a_good_one_is_rejected() {
    let server = server().await;
    let result = documented_trial_order!(app_client(&server))
        .paywall_id(GOOD_PAYWALL_ID)
        .paywall_id("xyz")
        .send()
        .await;
    assert_only(
        &rejected(&server, result, "good, then bad"),
        "paywall_id",
        "good, then bad",
    );
    let result = documented_create_session!(identity_client(&server))
        .start_date("2021-03-01")
        .maybe_start_date(Some("2021-02-30"))
        .send()
        .await;
    assert_only(
        &rejected(&server, result, "good, then bad date"),
        "start_date",
        "good, then bad date",
    );
}

// ---------------------------------------------------------------------------------------------
// The endpoints beyond the two complete pages.

/// A client of `server` with a fixed application token (no token request to count).
fn static_client(
    server: &TestServer,
) -> payway_client::Client<payway_client::StaticToken<payway_client::NoIdentity>> {
    payway_client::Client::new(payway_client::Environment::custom(&server.url()).expect("url"))
        .expect("client")
        .with_auth(payway_client::StaticToken::application("app-token"))
}

#[tokio::test]
async fn payment_period_codes_longer_than_1024_characters_are_rejected() {
    for (code, what) in [
        ("a".repeat(1025), "1025 characters"),
        ("é".repeat(1025), "1025 two-byte characters"),
    ] {
        let server = TestServer::start().await;
        let client = static_client(&server);
        let v1 = client
            .klarna_payments()
            .v1()
            .payment_periods()
            .code(code.as_str())
            .send()
            .await;
        assert_only(&rejected(&server, v1, what), "code", what);
        let v2 = client
            .klarna_payments()
            .v2()
            .payment_periods()
            .code(code.as_str())
            .send()
            .await;
        assert_only(&rejected(&server, v2, what), "code", what);
    }
}

#[tokio::test]
async fn payment_period_codes_of_up_to_1024_characters_are_sent() {
    let server = TestServer::start().await;
    let path = payway_client::klarna_payments::v2::payment_periods::ENDPOINT.path;
    server.answer(path, Answer::json(200, json!({"items": []})));
    // Characters, not bytes: 1024 two-byte characters are 2048 bytes.
    for code in ["a".repeat(1024), "é".repeat(1024), String::new()] {
        let periods = static_client(&server)
            .klarna_payments()
            .v2()
            .payment_periods()
            .code(code.as_str())
            .send()
            .await
            .expect("accepted");
        assert!(periods.is_empty());
    }
    assert_eq!(server.count(path), 3);
}

#[tokio::test]
async fn every_bad_value_of_a_session_without_account_is_reported_at_once() {
    use payway_client::klarna_payments::v1::create_session_without_account::PeriodType;
    let server = TestServer::start().await;
    let client = static_client(&server);
    let v1 = client
        .klarna_payments()
        .v1()
        .create_session_without_account()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .confirmation_url("/thanks")
        .start_date("2030-02-30")
        .parameter("code", "another")
        .send()
        .await;
    let invalid = rejected(&server, v1, "v1 create_session_without_account");
    assert_eq!(paths(&invalid), ["confirmation_url", "start_date", "code"]);
    let v2 = client
        .klarna_payments()
        .v2()
        .create_session()
        .code("adeprimo_digital")
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("thanks.example.com")
        .start_date("30/10/2030")
        .parameter("period_type", "recurring")
        .send()
        .await;
    let invalid = rejected(&server, v2, "v2 create_session");
    assert_eq!(
        paths(&invalid),
        ["confirmation_url", "start_date", "period_type"]
    );
}

#[tokio::test]
async fn every_bad_value_of_a_paid_order_is_reported_at_once() {
    use payway_client::klarna_payments::v2::place_order::CustomerInfo;
    let server = TestServer::start().await;
    let v2 = static_client(&server)
        .klarna_payments()
        .v2()
        .place_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway at adeprimo.se")
                .build(),
        )
        .klarna_authorization_token("token")
        .klarna_payments_session_id("session")
        .browser_ip("81.208.13")
        .parameter("browser_language", "sv-SE")
        .send()
        .await;
    let invalid = rejected(&server, v2, "v2 place_order");
    assert_eq!(
        paths(&invalid),
        ["customer_info.email", "browser_ip", "browser_language"]
    );

    let server = TestServer::start().await;
    let v1 =
        payway_client::Client::new(payway_client::Environment::custom(&server.url()).expect("url"))
            .expect("client")
            .with_auth(payway_client::StaticToken::with_identity(
                "token-with-identity",
            ))
            .klarna_payments()
            .v1()
            .place_order()
            .klarna_authorization_token("token")
            .klarna_payments_session_id("session")
            .browser_ip("::ffff:81.208.13.50.1")
            .send()
            .await;
    assert_only(
        &rejected(&server, v1, "v1 place_order"),
        "browser_ip",
        "v1 place_order",
    );
}

// ---------------------------------------------------------------------------------------------
// The inventory above is complete.

/// Fails when the Klarna payments section gains a constraint: cover it in this file, then
/// update the counts. The other sections' constraints are covered without code per endpoint:
/// the sandbox's every-endpoint test (payway-sandbox/tests/sandbox/every_endpoint.rs) makes
/// each constrained parameter of each documented example bad in turn and checks it is refused,
/// with the same value checks the client runs (payway-values).
#[test]
fn the_klarna_section_has_no_constraint_this_file_does_not_cover() {
    let whole = include_str!("../spec/payway.yaml");
    // The section's lines: from its name to the next section's (two spaces, then a name).
    let spec: String = whole
        .lines()
        .skip_while(|line| *line != "  klarna_payments:")
        .enumerate()
        .take_while(|(at, line)| {
            *at == 0
                || !(line.starts_with("  ")
                    && line[2..].starts_with(|c: char| c.is_ascii_lowercase()))
        })
        .map(|(_, line)| format!("{line}\n"))
        .collect();
    assert!(
        spec.contains("create_session"),
        "the Klarna section is found"
    );
    let count = |needle: &str| spec.lines().filter(|l| l.trim() == needle).count();
    let count_prefix = |prefix: &str| {
        spec.lines()
            .filter(|l| l.trim_start().starts_with(prefix))
            .count()
    };
    // Request: confirmation_url (three sessions), reset_password_url, return_url. Response:
    // descriptive, standard, redirect_url.
    assert_eq!(count("type: url"), 8, "url fields");
    assert_eq!(
        count("type: date"),
        3,
        "date fields: start_date of three sessions"
    );
    assert_eq!(
        count("type: email"),
        2,
        "email fields: customer_info.email of place_trial_order and v2 place_order"
    );
    assert_eq!(
        count("type: ip_address"),
        3,
        "ip_address fields: browser_ip of three orders"
    );
    assert_eq!(count_prefix("pattern:"), 1, "patterns: paywall_id");
    assert_eq!(
        count_prefix("max_length:"),
        3,
        "max_length: paywall_id, code of v1/v2 payment_periods"
    );
    assert_eq!(count_prefix("min_length:"), 0, "min_length");
    // Request: period_type of three sessions (compile time, tests/ui). Response:
    // account_status (fuzz_decode.rs).
    assert_eq!(count("type: enum"), 4, "enum fields");
    // v2 create_session: compile time (tests/ui), and the sandbox (tests/sandbox_e2e.rs).
    assert_eq!(count_prefix("required_one_of:"), 1, "one-of rules");
    // v1 create_session_without_account, v2 create_session, v1/v2 place_order: here.
    assert_eq!(
        count("additional_parameters: true"),
        4,
        "open parameter sets"
    );
    assert_eq!(
        PaywallId::RULES.max_length,
        Some(24),
        "the generated rules follow the spec"
    );
    assert_eq!(
        PaywallId::RULES.pattern.map(|p| p.source()),
        Some(r"(?i)^[a-f\d]{24}$")
    );
}
