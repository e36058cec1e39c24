//! A second client, generated from the fixture spec, against a recording server on loopback:
//! a GET endpoint with query parameters and an `items` list answer, and the same action in v1
//! and v2 side by side.

mod support;

mod fixture {
    payway_macros::generate_api!("tests/fixtures/fixture.yaml");
}

use fixture::catalog::v1::payment_periods::{Kind, PaymentPeriodsItem, Type};
use fixture::{Client, Environment, scopes};
use payway_client::{ApplicationAuth, Credentials, Error, StaticToken};
use serde_json::json;
use support::{Answer, TOKEN_PATH, TestServer};

const PAYMENT_PERIODS: &str = "/external/api/v1/catalog/payment_periods";
const LOOKUP_V1: &str = "/external/api/v1/catalog/lookup";
const LOOKUP_V2: &str = "/external/api/v2/catalog/lookup";

fn app_client(server: &TestServer) -> Client<ApplicationAuth> {
    Client::new(Environment::custom(&server.url()).expect("base URL"))
        .expect("client")
        .with_auth(ApplicationAuth::new(
            Credentials::new("id", "secret"),
            [scopes::CATALOG_R],
        ))
}

fn periods_answer() -> Answer {
    Answer::json(
        200,
        json!({
            "items": [
                {
                    "id": "5f0d9ea795cfebfb8544ab12",
                    "payment_method": "klarna_payments",
                    "type": "recurring",
                    "enabled": true,
                    "iteration_type": "month",
                    "iteration_length": 1,
                    "price": 99.5,
                    "note": "first month free"
                },
                {
                    "id": "5f0d9ea795cfebfb8544ab13",
                    "type": "trial",
                    "enabled": false,
                    "iteration_length": 12,
                    "price": 0
                }
            ]
        }),
    )
}

#[tokio::test]
async fn get_sends_query_parameters_and_no_body() {
    let server = TestServer::start().await;
    server.answer(PAYMENT_PERIODS, periods_answer());
    let client = app_client(&server);

    let periods = client
        .catalog()
        .v1()
        .payment_periods()
        .code("adeprimo digital&more")
        .limit(10)
        .kind(Kind::Recurring)
        .send()
        .await
        .expect("payment_periods");

    let request = server.single(PAYMENT_PERIODS);
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.query.as_deref(),
        Some("code=adeprimo+digital%26more&limit=10&kind=recurring")
    );
    assert!(
        request.body.is_empty(),
        "a GET has no body: {:?}",
        request.body_text()
    );
    assert_eq!(request.header("content-type"), None);
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("authorization"), Some("Bearer token-1"));
    assert_eq!(
        server.single(TOKEN_PATH).form()["scope"],
        "/external/catalog/r"
    );

    assert_eq!(
        periods,
        vec![
            PaymentPeriodsItem {
                id: "5f0d9ea795cfebfb8544ab12".to_string(),
                r#type: Type::Recurring,
                enabled: true,
                iteration_length: 1,
                price: 99.5,
                note: Some("first month free".to_string()),
            },
            PaymentPeriodsItem {
                id: "5f0d9ea795cfebfb8544ab13".to_string(),
                r#type: Type::Unknown("trial".to_string()),
                enabled: false,
                iteration_length: 12,
                price: 0.0,
                note: None,
            },
        ]
    );
}

#[tokio::test]
async fn unset_query_parameters_are_absent() {
    let server = TestServer::start().await;
    server.answer(PAYMENT_PERIODS, Answer::json(200, json!({ "items": [] })));
    let client = app_client(&server);

    let periods = client
        .catalog()
        .v1()
        .payment_periods()
        .code("adeprimo_digital")
        .maybe_limit(None::<i64>)
        .send()
        .await
        .expect("payment_periods");

    assert!(periods.is_empty());
    assert_eq!(
        server.single(PAYMENT_PERIODS).query.as_deref(),
        Some("code=adeprimo_digital")
    );
}

#[tokio::test]
async fn a_query_value_over_its_max_length_is_rejected_before_sending() {
    let server = TestServer::start().await;
    let client = app_client(&server);

    let result = client
        .catalog()
        .v1()
        .payment_periods()
        .code("c".repeat(1025))
        .send()
        .await;

    match result {
        Err(Error::InvalidRequest(invalid)) => {
            assert_eq!(invalid.endpoint(), "catalog.v1.payment_periods");
            assert_eq!(invalid.problems().len(), 1);
            assert_eq!(invalid.problems()[0].parameter(), "code");
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn an_items_answer_without_items_is_a_decode_error() {
    let server = TestServer::start().await;
    server.answer(
        PAYMENT_PERIODS,
        Answer::json(200, json!({ "item": { "id": "x" } })),
    );
    let client = app_client(&server);

    match client
        .catalog()
        .v1()
        .payment_periods()
        .code("c")
        .send()
        .await
    {
        Err(Error::Decode(error)) => {
            assert!(error.reason().contains("items"), "{}", error.reason());
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn v1_and_v2_of_the_same_action_hit_their_own_paths_with_their_own_bodies() {
    let server = TestServer::start().await;
    server.answer(LOOKUP_V1, Answer::item(json!({ "name": "Digital (v1)" })));
    server.answer(
        LOOKUP_V2,
        Answer::item(json!({ "name": "Digital (v2)", "tags": ["news", "sport"] })),
    );
    let base = Client::new(Environment::custom(&server.url()).unwrap()).unwrap();

    let v1 = base
        .with_auth(StaticToken::application("app-token"))
        .catalog()
        .v1()
        .lookup()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("v1 lookup");
    // v2 is identity-only: it compiles only with an identity token.
    let v2 = base
        .with_auth(StaticToken::with_identity("identity-token"))
        .catalog()
        .v2()
        .lookup()
        .code("adeprimo_digital")
        .tags(["news".to_string(), "sport".to_string()])
        .send()
        .await
        .expect("v2 lookup");

    assert_eq!(v1.name, "Digital (v1)");
    assert_eq!(v2.name, "Digital (v2)");
    assert_eq!(v2.tags, ["news", "sport"]);

    let v1_request = server.single(LOOKUP_V1);
    assert_eq!(v1_request.method, "POST");
    assert_eq!(v1_request.json(), json!({ "code": "adeprimo_digital" }));
    assert_eq!(v1_request.header("authorization"), Some("Bearer app-token"));
    assert_eq!(v1_request.header("content-type"), Some("application/json"));

    let v2_request = server.single(LOOKUP_V2);
    assert_eq!(v2_request.method, "POST");
    assert_eq!(
        v2_request.json(),
        json!({ "code": "adeprimo_digital", "tags": ["news", "sport"] })
    );
    assert_eq!(
        v2_request.header("authorization"),
        Some("Bearer identity-token")
    );
    assert_eq!(v2_request.header("content-type"), Some("application/json"));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_partly_documented_response_object_keeps_the_fields_it_does_not_list() {
    let server = TestServer::start().await;
    let client = Client::new(Environment::custom(&server.url()).unwrap())
        .unwrap()
        .with_auth(StaticToken::application("app-token"));
    let lookup = || {
        client
            .catalog()
            .v1()
            .lookup()
            .code("adeprimo_digital")
            .send()
    };

    server.answer(
        LOOKUP_V1,
        Answer::item(json!({
            "name": "Digital",
            "vendor": { "id": "v-1", "country": "SE", "rating": 4 },
            "unlisted": true
        })),
    );
    let answer = lookup().await.expect("decodes");
    let vendor = answer.vendor.expect("vendor is present");
    assert_eq!(vendor.id, "v-1");
    assert_eq!(vendor.extra.len(), 2, "{:?}", vendor.extra);
    assert_eq!(vendor.extra["country"], json!("SE"));
    assert_eq!(vendor.extra["rating"], json!(4));

    // Optional: absent and null are both `None`.
    server.answer(LOOKUP_V1, Answer::item(json!({ "name": "Digital" })));
    assert_eq!(lookup().await.expect("decodes").vendor, None);
    server.answer(
        LOOKUP_V1,
        Answer::item(json!({ "name": "Digital", "vendor": null })),
    );
    assert_eq!(lookup().await.expect("decodes").vendor, None);
}

#[test]
fn the_support_server_serves_tokens_on_the_generated_token_path() {
    assert_eq!(fixture::TOKEN_PATH, TOKEN_PATH);
    assert_eq!(payway_client::TOKEN_PATH, TOKEN_PATH);
}

// The shapes of other sections' pages (api-facts.md): a DELETE with its parameter in the query
// string answered 204 with no body, a bare `{"id"}` answered 201, a path with no action
// segment, a deeper scope, and date-times in both of the API's shapes.

const ARCHIVE: &str = "/external/api/v1/accounts/archive";
const REGISTER: &str = "/external/api/v1/accounts/register";
const USER_AGREEMENTS: &str = "/external/api/v3/useragreements";

fn accounts_client(server: &TestServer) -> Client<StaticToken<payway_client::NoIdentity>> {
    Client::new(Environment::custom(&server.url()).expect("base URL"))
        .expect("client")
        .with_auth(StaticToken::application("token-1"))
}

#[tokio::test]
async fn a_delete_sends_its_query_and_accepts_204_or_an_empty_object() {
    let server = TestServer::start().await;
    server.answer_once(ARCHIVE, Answer::new(204));
    server.answer_once(ARCHIVE, Answer::json(200, json!({})));
    let client = accounts_client(&server);
    for _ in 0..2 {
        let archived: () = client
            .accounts()
            .v1()
            .archive()
            .account_id("5e4bbd0e09c04c1f6498c57f")
            .send()
            .await
            .expect("archive");
        let () = archived;
    }
    let requests = server.requests_to(ARCHIVE);
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, "DELETE");
    assert_eq!(
        requests[0].query.as_deref(),
        Some("account_id=5e4bbd0e09c04c1f6498c57f")
    );
    assert!(requests[0].body.is_empty());
    assert_eq!(scopes::ACCOUNT_ARCHIVE_W, "/external/account/archive/w");
}

#[tokio::test]
async fn a_delete_checks_its_query_before_sending() {
    let server = TestServer::start().await;
    let client = accounts_client(&server);
    let error = client
        .accounts()
        .v1()
        .archive()
        .account_id("not-an-id")
        .send()
        .await
        .expect_err("rejected");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_eq!(server.count(ARCHIVE), 0);
}

#[tokio::test]
async fn a_bare_object_answered_201_is_read_without_an_envelope() {
    let server = TestServer::start().await;
    server.answer(
        REGISTER,
        Answer::json(201, json!({ "id": "5e4bbd0e09c04c1f6498c57f" })),
    );
    let client = accounts_client(&server);
    let registered = client
        .accounts()
        .v1()
        .register()
        .happened_at("2020-04-23 12:16:50 +0200")
        .send()
        .await
        .expect("register");
    assert_eq!(registered.id, "5e4bbd0e09c04c1f6498c57f");
    let request = server.single(REGISTER);
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.json(),
        json!({ "happened_at": "2020-04-23 12:16:50 +0200" })
    );

    let error = client
        .accounts()
        .v1()
        .register()
        .happened_at("yesterday")
        .send()
        .await
        .expect_err("not a date-time");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
}

#[tokio::test]
async fn a_path_without_an_action_segment_and_date_times_in_both_shapes() {
    let server = TestServer::start().await;
    server.answer(
        USER_AGREEMENTS,
        Answer::json(
            200,
            json!({ "items": [
                { "id": "a", "created_at": "2019-11-21T14:43:30+01:00" },
                { "id": "b", "created_at": "2020-04-23 12:16:50 +0200" }
            ]}),
        ),
    );
    let client = accounts_client(&server);
    let agreements = client
        .useragreements()
        .v3()
        .get()
        .send()
        .await
        .expect("user agreements");
    assert_eq!(server.single(USER_AGREEMENTS).method, "GET");
    assert_eq!(agreements[0].created_at.offset_minutes(), 60);
    assert_eq!(agreements[1].created_at.offset_minutes(), 120);
    assert_eq!(
        agreements[1].created_at.to_string(),
        "2020-04-23 12:16:50 +0200"
    );
}

#[tokio::test]
async fn an_endpoint_that_may_answer_without_data_gives_an_option() {
    const UPDATE_SESSION: &str = "/external/api/v1/accounts/update_session";
    let server = TestServer::start().await;
    server.answer_once(
        UPDATE_SESSION,
        Answer::json(201, json!({ "id": "5e4bbd0e09c04c1f6498c57f" })),
    );
    server.answer_once(UPDATE_SESSION, Answer::new(204));
    server.answer_once(UPDATE_SESSION, Answer::json(204, json!({})));
    server.answer_once(UPDATE_SESSION, Answer::json(201, json!({ "other": 1 })));
    let client = accounts_client(&server);
    let call = || {
        client
            .accounts()
            .v1()
            .update_session()
            .session_id("s1")
            .send()
    };
    let updated = call().await.expect("updated");
    assert_eq!(
        updated.map(|u| u.id).as_deref(),
        Some("5e4bbd0e09c04c1f6498c57f")
    );
    assert!(call().await.expect("deleted").is_none());
    assert!(call().await.expect("deleted, with {}").is_none());
    // An object that is not the documented one is still an error, not `None`; the endpoint is not
    // safe to retry and answered 2xx, so the server acted: the outcome is in doubt.
    let error = call().await.expect_err("missing id");
    assert!(
        matches!(&error, Error::OutcomeUnknown(doubt) if matches!(doubt.cause(), Error::Decode(_))),
        "{error:?}"
    );
}
