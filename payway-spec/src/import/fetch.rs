//! Fetching a page by its address, with the workspace's reqwest (rustls, no OpenSSL).

use std::path::Path;
use std::time::Duration;

/// The largest page read (the docs' pages are tens of kilobytes).
const MAX_PAGE: usize = 4 * 1024 * 1024;

/// The body of `address`. Plain `http://` is refused: the docs site is https-only, and a page
/// read over plain http could have been changed on the way.
pub fn get(address: &str, extra_root: Option<&Path>) -> Result<Vec<u8>, String> {
    if !address.starts_with("https://") {
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
        let status = response.status();
        if !status.is_success() {
            return Err(format!("fetching `{address}` gave HTTP {status}"));
        }
        let mut body = Vec::new();
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
        Ok(body)
    })
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
