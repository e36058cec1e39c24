//! Fetching a page by its address, with the workspace's reqwest (rustls, no OpenSSL).

use std::path::Path;
use std::time::Duration;

/// The largest page read (the docs' pages are tens of kilobytes).
const MAX_PAGE: usize = 4 * 1024 * 1024;

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
    // reqwest is built without a crypto provider of its own: use ring's. An error only says one
    // is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::limited(5))
        .user_agent(concat!("payway-spec/", env!("CARGO_PKG_VERSION")));
    if let Some(path) = extra_root {
        let pem = std::fs::read(path)
            .map_err(|e| format!("cannot read the certificate `{}`: {e}", path.display()))?;
        let certificate = reqwest::Certificate::from_pem(&pem)
            .map_err(|e| format!("`{}` is not a PEM certificate: {e}", path.display()))?;
        builder = builder.add_root_certificate(certificate);
    }
    let client = builder
        .build()
        .map_err(|e| format!("cannot set up https: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the fetch: {e}"))?;
    runtime.block_on(async {
        let mut response = client
            .get(address)
            .send()
            .await
            .map_err(|e| format!("cannot fetch `{address}`: {}", chain(&e)))?;
        let status = response.status().as_u16();
        let media_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty());
        let mut body = Vec::new();
        if !(200..300).contains(&status) {
            return Ok(Fetched {
                status,
                media_type,
                body,
            });
        }
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| format!("cannot read `{address}`: {}", chain(&e)))?
        {
            if body.len() + chunk.len() > MAX_PAGE {
                return Err(format!(
                    "`{address}` is larger than {MAX_PAGE} bytes: not a docs page"
                ));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched {
            status,
            media_type,
            body,
        })
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

/// An error with its causes, so "certificate not trusted" is not hidden behind "request failed".
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
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
