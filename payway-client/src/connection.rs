//! The connection: base URL, HTTP client, configuration and authentication, and `send`, which
//! every generated endpoint calls.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};

use serde::Serialize;
use tracing::Instrument;

use std::time::Duration;

use crate::auth::{Auth, Unauthenticated};
use crate::config::{ClientConfig, RequestOptions};
use crate::error::{ApiError, DecodeError, Error, ErrorCode, OutcomeUnknown};
use crate::private::{Envelope, Problems};
use crate::retry::{Failure, retry_after};
use crate::token::{AccessToken, TokenEndpoint};
use crate::transport;
use crate::values::Url;

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl HttpMethod {
    fn to_reqwest(self) -> reqwest::Method {
        match self {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Delete => reqwest::Method::DELETE,
        }
    }
}

/// What the spec says about one endpoint; each generated endpoint module has one as `ENDPOINT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// `section.vN.action`, used in errors and logs.
    pub name: &'static str,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path on the environment's host.
    pub path: &'static str,
    /// Scope the token must carry.
    pub scope: &'static str,
    /// Whether the token must be bound to a customer identity.
    pub identity: bool,
    /// Whether sending the request twice is harmless.
    pub retry_safe: bool,
}

/// A base URL, an HTTP client and a configuration, shared by clones; plus how to authenticate.
pub struct Connection<A> {
    shared: Arc<Shared>,
    auth: A,
}

struct Shared {
    http: reqwest::Client,
    base_url: Url,
    token_url: String,
    config: ClientConfig,
    /// The URL of each endpoint path called so far, parsed once: parsing the URL text (host
    /// included) was the largest part of building a request.
    urls: RwLock<HashMap<&'static str, Url>>,
}

impl Shared {
    /// The URL of `path` on the base URL: the one `transport::join` names, parsed once per path.
    /// `None` when that text is not a URL with a host, which reqwest then reports as before.
    fn endpoint_url(&self, path: &'static str) -> Option<Url> {
        let cached = self.urls.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(url) = cached.get(path) {
            return Some(url.clone());
        }
        drop(cached);
        let url = Url::parse(&transport::join(&self.base_url, path))
            .ok()
            .filter(Url::has_host)?;
        self.urls
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path, url.clone());
        Some(url)
    }
}

impl<A: Clone> Clone for Connection<A> {
    fn clone(&self) -> Self {
        Connection {
            shared: Arc::clone(&self.shared),
            auth: self.auth.clone(),
        }
    }
}

impl<A> fmt::Debug for Connection<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("base_url", &self.shared.base_url.as_str())
            .field("auth", &std::any::type_name::<A>())
            .field("timeout", &self.shared.config.timeout)
            .finish_non_exhaustive()
    }
}

impl Connection<Unauthenticated> {
    /// A connection to `base_url`, whose token endpoint is at `token_path`.
    pub fn new(base_url: &str, token_path: &str, config: ClientConfig) -> Result<Self, Error> {
        let base_url = transport::parse_base_url(base_url)?;
        let http = transport::http_client(&config)?;
        Ok(Connection {
            shared: Arc::new(Shared {
                token_url: transport::join(&base_url, token_path),
                http,
                base_url,
                config,
                urls: RwLock::default(),
            }),
            auth: Unauthenticated,
        })
    }
}

impl<A> Connection<A> {
    /// The same connection authenticating with `auth`.
    pub fn with_auth<B>(&self, auth: B) -> Connection<B> {
        Connection {
            shared: Arc::clone(&self.shared),
            auth,
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &Url {
        &self.shared.base_url
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.shared.config
    }

    /// The authentication.
    pub fn auth(&self) -> &A {
        &self.auth
    }

    fn token_endpoint(&self) -> TokenEndpoint<'_> {
        TokenEndpoint {
            http: &self.shared.http,
            url: &self.shared.token_url,
            timeout: self.shared.config.timeout,
            max_response_bytes: self.shared.config.max_response_bytes,
        }
    }

    /// Sends a request of `endpoint`: rejects it if any value failed its checks, gets a token,
    /// sends, and decodes the answer. Retries follow the [`RetryPolicy`](crate::RetryPolicy): a
    /// request that is not safe to retry is resent only when it never reached the server, and an
    /// unanswered one becomes [`Error::OutcomeUnknown`].
    pub async fn send<Q, B, E>(
        &self,
        endpoint: &'static EndpointInfo,
        problems: Problems,
        options: RequestOptions,
        query: Option<Q>,
        body: Option<B>,
    ) -> Result<E::Output, Error>
    where
        A: Auth,
        Q: Serialize,
        B: Serialize,
        E: Envelope,
    {
        problems.into_result(endpoint.name)?;
        let span = tracing::info_span!(
            "payway.request",
            endpoint = endpoint.name,
            method = ?endpoint.method,
            path = endpoint.path,
            status = tracing::field::Empty,
        );
        async move {
            // Serialized once, here rather than by reqwest, so a failure is ours to report.
            let json = match &body {
                Some(body) => Some(serde_json::to_vec(body).map_err(|e| {
                    Error::Decode(DecodeError::new(
                        endpoint.name,
                        0,
                        format!("cannot encode the request: {e}"),
                        &[],
                    ))
                })?),
                None => None,
            };
            let config = &self.shared.config;
            let timeout = options.timeout.unwrap_or(config.timeout);
            let policy = options.retry.as_ref().unwrap_or(&config.retry);
            // The wait before the next attempt, or `None` when this failure is final.
            let next_delay = |failure: Failure, retry: u32, wait: Option<Duration>| {
                failure
                    .retryable(endpoint.retry_safe)
                    .then(|| policy.delay(retry, wait))
                    .flatten()
            };
            let mut retry = 0;
            loop {
                let token = self.auth.access_token(&self.token_endpoint()).await?;
                let attempt = self
                    .attempt(endpoint, &token, timeout, query.as_ref(), json.as_deref())
                    .await;
                let (failure, wait, outcome) = match attempt {
                    Ok((status, wait, bytes)) => {
                        tracing::Span::current().record("status", status);
                        if status == 401 {
                            self.auth.invalidate(&token);
                        }
                        let outcome = decode_response::<E>(endpoint.name, status, &bytes);
                        (Failure::Status(status), wait, outcome)
                    }
                    Err((failure, error)) => (failure, None, Err(error)),
                };
                let Some(delay) = next_delay(failure, retry, wait) else {
                    return match outcome {
                        Err(cause) if failure == Failure::Dropped && !endpoint.retry_safe => {
                            Err(Error::OutcomeUnknown(OutcomeUnknown {
                                endpoint: endpoint.name,
                                cause: Box::new(cause),
                            }))
                        }
                        outcome => outcome,
                    };
                };
                retry += 1;
                tracing::info!(
                    retry,
                    ?failure,
                    delay_ms = delay.as_millis() as u64,
                    error = outcome.as_ref().err().map(tracing::field::display),
                    "retrying"
                );
                tokio::time::sleep(delay).await;
            }
        }
        .instrument(span)
        .await
    }

    /// One attempt: the answer's status, `Retry-After` and body, or why there is none.
    async fn attempt<Q: Serialize>(
        &self,
        endpoint: &'static EndpointInfo,
        token: &AccessToken,
        timeout: Duration,
        query: Option<&Q>,
        json: Option<&[u8]>,
    ) -> Result<(u16, Option<Duration>, Vec<u8>), (Failure, Error)> {
        let (http, method) = (&self.shared.http, endpoint.method.to_reqwest());
        let mut request = match self.shared.endpoint_url(endpoint.path) {
            Some(url) => http.request(method, url),
            None => http.request(
                method,
                transport::join(&self.shared.base_url, endpoint.path),
            ),
        }
        .bearer_auth(token.expose())
        .header(reqwest::header::ACCEPT, "application/json")
        .timeout(timeout);
        if let Some(query) = query {
            request = request.query(query);
        }
        if let Some(json) = json {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(json.to_vec());
        }
        tracing::debug!("sending");
        let response = request.send().await.map_err(|e| {
            let failure = if e.is_connect() {
                Failure::NotConnected
            } else if e.is_builder() {
                // Refused before sending (a token that is not a valid header value, say).
                Failure::NotSent
            } else {
                Failure::Dropped
            };
            (failure, transport::from_reqwest(e, endpoint.name, timeout))
        })?;
        let status = response.status().as_u16();
        let wait = retry_after(response.headers());
        let max = self.shared.config.max_response_bytes;
        match transport::read_body(response, max, endpoint.name, timeout).await {
            Ok(bytes) => Ok((status, wait, bytes)),
            // The answer started but broke off: the server has the request.
            Err(error @ (Error::Transport(_) | Error::Timeout(_))) => {
                Err((Failure::Dropped, error))
            }
            Err(error) => Err((Failure::Status(status), error)),
        }
    }
}

/// Decodes an answer of `endpoint`: the envelope's data for a success, else the Payway error
/// (or a decode error when the body is not in that convention). Never panics, whatever the bytes.
pub fn decode_response<E: Envelope>(
    endpoint: &'static str,
    status: u16,
    body: &[u8],
) -> Result<E::Output, Error> {
    if (200..300).contains(&status) {
        let envelope = E::decode(body)
            .map_err(|e| Error::Decode(DecodeError::new(endpoint, status, e.to_string(), body)))?;
        tracing::debug!("succeeded");
        Ok(envelope.open())
    } else {
        tracing::debug!("failed");
        Err(api_error(endpoint, status, body))
    }
}

/// An error answer in the Payway convention, or a decode error when the body does not follow it
/// (a proxy's HTML page, say).
fn api_error(endpoint: &'static str, status: u16, body: &[u8]) -> Error {
    let parsed: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(body).ok();
    let Some(mut fields) = parsed else {
        return Error::Decode(DecodeError::new(
            endpoint,
            status,
            "the error response is not a JSON object in the Payway error convention".to_string(),
            body,
        ));
    };
    let mut text = |key: &str| match fields.remove(key) {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => {
            fields.insert(key.to_string(), other);
            None
        }
        None => None,
    };
    let message = text("message");
    let code = text("code").map(|c| ErrorCode::from_wire(&c));
    let field = text("field");
    match (message, &code) {
        (None, None) => Error::Decode(DecodeError::new(
            endpoint,
            status,
            "the error response has neither `message` nor `code`".to_string(),
            body,
        )),
        (message, _) => Error::Api(ApiError {
            endpoint,
            status,
            code,
            field,
            message: message.unwrap_or_default(),
            details: fields,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_urls_are_the_joined_text_parsed_once() {
        let path = "/external/api/v2/klarna_payments/place_trial_order";
        for base in [
            "http://127.0.0.1:8080",
            "https://example.com/prefix/",
            "https://example.com/a%20b",
        ] {
            let connection = Connection::new(base, "/token", ClientConfig::default()).unwrap();
            let shared = &connection.shared;
            let joined = Url::parse(&transport::join(&shared.base_url, path)).unwrap();
            assert_eq!(shared.endpoint_url(path).as_ref(), Some(&joined));
            assert_eq!(shared.endpoint_url(path), Some(joined), "from the cache");
            assert_eq!(shared.urls.read().unwrap().len(), 1);
        }
    }
}
