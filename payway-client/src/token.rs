//! Access tokens: the token endpoint, its answers, and a cache that renews before expiry.

use std::fmt;
use std::time::{Duration, Instant};

use serde::Deserialize;
use tracing::Instrument;

use crate::error::{DecodeError, Error, TokenError, TokenErrorKind};
use crate::secret::Secret;
use crate::transport;

/// A bearer token for API calls. Secret: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(Secret);

impl AccessToken {
    /// Wraps a token string.
    pub fn new(token: impl Into<Secret>) -> Self {
        AccessToken(token.into())
    }

    /// The token text, for the `Authorization` header. Do not log it.
    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

/// What the token endpoint granted.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    pub(crate) access: AccessToken,
    pub(crate) refresh: Option<Secret>,
    /// When to fetch a new token: a margin before the token expires.
    pub(crate) renew_at: Instant,
}

impl Grant {
    pub(crate) fn is_fresh(&self) -> bool {
        Instant::now() < self.renew_at
    }
}

/// When `expires_in` is absent. The docs give one hour in one version and two in another;
/// the shorter is the safe one.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
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

/// The token endpoint of one environment, as the authentication types use it.
pub struct TokenEndpoint<'a> {
    pub(crate) http: &'a reqwest::Client,
    pub(crate) url: &'a str,
    pub(crate) timeout: Duration,
    pub(crate) max_response_bytes: usize,
}

impl fmt::Debug for TokenEndpoint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenEndpoint")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl TokenEndpoint<'_> {
    /// Posts a form to the token endpoint. `grant_type` is logged; no other field is.
    pub(crate) async fn request(
        &self,
        grant_type: &str,
        form: &[(&str, &str)],
    ) -> Result<Grant, Error> {
        let span = tracing::debug_span!("payway.token", grant_type, status = tracing::field::Empty);
        async {
            let started = Instant::now();
            let mut fields: Vec<(&str, &str)> = Vec::with_capacity(form.len() + 1);
            fields.push(("grant_type", grant_type));
            fields.extend_from_slice(form);
            let response = self
                .http
                .post(self.url)
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
            let lifetime = answer
                .expires_in
                .map_or(DEFAULT_LIFETIME, Duration::from_secs);
            let margin = RENEW_MARGIN.min(lifetime / 2);
            tracing::debug!(expires_in = lifetime.as_secs(), "token granted");
            // An absurd `expires_in` must not overflow the clock (a panic): use the default.
            let renew_at = started
                .checked_add(lifetime - margin)
                .unwrap_or(started + (DEFAULT_LIFETIME - RENEW_MARGIN));
            Ok(Grant {
                access: AccessToken::new(answer.access_token),
                refresh: answer.refresh_token.map(Secret::new),
                renew_at,
            })
        }
        .instrument(span)
        .await
    }
}
