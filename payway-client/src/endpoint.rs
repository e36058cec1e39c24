//! What the spec says about one endpoint, as the runtime needs it: each generated endpoint
//! module has one as `ENDPOINT`.

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl HttpMethod {
    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Delete => reqwest::Method::DELETE,
        }
    }
}

/// What the spec says about one endpoint; each generated endpoint module has one as `ENDPOINT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// `section.vN.action`, used in errors and logs.
    pub name: &'static str,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path on the environment's host.
    pub path: &'static str,
    /// Scope the token must carry.
    pub scope: &'static str,
    /// Whether the token must be bound to a customer identity.
    pub identity: bool,
    /// Whether sending the request twice is harmless.
    pub retry_safe: bool,
    /// The names of the fields the spec marks `sensitive` (personal data, secrets, every email)
    /// anywhere in the request or the response: their values are masked in error excerpts and
    /// messages.
    pub sensitive: &'static [&'static str],
    /// The top-level request parameters that identify a request without being personal: the
    /// spec's plain `string` parameters not marked `sensitive` (ids and references such as
    /// `klarna_payments_session_id` and `merchant_reference`). They are what
    /// [`OutcomeUnknown`](crate::OutcomeUnknown) reports, so a request in doubt can be looked up.
    pub identifying: &'static [&'static str],
}
