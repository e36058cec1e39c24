//! What the client sends and how it reads the answers, against a recording server on loopback:
//! the curl examples of the two docs pages, and their example responses.

mod support;

use payway_client::klarna_payments::v1::create_session::{CreateSessionResponse, PeriodType};
use payway_client::klarna_payments::v2::place_trial_order::{
    AccountStatus, Address, CustomUrls, CustomerInfo, PlaceTrialOrderResponse,
};
use payway_client::*;
use serde_json::{Value, json};
use support::{
    Answer, TestServer, USER_AGENT, app_client, documented_create_session, documented_trial_order,
};

const CREATE_SESSION: &str = "/external/api/v1/klarna_payments/create_session";
const PLACE_TRIAL_ORDER: &str = "/external/api/v2/klarna_payments/place_trial_order";

/// The example response of the create_session docs page, verbatim.
fn documented_create_session_response() -> Value {
    json!({
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
    })
}

/// The example response of the place_trial_order docs page, verbatim.
fn documented_place_trial_order_response() -> Value {
    json!({
        "item": {
            "redirect_url": "http://url.to.klarna.se",
            "pw_order_id": "ORDER-123",
            "klarna_order_id": "c8328e81-d476-4e7d-9d03-5ae228240943",
            "account_id": "6093a11609c04c0ad94a4b9b",
            "account_status": "created"
        }
    })
}

/// Asserts the headers every API call must carry (api-facts.md, "Every request").
fn assert_api_headers(request: &support::Recorded, token: &str) {
    let bearer = format!("Bearer {token}");
    assert_eq!(request.header("authorization"), Some(bearer.as_str()));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
}

#[tokio::test]
async fn create_session_sends_the_documented_curl_body() {
    let server = TestServer::start().await;
    server.answer(
        CREATE_SESSION,
        Answer::json(200, documented_create_session_response()),
    );
    let client = Client::new(Environment::custom(&server.url()).unwrap())
        .unwrap()
        .with_auth(StaticToken::with_identity("token-with-identity"));

    let session = client
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        // Sent exactly as documented, trailing comma inside the string (a typo in the docs) included.
        .period_id("5f0d9ea795cfebfb8544ab12,")
        .confirmation_url("https://confirmation_url.com")
        .start_date("2021-10-30")
        .send()
        .await
        .expect("create_session");

    let request = server.single(CREATE_SESSION);
    assert_eq!(request.method, "POST");
    assert_eq!(request.query, None);
    assert_api_headers(&request, "token-with-identity");
    let expected = json!({
        "code": "adeprimo_digital",
        "period_type": "recurring",
        "period_id": "5f0d9ea795cfebfb8544ab12,",
        "confirmation_url": "https://confirmation_url.com",
        "start_date": "2021-10-30"
    });
    // URLs are sent exactly as given, so the body is the documented one to the byte.
    assert_eq!(request.json(), expected);
    assert_eq!(
        server.token_requests().len(),
        0,
        "a static token needs no token request"
    );

    // The documented example response, decoded.
    assert_eq!(
        session.klarna_payments_session_id,
        "5aba2ca36fc93613f8000012"
    );
    assert!(
        session
            .klarna_client_token
            .starts_with("eyJhbGciOIJIUzI1NiIsInR5cCI6IkpXVCJ9.")
    );
    assert!(
        session
            .klarna_client_token
            .ends_with(".A_rHWMSXQN2NRNGYTREBTkGwYwtm-sulkSDMvlJL87M")
    );
    let categories = &session.payment_method_categories;
    assert_eq!(categories.len(), 2);
    assert_eq!(categories[0].identifier, "direct_debit");
    assert_eq!(categories[0].name, "Bankkonto");
    assert_eq!(categories[1].identifier, "pay_later");
    assert_eq!(categories[1].name, "Få först. Betala sen.");
    let badge = "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg";
    for category in categories {
        assert_eq!(category.asset_urls.descriptive.as_str(), badge);
        assert_eq!(category.asset_urls.standard.as_str(), badge);
    }
}

#[tokio::test]
async fn place_trial_order_sends_the_documented_curl_body() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let client = app_client(&server);

    let order = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .first_name("Payway")
                .last_name("Adeprimo")
                .build(),
        )
        .klarna_authorization_token("klarna_authorization_token, received from klarna widget")
        .klarna_payments_session_id("klarna_payments_session_id, received from create_session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(USER_AGENT)
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        // The curl example shows `true/false` placeholders for these four flags. The values
        // chosen here are concrete and not all equal, so a flag sent under another flag's name
        // or with another flag's value shows in the comparison below.
        .raise_on_ssn_already_taken_error(true)
        .raise_on_ssn_already_set_error(false)
        .raise_on_account_update_error(true)
        .raise_on_delivery_address_error(false)
        .send()
        .await
        .expect("place_trial_order");

    let request = server.single(PLACE_TRIAL_ORDER);
    assert_eq!(request.method, "POST");
    assert_eq!(request.query, None);
    assert_api_headers(&request, "token-1");
    assert_eq!(
        request.json(),
        json!({
            "customer_info": {
                "email": "payway@adeprimo.se",
                "first_name": "Payway",
                "last_name": "Adeprimo"
            },
            "klarna_authorization_token": "klarna_authorization_token, received from klarna widget",
            "klarna_payments_session_id": "klarna_payments_session_id, received from create_session",
            "browser_ip": "81.208.13.50",
            "browser_language": "sv-SE",
            "browser_user_agent": USER_AGENT,
            "traffic_source": "facebook",
            "merchant_reference": "adeprimo-campaign-001",
            "raise_on_ssn_already_taken_error": true,
            "raise_on_ssn_already_set_error": false,
            "raise_on_account_update_error": true,
            "raise_on_delivery_address_error": false
        })
    );

    // The documented example response, decoded.
    assert_eq!(
        order,
        PlaceTrialOrderResponse::new(
            Url::parse("http://url.to.klarna.se").unwrap(),
            "ORDER-123",
            "c8328e81-d476-4e7d-9d03-5ae228240943",
            "6093a11609c04c0ad94a4b9b",
            AccountStatus::Created,
        )
    );
    assert_eq!(order.redirect_url.host_str(), Some("url.to.klarna.se"));
}

#[tokio::test]
async fn nested_objects_and_ipv6_are_sent_as_set() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let client = app_client(&server);

    client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .mobile_phone_number("+46701234567")
                .address(
                    Address::builder()
                        .field("street", "Storgatan 1")
                        .field("zip_code", "11122")
                        .build(),
                )
                .build(),
        )
        .klarna_authorization_token("auth")
        .klarna_payments_session_id("session")
        .browser_ip("2002:51d0:d32::51d0:d32")
        .browser_language("sv-SE")
        .browser_user_agent("UA")
        .paywall_id("5F0D9EA795CFEBFB8544AB12")
        .custom_urls(
            CustomUrls::builder()
                .return_url("https://example.com/thanks")
                .build(),
        )
        .send()
        .await
        .expect("place_trial_order");

    assert_eq!(
        server.single(PLACE_TRIAL_ORDER).json(),
        json!({
            "customer_info": {
                "email": "payway@adeprimo.se",
                "mobile_phone_number": "+46701234567",
                "address": { "street": "Storgatan 1", "zip_code": "11122" }
            },
            "klarna_authorization_token": "auth",
            "klarna_payments_session_id": "session",
            "browser_ip": "2002:51d0:d32::51d0:d32",
            "browser_language": "sv-SE",
            "browser_user_agent": "UA",
            "paywall_id": "5F0D9EA795CFEBFB8544AB12",
            "custom_urls": { "return_url": "https://example.com/thanks" }
        })
    );
}

#[tokio::test]
async fn unset_optional_parameters_are_absent_from_the_body() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let client = app_client(&server);

    client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
        .klarna_authorization_token("auth")
        .klarna_payments_session_id("session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("UA")
        .send()
        .await
        .expect("place_trial_order");

    // Only the required parameters: no nulls, no defaults filled in by the client.
    assert_eq!(
        server.single(PLACE_TRIAL_ORDER).json(),
        json!({
            "customer_info": { "email": "payway@adeprimo.se" },
            "klarna_authorization_token": "auth",
            "klarna_payments_session_id": "session",
            "browser_ip": "81.208.13.50",
            "browser_language": "sv-SE",
            "browser_user_agent": "UA"
        })
    );
}

#[tokio::test]
async fn maybe_setters_with_none_leave_parameters_absent() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let client = app_client(&server);

    client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .maybe_first_name(None::<&str>)
                .maybe_last_name(Some("Adeprimo"))
                .build(),
        )
        .klarna_authorization_token("auth")
        .klarna_payments_session_id("session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("UA")
        .maybe_traffic_source(None::<&str>)
        // Set, then cleared: absent.
        .merchant_reference("ref")
        .maybe_merchant_reference(None::<&str>)
        // An invalid value, then cleared: its problem is gone with it, so the request is sent.
        .paywall_id("not a paywall id")
        .maybe_paywall_id(None::<&str>)
        .maybe_custom_urls(None)
        .maybe_raise_on_ssn_already_taken_error(None::<bool>)
        .maybe_raise_on_delivery_address_error(Some(true))
        .send()
        .await
        .expect("place_trial_order");

    assert_eq!(
        server.single(PLACE_TRIAL_ORDER).json(),
        json!({
            "customer_info": { "email": "payway@adeprimo.se", "last_name": "Adeprimo" },
            "klarna_authorization_token": "auth",
            "klarna_payments_session_id": "session",
            "browser_ip": "81.208.13.50",
            "browser_language": "sv-SE",
            "browser_user_agent": "UA",
            "raise_on_delivery_address_error": true
        })
    );
}

#[tokio::test]
async fn create_session_optional_parameters_are_absent_unless_set() {
    let server = TestServer::start().await;
    server.answer(
        CREATE_SESSION,
        Answer::json(200, documented_create_session_response()),
    );
    let client = Client::new(Environment::custom(&server.url()).unwrap())
        .unwrap()
        .with_auth(StaticToken::with_identity("token-with-identity"));

    client
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Limited)
        .confirmation_url("https://example.com/confirmed")
        .maybe_start_date(None::<Date>)
        .maybe_disable_account_info_overwrite(Some(true))
        .send()
        .await
        .expect("create_session");

    assert_eq!(
        server.single(CREATE_SESSION).json(),
        json!({
            "code": "adeprimo_digital",
            "period_type": "limited",
            "confirmation_url": "https://example.com/confirmed",
            "disable_account_info_overwrite": true
        })
    );
}

#[tokio::test]
async fn unknown_response_fields_are_ignored() {
    let server = TestServer::start().await;
    let mut response = documented_place_trial_order_response();
    response["item"]["loyalty_points"] = json!(12);
    response["item"]["nested"] = json!({ "anything": [1, 2, 3] });
    response["meta"] = json!({ "request_id": "abc" });
    server.answer(PLACE_TRIAL_ORDER, Answer::json(200, response));
    let mut session = documented_create_session_response();
    session["item"]["payment_method_categories"][0]["asset_urls"]["large"] =
        json!("https://x.se/l.svg");
    session["item"]["payment_method_categories"][1]["enabled"] = json!(true);
    session["item"]["expires_at"] = json!("2030-01-01T00:00:00Z");
    server.answer(CREATE_SESSION, Answer::json(200, session));

    let order = minimal_trial_order(&app_client(&server))
        .await
        .expect("decodes");
    assert_eq!(order.pw_order_id, "ORDER-123");
    assert_eq!(order.account_status, AccountStatus::Created);

    let identity = Client::new(Environment::custom(&server.url()).unwrap())
        .unwrap()
        .with_auth(StaticToken::with_identity("t"));
    let session: CreateSessionResponse = documented_create_session!(identity)
        .send()
        .await
        .expect("decodes");
    assert_eq!(session.payment_method_categories.len(), 2);
    assert_eq!(
        session.payment_method_categories[1].name,
        "Få först. Betala sen."
    );
}

#[tokio::test]
async fn an_unknown_account_status_is_kept() {
    let server = TestServer::start().await;
    let mut response = documented_place_trial_order_response();
    response["item"]["account_status"] = json!("merged");
    server.answer(PLACE_TRIAL_ORDER, Answer::json(200, response));

    let order = minimal_trial_order(&app_client(&server))
        .await
        .expect("decodes");
    assert_eq!(
        order.account_status,
        AccountStatus::Unknown("merged".to_string())
    );
    assert_eq!(order.account_status.as_str(), "merged");

    let mut response = documented_place_trial_order_response();
    response["item"]["account_status"] = json!("known");
    server.answer(PLACE_TRIAL_ORDER, Answer::json(200, response));
    let order = minimal_trial_order(&app_client(&server))
        .await
        .expect("decodes");
    assert_eq!(order.account_status, AccountStatus::Known);
}

#[tokio::test]
async fn the_user_agent_is_the_configured_one() {
    let server = TestServer::start().await;
    server.answer(
        PLACE_TRIAL_ORDER,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let default = app_client(&server);
    minimal_trial_order(&default).await.expect("sent");
    let custom = Client::with_config(
        Environment::custom(&server.url()).unwrap(),
        ClientConfig::default().user_agent("publisher-backend/2.0"),
    )
    .unwrap()
    .with_auth(StaticToken::application("app-token"));
    minimal_trial_order(&custom).await.expect("sent");

    let requests = server.requests_to(PLACE_TRIAL_ORDER);
    assert_eq!(requests.len(), 2);
    let default_agent = requests[0].header("user-agent").expect("a user agent");
    assert!(
        default_agent.starts_with("payway-client/"),
        "{default_agent}"
    );
    assert_eq!(
        requests[1].header("user-agent"),
        Some("publisher-backend/2.0")
    );
    assert_eq!(
        requests[1].header("authorization"),
        Some("Bearer app-token")
    );
}

#[tokio::test]
async fn a_base_url_with_a_path_prefixes_every_path() {
    let server = TestServer::start().await;
    let prefixed = format!("/payway{PLACE_TRIAL_ORDER}");
    // The test server hands out tokens on the unprefixed token path only.
    server.answer(
        "/payway/api/authorization/access_token",
        Answer::json(
            200,
            json!({ "access_token": "prefixed-token", "expires_in": 3600 }),
        ),
    );
    server.answer(
        &prefixed,
        Answer::json(200, documented_place_trial_order_response()),
    );
    let client = Client::new(Environment::custom(&format!("{}/payway/", server.url())).unwrap())
        .unwrap()
        .with_auth(ApplicationAuth::new(
            Credentials::new("client-id", "client-secret"),
            [scopes::KLARNA_PAYMENTS_W],
        ));

    minimal_trial_order(&client).await.expect("sent");

    assert_eq!(
        server.single(&prefixed).header("authorization"),
        Some("Bearer prefixed-token")
    );
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/payway/api/authorization/access_token".to_string(),
            prefixed
        ]
    );
}

async fn minimal_trial_order<A>(client: &Client<A>) -> Result<PlaceTrialOrderResponse, Error>
where
    A: Auth,
{
    documented_trial_order!(client).send().await
}
