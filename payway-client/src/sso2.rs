//! Payway's SSO2 service: `identify` (a browser redirect), `sessionstatus`, `authenticate`,
//! `authenticatewithticket` and `logout` (server to server), each a JWT signed HS256 with the
//! client secret, answered by a JWT signed the same way.
//!
//! Request claims (as Adeprimo's WordPress plugin sends them; the docs' claim tables are not
//! public): `cid` (client id), `iss` (the Payway **organisation** id), `aud` = `pw-sso`, `nbf`,
//! `iat`, `exp` (60 s for identify, 10 s otherwise); `sid` (session), `ipa` and `uas` (the
//! customer's IP and user agent) for the server-to-server operations; `lks` (last known state)
//! for sessionstatus; `usr`/`pwd` for authenticate; `at` (a ticket) for
//! authenticatewithticket. Answers are verified with the same secret and a clock leeway of
//! 120 s; their `exp` is checked when present, `iss`/`aud` are not (not known).
//!
//! A logged-in session's authorization ticket (`at`) becomes the customer's tokens with
//! [`SessionAnswer::identity_auth`] (`grant_type=ticket` at the API's token endpoint).
//! Passwords, tickets and session ids never show in `Debug`, errors or logs.

use std::fmt;
use std::time::Duration;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::{Map, Value, json};

use crate::auth::IdentityAuth;
use crate::config::ClientConfig;
use crate::error::Error;
use crate::secret::Secret;
use crate::token::Credentials;
use crate::{Environment, transport};
use payway_values::Url;

/// The stage SSO2 service (the docs' authenticatewithticket page, and the plugin).
pub const STAGE_BASE_URL: &str = "https://payway-sso-stage.azurewebsites.net";
/// The production SSO2 service: another host than production's OpenID provider.
pub const PRODUCTION_BASE_URL: &str = "https://sso.worldoftulo.com";

/// The SSO2 service of `environment`: the documented ones for stage and production,
/// `<base URL>/sso2` for a custom environment (where the sandbox serves it).
pub fn base_url(environment: &Environment) -> String {
    match environment {
        Environment::Stage => STAGE_BASE_URL.to_string(),
        Environment::Production => PRODUCTION_BASE_URL.to_string(),
        Environment::Custom(url) => transport::join(url, "/sso2"),
    }
}

/// The clock leeway granted to answers (the plugin's).
const LEEWAY: u64 = 120;
/// How long request tokens are valid: identify's travels through a browser.
const IDENTIFY_LIFETIME: u64 = 60;
const REQUEST_LIFETIME: u64 = 10;

/// An SSO2 session id. Secret: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionId(Secret);

impl SessionId {
    /// A session id you stored (in the customer's cookie, say).
    pub fn new(id: impl Into<Secret>) -> Self {
        SessionId(id.into())
    }

    /// The id, to store. Do not log it.
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

impl fmt::Debug for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionId(<redacted>)")
    }
}

/// The customer's browser, as SSO2 wants it: IP address (`ipa`) and user agent (`uas`).
/// Personal data: `Debug` shows neither.
#[derive(Clone)]
pub struct Visitor {
    ip: String,
    user_agent: String,
}

impl Visitor {
    /// The customer's IP address and `User-Agent`, as your server received them.
    pub fn new(ip: impl Into<String>, user_agent: impl Into<String>) -> Self {
        Visitor {
            ip: ip.into(),
            user_agent: user_agent.into(),
        }
    }
}

impl fmt::Debug for Visitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Visitor(<redacted>)")
    }
}

/// A session's state (`sts`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SessionState {
    /// `anon`: known, not logged in.
    Anonymous,
    /// `loggedin`.
    LoggedIn,
    /// `terminated`: logged out (everywhere); identify again.
    Terminated,
    /// A state this client does not know, as sent.
    Other(String),
}

impl SessionState {
    fn from_wire(text: &str) -> Self {
        match text {
            "anon" => SessionState::Anonymous,
            "loggedin" => SessionState::LoggedIn,
            "terminated" => SessionState::Terminated,
            other => SessionState::Other(other.to_string()),
        }
    }

    /// As SSO2 spells it (`lks`).
    pub fn as_str(&self) -> &str {
        match self {
            SessionState::Anonymous => "anon",
            SessionState::LoggedIn => "loggedin",
            SessionState::Terminated => "terminated",
            SessionState::Other(text) => text,
        }
    }
}

/// What SSO2 said about a session.
#[derive(Debug, Clone)]
pub struct SessionAnswer {
    /// The session.
    pub session_id: SessionId,
    /// Its state.
    pub state: SessionState,
    /// The one-time authorization ticket of a logged-in session (`at`), if one came.
    pub ticket: Option<Secret>,
}

impl SessionAnswer {
    /// The customer's tokens from the ticket (`grant_type=ticket`, exchanged on first use),
    /// with `scopes`; `None` without a ticket.
    pub fn identity_auth<S: AsRef<str>>(
        &self,
        credentials: Credentials,
        scopes: impl IntoIterator<Item = S>,
    ) -> Option<IdentityAuth> {
        self.ticket
            .clone()
            .map(|ticket| IdentityAuth::from_ticket(credentials, ticket, scopes))
    }
}

/// What the customer came back to the landing page with (identify's answer).
#[derive(Debug, Clone)]
pub struct Landing {
    /// The session SSO2 found or started.
    pub session: SessionAnswer,
    /// Where the customer was going (`r`), to redirect on to. Check it is your own site's
    /// before redirecting.
    pub continue_url: Option<String>,
}

/// An error SSO2 answered (`err`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Sso2Failure {
    /// `session_not_found`: identify again.
    SessionNotFound,
    /// `invalid_credentials`, with the attempts left (`raa`) when sent.
    InvalidCredentials {
        /// `raa`.
        remaining_attempts: Option<u64>,
    },
    /// `account_frozen`, with the seconds until it thaws (`frf`) when sent.
    AccountFrozen {
        /// `frf`.
        seconds: Option<u64>,
    },
    /// `account_not_active`.
    AccountNotActive,
    /// An error this client does not know, as sent.
    Other(String),
}

/// Why an SSO2 operation failed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Sso2Error {
    /// SSO2 answered with an error about the session or the login.
    Failed(Sso2Failure),
    /// SSO2 refused the request without a signed answer (HTTP status, what the body said).
    Rejected {
        /// The HTTP status.
        status: u16,
        /// OAuth-style `error`/`error_description` when sent, else a summary.
        description: String,
    },
    /// The answer is not a JWT signed with the client secret, has expired, or lacks `sid`/`sts`.
    InvalidAnswer(String),
    /// A setting is unusable (a base URL that is not a URL, say).
    Config(String),
    /// The request could not be made or its answer not read.
    Http(Box<Error>),
}

impl fmt::Display for Sso2Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sso2Error::Failed(failure) => write!(f, "SSO2 refused: {failure:?}"),
            Sso2Error::Rejected {
                status,
                description,
            } => write!(
                f,
                "SSO2 rejected the request (HTTP {status}): {description}"
            ),
            Sso2Error::InvalidAnswer(reason) => write!(f, "SSO2's answer is not valid: {reason}"),
            Sso2Error::Config(reason) => write!(f, "SSO2 misconfigured: {reason}"),
            Sso2Error::Http(error) => write!(f, "SSO2 request failed: {error}"),
        }
    }
}

impl std::error::Error for Sso2Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Sso2Error::Http(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

/// An SSO2 client for one API client and organisation. `Debug` never shows the secret.
#[derive(Clone)]
pub struct Sso2Client {
    base: Url,
    credentials: Credentials,
    organisation_id: String,
    http: reqwest::Client,
    timeout: Duration,
    max_response_bytes: usize,
}

impl fmt::Debug for Sso2Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sso2Client")
            .field("base", &self.base.as_str())
            .field("client_id", &self.credentials.client_id())
            .field("organisation_id", &self.organisation_id)
            .finish_non_exhaustive()
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Sso2Client {
    /// A client of the SSO2 service at `base_url` (see [`base_url`]) for `credentials` and the
    /// Payway organisation `organisation_id`; `config` gives timeout, limit and HTTP client.
    pub fn new(
        base_url: &str,
        credentials: Credentials,
        organisation_id: impl Into<String>,
        config: &ClientConfig,
    ) -> Result<Self, Sso2Error> {
        let base =
            transport::parse_base_url(base_url).map_err(|e| Sso2Error::Config(e.to_string()))?;
        Ok(Sso2Client {
            base,
            credentials,
            organisation_id: organisation_id.into(),
            http: transport::http_client(config).map_err(|e| Sso2Error::Http(Box::new(e)))?,
            timeout: config.timeout,
            max_response_bytes: config.max_response_bytes,
        })
    }

    fn secret(&self) -> &str {
        self.credentials.form()[1].1
    }

    /// A request token with the common claims, `lifetime` seconds long, and `extra`.
    fn token(&self, lifetime: u64, extra: Map<String, Value>) -> Result<String, Sso2Error> {
        let now = now();
        let mut claims = json!({
            "cid": self.credentials.client_id(),
            "iss": self.organisation_id,
            "aud": "pw-sso",
            "nbf": now,
            "iat": now,
            "exp": now + lifetime,
        });
        if let Value::Object(map) = &mut claims {
            map.extend(extra);
        }
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(self.secret().as_bytes()),
        )
        .map_err(|e| Sso2Error::Config(format!("cannot sign the request: {e}")))
    }

    /// The claims of an answer token, verified: HS256 with the client secret, `exp` (if any)
    /// with 120 s of leeway.
    fn verify(&self, token: &str) -> Result<Map<String, Value>, Sso2Error> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_required_spec_claims::<&str>(&[]);
        validation.validate_aud = false;
        validation.leeway = LEEWAY;
        jsonwebtoken::decode::<Map<String, Value>>(
            token,
            &DecodingKey::from_secret(self.secret().as_bytes()),
            &validation,
        )
        .map(|data| data.claims)
        .map_err(|e| {
            tracing::warn!(reason = %e, "SSO2 answer refused");
            Sso2Error::InvalidAnswer(e.to_string())
        })
    }

    /// The address to send the customer's browser to (`<base>/identify?t=...&r=...`). SSO2
    /// finds or starts the customer's session and sends the browser to your Redirect URI
    /// (read it with [`Sso2Client::landing`]), carrying `continue_url` as `r`.
    pub fn identify_url(&self, continue_url: &str) -> Result<url::Url, Sso2Error> {
        let token = self.token(IDENTIFY_LIFETIME, Map::new())?;
        let mut url = url::Url::parse(&transport::join(&self.base, "/identify"))
            .map_err(|e| Sso2Error::Config(e.to_string()))?;
        url.query_pairs_mut()
            .append_pair("t", &token)
            .append_pair("r", continue_url);
        Ok(url)
    }

    /// Reads the landing page's query string (`t`, `r`; with or without `?`): the session SSO2
    /// found or started, verified.
    pub fn landing(&self, query: &str) -> Result<Landing, Sso2Error> {
        let mut token = None;
        let mut continue_url = None;
        for (name, value) in url::form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            match name.as_ref() {
                "t" => token = token.or(Some(value.into_owned())),
                "r" => continue_url = continue_url.or(Some(value.into_owned())),
                _ => {}
            }
        }
        let token =
            token.ok_or_else(|| Sso2Error::InvalidAnswer("the landing has no `t`".into()))?;
        let claims = self.verify(&token)?;
        Ok(Landing {
            session: session_answer(&claims)?,
            continue_url: continue_url.filter(|r| !r.is_empty()),
        })
    }

    /// `sessionstatus`: the session's state now, with a ticket when it is logged in.
    /// `last_known` is the state you stored (`lks`; `Anonymous` when you know none).
    pub async fn session_status(
        &self,
        session: &SessionId,
        visitor: &Visitor,
        last_known: &SessionState,
    ) -> Result<SessionAnswer, Sso2Error> {
        let mut extra = session_claims(session, visitor);
        extra.insert("lks".into(), Value::String(last_known.as_str().to_string()));
        self.operation("sessionstatus", extra).await
    }

    /// `authenticate`: logs the session in with the customer's `username` (email) and
    /// `password`.
    pub async fn authenticate(
        &self,
        session: &SessionId,
        visitor: &Visitor,
        username: &str,
        password: &Secret,
    ) -> Result<SessionAnswer, Sso2Error> {
        let mut extra = session_claims(session, visitor);
        extra.insert("usr".into(), Value::String(username.to_string()));
        extra.insert("pwd".into(), Value::String(password.expose().to_string()));
        self.operation("authenticate", extra).await
    }

    /// `authenticatewithticket`: logs the session in with an authorization ticket obtained
    /// elsewhere (a paywall checkout, another application).
    pub async fn authenticate_with_ticket(
        &self,
        session: &SessionId,
        visitor: &Visitor,
        ticket: &Secret,
    ) -> Result<SessionAnswer, Sso2Error> {
        let mut extra = session_claims(session, visitor);
        extra.insert("at".into(), Value::String(ticket.expose().to_string()));
        self.operation("authenticatewithticket", extra).await
    }

    /// `logout`: ends the session everywhere (every site using it is logged out).
    pub async fn logout(&self, session: &SessionId, visitor: &Visitor) -> Result<(), Sso2Error> {
        match self
            .operation("logout", session_claims(session, visitor))
            .await
        {
            // The plugin reads no answer: a signed one without `sts` is fine too.
            Ok(_) | Err(Sso2Error::InvalidAnswer(_)) => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Posts one operation; logs its name and status, nothing else.
    async fn operation(
        &self,
        name: &'static str,
        extra: Map<String, Value>,
    ) -> Result<SessionAnswer, Sso2Error> {
        use tracing::Instrument as _;
        let span = tracing::debug_span!(
            "payway.sso2",
            operation = name,
            status = tracing::field::Empty
        );
        self.post(name, extra).instrument(span).await
    }

    async fn post(
        &self,
        name: &'static str,
        extra: Map<String, Value>,
    ) -> Result<SessionAnswer, Sso2Error> {
        let token = self.token(REQUEST_LIFETIME, extra)?;
        let url = transport::join(&self.base, &format!("/{name}"));
        let http_error = |e: Error| Sso2Error::Http(Box::new(e));
        let response = self
            .http
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json!({ "t": token }).to_string())
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| http_error(transport::from_reqwest(e, "sso2", self.timeout)))?;
        let status = response.status().as_u16();
        tracing::Span::current().record("status", status);
        let body = transport::read_body(response, self.max_response_bytes, "sso2", self.timeout)
            .await
            .map_err(http_error)?;
        let answer: Option<Value> = serde_json::from_slice(&body).ok();
        // Errors may come as a signed answer on an error status: read `t` whatever the status.
        let signed = answer
            .as_ref()
            .and_then(|v| v.get("t"))
            .and_then(Value::as_str);
        let Some(signed) = signed else {
            let text = |key: &str| {
                answer
                    .as_ref()
                    .and_then(|v| v.get(key))
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            let description = match (text("error"), text("error_description")) {
                (Some(error), Some(description)) => format!("{error}: {description}"),
                (Some(error), None) => error,
                _ => "the answer has no signed `t`".to_string(),
            };
            return Err(Sso2Error::Rejected {
                status,
                description,
            });
        };
        let claims = self.verify(signed)?;
        if let Some(failure) = failure(&claims) {
            tracing::debug!(failure = ?failure, "SSO2 answered an error");
            return Err(Sso2Error::Failed(failure));
        }
        session_answer(&claims)
    }
}

fn session_claims(session: &SessionId, visitor: &Visitor) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sid".into(), Value::String(session.expose().to_string()));
    claims.insert("ipa".into(), Value::String(visitor.ip.clone()));
    claims.insert("uas".into(), Value::String(visitor.user_agent.clone()));
    claims
}

fn failure(claims: &Map<String, Value>) -> Option<Sso2Failure> {
    let err = claims
        .get("err")
        .and_then(Value::as_str)
        .filter(|e| !e.is_empty())?;
    let number = |key: &str| claims.get(key).and_then(Value::as_u64);
    Some(match err {
        "session_not_found" => Sso2Failure::SessionNotFound,
        "invalid_credentials" => Sso2Failure::InvalidCredentials {
            remaining_attempts: number("raa"),
        },
        "account_frozen" => Sso2Failure::AccountFrozen {
            seconds: number("frf"),
        },
        "account_not_active" => Sso2Failure::AccountNotActive,
        other => Sso2Failure::Other(other.to_string()),
    })
}

fn session_answer(claims: &Map<String, Value>) -> Result<SessionAnswer, Sso2Error> {
    let text = |key: &str| {
        claims
            .get(key)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
    };
    let sid = text("sid").ok_or_else(|| Sso2Error::InvalidAnswer("no `sid`".into()))?;
    let state = text("sts").ok_or_else(|| Sso2Error::InvalidAnswer("no `sts`".into()))?;
    Ok(SessionAnswer {
        session_id: SessionId::new(sid),
        state: SessionState::from_wire(state),
        ticket: text("at").map(Secret::new),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Sso2Client {
        Sso2Client::new(
            "http://127.0.0.1:9",
            Credentials::new("cid", "s3cret"),
            "org",
            &ClientConfig::default(),
        )
        .expect("client")
    }

    #[test]
    fn a_request_token_carries_the_common_claims() {
        let sso = client();
        let url = sso
            .identify_url("https://shop.example/page?a=1")
            .expect("url");
        let token = url
            .query_pairs()
            .find(|(k, _)| k == "t")
            .map(|(_, v)| v.into_owned())
            .expect("t");
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&["pw-sso"]);
        validation.set_issuer(&["org"]);
        let claims = jsonwebtoken::decode::<Map<String, Value>>(
            &token,
            &DecodingKey::from_secret(b"s3cret"),
            &validation,
        )
        .expect("valid")
        .claims;
        assert_eq!(claims["cid"], "cid");
        let (exp, iat) = (claims["exp"].as_u64(), claims["iat"].as_u64());
        assert_eq!(exp.zip(iat).map(|(e, i)| e - i), Some(IDENTIFY_LIFETIME));
        assert!(
            url.query_pairs()
                .any(|(k, v)| k == "r" && v == "https://shop.example/page?a=1")
        );
    }

    #[test]
    fn answers_signed_with_another_secret_are_refused() {
        let forged = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &json!({"sid": "s", "sts": "loggedin", "at": "ticket"}),
            &EncodingKey::from_secret(b"not-the-secret"),
        )
        .expect("encodes");
        let error = client()
            .landing(&format!("t={forged}"))
            .expect_err("refused");
        assert!(matches!(error, Sso2Error::InvalidAnswer(_)), "{error:?}");
    }

    #[test]
    fn errors_are_typed() {
        let claims = json!({"err": "invalid_credentials", "raa": 2});
        assert_eq!(
            failure(claims.as_object().expect("object")),
            Some(Sso2Failure::InvalidCredentials {
                remaining_attempts: Some(2)
            })
        );
        let claims = json!({"err": "account_frozen", "frf": 300});
        assert_eq!(
            failure(claims.as_object().expect("object")),
            Some(Sso2Failure::AccountFrozen { seconds: Some(300) })
        );
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let answer = SessionAnswer {
            session_id: SessionId::new("sid-secret"),
            state: SessionState::LoggedIn,
            ticket: Some(Secret::new("ticket-secret")),
        };
        let debug = format!(
            "{answer:?} {:?} {:?}",
            Visitor::new("1.2.3.4", "UA/1"),
            client()
        );
        for secret in ["sid-secret", "ticket-secret", "1.2.3.4", "UA/1", "s3cret"] {
            assert!(!debug.contains(secret), "{debug}");
        }
    }
}
