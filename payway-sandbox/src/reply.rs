//! Building answers: JSON bodies, the Payway error convention and OAuth token errors.

use axum::body::Body;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderName};
use axum::http::{HeaderValue, Response, StatusCode};
use serde_json::{Map, Value, json};

/// An answer.
pub(crate) type Reply = Response<Body>;

/// An error in the Payway convention: a status, a `code`, a `message`, maybe a `field`, and any
/// other properties.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) field: Option<String>,
    pub(crate) details: Map<String, Value>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl ApiError {
    /// An error without a field.
    pub(crate) fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
            details: Map::new(),
            headers: Vec::new(),
        }
    }

    /// 400 `invalid_parameter` about `field`.
    pub(crate) fn invalid_parameter(field: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_parameter", message).with_field(field)
    }

    /// 400 `invalid_request`: the request as a whole is unusable (not JSON, say).
    pub(crate) fn invalid_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_request", message)
    }

    /// 404 `not_found`.
    pub(crate) fn not_found(path: &str) -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no endpoint at {path}"),
        )
    }

    /// Names the parameter at fault.
    pub(crate) fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Adds a property to the body.
    pub(crate) fn with_detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }

    /// Adds a header to the answer.
    pub(crate) fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }

    /// The answer.
    pub(crate) fn into_reply(self) -> Reply {
        let mut body = Map::new();
        body.insert("code".into(), Value::String(self.code.to_string()));
        if let Some(field) = self.field {
            body.insert("field".into(), Value::String(field));
        }
        body.insert("message".into(), Value::String(self.message));
        for (key, value) in self.details {
            body.entry(key).or_insert(value);
        }
        let mut reply = json_reply(self.status, &Value::Object(body));
        for (name, value) in self.headers {
            reply.headers_mut().append(name, value);
        }
        reply
    }
}

/// An OAuth error of the token endpoint: `{"error", "error_description"}`.
pub(crate) fn token_error(
    status: StatusCode,
    error: &str,
    description: impl Into<String>,
) -> Reply {
    let description: String = description.into();
    let mut reply = json_reply(
        status,
        &json!({ "error": error, "error_description": description }),
    );
    reply
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    reply
}

/// 405 `method_not_allowed`, with `Allow` listing `allowed`.
pub(crate) fn method_not_allowed(allowed: &[&str]) -> Reply {
    let list = allowed.join(", ");
    let mut error = ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("use {list} on this path"),
    );
    if let Ok(value) = HeaderValue::from_str(&list) {
        error = error.with_header(axum::http::header::ALLOW, value);
    }
    error.into_reply()
}

/// `value` as a JSON answer with `status`.
pub(crate) fn json_reply(status: StatusCode, value: &Value) -> Reply {
    // Serializing a `Value` cannot fail: its map keys are strings.
    let bytes = serde_json::to_vec(value).unwrap_or_default();
    raw(status, "application/json", bytes)
}

/// A body of `content_type` with `status`.
pub(crate) fn raw(status: StatusCode, content_type: &'static str, body: impl Into<Body>) -> Reply {
    let mut reply = Response::new(body.into());
    *reply.status_mut() = status;
    reply
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    reply
}
