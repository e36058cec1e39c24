//! HTTP plumbing shared by API calls and token requests: the reqwest client, bounded body
//! reads, and turning reqwest's errors into the client's.

use std::time::Duration;

use bytes::Bytes;

use crate::config::ClientConfig;
use crate::error::{ConfigError, DecodeError, Error, TimeoutError, TransportError};
use payway_values::Url;

/// Builds the reqwest client: rustls, connect timeout, user agent; or the caller's builder as it
/// is. Either way it never follows redirects and its requests end after the client's timeout.
pub(crate) fn http_client(config: &ClientConfig) -> Result<reqwest::Client, Error> {
    // The caller's builder, and any other reqwest client of the program, take rustls's process
    // default: without one, reqwest (built with `rustls-no-provider`) panics in `build()`.
    install_tls_provider();
    let builder = match &config.http_client {
        Some(builder) => (builder.0)(),
        None => {
            let config_error = |reason: String| Error::Config(ConfigError::new(reason));
            reqwest::Client::builder()
                .tls_backend_preconfigured(tls_config().map_err(config_error)?)
                .connect_timeout(config.connect_timeout)
                .user_agent(config.user_agent.clone())
        }
    };
    builder
        // Every attempt's time limit, here once rather than on each request: reqwest keeps a
        // per-request one in the request's extensions, a map allocated per request. A request
        // that must end sooner (a token was waited for, or a call's own timeout) still sets its
        // own, which takes precedence.
        .timeout(config.timeout)
        // Never follow redirects: a 307/308 would re-post the body (the client secret of a token
        // request, an order) to wherever `Location` points, and a POST would be sent twice.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|error| {
            Error::Config(ConfigError::new(format!(
                "cannot build the HTTP client: {error}"
            )))
        })
}

/// Installs rustls's `ring` provider as the process's default crypto provider, unless the
/// program installed one already (which is then left as it is).
///
/// payway-client builds reqwest with rustls but without a provider of reqwest's own (that would
/// compile aws-lc, a C library), so every `reqwest::Client` in the program, the client's
/// included, needs a process default when it is built, or reqwest panics ("No rustls crypto
/// provider is configured"). [`Client::new`](crate::Client) and [`Connection::new`](crate::Connection::new)
/// call this before building anything, so a client you build with reqwest *after* them works.
/// Call it yourself before building a `reqwest::Client` of your own ahead of the first payway
/// client (or install a provider of your choice with `rustls::crypto::CryptoProvider::install_default`).
/// Calling it again does nothing.
pub fn install_tls_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // An error means another thread installed one in between: that one stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// rustls on ring, verifying servers against the operating system's roots. Built here rather than
/// by reqwest, whose own rustls setup would compile aws-lc (a C library) for the same job.
fn tls_config() -> Result<rustls::ClientConfig, String> {
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|error| format!("cannot load the system's TLS roots: {error}"))?;
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| format!("cannot set up TLS: {error}"))?
        .dangerous() // only to plug in the platform verifier; certificates are verified
        .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
        .with_no_client_auth();
    Ok(config)
}

/// Parses a base URL: absolute, `http` or `https`, with a host and without query or fragment.
pub fn parse_base_url(text: &str) -> Result<Url, Error> {
    let invalid = |reason: String| Error::Config(ConfigError::new(reason));
    let url = Url::parse(text).map_err(|e| invalid(format!("base URL `{text}`: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "base URL `{text}` must start with http:// or https://"
        )));
    }
    if url.host().is_none() || url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(format!(
            "base URL `{text}` must have a host and no query or fragment"
        )));
    }
    Ok(url)
}

/// `base` followed by `path`, with exactly one `/` between them.
pub(crate) fn join(base: &Url, path: &str) -> String {
    let base = base.as_str().trim_end_matches('/');
    let mut url = String::with_capacity(base.len() + path.len());
    url.push_str(base);
    url.push_str(path);
    url
}

/// A body that could not be read whole.
pub(crate) enum BodyError {
    /// Larger than the limit: the start read so far.
    TooLarge(Vec<u8>),
    /// The answer broke off or timed out.
    Broken(Error),
}

/// Reads a token endpoint's body, refusing more than `max` bytes.
pub(crate) async fn read_body(
    response: reqwest::Response,
    max: usize,
    endpoint: &'static str,
    timeout: Duration,
) -> Result<Vec<u8>, Error> {
    let status = response.status().as_u16();
    match read_body_parts(response, max, endpoint, timeout).await {
        Ok(body) => Ok(Vec::from(body)),
        // Token answers: the start may hold a token, so no excerpt.
        Err(BodyError::TooLarge(_)) => Err(Error::Decode(DecodeError::new(
            endpoint,
            status,
            too_large_reason(max),
            &[],
        ))),
        Err(BodyError::Broken(error)) => Err(error),
    }
}

/// Reads a response body, refusing more than `max` bytes: the caller decides what a body too
/// large means (and masks its start). A body that arrives in one chunk (the usual answer) is
/// that chunk, not a copy of it.
pub(crate) async fn read_body_parts(
    mut response: reqwest::Response,
    max: usize,
    endpoint: &'static str,
    timeout: Duration,
) -> Result<Bytes, BodyError> {
    let length = response.content_length();
    if length.is_some_and(|length| length > max as u64) {
        return Err(BodyError::TooLarge(Vec::new()));
    }
    let mut next = async || {
        response
            .chunk()
            .await
            .map_err(|e| BodyError::Broken(from_reqwest(e, endpoint, timeout)))
    };
    let Some(first) = next().await? else {
        return Ok(Bytes::new());
    };
    if first.len() > max {
        return Err(BodyError::TooLarge(Vec::new()));
    }
    let Some(second) = next().await? else {
        return Ok(first);
    };
    let mut body = Vec::with_capacity(length.map_or(2 * first.len(), |n| n as usize).min(max));
    for chunk in [first, second] {
        if body.len() + chunk.len() > max {
            return Err(BodyError::TooLarge(body));
        }
        body.extend_from_slice(&chunk);
    }
    while let Some(chunk) = next().await? {
        if body.len() + chunk.len() > max {
            return Err(BodyError::TooLarge(body));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

/// The reason of a body over the limit.
pub(crate) fn too_large_reason(max: usize) -> String {
    format!("the body is larger than the {max} bytes the client reads")
}

/// A reqwest error as the client's: a timeout, or a transport failure. The URL is dropped from
/// reqwest's error: its query string may carry values.
pub(crate) fn from_reqwest(
    error: reqwest::Error,
    endpoint: &'static str,
    timeout: Duration,
) -> Error {
    if error.is_timeout() {
        Error::Timeout(TimeoutError::new(endpoint, timeout))
    } else {
        Error::Transport(TransportError::new(
            endpoint,
            error.is_connect(),
            error.without_url(),
        ))
    }
}
