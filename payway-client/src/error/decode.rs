//! An answer that could not be decoded, with a redacted excerpt of its body.

use std::fmt;

use crate::redact::{MASK, Redactor};

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
