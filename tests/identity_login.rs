//! End to end: a customer logs in against the sandbox's identity providers, as a browser and a
//! site's backend would, and the tokens call an identity endpoint. OpenID Connect (code flow
//! with PKCE) and its failures; SSO2's operations and the ticket they yield.

use std::time::Duration;

use payway_client::oidc::{IdTokenProblem, OidcError, OidcProvider};
use payway_client::sso2::{SessionState, Sso2Client, Sso2Error, Sso2Failure, Visitor};
use payway_client::{Client, ClientConfig, Credentials, Environment, Secret, scopes};
use payway_sandbox::{
    DEFAULT_CUSTOMER_EMAIL, DEFAULT_CUSTOMER_NAME, DEFAULT_CUSTOMER_PASSWORD, Sandbox,
};

/// Where the site's landing page (SSO2, the first Redirect URI) and callback (OpenID) would
/// be; never contacted: the browser here is the test, which reads the redirects itself.
const CALLBACK: &str = "http://127.0.0.1:9/callback";
const LANDING: &str = "http://127.0.0.1:9/landing";

fn credentials(sandbox: &Sandbox) -> Credentials {
    Credentials::new(sandbox.client_id(), sandbox.client_secret())
}

fn environment(sandbox: &Sandbox) -> Environment {
    Environment::custom(sandbox.base_url()).expect("base URL")
}

fn browser() -> reqwest::Client {
    // A reqwest client of the test's own, built before any payway client may be.
    payway_client::install_tls_provider();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("browser")
}

async fn sandbox(builder: payway_sandbox::SandboxBuilder) -> Sandbox {
    builder
        .redirect_uri(LANDING)
        .redirect_uri(CALLBACK)
        .spawn()
        .await
        .expect("sandbox")
}

async fn provider(sandbox: &Sandbox) -> OidcProvider {
    OidcProvider::discover(
        &payway_client::oidc::discovery_url(&environment(sandbox)),
        credentials(sandbox),
        CALLBACK,
        &ClientConfig::default(),
    )
    .await
    .expect("discovery")
}

/// The hidden fields of the login form in `html`.
fn hidden_fields(html: &str) -> Vec<(String, String)> {
    html.split("<input type=\"hidden\" ")
        .skip(1)
        .filter_map(|input| {
            let attribute = |name: &str| {
                let start = input.find(&format!("{name}=\""))? + name.len() + 2;
                let end = input[start..].find('"')? + start;
                Some(
                    input[start..end]
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&"),
                )
            };
            Some((attribute("name")?, attribute("value")?))
        })
        .collect()
}

/// The browser's part: opens the authorization URL, posts the login form as a browser would,
/// and returns the query string it is sent back to the callback with.
async fn log_in(authorization_url: &str, password: &str) -> Result<String, String> {
    let browser = browser();
    let page = browser
        .get(authorization_url)
        .send()
        .await
        .expect("authorization page");
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("html");
    assert!(html.contains("<form method=\"post\""), "{html}");
    let mut form = hidden_fields(&html);
    form.push(("email".into(), DEFAULT_CUSTOMER_EMAIL.into()));
    form.push(("password".into(), password.into()));
    let action = reqwest::Url::parse(authorization_url)
        .expect("url")
        .join("/oidc/authorize")
        .expect("action");
    let answer = browser
        .post(action)
        .form(&form)
        .send()
        .await
        .expect("login");
    if answer.status() != 303 {
        return Err(answer.text().await.unwrap_or_default());
    }
    let location = answer.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let callback = location
        .strip_prefix(CALLBACK)
        .expect("sent to the callback");
    Ok(callback.trim_start_matches('?').to_string())
}

#[tokio::test]
async fn openid_connect_login_calls_an_identity_endpoint_and_renews_itself() {
    let sandbox = sandbox(Sandbox::builder().token_lifetime(Duration::from_secs(2))).await;
    let provider = provider(&sandbox).await;
    assert_eq!(provider.issuer(), sandbox.base_url());
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["client_id"], sandbox.client_id());
    assert_eq!(query["redirect_uri"], CALLBACK);
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["state"], login.state());
    assert!(query.contains_key("nonce") && query.contains_key("code_challenge"));
    let scope: Vec<&str> = query["scope"].split(' ').collect();
    for wanted in ["openid", "email", "profile", "offline_access", scopes::ME_W] {
        assert!(scope.contains(&wanted), "{scope:?}");
    }

    // A wrong password gets the form again, and no code.
    let refused = log_in(url.as_str(), "wrong")
        .await
        .expect_err("wrong password");
    assert!(refused.contains("attempts left"), "{refused}");

    let callback = log_in(url.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let logged_in = provider.callback(login, &callback).await.expect("callback");
    assert_eq!(logged_in.claims.email(), Some(DEFAULT_CUSTOMER_EMAIL));
    assert_eq!(logged_in.claims.name(), Some(DEFAULT_CUSTOMER_NAME));
    assert_eq!(logged_in.claims.subject().len(), 24);
    let debug = format!("{logged_in:?}");
    assert!(
        !debug.contains(DEFAULT_CUSTOMER_EMAIL) && !debug.contains(DEFAULT_CUSTOMER_NAME),
        "{debug}"
    );

    let customer = Client::new(environment(&sandbox))
        .expect("client")
        .with_auth(logged_in.auth);
    let products = customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("identity endpoint");
    assert_eq!(products.id.len(), 24, "{products:?}");
    assert_eq!(sandbox.request_count("/oidc/token"), 1);

    // The access token lives two seconds: the refresh token renews it at the provider.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("after renewal");
    assert_eq!(sandbox.request_count("/oidc/token"), 2);
    assert_eq!(sandbox.request_count("/api/authorization/access_token"), 0);
}

#[tokio::test]
async fn a_tampered_state_is_refused_before_any_exchange() {
    let sandbox = sandbox(Sandbox::builder()).await;
    let provider = provider(&sandbox).await;
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    let callback = log_in(url.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let tampered = callback.replace(login.state(), "forged-state");
    let error = provider
        .callback(login, &tampered)
        .await
        .expect_err("tampered");
    assert!(matches!(error, OidcError::StateMismatch), "{error:?}");
    assert_eq!(sandbox.request_count("/oidc/token"), 0);
}

#[tokio::test]
async fn a_wrong_code_verifier_and_a_reused_code_are_invalid_grants() {
    let sandbox = sandbox(Sandbox::builder()).await;
    let provider = provider(&sandbox).await;
    // Login A's code brought back with login B's state and PKCE verifier.
    let (url_a, login_a) = provider.authorization_url([scopes::ME_W]);
    let (_, login_b) = provider.authorization_url([scopes::ME_W]);
    let callback_a = log_in(url_a.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let crossed = callback_a.replace(login_a.state(), login_b.state());
    let error = provider
        .callback(login_b, &crossed)
        .await
        .expect_err("wrong verifier");
    match &error {
        OidcError::Exchange {
            error: Some(code),
            description,
            ..
        } => {
            assert_eq!(code, "invalid_grant");
            assert!(description.contains("PKCE"), "{description}");
        }
        other => panic!("expected invalid_grant, got {other:?}"),
    }

    // A code works once: the same callback again (with its own state) is refused.
    let (url_c, login_c) = provider.authorization_url([scopes::ME_W]);
    let callback_c = log_in(url_c.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let state_c = login_c.state().to_string();
    provider
        .callback(login_c, &callback_c)
        .await
        .expect("first use");
    let (_, login_d) = provider.authorization_url([scopes::ME_W]);
    let reused = callback_c.replace(&state_c, login_d.state());
    let error = provider
        .callback(login_d, &reused)
        .await
        .expect_err("reused");
    match &error {
        OidcError::Exchange {
            error: Some(code),
            description,
            ..
        } => {
            assert_eq!(code, "invalid_grant");
            assert!(description.contains("used already"), "{description}");
        }
        other => panic!("expected invalid_grant, got {other:?}"),
    }
}

#[tokio::test]
async fn an_id_token_signed_by_another_key_or_expired_is_refused() {
    let sandbox = sandbox(Sandbox::builder()).await;
    let provider = provider(&sandbox).await;
    sandbox.sign_next_id_token_with_unlisted_key();
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    let callback = log_in(url.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let error = provider
        .callback(login, &callback)
        .await
        .expect_err("foreign key");
    assert!(
        matches!(error, OidcError::IdToken(IdTokenProblem::Signature, _)),
        "{error:?}"
    );

    let expiring = self::sandbox(Sandbox::builder().id_token_lifetime(Duration::ZERO)).await;
    let provider = self::provider(&expiring).await;
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    let callback = log_in(url.as_str(), DEFAULT_CUSTOMER_PASSWORD)
        .await
        .expect("logged in");
    let error = provider
        .callback(login, &callback)
        .await
        .expect_err("expired");
    assert!(
        matches!(error, OidcError::IdToken(IdTokenProblem::Expired, _)),
        "{error:?}"
    );
}

#[tokio::test]
async fn sso2_identify_authenticate_status_ticket_token_and_logout() {
    let sandbox = sandbox(Sandbox::builder()).await;
    let sso = Sso2Client::new(
        &payway_client::sso2::base_url(&environment(&sandbox)),
        credentials(&sandbox),
        sandbox.organisation_id(),
        &ClientConfig::default(),
    )
    .expect("sso2 client");
    let visitor = Visitor::new("81.208.13.50", "Mozilla/5.0 (test)");

    // identify: the browser goes to SSO2 and lands on the site with an anonymous session.
    let identify = sso
        .identify_url("https://shop.example/article/1")
        .expect("identify URL");
    let answer = browser().get(identify).send().await.expect("identify");
    assert_eq!(answer.status(), 303);
    let location = answer.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let landing_query = location
        .strip_prefix(LANDING)
        .unwrap_or_else(|| panic!("sent to the landing page, not {location}"));
    let landing = sso.landing(landing_query).expect("landing");
    assert_eq!(landing.session.state, SessionState::Anonymous);
    assert_eq!(
        landing.continue_url.as_deref(),
        Some("https://shop.example/article/1")
    );
    assert!(landing.session.ticket.is_none());
    let sid = landing.session.session_id;

    let wrong = sso
        .authenticate(
            &sid,
            &visitor,
            DEFAULT_CUSTOMER_EMAIL,
            &Secret::new("wrong"),
        )
        .await
        .expect_err("wrong password");
    assert!(
        matches!(
            wrong,
            Sso2Error::Failed(Sso2Failure::InvalidCredentials {
                remaining_attempts: Some(4)
            })
        ),
        "{wrong:?}"
    );
    let logged_in = sso
        .authenticate(
            &sid,
            &visitor,
            DEFAULT_CUSTOMER_EMAIL,
            &Secret::new(DEFAULT_CUSTOMER_PASSWORD),
        )
        .await
        .expect("authenticate");
    assert_eq!(logged_in.state, SessionState::LoggedIn);

    let status = sso
        .session_status(&sid, &visitor, &SessionState::Anonymous)
        .await
        .expect("sessionstatus");
    assert_eq!(status.state, SessionState::LoggedIn);
    let auth = status
        .identity_auth(credentials(&sandbox), [scopes::ME_W])
        .expect("a ticket while logged in");
    let customer = Client::new(environment(&sandbox))
        .expect("client")
        .with_auth(auth);
    customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("identity endpoint");
    assert_eq!(sandbox.request_count("/api/authorization/access_token"), 1);

    sso.logout(&sid, &visitor).await.expect("logout");
    let ended = sso
        .session_status(&sid, &visitor, &SessionState::LoggedIn)
        .await
        .expect("sessionstatus");
    assert_eq!(ended.state, SessionState::Terminated);
    assert!(ended.ticket.is_none());
    let after = sso
        .authenticate(
            &sid,
            &visitor,
            DEFAULT_CUSTOMER_EMAIL,
            &Secret::new(DEFAULT_CUSTOMER_PASSWORD),
        )
        .await
        .expect_err("an ended session");
    assert!(
        matches!(after, Sso2Error::Failed(Sso2Failure::SessionNotFound)),
        "{after:?}"
    );
}

#[tokio::test]
async fn sso2_authenticates_with_a_ticket_and_refuses_a_wrong_secret() {
    let sandbox = sandbox(Sandbox::builder()).await;
    let base = payway_client::sso2::base_url(&environment(&sandbox));
    let sso = Sso2Client::new(
        &base,
        credentials(&sandbox),
        sandbox.organisation_id(),
        &ClientConfig::default(),
    )
    .expect("sso2 client");
    let visitor = Visitor::new("81.208.13.50", "Mozilla/5.0 (test)");
    let answer = browser()
        .get(sso.identify_url("https://shop.example/").expect("url"))
        .send()
        .await
        .expect("identify");
    let location = answer.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let sid = sso
        .landing(location.strip_prefix(LANDING).expect("landing"))
        .expect("landing")
        .session
        .session_id;

    let ticket = sandbox
        .issue_ticket(DEFAULT_CUSTOMER_EMAIL)
        .expect("ticket");
    let with_ticket = sso
        .authenticate_with_ticket(&sid, &visitor, &Secret::new(ticket.clone()))
        .await
        .expect("authenticatewithticket");
    assert_eq!(with_ticket.state, SessionState::LoggedIn);
    assert!(with_ticket.ticket.is_some());
    // The ticket was used by SSO2: it works once.
    let again = sso
        .authenticate_with_ticket(&sid, &visitor, &Secret::new(ticket))
        .await
        .expect_err("used ticket");
    assert!(
        matches!(again, Sso2Error::Failed(Sso2Failure::Other(_))),
        "{again:?}"
    );

    // Signed with another secret: refused before anything is looked at.
    let forger = Sso2Client::new(
        &base,
        Credentials::new(sandbox.client_id(), "not-the-secret"),
        sandbox.organisation_id(),
        &ClientConfig::default(),
    )
    .expect("client");
    let refused = forger
        .session_status(&sid, &visitor, &SessionState::LoggedIn)
        .await
        .expect_err("bad signature");
    match &refused {
        Sso2Error::Rejected {
            status,
            description,
        } => {
            assert_eq!(*status, 401);
            assert!(description.contains("signature"), "{description}");
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
    let debug = format!("{refused:?} {sid:?} {visitor:?}");
    assert!(
        !debug.contains("81.208.13.50") && !debug.contains("not-the-secret"),
        "{debug}"
    );
}
