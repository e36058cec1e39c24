//! The one error type of the client, telling apart where a call failed.

use std::fmt;

mod api;
mod config;
mod decode;
mod outcome;
mod request;
mod token;
mod transport;

pub use api::{ApiError, ErrorCode};
pub use config::ConfigError;
pub use decode::DecodeError;
pub use outcome::OutcomeUnknown;
pub use request::{EncodeError, InvalidParameter, InvalidRequest, MissingScope};
pub use token::{TokenError, TokenErrorKind};
pub use transport::{TimeoutError, TransportError};

/// Everything that can go wrong with a call.
///
/// `Display` says what happened once; the underlying cause, where there is one (a transport
/// failure's reqwest error, the failure behind an [`OutcomeUnknown`]), is its
/// [`source()`](std::error::Error::source) rather than part of the message. Every part has a
/// public constructor, so tests can build any error without a server.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// Values were rejected before anything was sent: nothing went over the network.
    InvalidRequest(InvalidRequest),
    /// The API answered with an error, in the Payway error convention.
    Api(ApiError),
    /// No access token could be obtained.
    Token(TokenError),
    /// The call did not complete within the timeout.
    Timeout(TimeoutError),
    /// The request could not be sent, or its response not received.
    Transport(TransportError),
    /// A request that is not safe to retry (placing an order) may have been processed, and no
    /// answer says whether it was. The client does not resend it; see [`OutcomeUnknown`] for
    /// when this happens and what to check before sending it again.
    OutcomeUnknown(OutcomeUnknown),
    /// The response arrived but could not be understood.
    Decode(DecodeError),
    /// The request's body could not be encoded as JSON: nothing was sent.
    Encode(EncodeError),
    /// The client's configuration is unusable (e.g. a base URL that is not http or https).
    Config(ConfigError),
    /// The endpoint needs a scope the authentication never asked for: nothing was sent.
    Scope(MissingScope),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => e.fmt(f),
            Error::Api(e) => e.fmt(f),
            Error::Token(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::OutcomeUnknown(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Encode(e) => e.fmt(f),
            Error::Config(e) => e.fmt(f),
            Error::Scope(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    /// The source of the part: the part's own message is this error's message, so it is not
    /// repeated as a source.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => e.source(),
            Error::OutcomeUnknown(e) => e.source(),
            _ => None,
        }
    }
}

impl Error {
    /// Whether the call ran out of time (also when the outcome is unknown because of it).
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout(_) => true,
            Error::OutcomeUnknown(e) => e.cause().is_timeout(),
            _ => false,
        }
    }
}
