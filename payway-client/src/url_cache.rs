//! The URL of each endpoint path without parameters, parsed once: parsing the URL text (host
//! through IDNA) was the largest part of building a request (BENCHMARKS.md). A path with
//! parameters is filled in per call and parsed by reqwest (`call.rs`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::{PoisonError, RwLock};

use crate::transport;
use payway_values::Url;

/// Endpoint URLs on one base URL. Bounded by the number of endpoints the spec has: keys are the
/// generated `&'static` paths, never a filled-in one.
#[derive(Debug)]
pub(crate) struct UrlCache {
    base_url: Url,
    urls: RwLock<HashMap<PathAddress, Url, BuildHasherDefault<AddressHasher>>>,
}

/// A generated path, known by where it is stored: a lookup hashes one address instead of the
/// whole text with SipHash (BENCHMARKS.md §1). Two copies of the same text are two keys, each
/// with the same URL: the cache stays bounded by the paths the spec has.
#[derive(Clone, Copy, Debug)]
struct PathAddress(&'static str);

impl PartialEq for PathAddress {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for PathAddress {}

impl Hash for PathAddress {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.as_ptr() as usize);
    }
}

/// Hashes the one address a [`PathAddress`] writes: mixed by a multiplication, whose high half
/// is folded into the low one, so that both the table's index (low bits) and its tag (high
/// bits) depend on every bit of the address. Keys are the program's own addresses, not input
/// an attacker chooses, so no keyed hash is needed.
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.write_u64(u64::from(*byte));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }
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
        if let Some(url) = cached.get(&PathAddress(path)) {
            return Some(url.clone());
        }
        drop(cached);
        let url = Url::parse(&transport::join(&self.base_url, path))
            .ok()
            .filter(Url::has_host)?;
        self.urls
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(PathAddress(path), url.clone());
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

    #[test]
    fn paths_are_known_by_address() {
        let cache = UrlCache::new(transport::parse_base_url("http://127.0.0.1:8080").unwrap());
        let paths = ["/external/api/v1/a", "/external/api/v1/b"];
        for path in paths {
            let url = cache.endpoint_url(path).unwrap();
            assert_eq!(url.as_str(), format!("http://127.0.0.1:8080{path}"));
        }
        assert_eq!(cache.endpoint_url(paths[1]).unwrap().path(), paths[1]);
        // The same text stored elsewhere is a key of its own, with the same URL.
        let copy: &'static str = String::from(paths[0]).leak();
        assert_eq!(cache.endpoint_url(copy), cache.endpoint_url(paths[0]));
        assert_eq!(cache.len(), 3);
    }
}
