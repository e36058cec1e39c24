//! The call did not get an answer: a timeout, or a failure of the connection.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// The call took longer than the configured timeout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    pub(crate) endpoint: &'static str,
    pub(crate) timeout: Duration,
}

impl TimeoutError {
    /// `endpoint` ran out of `timeout`.
    pub fn new(endpoint: &'static str, timeout: Duration) -> Self {
        TimeoutError { endpoint, timeout }
    }

    /// The endpoint (or `token` for the token endpoint).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The timeout that ran out.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} timed out after {:?}", self.endpoint, self.timeout)
    }
}

impl std::error::Error for TimeoutError {}

/// The request could not be sent or its response not read. Neither the message nor the source
/// shows the URL (its query string may carry values).
#[derive(Debug, Clone)]
pub struct TransportError {
    endpoint: &'static str,
    connect: bool,
    source: Arc<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    /// A failure of `endpoint` caused by `source`; `connect` says whether the connection could
    /// not be made at all.
    pub fn new(
        endpoint: &'static str,
        connect: bool,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TransportError {
            endpoint,
            connect,
            source: Arc::from(source.into()),
        }
    }

    /// The endpoint (or `token` for the token endpoint).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// Whether the connection could not be made at all, so the request never reached the server.
    pub fn is_connect(&self) -> bool {
        self.connect
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.connect {
            write!(f, "{}: could not connect", self.endpoint)
        } else {
            write!(f, "{}: the connection failed", self.endpoint)
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}
