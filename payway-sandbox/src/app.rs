//! Request handling: counting and journaling, routing (from the spec), the fault header or a
//! fault switched on, then the token endpoint, the sandbox's own routes (tickets, its page, the
//! Klarna widget) or an API endpoint (authenticate, validate, answer).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::request::Parts;
use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use payway_codegen::model::{self, Endpoint, Spec};
use serde_json::{Map, Value, json};

use crate::auth::ClientSettings;
use crate::behaviour::{self, Call};
use crate::console::{self, View};
use crate::fault::{self, Action, Fault};
use crate::identity::{Identity, IdentitySettings};
use crate::journal::{self, Journal, Open};
use crate::reply::{self, ApiError, Reply, method_not_allowed};
use crate::server::ConnectionControl;
use crate::state::Store;
use crate::switches::Switches;
use crate::{auth, oidc, sso2, synth, validate, widget};

/// The largest request body read.
const MAX_REQUEST_BYTES: usize = 1024 * 1024;

/// The prefix of the sandbox's own routes.
const ADMIN_PREFIX: &str = "/sandbox/";

/// How the sandbox was configured. `Debug` never shows the client secret.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// The API client the token endpoint accepts, and how long its tokens live.
    pub(crate) client: ClientSettings,
    pub(crate) session_lifetime: Duration,
    /// Faults injected at random into API requests without the fault header.
    pub(crate) random_faults: Option<fault::RandomFaults>,
    /// The identity providers' customers, organisation and redirect URIs.
    pub(crate) identity: IdentitySettings,
}

/// An endpoint of the spec with the name of its section.
#[derive(Debug)]
struct Route {
    section: String,
    endpoint: Endpoint,
}

/// The sandbox: its spec, routes, settings and memory.
#[derive(Debug)]
pub(crate) struct App {
    spec: Spec,
    settings: Settings,
    routes: Vec<Route>,
    /// Indexes into `routes` by path, for paths without parameters.
    by_path: HashMap<String, Vec<usize>>,
    /// Indexes into `routes` by path template, for paths with `{name}` segments, in spec order.
    by_template: Vec<(String, Vec<usize>)>,
    /// Every scope the spec's endpoints use: what the sandbox grants.
    scopes: BTreeSet<String>,
    store: Store,
    journal: Journal,
    switches: Switches,
    identity: Identity,
}

/// The result of issuing a ticket.
#[derive(Debug, Clone)]
pub(crate) struct IssuedTicket {
    pub(crate) ticket: String,
    pub(crate) account_id: String,
    pub(crate) account_status: &'static str,
}

impl App {
    pub(crate) fn new(spec: Spec, settings: Settings) -> Result<Self, String> {
        let mut routes = Vec::new();
        let mut by_path: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_template: Vec<(String, Vec<usize>)> = Vec::new();
        let mut scopes = BTreeSet::new();
        for section in &spec.sections {
            for endpoint in &section.endpoints {
                scopes.insert(endpoint.scope.clone());
                if endpoint.path_parameters.is_empty() {
                    by_path
                        .entry(endpoint.path.clone())
                        .or_default()
                        .push(routes.len());
                } else {
                    match by_template.iter_mut().find(|(t, _)| *t == endpoint.path) {
                        Some((_, indexes)) => indexes.push(routes.len()),
                        None => by_template.push((endpoint.path.clone(), vec![routes.len()])),
                    }
                }
                routes.push(Route {
                    section: section.name.clone(),
                    endpoint: endpoint.clone(),
                });
            }
        }
        let identity = Identity::new(settings.identity.clone())?;
        Ok(App {
            spec,
            settings,
            routes,
            by_path,
            by_template,
            scopes,
            store: Store::default(),
            journal: Journal::default(),
            switches: Switches::default(),
            identity,
        })
    }

    /// The identity providers' memory and key.
    pub(crate) fn identity(&self) -> &Identity {
        &self.identity
    }

    pub(crate) fn state(&self) -> &Store {
        &self.store
    }

    /// Switches `fault` on for `path` (off when blank); the path must be the token
    /// endpoint's or an endpoint's.
    pub(crate) fn switch_fault(&self, path: &str, fault: &str) -> Result<(), String> {
        if path != self.spec.token_endpoint.path && !self.by_path.contains_key(path) {
            return Err(format!("`{path}` is the path of no endpoint of the spec"));
        }
        self.switches.set(path, fault)
    }

    /// What the sandbox's page shows.
    pub(crate) fn view(&self) -> View<'_> {
        let mut targets = vec![console::Target {
            name: "token endpoint".to_string(),
            method: "POST",
            path: &self.spec.token_endpoint.path,
        }];
        targets.extend(self.routes.iter().map(|route| console::Target {
            name: format!(
                "{} v{} {}",
                route.section, route.endpoint.version, route.endpoint.action
            ),
            method: route.endpoint.method.word(),
            path: &route.endpoint.path,
        }));
        View {
            store: &self.store,
            journal: &self.journal,
            switches: &self.switches,
            targets,
        }
    }

    /// The routes at a request's `path`: those of the path itself, else of the first template
    /// it fits (a literal path wins over a template: `/products/search` over `/products/{id}`).
    fn routes_at(&self, path: &str) -> Option<&[usize]> {
        if let Some(indexes) = self.by_path.get(path) {
            return Some(indexes);
        }
        self.by_template
            .iter()
            .find(|(template, _)| model::match_path(template, path).is_some())
            .map(|(_, indexes)| indexes.as_slice())
    }

    /// The first endpoint at `path`, for redacting its path and query string.
    fn endpoint_at(&self, path: &str) -> Option<&Endpoint> {
        self.routes_at(path)
            .and_then(|indexes| indexes.first())
            .and_then(|&i| self.routes.get(i))
            .map(|route| &route.endpoint)
    }

    /// Issues a ticket for the customer with `email`, creating the account if unknown.
    pub(crate) fn issue_ticket(&self, email: &str) -> Result<IssuedTicket, String> {
        payway_values::Email::parse(email).map_err(|reason| format!("`email` {reason}"))?;
        let (account, status) = self.store.find_or_create_account(email);
        let ticket = self.store.issue_ticket(&account.id);
        Ok(IssuedTicket {
            ticket,
            account_id: account.id,
            account_status: status.as_str(),
        })
    }
}

/// Where a request goes.
enum Target<'a> {
    Token,
    Api(&'a Route),
}

/// Answers one request, and logs its method, path, status and duration (never a header, a
/// query string or a body: they carry tokens and personal data).
pub(crate) async fn handle(
    app: Arc<App>,
    connection: ConnectionControl,
    request: Request<Incoming>,
) -> Reply {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    // The page reading the sandbox's state every second is not worth listing.
    let listed = !matches!(path.as_str(), "/sandbox/" | "/sandbox/state");
    let endpoint = app.endpoint_at(&path);
    let entry = listed.then(|| {
        let target = journal::redact_target(&path, request.uri().query(), endpoint);
        app.journal.open(method.as_str(), target)
    });
    // The log names a templated endpoint's route, never its path parameters' values.
    let logged = endpoint
        .filter(|e| !e.path_parameters.is_empty())
        .map_or(path.as_str(), |e| e.path.as_str())
        .to_string();
    let reply = dispatch(&app, &connection, request, entry.as_ref()).await;
    let reply = match entry {
        Some(entry) => close_entry(entry, reply).await,
        None => reply,
    };
    tracing::info!(
        method = %method,
        path = logged.as_str(),
        status = reply.status().as_u16(),
        elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "payway sandbox request"
    );
    reply
}

/// Records `reply`'s status, and for a refusal why, in the journal.
async fn close_entry(entry: Open, reply: Reply) -> Reply {
    let status = reply.status().as_u16();
    if status < 400 {
        entry.close(status, None);
        return reply;
    }
    // Refusals are small bodies in memory: reading them back costs nothing.
    let (parts, body) = reply.into_parts();
    let bytes = match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => Default::default(),
    };
    let content_type = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    entry.close(status, Some(journal::reason(content_type, &bytes)));
    Reply::from_parts(parts, http_body_util::Full::new(bytes).boxed())
}

async fn dispatch(
    app: &App,
    connection: &ConnectionControl,
    request: Request<Incoming>,
    entry: Option<&Open>,
) -> Reply {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path();
    if let Some(route) = path.strip_prefix(ADMIN_PREFIX) {
        let route = route.to_string();
        let body = match read_body(&parts, body).await {
            Ok(bytes) => bytes,
            Err(error) => return error.into_reply(),
        };
        return admin(app, &parts, &route, &body);
    }
    if path == oidc::DISCOVERY_PATH
        || path.starts_with(oidc::PREFIX)
        || path.starts_with(sso2::PREFIX)
    {
        app.store.count_request(path);
        let body = match read_body(&parts, body).await {
            Ok(bytes) => bytes,
            Err(error) => return error.into_reply(),
        };
        let (method, query, headers) = (&parts.method, parts.uri.query(), &parts.headers);
        if path.starts_with(sso2::PREFIX) {
            let service = sso2::Service {
                identity: &app.identity,
                store: &app.store,
                client: &app.settings.client,
            };
            return sso2::handle(&service, method, path, query, headers, &body);
        }
        let provider = oidc::Provider {
            identity: &app.identity,
            store: &app.store,
            client: &app.settings.client,
            api_scopes: &app.scopes,
        };
        return oidc::handle(&provider, method, path, query, headers, &body);
    }
    app.store.count_request(path);
    let target = if path == app.spec.token_endpoint.path {
        Target::Token
    } else {
        let Some(indexes) = app.routes_at(path) else {
            return ApiError::not_found(path).into_reply();
        };
        let matching = indexes
            .iter()
            .filter_map(|&i| app.routes.get(i))
            .find(|route| route.endpoint.method.word() == parts.method.as_str());
        match matching {
            Some(route) => Target::Api(route),
            None => {
                let allowed: Vec<&str> = indexes
                    .iter()
                    .filter_map(|&i| app.routes.get(i))
                    .map(|route| route.endpoint.method.word())
                    .collect();
                return method_not_allowed(&allowed);
            }
        }
    };
    if matches!(target, Target::Token) && parts.method != Method::POST {
        return method_not_allowed(&["POST"]);
    }
    let fault = match fault::parse(&parts.headers) {
        Ok(fault) if fault == Fault::default() => match app.switches.get(path) {
            Some((directive, fault)) => {
                if let Some(entry) = entry {
                    entry.fault(format!("{directive} (switched on)"));
                }
                fault
            }
            None => match (&app.settings.random_faults, &target) {
                (Some(random), Target::Api(_)) if !parts.headers.contains_key(fault::HEADER) => {
                    random.pick()
                }
                _ => fault,
            },
        },
        Ok(fault) => {
            if let (Some(entry), Some(header)) = (entry, parts.headers.get(fault::HEADER)) {
                entry.fault(String::from_utf8_lossy(header.as_bytes()).into_owned());
            }
            fault
        }
        Err(reason) => return fault::invalid(reason),
    };
    // A fault after processing waits after it, like an answer lost on its way back.
    let processed = fault.processed && matches!(target, Target::Api(_));
    if let Some(delay) = fault.delay
        && !processed
    {
        tokio::time::sleep(delay).await;
    }
    if fault.action == Some(Action::DropEarly) {
        return drop_connection(connection, path).await;
    }
    let bytes = match read_body(&parts, body).await {
        Ok(bytes) => bytes,
        Err(error) => return error.into_reply(),
    };
    if let Some(entry) = entry {
        let shown = match &target {
            Target::Token => journal::redact_form(&bytes),
            Target::Api(route) => journal::redact_endpoint_body(&route.endpoint, &bytes),
        };
        if let Some(shown) = shown {
            entry.body(shown);
        }
    }
    if let (true, Target::Api(route)) = (processed, &target) {
        let normal = api(app, route, &parts, &bytes).unwrap_or_else(ApiError::into_reply);
        if let Some(delay) = fault.delay {
            tokio::time::sleep(delay).await;
        }
        match fault.action {
            // A delay alone: the normal answer, late.
            None => return normal,
            // Otherwise the normal answer is lost: only what it did stays (an order placed).
            Some(_) => drop(normal),
        }
    }
    // The normal answer's body, for the faults that mangle it.
    let sample = || match &target {
        Target::Token => {
            json!({"access_token": "at_0123456789abcdef", "token_type": "bearer", "expires_in": 3600})
        }
        Target::Api(route) => synth::envelope(
            route.endpoint.response.envelope,
            synth::response(&route.endpoint.response),
        ),
    };
    match (&fault.action, &target) {
        (Some(Action::Drop | Action::DropEarly), _) => {
            drop_connection(connection, parts.uri.path()).await
        }
        (Some(Action::ShortBody), _) => fault::short_body(&sample(), connection.clone()),
        (Some(Action::Lose), _) => {
            // Done (unless `processed` did it already), and the answer lost on its way back.
            if !processed {
                drop(answer(app, &target, &parts, &bytes));
            }
            drop_connection(connection, parts.uri.path()).await
        }
        (Some(action), _) => fault::answer(action, matches!(target, Target::Token), sample),
        (None, _) => answer(app, &target, &parts, &bytes),
    }
}

/// The normal answer to a request for the token endpoint or an API endpoint.
fn answer(app: &App, target: &Target<'_>, parts: &Parts, bytes: &[u8]) -> Reply {
    match target {
        Target::Token => auth::token_endpoint(
            &auth::Issuer {
                client: &app.settings.client,
                grant_types: &app.spec.token_endpoint.grant_types,
                scopes: &app.scopes,
                store: &app.store,
            },
            &parts.headers,
            bytes,
        ),
        Target::Api(route) => match api(app, route, parts, bytes) {
            Ok(reply) => reply,
            Err(error) => error.into_reply(),
        },
    }
}

/// Closes the connection without an answer: never returns, as the connection's task drops
/// this future along with the connection.
async fn drop_connection(connection: &ConnectionControl, path: &str) -> Reply {
    tracing::info!(path, "dropping the connection without an answer (fault)");
    connection.drop_connection();
    std::future::pending::<Reply>().await
}

/// Reads the whole body, refusing more than [`MAX_REQUEST_BYTES`].
async fn read_body(parts: &Parts, body: Incoming) -> Result<Vec<u8>, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "invalid_request",
            format!("the body is larger than the {MAX_REQUEST_BYTES} bytes the sandbox reads"),
        )
    };
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_REQUEST_BYTES as u64) {
        return Err(too_large());
    }
    match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(error) => {
            tracing::debug!(%error, "cannot read a request body");
            Err(too_large())
        }
    }
}

/// An API request: authenticate, validate, then the endpoint's behaviour or a synthesized
/// response.
fn api(app: &App, route: &Route, parts: &Parts, bytes: &[u8]) -> Result<Reply, ApiError> {
    let endpoint = &route.endpoint;
    let grant = auth::authorize(&app.store, &parts.headers, endpoint)?;
    let given = model::match_path(&endpoint.path, parts.uri.path()).unwrap_or_default();
    validate::path_parameters(&endpoint.path_parameters, &given)
        .map_err(validate::Problem::into_error)?;
    let query = validate::query(&endpoint.query, parts.uri.query())
        .map_err(validate::Problem::into_error)?;
    let body = if endpoint.has_body() {
        json_body(parts, bytes, endpoint)?
    } else {
        Map::new()
    };
    validate::request_body(endpoint, &body).map_err(validate::Problem::into_error)?;
    validate::required_one_of(endpoint, &query, &body).map_err(validate::Problem::into_error)?;
    let data = match behaviour::find(&route.section, endpoint.version, &endpoint.action) {
        Some(behaviour) => behaviour(&Call {
            store: &app.store,
            session_lifetime: app.settings.session_lifetime,
            grant: &grant,
            query: &query,
            body: &body,
        })?,
        None => synth::response(&endpoint.response),
    };
    Ok(synth::reply(&endpoint.response, data))
}

/// The request's JSON body as an object. An empty body is accepted only by an endpoint that
/// takes no body parameters.
fn json_body(
    parts: &Parts,
    bytes: &[u8],
    endpoint: &Endpoint,
) -> Result<Map<String, Value>, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace)
        && endpoint.body.is_empty()
        && !endpoint.additional_parameters
    {
        return Ok(Map::new());
    }
    let is_json = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::invalid_request(
            "the request must be sent as application/json (Content-Type: application/json)",
        ));
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::invalid_request("the body must be a JSON object")),
        Err(error) => Err(ApiError::invalid_request(format!(
            "the body is not valid JSON: {error}"
        ))),
    }
}

/// The sandbox's own routes: `POST /sandbox/tickets`, `GET /sandbox/requests`, the page
/// (`console.rs`) and the Klarna widget (`widget.rs`).
fn admin(app: &App, parts: &Parts, route: &str, body: &[u8]) -> Reply {
    if let Some(widget_route) = route.strip_prefix("klarna/") {
        return widget::route(&app.store, &parts.method, widget_route, body)
            .unwrap_or_else(|| ApiError::not_found(parts.uri.path()).into_reply());
    }
    if let Some(reply) = console::route(&app.view(), &parts.method, route, body) {
        return reply;
    }
    match (route, &parts.method) {
        ("tickets", &Method::POST) => {
            let email = serde_json::from_slice::<Value>(body)
                .ok()
                .and_then(|v| v.get("email").and_then(Value::as_str).map(str::to_string));
            let Some(email) = email else {
                return ApiError::invalid_parameter(
                    "email",
                    "send a JSON body `{\"email\": \"name@example.com\"}`",
                )
                .into_reply();
            };
            match app.issue_ticket(&email) {
                Ok(issued) => reply::json_reply(
                    StatusCode::OK,
                    &json!({
                        "ticket": issued.ticket,
                        "account_id": issued.account_id,
                        "account_status": issued.account_status,
                    }),
                ),
                Err(reason) => ApiError::invalid_parameter("email", reason).into_reply(),
            }
        }
        ("oidc/unlisted_key_once", &Method::POST) => {
            app.identity.sign_next_with_unlisted_key();
            reply::json_reply(
                StatusCode::OK,
                &json!({ "next_id_token": "signed by a key the JWKS does not list" }),
            )
        }
        ("requests", &Method::GET) => reply::json_reply(
            StatusCode::OK,
            &json!({ "requests": app.store.request_counts() }),
        ),
        ("orders", &Method::GET) => {
            let orders: Vec<Value> = app
                .store
                .orders()
                .into_iter()
                .map(|order| {
                    json!({"pw_order_id": order.order_id, "kind": order.kind, "email": order.email})
                })
                .collect();
            reply::json_reply(StatusCode::OK, &json!({ "orders": orders }))
        }
        ("tickets" | "oidc/unlisted_key_once", _) => method_not_allowed(&["POST"]),
        ("requests" | "orders", _) => method_not_allowed(&["GET"]),
        _ => ApiError::not_found(parts.uri.path()).into_reply(),
    }
}
