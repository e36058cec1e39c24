//! The identity providers' answers to bad input, request by request: OAuth's and SSO2's
//! refusals, never a panic or a 5xx. The successful flows are in the workspace's
//! `tests/identity_login.rs`, through the client.

use std::collections::HashMap;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use payway_sandbox::{DEFAULT_CUSTOMER_EMAIL, DEFAULT_CUSTOMER_PASSWORD, Sandbox};
use serde_json::{Value, json};

const CALLBACK: &str = "http://127.0.0.1:9/callback";
/// RFC 7636's example verifier and its S256 challenge.
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .redirect_uri(CALLBACK)
        .spawn()
        .await
        .expect("sandbox")
}

fn browser() -> reqwest::Client {
    crate::support::http_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn authorization<'a>(
    sandbox: &'a Sandbox,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut params = vec![
        ("response_type", "code"),
        ("client_id", sandbox.client_id()),
        ("redirect_uri", CALLBACK),
        ("scope", "openid email"),
        ("state", "st4te"),
        ("code_challenge", CHALLENGE),
        ("code_challenge_method", "S256"),
    ];
    for (name, value) in extra {
        params.retain(|(n, _)| n != name);
        params.push((name, value));
    }
    params
}

/// The query parameters of the redirect `response` points to.
fn redirect_query(response: &reqwest::Response) -> HashMap<String, String> {
    let location = response.headers()["location"].to_str().expect("location");
    reqwest::Url::parse(location)
        .expect("url")
        .query_pairs()
        .into_owned()
        .collect()
}

/// Logs the default customer in with `params` and returns the code.
async fn code(sandbox: &Sandbox, params: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, &str)> = params.to_vec();
    form.push(("email", DEFAULT_CUSTOMER_EMAIL));
    form.push(("password", DEFAULT_CUSTOMER_PASSWORD));
    let answer = browser()
        .post(format!("{}/oidc/authorize", sandbox.base_url()))
        .form(&form)
        .send()
        .await
        .expect("login");
    assert_eq!(answer.status(), 303);
    let query = redirect_query(&answer);
    assert_eq!(query["state"], "st4te");
    query["code"].clone()
}

async fn token(sandbox: &Sandbox, form: &[(&str, &str)]) -> (u16, Value) {
    let answer = browser()
        .post(format!("{}/oidc/token", sandbox.base_url()))
        .form(form)
        .send()
        .await
        .expect("token request");
    let status = answer.status().as_u16();
    (status, answer.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn discovery_names_every_endpoint_under_the_base_url() {
    let sandbox = sandbox().await;
    let document: Value = crate::support::http()
        .get(sandbox.openid_configuration_url())
        .send()
        .await
        .expect("discovery")
        .json()
        .await
        .expect("json");
    assert_eq!(document["issuer"], sandbox.base_url());
    for endpoint in [
        "authorization_endpoint",
        "token_endpoint",
        "jwks_uri",
        "userinfo_endpoint",
    ] {
        let url = document[endpoint].as_str().expect(endpoint);
        assert!(url.starts_with(sandbox.base_url()), "{endpoint}: {url}");
    }
    assert_eq!(
        document["code_challenge_methods_supported"],
        json!(["S256"])
    );
    let jwks: Value = crate::support::http()
        .get(document["jwks_uri"].as_str().expect("jwks"))
        .send()
        .await
        .expect("jwks")
        .json()
        .await
        .expect("json");
    assert_eq!(jwks["keys"][0]["kty"], "EC");
    assert!(
        jwks["keys"][0].get("d").is_none(),
        "the private key is not published"
    );
}

#[tokio::test]
async fn authorization_errors_go_back_to_the_site_only_when_it_is_known() {
    let sandbox = sandbox().await;
    let url = format!("{}/oidc/authorize", sandbox.base_url());
    let get = |params: Vec<(&str, &str)>| browser().get(&url).query(&params).send();

    // Unknown client, unregistered redirect URI: an error page, never a redirect.
    for params in [
        authorization(&sandbox, &[("client_id", "someone-else")]),
        authorization(&sandbox, &[("redirect_uri", "https://evil.example/cb")]),
        authorization(&sandbox, &[("redirect_uri", "javascript:alert(1)")]),
    ] {
        let answer = get(params).await.expect("answer");
        assert_eq!(answer.status(), 400);
        assert!(answer.headers().get("location").is_none());
    }
    // Known client and redirect URI: the error goes back with the state.
    for (extra, error) in [
        (("response_type", "token"), "unsupported_response_type"),
        (("scope", "email"), "invalid_scope"),
        (("scope", "openid /not/a/scope"), "invalid_scope"),
        (("code_challenge_method", "plain"), "invalid_request"),
        (("code_challenge", "short"), "invalid_request"),
    ] {
        let answer = get(authorization(&sandbox, &[extra]))
            .await
            .expect("answer");
        assert_eq!(answer.status(), 303, "{extra:?}");
        let query = redirect_query(&answer);
        assert_eq!(query["error"], error, "{extra:?}");
        assert_eq!(query["state"], "st4te");
    }
    // A good request shows the login form.
    let page = get(authorization(&sandbox, &[])).await.expect("form");
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .expect("html")
            .contains("name=\"password\"")
    );
}

#[tokio::test]
async fn the_token_endpoint_refuses_bad_codes_verifiers_and_clients() {
    let sandbox = sandbox().await;
    let params = authorization(&sandbox, &[]);
    let client = [
        ("client_id", sandbox.client_id()),
        ("client_secret", sandbox.client_secret()),
    ];
    let exchange = |code: String, extra: Vec<(&'static str, &'static str)>| {
        let mut form: Vec<(&str, String)> =
            client.iter().map(|(k, v)| (*k, v.to_string())).collect();
        form.push(("grant_type", "authorization_code".into()));
        form.push(("code", code));
        form.push(("redirect_uri", CALLBACK.into()));
        form.push(("code_verifier", VERIFIER.into()));
        for (name, value) in extra {
            form.retain(|(n, _)| *n != name);
            if !value.is_empty() {
                form.push((name, value.into()));
            }
        }
        form
    };
    let send = |form: Vec<(&'static str, String)>| {
        let sandbox = &sandbox;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            token(sandbox, &form).await
        }
    };

    let wrong_verifier = exchange(
        code(&sandbox, &params).await,
        vec![(
            "code_verifier",
            "an-entirely-different-verifier-of-enough-length-0123",
        )],
    );
    let (status, answer) = send(wrong_verifier).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let missing_verifier = exchange(code(&sandbox, &params).await, vec![("code_verifier", "")]);
    assert_eq!(send(missing_verifier).await.1["error"], "invalid_grant");
    let other_redirect = exchange(
        code(&sandbox, &params).await,
        vec![("redirect_uri", "http://127.0.0.1:9/other")],
    );
    assert_eq!(send(other_redirect).await.1["error"], "invalid_grant");
    let wrong_secret = exchange(
        code(&sandbox, &params).await,
        vec![("client_secret", "nope")],
    );
    let (status, answer) = send(wrong_secret).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (401, Some("invalid_client"))
    );

    // A good exchange works once.
    let good = code(&sandbox, &params).await;
    let (status, answer) = send(exchange(good.clone(), vec![])).await;
    assert_eq!(status, 200, "{answer}");
    assert!(answer["id_token"].is_string() && answer["access_token"].is_string());
    let (status, answer) = send(exchange(good, vec![])).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("invalid_grant"))
    );

    let (_, answer) = token(&sandbox, &[("grant_type", "password")]).await;
    assert_eq!(answer["error"], "invalid_client");
    let mut unsupported: Vec<(&str, &str)> = client.to_vec();
    unsupported.push(("grant_type", "password"));
    assert_eq!(
        token(&sandbox, &unsupported).await.1["error"],
        "unsupported_grant_type"
    );
    let not_a_form = browser()
        .post(format!("{}/oidc/token", sandbox.base_url()))
        .json(&json!({"grant_type": "authorization_code"}))
        .send()
        .await
        .expect("answer");
    assert_eq!(not_a_form.status(), 400);
}

#[tokio::test]
async fn userinfo_needs_a_customer_token() {
    let sandbox = sandbox().await;
    let url = format!("{}/oidc/userinfo", sandbox.base_url());
    assert_eq!(
        crate::support::http()
            .get(&url)
            .send()
            .await
            .expect("answer")
            .status(),
        401
    );
    let with = |token: &str| browser().get(&url).bearer_auth(token.to_string()).send();
    assert_eq!(with("unknown").await.expect("answer").status(), 401);
    let code = code(&sandbox, &authorization(&sandbox, &[])).await;
    let (_, answer) = token(
        &sandbox,
        &[
            ("client_id", sandbox.client_id()),
            ("client_secret", sandbox.client_secret()),
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", CALLBACK),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    let access = answer["access_token"].as_str().expect("access token");
    let claims: Value = with(access)
        .await
        .expect("userinfo")
        .json()
        .await
        .expect("json");
    assert_eq!(claims["email"], DEFAULT_CUSTOMER_EMAIL);
}

fn sso2_token(secret: &str, claims: Value) -> String {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("encodes")
}

fn now() -> u64 {
    jsonwebtoken::get_current_timestamp()
}

async fn sso2(sandbox: &Sandbox, operation: &str, token: &str) -> (u16, Value) {
    let answer = browser()
        .post(format!("{}/{operation}", sandbox.sso2_base_url()))
        .json(&json!({ "t": token }))
        .send()
        .await
        .expect("answer");
    let status = answer.status().as_u16();
    (status, answer.json().await.unwrap_or(Value::Null))
}

/// The claims of an SSO2 answer, checked with the client secret.
fn answer_claims(sandbox: &Sandbox, answer: &Value) -> serde_json::Map<String, Value> {
    let mut validation = jsonwebtoken::Validation::new(Algorithm::HS256);
    validation.set_required_spec_claims::<&str>(&[]);
    validation.validate_aud = false;
    jsonwebtoken::decode(
        answer["t"].as_str().expect("t"),
        &jsonwebtoken::DecodingKey::from_secret(sandbox.client_secret().as_bytes()),
        &validation,
    )
    .expect("signed with the secret")
    .claims
}

#[tokio::test]
async fn sso2_refuses_expired_forged_and_misaddressed_tokens() {
    let sandbox = sandbox().await;
    let secret = sandbox.client_secret().to_string();
    let good = |extra: Value| {
        let mut claims = json!({
            "cid": sandbox.client_id(), "iss": sandbox.organisation_id(), "aud": "pw-sso",
            "nbf": now(), "iat": now(), "exp": now() + 10, "sid": "sid_unknown",
            "ipa": "127.0.0.1", "uas": "test", "lks": "anon"
        });
        if let (Value::Object(claims), Value::Object(extra)) = (&mut claims, extra) {
            claims.extend(extra);
        }
        claims
    };
    for (token, why) in [
        (
            sso2_token(
                &secret,
                good(json!({"exp": now() - 600, "nbf": now() - 700})),
            ),
            "expired",
        ),
        (
            sso2_token(
                &secret,
                good(json!({"nbf": now() + 600, "exp": now() + 700})),
            ),
            "not valid yet",
        ),
        (sso2_token("another-secret", good(json!({}))), "signature"),
        (
            sso2_token(&secret, good(json!({"aud": "pw-paywall"}))),
            "aud",
        ),
        (
            sso2_token(&secret, good(json!({"iss": "another-organisation"}))),
            "iss",
        ),
        (
            sso2_token(&secret, good(json!({"cid": "another-client"}))),
            "cid",
        ),
        ("not.a.jwt".to_string(), "unreadable"),
    ] {
        let (status, answer) = sso2(&sandbox, "sessionstatus", &token).await;
        assert_eq!(status, 401, "{why}: {answer}");
        assert_eq!(answer["error"], "invalid_token");
        let description = answer["error_description"].as_str().unwrap_or_default();
        assert!(description.contains(why), "{why}: {description}");
    }
    // A good token for an unknown session: a signed `session_not_found`.
    let (status, answer) = sso2(
        &sandbox,
        "sessionstatus",
        &sso2_token(&secret, good(json!({}))),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(answer_claims(&sandbox, &answer)["err"], "session_not_found");

    // No body, or not JSON: 400.
    let empty = browser()
        .post(format!("{}/logout", sandbox.sso2_base_url()))
        .send()
        .await
        .expect("answer");
    assert_eq!(empty.status(), 400);
    let identify = browser()
        .get(format!("{}/identify", sandbox.sso2_base_url()))
        .send()
        .await
        .expect("answer");
    assert_eq!(identify.status(), 400);
}

#[tokio::test]
async fn sso2_freezes_a_login_after_repeated_wrong_passwords() {
    let sandbox = Sandbox::builder()
        .redirect_uri("http://127.0.0.1:9/landing")
        .spawn()
        .await
        .expect("sandbox");
    let secret = sandbox.client_secret().to_string();
    let common = json!({
        "cid": sandbox.client_id(), "iss": sandbox.organisation_id(), "aud": "pw-sso",
        "nbf": now(), "iat": now(), "exp": now() + 60
    });
    let identify = browser()
        .get(format!("{}/identify", sandbox.sso2_base_url()))
        .query(&[
            ("t", sso2_token(&secret, common.clone())),
            ("r", "https://shop.example/".into()),
        ])
        .send()
        .await
        .expect("identify");
    assert_eq!(identify.status(), 303);
    let query = redirect_query(&identify);
    assert_eq!(query["r"], "https://shop.example/");
    let landing = answer_claims(&sandbox, &json!({ "t": query["t"] }));
    assert_eq!(landing["sts"], "anon");
    let sid = landing["sid"].as_str().expect("sid").to_string();

    let attempt = |password: &str| {
        let mut claims = common.clone();
        claims["exp"] = json!(now() + 10);
        claims["sid"] = json!(sid);
        claims["ipa"] = json!("127.0.0.1");
        claims["uas"] = json!("test");
        claims["usr"] = json!(DEFAULT_CUSTOMER_EMAIL);
        claims["pwd"] = json!(password);
        sso2_token(&secret, claims)
    };
    let mut remaining = Vec::new();
    for _ in 0..4 {
        let (_, answer) = sso2(&sandbox, "authenticate", &attempt("wrong")).await;
        let claims = answer_claims(&sandbox, &answer);
        assert_eq!(claims["err"], "invalid_credentials");
        remaining.push(claims["raa"].as_u64().expect("raa"));
    }
    assert_eq!(remaining, [4, 3, 2, 1]);
    let (_, answer) = sso2(&sandbox, "authenticate", &attempt("wrong")).await;
    let claims = answer_claims(&sandbox, &answer);
    assert_eq!(claims["err"], "account_frozen");
    assert!(claims["frf"].as_u64().is_some_and(|s| s > 0));
    // Frozen: even the right password is refused.
    let (_, answer) = sso2(
        &sandbox,
        "authenticate",
        &attempt(DEFAULT_CUSTOMER_PASSWORD),
    )
    .await;
    assert_eq!(answer_claims(&sandbox, &answer)["err"], "account_frozen");
}

#[tokio::test]
async fn garbage_never_gets_a_server_error() {
    let sandbox = sandbox().await;
    let garbage: [&[u8]; 5] = [
        b"",
        b"\xff\xfe\x00",
        b"{\"t\": 42}",
        b"t=%zz&&==",
        b"{\"t\":\"a.b.c\"}",
    ];
    for path in [
        "/oidc/authorize",
        "/oidc/token",
        "/oidc/userinfo",
        "/sso2/login",
        "/sso2/authenticate",
        "/sso2/authenticatewithticket",
        "/sso2/sessionstatus",
        "/sso2/logout",
    ] {
        for body in garbage {
            for content_type in ["application/json", "application/x-www-form-urlencoded"] {
                let answer = browser()
                    .post(format!("{}{path}", sandbox.base_url()))
                    .header("content-type", content_type)
                    .body(body.to_vec())
                    .send()
                    .await
                    .expect("answer");
                assert!(
                    answer.status().as_u16() < 500,
                    "{path} {body:?}: {}",
                    answer.status()
                );
            }
        }
    }
    let answer = browser()
        .get(format!(
            "{}/oidc/authorize?%ff=%fe&client_id=%00",
            sandbox.base_url()
        ))
        .send()
        .await
        .expect("answer");
    assert_eq!(answer.status(), 400);
}
