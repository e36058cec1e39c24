//! Your own source of access tokens, cached by [`SourcedAuth`](crate::SourcedAuth).

use std::future::Future;

use crate::error::Error;
use crate::identity::Identity;
use crate::token::{AccessToken, IssuedToken, TokenEndpoint};

/// A source of access tokens of your own: a token cache shared by several processes, a secrets
/// manager. Use it through [`SourcedAuth::new`](crate::SourcedAuth::new), which caches its
/// tokens, renews them before they expire and has at most one [`fetch`](TokenSource::fetch) in
/// flight.
///
/// The identity guarantee holds: a source says in `Identity` whether its tokens are bound to a
/// customer, and only [`IssuedToken::with_identity`] makes a token that claims one.
pub trait TokenSource: Send + Sync + 'static {
    /// [`NoIdentity`](crate::NoIdentity), or [`CustomerIdentity`](crate::CustomerIdentity) for a
    /// source of customer tokens.
    type Identity: Identity;

    /// A new token, because none is cached or the cached one is about to expire or was refused.
    /// `tokens` is the environment's token endpoint, e.g. for
    /// [`TokenEndpoint::application`]. Runs in a task of its own: a call that stops waiting
    /// does not cancel it.
    fn fetch(
        &self,
        tokens: &TokenEndpoint,
    ) -> impl Future<Output = Result<IssuedToken<Self::Identity>, Error>> + Send;

    /// The scopes the tokens carry, when the source knows them, so an endpoint needing another
    /// fails before anything is sent. Default: unknown, not checked.
    fn scopes(&self) -> Option<&[String]> {
        None
    }

    /// The API refused `token` (HTTP 401): forget it wherever it is kept. The cache already
    /// forgot it.
    fn invalidate(&self, token: &AccessToken) {
        let _ = token;
    }
}
