//! The token cache every caching authentication shares: a fresh token is read under a briefly
//! held lock (no async mutex, no waiting), and at most one token request is in flight, which
//! every caller that needs a token waits for.
//!
//! The request runs in a task of its own, so a caller that gives up (cancelled, timed out) does
//! not cancel it: a one-time ticket being exchanged is never lost, and its token is cached for
//! the next caller.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::task::{Context as TaskContext, Poll};
use std::time::Instant;

use crate::error::{Error, TokenError, TokenErrorKind};
use crate::token::{AccessToken, TokenEndpoint, renew_at};
use crate::token_source::TokenSource;

/// The future of [`TokenCache::get`].
pub(crate) enum TokenFuture {
    Ready(Option<AccessToken>),
    Waiting(Pin<Box<dyn Future<Output = Result<AccessToken, Error>> + Send>>),
}

impl Future for TokenFuture {
    type Output = Result<AccessToken, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            TokenFuture::Ready(token) => match token.take() {
                Some(token) => Poll::Ready(Ok(token)),
                None => Poll::Pending,
            },
            TokenFuture::Waiting(future) => future.as_mut().poll(cx),
        }
    }
}

/// A cached token and when to renew it.
#[derive(Clone)]
struct Cached {
    access: AccessToken,
    renew_at: Instant,
}

/// A token source with its cache.
pub(crate) struct TokenCache<S> {
    inner: Arc<Inner<S>>,
}

impl<S> Clone for TokenCache<S> {
    fn clone(&self) -> Self {
        TokenCache {
            inner: Arc::clone(&self.inner),
        }
    }
}

struct Inner<S> {
    source: S,
    current: RwLock<Option<Cached>>,
    /// Held by the task requesting a token, for the whole request.
    in_flight: Arc<tokio::sync::Mutex<()>>,
    /// Token requests completed, so a caller that waited for one knows it is done.
    completed: AtomicU64,
    /// How the last token request failed, for the callers that waited for it.
    last_failure: Mutex<Option<Error>>,
}

impl<S: TokenSource> TokenCache<S> {
    pub(crate) fn new(source: S) -> Self {
        TokenCache {
            inner: Arc::new(Inner {
                source,
                current: RwLock::new(None),
                in_flight: Arc::new(tokio::sync::Mutex::new(())),
                completed: AtomicU64::new(0),
                last_failure: Mutex::new(None),
            }),
        }
    }

    pub(crate) fn source(&self) -> &S {
        &self.inner.source
    }

    /// A fresh token: the cached one at once, without building the waiting future (the fast
    /// path stays as cheap as a static token), else [`TokenCache::token`] boxed.
    pub(crate) fn get(&self, tokens: &TokenEndpoint) -> TokenFuture {
        match self.fresh() {
            Some(token) => TokenFuture::Ready(Some(token)),
            None => {
                let (cache, tokens) = (self.clone(), tokens.clone());
                TokenFuture::Waiting(Box::pin(async move { cache.token(&tokens).await }))
            }
        }
    }

    /// The cached token if it is fresh: the fast path.
    fn fresh(&self) -> Option<AccessToken> {
        let current = self
            .inner
            .current
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        current
            .as_ref()
            .filter(|c| Instant::now() < c.renew_at)
            .map(|c| c.access.clone())
    }

    /// A fresh token: the cached one, or the one the request in flight (started here if none
    /// is) obtains. Callers that waited for a request that failed get its error.
    async fn token(&self, tokens: &TokenEndpoint) -> Result<AccessToken, Error> {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let seen = self.inner.completed.load(Ordering::Acquire);
        let guard = Arc::clone(&self.inner.in_flight).lock_owned().await;
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        if self.inner.completed.load(Ordering::Acquire) != seen
            && let Some(failure) = self
                .inner
                .last_failure
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone()
        {
            return Err(failure);
        }
        let inner = Arc::clone(&self.inner);
        let tokens = tokens.clone();
        let request = tokio::spawn(async move {
            let started = Instant::now();
            let result = inner.source.fetch(&tokens).await;
            match &result {
                Ok(issued) => {
                    *inner
                        .current
                        .write()
                        .unwrap_or_else(PoisonError::into_inner) = Some(Cached {
                        access: issued.access.clone(),
                        renew_at: renew_at(started, issued.valid_for),
                    });
                    *inner
                        .last_failure
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner) = None;
                }
                Err(error) => {
                    *inner
                        .last_failure
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner) = Some(error.clone());
                }
            }
            inner.completed.fetch_add(1, Ordering::Release);
            drop(guard);
            result.map(|issued| issued.access)
        });
        match request.await {
            Ok(result) => result,
            Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
            Err(_) => Err(Error::Token(TokenError::new(
                TokenErrorKind::Rejected,
                "the token request was cancelled: the runtime is shutting down",
            ))),
        }
    }

    /// Forgets `token` if it is the cached one, and tells the source.
    pub(crate) fn invalidate(&self, token: &AccessToken) {
        let mut current = self
            .inner
            .current
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if current.as_ref().is_some_and(|c| &c.access == token) {
            *current = None;
        }
        drop(current);
        self.inner.source.invalidate(token);
    }
}
