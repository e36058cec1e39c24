//! A customer's identity tokens shared by every replica, renewed with the refresh token stored
//! beside them.

use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};

use payway_client::{
    AccessToken, Credentials, CustomerIdentity, Error, IdentityGrant, IssuedToken, Secret,
    TokenEndpoint, TokenError, TokenErrorKind, TokenSource,
};
use redis::aio::ConnectionLike;

use crate::key::{Owner, Slot, slot};
use crate::record::Record;
use crate::renew::{self, Failure, Renewal};
use crate::store::RedisTokenStore;

/// One customer's tokens shared through Redis: every replica that serves the customer uses the
/// same token, and one replica at a time renews it. Use it through
/// [`SourcedAuth`](payway_client::SourcedAuth); it says `Identity = CustomerIdentity`, so the
/// client calls identity-only endpoints with it.
///
/// The refresh token is stored with the access token in one write, by the replica that holds
/// the renewal lock, so it is used once: no two replicas renew with the same one. A renewal
/// uses the stored refresh token; if there is none, one this replica was given
/// ([`with_refresh_token`](Self::with_refresh_token)), else its one-time ticket
/// ([`with_ticket`](Self::with_ticket)). A refresh token the token endpoint refuses as
/// `invalid_grant` is removed from the store.
///
/// The store failing is an error of the call ([`Error::Transport`] of `"token store"`): there
/// is no renewing a customer's token without the refresh token in it.
pub struct RedisIdentitySource<C> {
    store: RedisTokenStore<C>,
    credentials: Credentials,
    scopes: Option<Vec<String>>,
    slot: Slot,
    refused: Mutex<Option<AccessToken>>,
    own: Mutex<Own>,
}

/// What this replica holds itself: a ticket to exchange, a refresh token given to it or not
/// stored because the store failed.
#[derive(Default)]
struct Own {
    ticket: Option<Secret>,
    refresh: Option<Secret>,
}

impl<C> fmt::Debug for RedisIdentitySource<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Neither the customer (not kept) nor any token.
        f.debug_struct("RedisIdentitySource")
            .field("store", &self.store)
            .field("credentials", &self.credentials)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl<C> RedisIdentitySource<C>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    /// The shared tokens of the customer that `customer` names for `credentials`: anything
    /// that identifies them for good (an account id; an email if it never changes). It only
    /// goes into the key's HMAC and is not kept. Alone, this uses what the store has; add
    /// [`with_ticket`](Self::with_ticket) where the customer just signed in.
    pub fn new(store: &RedisTokenStore<C>, credentials: Credentials, customer: &str) -> Self {
        let slot = slot(
            &store.prefix,
            &store.naming,
            &Owner::Customer {
                client_id: credentials.client_id(),
                customer,
            },
        );
        RedisIdentitySource {
            store: store.clone(),
            credentials,
            scopes: None,
            slot,
            refused: Mutex::default(),
            own: Mutex::default(),
        }
    }

    /// A one-time authorization ticket, exchanged (with `scopes`) when the store has no token
    /// and no refresh token for the customer.
    pub fn with_ticket<S: AsRef<str>>(
        mut self,
        ticket: impl Into<Secret>,
        scopes: impl IntoIterator<Item = S>,
    ) -> Self {
        self.own_state().ticket = Some(ticket.into());
        self.scopes = Some(scopes.into_iter().map(|s| s.as_ref().to_string()).collect());
        self
    }

    /// A refresh token you stored earlier, used when the store has none for the customer.
    pub fn with_refresh_token(self, refresh_token: impl Into<Secret>) -> Self {
        self.own_state().refresh = Some(refresh_token.into());
        self
    }

    /// The scopes the customer's tokens carry, so that an endpoint needing another fails before
    /// anything is sent (a ticket's scopes are known without this).
    pub fn with_scopes<S: AsRef<str>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = Some(scopes.into_iter().map(|s| s.as_ref().to_string()).collect());
        self
    }

    /// The Redis key of the customer's shared token (a hash); its renewal lock is this key
    /// with `:lock` appended. The name reveals nothing about the customer.
    pub fn key(&self) -> &str {
        &self.slot.record
    }

    fn own_state(&self) -> MutexGuard<'_, Own> {
        self.own.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The lock holder's renewal: see the type's description.
    async fn renew(&self, tokens: &TokenEndpoint, stored: Option<Secret>) -> Renewal {
        let from_store = stored.is_some();
        let refresh = stored.or_else(|| self.own_state().refresh.take());
        let mut refused_refresh = false;
        if let Some(refresh) = refresh {
            match tokens.refresh(&self.credentials, &refresh).await {
                Ok(grant) => return granted(grant, refresh),
                Err(Error::Token(e)) if e.error() == Some("invalid_grant") => {
                    // Dead everywhere. This replica's ticket, if it has one, may still serve.
                    refused_refresh = true;
                    if self.own_state().ticket.is_none() {
                        return Renewal::Failed {
                            error: Error::Token(e),
                            forget_refresh: true,
                        };
                    }
                }
                Err(error) => {
                    if !from_store {
                        self.own_state().refresh.get_or_insert(refresh);
                    }
                    return Renewal::Failed {
                        error,
                        forget_refresh: false,
                    };
                }
            }
        }
        let Some(ticket) = self.own_state().ticket.take() else {
            return Renewal::Failed {
                error: cannot_renew(),
                forget_refresh: false,
            };
        };
        let scopes = self.scopes.iter().flatten();
        match tokens
            .exchange_ticket(&self.credentials, &ticket, scopes)
            .await
        {
            Ok(grant) => {
                let (issued, refresh) = grant.into_parts();
                Renewal::Granted {
                    access: issued.access_token().clone(),
                    valid_for: issued.valid_for(),
                    refresh,
                }
            }
            Err(error) => {
                if matches!(&error, Error::Transport(e) if e.is_connect()) {
                    // Never reached the server: the ticket is still good.
                    self.own_state().ticket.get_or_insert(ticket);
                }
                Renewal::Failed {
                    error,
                    forget_refresh: refused_refresh,
                }
            }
        }
    }
}

/// Nothing to renew a customer's token with, here or in the store.
fn cannot_renew() -> Error {
    Error::Token(TokenError::new(
        TokenErrorKind::CannotRenew,
        "the store has no token or refresh token for this customer, and this replica no ticket",
    ))
}

/// A renewal's result; a token endpoint that issues no new refresh token leaves the old one
/// valid, so it is kept.
fn granted(grant: IdentityGrant, used: Secret) -> Renewal {
    let (issued, refresh) = grant.into_parts();
    Renewal::Granted {
        access: issued.access_token().clone(),
        valid_for: issued.valid_for(),
        refresh: Some(refresh.unwrap_or(used)),
    }
}

impl<C> TokenSource for RedisIdentitySource<C>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    type Identity = CustomerIdentity;

    async fn fetch(&self, tokens: &TokenEndpoint) -> Result<IssuedToken<CustomerIdentity>, Error> {
        let refused = self
            .refused
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let renew = |record: Record| self.renew(tokens, record.refresh);
        let able = |record: &Record| {
            let own = self.own_state();
            if record.refresh.is_some() || own.refresh.is_some() || own.ticket.is_some() {
                Ok(())
            } else {
                Err(cannot_renew())
            }
        };
        let keep = self.store.customer_expiry;
        match renew::token(&self.store, &self.slot, refused.as_ref(), keep, able, renew).await {
            Ok(obtained) => {
                if let Some(refresh) = obtained.unsaved_refresh {
                    // Not in the store: this replica renews with it next time.
                    self.own_state().refresh = Some(refresh);
                }
                Ok(IssuedToken::with_identity(
                    obtained.access.expose(),
                    obtained.valid_for,
                ))
            }
            Err(Failure::Token(error)) => Err(error),
            Err(Failure::Store(error)) => Err(error.into()),
        }
    }

    fn scopes(&self) -> Option<&[String]> {
        self.scopes.as_deref()
    }

    fn invalidate(&self, token: &AccessToken) {
        renew::invalidate(&self.store, &self.slot, &self.refused, token);
    }
}
