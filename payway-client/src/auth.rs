//! Authentication, with the customer identity in the type system.
//!
//! Every [`Auth`] says in its `Identity` type whether its tokens are bound to a customer.
//! Endpoints whose spec says `identity: true` require `A::Identity: HasCustomerIdentity`, so
//! calling one with an application token does not compile.
//!
//! Your own token source (a cache shared by several processes, a secrets manager) implements
//! [`TokenSource`] and is used through [`SourcedAuth`], with the same cache and single token
//! request in flight as the built-in ones.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::sync::{Mutex, PoisonError};

use crate::error::{Error, TokenError, TokenErrorKind};
use crate::identity::sealed;
use crate::secret::Secret;
use crate::token::{AccessToken, Grant, IssuedToken, TokenEndpoint};
use crate::token_cache::TokenCache;

pub use crate::identity::{CustomerIdentity, HasCustomerIdentity, Identity, NoIdentity};
pub use crate::token::Credentials;
pub use crate::token_source::TokenSource;

/// How a client authenticates its calls. Implemented by [`ApplicationAuth`], [`IdentityAuth`],
/// [`StaticToken`] and [`SourcedAuth`] (your own [`TokenSource`]); sealed, so that the identity
/// a type claims is always true.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot authenticate requests",
    label = "this client has no credentials or token",
    note = "call `client.with_auth(...)` with an `ApplicationAuth`, `IdentityAuth`, `StaticToken` or `SourcedAuth` first"
)]
pub trait Auth: sealed::Sealed + Send + Sync + 'static {
    /// Whether the tokens are bound to a customer.
    type Identity: Identity;

    /// A token valid now, fetched or renewed through `tokens` when needed.
    fn access_token(
        &self,
        tokens: &TokenEndpoint,
    ) -> impl Future<Output = Result<AccessToken, Error>> + Send;

    /// Forgets a token the API refused (HTTP 401). Returns whether a new token can be obtained,
    /// so the refused request is worth sending once more.
    fn invalidate(&self, token: &AccessToken) -> bool;

    /// The scopes the tokens carry, when known: an endpoint needing another fails before
    /// anything is sent. `None` (a [`StaticToken`]) is not checked.
    fn scopes(&self) -> Option<&[String]>;
}

/// Authentication through your own [`TokenSource`], cached like the built-in ones.
pub struct SourcedAuth<S> {
    cache: TokenCache<S>,
}

impl<S: TokenSource> SourcedAuth<S> {
    /// Tokens from `source`.
    pub fn new(source: S) -> Self {
        SourcedAuth {
            cache: TokenCache::new(source),
        }
    }

    /// The source.
    pub fn source(&self) -> &S {
        self.cache.source()
    }
}

impl<S> Clone for SourcedAuth<S> {
    fn clone(&self) -> Self {
        SourcedAuth {
            cache: self.cache.clone(),
        }
    }
}

impl<S> fmt::Debug for SourcedAuth<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourcedAuth")
            .field("source", &std::any::type_name::<S>())
            .finish_non_exhaustive()
    }
}

impl<S: TokenSource> sealed::Sealed for SourcedAuth<S> {}

impl<S: TokenSource> Auth for SourcedAuth<S> {
    type Identity = S::Identity;

    fn access_token(
        &self,
        tokens: &TokenEndpoint,
    ) -> impl Future<Output = Result<AccessToken, Error>> + Send {
        self.cache.get(tokens)
    }

    fn invalidate(&self, token: &AccessToken) -> bool {
        self.cache.invalidate(token);
        true
    }

    fn scopes(&self) -> Option<&[String]> {
        self.cache.source().scopes()
    }
}

/// A client without authentication yet: it can be configured, but calls need [`Auth`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Unauthenticated;

fn scope_list<S: AsRef<str>>(scopes: impl IntoIterator<Item = S>) -> Vec<String> {
    scopes.into_iter().map(|s| s.as_ref().to_string()).collect()
}

/// Application tokens (`grant_type=none`), fetched on first use, cached and renewed before
/// they expire. One fetch at a time: concurrent calls wait for it rather than each fetching.
#[derive(Debug, Clone)]
pub struct ApplicationAuth {
    inner: SourcedAuth<ApplicationSource>,
}

#[derive(Debug)]
struct ApplicationSource {
    credentials: Credentials,
    scopes: Vec<String>,
}

impl TokenSource for ApplicationSource {
    type Identity = NoIdentity;

    async fn fetch(&self, tokens: &TokenEndpoint) -> Result<IssuedToken<NoIdentity>, Error> {
        tokens.application(&self.credentials, &self.scopes).await
    }

    fn scopes(&self) -> Option<&[String]> {
        Some(&self.scopes)
    }
}

impl ApplicationAuth {
    /// Application tokens for `credentials` with `scopes` (e.g. `[scopes::KLARNA_PAYMENTS_W]`).
    pub fn new<S: AsRef<str>>(
        credentials: Credentials,
        scopes: impl IntoIterator<Item = S>,
    ) -> Self {
        ApplicationAuth {
            inner: SourcedAuth::new(ApplicationSource {
                credentials,
                scopes: scope_list(scopes),
            }),
        }
    }
}

impl sealed::Sealed for ApplicationAuth {}

impl Auth for ApplicationAuth {
    type Identity = NoIdentity;

    fn access_token(
        &self,
        tokens: &TokenEndpoint,
    ) -> impl Future<Output = Result<AccessToken, Error>> + Send {
        self.inner.access_token(tokens)
    }

    fn invalidate(&self, token: &AccessToken) -> bool {
        self.inner.invalidate(token)
    }

    fn scopes(&self) -> Option<&[String]> {
        self.inner.scopes()
    }
}

/// Tokens bound to a customer's identity: obtained from a one-time ticket (`grant_type=ticket`)
/// or a refresh token, cached, and renewed with the refresh token before they expire.
///
/// The ticket exchange runs to its end even when the call that started it is cancelled or
/// times out, and its token serves the next call: a ticket is never lost that way. A ticket
/// whose exchange could not connect is kept for the next try.
#[derive(Debug, Clone)]
pub struct IdentityAuth {
    inner: SourcedAuth<IdentitySource>,
}

#[derive(Debug)]
struct IdentitySource {
    credentials: Credentials,
    /// The scopes asked for with the ticket; unknown for a refresh token stored earlier.
    scopes: Option<Vec<String>>,
    /// Where the refresh token is used, when not at the API's token endpoint (the OpenID
    /// provider's token endpoint for a login there).
    renew_url: Option<std::sync::Arc<str>>,
    state: Mutex<IdentityState>,
}

#[derive(Debug, Default)]
struct IdentityState {
    /// A token obtained already (by a login), served first.
    issued: Option<Grant>,
    ticket: Option<Secret>,
    refresh: Option<Secret>,
}

impl IdentitySource {
    fn state(&self) -> std::sync::MutexGuard<'_, IdentityState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl TokenSource for IdentitySource {
    type Identity = CustomerIdentity;

    async fn fetch(&self, tokens: &TokenEndpoint) -> Result<IssuedToken<CustomerIdentity>, Error> {
        if let Some(grant) = self.state().issued.take() {
            return Ok(grant.issued());
        }
        let renewal = self.renew_url.as_ref().map(|url| TokenEndpoint {
            url: url.clone(),
            ..tokens.clone()
        });
        let tokens = renewal.as_ref().unwrap_or(tokens);
        let (refresh, ticket) = {
            let mut state = self.state();
            match state.refresh.clone() {
                Some(refresh) => (Some(refresh), None),
                None => (None, state.ticket.take()),
            }
        };
        let grant = if let Some(refresh) = refresh {
            tokens.refresh(&self.credentials, &refresh).await?
        } else if let Some(ticket) = ticket {
            let scopes = self.scopes.iter().flatten();
            match tokens
                .exchange_ticket(&self.credentials, &ticket, scopes)
                .await
            {
                Ok(grant) => grant,
                Err(Error::Transport(e)) if e.is_connect() => {
                    // Never reached the server: the ticket is still good.
                    self.state().ticket.get_or_insert(ticket);
                    return Err(Error::Transport(e));
                }
                // A ticket is good for one exchange: it is gone from here on.
                Err(e) => return Err(e),
            }
        } else {
            return Err(Error::Token(TokenError::new(
                TokenErrorKind::CannotRenew,
                "the identity token expired, its ticket was used and no refresh token was issued",
            )));
        };
        let (issued, refresh) = grant.into_parts();
        if let Some(refresh) = refresh {
            self.state().refresh = Some(refresh);
        }
        Ok(issued)
    }

    fn scopes(&self) -> Option<&[String]> {
        self.scopes.as_deref()
    }
}

impl IdentityAuth {
    /// Identity tokens from a one-time authorization `ticket`, exchanged on first use.
    pub fn from_ticket<S: AsRef<str>>(
        credentials: Credentials,
        ticket: impl Into<Secret>,
        scopes: impl IntoIterator<Item = S>,
    ) -> Self {
        Self::with_state(
            credentials,
            Some(scope_list(scopes)),
            IdentityState {
                issued: None,
                ticket: Some(ticket.into()),
                refresh: None,
            },
        )
    }

    /// The tokens of a login: `grant` is served first, its refresh token renews it at
    /// `renew_url` (the OpenID provider's token endpoint) or, without one, at the API's.
    #[cfg_attr(not(feature = "oidc"), allow(dead_code))]
    pub(crate) fn from_login(
        credentials: Credentials,
        grant: Grant,
        scopes: Vec<String>,
        renew_url: Option<std::sync::Arc<str>>,
    ) -> Self {
        Self::with_state(
            credentials,
            Some(scopes),
            IdentityState {
                refresh: grant.refresh.clone(),
                issued: Some(grant),
                ticket: None,
            },
        )
        .renewed_at(renew_url)
    }

    fn renewed_at(self, renew_url: Option<std::sync::Arc<str>>) -> Self {
        let source = self.inner.source();
        IdentityAuth {
            inner: SourcedAuth::new(IdentitySource {
                credentials: source.credentials.clone(),
                scopes: source.scopes.clone(),
                renew_url,
                state: Mutex::new(std::mem::take(&mut *source.state())),
            }),
        }
    }

    /// Identity tokens renewed from a `refresh_token` you stored earlier. Its scopes are those
    /// of the ticket it came from, which this client does not know, so they are not checked
    /// before sending.
    pub fn from_refresh_token(credentials: Credentials, refresh_token: impl Into<Secret>) -> Self {
        Self::with_state(
            credentials,
            None,
            IdentityState {
                issued: None,
                ticket: None,
                refresh: Some(refresh_token.into()),
            },
        )
    }

    fn with_state(
        credentials: Credentials,
        scopes: Option<Vec<String>>,
        state: IdentityState,
    ) -> Self {
        IdentityAuth {
            inner: SourcedAuth::new(IdentitySource {
                credentials,
                scopes,
                renew_url: None,
                state: Mutex::new(state),
            }),
        }
    }

    /// The latest refresh token, to store for later sessions (see [`IdentityAuth::from_refresh_token`]).
    pub async fn refresh_token(&self) -> Option<Secret> {
        self.inner.source().state().refresh.clone()
    }
}

impl sealed::Sealed for IdentityAuth {}

impl Auth for IdentityAuth {
    type Identity = CustomerIdentity;

    fn access_token(
        &self,
        tokens: &TokenEndpoint,
    ) -> impl Future<Output = Result<AccessToken, Error>> + Send {
        self.inner.access_token(tokens)
    }

    fn invalidate(&self, token: &AccessToken) -> bool {
        self.inner.invalidate(token)
    }

    fn scopes(&self) -> Option<&[String]> {
        self.inner.scopes()
    }
}

/// A token you already have, used as it is: never renewed, and its scopes are not checked.
/// `I` says whether it is bound to a customer identity; you vouch for that when you choose the
/// constructor.
pub struct StaticToken<I: Identity> {
    token: AccessToken,
    identity: PhantomData<fn() -> I>,
}

impl<I: Identity> Clone for StaticToken<I> {
    fn clone(&self) -> Self {
        StaticToken {
            token: self.token.clone(),
            identity: PhantomData,
        }
    }
}

impl<I: Identity> std::fmt::Debug for StaticToken<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaticToken")
            .field("token", &self.token)
            .field("identity", &std::any::type_name::<I>())
            .finish()
    }
}

impl StaticToken<NoIdentity> {
    /// An application token (no customer identity).
    pub fn application(token: impl Into<Secret>) -> Self {
        StaticToken {
            token: AccessToken::new(token),
            identity: PhantomData,
        }
    }
}

impl StaticToken<CustomerIdentity> {
    /// A token bound to a customer's identity.
    pub fn with_identity(token: impl Into<Secret>) -> Self {
        StaticToken {
            token: AccessToken::new(token),
            identity: PhantomData,
        }
    }
}

impl<I: Identity> sealed::Sealed for StaticToken<I> {}

impl<I: Identity> Auth for StaticToken<I> {
    type Identity = I;

    async fn access_token(&self, _tokens: &TokenEndpoint) -> Result<AccessToken, Error> {
        Ok(self.token.clone())
    }

    fn invalidate(&self, _token: &AccessToken) -> bool {
        false
    }

    fn scopes(&self) -> Option<&[String]> {
        None
    }
}
