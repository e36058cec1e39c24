//! SSO2 under `/sso2/`: `identify` (a browser redirect to the API user's Redirect URI), a login
//! page (Payway's own form, for a browser), and the server-to-server `sessionstatus`,
//! `authenticate`, `authenticatewithticket` and `logout`.
//!
//! Requests carry a JWT signed HS256 with the client secret (`t`: in the query for identify, in
//! a JSON body `{"t": ...}` otherwise), with `cid` = the client id, `iss` = the organisation id,
//! `aud` = `pw-sso`, and current `nbf`/`exp`. Answers are `{"t": jwt}` signed the same way with
//! `sid`, `sts` (`anon`, `loggedin`, `terminated`), `at` (a one-time authorization ticket while
//! logged in) and, on failure, `err` (`session_not_found`; `invalid_credentials` with `raa`,
//! the attempts left; `account_frozen` with `frf`, the seconds until it thaws; and the
//! sandbox's own `invalid_ticket`). What the public docs leave unknown is the sandbox's choice:
//! answers are 200 whatever `err` says; an unusable request token is 401
//! `{"error": "invalid_token", "error_description"}`.

use std::collections::HashMap;

use axum::http::header::{CONTENT_TYPE, COOKIE};
use axum::http::{HeaderMap, Method, StatusCode};
use serde_json::{Map, Value, json};

use crate::auth::ClientSettings;
use crate::identity::{Identity, Login, SessionState, unix_now};
use crate::pages;
use crate::reply::{self, ApiError, Reply};
use crate::signing;
use crate::state::Store;

/// The prefix of SSO2's operations.
pub(crate) const PREFIX: &str = "/sso2/";
/// The cookie holding the browser's SSO2 session on the sandbox's host.
const COOKIE_NAME: &str = "payway_sandbox_sso2";
/// The clock leeway granted to request tokens.
const LEEWAY_SECONDS: u64 = 5;
/// How long answers are valid.
const ANSWER_LIFETIME: u64 = 60;

/// What SSO2 needs of the sandbox.
pub(crate) struct Service<'a> {
    pub(crate) identity: &'a Identity,
    pub(crate) store: &'a Store,
    pub(crate) client: &'a ClientSettings,
}

/// Answers a request under [`PREFIX`].
pub(crate) fn handle(
    service: &Service<'_>,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Reply {
    let route = path.strip_prefix(PREFIX).unwrap_or_default();
    let query: HashMap<String, String> = form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    match (route, method) {
        ("identify", &Method::GET) => identify(service, &query, headers),
        ("login", &Method::GET) => login_page(&query, None),
        ("login", &Method::POST) => login(service, headers, body),
        ("sessionstatus" | "authenticate" | "authenticatewithticket" | "logout", &Method::POST) => {
            match operation(service, route, headers, body) {
                Ok(claims) => answer(service, claims),
                Err(refusal) => *refusal,
            }
        }
        ("identify" | "login", _) => reply::method_not_allowed(&["GET"]),
        ("sessionstatus" | "authenticate" | "authenticatewithticket" | "logout", _) => {
            reply::method_not_allowed(&["POST"])
        }
        _ => ApiError::not_found(path).into_reply(),
    }
}

fn refused(description: &str) -> Reply {
    reply::token_error(StatusCode::UNAUTHORIZED, "invalid_token", description)
}

/// The request token's claims, checked: signature, audience, organisation, time, client id.
fn verify(service: &Service<'_>, token: &str) -> Result<Map<String, Value>, Box<Reply>> {
    let claims = signing::verify_hs256(
        &service.client.client_secret,
        &service.identity.settings.organisation_id,
        token,
        LEEWAY_SECONDS,
    )
    .map_err(|refusal| Box::new(refused(&refusal.0)))?;
    if claims.get("cid").and_then(Value::as_str) != Some(service.client.client_id.as_str()) {
        return Err(Box::new(refused(
            "the token's `cid` is not this API client's id",
        )));
    }
    Ok(claims)
}

/// `{"t": jwt}` with `claims` and the answer's own times.
fn answer(service: &Service<'_>, mut claims: Map<String, Value>) -> Reply {
    let now = unix_now();
    claims.insert("iat".into(), Value::from(now));
    claims.insert("exp".into(), Value::from(now + ANSWER_LIFETIME));
    match signing::sign_hs256(&service.client.client_secret, &Value::Object(claims)) {
        Ok(token) => reply::json_reply(StatusCode::OK, &json!({ "t": token })),
        Err(reason) => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_server_error",
            reason,
        )
        .into_reply(),
    }
}

/// The session claims of `sid` in `state`, with a new ticket while logged in.
fn session_claims(
    service: &Service<'_>,
    sid: &str,
    state: SessionState,
    account: Option<&str>,
) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sid".into(), Value::String(sid.to_string()));
    claims.insert("sts".into(), Value::String(state.as_str().to_string()));
    let ticket = match (state, account) {
        (SessionState::LoggedIn, Some(account)) => service.store.issue_ticket(account),
        _ => String::new(),
    };
    claims.insert("at".into(), Value::String(ticket));
    claims
}

fn failure(sid: &str, err: &str) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sid".into(), Value::String(sid.to_string()));
    claims.insert("err".into(), Value::String(err.to_string()));
    claims.insert("at".into(), Value::String(String::new()));
    claims
}

/// The server-to-server operations.
fn operation(
    service: &Service<'_>,
    route: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Map<String, Value>, Box<Reply>> {
    let is_json = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    let token = serde_json::from_slice::<Value>(body)
        .ok()
        .filter(|_| is_json)
        .and_then(|v| v.get("t").and_then(Value::as_str).map(str::to_string));
    let Some(token) = token else {
        return Err(Box::new(
            ApiError::invalid_parameter(
                "t",
                "send a JSON body `{\"t\": \"<jwt>\"}` as application/json",
            )
            .into_reply(),
        ));
    };
    let claims = verify(service, &token)?;
    let text = |name: &str| claims.get(name).and_then(Value::as_str).unwrap_or_default();
    let sid = text("sid");
    let identity = service.identity;
    let Some(session) = identity.session(sid) else {
        return Ok(failure(sid, "session_not_found"));
    };
    Ok(match route {
        "sessionstatus" => session_claims(service, sid, session.state, session.account.as_deref()),
        "authenticate" => {
            if session.state == SessionState::Terminated {
                return Ok(failure(sid, "session_not_found"));
            }
            match identity.check_password(text("usr"), text("pwd")) {
                Login::Ok(email) => {
                    let (account, _) = service.store.find_or_create_account(&email);
                    identity.set_session(sid, SessionState::LoggedIn, Some(account.id.clone()));
                    session_claims(service, sid, SessionState::LoggedIn, Some(&account.id))
                }
                Login::Invalid { remaining } => {
                    let mut claims = failure(sid, "invalid_credentials");
                    claims.insert("sts".into(), Value::String(session.state.as_str().into()));
                    claims.insert("raa".into(), Value::from(remaining));
                    claims
                }
                Login::Frozen { seconds } => {
                    let mut claims = failure(sid, "account_frozen");
                    claims.insert("sts".into(), Value::String(session.state.as_str().into()));
                    claims.insert("frf".into(), Value::from(seconds));
                    claims
                }
            }
        }
        "authenticatewithticket" => {
            if session.state == SessionState::Terminated {
                return Ok(failure(sid, "session_not_found"));
            }
            match service.store.take_ticket(text("at")) {
                Some(account) => {
                    identity.set_session(sid, SessionState::LoggedIn, Some(account.clone()));
                    session_claims(service, sid, SessionState::LoggedIn, Some(&account))
                }
                None => {
                    let mut claims = failure(sid, "invalid_ticket");
                    claims.insert("sts".into(), Value::String(session.state.as_str().into()));
                    claims
                }
            }
        }
        _ => {
            identity.set_session(sid, SessionState::Terminated, None);
            session_claims(service, sid, SessionState::Terminated, None)
        }
    })
}

/// The browser's SSO2 session on this host, from its cookie, if it is live and not ended.
fn browser_session(
    service: &Service<'_>,
    headers: &HeaderMap,
) -> Option<(String, crate::identity::Sso2Session)> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(name, _)| *name == COOKIE_NAME)
        .find_map(|(_, sid)| {
            service
                .identity
                .session(sid)
                .filter(|s| s.state != SessionState::Terminated)
                .map(|s| (sid.to_string(), s))
        })
}

/// identify: checks the request token, finds the browser's session (or starts an anonymous
/// one) and sends the browser to the API user's Redirect URI with `t` (the session) and `r`.
fn identify(service: &Service<'_>, query: &HashMap<String, String>, headers: &HeaderMap) -> Reply {
    let Some(token) = query.get("t") else {
        return pages::error(
            StatusCode::BAD_REQUEST,
            "identify needs `t`, the signed request token",
        );
    };
    if let Err(refusal) = verify(service, token) {
        return *refusal;
    }
    let Some(landing) = service.identity.settings.redirect_uris.first() else {
        return pages::error(
            StatusCode::BAD_REQUEST,
            "this API client has no Redirect URI registered (SandboxBuilder::redirect_uri)",
        );
    };
    let (sid, session) = match browser_session(service, headers) {
        Some(found) => found,
        None => {
            let sid = service.identity.new_session();
            match service.identity.session(&sid) {
                Some(session) => (sid, session),
                None => {
                    return pages::error(StatusCode::SERVICE_UNAVAILABLE, "cannot start a session");
                }
            }
        }
    };
    let mut claims = session_claims(service, &sid, session.state, session.account.as_deref());
    let now = unix_now();
    claims.insert("iat".into(), Value::from(now));
    claims.insert("exp".into(), Value::from(now + ANSWER_LIFETIME));
    let Ok(t) = signing::sign_hs256(&service.client.client_secret, &Value::Object(claims)) else {
        return pages::error(StatusCode::INTERNAL_SERVER_ERROR, "cannot sign the session");
    };
    let r = query.get("r").map(String::as_str).unwrap_or_default();
    let location = pages::with_query(landing, &[("t", &t), ("r", r)]);
    pages::with_cookie(pages::redirect(&location), COOKIE_NAME, &sid, "/sso2")
}

fn login_page(query: &HashMap<String, String>, problem: Option<&str>) -> Reply {
    let r = query.get("r").map(String::as_str).unwrap_or_default();
    pages::login_form(&format!("{PREFIX}login"), &[("r", r)], problem)
}

/// The login form's post: logs the browser's session in (starting one if it has none) and
/// sends it on to `r`.
fn login(service: &Service<'_>, headers: &HeaderMap, body: &[u8]) -> Reply {
    let form: HashMap<String, String> = form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let problem = match service
        .identity
        .check_password(field("email"), field("password"))
    {
        Login::Ok(email) => {
            let sid = match browser_session(service, headers) {
                Some((sid, _)) => sid,
                None => service.identity.new_session(),
            };
            let (account, _) = service.store.find_or_create_account(&email);
            service
                .identity
                .set_session(&sid, SessionState::LoggedIn, Some(account.id));
            let r = field("r");
            let reply = if pages::is_web_address(r) {
                pages::redirect(r)
            } else {
                pages::message("Logged in", "You are logged in to the Payway sandbox.")
            };
            return pages::with_cookie(reply, COOKIE_NAME, &sid, "/sso2");
        }
        Login::Invalid { remaining } => {
            format!("Wrong email or password. {remaining} attempts left.")
        }
        Login::Frozen { seconds } => {
            format!("Too many failed logins: try again in {seconds} seconds.")
        }
    };
    login_page(&form, Some(&problem))
}
