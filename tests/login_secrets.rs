//! Logging a customer in never puts a secret or a personal value in logs or `Debug` output.
//!
//! Both logins run against the sandbox with every `tracing` event at TRACE (and reqwest's `log`
//! records) written to a buffer, and every provider, login, claims, session answer, visitor and
//! error `Debug`-printed into it. Then none of these may be in it: the client secret, the
//! customer's email, password and name, the authorization code, the refresh token, the SSO2
//! session id and ticket, the visitor's IP and user agent. Each of them was seen by the test
//! itself, so the search looks for values that exist.

use std::io;
use std::sync::{Arc, Mutex};

use payway_client::oidc::{OidcProvider, discovery_url};
use payway_client::sso2::{SessionState, Sso2Client, Visitor, base_url};
use payway_client::{Client, ClientConfig, Credentials, Environment, Secret, scopes};
use payway_sandbox::Sandbox;
use tracing_subscriber::filter::LevelFilter;

const CLIENT_SECRET: &str = "cs-LOGIN-LEAKCHECK-41c7";
const EMAIL: &str = "login.leakcheck.9e2d@secret-mail.example";
const PASSWORD: &str = "pw-LEAKCHECK-77ab";
const NAME: &str = "Name-LEAKCHECK-03fe";
const IP: &str = "2001:db8:10c1::7";
const USER_AGENT: &str = "Mozilla/5.0 (UA-LOGIN-LEAKCHECK)";
const CALLBACK: &str = "http://127.0.0.1:9/callback";
const LANDING: &str = "http://127.0.0.1:9/landing";

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Buffer {
    fn show(&self, label: &str, value: &dyn std::fmt::Debug) {
        let text = format!("--- {label}\n{value:?}\n{value:#?}\n");
        self.0
            .lock()
            .expect("buffer")
            .extend_from_slice(text.as_bytes());
    }

    fn append_display(&self, value: &dyn std::fmt::Display) {
        let text = format!("{value}\n");
        self.0
            .lock()
            .expect("buffer")
            .extend_from_slice(text.as_bytes());
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("buffer")).into_owned()
    }
}

impl io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().expect("buffer").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn location(answer: &reqwest::Response) -> String {
    answer.headers()["location"]
        .to_str()
        .expect("location")
        .to_string()
}

#[tokio::test]
async fn logins_keep_secrets_and_personal_data_out_of_logs_and_debug() {
    let out = Buffer::default();
    let writer = out.clone();
    tracing_subscriber::fmt()
        .with_max_level(LevelFilter::TRACE)
        .with_ansi(false)
        .without_time()
        .with_writer(move || writer.clone())
        .try_init()
        .expect("the only subscriber of this test binary");

    let sandbox = Sandbox::builder()
        .credentials("client-LEAKCHECK-public", CLIENT_SECRET)
        .customer(EMAIL, PASSWORD, Some(NAME.to_string()))
        .redirect_uri(LANDING)
        .redirect_uri(CALLBACK)
        .spawn()
        .await
        .expect("sandbox");
    let environment = Environment::custom(sandbox.base_url()).expect("base URL");
    let credentials = Credentials::new(sandbox.client_id(), CLIENT_SECRET);
    // A reqwest client of the test's own, built before any payway client.
    payway_client::install_tls_provider();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("browser");
    let mut seen: Vec<String> = Vec::new();

    // OpenID Connect, with a failed callback first.
    let provider = OidcProvider::discover(
        &discovery_url(&environment),
        credentials.clone(),
        CALLBACK,
        &ClientConfig::default(),
    )
    .await
    .expect("discovery");
    out.show("provider", &provider);
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    out.show("login state", &login);
    let page = browser.get(url.as_str()).send().await.expect("form");
    let html = page.text().await.expect("html");
    let mut form: Vec<(String, String)> = html
        .split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|input| {
            let (name, rest) = input.split_once("\" value=\"")?;
            Some((
                name.to_string(),
                rest.split('"').next()?.replace("&amp;", "&"),
            ))
        })
        .collect();
    form.push(("email".into(), EMAIL.into()));
    form.push(("password".into(), PASSWORD.into()));
    let answer = browser
        .post(url.join("/oidc/authorize").expect("action"))
        .form(&form)
        .send()
        .await
        .expect("login");
    let callback = location(&answer);
    let query = callback
        .split_once('?')
        .map(|(_, q)| q.to_string())
        .expect("query");
    let code = reqwest::Url::parse(&callback)
        .expect("url")
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .expect("code");
    seen.push(code);
    let (_, other) = provider.authorization_url([scopes::ME_W]);
    let refused = provider.callback(other, &query).await.expect_err("crossed");
    out.show("state mismatch", &refused);
    let logged_in = provider.callback(login, &query).await.expect("callback");
    assert_eq!(logged_in.claims.email(), Some(EMAIL));
    assert_eq!(logged_in.claims.name(), Some(NAME));
    out.show("login", &logged_in);
    seen.push(
        logged_in
            .auth
            .refresh_token()
            .await
            .expect("a refresh token")
            .expose()
            .to_string(),
    );
    let customer = Client::new(environment.clone())
        .expect("client")
        .with_auth(logged_in.auth);
    let products = customer
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("products");
    out.show("products", &products);
    out.show("customer client", &customer);

    // SSO2, with a wrong password first.
    let sso = Sso2Client::new(
        &base_url(&environment),
        credentials.clone(),
        sandbox.organisation_id(),
        &ClientConfig::default(),
    )
    .expect("sso2");
    out.show("sso2 client", &sso);
    let visitor = Visitor::new(IP, USER_AGENT);
    out.show("visitor", &visitor);
    let identify = sso.identify_url("https://shop.example/").expect("identify");
    let answer = browser.get(identify).send().await.expect("identify");
    let landing_url = location(&answer);
    let landing = sso
        .landing(landing_url.split_once('?').map(|(_, q)| q).expect("query"))
        .expect("landing");
    out.show("landing", &landing);
    let sid = landing.session.session_id.clone();
    seen.push(sid.expose().to_string());
    let wrong = sso
        .authenticate(&sid, &visitor, EMAIL, &Secret::new("wrong-LEAKCHECK"))
        .await
        .expect_err("wrong password");
    out.show("wrong password", &wrong);
    out.append_display(&wrong);
    let answer = sso
        .authenticate(&sid, &visitor, EMAIL, &Secret::new(PASSWORD))
        .await
        .expect("authenticate");
    out.show("authenticated", &answer);
    seen.push(answer.ticket.as_ref().expect("ticket").expose().to_string());
    let status = sso
        .session_status(&sid, &visitor, &SessionState::LoggedIn)
        .await
        .expect("status");
    seen.push(status.ticket.as_ref().expect("ticket").expose().to_string());
    let auth = status
        .identity_auth(credentials, [scopes::ME_W])
        .expect("ticket");
    out.show("ticket auth", &auth);
    Client::new(environment)
        .expect("client")
        .with_auth(auth)
        .me()
        .v1()
        .active_products()
        .send()
        .await
        .expect("products");
    sso.logout(&sid, &visitor).await.expect("logout");

    let text = out.text();
    assert!(
        text.contains("payway.sso2"),
        "the SSO2 spans were captured:\n{text}"
    );
    assert!(text.contains("--- login"), "{text}");
    for secret in [
        CLIENT_SECRET,
        EMAIL,
        PASSWORD,
        NAME,
        IP,
        USER_AGENT,
        "wrong-LEAKCHECK",
    ]
    .into_iter()
    .map(str::to_string)
    .chain(seen)
    {
        assert!(!secret.is_empty());
        assert!(
            !text.contains(&secret),
            "`{secret}` leaked into logs or Debug output:\n{text}"
        );
    }
}
