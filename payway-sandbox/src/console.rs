//! The sandbox's page, `GET /sandbox/`: what it saw, live. `GET /sandbox/state` is the same
//! as JSON (for tests and for the page, which reads it every second): the latest requests
//! (`journal.rs`), accounts, live sessions, orders, the fault switches that are on and the
//! endpoints a switch can take. `POST /sandbox/faults` with `{"path", "fault"}` switches a
//! fault on for a path (`fault` is a directive of the `x-sandbox-fault` header), or off when
//! `fault` is empty or null.

use std::time::{Instant, SystemTime};

use http::header::CACHE_CONTROL;
use http::{HeaderValue, Method, StatusCode};
use serde_json::{Value, json};

use crate::journal::Journal;
use crate::reply::{self, ApiError, Reply};
use crate::state::Store;
use crate::switches::Switches;
use crate::today;

/// The page.
const PAGE: &str = include_str!("console.html");

/// An endpoint a fault can be switched on for.
pub(crate) struct Target<'a> {
    pub(crate) name: String,
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
}

/// What the page shows.
pub(crate) struct View<'a> {
    pub(crate) store: &'a Store,
    pub(crate) journal: &'a Journal,
    pub(crate) switches: &'a Switches,
    pub(crate) targets: Vec<Target<'a>>,
}

/// Answers `route` (what follows `/sandbox/`), or `None` when it is not the page's.
pub(crate) fn route(view: &View<'_>, method: &Method, route: &str, body: &[u8]) -> Option<Reply> {
    Some(match (route, method) {
        ("", &Method::GET) => {
            let mut reply = reply::raw(StatusCode::OK, "text/html; charset=utf-8", PAGE);
            reply
                .headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            reply
        }
        ("state", &Method::GET) => reply::json_reply(StatusCode::OK, &state(view)),
        ("faults", &Method::POST) => match switch(view, body) {
            Ok(()) => reply::json_reply(StatusCode::OK, &json!({ "faults": faults(view) })),
            Err(error) => error.into_reply(),
        },
        _ => return None,
    })
}

fn time(at: SystemTime) -> String {
    today::timestamp(at)
}

fn faults(view: &View<'_>) -> Value {
    view.switches
        .list()
        .into_iter()
        .map(|(path, fault)| json!({ "path": path, "fault": fault }))
        .collect()
}

/// The whole state as JSON.
pub(crate) fn state(view: &View<'_>) -> Value {
    let now = Instant::now();
    let overview = view.store.overview();
    let requests: Vec<Value> = view
        .journal
        .entries()
        .into_iter()
        .rev()
        .map(|e| {
            json!({
                "number": e.number,
                "time": time(e.received_at),
                "method": e.method,
                "path": e.target,
                "status": e.status,
                "reason": e.reason,
                "fault": e.fault,
                "body": e.body,
            })
        })
        .collect();
    let accounts: Vec<Value> = overview
        .accounts
        .into_iter()
        .map(|(id, email, created)| {
            json!({ "account_id": id, "email": email, "created": time(created) })
        })
        .collect();
    let sessions: Vec<Value> = overview
        .sessions
        .into_iter()
        .map(|(id, s)| {
            json!({
                "klarna_payments_session_id": id,
                "code": s.code,
                "period_type": s.period_type,
                "period_id": s.period_id,
                "account_id": s.customer,
                "created": time(s.created_at),
                "expires_in_seconds": s.expires_at.saturating_duration_since(now).as_secs(),
            })
        })
        .collect();
    let orders: Vec<Value> = overview
        .orders
        .into_iter()
        .map(|o| {
            json!({
                "pw_order_id": o.pw_order_id,
                "klarna_order_id": o.klarna_order_id,
                "kind": o.kind,
                "code": o.code,
                "klarna_payments_session_id": o.session_id,
                "account_id": o.account_id,
                "placed": time(o.placed_at),
            })
        })
        .collect();
    let endpoints: Vec<Value> = view
        .targets
        .iter()
        .map(|t| json!({ "name": t.name, "method": t.method, "path": t.path }))
        .collect();
    json!({
        "requests": requests,
        "accounts": accounts,
        "sessions": sessions,
        "orders": orders,
        "faults": faults(view),
        "endpoints": endpoints,
    })
}

fn switch(view: &View<'_>, body: &[u8]) -> Result<(), ApiError> {
    let body: Value = serde_json::from_slice(body).map_err(|_| {
        ApiError::invalid_request("send a JSON body `{\"path\": ..., \"fault\": ...}`")
    })?;
    let path = body
        .get("path")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid_parameter("path", "parameter `path` is required"))?;
    if !view.targets.iter().any(|t| t.path == path) {
        return Err(ApiError::invalid_parameter(
            "path",
            "parameter `path` must be the path of an endpoint or of the token endpoint",
        ));
    }
    let fault = match body.get("fault") {
        None | Some(Value::Null) => "",
        Some(Value::String(text)) => text.as_str(),
        Some(_) => {
            return Err(ApiError::invalid_parameter(
                "fault",
                "parameter `fault` must be a directive, e.g. `lose` or `status=503`",
            ));
        }
    };
    view.switches
        .set(path, fault)
        .map_err(|reason| ApiError::invalid_parameter("fault", reason))
}
