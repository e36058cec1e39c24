//! What can go wrong with the store itself, and how it reaches a caller of the client.

use std::fmt;
use std::time::Duration;

use payway_client::{Error, TransportError};

/// The token store (Redis) failed: it could not be reached, refused a command, or did not
/// answer in time. A call of the client sees it as an [`Error::Transport`] of the endpoint
/// `"token store"`, with this as its [`source`](std::error::Error::source).
#[derive(Debug)]
#[non_exhaustive]
pub enum StoreError {
    /// Redis answered with an error, or the connection failed.
    Redis(redis::RedisError),
    /// A command had no answer within the store's command timeout.
    Timeout(Duration),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Redis(e) => write!(f, "the token store (Redis) failed: {e}"),
            StoreError::Timeout(after) => {
                write!(f, "the token store (Redis) did not answer within {after:?}")
            }
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Redis(e) => Some(e),
            StoreError::Timeout(_) => None,
        }
    }
}

impl From<redis::RedisError> for StoreError {
    fn from(error: redis::RedisError) -> Self {
        StoreError::Redis(error)
    }
}

/// The endpoint name a store failure carries in the client's errors.
pub const STORE_ENDPOINT: &str = "token store";

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Self {
        let connect = matches!(&error, StoreError::Redis(e) if e.is_connection_refusal());
        Error::Transport(TransportError::new(STORE_ENDPOINT, connect, error))
    }
}
