//! The connection: base URL, HTTP client, configuration and authentication, shared by clones.
//! What a call does with it is in `call.rs`.

use std::fmt;
use std::sync::Arc;

use crate::auth::Unauthenticated;
use crate::config::ClientConfig;
use crate::error::Error;
use crate::token::TokenEndpoint;
use crate::transport;
use crate::url_cache::UrlCache;
use payway_values::Url;

/// A base URL, an HTTP client and a configuration, shared by clones; plus how to authenticate.
pub struct Connection<A> {
    pub(crate) shared: Arc<Shared>,
    pub(crate) auth: A,
}

pub(crate) struct Shared {
    pub(crate) http: reqwest::Client,
    pub(crate) urls: UrlCache,
    pub(crate) tokens: TokenEndpoint,
    pub(crate) config: ClientConfig,
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
            .field("base_url", &self.shared.urls.base_url().as_str())
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
                tokens: TokenEndpoint {
                    http: http.clone(),
                    url: Arc::from(transport::join(&base_url, token_path)),
                    timeout: config.timeout,
                    max_response_bytes: config.max_response_bytes,
                },
                http,
                urls: UrlCache::new(base_url),
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
        self.shared.urls.base_url()
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.shared.config
    }

    /// The authentication.
    pub fn auth(&self) -> &A {
        &self.auth
    }

    /// The environment's token endpoint.
    pub fn token_endpoint(&self) -> &TokenEndpoint {
        &self.shared.tokens
    }
}
