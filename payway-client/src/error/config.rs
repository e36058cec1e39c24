//! A configuration the client cannot use.

use std::fmt;

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
