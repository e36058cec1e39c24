//! Access tokens: the token endpoint, what it grants, and when to renew.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Deserialize;
use tracing::Instrument;

use crate::error::{DecodeError, Error, TokenError, TokenErrorKind};
use crate::identity::{CustomerIdentity, Identity, NoIdentity};
use crate::secret::Secret;
use crate::transport;

/// A bearer token for API calls. Secret: `Debug` never shows it.
#[derive(Clone)]
pub struct AccessToken(Arc<TokenText>);

/// A token and its `Authorization` header, made once per token rather than once per request.
struct TokenText {
    secret: Secret,
    /// `Bearer <token>`, marked sensitive; `None` when the token is not a valid header value,
    /// which reqwest then reports as it always has.
    authorization: Option<reqwest::header::HeaderValue>,
}

impl AccessToken {
    /// Wraps a token string.
    pub fn new(token: impl Into<Secret>) -> Self {
        let secret = token.into();
        let authorization =
            reqwest::header::HeaderValue::try_from(format!("Bearer {}", secret.expose()))
                .ok()
                .map(|mut value| {
                    value.set_sensitive(true);
                    value
                });
        AccessToken(Arc::new(TokenText {
            secret,
            authorization,
        }))
    }

    /// The token text, for the `Authorization` header. Do not log it.
    pub fn expose(&self) -> &str {
        self.0.secret.expose()
    }

    /// The `Authorization` header value (`Bearer <token>`, sensitive), when the token is a valid
    /// header value.
    pub(crate) fn authorization(&self) -> Option<&reqwest::header::HeaderValue> {
        self.0.authorization.as_ref()
    }
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &Self) -> bool {
        self.0.secret == other.0.secret
    }
}

impl Eq for AccessToken {}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

/// A token a [`TokenSource`](crate::TokenSource) obtained, with how long it is valid and
/// whether it is bound to a customer (`I`). Only [`IssuedToken::with_identity`] makes one that
/// claims a customer identity, so claiming one is always a visible choice.
pub struct IssuedToken<I: Identity> {
    pub(crate) access: AccessToken,
    pub(crate) valid_for: Duration,
    identity: PhantomData<fn() -> I>,
}

impl<I: Identity> IssuedToken<I> {
    fn new(token: AccessToken, valid_for: Duration) -> Self {
        IssuedToken {
            access: token,
            valid_for,
            identity: PhantomData,
        }
    }

    /// The token.
    pub fn access_token(&self) -> &AccessToken {
        &self.access
    }

    /// How long it was valid when issued.
    pub fn valid_for(&self) -> Duration {
        self.valid_for
    }
}

impl IssuedToken<NoIdentity> {
    /// An application token (no customer identity), valid for `valid_for` from now.
    pub fn application(token: impl Into<Secret>, valid_for: Duration) -> Self {
        IssuedToken::new(AccessToken::new(token), valid_for)
    }
}

impl IssuedToken<CustomerIdentity> {
    /// A token bound to a customer's identity, valid for `valid_for` from now. You vouch that it
    /// is: identity-only endpoints accept it.
    pub fn with_identity(token: impl Into<Secret>, valid_for: Duration) -> Self {
        IssuedToken::new(AccessToken::new(token), valid_for)
    }
}

impl<I: Identity> fmt::Debug for IssuedToken<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedToken")
            .field("access", &self.access)
            .field("valid_for", &self.valid_for)
            .field("identity", &std::any::type_name::<I>())
            .finish()
    }
}

/// What the token endpoint granted.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    pub(crate) access: AccessToken,
    pub(crate) refresh: Option<Secret>,
    pub(crate) valid_for: Duration,
}

impl Grant {
    pub(crate) fn issued<I: Identity>(self) -> IssuedToken<I> {
        IssuedToken::new(self.access, self.valid_for)
    }

    fn identity(self) -> IdentityGrant {
        IdentityGrant {
            token: IssuedToken::new(self.access, self.valid_for),
            refresh_token: self.refresh,
        }
    }
}

/// What the token endpoint granted for a customer: a token bound to their identity, and the
/// refresh token that renews it, if one was issued. A refresh token works once: keep the new
/// one in place of the one it was renewed with.
#[derive(Debug)]
pub struct IdentityGrant {
    token: IssuedToken<CustomerIdentity>,
    refresh_token: Option<Secret>,
}

impl IdentityGrant {
    /// The customer's token.
    pub fn token(&self) -> &IssuedToken<CustomerIdentity> {
        &self.token
    }

    /// The refresh token for the next renewal, if the endpoint issued one.
    pub fn refresh_token(&self) -> Option<&Secret> {
        self.refresh_token.as_ref()
    }

    /// The token and the refresh token.
    pub fn into_parts(self) -> (IssuedToken<CustomerIdentity>, Option<Secret>) {
        (self.token, self.refresh_token)
    }
}

/// When a token obtained now and valid for `valid_for` is renewed: a margin before it expires.
pub(crate) fn renew_at(obtained: Instant, valid_for: Duration) -> Instant {
    let margin = RENEW_MARGIN.min(valid_for / 2);
    // An absurd lifetime must not overflow the clock (a panic): use the default.
    obtained
        .checked_add(valid_for - margin)
        .unwrap_or(obtained + (DEFAULT_LIFETIME - RENEW_MARGIN))
}

/// When `expires_in` is absent. The docs give one hour in one version and two in another;
/// the shorter is the safe one.
pub(crate) const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
/// Renew this long before expiry (or at half-life for tokens shorter than twice this).
const RENEW_MARGIN: Duration = Duration::from_secs(60);

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    refresh_token: Option<String>,
}

#[derive(Deserialize)]
struct TokenRefusal {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    error_description: Option<String>,
}

/// The token endpoint of one environment, as token sources use it. Cheap to clone.
#[derive(Clone)]
pub struct TokenEndpoint {
    pub(crate) http: reqwest::Client,
    pub(crate) url: Arc<str>,
    pub(crate) timeout: Duration,
    pub(crate) max_response_bytes: usize,
}

impl fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenEndpoint")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl TokenEndpoint {
    /// An application token (`grant_type=none`) for `credentials` with `scopes`.
    pub async fn application<S: AsRef<str>>(
        &self,
        credentials: &Credentials,
        scopes: impl IntoIterator<Item = S>,
    ) -> Result<IssuedToken<NoIdentity>, Error> {
        let scope = join_scopes(scopes);
        let [id, secret] = credentials.form();
        let grant = self
            .request("none", &[id, secret, ("scope", scope.as_str())])
            .await?;
        Ok(grant.issued())
    }

    /// A customer's token for a one-time authorization `ticket` (`grant_type=ticket`) with
    /// `scopes`. The ticket is used up by the attempt, unless the connection could not be made
    /// ([`Error::Transport`] with [`is_connect`](crate::TransportError::is_connect)).
    pub async fn exchange_ticket<S: AsRef<str>>(
        &self,
        credentials: &Credentials,
        ticket: &Secret,
        scopes: impl IntoIterator<Item = S>,
    ) -> Result<IdentityGrant, Error> {
        let scope = join_scopes(scopes);
        let [id, secret] = credentials.form();
        let form = [id, secret, ("ticket", ticket.expose()), ("scope", &scope)];
        Ok(self.request("ticket", &form).await?.identity())
    }

    /// A customer's new token for `refresh_token` (`grant_type=refresh_token`), with the
    /// refresh token that replaces it.
    pub async fn refresh(
        &self,
        credentials: &Credentials,
        refresh_token: &Secret,
    ) -> Result<IdentityGrant, Error> {
        let [id, secret] = credentials.form();
        let form = [id, secret, ("refresh_token", refresh_token.expose())];
        Ok(self.request("refresh_token", &form).await?.identity())
    }

    /// Posts a form to the token endpoint. `grant_type` is logged; no other field is.
    pub(crate) async fn request(
        &self,
        grant_type: &str,
        form: &[(&str, &str)],
    ) -> Result<Grant, Error> {
        let span = tracing::debug_span!("payway.token", grant_type, status = tracing::field::Empty);
        async {
            let mut fields: Vec<(&str, &str)> = Vec::with_capacity(form.len() + 1);
            fields.push(("grant_type", grant_type));
            fields.extend_from_slice(form);
            let response = self
                .http
                .post(&*self.url)
                .header(reqwest::header::ACCEPT, "application/json")
                .form(&fields)
                .timeout(self.timeout)
                .send()
                .await
                .map_err(|e| transport::from_reqwest(e, "token", self.timeout))?;
            let status = response.status();
            tracing::Span::current().record("status", status.as_u16());
            let body =
                transport::read_body(response, self.max_response_bytes, "token", self.timeout)
                    .await?;
            if !status.is_success() {
                let refusal: Option<TokenRefusal> = serde_json::from_slice(&body).ok();
                tracing::debug!(status = status.as_u16(), "token request refused");
                return Err(Error::Token(TokenError {
                    kind: TokenErrorKind::Rejected,
                    status: Some(status.as_u16()),
                    error: refusal.as_ref().and_then(|r| r.error.clone()),
                    description: refusal.and_then(|r| r.error_description),
                }));
            }
            let answer: TokenAnswer = serde_json::from_slice(&body).map_err(|e| {
                // The body may hold a token: keep only the reason, never an excerpt.
                Error::Token(TokenError {
                    kind: TokenErrorKind::Malformed,
                    status: Some(status.as_u16()),
                    error: None,
                    description: Some(
                        DecodeError::new("token", status.as_u16(), e.to_string(), &[]).reason,
                    ),
                })
            })?;
            let valid_for = answer
                .expires_in
                .map_or(DEFAULT_LIFETIME, Duration::from_secs);
            tracing::debug!(expires_in = valid_for.as_secs(), "token granted");
            Ok(Grant {
                access: AccessToken::new(answer.access_token),
                refresh: answer.refresh_token.map(Secret::new),
                valid_for,
            })
        }
        .instrument(span)
        .await
    }
}

/// A client id and secret, issued by Adeprimo. The secret never shows in `Debug`.
#[derive(Debug, Clone)]
pub struct Credentials {
    client_id: String,
    client_secret: Secret,
}

impl Credentials {
    /// Credentials from a client id and secret.
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Credentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    pub(crate) fn form(&self) -> [(&str, &str); 2] {
        [
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
        ]
    }
}

pub(crate) fn join_scopes<S: AsRef<str>>(scopes: impl IntoIterator<Item = S>) -> String {
    scopes
        .into_iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}
