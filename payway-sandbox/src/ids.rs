//! Random identifiers and secrets. The standard library's randomly keyed SipHash, fed a
//! process-wide counter, is random enough for a sandbox and needs no dependency.

use std::collections::hash_map::RandomState;
use std::fmt::Write as _;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// 64 random bits.
pub(crate) fn random_u64() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

/// `chars` random lowercase hex characters.
pub(crate) fn hex(chars: usize) -> String {
    let mut out = String::with_capacity(chars + 16);
    while out.len() < chars {
        // Writing to a String cannot fail.
        let _ = write!(out, "{:016x}", random_u64());
    }
    out.truncate(chars);
    out
}

/// An id shaped like Payway's: 24 hex characters.
pub(crate) fn object_id() -> String {
    hex(24)
}

/// A secret (token, ticket): a recognisable prefix and 48 random hex characters.
pub(crate) fn secret(prefix: &str) -> String {
    format!("{prefix}_{}", hex(48))
}

/// A UUID-shaped random id, like Klarna's order ids.
pub(crate) fn uuid() -> String {
    let h = hex(32);
    format!(
        "{}-{}-4{}-8{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_shape_and_differ() {
        let a = object_id();
        assert_eq!(a.len(), 24);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, object_id());
        let u = uuid();
        assert_eq!(u.len(), 36, "{u}");
        assert_eq!(u.matches('-').count(), 4, "{u}");
    }
}
