//! A request refused before anything was sent: a missing scope, invalid parameters, a body
//! that cannot be encoded.

use std::borrow::Cow;
use std::fmt;

use payway_values::InvalidValue;

/// The endpoint needs a scope the authentication does not ask for; see
/// [`Error::Scope`](super::Error::Scope).
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

/// A request whose body could not be encoded as JSON (a value a `Serialize` impl refuses):
/// it was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    endpoint: &'static str,
    reason: String,
}

impl EncodeError {
    /// `endpoint`'s request, not sent because its body could not be encoded, for `reason`.
    pub fn new(endpoint: &'static str, reason: impl Into<String>) -> Self {
        EncodeError {
            endpoint,
            reason: reason.into(),
        }
    }

    /// The endpoint, e.g. `klarna_payments.v2.place_trial_order`.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// What the encoder said.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} was not sent: its body cannot be encoded as JSON: {}",
            self.endpoint, self.reason
        )
    }
}
