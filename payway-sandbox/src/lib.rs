//! A local Payway server driven by the same spec as the client, for trying `payway-client`
//! without credentials and for testing purchase flows offline.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use payway_client::{ApplicationAuth, Client, Credentials, Environment, IdentityAuth, scopes};
//!
//! let sandbox = payway_sandbox::spawn().await?;
//! let credentials = Credentials::new(sandbox.client_id(), sandbox.client_secret());
//! let client = Client::new(Environment::custom(sandbox.base_url())?)?;
//!
//! // Stands in for the customer logging in: a one-time ticket for an identity token.
//! let ticket = sandbox.issue_ticket("payway@adeprimo.se")?;
//! let customer = client.with_auth(IdentityAuth::from_ticket(
//!     credentials.clone(),
//!     ticket,
//!     [scopes::KLARNA_PAYMENTS_W],
//! ));
//! let session = customer
//!     .klarna_payments()
//!     .v1()
//!     .create_session()
//!     .code("adeprimo_digital")
//!     .period_type(payway_client::klarna_payments::v1::create_session::PeriodType::Recurring)
//!     .period_id("5f0d9ea795cfebfb8544ab12")
//!     .confirmation_url("https://example.com/confirmation")
//!     .send()
//!     .await?;
//! # let _ = (session, ApplicationAuth::new(credentials, [scopes::KLARNA_PAYMENTS_W]));
//! sandbox.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! # What it serves
//!
//! Everything comes from the spec (`spec/payway.yaml`, embedded; or a spec of your own through
//! [`SandboxBuilder::spec`]):
//!
//! - `POST <token_endpoint.path>`: access tokens, form-encoded, with `client_id` and
//!   `client_secret`, for the grant types the spec lists among `none` (+ `scope`: an
//!   application token), `ticket` (+ `ticket`, `scope`: a token bound to the customer the
//!   ticket was issued for; a ticket works once) and `refresh_token` (+ `refresh_token`: a new
//!   token with the same identity and scopes; the refresh token is replaced by a new one).
//!   Every scope the spec's endpoints use can be requested.
//! - every endpoint of the spec at its method and path: the bearer token is checked (401
//!   `invalid_token` when missing, unknown or expired; 403 `insufficient_scope` or
//!   `identity_required`), then the query string and the JSON body are validated against the
//!   spec with the client's own value checks (400 `unknown_parameter` or `invalid_parameter`
//!   with the `field` path, e.g. `customer_info.email`; an endpoint with `additional_parameters`
//!   also takes parameters the spec does not list; a `required_one_of` group none of whose
//!   members is set is 400 `invalid_parameter` naming them all), then the endpoint answers. The
//!   Klarna payments endpoints behave as documented: `payment_periods` lists the periods of the
//!   packages the sandbox sells (`adeprimo_digital`, `adeprimo_weekend`; another code is 404
//!   `not_found`); the three create_session endpoints store a 48-hour session for a package it
//!   sells and one of its periods, bound to the token's customer or to nobody; trial and paid
//!   orders find or create the customer's account and place an order on a live session, with
//!   a `klarna_authorization_token` the Klarna widget gave for that session (one order per
//!   token, within 60 minutes; another session's token, a used one or an invented one is 400
//!   `invalid_parameter`). Where
//!   the docs do not show a response (sessions without account, paid orders), the sandbox
//!   answers as the documented sibling does (`{"item": {...}}`). Any other endpoint gets a
//!   response synthesized from the spec's response fields.
//! - the identity providers, for the customers it knows ([`DEFAULT_CUSTOMER_EMAIL`] and
//!   those of [`SandboxBuilder::customer`]): OpenID Connect at
//!   `/.well-known/openid-configuration` (issuer: the base URL), `/oidc/authorize` (a login
//!   form; `response_type=code`, `openid` in `scope`, PKCE S256 optional, `redirect_uri` one of
//!   [`SandboxBuilder::redirect_uri`]'s when any is registered), `/oidc/token`
//!   (`authorization_code` with the PKCE verifier checked, a code working once;
//!   `refresh_token`), `/oidc/jwks` (an ES256 key made at start) and `/oidc/userinfo`; SSO2
//!   under `/sso2/`: `identify` (to the first Redirect URI), `login` (a form), and
//!   `sessionstatus`, `authenticate`, `authenticatewithticket`, `logout` (HS256 JWTs with the
//!   client secret and [`SandboxBuilder::organisation_id`]). Their access tokens are bound to
//!   the customer and call the identity endpoints. Five wrong passwords freeze a login for five
//!   minutes.
//! - `POST /sandbox/oidc/unlisted_key_once`: the next ID token is signed by a key the JWKS does
//!   not list. The same as [`Sandbox::sign_next_id_token_with_unlisted_key`].
//! - `POST /sandbox/tickets` with `{"email": "..."}`: issues a one-time ticket for that
//!   customer, creating the account if it is unknown: `{"ticket", "account_id",
//!   "account_status"}`. The same as [`Sandbox::issue_ticket`].
//! - `GET /sandbox/requests`: how many requests each path received, `{"requests": {path: n}}`
//!   (the `/sandbox/` routes are not counted). The same as [`Sandbox::request_counts`].
//! - `GET /sandbox/orders`: the orders placed, oldest first (the newest [`MAX_ORDERS`]),
//!   `{"orders": [{"pw_order_id", "kind", "email"}]}`. The same as [`Sandbox::orders`].
//! - `GET /sandbox/`: the sandbox's page, live: the latest requests (time, method, path,
//!   status, why a refusal was refused, the fault that answered, the body without what the
//!   spec marks sensitive), accounts (email masked), live sessions, orders, and fault switches
//!   to turn on and off. `GET /sandbox/state` is the same as JSON; `POST /sandbox/faults`
//!   with `{"path", "fault"}` switches a fault on (or off, with an empty `fault`), as
//!   [`Sandbox::switch_fault`] does.
//! - `GET /sandbox/klarna/api.js`: a stand-in for Klarna's Payments SDK
//!   ([`Sandbox::klarna_script_url`]): `Klarna.Payments` with `init`, `load`, `authorize`,
//!   `finalize`, `reauthorize`, `on` and `off`, calling `window.klarnaAsyncCallback` once
//!   loaded. `load` draws a small form in the container; `authorize` asks the person there
//!   to approve, decline or abort, and answers as Klarna does (`approved` with an
//!   `authorization_token`; declined: `show_form: false`; aborted: `show_form: true`; an
//!   invalid `billing_address.email` in the data: `error.invalid_fields`). It calls the
//!   sandbox at `POST /sandbox/klarna/load` and `POST /sandbox/klarna/authorize`
//!   (`{"client_token", "payment_method_category", "decision"}`). Without a browser,
//!   [`Sandbox::authorize_purchase`] does what approval does.
//!
//! Anything else is 404 `not_found`; a known path with another method is 405
//! `method_not_allowed`. Every error body follows the Payway convention (`code`, `message`,
//! and `field` where one parameter is at fault); token endpoint errors follow OAuth
//! (`error`, `error_description`).
//!
//! # Faults
//!
//! A request to the token endpoint or an API endpoint with the header `x-sandbox-fault` gets
//! the fault it names instead of the normal answer (it is still counted). Directives are
//! separated by `;`:
//!
//! | directive | answer |
//! |---|---|
//! | `delay=<ms>` | waits, then answers normally (or with the other directive) |
//! | `status=<code>` | that status (400 to 599) with an error body in the convention |
//! | `status=<code>; retry-after=<s>` | the same with a `Retry-After` header (for 429 and 503) |
//! | `drop` | reads the request, then closes the connection without answering |
//! | `drop-early` | closes the connection without answering once the request's head is read, before reading its body |
//! | `lose` | does what the request asks (places the order), then closes the connection without sending the answer |
//! | `short-body` | 200 with the `Content-Length` of a normal answer but only half its body, then closes the connection |
//! | `malformed` | 200 with a truncated JSON body |
//! | `wrong-shape` | 200 with well-formed JSON that is not the endpoint's answer |
//! | `html`, `html=<code>` | 502 (or that 5xx) with an HTML page, like a proxy in front of the API |
//! | `empty=<code>` | that status (400 to 599) with an empty body, like a proxy |
//! | `huge=<bytes>` | 200 with a body of that many bytes (at most 64 MiB) |
//! | `processed` | with any other but `drop-early`: an API request is handled as normal first (an order is placed), then the fault answers (after the `delay`, if any) |
//!
//! [`SandboxBuilder::random_faults`] injects these faults at random into API requests without
//! the header ([`RandomFaults`]).
//!
//! An unreadable fault header is answered with 400 `invalid_fault`. For an order, a client must
//! report `malformed`, `wrong-shape`, `huge` (over its limit), `html`, `empty=502`/`504`,
//! `drop`, `lose`, `short-body` and a `delay` past its timeout as an outcome it does not know.
//!
//! A fault can also be switched on for a path ([`Sandbox::switch_fault`], or the sandbox's
//! page): it then answers every request to that path without a fault header of its own, so
//! that a client which sends none (a site in a browser) meets it too.

#![warn(missing_docs)]

mod app;
mod auth;
mod behaviour;
mod catalogue;
mod console;
mod fault;
mod identity;
mod ids;
mod journal;
mod oidc;
mod pages;
mod reply;
mod server;
mod signing;
mod sso2;
mod state;
mod switches;
mod synth;
mod today;
mod validate;
mod widget;

use std::collections::BTreeMap;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

pub use fault::RandomFaults;
pub use payway_codegen::Diagnostic;
pub use state::{MAX_ACCOUNTS, MAX_ORDERS, PlacedOrder};

/// The spec the sandbox serves unless told otherwise: `spec/payway.yaml`, the one the client is
/// generated from.
pub const PAYWAY_SPEC: &str = include_str!("../spec/payway.yaml");

/// The client id the sandbox accepts unless told otherwise.
pub const DEFAULT_CLIENT_ID: &str = "sandbox-client";

/// The client secret the sandbox accepts unless told otherwise.
pub const DEFAULT_CLIENT_SECRET: &str = "sandbox-secret";

/// The customer who can log in (OpenID Connect, SSO2) unless told otherwise: this email…
pub const DEFAULT_CUSTOMER_EMAIL: &str = "customer@example.com";

/// …with this password…
pub const DEFAULT_CUSTOMER_PASSWORD: &str = "sandbox-password";

/// …and this name (the ID token's `name` with the `profile` scope).
pub const DEFAULT_CUSTOMER_NAME: &str = "Sandbox Customer";

/// The Payway organisation id SSO2 request tokens carry as `iss`, unless told otherwise.
pub const DEFAULT_ORGANISATION_ID: &str = "sandbox";

/// How long ID tokens are valid unless told otherwise.
pub const DEFAULT_ID_TOKEN_LIFETIME: Duration = Duration::from_secs(300);

/// How long access tokens live unless told otherwise (the `expires_in` of token answers).
pub const DEFAULT_TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// How long a Klarna payments purchase session lives unless told otherwise: 48 hours, as
/// documented.
pub const DEFAULT_SESSION_LIFETIME: Duration = Duration::from_secs(48 * 3600);

/// The longest token or session lifetime the sandbox accepts: ten years, longer than any test
/// needs and far from where adding it to the clock could overflow.
pub const MAX_LIFETIME: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

/// Starts a sandbox serving the embedded Payway spec on `127.0.0.1` at a free port, with the
/// default credentials and token lifetime. Shorthand for `Sandbox::builder().spawn()`.
///
/// Needs a Tokio runtime; the server runs as tasks on it until the handle is dropped or
/// [`Sandbox::shutdown`] is called.
pub async fn spawn() -> Result<Sandbox, SandboxError> {
    Sandbox::builder().spawn().await
}

/// Why a sandbox could not start, or a handle call was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum SandboxError {
    /// The spec is invalid: every problem found, located in the spec text.
    Spec(Vec<Diagnostic>),
    /// The address could not be bound (port in use, say).
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A value given to the sandbox is unusable (a malformed email for a ticket, say).
    Invalid(String),
}

impl fmt::Display for SandboxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SandboxError::Spec(diagnostics) => {
                f.write_str("the sandbox's spec is invalid:")?;
                for diagnostic in diagnostics {
                    write!(f, "\n  {}", diagnostic.render("spec"))?;
                }
                Ok(())
            }
            SandboxError::Bind { addr, source } => write!(f, "cannot listen on {addr}: {source}"),
            SandboxError::Invalid(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for SandboxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SandboxError::Bind { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Configures a sandbox before it starts: spec, address, credentials, token lifetime.
/// `Debug` never shows the client secret.
#[derive(Clone)]
pub struct SandboxBuilder {
    spec: String,
    ip: IpAddr,
    port: u16,
    client_id: String,
    client_secret: String,
    token_lifetime: Duration,
    session_lifetime: Duration,
    random_faults: Option<RandomFaults>,
    customers: Vec<identity::Customer>,
    organisation_id: String,
    redirect_uris: Vec<String>,
    id_token_lifetime: Duration,
}

impl fmt::Debug for SandboxBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxBuilder")
            .field("ip", &self.ip)
            .field("port", &self.port)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("token_lifetime", &self.token_lifetime)
            .field("session_lifetime", &self.session_lifetime)
            .field("customers", &self.customers.len())
            .field("organisation_id", &self.organisation_id)
            .field("redirect_uris", &self.redirect_uris)
            .field("random_faults", &self.random_faults)
            .finish_non_exhaustive()
    }
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            spec: PAYWAY_SPEC.to_string(),
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            client_id: DEFAULT_CLIENT_ID.to_string(),
            client_secret: DEFAULT_CLIENT_SECRET.to_string(),
            token_lifetime: DEFAULT_TOKEN_LIFETIME,
            session_lifetime: DEFAULT_SESSION_LIFETIME,
            random_faults: None,
            customers: vec![identity::Customer {
                email: DEFAULT_CUSTOMER_EMAIL.to_string(),
                password: DEFAULT_CUSTOMER_PASSWORD.to_string(),
                name: Some(DEFAULT_CUSTOMER_NAME.to_string()),
            }],
            organisation_id: DEFAULT_ORGANISATION_ID.to_string(),
            redirect_uris: Vec::new(),
            id_token_lifetime: DEFAULT_ID_TOKEN_LIFETIME,
        }
    }
}

impl SandboxBuilder {
    /// Serves the spec in `source` (YAML text in the format of `spec/payway.yaml`) instead of
    /// the embedded Payway spec. An invalid spec makes [`SandboxBuilder::spawn`] fail.
    pub fn spec(mut self, source: impl Into<String>) -> Self {
        self.spec = source.into();
        self
    }

    /// Listens on `port` (default 0: a free port chosen by the system).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Listens on `ip` (default `127.0.0.1`). Anything but a loopback address exposes the
    /// sandbox to the network: it has no real security.
    pub fn ip(mut self, ip: IpAddr) -> Self {
        self.ip = ip;
        self
    }

    /// The client id and secret the token endpoint accepts (default [`DEFAULT_CLIENT_ID`],
    /// [`DEFAULT_CLIENT_SECRET`]).
    pub fn credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.client_id = client_id.into();
        self.client_secret = client_secret.into();
        self
    }

    /// How long access tokens live (default one hour). Token answers carry it as `expires_in`
    /// in whole seconds, rounded up; the token stops working after exactly this long.
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.token_lifetime = lifetime;
        self
    }

    /// How long Klarna payments purchase sessions live (default 48 hours): shorten it to
    /// test what happens to an order placed on an expired session.
    pub fn session_lifetime(mut self, lifetime: Duration) -> Self {
        self.session_lifetime = lifetime;
        self
    }

    /// Injects faults at random into API requests that carry no `x-sandbox-fault` header
    /// (see [`RandomFaults`]), for soak tests.
    pub fn random_faults(mut self, faults: RandomFaults) -> Self {
        self.random_faults = Some(faults);
        self
    }

    /// Adds a customer who can log in with `email` and `password` (OpenID Connect's login
    /// form, SSO2's `authenticate` and login page), besides [`DEFAULT_CUSTOMER_EMAIL`].
    pub fn customer(
        mut self,
        email: impl Into<String>,
        password: impl Into<String>,
        name: Option<String>,
    ) -> Self {
        self.customers.push(identity::Customer {
            email: email.into(),
            password: password.into(),
            name,
        });
        self
    }

    /// The Payway organisation id SSO2 request tokens must carry as `iss` (default
    /// [`DEFAULT_ORGANISATION_ID`]).
    pub fn organisation_id(mut self, id: impl Into<String>) -> Self {
        self.organisation_id = id.into();
        self
    }

    /// Registers a Redirect URI of the API client (repeatable). OpenID Connect's
    /// `redirect_uri` must then be one of them (with none registered, any `http`/`https`
    /// address is taken); SSO2's identify sends the browser to the first.
    pub fn redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.redirect_uris.push(uri.into());
        self
    }

    /// How long ID tokens are valid (default five minutes); zero makes them expired on
    /// arrival, to test a client's check.
    pub fn id_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.id_token_lifetime = lifetime;
        self
    }

    /// Loads the spec, binds the address and starts serving on the current Tokio runtime.
    /// A token or session lifetime over [`MAX_LIFETIME`] is refused.
    pub async fn spawn(self) -> Result<Sandbox, SandboxError> {
        for (name, lifetime) in [
            ("token", self.token_lifetime),
            ("session", self.session_lifetime),
        ] {
            if lifetime > MAX_LIFETIME {
                return Err(SandboxError::Invalid(format!(
                    "the {name} lifetime must be at most {} seconds (ten years)",
                    MAX_LIFETIME.as_secs()
                )));
            }
        }
        let spec = payway_codegen::load(&self.spec).map_err(SandboxError::Spec)?;
        let addr = SocketAddr::new(self.ip, self.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| SandboxError::Bind { addr, source })?;
        let local = listener
            .local_addr()
            .map_err(|source| SandboxError::Bind { addr, source })?;
        let base_url = match local.ip() {
            IpAddr::V6(ip) => format!("http://[{ip}]:{}", local.port()),
            IpAddr::V4(ip) => format!("http://{ip}:{}", local.port()),
        };
        let app = Arc::new(
            app::App::new(
                spec,
                app::Settings {
                    client: auth::ClientSettings {
                        client_id: self.client_id.clone(),
                        client_secret: self.client_secret.clone(),
                        token_lifetime: self.token_lifetime,
                    },
                    session_lifetime: self.session_lifetime,
                    random_faults: self.random_faults,
                    identity: identity::IdentitySettings {
                        base_url: base_url.clone(),
                        customers: self.customers,
                        organisation_id: self.organisation_id.clone(),
                        redirect_uris: self.redirect_uris,
                        id_token_lifetime: self.id_token_lifetime.min(MAX_LIFETIME),
                    },
                },
            )
            .map_err(SandboxError::Invalid)?,
        );
        let connections = Arc::new(AtomicU64::new(0));
        let handler = {
            let app = Arc::clone(&app);
            move |control, request| app::handle(Arc::clone(&app), control, request)
        };
        let server = server::start(listener, handler, Arc::clone(&connections));
        tracing::info!(%base_url, "payway sandbox listening");
        Ok(Sandbox {
            app,
            base_url,
            local,
            client_id: self.client_id,
            client_secret: self.client_secret,
            organisation_id: self.organisation_id,
            connections,
            server: Some(server),
        })
    }
}

/// A running sandbox. It stops when the handle is dropped or [`Sandbox::shutdown`] is awaited.
pub struct Sandbox {
    app: Arc<app::App>,
    base_url: String,
    local: SocketAddr,
    client_id: String,
    client_secret: String,
    organisation_id: String,
    connections: Arc<AtomicU64>,
    server: Option<server::Server>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.base_url)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// A builder, to serve another spec, on a fixed port, with other credentials or token
    /// lifetime.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// The base URL to point a client at, e.g. `http://127.0.0.1:49152` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address the sandbox listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The client id the token endpoint accepts.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The client secret the token endpoint accepts.
    pub fn client_secret(&self) -> &str {
        &self.client_secret
    }

    /// The OpenID Connect discovery document's address:
    /// `<base URL>/.well-known/openid-configuration` (the issuer is the base URL).
    pub fn openid_configuration_url(&self) -> String {
        format!("{}{}", self.base_url, oidc::DISCOVERY_PATH)
    }

    /// SSO2's base address: `<base URL>/sso2` (its operations are `/sso2/identify`, ...).
    pub fn sso2_base_url(&self) -> String {
        format!("{}{}", self.base_url, sso2::PREFIX.trim_end_matches('/'))
    }

    /// The organisation id SSO2 request tokens must carry as `iss`.
    pub fn organisation_id(&self) -> &str {
        &self.organisation_id
    }

    /// Signs the next ID token with a key made for it that the JWKS does not list, as an
    /// attacker's token would be: a client must refuse it. The same as
    /// `POST /sandbox/oidc/unlisted_key_once`.
    pub fn sign_next_id_token_with_unlisted_key(&self) {
        self.app.identity().sign_next_with_unlisted_key();
    }

    /// Issues a one-time authorization ticket for the customer with `email`, creating the
    /// account if it is unknown: what happens when a customer logs in. Exchange it at the token
    /// endpoint with `grant_type=ticket` (e.g. `IdentityAuth::from_ticket`).
    pub fn issue_ticket(&self, email: &str) -> Result<String, SandboxError> {
        self.app
            .issue_ticket(email)
            .map(|issued| issued.ticket)
            .map_err(SandboxError::Invalid)
    }

    /// What approving the purchase in the Klarna widget does, without a browser: an
    /// authorization token for the live session whose `klarna_client_token` is
    /// `klarna_client_token`. It places one order, on that session only, within 60 minutes.
    pub fn authorize_purchase(&self, klarna_client_token: &str) -> Result<String, SandboxError> {
        self.app
            .state()
            .session_by_client_token(klarna_client_token)
            .map(|(session_id, _)| self.app.state().authorize(&session_id))
            .ok_or_else(|| {
                SandboxError::Invalid(
                    "the client token belongs to no live purchase session".to_string(),
                )
            })
    }

    /// Switches a fault on for every request to `path` (an endpoint's, or the token
    /// endpoint's) that has no `x-sandbox-fault` header of its own, until switched off:
    /// `fault` takes the header's directives (see "Faults" above; `lose` places an order and
    /// loses its answer). A blank `fault` switches it off. The same as the sandbox's page.
    pub fn switch_fault(&self, path: &str, fault: &str) -> Result<(), SandboxError> {
        self.app
            .switch_fault(path, fault)
            .map_err(SandboxError::Invalid)
    }

    /// The address of the sandbox's page, `…/sandbox/`: the requests it received, its
    /// accounts, sessions and orders, and its fault switches.
    pub fn page_url(&self) -> String {
        format!("{}/sandbox/", self.base_url)
    }

    /// The address of the Klarna widget stand-in's script, `…/sandbox/klarna/api.js`: a
    /// checkout page loads it in place of `https://x.klarnacdn.net/kp/lib/v1/api.js`.
    pub fn klarna_script_url(&self) -> String {
        format!("{}/sandbox/klarna/api.js", self.base_url)
    }

    /// How many requests `path` received (e.g. `/external/api/v1/klarna_payments/create_session`
    /// or the token endpoint's path), whatever their method and answer, faults included.
    pub fn request_count(&self, path: &str) -> u64 {
        self.app.state().request_count(path)
    }

    /// How many requests each path received, for every path that received one.
    pub fn request_counts(&self) -> BTreeMap<String, u64> {
        self.app.state().request_counts()
    }

    /// The orders placed, oldest first: the newest [`MAX_ORDERS`] (the same as
    /// `GET /sandbox/orders`).
    pub fn orders(&self) -> Vec<PlacedOrder> {
        self.app.state().orders()
    }

    /// How many TCP connections the sandbox has accepted since it started, whatever became of
    /// them: a client that reuses its connections opens few, one that does not opens one per
    /// request.
    pub fn connections_accepted(&self) -> u64 {
        self.connections.load(Ordering::Relaxed)
    }

    /// Stops serving: no new connections are accepted and open ones are closed. Waits until
    /// the server's tasks are gone.
    pub async fn shutdown(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            server.signal_stop();
        }
    }
}
