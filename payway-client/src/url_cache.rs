//! The URL of each endpoint path without parameters, parsed once: parsing the URL text (host
//! through IDNA) was the largest part of building a request (BENCHMARKS.md). A path with
//! parameters is filled in per call and parsed by reqwest (`call.rs`).

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

use crate::transport;
use payway_values::Url;

/// Endpoint URLs on one base URL. Bounded by the number of endpoints the spec has: keys are the
/// generated `&'static` paths, never a filled-in one.
#[derive(Debug)]
pub(crate) struct UrlCache {
    base_url: Url,
    urls: RwLock<HashMap<&'static str, Url>>,
}

impl UrlCache {
    pub(crate) fn new(base_url: Url) -> Self {
        UrlCache {
            base_url,
            urls: RwLock::default(),
        }
    }

    pub(crate) fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The URL of `path` on the base URL: the one `transport::join` names, parsed once per path.
    /// `None` when that text is not a URL with a host: the caller then gives reqwest the text
    /// ([`joined`](Self::joined)), and reqwest reports it.
    pub(crate) fn endpoint_url(&self, path: &'static str) -> Option<Url> {
        let cached = self.urls.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(url) = cached.get(path) {
            return Some(url.clone());
        }
        drop(cached);
        let url = Url::parse(&transport::join(&self.base_url, path))
            .ok()
            .filter(Url::has_host)?;
        self.urls
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path, url.clone());
        Some(url)
    }

    /// The URL text of `path`, for reqwest to parse (and report) when it is not a valid URL.
    pub(crate) fn joined(&self, path: &str) -> String {
        transport::join(&self.base_url, path)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.urls
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_urls_are_the_joined_text_parsed_once() {
        let path = "/external/api/v2/klarna_payments/place_trial_order";
        for base in [
            "http://127.0.0.1:8080",
            "https://example.com/prefix/",
            "https://example.com/a%20b",
        ] {
            let cache = UrlCache::new(transport::parse_base_url(base).unwrap());
            let joined = Url::parse(&cache.joined(path)).unwrap();
            assert_eq!(cache.endpoint_url(path).as_ref(), Some(&joined));
            assert_eq!(cache.endpoint_url(path), Some(joined), "from the cache");
            assert_eq!(cache.len(), 1);
        }
    }
}
