//! `InvalidValue`: why a value was rejected.

use std::fmt;

/// Why a value was rejected. Carries no copy of the value, so it is safe to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    reason: String,
}

impl InvalidValue {
    /// A rejection for `reason` (e.g. "must be at most 24 characters").
    pub fn new(reason: impl Into<String>) -> Self {
        InvalidValue {
            reason: reason.into(),
        }
    }

    /// A rejection of a value outside a closed set.
    pub fn not_one_of(allowed: &[&str]) -> Self {
        InvalidValue::new(format!("must be one of: {}", allowed.join(", ")))
    }

    /// What is wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for InvalidValue {}
