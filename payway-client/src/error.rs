//! The one error type of the client, telling apart where a call failed.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use crate::values::InvalidValue;

/// Everything that can go wrong with a call.
#[derive(Debug)]
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
    /// A request that is not safe to retry (placing an order) may have reached the server, but
    /// no answer arrived: it may or may not have taken effect. The client does not resend it;
    /// check (e.g. look the order up) before sending it again.
    OutcomeUnknown(OutcomeUnknown),
    /// The response arrived but could not be understood.
    Decode(DecodeError),
    /// The client's configuration is unusable (e.g. a base URL that is not http or https).
    Config(ConfigError),
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
            Error::Config(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::OutcomeUnknown(e) => Some(e.cause.as_ref()),
            _ => None,
        }
    }
}

impl Error {
    /// Whether the call ran out of time (also when the outcome is unknown because of it).
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout(_) => true,
            Error::OutcomeUnknown(e) => e.cause.is_timeout(),
            _ => false,
        }
    }
}

/// A request that may have reached the server went unanswered; see [`Error::OutcomeUnknown`].
#[derive(Debug)]
pub struct OutcomeUnknown {
    pub(crate) endpoint: &'static str,
    pub(crate) cause: Box<Error>,
}

impl OutcomeUnknown {
    /// The endpoint, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// What happened: a [`Error::Timeout`] or a [`Error::Transport`] after sending.
    pub fn cause(&self) -> &Error {
        &self.cause
    }
}

impl fmt::Display for OutcomeUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: the request may have reached the server but no answer arrived ({}); it was not \
             resent: check whether it took effect before sending it again",
            self.endpoint, self.cause
        )
    }
}

/// One rejected parameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidParameter {
    parameter: Cow<'static, str>,
    reason: InvalidValue,
}

impl InvalidParameter {
    /// A rejection of `parameter` (a path such as `customer_info.email`).
    pub fn new(parameter: impl Into<Cow<'static, str>>, reason: InvalidValue) -> Self {
        InvalidParameter {
            parameter: parameter.into(),
            reason,
        }
    }

    /// The parameter's path, e.g. `paywall_id` or `customer_info.email`.
    pub fn parameter(&self) -> &str {
        &self.parameter
    }

    /// Why the value was rejected.
    pub fn reason(&self) -> &str {
        self.reason.reason()
    }
}

impl fmt::Display for InvalidParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.parameter, self.reason)
    }
}

/// Every value a request rejected before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest {
    endpoint: &'static str,
    problems: Vec<InvalidParameter>,
}

impl InvalidRequest {
    pub(crate) fn new(endpoint: &'static str, problems: Vec<InvalidParameter>) -> Self {
        InvalidRequest { endpoint, problems }
    }

    /// The endpoint, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The rejected parameters, in the order they were set.
    pub fn problems(&self) -> &[InvalidParameter] {
        &self.problems
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} was not sent: ", self.endpoint)?;
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            problem.fmt(f)?;
        }
        Ok(())
    }
}

/// The error codes of the Payway error convention. Codes the client does not know are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `unknown_parameter`: a posted JSON field was not recognized.
    UnknownParameter,
    /// `invalid_parameter`: a parameter is missing or has an invalid value.
    InvalidParameter,
    /// `not_found`: the resource does not exist.
    NotFound,
    /// `internal_server_error`.
    InternalServerError,
    /// A code this client does not know, as sent.
    Other(String),
}

impl ErrorCode {
    /// The code as sent.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::UnknownParameter => "unknown_parameter",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::NotFound => "not_found",
            ErrorCode::InternalServerError => "internal_server_error",
            ErrorCode::Other(code) => code,
        }
    }

    pub(crate) fn from_wire(code: &str) -> Self {
        match code {
            "unknown_parameter" => ErrorCode::UnknownParameter,
            "invalid_parameter" => ErrorCode::InvalidParameter,
            "not_found" => ErrorCode::NotFound,
            "internal_server_error" => ErrorCode::InternalServerError,
            other => ErrorCode::Other(other.to_string()),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error answer of the API: an HTTP status from 400 up and a JSON body with at least `message`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub(crate) endpoint: &'static str,
    pub(crate) status: u16,
    pub(crate) code: Option<ErrorCode>,
    pub(crate) field: Option<String>,
    pub(crate) message: String,
    pub(crate) details: serde_json::Map<String, serde_json::Value>,
}

impl ApiError {
    /// The endpoint that answered, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The HTTP status, e.g. 400.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The error code, when the body has one.
    pub fn code(&self) -> Option<&ErrorCode> {
        self.code.as_ref()
    }

    /// The parameter the error is about, when the body names one.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The server's message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Any other properties of the error body.
    pub fn details(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.details
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed with HTTP {}", self.endpoint, self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " (field `{field}`)")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why no access token could be obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenErrorKind {
    /// The token endpoint refused the request (bad credentials, used ticket, ungranted scope).
    Rejected,
    /// The token endpoint answered something that is not a token.
    Malformed,
    /// The token expired and there is no way left to renew it (ticket used, no refresh token).
    CannotRenew,
}

/// A failure to obtain an access token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError {
    pub(crate) kind: TokenErrorKind,
    pub(crate) status: Option<u16>,
    pub(crate) error: Option<String>,
    pub(crate) description: Option<String>,
}

impl TokenError {
    pub(crate) fn new(kind: TokenErrorKind, description: impl Into<String>) -> Self {
        TokenError {
            kind,
            status: None,
            error: None,
            description: Some(description.into()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &TokenErrorKind {
        &self.kind
    }

    /// The HTTP status of the token endpoint's answer, if it answered.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The OAuth `error` code, if the endpoint sent one.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The endpoint's `error_description`, or what the client found wrong.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no access token: ")?;
        match self.kind {
            TokenErrorKind::Rejected => f.write_str("the token endpoint refused")?,
            TokenErrorKind::Malformed => {
                f.write_str("the token endpoint's answer is not a token")?
            }
            TokenErrorKind::CannotRenew => f.write_str("the token cannot be renewed")?,
        }
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(error) = &self.error {
            write!(f, " {error}")?;
        }
        if let Some(description) = &self.description {
            write!(f, ": {description}")?;
        }
        Ok(())
    }
}

/// The call took longer than the configured timeout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    pub(crate) endpoint: &'static str,
    pub(crate) timeout: Duration,
}

impl TimeoutError {
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

/// The request could not be sent or its response not read.
#[derive(Debug)]
pub struct TransportError {
    pub(crate) endpoint: &'static str,
    pub(crate) source: reqwest::Error,
}

impl TransportError {
    /// The endpoint (or `token` for the token endpoint).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// Whether the connection could not be made at all, so the request never reached the server.
    pub fn is_connect(&self) -> bool {
        self.source.is_connect()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: transport failure: {}", self.endpoint, self.source)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A response that could not be decoded: its status, what was wrong, and the start of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub(crate) endpoint: &'static str,
    pub(crate) status: u16,
    pub(crate) reason: String,
    pub(crate) excerpt: String,
}

/// How much of an undecodable body an error keeps.
const EXCERPT_CHARS: usize = 200;

impl DecodeError {
    pub(crate) fn new(endpoint: &'static str, status: u16, reason: String, body: &[u8]) -> Self {
        let text = String::from_utf8_lossy(body);
        let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
        if text.chars().nth(EXCERPT_CHARS).is_some() {
            excerpt.push('…');
        }
        DecodeError {
            endpoint,
            status,
            reason,
            excerpt,
        }
    }

    /// The endpoint (or `token` for the token endpoint).
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// What was wrong, e.g. ``missing field `pw_order_id` at line 1 column 40``.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The first characters of the body.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: cannot decode the HTTP {} response: {} (body starts: {:?})",
            self.endpoint, self.status, self.reason, self.excerpt
        )
    }
}

/// The client's configuration is unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub(crate) reason: String,
}

impl ConfigError {
    /// What is wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid client configuration: {}", self.reason)
    }
}
