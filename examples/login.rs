//! Logs a customer in with OpenID Connect (authorization code with PKCE), then with SSO2, and
//! calls an identity endpoint with each login's tokens. Prints the steps, never a secret.
//!
//! ```sh
//! cargo run --example login            # against a sandbox started in-process
//! ```
//!
//! Against a real environment (OpenID Connect only; you play the browser):
//! `PAYWAY_ENVIRONMENT=stage` (or `production`), `PAYWAY_CLIENT_ID`, `PAYWAY_CLIENT_SECRET` and
//! `PAYWAY_REDIRECT_URI` (the API user's registered Redirect URI). The example prints the
//! authorization URL; log in in a browser, then paste the address you were sent back to.

use std::error::Error;
use std::io::BufRead as _;

use payway_client::oidc::{self, OidcProvider};
use payway_client::sso2::{self, SessionState, Sso2Client, Visitor};
use payway_client::{Client, ClientConfig, Credentials, Environment, Secret, scopes};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    if let Ok(environment) = std::env::var("PAYWAY_ENVIRONMENT") {
        return real(&environment).await;
    }
    const CALLBACK: &str = "http://127.0.0.1:9/callback";
    const LANDING: &str = "http://127.0.0.1:9/landing";
    let sandbox = payway_sandbox::Sandbox::builder()
        .redirect_uri(LANDING)
        .redirect_uri(CALLBACK)
        .spawn()
        .await?;
    let environment = Environment::custom(sandbox.base_url())?;
    let credentials = Credentials::new(sandbox.client_id(), sandbox.client_secret());
    println!("1. sandbox at {}", sandbox.base_url());
    // A reqwest client of our own: rustls needs its crypto provider first (payway-client's).
    payway_client::install_tls_provider();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;

    // OpenID Connect.
    let provider = OidcProvider::discover(
        &oidc::discovery_url(&environment),
        credentials.clone(),
        CALLBACK,
        &ClientConfig::default(),
    )
    .await?;
    println!("2. OpenID provider discovered: {}", provider.issuer());
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    println!("3. the customer's browser goes to the authorization URL (state, nonce, PKCE S256)");
    let form_page = browser.get(url.as_str()).send().await?.text().await?;
    let mut form: Vec<(String, String)> = form_page
        .split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|input| {
            let (name, rest) = input.split_once("\" value=\"")?;
            let value = rest.split('"').next()?.replace("&amp;", "&");
            Some((name.to_string(), value))
        })
        .collect();
    form.push((
        "email".into(),
        payway_sandbox::DEFAULT_CUSTOMER_EMAIL.into(),
    ));
    form.push((
        "password".into(),
        payway_sandbox::DEFAULT_CUSTOMER_PASSWORD.into(),
    ));
    let answer = browser
        .post(url.join("/oidc/authorize")?)
        .form(&form)
        .send()
        .await?;
    let location = answer
        .headers()
        .get("location")
        .ok_or("the login form did not redirect")?
        .to_str()?
        .to_string();
    println!("4. the login form was posted; the browser is sent back to the callback");
    let query = location.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let logged_in = provider.callback(login, query).await?;
    println!(
        "5. state checked, code exchanged, ID token verified (signature, issuer, audience, expiry, nonce)"
    );
    let customer = Client::new(environment.clone())?.with_auth(logged_in.auth);
    let products = customer.me().v1().active_products().send().await?;
    println!(
        "6. me.v1.active_products as the customer: {} product codes",
        products.active_products.len()
    );

    // SSO2.
    let sso = Sso2Client::new(
        &sso2::base_url(&environment),
        credentials.clone(),
        sandbox.organisation_id(),
        &ClientConfig::default(),
    )?;
    let visitor = Visitor::new("127.0.0.1", "payway-login-example");
    let identify = sso.identify_url("https://shop.example/article")?;
    let answer = browser.get(identify).send().await?;
    let location = answer
        .headers()
        .get("location")
        .ok_or("identify did not redirect")?
        .to_str()?
        .to_string();
    let landing = sso.landing(location.split_once('?').map(|(_, q)| q).unwrap_or_default())?;
    println!(
        "7. SSO2 identify: the browser lands with a session in state {:?}",
        landing.session.state
    );
    let sid = landing.session.session_id;
    let password = Secret::new(payway_sandbox::DEFAULT_CUSTOMER_PASSWORD);
    let session = sso
        .authenticate(
            &sid,
            &visitor,
            payway_sandbox::DEFAULT_CUSTOMER_EMAIL,
            &password,
        )
        .await?;
    println!("8. SSO2 authenticate: {:?}", session.state);
    let status = sso.session_status(&sid, &visitor, &session.state).await?;
    let auth = status
        .identity_auth(credentials, [scopes::ME_W])
        .ok_or("no ticket while logged in")?;
    println!("9. SSO2 sessionstatus: {:?}, with a ticket", status.state);
    let customer = Client::new(environment)?.with_auth(auth);
    customer.me().v1().active_products().send().await?;
    println!(
        "10. the ticket became the customer's token (grant_type=ticket); me.v1.active_products answered"
    );
    sso.logout(&sid, &visitor).await?;
    let ended = sso
        .session_status(&sid, &visitor, &SessionState::LoggedIn)
        .await?;
    println!("11. SSO2 logout; sessionstatus now says {:?}", ended.state);
    sandbox.shutdown().await;
    Ok(())
}

/// OpenID Connect against a real environment: the user is the browser.
async fn real(environment: &str) -> Result<(), Box<dyn Error>> {
    let environment = match environment {
        "stage" => Environment::Stage,
        "production" => Environment::Production,
        other => Environment::custom(other)?,
    };
    let variable = |name: &str| std::env::var(name).map_err(|_| format!("set {name}"));
    let credentials = Credentials::new(
        variable("PAYWAY_CLIENT_ID")?,
        variable("PAYWAY_CLIENT_SECRET")?,
    );
    let redirect_uri = variable("PAYWAY_REDIRECT_URI")?;
    let provider = OidcProvider::discover(
        &oidc::discovery_url(&environment),
        credentials,
        &redirect_uri,
        &ClientConfig::default(),
    )
    .await?;
    println!("OpenID provider discovered: {}", provider.issuer());
    println!(
        "OpenID scopes, in its spelling: {:?}",
        provider.openid_scopes()
    );
    let (url, login) = provider.authorization_url([scopes::ME_W]);
    println!("Log in here, then paste the address you are sent back to:\n{url}");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let query = line
        .trim()
        .split_once('?')
        .map(|(_, q)| q)
        .unwrap_or_default();
    let logged_in = provider.callback(login, query).await?;
    println!("Logged in; ID token verified.");
    let customer = Client::new(environment)?.with_auth(logged_in.auth);
    let products = customer.me().v1().active_products().send().await?;
    println!(
        "me.v1.active_products: {} product codes",
        products.active_products.len()
    );
    Ok(())
}
