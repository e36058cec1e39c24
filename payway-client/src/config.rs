//! Client configuration: timeouts, user agent, limits, and an optional reqwest client of your own.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::retry::RetryPolicy;

/// Makes the reqwest client builder of a [`ClientConfig::http_client`].
#[derive(Clone)]
pub(crate) struct HttpClientBuilder(
    pub(crate) Arc<dyn Fn() -> reqwest::ClientBuilder + Send + Sync>,
);

impl fmt::Debug for HttpClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HttpClientBuilder(..)")
    }
}

/// How the client talks to the API. Start from `ClientConfig::default()` and change what you need.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) user_agent: String,
    pub(crate) max_response_bytes: usize,
    pub(crate) http_client: Option<HttpClientBuilder>,
    pub(crate) retry: RetryPolicy,
}

/// The default timeout of one attempt of a call.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default time allowed to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default largest response body read.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: concat!("payway-client/", env!("CARGO_PKG_VERSION")).to_string(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            http_client: None,
            retry: RetryPolicy::default(),
        }
    }
}

impl ClientConfig {
    /// The time one attempt of a call may take, from sending to the last byte of the response
    /// (default 30 s). A call that is retried (see [`RetryPolicy`]) gives each attempt this
    /// long, plus the waits between attempts. Token requests get the same bound.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The time allowed to open a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent` header (default `payway-client/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The largest response body the client reads (default 4 MiB); larger ones are an error.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// When failed calls are retried (default: [`RetryPolicy::default`]). Requests that are not
    /// safe to retry, like placing an order, are only resent when they never reached the server.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Use your own reqwest client (proxies, TLS roots, default headers): `builder` makes the
    /// `reqwest::ClientBuilder`, e.g. `|| reqwest::Client::builder().proxy(...)`. The connect
    /// timeout and user agent then belong to it. The client's [`timeout`](Self::timeout) is set
    /// on the builder (replacing any `ClientBuilder::timeout` in it), so it still applies to
    /// every call.
    ///
    /// The client sets the builder's redirect policy to `Policy::none()` whatever the builder
    /// says, which is why it takes a builder rather than a built client (whose policy cannot be
    /// read or changed): reqwest would follow a 307 or 308 by sending the body again elsewhere,
    /// placing an order twice or posting the client secret to another host.
    pub fn http_client(
        mut self,
        builder: impl Fn() -> reqwest::ClientBuilder + Send + Sync + 'static,
    ) -> Self {
        self.http_client = Some(HttpClientBuilder(Arc::new(builder)));
        self
    }
}

/// Settings of one call that override the client's: set with `.request_options(...)` on any
/// request builder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// Options that change nothing.
    pub fn new() -> Self {
        RequestOptions::default()
    }

    /// The time each attempt of this call may take, instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy of this call, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}
