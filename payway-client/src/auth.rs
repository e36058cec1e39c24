//! Authentication, with the customer identity in the type system.
//!
//! Every [`Auth`] says in its `Identity` type whether its tokens are bound to a customer.
//! Endpoints whose spec says `identity: true` require `A::Identity: HasCustomerIdentity`, so
//! calling one with an application token does not compile.

use std::future::Future;
use std::marker::PhantomData;
use std::sync::Arc;

use tokio::sync::Mutex;

use crate::error::{Error, TokenError, TokenErrorKind};
use crate::secret::Secret;
use crate::token::{AccessToken, Grant, TokenEndpoint};

mod sealed {
    pub trait Sealed {}
}

/// Whether tokens are bound to a customer: [`NoIdentity`] or [`CustomerIdentity`].
pub trait Identity: sealed::Sealed + Send + Sync + 'static {}

/// Tokens of the application itself, not bound to any customer.
#[derive(Debug)]
pub enum NoIdentity {}
/// Tokens bound to the identity of one customer.
#[derive(Debug)]
pub enum CustomerIdentity {}

impl sealed::Sealed for NoIdentity {}
impl sealed::Sealed for CustomerIdentity {}
impl Identity for NoIdentity {}
impl Identity for CustomerIdentity {}

/// Implemented only by [`CustomerIdentity`]: the bound of identity-only endpoints.
#[diagnostic::on_unimplemented(
    message = "this endpoint requires an access token bound to a customer identity, but the client's authentication gives application tokens (`Identity = {Self}`)",
    label = "needs a token with a customer identity",
    note = "authenticate with `IdentityAuth` (from a ticket or a refresh token) or `StaticToken::with_identity`"
)]
pub trait HasCustomerIdentity: Identity {}
impl HasCustomerIdentity for CustomerIdentity {}

/// A source of access tokens. Implemented by [`ApplicationAuth`], [`IdentityAuth`] and
/// [`StaticToken`]; sealed, so that the identity a type claims is always true.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot authenticate requests",
    label = "this client has no credentials or token",
    note = "call `client.with_auth(...)` with an `ApplicationAuth`, `IdentityAuth` or `StaticToken` first"
)]
pub trait Auth: sealed::Sealed + Send + Sync + 'static {
    /// Whether the tokens are bound to a customer.
    type Identity: Identity;

    /// A token valid now, fetched or renewed through `tokens` when needed.
    fn access_token(
        &self,
        tokens: &TokenEndpoint<'_>,
    ) -> impl Future<Output = Result<AccessToken, Error>> + Send;

    /// Forgets a cached token the API refused (HTTP 401), so the next call obtains a new one.
    fn invalidate(&self, token: &AccessToken);
}

/// A client without authentication yet: it can be configured, but calls need [`Auth`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Unauthenticated;

/// A client id and secret, issued by Adeprimo. The secret never shows in `Debug`.
#[derive(Debug, Clone)]
pub struct Credentials {
    client_id: String,
    client_secret: Secret,
}

impl Credentials {
    /// Credentials from a client id and secret.
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Credentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    fn form(&self) -> [(&str, &str); 2] {
        [
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
        ]
    }
}

fn join_scopes<S: AsRef<str>>(scopes: impl IntoIterator<Item = S>) -> String {
    scopes
        .into_iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Forgets `grant` if it holds `token`.
fn forget(slot: &Mutex<impl GrantSlot>, token: &AccessToken) {
    // A call that cannot take the lock is racing a renewal, which replaces the token anyway.
    if let Ok(mut state) = slot.try_lock() {
        state.forget(token);
    }
}

trait GrantSlot {
    fn forget(&mut self, token: &AccessToken);
}

impl GrantSlot for Option<Grant> {
    fn forget(&mut self, token: &AccessToken) {
        if self.as_ref().is_some_and(|g| &g.access == token) {
            *self = None;
        }
    }
}

/// Application tokens (`grant_type=none`), fetched on first use, cached and renewed before
/// they expire. One fetch at a time: concurrent calls wait for it rather than each fetching.
#[derive(Debug, Clone)]
pub struct ApplicationAuth {
    inner: Arc<ApplicationInner>,
}

#[derive(Debug)]
struct ApplicationInner {
    credentials: Credentials,
    scope: String,
    grant: Mutex<Option<Grant>>,
}

impl ApplicationAuth {
    /// Application tokens for `credentials` with `scopes` (e.g. `[scopes::KLARNA_PAYMENTS_W]`).
    pub fn new<S: AsRef<str>>(
        credentials: Credentials,
        scopes: impl IntoIterator<Item = S>,
    ) -> Self {
        ApplicationAuth {
            inner: Arc::new(ApplicationInner {
                credentials,
                scope: join_scopes(scopes),
                grant: Mutex::new(None),
            }),
        }
    }
}

impl sealed::Sealed for ApplicationAuth {}

impl Auth for ApplicationAuth {
    type Identity = NoIdentity;

    async fn access_token(&self, tokens: &TokenEndpoint<'_>) -> Result<AccessToken, Error> {
        let mut grant = self.inner.grant.lock().await;
        if let Some(current) = grant.as_ref().filter(|g| g.is_fresh()) {
            return Ok(current.access.clone());
        }
        let [id, secret] = self.inner.credentials.form();
        let fresh = tokens
            .request("none", &[id, secret, ("scope", self.inner.scope.as_str())])
            .await?;
        let access = fresh.access.clone();
        *grant = Some(fresh);
        Ok(access)
    }

    fn invalidate(&self, token: &AccessToken) {
        forget(&self.inner.grant, token);
    }
}

/// Tokens bound to a customer's identity: obtained from a one-time ticket (`grant_type=ticket`)
/// or a refresh token, cached, and renewed with the refresh token before they expire.
#[derive(Debug, Clone)]
pub struct IdentityAuth {
    inner: Arc<IdentityInner>,
}

#[derive(Debug)]
struct IdentityInner {
    credentials: Credentials,
    scope: String,
    state: Mutex<IdentityState>,
}

#[derive(Debug, Default)]
struct IdentityState {
    ticket: Option<Secret>,
    refresh: Option<Secret>,
    grant: Option<Grant>,
}

impl GrantSlot for IdentityState {
    fn forget(&mut self, token: &AccessToken) {
        self.grant.forget(token);
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
            join_scopes(scopes),
            IdentityState {
                ticket: Some(ticket.into()),
                ..IdentityState::default()
            },
        )
    }

    /// Identity tokens renewed from a `refresh_token` you stored earlier.
    pub fn from_refresh_token(credentials: Credentials, refresh_token: impl Into<Secret>) -> Self {
        Self::with_state(
            credentials,
            String::new(),
            IdentityState {
                refresh: Some(refresh_token.into()),
                ..IdentityState::default()
            },
        )
    }

    fn with_state(credentials: Credentials, scope: String, state: IdentityState) -> Self {
        IdentityAuth {
            inner: Arc::new(IdentityInner {
                credentials,
                scope,
                state: Mutex::new(state),
            }),
        }
    }

    /// The latest refresh token, to store for later sessions (see [`IdentityAuth::from_refresh_token`]).
    pub async fn refresh_token(&self) -> Option<Secret> {
        self.inner.state.lock().await.refresh.clone()
    }
}

impl sealed::Sealed for IdentityAuth {}

impl Auth for IdentityAuth {
    type Identity = CustomerIdentity;

    async fn access_token(&self, tokens: &TokenEndpoint<'_>) -> Result<AccessToken, Error> {
        let mut state = self.inner.state.lock().await;
        if let Some(current) = state.grant.as_ref().filter(|g| g.is_fresh()) {
            return Ok(current.access.clone());
        }
        let [id, secret] = self.inner.credentials.form();
        let fresh = if let Some(refresh) = state.refresh.clone() {
            tokens
                .request(
                    "refresh_token",
                    &[id, secret, ("refresh_token", refresh.expose())],
                )
                .await?
        } else if let Some(ticket) = state.ticket.take() {
            // A ticket is good for one exchange: it is gone from here on, whatever the outcome.
            tokens
                .request(
                    "ticket",
                    &[
                        id,
                        secret,
                        ("ticket", ticket.expose()),
                        ("scope", self.inner.scope.as_str()),
                    ],
                )
                .await?
        } else {
            return Err(Error::Token(TokenError::new(
                TokenErrorKind::CannotRenew,
                "the identity token expired, its ticket was used and no refresh token was issued",
            )));
        };
        if let Some(refresh) = &fresh.refresh {
            state.refresh = Some(refresh.clone());
        }
        let access = fresh.access.clone();
        state.grant = Some(fresh);
        Ok(access)
    }

    fn invalidate(&self, token: &AccessToken) {
        forget(&self.inner.state, token);
    }
}

/// A token you already have, used as it is: never renewed. `I` says whether it is bound to a
/// customer identity; you vouch for that when you choose the constructor.
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

    async fn access_token(&self, _tokens: &TokenEndpoint<'_>) -> Result<AccessToken, Error> {
        Ok(self.token.clone())
    }

    fn invalidate(&self, _token: &AccessToken) {}
}
