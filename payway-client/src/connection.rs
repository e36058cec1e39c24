//! The connection: base URL, HTTP client, configuration and authentication, and `send`, which
//! every generated endpoint calls.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;
use tracing::Instrument;

use crate::auth::{Auth, Unauthenticated};
use crate::config::ClientConfig;
use crate::error::{ApiError, DecodeError, Error, ErrorCode};
use crate::private::{Envelope, Problems};
use crate::token::TokenEndpoint;
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

    /// Sends one request of `endpoint`: rejects it if any value failed its checks, gets a token,
    /// sends, and decodes the answer. Never sends twice.
    pub async fn send<Q, B, E>(
        &self,
        endpoint: &'static EndpointInfo,
        problems: Problems,
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
            let token = self.auth.access_token(&self.token_endpoint()).await?;
            let timeout = self.shared.config.timeout;
            let url = transport::join(&self.shared.base_url, endpoint.path);
            let mut request = self
                .shared
                .http
                .request(endpoint.method.to_reqwest(), url)
                .bearer_auth(token.expose())
                .header(reqwest::header::ACCEPT, "application/json")
                .timeout(timeout);
            if let Some(query) = &query {
                request = request.query(query);
            }
            if let Some(body) = body {
                // Serialized here rather than by reqwest, so a failure is ours to report.
                let json = serde_json::to_vec(&body).map_err(|e| {
                    Error::Decode(DecodeError::new(
                        endpoint.name,
                        0,
                        format!("cannot encode the request: {e}"),
                        &[],
                    ))
                })?;
                request = request
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(json);
            }
            tracing::debug!("sending");
            let response = request
                .send()
                .await
                .map_err(|e| transport::from_reqwest(e, endpoint.name, timeout))?;
            let status = response.status();
            tracing::Span::current().record("status", status.as_u16());
            let bytes = transport::read_body(
                response,
                self.shared.config.max_response_bytes,
                endpoint.name,
                timeout,
            )
            .await?;
            if status.is_success() {
                let envelope: E = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::Decode(DecodeError::new(
                        endpoint.name,
                        status.as_u16(),
                        e.to_string(),
                        &bytes,
                    ))
                })?;
                tracing::debug!("succeeded");
                return Ok(envelope.open());
            }
            if status == reqwest::StatusCode::UNAUTHORIZED {
                self.auth.invalidate(&token);
            }
            tracing::debug!("failed");
            Err(api_error(endpoint.name, status.as_u16(), &bytes))
        }
        .instrument(span)
        .await
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
