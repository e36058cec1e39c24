//! The OpenID provider, authorization code flow with PKCE (S256): discovery, the authorization
//! page with its login form, the token endpoint (`authorization_code`, `refresh_token`), the
//! JWKS and userinfo. Its access tokens are the sandbox's own, bound to the customer, so they
//! call the API endpoints that need an identity.
//!
//! Invalid input gets OAuth's answers: what cannot go back to the site (an unknown client, a
//! redirect URI that is not registered) an error page; other authorization errors a redirect
//! with `error` and `state`; token errors `{"error", "error_description"}` (`invalid_grant` for
//! a wrong, reused or expired code, a wrong `code_verifier` or `redirect_uri`).

use std::collections::{BTreeSet, HashMap};
use std::time::Instant;

use base64::Engine as _;
use http::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::{Map, Value, json};

use crate::auth::ClientSettings;
use crate::identity::{Code, Identity, unix_now};
use crate::pages;
use crate::reply::{self, ApiError, Reply};
use crate::signing::{self, SigningKey};
use crate::state::Store;

/// The discovery document's path.
pub(crate) const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";
/// The prefix of the provider's other endpoints.
pub(crate) const PREFIX: &str = "/oidc/";

/// The OpenID scopes, in the standard spelling (what the sandbox's `scopes_supported` lists).
const OPENID_SCOPES: [&str; 4] = ["openid", "profile", "email", "offline_access"];

/// What the provider needs of the sandbox.
pub(crate) struct Provider<'a> {
    pub(crate) identity: &'a Identity,
    pub(crate) store: &'a Store,
    pub(crate) client: &'a ClientSettings,
    /// The API's scopes, which an authorization request may also ask for.
    pub(crate) api_scopes: &'a BTreeSet<String>,
}

/// Answers a request to [`DISCOVERY_PATH`] or under [`PREFIX`].
pub(crate) fn handle(
    provider: &Provider<'_>,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Reply {
    let route = path.strip_prefix(PREFIX).unwrap_or(path);
    match (route, method) {
        (DISCOVERY_PATH, &Method::GET) => reply::json_reply(StatusCode::OK, &discovery(provider)),
        ("authorize", &Method::GET) => {
            authorize(provider, &form(query.unwrap_or("").as_bytes()), false)
        }
        ("authorize", &Method::POST) => authorize(provider, &form(body), true),
        ("token", &Method::POST) => match token(provider, headers, body) {
            Ok(answer) => {
                let mut reply = reply::json_reply(StatusCode::OK, &Value::Object(answer));
                reply
                    .headers_mut()
                    .insert("cache-control", HeaderValue::from_static("no-store"));
                reply
            }
            Err((status, error, description)) => reply::token_error(status, error, description),
        },
        ("jwks", &Method::GET) => reply::json_reply(StatusCode::OK, &provider.identity.key.jwks()),
        ("userinfo", &Method::GET | &Method::POST) => match userinfo(provider, headers) {
            Ok(claims) => reply::json_reply(StatusCode::OK, &claims),
            Err(error) => error.into_reply(),
        },
        (DISCOVERY_PATH | "jwks", _) => reply::method_not_allowed(&["GET"]),
        ("authorize" | "userinfo", _) => reply::method_not_allowed(&["GET", "POST"]),
        ("token", _) => reply::method_not_allowed(&["POST"]),
        _ => ApiError::not_found(path).into_reply(),
    }
}

fn discovery(provider: &Provider<'_>) -> Value {
    let base = &provider.identity.settings.base_url;
    let scopes: Vec<&str> = OPENID_SCOPES
        .into_iter()
        .chain(provider.api_scopes.iter().map(String::as_str))
        .collect();
    json!({
        "issuer": base,
        "authorization_endpoint": format!("{base}{PREFIX}authorize"),
        "token_endpoint": format!("{base}{PREFIX}token"),
        "userinfo_endpoint": format!("{base}{PREFIX}userinfo"),
        "jwks_uri": format!("{base}{PREFIX}jwks"),
        "scopes_supported": scopes,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "email", "email_verified", "name"],
    })
}

/// A form or query string as a map; a name given twice keeps its first value.
fn form(bytes: &[u8]) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for (name, value) in form_urlencoded::parse(bytes) {
        map.entry(name.into_owned())
            .or_insert_with(|| value.into_owned());
    }
    map
}

/// A checked authorization request.
struct Authorization {
    redirect_uri: String,
    scopes: Vec<String>,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: Option<String>,
}

/// The authorization request's parameters checked, in OAuth's order: first what decides where
/// an error may be sent (client, redirect URI), then the rest.
fn check_authorization(
    provider: &Provider<'_>,
    params: &HashMap<String, String>,
) -> Result<Authorization, Box<Reply>> {
    let get = |name: &str| params.get(name).filter(|v| !v.is_empty()).cloned();
    if get("client_id").as_deref() != Some(provider.client.client_id.as_str()) {
        return Err(Box::new(pages::error(
            StatusCode::BAD_REQUEST,
            "unknown client_id: the sandbox knows only its own API client",
        )));
    }
    let Some(redirect_uri) = get("redirect_uri") else {
        return Err(Box::new(pages::error(
            StatusCode::BAD_REQUEST,
            "redirect_uri is missing",
        )));
    };
    let registered = &provider.identity.settings.redirect_uris;
    if !pages::is_web_address(&redirect_uri)
        || (!registered.is_empty() && !registered.contains(&redirect_uri))
    {
        return Err(Box::new(pages::error(
            StatusCode::BAD_REQUEST,
            "redirect_uri is not a Redirect URI registered for this API client",
        )));
    }
    let state = get("state");
    let refuse = |error: &str, description: &str| {
        let mut query = vec![("error", error), ("error_description", description)];
        if let Some(state) = &state {
            query.push(("state", state.as_str()));
        }
        pages::redirect(&pages::with_query(&redirect_uri, &query))
    };
    if get("response_type").as_deref() != Some("code") {
        return Err(Box::new(refuse(
            "unsupported_response_type",
            "response_type must be `code`",
        )));
    }
    let scopes: Vec<String> = get("scope")
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if !scopes.iter().any(|s| s == "openid") {
        return Err(Box::new(refuse(
            "invalid_scope",
            "scope must include `openid`",
        )));
    }
    if let Some(unknown) = scopes
        .iter()
        .find(|s| !OPENID_SCOPES.contains(&s.as_str()) && !provider.api_scopes.contains(*s))
    {
        return Err(Box::new(refuse(
            "invalid_scope",
            &format!("scope `{unknown}` is not one this provider grants"),
        )));
    }
    let code_challenge = get("code_challenge");
    match (
        code_challenge.as_deref(),
        get("code_challenge_method").as_deref(),
    ) {
        (None, None) | (Some(_), Some("S256")) => {}
        (Some(_), None | Some(_)) => {
            return Err(Box::new(refuse(
                "invalid_request",
                "code_challenge_method must be `S256` (plain is not supported)",
            )));
        }
        (None, Some(_)) => {
            return Err(Box::new(refuse(
                "invalid_request",
                "code_challenge_method without code_challenge",
            )));
        }
    }
    if code_challenge.as_deref().is_some_and(|c| {
        c.len() != 43
            || !c
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }) {
        return Err(Box::new(refuse(
            "invalid_request",
            "code_challenge must be the 43-character BASE64URL of a SHA-256",
        )));
    }
    Ok(Authorization {
        redirect_uri,
        scopes,
        state,
        nonce: get("nonce"),
        code_challenge,
    })
}

/// The authorization endpoint: the login form (GET), then the login (POST, with the same
/// parameters plus `email` and `password`), which sends the browser back with a code.
fn authorize(provider: &Provider<'_>, params: &HashMap<String, String>, login: bool) -> Reply {
    let request = match check_authorization(provider, params) {
        Ok(request) => request,
        Err(reply) => return *reply,
    };
    const CARRIED: [&str; 8] = [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "nonce",
        "code_challenge",
        "code_challenge_method",
    ];
    let hidden: Vec<(&str, &str)> = CARRIED
        .iter()
        .filter_map(|name| params.get(*name).map(|v| (*name, v.as_str())))
        .collect();
    let action = format!("{PREFIX}authorize");
    if !login {
        return pages::login_form(&action, &hidden, None);
    }
    let email = params.get("email").map(String::as_str).unwrap_or_default();
    let password = params
        .get("password")
        .map(String::as_str)
        .unwrap_or_default();
    let email = match provider.identity.check_password(email, password) {
        crate::identity::Login::Ok(email) => email,
        crate::identity::Login::Invalid { remaining } => {
            return pages::login_form(
                &action,
                &hidden,
                Some(&format!(
                    "Wrong email or password. {remaining} attempts left."
                )),
            );
        }
        crate::identity::Login::Frozen { seconds } => {
            return pages::login_form(
                &action,
                &hidden,
                Some(&format!(
                    "Too many failed logins: try again in {seconds} seconds."
                )),
            );
        }
    };
    let code = provider.identity.issue_code(Code {
        client_id: provider.client.client_id.clone(),
        redirect_uri: request.redirect_uri.clone(),
        scopes: request.scopes,
        nonce: request.nonce,
        code_challenge: request.code_challenge,
        email,
        auth_time: unix_now(),
        expires_at: Instant::now(),
    });
    let mut query = vec![("code", code.as_str())];
    if let Some(state) = &request.state {
        query.push(("state", state.as_str()));
    }
    tracing::debug!("authorization code issued");
    pages::redirect(&pages::with_query(&request.redirect_uri, &query))
}

type Refusal = (StatusCode, &'static str, String);

fn invalid(error: &'static str, description: impl Into<String>) -> Refusal {
    (StatusCode::BAD_REQUEST, error, description.into())
}

/// The client's credentials, from HTTP Basic or the form (`client_secret_basic`,
/// `client_secret_post`).
fn client_credentials(
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Option<(String, String)> {
    if let Some(basic) = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
    {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(basic.trim())
            .ok()?;
        let decoded = String::from_utf8(decoded).ok()?;
        let (id, secret) = decoded.split_once(':')?;
        // RFC 6749 2.3.1: both are form-encoded before joining.
        let unescape = |s: &str| {
            form_urlencoded::parse(format!("x={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
        };
        return Some((unescape(id)?, unescape(secret)?));
    }
    Some((
        form.get("client_id")?.clone(),
        form.get("client_secret")?.clone(),
    ))
}

fn token(
    provider: &Provider<'_>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Refusal> {
    let form_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| {
            t.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    if !form_type {
        return Err(invalid(
            "invalid_request",
            "the token request must be application/x-www-form-urlencoded",
        ));
    }
    let form = form(body);
    let client_ok = client_credentials(headers, &form).is_some_and(|(id, secret)| {
        id == provider.client.client_id && signing::same(&secret, &provider.client.client_secret)
    });
    if !client_ok {
        return Err((
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "unknown client, or wrong client secret".into(),
        ));
    }
    let field = |name: &str| {
        form.get(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| invalid("invalid_request", format!("`{name}` is missing")))
    };
    let lifetime = provider.client.token_lifetime;
    match field("grant_type")?.as_str() {
        "authorization_code" => {
            let code = field("code")?;
            let Some(code) = provider.identity.take_code(code) else {
                return Err(invalid(
                    "invalid_grant",
                    "the code is unknown, expired or was used already (a code works once)",
                ));
            };
            if form.get("redirect_uri") != Some(&code.redirect_uri) {
                return Err(invalid(
                    "invalid_grant",
                    "redirect_uri is not the one the code was issued for",
                ));
            }
            match (&code.code_challenge, form.get("code_verifier")) {
                (Some(challenge), Some(verifier))
                    if signing::same(&signing::s256(verifier), challenge) => {}
                (None, None) => {}
                _ => {
                    return Err(invalid(
                        "invalid_grant",
                        "PKCE verification failed: the code_verifier does not match the code_challenge",
                    ));
                }
            }
            let (account, _) = provider.store.find_or_create_account(&code.email);
            let api: BTreeSet<String> = code
                .scopes
                .iter()
                .filter(|s| provider.api_scopes.contains(*s))
                .cloned()
                .collect();
            let (access, refresh) =
                provider
                    .store
                    .issue_token(api.clone(), Some(account.id.clone()), lifetime);
            let id_token = id_token(provider, &code, &account.id)
                .map_err(|reason| (StatusCode::INTERNAL_SERVER_ERROR, "server_error", reason))?;
            let mut answer = token_answer(access, lifetime, &code.scopes);
            if code.scopes.iter().any(|s| s == "offline_access")
                && let Some(refresh) = refresh
            {
                answer.insert("refresh_token".into(), Value::String(refresh));
            }
            answer.insert("id_token".into(), Value::String(id_token));
            tracing::debug!("tokens issued for an authorization code");
            Ok(answer)
        }
        "refresh_token" => {
            let Some(grant) = provider.store.take_refresh_token(field("refresh_token")?) else {
                return Err(invalid(
                    "invalid_grant",
                    "the refresh token is unknown or was used already",
                ));
            };
            let scopes: Vec<String> = grant.scopes.iter().cloned().collect();
            let (access, refresh) =
                provider
                    .store
                    .issue_token(grant.scopes, Some(grant.identity), lifetime);
            let mut answer = token_answer(access, lifetime, &scopes);
            if let Some(refresh) = refresh {
                answer.insert("refresh_token".into(), Value::String(refresh));
            }
            Ok(answer)
        }
        other => Err(invalid(
            "unsupported_grant_type",
            format!(
                "grant_type `{other}` is not supported; use authorization_code or refresh_token"
            ),
        )),
    }
}

fn token_answer(
    access: String,
    lifetime: std::time::Duration,
    scopes: &[String],
) -> Map<String, Value> {
    let mut answer = Map::new();
    answer.insert("access_token".into(), Value::String(access));
    answer.insert("token_type".into(), Value::String("Bearer".into()));
    let seconds = lifetime.as_secs() + u64::from(lifetime.subsec_nanos() > 0);
    answer.insert("expires_in".into(), Value::from(seconds));
    answer.insert("scope".into(), Value::String(scopes.join(" ")));
    answer
}

/// The ID token of a code's login, signed with the listed key (or, once after the test switch,
/// with a key made for it and never listed).
fn id_token(provider: &Provider<'_>, code: &Code, subject: &str) -> Result<String, String> {
    let settings = &provider.identity.settings;
    let now = unix_now();
    let mut claims = json!({
        "iss": settings.base_url,
        "sub": subject,
        "aud": code.client_id,
        "iat": now,
        "exp": now.saturating_add(settings.id_token_lifetime.as_secs()),
        "auth_time": code.auth_time,
    });
    if let Some(nonce) = &code.nonce {
        claims["nonce"] = Value::String(nonce.clone());
    }
    let customer = provider.identity.customer(&code.email);
    if code.scopes.iter().any(|s| s == "email") {
        claims["email"] = Value::String(code.email.clone());
        claims["email_verified"] = Value::Bool(true);
    }
    if code.scopes.iter().any(|s| s == "profile")
        && let Some(name) = customer.and_then(|c| c.name.clone())
    {
        claims["name"] = Value::String(name);
    }
    if provider.identity.take_unlisted_key_switch() {
        SigningKey::generate()?.sign(&claims)
    } else {
        provider.identity.key.sign(&claims)
    }
}

/// Userinfo: the claims of the customer a bearer token of this provider (or the token
/// endpoint's `ticket` grant) is bound to.
fn userinfo(provider: &Provider<'_>, headers: &HeaderMap) -> Result<Value, ApiError> {
    let unauthorized = |message: &str| {
        ApiError::new(StatusCode::UNAUTHORIZED, "invalid_token", message).with_header(
            WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer error=\"invalid_token\""),
        )
    };
    let token = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| unauthorized("send `Authorization: Bearer <access token>`"))?;
    let grant = provider
        .store
        .token(token)
        .filter(|grant| grant.expires_at > Instant::now())
        .ok_or_else(|| unauthorized("the access token is unknown or expired"))?;
    let Some(account) = grant.identity else {
        return Err(unauthorized("the access token is not bound to a customer"));
    };
    let customer = provider
        .identity
        .settings
        .customers
        .iter()
        .find(|c| provider.store.find_or_create_account(&c.email).0.id == account);
    let mut claims = json!({ "sub": account });
    if let Some(customer) = customer {
        claims["email"] = Value::String(customer.email.clone());
        claims["email_verified"] = Value::Bool(true);
        if let Some(name) = &customer.name {
            claims["name"] = Value::String(name.clone());
        }
    }
    Ok(claims)
}
