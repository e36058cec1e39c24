//! The one error type of the client, telling apart where a call failed.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::redact::{MASK, Redactor};
use crate::values::InvalidValue;

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
            Error::OutcomeUnknown(e) => e.cause.is_timeout(),
            _ => false,
        }
    }
}

/// A request that is not safe to retry may have been processed, and nothing says whether it was.
///
/// **The rule.** For an endpoint the spec marks `retry_safe: false` (placing an order), every
/// failure that leaves open whether the server acted is `Error::OutcomeUnknown`, never a plain
/// [`Error::Decode`], [`Error::Api`], [`Error::Timeout`] or [`Error::Transport`] that would invite
/// a resend:
///
/// - a 2xx answer whose body cannot be decoded or is over the size limit (the order exists; only
///   its answer is unreadable);
/// - a 502 or 504 (a proxy's answer, HTML or empty: the API behind it may have acted), and any
///   other 5xx whose body is not a Payway error (not the API's own considered answer);
/// - a timeout, or a connection dropped, after the request was sent, or an answer cut short.
///
/// The client never resends such a request. Check whether it took effect (look the order up
/// by the [`identifiers`](OutcomeUnknown::identifiers), around [`sent_at`](OutcomeUnknown::sent_at))
/// before sending it again. What is *not* in doubt stays as it was: a connection that could not
/// be made (resent, it never arrived), a 401 (not processed: sent once more with a new token),
/// a 3xx (not followed, not processed), a 4xx or a 5xx in the Payway error convention
/// ([`Error::Api`]).
///
/// The status and a redacted excerpt of the body, when there was an answer, are those of
/// [`cause`](OutcomeUnknown::cause), also the error's `source()`.
#[derive(Debug, Clone)]
pub struct OutcomeUnknown {
    endpoint: &'static str,
    cause: Box<Error>,
    sent_at: SystemTime,
    identifiers: Vec<(String, String)>,
}

impl OutcomeUnknown {
    /// `endpoint`'s request sent at `sent_at`, whose outcome `cause` leaves open.
    pub fn new(endpoint: &'static str, cause: Error, sent_at: SystemTime) -> Self {
        OutcomeUnknown {
            endpoint,
            cause: Box::new(cause),
            sent_at,
            identifiers: Vec::new(),
        }
    }

    /// The same, with one more identifying value of the request (`merchant_reference`, say).
    pub fn with_identifier(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.identifiers.push((name.into(), value.into()));
        self
    }

    /// The endpoint, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// What happened: a [`Error::Timeout`] or [`Error::Transport`] after sending, a
    /// [`Error::Decode`] of a 2xx, 502, 504 or other 5xx answer.
    pub fn cause(&self) -> &Error {
        &self.cause
    }

    /// When the request was sent (the start of the attempt whose outcome is unknown).
    pub fn sent_at(&self) -> SystemTime {
        self.sent_at
    }

    /// The request's identifying values that are not personal, as `(parameter, value)`: the
    /// endpoint's plain string parameters not marked sensitive in the spec that were set
    /// (e.g. `klarna_payments_session_id`, `merchant_reference`).
    pub fn identifiers(&self) -> &[(String, String)] {
        &self.identifiers
    }

    /// The identifying value of `parameter`, if the request set it.
    pub fn identifier(&self, parameter: &str) -> Option<&str> {
        self.identifiers
            .iter()
            .find(|(name, _)| name == parameter)
            .map(|(_, value)| value.as_str())
    }

    /// The HTTP status of the answer, if one arrived.
    pub fn status(&self) -> Option<u16> {
        match self.cause.as_ref() {
            Error::Decode(e) => Some(e.status),
            Error::Api(e) => Some(e.status),
            _ => None,
        }
    }

    /// The start of the answer's body with sensitive values masked, if a body arrived.
    pub fn excerpt(&self) -> Option<&str> {
        match self.cause.as_ref() {
            Error::Decode(e) => Some(&e.excerpt),
            _ => None,
        }
    }
}

impl fmt::Display for OutcomeUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: outcome unknown: the request sent at ",
            self.endpoint
        )?;
        write_utc(f, self.sent_at)?;
        if !self.identifiers.is_empty() {
            f.write_str(" (")?;
            for (i, (name, value)) in self.identifiers.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{name} {value:?}")?;
            }
            f.write_str(")")?;
        }
        write!(
            f,
            " may have been processed ({}); it was not resent: check whether it took effect \
             before sending it again",
            self.cause
        )
    }
}

impl std::error::Error for OutcomeUnknown {
    /// The cause's own source: the cause is already in the message.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(self.cause.as_ref())
    }
}

/// `time` as `YYYY-MM-DDTHH:MM:SSZ` (UTC), without a date library.
fn write_utc(f: &mut fmt::Formatter<'_>, time: SystemTime) -> fmt::Result {
    let Ok(since) = time.duration_since(SystemTime::UNIX_EPOCH) else {
        return f.write_str("(before 1970)");
    };
    let secs = since.as_secs();
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    write!(
        f,
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The endpoint needs a scope the authentication does not ask for; see [`Error::Scope`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingScope {
    endpoint: &'static str,
    scope: &'static str,
    granted: Vec<String>,
}

impl MissingScope {
    /// `endpoint` needs `scope`, and the authentication asks for `granted`.
    pub fn new(endpoint: &'static str, scope: &'static str, granted: Vec<String>) -> Self {
        MissingScope {
            endpoint,
            scope,
            granted,
        }
    }

    /// The endpoint, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The scope the endpoint needs, e.g. `/external/klarna_payments/w`.
    pub fn scope(&self) -> &'static str {
        self.scope
    }

    /// The scopes the authentication asks for.
    pub fn granted(&self) -> &[String] {
        &self.granted
    }
}

impl fmt::Display for MissingScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} was not sent: it needs the scope `{}`, which the authentication does not ask for \
             (it asks for: {}); add it to the scopes of the `ApplicationAuth`/`IdentityAuth`",
            self.endpoint,
            self.scope,
            if self.granted.is_empty() {
                "none".to_string()
            } else {
                self.granted.join(", ")
            }
        )
    }
}

impl std::error::Error for MissingScope {}

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
    /// `endpoint`'s request, not sent because of `problems`.
    pub fn new(endpoint: &'static str, problems: Vec<InvalidParameter>) -> Self {
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

    /// The code of this text (`not_found` is [`ErrorCode::NotFound`]; unknown ones are kept).
    pub fn from_wire(code: &str) -> Self {
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
    // Boxed: a JSON map is large with serde_json's `preserve_order` (which a program may turn
    // on for its own reasons), and `Error` is returned everywhere.
    pub(crate) details: Box<serde_json::Map<String, serde_json::Value>>,
}

impl ApiError {
    /// An error answer of `endpoint` with `status` and `message`; add the rest with the
    /// `with_` methods.
    pub fn new(endpoint: &'static str, status: u16, message: impl Into<String>) -> Self {
        ApiError {
            endpoint,
            status,
            code: None,
            field: None,
            message: message.into(),
            details: Box::default(),
        }
    }

    /// The same with an error code.
    pub fn with_code(mut self, code: ErrorCode) -> Self {
        self.code = Some(code);
        self
    }

    /// The same naming the parameter the error is about.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The same with other properties of the error body.
    pub fn with_details(mut self, details: serde_json::Map<String, serde_json::Value>) -> Self {
        *self.details = details;
        self
    }

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

impl std::error::Error for ApiError {}

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
    /// A failure of `kind`, described by `description`.
    pub fn new(kind: TokenErrorKind, description: impl Into<String>) -> Self {
        TokenError {
            kind,
            status: None,
            error: None,
            description: Some(description.into()),
        }
    }

    /// The same, with the token endpoint's HTTP status and OAuth `error` code.
    pub fn with_answer(mut self, status: u16, error: Option<String>) -> Self {
        self.status = Some(status);
        self.error = error;
        self
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

impl std::error::Error for TokenError {}

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

fn excerpt(text: &str) -> String {
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        excerpt.push('…');
    }
    excerpt
}

impl DecodeError {
    /// An undecodable `status` answer of `endpoint`, with `reason` and an excerpt of `body` as
    /// it is (the client's own decode errors mask sensitive values first).
    pub fn new(
        endpoint: &'static str,
        status: u16,
        reason: impl Into<String>,
        body: &[u8],
    ) -> Self {
        DecodeError {
            endpoint,
            status,
            reason: reason.into(),
            excerpt: excerpt(&String::from_utf8_lossy(body)),
        }
    }

    /// The same as [`DecodeError::new`], with the values of sensitive fields masked in the
    /// excerpt and wherever the reason quotes them.
    pub(crate) fn redacted(
        endpoint: &'static str,
        status: u16,
        reason: &str,
        body: &[u8],
        redactor: &Redactor,
    ) -> Self {
        let (masked, found) = redactor.body(&String::from_utf8_lossy(body));
        let mut reason = redactor.text(reason);
        for value in found.iter().filter(|v| !v.is_empty()) {
            reason = reason.replace(value.as_str(), MASK);
        }
        DecodeError {
            endpoint,
            status,
            reason,
            excerpt: excerpt(&masked),
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

    /// The first characters of the body, with the values of sensitive fields masked.
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

impl std::error::Error for DecodeError {}

/// The client's configuration is unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub(crate) reason: String,
}

impl ConfigError {
    /// A configuration unusable because of `reason`.
    pub fn new(reason: impl Into<String>) -> Self {
        ConfigError {
            reason: reason.into(),
        }
    }

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

impl std::error::Error for ConfigError {}
