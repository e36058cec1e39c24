//! The publisher's site: an axum backend that sells the package's payment periods through
//! Klarna with `payway-client`, and the pages a customer sees (plain HTML and JavaScript,
//! no build step).
//!
//! ```text
//! GET  /                          the offer page (index.html): periods, the Klarna widget
//! GET  /api/periods               the package's payment periods (v2 payment_periods)
//! POST /api/purchases             {period_id, kind: trial|paid, email, first_name, last_name}:
//!                                 a purchase session (v2 create_session) for the widget
//! POST /api/purchases/{id}/order  {authorization_token}: the order (v2 place_trial_order or
//!                                 v2 place_order), placed at most once per purchase
//! GET  /confirmation/{id}         the order's ids; "we are checking your order" when in doubt
//! GET  /login                     to the OpenID provider's login (authorization code, PKCE)
//! GET  /callback                  back from it: the customer's session (cookie `shop_session`)
//! GET  /owned                     "What you own": v1 me active_products as the customer
//! ```
//!
//! A logged-in customer's paid purchase goes through the v1 endpoints, which need their
//! identity (v1 `create_session`, v1 `place_order` with the customer's `IdentityAuth`); a
//! trial, or a purchase without login, through v2 with the email given. The login's
//! `LoginState` stays in memory keyed by its `state`; the cookie holds only a random session
//! id of the shop's own.
//!
//! An order is sent at most once per purchase: the purchase is marked as being placed before
//! the request goes out, and a second request for it is refused. When the client reports
//! `Error::OutcomeUnknown` the purchase stays "in doubt" for good: the customer is told we are
//! checking, and nothing is sent again.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::hash::{BuildHasher, Hasher};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_order::CustomerInfo as PaidCustomer;
use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo as TrialCustomer;
use payway_client::oidc::{self, LoginState, OidcProvider};
use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Email, Environment, Error, IdentityAuth,
    scopes,
};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// The offer page; `{{KLARNA_SCRIPT_URL}}` is replaced by the widget script's address.
const INDEX: &str = include_str!("index.html");

/// Klarna's own script, for a real environment.
pub const KLARNA_SCRIPT: &str = "https://x.klarnacdn.net/kp/lib/v1/api.js";

/// How many purchases the site remembers; the oldest are forgotten first.
const MAX_PURCHASES: usize = 10_000;

/// How many logins in progress, and logged-in customers, the site remembers (each map).
const MAX_LOGINS: usize = 10_000;

/// The cookie that holds the shop's own session id (random; nothing else).
const SESSION_COOKIE: &str = "shop_session";

/// Where the site gets its Payway API, and what it sells.
#[derive(Debug, Clone)]
pub struct Config {
    /// The Payway API's base URL.
    pub base_url: String,
    /// The API client (needs `/external/klarna_payments/r` and `/w`).
    pub credentials: Credentials,
    /// The package or campaign sold.
    pub package_code: String,
    /// The address of Klarna's script: [`KLARNA_SCRIPT`], or the sandbox's stand-in.
    pub klarna_script_url: String,
    /// The site's address as customers reach it, for Payway's `confirmation_url`; the
    /// listening address when `None`.
    pub public_url: Option<String>,
}

/// A running site.
pub struct Shop {
    url: String,
    task: JoinHandle<()>,
}

impl Shop {
    /// The site's address, e.g. `http://127.0.0.1:49152` (no trailing slash).
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for Shop {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// How a purchase stands.
#[derive(Debug, Clone)]
enum Stage {
    /// Waiting for the widget's approval.
    Open,
    /// The order request is on its way.
    Placing,
    /// Placed: the ids to show.
    Placed {
        pw_order_id: String,
        klarna_order_id: String,
    },
    /// Sent, answer unknown: never sent again.
    InDoubt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Trial,
    Paid,
}

/// A customer's purchase: the Payway session and who buys. Never logged.
#[derive(Clone)]
struct Purchase {
    kind: Kind,
    session_id: String,
    email: String,
    first_name: Option<String>,
    last_name: Option<String>,
    stage: Stage,
    /// The logged-in customer's session id, for a purchase bought with their identity.
    customer: Option<String>,
}

#[derive(Default)]
struct Purchases {
    by_id: HashMap<String, Purchase>,
    order: VecDeque<String>,
}

struct Site {
    client: Client<ApplicationAuth>,
    package_code: String,
    public_url: String,
    index: String,
    purchases: Mutex<Purchases>,
    /// The OpenID provider, when discovery worked; without it there is no login.
    provider: Option<OidcProvider>,
    /// Logins in progress, by their `state`.
    logins: Mutex<HashMap<String, LoginState>>,
    /// Logged-in customers, by the shop's session id.
    customers: Mutex<HashMap<String, Customer>>,
}

/// A logged-in customer: a client with their tokens, and their email from the ID token (for
/// Klarna's billing address on their page). Never logged.
#[derive(Clone)]
struct Customer {
    client: Client<IdentityAuth>,
    email: Option<String>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Site {
    fn purchases(&self) -> MutexGuard<'_, Purchases> {
        lock(&self.purchases)
    }

    /// The session id in the request's cookie, when it names a logged-in customer.
    fn session_of(&self, headers: &HeaderMap) -> Option<String> {
        let id = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == SESSION_COOKIE)
            .map(|(_, value)| value.to_string())?;
        lock(&self.customers).contains_key(&id).then_some(id)
    }

    fn customer(&self, session: &str) -> Option<Customer> {
        lock(&self.customers).get(session).cloned()
    }
}

/// Why the site could not start.
#[derive(Debug)]
pub struct StartError(String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

/// Binds the site's address (port 0: a free one), so that its own address is known before it
/// starts (the sandbox registers the login's redirect address at its start).
pub async fn bind(listen: SocketAddr) -> Result<TcpListener, StartError> {
    TcpListener::bind(listen)
        .await
        .map_err(|e| StartError(format!("cannot listen on {listen}: {e}")))
}

/// The address a customer reaches the site at through `listener`.
pub fn url_of(listener: &TcpListener) -> Result<String, StartError> {
    listener
        .local_addr()
        .map(|local| format!("http://{local}"))
        .map_err(|e| StartError(format!("no local address: {e}")))
}

/// Starts the site on `listener`, on the current Tokio runtime.
pub async fn start(listener: TcpListener, config: Config) -> Result<Shop, StartError> {
    let environment = Environment::custom(&config.base_url)
        .map_err(|e| StartError(format!("PAYWAY_BASE_URL: {e}")))?;
    let client = Client::new(environment.clone())
        .map_err(|e| StartError(format!("cannot make the Payway client: {e}")))?
        .with_auth(ApplicationAuth::new(
            config.credentials.clone(),
            [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
        ));
    let url = url_of(&listener)?;
    let public_url = config
        .public_url
        .map(|u| u.trim_end_matches('/').to_string())
        .unwrap_or_else(|| url.clone());
    let provider = match OidcProvider::discover(
        &oidc::discovery_url(&environment),
        config.credentials.clone(),
        &format!("{public_url}/callback"),
        &ClientConfig::default(),
    )
    .await
    {
        Ok(provider) => Some(provider),
        Err(error) => {
            eprintln!("shop: no login (the OpenID provider was not discovered): {error}");
            None
        }
    };
    let site = Arc::new(Site {
        client,
        package_code: config.package_code,
        public_url,
        index: INDEX.replace("{{KLARNA_SCRIPT_URL}}", &escape(&config.klarna_script_url)),
        purchases: Mutex::new(Purchases::default()),
        provider,
        logins: Mutex::new(HashMap::new()),
        customers: Mutex::new(HashMap::new()),
    });
    let router = Router::new()
        .route("/", get(index))
        .route("/api/periods", get(periods))
        .route("/api/purchases", post(new_purchase))
        .route("/api/purchases/{id}/order", post(place))
        .route("/confirmation/{id}", get(confirmation))
        .route("/login", get(login))
        .route("/callback", get(callback))
        .route("/owned", get(owned))
        .with_state(site);
    let task = tokio::spawn(async move {
        let service = router.into_make_service_with_connect_info::<SocketAddr>();
        if let Err(error) = axum::serve(listener, service).await {
            eprintln!("shop: the server stopped: {error}");
        }
    });
    Ok(Shop { url, task })
}

/// `text` safe inside HTML text and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A purchase id nobody can guess: 128 random bits from the standard library's randomly
/// keyed hasher.
fn new_id() -> String {
    let mut id = String::with_capacity(32);
    for _ in 0..2 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(0);
        let _ = write!(id, "{:016x}", hasher.finish());
    }
    id
}

/// A JSON error for the page: `{"message"}`, written for the customer.
fn refusal(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "message": message }))).into_response()
}

async fn index(State(site): State<Arc<Site>>, headers: HeaderMap) -> Html<String> {
    let account = if site.session_of(&headers).is_some() {
        "You are logged in. <a id=\"owned\" href=\"/owned\">What you own</a>"
    } else if site.provider.is_some() {
        "<a id=\"login\" href=\"/login\">Log in</a> to buy with your account, or buy as a new customer."
    } else {
        ""
    };
    Html(site.index.replace("{{ACCOUNT}}", account))
}

/// Forgets arbitrary entries once `map` is full (it is only a bound against floods).
fn bounded<T>(map: &mut HashMap<String, T>) {
    while map.len() >= MAX_LOGINS {
        let Some(any) = map.keys().next().cloned() else {
            break;
        };
        map.remove(&any);
    }
}

async fn login(State(site): State<Arc<Site>>) -> Response {
    let Some(provider) = &site.provider else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Html(page(
                "No login",
                "<h1 id=\"title\">Logging in is not possible right now</h1>\n<p id=\"summary\">\
                 You can still <a href=\"/\">buy as a new customer</a>.</p>",
            )),
        )
            .into_response();
    };
    let (url, state) = provider.authorization_url([
        scopes::KLARNA_PAYMENTS_W,
        scopes::KLARNA_PAYMENTS_R,
        scopes::ME_W,
    ]);
    {
        let mut logins = lock(&site.logins);
        bounded(&mut logins);
        logins.insert(state.state().to_string(), state);
    }
    (StatusCode::SEE_OTHER, [(header::LOCATION, url.to_string())]).into_response()
}

fn login_failed(message: &str) -> Response {
    let body = format!(
        "<h1 id=\"title\">You are not logged in</h1>\n<p id=\"summary\">{}</p>\n\
         <p><a href=\"/login\">Log in again</a> or <a href=\"/\">buy as a new customer</a>.</p>",
        escape(message)
    );
    (StatusCode::BAD_REQUEST, Html(page("Not logged in", &body))).into_response()
}

async fn callback(
    State(site): State<Arc<Site>>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    let Some(provider) = &site.provider else {
        return login_failed("Logging in is not possible right now.");
    };
    let state = reqwest::Url::parse(&format!("http://shop.invalid/?{query}"))
        .ok()
        .and_then(|url| {
            url.query_pairs()
                .find(|(name, _)| name == "state")
                .map(|(_, value)| value.into_owned())
        });
    let Some(login) = state.and_then(|state| lock(&site.logins).remove(&state)) else {
        return login_failed("This login is unknown or was used already.");
    };
    let logged_in = match provider.callback(login, &query).await {
        Ok(logged_in) => logged_in,
        Err(error) => {
            eprintln!("shop: a login failed: {error}");
            return login_failed("The login could not be completed.");
        }
    };
    let session = new_id();
    {
        let mut customers = lock(&site.customers);
        bounded(&mut customers);
        let email = logged_in.claims.email().map(str::to_string);
        customers.insert(
            session.clone(),
            Customer {
                client: site.client.with_auth(logged_in.auth),
                email,
            },
        );
    }
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/".to_string()),
            (
                header::SET_COOKIE,
                format!(
                    "{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Lax{}",
                    // Sent back only over HTTPS when customers reach the site so.
                    if site.public_url.starts_with("https://") {
                        "; Secure"
                    } else {
                        ""
                    }
                ),
            ),
        ],
    )
        .into_response()
}

async fn owned(State(site): State<Arc<Site>>, headers: HeaderMap) -> Response {
    let Some(customer) = site.session_of(&headers).and_then(|s| site.customer(&s)) else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/login")]).into_response();
    };
    match customer.client.me().v1().active_products().send().await {
        Ok(products) => {
            let list: String = if products.active_products.is_empty() {
                "<p id=\"summary\">Nothing yet. <a href=\"/\">Choose an offer</a>.</p>".into()
            } else {
                let items: String = products
                    .active_products
                    .iter()
                    .map(|code| format!("<li class=\"product\">{}</li>", escape(code.as_ref())))
                    .collect();
                format!("<ul id=\"products\">{items}</ul>")
            };
            let body = format!("<h1 id=\"title\">What you own</h1>\n{list}");
            (StatusCode::OK, Html(page("What you own", &body))).into_response()
        }
        Err(error) => {
            eprintln!("shop: active_products failed: {error}");
            let body = "<h1 id=\"title\">What you own</h1>\n<p id=\"summary\">We cannot \
                        show your subscriptions right now. Please try again in a moment.</p>";
            (StatusCode::BAD_GATEWAY, Html(page("What you own", body))).into_response()
        }
    }
}

async fn periods(State(site): State<Arc<Site>>) -> Response {
    let answer = site
        .client
        .klarna_payments()
        .v2()
        .payment_periods()
        .code(site.package_code.as_str())
        .send()
        .await;
    match answer {
        Ok(periods) => {
            let list: Vec<Value> = periods
                .iter()
                .filter(|p| p.enabled)
                .map(|p| {
                    json!({
                        "id": p.id,
                        "price": p.price,
                        "iteration_type": p.iteration_type,
                        "iteration_length": p.iteration_length,
                        "type": p.r#type,
                    })
                })
                .collect();
            Json(json!({ "periods": list })).into_response()
        }
        Err(error) => {
            eprintln!("shop: payment_periods failed: {error}");
            refusal(
                StatusCode::BAD_GATEWAY,
                "The offers cannot be shown right now. Please try again in a moment.",
            )
        }
    }
}

fn text_field(body: &Value, name: &str) -> Option<String> {
    body.get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

async fn new_purchase(
    State(site): State<Arc<Site>>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let kind = match body.get("kind").and_then(Value::as_str) {
        Some("trial") => Kind::Trial,
        Some("paid") => Kind::Paid,
        _ => return refusal(StatusCode::BAD_REQUEST, "Choose a trial or a purchase."),
    };
    let Some(period_id) = text_field(&body, "period_id") else {
        return refusal(StatusCode::BAD_REQUEST, "Choose one of the offers.");
    };
    // A logged-in customer pays with their account (v1 needs their identity); a trial has
    // no v1 endpoint, so it goes through v2 with the email as for anybody.
    let customer = match kind {
        Kind::Paid => site
            .session_of(&headers)
            .and_then(|session| Some((site.customer(&session)?, session))),
        Kind::Trial => None,
    };
    let email = match text_field(&body, "email").map(|e| Email::parse(&e)) {
        Some(Ok(email)) => email.as_str().to_string(),
        _ if customer.is_some() => String::new(),
        _ => {
            return refusal(
                StatusCode::BAD_REQUEST,
                "Please enter a valid email address: your subscription is tied to it.",
            );
        }
    };
    let id = new_id();
    let confirmation_url = format!("{}/confirmation/{id}", site.public_url);
    let answer = match &customer {
        Some((customer, _)) => {
            let period_type = match body.get("period_type").and_then(Value::as_str) {
                Some("limited") => PeriodType::Limited,
                _ => PeriodType::Recurring,
            };
            customer
                .client
                .klarna_payments()
                .v1()
                .create_session()
                .code(site.package_code.as_str())
                .period_type(period_type)
                .period_id(period_id.as_str())
                .confirmation_url(confirmation_url.as_str())
                .send()
                .await
                .map(|session| {
                    // In the shape v2 answers, so that one reading below serves both.
                    let categories: Vec<Value> = session
                        .payment_method_categories
                        .iter()
                        .map(|c| json!({ "identifier": c.identifier }))
                        .collect();
                    json!({ "item": {
                        "klarna_payments_session_id": session.klarna_payments_session_id,
                        "klarna_client_token": session.klarna_client_token,
                        "payment_method_categories": categories,
                    }})
                })
        }
        None => site
            .client
            .klarna_payments()
            .v2()
            .create_session()
            .code(site.package_code.as_str())
            .period_id(period_id.as_str())
            .confirmation_url(confirmation_url.as_str())
            .send()
            .await
            .map(|session| session.json),
    };
    let session = match answer {
        Ok(session) => session,
        Err(Error::Api(error)) if error.status() == 400 => {
            eprintln!("shop: create_session refused: {error}");
            return refusal(
                StatusCode::BAD_REQUEST,
                "This offer cannot be bought right now. Please choose another one.",
            );
        }
        Err(error) => {
            eprintln!("shop: create_session failed: {error}");
            return refusal(
                StatusCode::BAD_GATEWAY,
                "The payment cannot start right now. Please try again in a moment.",
            );
        }
    };
    let item = session.get("item").unwrap_or(&session);
    let text = |name: &str| item.get(name).and_then(Value::as_str).map(str::to_string);
    let (Some(session_id), Some(client_token)) = (
        text("klarna_payments_session_id"),
        text("klarna_client_token"),
    ) else {
        eprintln!("shop: create_session answered without a session id or client token");
        return refusal(
            StatusCode::BAD_GATEWAY,
            "The payment cannot start right now. Please try again in a moment.",
        );
    };
    let offered: Vec<&str> = item
        .get("payment_method_categories")
        .and_then(Value::as_array)
        .map(|all| {
            all.iter()
                .filter_map(|c| c.get("identifier").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    // Payway takes only Direct Debit for a zero-amount (trial) order.
    let category = match kind {
        Kind::Trial => offered.iter().find(|c| **c == "direct_debit"),
        Kind::Paid => offered
            .iter()
            .find(|c| **c != "direct_debit")
            .or(offered.first()),
    };
    let Some(category) = category.map(|c| c.to_string()) else {
        return refusal(
            StatusCode::BAD_GATEWAY,
            "Klarna offers no way to pay for this purchase.",
        );
    };
    let purchase = Purchase {
        kind,
        session_id,
        email,
        first_name: text_field(&body, "first_name"),
        last_name: text_field(&body, "last_name"),
        stage: Stage::Open,
        customer: customer.as_ref().map(|(_, session)| session.clone()),
    };
    let account_email = customer.and_then(|(customer, _)| customer.email);
    {
        let mut purchases = site.purchases();
        while purchases.by_id.len() >= MAX_PURCHASES {
            let Some(oldest) = purchases.order.pop_front() else {
                break;
            };
            purchases.by_id.remove(&oldest);
        }
        purchases.order.push_back(id.clone());
        purchases.by_id.insert(id.clone(), purchase);
    }
    Json(json!({
        "purchase_id": id,
        "client_token": client_token,
        "payment_method_category": category,
        "account_email": account_email,
    }))
    .into_response()
}

/// The browser's language for Payway: the first tag of `Accept-Language`.
fn browser_language(headers: &HeaderMap) -> String {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split([',', ';']).next())
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= 35)
        .unwrap_or("sv-SE")
        .to_string()
}

/// What the order request answered, for the page.
enum Outcome {
    Placed {
        pw_order_id: String,
        klarna_order_id: String,
    },
    InDoubt,
    /// Not placed, for certain: why, for the customer.
    Refused(&'static str),
}

async fn place(
    State(site): State<Arc<Site>>,
    Path(id): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let Some(authorization) = text_field(&body, "authorization_token") else {
        return refusal(
            StatusCode::BAD_REQUEST,
            "Klarna's approval is missing: please press Confirm and pay again.",
        );
    };
    // Marked as being placed before the request goes out: a second request finds it so.
    let purchase = {
        let mut purchases = site.purchases();
        let Some(purchase) = purchases.by_id.get_mut(&id) else {
            return refusal(
                StatusCode::NOT_FOUND,
                "This purchase is unknown or too old: please start again.",
            );
        };
        match purchase.stage {
            Stage::Open => {
                purchase.stage = Stage::Placing;
                purchase.clone()
            }
            Stage::Placing | Stage::InDoubt | Stage::Placed { .. } => {
                return Json(json!({
                    "outcome": "sent_already",
                    "redirect": format!("/confirmation/{id}"),
                }))
                .into_response();
            }
        }
    };
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("unknown")
        .to_string();
    let language = browser_language(&headers);
    let outcome = send_order(
        &site,
        &purchase,
        &authorization,
        peer,
        &language,
        &user_agent,
    )
    .await;
    let (stage, answer) = match outcome {
        Outcome::Placed {
            pw_order_id,
            klarna_order_id,
        } => (
            Stage::Placed {
                pw_order_id,
                klarna_order_id,
            },
            json!({ "outcome": "placed", "redirect": format!("/confirmation/{id}") }),
        ),
        Outcome::InDoubt => (
            Stage::InDoubt,
            json!({ "outcome": "in_doubt", "redirect": format!("/confirmation/{id}") }),
        ),
        Outcome::Refused(message) => (
            Stage::Open,
            json!({ "outcome": "refused", "message": message }),
        ),
    };
    if let Some(purchase) = site.purchases().by_id.get_mut(&id) {
        purchase.stage = stage;
    }
    Json(answer).into_response()
}

async fn send_order(
    site: &Site,
    purchase: &Purchase,
    authorization: &str,
    peer: SocketAddr,
    language: &str,
    user_agent: &str,
) -> Outcome {
    let klarna = site.client.klarna_payments();
    let ip = peer.ip().to_string();
    let customer = purchase
        .customer
        .as_deref()
        .and_then(|session| site.customer(session));
    if purchase.customer.is_some() && customer.is_none() {
        return Outcome::Refused(
            "You were logged out, so nothing was charged. Please log in again.",
        );
    }
    let result = match (purchase.kind, customer) {
        (Kind::Paid, Some(customer)) => customer
            .client
            .klarna_payments()
            .v1()
            .place_order()
            .klarna_authorization_token(authorization)
            .klarna_payments_session_id(purchase.session_id.as_str())
            .browser_ip(ip.as_str())
            .browser_language(language)
            .browser_user_agent(user_agent)
            .send()
            .await
            .map(|order| order_ids(&order.json)),
        (Kind::Trial, _) => klarna
            .v2()
            .place_trial_order()
            .customer_info(
                TrialCustomer::builder()
                    .email(purchase.email.as_str())
                    .maybe_first_name(purchase.first_name.as_deref())
                    .maybe_last_name(purchase.last_name.as_deref())
                    .build(),
            )
            .klarna_authorization_token(authorization)
            .klarna_payments_session_id(purchase.session_id.as_str())
            .browser_ip(ip.as_str())
            .browser_language(language)
            .browser_user_agent(user_agent)
            .send()
            .await
            .map(|order| (order.pw_order_id, order.klarna_order_id)),
        (Kind::Paid, None) => klarna
            .v2()
            .place_order()
            .customer_info(
                PaidCustomer::builder()
                    .email(purchase.email.as_str())
                    .maybe_first_name(purchase.first_name.as_deref())
                    .maybe_last_name(purchase.last_name.as_deref())
                    .build(),
            )
            .klarna_authorization_token(authorization)
            .klarna_payments_session_id(purchase.session_id.as_str())
            .browser_ip(ip.as_str())
            .browser_language(language)
            .browser_user_agent(user_agent)
            .send()
            .await
            .map(|order| order_ids(&order.json)),
    };
    match result {
        Ok((pw_order_id, klarna_order_id)) => Outcome::Placed {
            pw_order_id,
            klarna_order_id,
        },
        Err(Error::OutcomeUnknown(unknown)) => {
            eprintln!("shop: an order is in doubt, look it up before anything else: {unknown}");
            Outcome::InDoubt
        }
        Err(Error::Api(error)) if error.status() < 500 => {
            eprintln!("shop: the order was refused: {error}");
            Outcome::Refused(
                "Klarna's approval could not be used for this order, so nothing was charged. \
                 Please press Confirm and pay to approve it again.",
            )
        }
        Err(error) => {
            eprintln!("shop: the order was not placed: {error}");
            Outcome::Refused(
                "The payment service cannot be reached right now, so nothing was charged. \
                 Please try again in a moment.",
            )
        }
    }
}

/// The ids in a paid order's answer. The docs do not show this answer: the sandbox answers
/// as the trial order does.
fn order_ids(answer: &Value) -> (String, String) {
    let item = answer.get("item").unwrap_or(answer);
    let text = |name: &str| {
        item.get(name)
            .and_then(Value::as_str)
            .unwrap_or("(not in the answer)")
            .to_string()
    };
    (text("pw_order_id"), text("klarna_order_id"))
}

/// A page in the site's layout.
fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} · The Daily Sandbox</title>\n\
         <style>body{{font-family:Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222}}\
         h1{{font-size:1.5em}}dt{{font-weight:bold}}dd{{margin:0 0 .6em;font-family:monospace}}\
         a{{color:#0b5394}}</style>\n</head>\n<body>\n<header><p><a href=\"/\">The Daily Sandbox</a></p></header>\n\
         {body}\n</body>\n</html>\n",
        title = escape(title),
    )
}

async fn confirmation(State(site): State<Arc<Site>>, Path(id): Path<String>) -> Response {
    let stage = site
        .purchases()
        .by_id
        .get(&id)
        .map(|p| (p.kind, p.stage.clone()));
    let (status, html) = match stage {
        Some((
            kind,
            Stage::Placed {
                pw_order_id,
                klarna_order_id,
            },
        )) => {
            let what = match kind {
                Kind::Trial => "Your free trial has started.",
                Kind::Paid => "Your subscription is paid and active.",
            };
            let body = format!(
                "<h1 id=\"title\">Thank you!</h1>\n<p id=\"summary\">{what} We have sent the \
                 details to your email.</p>\n<dl>\n<dt>Order</dt><dd id=\"pw-order-id\">{}</dd>\n\
                 <dt>Klarna order</dt><dd id=\"klarna-order-id\">{}</dd>\n</dl>\n\
                 <p><a href=\"/\">Start reading</a></p>",
                escape(&pw_order_id),
                escape(&klarna_order_id),
            );
            (StatusCode::OK, page("Thank you", &body))
        }
        Some((_, Stage::InDoubt | Stage::Placing)) => (
            StatusCode::OK,
            page(
                "We are checking your order",
                "<h1 id=\"title\">We are checking your order</h1>\n<p id=\"summary\">Your \
                 payment was approved, but we did not hear back whether your order went \
                 through. We are checking it now and will email you as soon as we know. \
                 Please do not pay again: you will not be charged twice.</p>",
            ),
        ),
        Some((_, Stage::Open)) => (
            StatusCode::OK,
            page(
                "Not ordered yet",
                "<h1 id=\"title\">Not ordered yet</h1>\n<p id=\"summary\">This purchase has \
                 not been placed. <a href=\"/\">Choose an offer</a> to subscribe.</p>",
            ),
        ),
        None => (
            StatusCode::NOT_FOUND,
            page(
                "Unknown purchase",
                "<h1 id=\"title\">Unknown purchase</h1>\n<p id=\"summary\">We know of no \
                 such purchase. <a href=\"/\">Choose an offer</a> to subscribe.</p>",
            ),
        ),
    };
    (status, Html(html)).into_response()
}
