//! When a failed call is sent again, and how long to wait first.
//!
//! The rule that keeps an order from being placed twice: a request the spec marks
//! `retry_safe: false` is resent only when it provably never reached the server (the connection
//! could not be made) or when the server said it did not process it: a 429 (too many requests),
//! resent after its `Retry-After`. Requests that are safe to retry are also resent after a
//! dropped connection and on 502, 503 and 504, honouring `Retry-After`.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How often and how patiently failed calls are retried. On by default with small bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Two retries, 100 ms then 200 ms (with jitter), and a server's `Retry-After` of up to 10 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(2),
            max_retry_after: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// At most `retries` retries after the first attempt.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The wait before the first retry; each further retry waits twice as long, up to
    /// `max_backoff`. Each wait is jittered down by up to half, so clients do not retry in step.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest wait between two attempts (without `Retry-After`).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest `Retry-After` honoured; a server asking for more gets its error returned
    /// instead of a retry.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// The number of retries allowed.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The wait before retry number `retry` (0 for the first), or `None` when no retry is left
    /// or the server's `retry_after` is longer than this policy waits.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        match retry_after {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => {
                let doubled = self
                    .initial_backoff
                    .saturating_mul(1u32.checked_shl(retry).unwrap_or(u32::MAX));
                Some(jitter(doubled.min(self.max_backoff)))
            }
        }
    }
}

/// Why a failed attempt may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The connection could not be made: the request never reached the server.
    NotConnected,
    /// The connection failed after the request may have been sent.
    Dropped,
    /// The request could not be built: nothing was sent, and sending again would fail the same.
    NotSent,
    /// The server answered with one of the statuses that invite a retry.
    Status(u16),
}

impl Failure {
    /// Why it is retried, for logs.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Failure::NotConnected => "could not connect",
            Failure::Dropped => "the connection failed after sending",
            Failure::NotSent => "not sent",
            Failure::Status(429) => "429 too many requests",
            Failure::Status(502) => "502 bad gateway",
            Failure::Status(503) => "503 service unavailable",
            Failure::Status(504) => "504 gateway timeout",
            Failure::Status(_) => "a status that invites a retry",
        }
    }

    /// Whether this failure may be retried for an endpoint that is (or is not) safe to retry.
    pub(crate) fn retryable(self, retry_safe: bool) -> bool {
        match self {
            Failure::NotConnected => true,
            Failure::Dropped => retry_safe,
            Failure::NotSent => false,
            // A 429 is a refusal before processing: resending cannot double anything.
            Failure::Status(429) => true,
            Failure::Status(status) => retry_safe && (502..=504).contains(&status),
        }
    }
}

/// `Retry-After` in seconds (the HTTP-date form is not used by APIs like this one and is ignored).
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// `delay` scaled to a random point between half and all of it.
fn jitter(delay: Duration) -> Duration {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let fraction = (hasher.finish() % 1024) as u32;
    delay / 2 + (delay / 2) * fraction / 1024
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_bound_with_jitter() {
        let policy = RetryPolicy::default()
            .max_retries(10)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(300));
        for (retry, full) in [(0, 100), (1, 200), (2, 300), (9, 300)] {
            let delay = policy.delay(retry, None).expect("a retry is left");
            let full = Duration::from_millis(full);
            assert!(
                delay >= full / 2 && delay <= full,
                "retry {retry}: {delay:?}"
            );
        }
        assert_eq!(policy.delay(10, None), None);
    }

    #[test]
    fn retry_after_is_honoured_up_to_its_bound() {
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(5));
        assert_eq!(
            policy.delay(0, Some(Duration::from_secs(3))),
            Some(Duration::from_secs(3))
        );
        assert_eq!(policy.delay(0, Some(Duration::from_secs(6))), None);
        assert_eq!(RetryPolicy::none().delay(0, None), None);
    }

    #[test]
    fn only_unreached_requests_are_retried_when_not_safe() {
        assert!(Failure::NotConnected.retryable(false));
        assert!(!Failure::Dropped.retryable(false));
        assert!(!Failure::Status(503).retryable(false));
        assert!(Failure::Status(429).retryable(false));
        assert!(Failure::Dropped.retryable(true));
        assert!(Failure::Status(503).retryable(true));
        assert!(!Failure::Status(500).retryable(true));
        assert!(!Failure::NotSent.retryable(true));
    }
}
