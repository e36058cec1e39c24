//! Access tokens: the token endpoint (grant types `none`, `ticket`, `refresh_token`, as far as
//! the spec lists them) and the bearer check of every API request.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

use http::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use http::{HeaderMap, HeaderValue, StatusCode};
use payway_codegen::model::Endpoint;
use serde_json::{Map, Value};

use crate::reply::{self, ApiError, Reply};
use crate::state::{Store, TokenGrant};

/// The API client the sandbox accepts, and how long the tokens it issues live. `Debug` never
/// shows the client secret.
#[derive(Clone)]
pub(crate) struct ClientSettings {
    pub(crate) client_id: String,
    pub(crate) client_secret: String,
    pub(crate) token_lifetime: Duration,
}

impl std::fmt::Debug for ClientSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSettings")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("token_lifetime", &self.token_lifetime)
            .finish()
    }
}

/// What the token endpoint needs of the sandbox.
pub(crate) struct Issuer<'a> {
    pub(crate) client: &'a ClientSettings,
    /// The spec's grant types (`none`, `ticket`, `refresh_token` are served).
    pub(crate) grant_types: &'a [(String, String)],
    /// Every scope the spec's endpoints use: what the sandbox grants.
    pub(crate) scopes: &'a BTreeSet<String>,
    pub(crate) store: &'a Store,
}

/// Answers a request to the token endpoint: a form with `client_id`, `client_secret`,
/// `grant_type` and the grant's fields.
pub(crate) fn token_endpoint(issuer: &Issuer<'_>, headers: &HeaderMap, body: &[u8]) -> Reply {
    match issue(issuer, headers, body) {
        Ok(answer) => {
            let mut reply = reply::json_reply(StatusCode::OK, &Value::Object(answer));
            reply.headers_mut().insert(
                http::header::CACHE_CONTROL,
                HeaderValue::from_static("no-store"),
            );
            reply
        }
        Err(refusal) => reply::token_error(refusal.status, refusal.error, refusal.description),
    }
}

/// A refused token request, answered in OAuth's shape.
struct Refusal {
    status: StatusCode,
    error: &'static str,
    description: String,
}

fn bad_request(error: &'static str, description: impl Into<String>) -> Refusal {
    Refusal {
        status: StatusCode::BAD_REQUEST,
        error,
        description: description.into(),
    }
}

fn issue(
    issuer: &Issuer<'_>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Refusal> {
    let form_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';').next().is_some_and(|t| {
                t.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            })
        });
    if !form_type {
        return Err(bad_request(
            "invalid_request",
            "the token request must be sent as application/x-www-form-urlencoded",
        ));
    }
    let mut form: HashMap<String, String> = HashMap::new();
    for (name, value) in form_urlencoded::parse(body) {
        if form.insert(name.to_string(), value.into_owned()).is_some() {
            return Err(bad_request(
                "invalid_request",
                format!("`{name}` is given more than once"),
            ));
        }
    }
    let settings = issuer.client;
    let client_ok = form.get("client_id") == Some(&settings.client_id)
        && form.get("client_secret") == Some(&settings.client_secret);
    if !client_ok {
        return Err(Refusal {
            status: StatusCode::UNAUTHORIZED,
            error: "invalid_client",
            description: "unknown client, or wrong client secret".to_string(),
        });
    }
    let Some(grant_type) = form.get("grant_type") else {
        return Err(bad_request("invalid_request", "`grant_type` is missing"));
    };
    let supported: Vec<&str> = issuer
        .grant_types
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| matches!(*name, "none" | "ticket" | "refresh_token"))
        .collect();
    if !supported.contains(&grant_type.as_str()) {
        return Err(bad_request(
            "unsupported_grant_type",
            format!(
                "grant_type `{grant_type}` is not supported; use one of: {}",
                supported.join(", ")
            ),
        ));
    }
    let field = |name: &str| -> Result<&String, Refusal> {
        form.get(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| bad_request("invalid_request", format!("`{name}` is missing")))
    };
    let (scopes, identity) = match grant_type.as_str() {
        "none" => (scopes(issuer.scopes, form.get("scope"))?, None),
        "ticket" => {
            let ticket = field("ticket")?;
            let scopes = scopes(issuer.scopes, form.get("scope"))?;
            let Some(account) = issuer.store.take_ticket(ticket) else {
                return Err(bad_request(
                    "invalid_grant",
                    "the ticket is unknown or was used already (a ticket works once)",
                ));
            };
            (scopes, Some(account))
        }
        _ => {
            let refresh_token = field("refresh_token")?;
            let Some(grant) = issuer.store.take_refresh_token(refresh_token) else {
                return Err(bad_request(
                    "invalid_grant",
                    "the refresh token is unknown or was used already",
                ));
            };
            let scopes = match form.get("scope").filter(|s| !s.trim().is_empty()) {
                None => grant.scopes,
                Some(asked) => {
                    let asked = scopes(issuer.scopes, Some(asked))?;
                    if let Some(extra) = asked.difference(&grant.scopes).next() {
                        return Err(bad_request(
                            "invalid_scope",
                            format!("scope `{extra}` was not granted to the original token"),
                        ));
                    }
                    asked
                }
            };
            (scopes, Some(grant.identity))
        }
    };
    let lifetime = settings.token_lifetime;
    let (access, refresh) = issuer.store.issue_token(scopes, identity, lifetime);
    tracing::debug!(grant_type = grant_type.as_str(), "token issued");
    let mut answer = Map::new();
    answer.insert("access_token".into(), Value::String(access));
    answer.insert("token_type".into(), Value::String("bearer".into()));
    let seconds = lifetime.as_secs() + u64::from(lifetime.subsec_nanos() > 0);
    answer.insert("expires_in".into(), Value::from(seconds));
    if let Some(refresh) = refresh {
        answer.insert("refresh_token".into(), Value::String(refresh));
    }
    Ok(answer)
}

/// The scopes asked for in `scope` (space-separated), each one the spec uses.
fn scopes(known: &BTreeSet<String>, scope: Option<&String>) -> Result<BTreeSet<String>, Refusal> {
    let mut granted = BTreeSet::new();
    for asked in scope
        .map(String::as_str)
        .unwrap_or_default()
        .split_whitespace()
    {
        if !known.contains(asked) {
            return Err(bad_request(
                "invalid_scope",
                format!(
                    "scope `{asked}` is unknown; the sandbox grants: {}",
                    known.iter().cloned().collect::<Vec<_>>().join(" ")
                ),
            ));
        }
        granted.insert(asked.to_string());
    }
    Ok(granted)
}

fn unauthorized(message: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, "invalid_token", message).with_header(
        WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer error=\"invalid_token\""),
    )
}

/// Checks the request's bearer token allows `endpoint`: 401 when it is missing, unknown or
/// expired; 403 when it lacks the endpoint's scope, or an identity the endpoint requires.
pub(crate) fn authorize(
    store: &Store,
    headers: &HeaderMap,
    endpoint: &Endpoint,
) -> Result<TokenGrant, ApiError> {
    let Some(header) = headers.get(AUTHORIZATION) else {
        return Err(unauthorized(
            "the request has no access token: send `Authorization: Bearer <token>`",
        ));
    };
    let token = header
        .to_str()
        .ok()
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .filter(|token| !token.is_empty());
    let Some(token) = token else {
        return Err(unauthorized(
            "the Authorization header must be `Bearer <token>`",
        ));
    };
    let Some(grant) = store.token(token) else {
        return Err(unauthorized("the access token is unknown"));
    };
    if grant.expires_at <= Instant::now() {
        return Err(unauthorized("the access token expired: get a new one"));
    }
    if !grant.scopes.contains(&endpoint.scope) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            format!("the access token lacks the scope `{}`", endpoint.scope),
        )
        .with_detail("scope", endpoint.scope.clone()));
    }
    if endpoint.identity && grant.identity.is_none() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "identity_required",
            "this endpoint needs an access token bound to a customer identity (grant_type=ticket), \
             not an application token",
        ));
    }
    Ok(grant)
}
