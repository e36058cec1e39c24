//! An answer in the Payway error convention: its code, message, field and details.

use std::fmt;

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
    // Boxed: a map's size depends on serde_json's `preserve_order`, which any crate in a build
    // may turn on (payway-codegen does), and `Error` should not grow with it.
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
        self.details = Box::new(details);
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
