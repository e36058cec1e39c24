//! The stand-in for Klarna's Payments SDK: the script a checkout page loads
//! (`GET /sandbox/klarna/api.js`, in place of `https://x.klarnacdn.net/kp/lib/v1/api.js`) and
//! the two calls it makes back to the sandbox, found by the session's `klarna_client_token`:
//!
//! - `POST /sandbox/klarna/load` `{"client_token"}`: the session's payment method categories,
//!   or 404 `not_found` for a session that is unknown or expired;
//! - `POST /sandbox/klarna/authorize` `{"client_token", "payment_method_category", "decision"}`
//!   with `decision` one of `approve`, `decline`, `abort` (what the person clicked): Klarna's
//!   callback payload. Approval gives an `authorization_token` bound to the session
//!   (`state.rs`), which then places one order on it.
//!
//! The script is served to pages of any origin, and its calls are answered to any origin
//! (`Access-Control-Allow-Origin: *`): they carry nothing but the client token.

use http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    CACHE_CONTROL,
};
use http::{HeaderValue, Method, StatusCode};
use serde_json::{Value, json};

use crate::behaviour::PAYMENT_METHOD_CATEGORIES;
use crate::reply::{self, ApiError, Reply};
use crate::state::Store;

/// The script.
const SCRIPT: &str = include_str!("widget.js");

/// Answers `route` (what follows `/sandbox/klarna/`), or `None` when it is not the widget's.
pub(crate) fn route(store: &Store, method: &Method, route: &str, body: &[u8]) -> Option<Reply> {
    let reply = match (route, method) {
        ("api.js", &Method::GET) => {
            let mut reply = reply::raw(StatusCode::OK, "text/javascript; charset=utf-8", SCRIPT);
            reply
                .headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            reply
        }
        ("load" | "authorize", &Method::OPTIONS) => {
            reply::raw(StatusCode::NO_CONTENT, "text/plain", "")
        }
        ("load", &Method::POST) => answer(load(store, body)),
        ("authorize", &Method::POST) => answer(authorize(store, body)),
        _ => return None,
    };
    Some(cors(reply))
}

fn cors(mut reply: Reply) -> Reply {
    let headers = reply.headers_mut();
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(
        ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, OPTIONS"),
    );
    headers.insert(
        ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type"),
    );
    reply
}

fn answer(result: Result<Value, ApiError>) -> Reply {
    match result {
        Ok(value) => reply::json_reply(StatusCode::OK, &value),
        Err(error) => error.into_reply(),
    }
}

/// The body's field `name`, which must be text. The script sends JSON as `text/plain`, so
/// that no CORS preflight is needed; any content type is read.
fn field<'v>(body: &'v Value, name: &str) -> Result<&'v str, ApiError> {
    body.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid_parameter(name, format!("parameter `{name}` is required")))
}

fn parse(body: &[u8]) -> Result<Value, ApiError> {
    serde_json::from_slice(body)
        .map_err(|_| ApiError::invalid_request("the body must be a JSON object"))
}

/// The live session of `client_token`: its id.
fn session(store: &Store, client_token: &str) -> Result<String, ApiError> {
    store
        .session_by_client_token(client_token)
        .map(|(id, _)| id)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "the client token belongs to no live purchase session (sessions last 48 hours)",
            )
            .with_field("client_token")
        })
}

fn load(store: &Store, body: &[u8]) -> Result<Value, ApiError> {
    let body = parse(body)?;
    session(store, field(&body, "client_token")?)?;
    Ok(json!({ "payment_method_categories": PAYMENT_METHOD_CATEGORIES.clone() }))
}

fn authorize(store: &Store, body: &[u8]) -> Result<Value, ApiError> {
    let body = parse(body)?;
    let session_id = session(store, field(&body, "client_token")?)?;
    let category = field(&body, "payment_method_category")?;
    let offered = PAYMENT_METHOD_CATEGORIES
        .as_array()
        .is_some_and(|all| all.iter().any(|c| c["identifier"] == category));
    if !offered {
        return Err(ApiError::invalid_parameter(
            "payment_method_category",
            "the session offers no such payment method category",
        ));
    }
    match field(&body, "decision")? {
        "approve" => {
            let token = store.authorize(&session_id);
            tracing::debug!(category, "klarna widget: purchase approved");
            Ok(json!({ "approved": true, "show_form": true, "authorization_token": token }))
        }
        // Klarna cannot offer the method: the page should remove it.
        "decline" => Ok(json!({ "approved": false, "show_form": false })),
        // The customer left a required step: the page keeps Klarna so they can try again.
        "abort" => Ok(json!({ "approved": false, "show_form": true })),
        _ => Err(ApiError::invalid_parameter(
            "decision",
            "parameter `decision` must be approve, decline or abort",
        )),
    }
}
