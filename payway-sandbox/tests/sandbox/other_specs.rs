//! Specs other than Payway's: an endpoint added to a spec is served, validated and answered
//! without sandbox code of its own. Also the builder's other settings and shutting down.

mod fixture {
    payway_macros::generate_api!("../tests/fixtures/fixture.yaml");
}

use std::time::Duration;

use fixture::catalog::v1::payment_periods::Type as PeriodType;
use fixture::userproducts::v1::log_to_accounts::ChangeLog;
use fixture::{Client, Environment, scopes};
use payway_client::{ApplicationAuth, Credentials, Error, ErrorCode, StaticToken};
use payway_sandbox::{Sandbox, SandboxError};
use serde_json::{Value, json};

use crate::support::{post, send_json, token_request};

const FIXTURE: &str = include_str!("../../../tests/fixtures/fixture.yaml");
const PAYMENT_PERIODS: &str = "/external/api/v1/catalog/payment_periods";

async fn fixture_sandbox() -> Sandbox {
    Sandbox::builder()
        .spec(FIXTURE)
        .spawn()
        .await
        .expect("fixture sandbox")
}

fn fixture_client(sandbox: &Sandbox) -> Client<ApplicationAuth> {
    Client::new(Environment::custom(sandbox.base_url()).expect("base URL"))
        .expect("client")
        .with_auth(ApplicationAuth::new(
            Credentials::new(sandbox.client_id(), sandbox.client_secret()),
            [scopes::CATALOG_R],
        ))
}

async fn fixture_token(sandbox: &Sandbox) -> String {
    let (status, answer) = token_request(
        sandbox,
        &[
            ("grant_type", "none"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("scope", scopes::CATALOG_R),
        ],
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    answer["access_token"].as_str().expect("token").to_string()
}

#[tokio::test]
async fn the_fixture_spec_is_served_through_its_generated_client() {
    let sandbox = fixture_sandbox().await;
    let client = fixture_client(&sandbox);
    let periods = client
        .catalog()
        .v1()
        .payment_periods()
        .code("adeprimo_digital")
        .limit(5)
        .kind(fixture::catalog::v1::payment_periods::Kind::Recurring)
        .send()
        .await
        .expect("payment_periods");
    assert_eq!(
        periods.len(),
        2,
        "an items envelope with synthesized objects"
    );
    assert_eq!(periods[0].r#type, PeriodType::Limited);
    assert_eq!(periods[0].id.len(), 24);

    let product = client
        .catalog()
        .v1()
        .lookup()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("lookup v1");
    assert!(!product.name.is_empty());

    // v2 of the same action needs an identity, and the fixture's token endpoint offers no
    // grant that gives one: the sandbox follows the spec there too.
    let pretending = client.with_auth(StaticToken::with_identity(fixture_token(&sandbox).await));
    let result = pretending
        .catalog()
        .v2()
        .lookup()
        .code("adeprimo_digital")
        .tags(vec!["a".to_string()])
        .send()
        .await;
    let Err(Error::Api(error)) = result else {
        panic!("expected an API error, got {result:?}")
    };
    assert_eq!(error.status(), 403);
    assert_eq!(
        error.code(),
        Some(&ErrorCode::Other("identity_required".into()))
    );
    let (status, answer) = token_request(
        &sandbox,
        &[
            ("grant_type", "ticket"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("ticket", "anything"),
        ],
    )
    .await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("unsupported_grant_type"))
    );
}

#[tokio::test]
async fn query_parameters_are_validated_from_the_spec() {
    let sandbox = fixture_sandbox().await;
    let token = fixture_token(&sandbox).await;
    let long = "x".repeat(1025);
    let cases = [
        ("code=a&limit=3&kind=limited", 200, "", ""),
        ("code=a&limit=abc", 400, "invalid_parameter", "limit"),
        ("code=a&limit=1.5", 400, "invalid_parameter", "limit"),
        ("limit=3", 400, "invalid_parameter", "code"),
        ("code=a&kind=weekly", 400, "invalid_parameter", "kind"),
        ("code=a&page=2", 400, "unknown_parameter", "page"),
        ("code=a&code=b", 400, "invalid_parameter", "code"),
        (&*format!("code={long}"), 400, "invalid_parameter", "code"),
    ];
    for (query, status, code, field) in cases {
        let path = format!("{PAYMENT_PERIODS}?{query}");
        let (got, answer) =
            send_json(&sandbox, reqwest::Method::GET, &path, Some(&token), None).await;
        assert_eq!(got, status, "{query}: {answer}");
        if status == 200 {
            assert_eq!(
                answer["items"].as_array().map(Vec::len),
                Some(2),
                "{answer}"
            );
        } else {
            assert_eq!(
                (answer["code"].as_str(), answer["field"].as_str()),
                (Some(code), Some(field)),
                "{query}"
            );
        }
    }
}

/// A spec with an endpoint of every type, none of which the sandbox has code for.
const EVERY_TYPE: &str = r#"
api:
  name: Everything
environments:
  local:
    base_url: http://127.0.0.1:9
token_endpoint:
  path: /oauth/token
  grant_types:
    none: An application token.
sections:
  things:
    endpoints:
      - action: create
        version: 3
        method: PUT
        path: /external/api/v3/things/create
        summary: Create a thing.
        scope: /external/things/w
        identity: false
        retry_safe: false
        body:
          name: { type: string, required: true, min_length: 2, max_length: 5 }
          count: { type: integer }
          price: { type: number }
          active: { type: boolean }
          when: { type: date }
          home: { type: url }
          ip: { type: ip_address }
          email: { type: email }
          kind: { type: enum, values: [a, b] }
          parts:
            type: list
            items:
              type: object
              name: Part
              fields:
                label: { type: string, required: true, pattern: '^[a-z]+$' }
          tags: { type: list, items: { type: string } }
        response:
          envelope: item
          fields:
            id: { type: string }
            created: { type: date }
            parts: { type: list, items: { type: object, name: PartOut, fields: { label: { type: string } } } }
"#;

#[tokio::test]
async fn an_endpoint_added_to_a_spec_is_validated_and_answered() {
    let sandbox = Sandbox::builder()
        .spec(EVERY_TYPE)
        .spawn()
        .await
        .expect("sandbox");
    let (status, answer) =
        send_json(&sandbox, reqwest::Method::POST, "/oauth/token", None, None).await;
    assert_eq!(
        status, 400,
        "the token endpoint's path comes from the spec: {answer}"
    );
    let response = crate::support::http()
        .post(format!("{}/oauth/token", sandbox.base_url()))
        .form(&[
            ("grant_type", "none"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("scope", "/external/things/w"),
        ])
        .send()
        .await
        .expect("token");
    let token: Value = response.json().await.expect("JSON");
    let token = token["access_token"].as_str().expect("token").to_string();
    let path = "/external/api/v3/things/create";
    let put = |body: Value| {
        let sandbox = &sandbox;
        let token = token.clone();
        async move {
            let response = crate::support::http()
                .put(format!("{}{path}", sandbox.base_url()))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .expect("request");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.expect("JSON"))
        }
    };
    let valid = json!({
        "name": "abc", "count": 3, "price": 9.5, "active": true, "when": "2030-01-31",
        "home": "https://example.com", "ip": "::1", "email": "a@example.com", "kind": "b",
        "parts": [{"label": "x"}, {"label": "y"}], "tags": ["t"],
    });
    let (status, answer) = put(valid.clone()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["item"]["id"].as_str().map(str::len),
        Some(24),
        "{answer}"
    );
    assert_eq!(answer["item"]["parts"][0]["label"], "sandbox label");

    let cases = [
        ("name", json!("a"), "name"),
        ("name", json!("abcdef"), "name"),
        ("count", json!(1.5), "count"),
        ("count", json!("3"), "count"),
        ("price", json!("9.5"), "price"),
        ("active", json!("true"), "active"),
        ("when", json!("2030-02-30"), "when"),
        ("home", json!("example.com"), "home"),
        ("ip", json!("localhost"), "ip"),
        ("email", json!("a@b"), "email"),
        ("kind", json!("c"), "kind"),
        ("parts", json!({"label": "x"}), "parts"),
        (
            "parts",
            json!([{"label": "x"}, {"label": "X"}]),
            "parts[1].label",
        ),
        ("parts", json!([{"label": "x"}, {}]), "parts[1].label"),
        ("parts", json!([null]), "parts[0]"),
        ("tags", json!(["t", 5]), "tags[1]"),
    ];
    for (key, value, field) in cases {
        let mut body = valid.clone();
        body[key] = value;
        let (status, answer) = put(body).await;
        assert_eq!(status, 400, "{key}: {answer}");
        assert_eq!(answer["code"], "invalid_parameter", "{key}: {answer}");
        assert_eq!(answer["field"], field, "{key}: {answer}");
    }
    let mut body = valid.clone();
    body["parts"][0]["colour"] = json!("red");
    let (_, answer) = put(body).await;
    assert_eq!(
        (answer["code"].as_str(), answer["field"].as_str()),
        (Some("unknown_parameter"), Some("parts[0].colour"))
    );

    let (status, _) = post(&sandbox, path, &token, &valid).await;
    assert_eq!(status, 405, "only the spec's method");
}

#[tokio::test]
async fn an_invalid_spec_is_an_error_not_a_panic() {
    for source in [
        "",
        "api: [",
        "api:\n  name: X\n",
        EVERY_TYPE.replace("type: integer", "type: int").as_str(),
    ] {
        match Sandbox::builder().spec(source).spawn().await {
            Err(SandboxError::Spec(diagnostics)) => {
                assert!(!diagnostics.is_empty(), "{source}");
                let shown = SandboxError::Spec(diagnostics).to_string();
                assert!(shown.contains("spec:"), "{shown}");
            }
            other => panic!("expected a spec error, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_fixed_port_is_used_and_a_taken_one_is_an_error() {
    let first = payway_sandbox::spawn().await.expect("sandbox");
    let port = first.local_addr().port();
    let taken = Sandbox::builder().port(port).spawn().await;
    assert!(matches!(taken, Err(SandboxError::Bind { .. })), "{taken:?}");
    first.shutdown().await;

    let again = Sandbox::builder()
        .port(port)
        .spawn()
        .await
        .expect("the port is free again");
    assert_eq!(again.base_url(), format!("http://127.0.0.1:{port}"));
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_server() {
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let url = format!("{}/sandbox/requests", sandbox.base_url());
    assert!(crate::support::http().get(&url).send().await.is_ok());
    sandbox.shutdown().await;
    let refused = crate::support::http().get(&url).send().await;
    assert!(refused.is_err_and(|e| e.is_connect()));

    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let url = format!("{}/sandbox/requests", sandbox.base_url());
    drop(sandbox);
    let mut refused = false;
    for _ in 0..50 {
        if crate::support::http().get(&url).send().await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(refused, "the dropped sandbox stops listening");
}

#[tokio::test]
async fn other_sections_shapes_are_served_from_the_spec_alone() {
    let sandbox = fixture_sandbox().await;
    let client = Client::new(Environment::custom(sandbox.base_url()).expect("base URL"))
        .expect("client")
        .with_auth(ApplicationAuth::new(
            Credentials::new(sandbox.client_id(), sandbox.client_secret()),
            [scopes::ACCOUNT_ARCHIVE_W, scopes::ACCOUNT_W, scopes::ME_R],
        ));
    // A DELETE with its parameter in the query string, answered 204 with no body.
    client
        .accounts()
        .v1()
        .archive()
        .account_id("5e4bbd0e09c04c1f6498c57f")
        .send()
        .await
        .expect("archive");
    // A bare object answered 201, with a date-time sent in the API's second shape.
    let registered = client
        .accounts()
        .v1()
        .register()
        .happened_at("2020-04-23 12:16:50 +0200")
        .send()
        .await
        .expect("register");
    assert_eq!(registered.id.len(), 24);
    // A path with no action segment; date-times in the answer parse.
    let agreements = client
        .useragreements()
        .v3()
        .get()
        .send()
        .await
        .expect("user agreements");
    assert!(!agreements.is_empty());
    assert_eq!(agreements[0].created_at.offset_minutes(), 60);
}

#[tokio::test]
async fn the_sandbox_answers_204_without_a_body_and_201_with_a_bare_object() {
    let sandbox = fixture_sandbox().await;
    let (status, answer) = token_request(
        &sandbox,
        &[
            ("grant_type", "none"),
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("scope", "/external/account/archive/w /external/account/w"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let token = answer["access_token"].as_str().expect("token").to_string();
    let http = crate::support::http();
    let archive = http
        .delete(format!(
            "{}/external/api/v1/accounts/archive?account_id=5e4bbd0e09c04c1f6498c57f",
            sandbox.base_url()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .expect("archive");
    assert_eq!(archive.status().as_u16(), 204);
    assert!(archive.bytes().await.expect("body").is_empty());
    let bad = http
        .delete(format!(
            "{}/external/api/v1/accounts/archive?account_id=nope",
            sandbox.base_url()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .expect("archive");
    assert_eq!(bad.status().as_u16(), 400);
    let register = http
        .post(format!(
            "{}/external/api/v1/accounts/register",
            sandbox.base_url()
        ))
        .bearer_auth(&token)
        .json(&json!({ "happened_at": "2019-11-21T14:43:30+01:00" }))
        .send()
        .await
        .expect("register");
    assert_eq!(register.status().as_u16(), 201);
    let body: Value = register.json().await.expect("json");
    assert!(body["id"].is_string(), "{body}");
    assert!(body.get("item").is_none());
    let bad = http
        .post(format!(
            "{}/external/api/v1/accounts/register",
            sandbox.base_url()
        ))
        .bearer_auth(&token)
        .json(&json!({ "happened_at": "yesterday" }))
        .send()
        .await
        .expect("register");
    assert_eq!(bad.status().as_u16(), 400);
}

/// Path parameters (a trailing `/` kept), a JSON body on a GET, a PUT, and a 207 answer, served
/// from the fixture with no sandbox code, through the fixture's generated client.
#[tokio::test]
async fn path_parameters_get_bodies_puts_and_multi_status() {
    let sandbox = fixture_sandbox().await;
    let client = Client::new(Environment::custom(sandbox.base_url()).expect("base URL"))
        .expect("client")
        .with_auth(ApplicationAuth::new(
            Credentials::new(sandbox.client_id(), sandbox.client_secret()),
            [scopes::USERPRODUCTS_R, scopes::USERPRODUCTS_W],
        ));
    let products = client.userproducts().v1();
    let active = products
        .active_products()
        .account_id("5f0d9ea795cfebfb8544ab12")
        .active(true)
        .send()
        .await
        .expect("GET with a path parameter and a trailing slash");
    assert!(!active.is_empty());

    // A value its pattern refuses never leaves the client.
    let before = sandbox.request_counts();
    match products
        .active_products()
        .account_id("no/such")
        .send()
        .await
    {
        Err(Error::InvalidRequest(request)) => {
            assert_eq!(request.problems()[0].parameter(), "account_id")
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    // Nor does a value that cannot be one path segment.
    match products
        .rename_product()
        .account_id("..")
        .position(1)
        .title("News")
        .send()
        .await
    {
        Err(Error::InvalidRequest(request)) => {
            assert_eq!(request.problems()[0].parameter(), "account_id")
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_eq!(sandbox.request_counts(), before, "nothing was sent");

    // PUT: a `/` and a space in a value travel as one encoded segment.
    products
        .rename_product()
        .account_id("a/b c")
        .position(3)
        .title("News")
        .send()
        .await
        .expect("PUT with two path parameters");
    assert_eq!(
        sandbox.request_count("/external/api/v1/userproducts/a%2Fb%20c/products/3"),
        1,
        "{:?}",
        sandbox.request_counts()
    );

    // `__UNSET__` clears what the docs allow to clear, whatever its type; the last call wins.
    let cleared = products
        .rename_product()
        .note("old")
        .clear_note()
        .clear_position_hint();
    assert_eq!(
        serde_json::to_value(cleared.body()).expect("body"),
        json!({"note": "__UNSET__", "position_hint": "__UNSET__"})
    );
    let set_again = products.rename_product().clear_note().note("new");
    assert_eq!(
        serde_json::to_value(set_again.body()).expect("body"),
        json!({"note": "new"})
    );
    // A refused value then a clear: the clear is the last word, so nothing is refused.
    products
        .rename_product()
        .account_id("5f0d9ea795cfebfb8544ab12")
        .position(1)
        .title("News")
        .note("x".repeat(41))
        .clear_note()
        .clear_position_hint()
        .send()
        .await
        .expect("cleared values are accepted by the sandbox");

    let found = products
        .search_package()
        .codes(vec!["news".to_string()])
        .send()
        .await
        .expect("GET with a JSON body");
    assert!(!found.is_empty());

    let results = products
        .log_to_accounts()
        .change_logs([ChangeLog::builder()
            .account_id("5f0d9ea795cfebfb8544ab12")
            .message("moved")
            .build()])
        .send()
        .await
        .expect("a 207 is a success");
    assert!(
        results.json.is_object(),
        "the whole body: {:?}",
        results.json
    );

    // The sandbox itself: a path parameter its rules refuse, the GET's body required.
    let token = {
        let (status, answer) = token_request(
            &sandbox,
            &[
                ("grant_type", "none"),
                ("client_id", sandbox.client_id()),
                ("client_secret", sandbox.client_secret()),
                ("scope", scopes::USERPRODUCTS_R),
            ],
        )
        .await;
        assert_eq!(status, 200, "{answer}");
        answer["access_token"].as_str().expect("token").to_string()
    };
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/external/api/v1/userproducts/zzz/",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["code"], "invalid_parameter", "{answer}");
    assert_eq!(answer["field"], "account_id", "{answer}");
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/external/api/v1/userproducts/5f0d9ea795cfebfb8544ab12",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, 404, "the route has its trailing `/`: {answer}");
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::GET,
        "/external/api/v1/userproducts/search/package",
        Some(&token),
        Some(&json!({"codes": 7})),
    )
    .await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["field"], "codes", "{answer}");
    let write_token = {
        let (status, answer) = token_request(
            &sandbox,
            &[
                ("grant_type", "none"),
                ("client_id", sandbox.client_id()),
                ("client_secret", sandbox.client_secret()),
                ("scope", scopes::USERPRODUCTS_W),
            ],
        )
        .await;
        assert_eq!(status, 200, "{answer}");
        answer["access_token"].as_str().expect("token").to_string()
    };
    let rename = "/external/api/v1/userproducts/abc/products/2";
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::PUT,
        rename,
        Some(&write_token),
        Some(&json!({"title": "__UNSET__"})),
    )
    .await;
    assert_eq!(
        status, 400,
        "only an unsettable value may be cleared: {answer}"
    );
    assert_eq!(
        (answer["code"].as_str(), answer["field"].as_str()),
        (Some("invalid_parameter"), Some("title")),
        "{answer}"
    );
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::PUT,
        rename,
        Some(&write_token),
        Some(&json!({"title": "News", "position_hint": "__UNSET__"})),
    )
    .await;
    assert_eq!(status, 200, "an integer cleared with text: {answer}");
    let (status, answer) = send_json(
        &sandbox,
        reqwest::Method::PUT,
        "/external/api/v1/userproducts/log_to_accounts",
        Some(&write_token),
        Some(&json!({"change_logs": [{"account_id": "a", "message": "m"}]})),
    )
    .await;
    assert_eq!(status, 207, "{answer}");
}
