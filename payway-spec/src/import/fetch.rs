//! Fetching a page by its address: one blocking GET with ureq (rustls on ring, no OpenSSL and no
//! async runtime).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig, TlsProvider};

/// The largest page read (the docs' pages are tens of kilobytes).
const MAX_PAGE: u64 = 4 * 1024 * 1024;

/// A page as the server sent it.
#[derive(Debug)]
pub struct Fetched {
    /// The HTTP status (any: a 404 is an answer, not a failure to fetch).
    pub status: u16,
    /// The `Content-Type` header's media type, lowercased (`text/html`), when there is one.
    pub media_type: Option<String>,
    /// The body (empty unless the status is a success).
    pub body: Vec<u8>,
}

impl Fetched {
    /// Whether the server says the body is HTML.
    pub fn is_html(&self) -> bool {
        matches!(
            self.media_type.as_deref(),
            Some("text/html" | "application/xhtml+xml")
        )
    }
}

/// Whether `address` may be fetched: https anywhere, plain http only on a loopback address
/// (a local mirror or a test server: a page read over plain http from elsewhere could have
/// been changed on the way).
pub fn allowed(address: &str) -> Result<(), String> {
    if address.starts_with("https://") {
        return Ok(());
    }
    if let Some(rest) = address.strip_prefix("http://") {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = match authority.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(""),
            None => authority.split(':').next().unwrap_or(""),
        };
        if host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
        {
            return Ok(());
        }
        return Err(format!(
            "`{address}` is plain http on a host that is not a loopback address; use https"
        ));
    }
    Err(format!("`{address}` is not an https:// address"))
}

/// The page at `address`, whatever its status; `extra_root` is a PEM certificate to trust too.
/// Plain http is refused unless `loopback_http` (and then only for loopback addresses).
pub fn fetch(
    address: &str,
    extra_root: Option<&Path>,
    loopback_http: bool,
) -> Result<Fetched, String> {
    if loopback_http {
        allowed(address)?;
    } else if !address.starts_with("https://") {
        return Err(format!(
            "`{address}` is not an https:// address; save the page and import the file instead"
        ));
    }
    // Mozilla's root certificates, and the one given: the same trust on every machine.
    let mut roots: Vec<Certificate<'static>> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|der| Certificate::from_der(der.as_ref()))
        .collect();
    if let Some(path) = extra_root {
        let pem = std::fs::read(path)
            .map_err(|e| format!("cannot read the certificate `{}`: {e}", path.display()))?;
        let not_pem = |why: String| format!("`{}` is not a PEM certificate: {why}", path.display());
        let before = roots.len();
        for item in ureq::tls::parse_pem(&pem) {
            if let PemItem::Certificate(certificate) = item.map_err(|e| not_pem(e.to_string()))? {
                roots.push(certificate);
            }
        }
        if roots.len() == before {
            return Err(not_pem("it holds no certificate".into()));
        }
    }
    let tls = TlsConfig::builder()
        .provider(TlsProvider::Rustls)
        .unversioned_rustls_crypto_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .root_certs(RootCerts::Specific(Arc::new(roots)))
        .build();
    let agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .timeout_connect(Some(Duration::from_secs(10)))
        .max_redirects(5)
        // Nor does a redirect lead to plain http where it is not allowed.
        .https_only(!loopback_http)
        .http_status_as_error(false)
        .user_agent(concat!("payway-spec/", env!("CARGO_PKG_VERSION")))
        .tls_config(tls)
        .build()
        .new_agent();
    let mut response = agent
        .get(address)
        .call()
        .map_err(|e| format!("cannot fetch `{address}`: {e}"))?;
    let status = response.status().as_u16();
    let media_type = response
        .headers()
        .get(ureq::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty());
    let body = if (200..300).contains(&status) {
        response
            .body_mut()
            .with_config()
            .limit(MAX_PAGE)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => {
                    format!("`{address}` is larger than {MAX_PAGE} bytes: not a docs page")
                }
                other => format!("cannot read `{address}`: {other}"),
            })?
    } else {
        Vec::new()
    };
    Ok(Fetched {
        status,
        media_type,
        body,
    })
}

/// The body of `address` (https only), or why not: a status other than a success is an error.
pub fn get(address: &str, extra_root: Option<&Path>) -> Result<Fetched, String> {
    let fetched = fetch(address, extra_root, false)?;
    if !(200..300).contains(&fetched.status) {
        return Err(format!("fetching `{address}` gave HTTP {}", fetched.status));
    }
    Ok(fetched)
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(allowed("https://docs.worldoftulo.com/x").is_ok());
        assert!(allowed("http://127.0.0.1:8080/x").is_ok());
        assert!(allowed("http://[::1]:8080/x").is_ok());
        assert!(allowed("http://docs.worldoftulo.com/x").is_err());
        assert!(allowed("http://127.0.0.1.example.com/x").is_err());
        assert!(allowed("http://localhost.example.com/x").is_err());
        assert!(allowed("ftp://127.0.0.1/x").is_err());
    }
}
