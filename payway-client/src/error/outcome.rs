//! An order in doubt: sent, but whether Payway processed it is not known.

use std::fmt;
use std::time::SystemTime;

use super::Error;
use payway_values::Date;

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
        // The cause names the endpoint too: said once, at the start.
        let cause = self.cause.to_string();
        let cause = cause
            .strip_prefix(self.endpoint)
            .map(|rest| rest.strip_prefix(':').unwrap_or(rest).trim_start())
            .unwrap_or(&cause);
        write!(
            f,
            " may have been processed ({cause}); it was not resent: check whether it took effect \
             before sending it again"
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
    let rest = secs % 86_400;
    let date = i64::try_from(secs / 86_400)
        .ok()
        .and_then(Date::from_days_since_epoch);
    let Some(date) = date else {
        return f.write_str("(after 9999)");
    };
    write!(
        f,
        "{date}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}
