//! No access token could be obtained.

use std::fmt;

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
