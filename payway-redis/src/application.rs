//! Application tokens (`grant_type=none`) shared by every replica.

use std::fmt;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use payway_client::{
    AccessToken, Credentials, Error, IssuedToken, NoIdentity, TokenEndpoint, TokenSource,
};
use redis::aio::ConnectionLike;

use crate::key::{Owner, Slot, slot};
use crate::record::Record;
use crate::renew::{self, Failure, Renewal};
use crate::store::RedisTokenStore;

/// Application tokens shared through Redis: one token for every replica with the same client
/// id and scopes, renewed by one replica at a time. Use it through
/// [`SourcedAuth`](payway_client::SourcedAuth), which keeps it in memory between reads.
///
/// If the store fails before a renewal, this replica fetches a token of its own (logged as a
/// warning): an outage of Redis costs token requests, not calls.
pub struct RedisApplicationSource<C> {
    store: RedisTokenStore<C>,
    credentials: Credentials,
    scopes: Vec<String>,
    slot: Slot,
    refused: Mutex<Option<AccessToken>>,
}

impl<C> fmt::Debug for RedisApplicationSource<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisApplicationSource")
            .field("store", &self.store)
            .field("credentials", &self.credentials)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl<C> RedisApplicationSource<C>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    /// Application tokens for `credentials` with `scopes` (e.g. `[scopes::KLARNA_PAYMENTS_W]`),
    /// shared through `store`.
    pub fn new<S: AsRef<str>>(
        store: &RedisTokenStore<C>,
        credentials: Credentials,
        scopes: impl IntoIterator<Item = S>,
    ) -> Self {
        let scopes: Vec<String> = scopes.into_iter().map(|s| s.as_ref().to_string()).collect();
        let slot = slot(
            &store.prefix,
            &store.naming,
            &Owner::Application {
                client_id: credentials.client_id(),
                scopes: &scopes,
            },
        );
        RedisApplicationSource {
            store: store.clone(),
            credentials,
            scopes,
            slot,
            refused: Mutex::default(),
        }
    }

    /// The Redis key of the shared token (a hash); its renewal lock is this key with `:lock`
    /// appended. The name reveals neither the client nor the scopes.
    pub fn key(&self) -> &str {
        &self.slot.record
    }
}

impl<C> TokenSource for RedisApplicationSource<C>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    type Identity = NoIdentity;

    async fn fetch(&self, tokens: &TokenEndpoint) -> Result<IssuedToken<NoIdentity>, Error> {
        let refused = self
            .refused
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let renew = |_record| async {
            match tokens.application(&self.credentials, &self.scopes).await {
                Ok(issued) => Renewal::Granted {
                    access: issued.access_token().clone(),
                    valid_for: issued.valid_for(),
                    refresh: None,
                },
                Err(error) => Renewal::Failed {
                    error,
                    forget_refresh: false,
                },
            }
        };
        let able = |_: &Record| Ok(());
        let keep = Duration::ZERO;
        match renew::token(&self.store, &self.slot, refused.as_ref(), keep, able, renew).await {
            Ok(obtained) => Ok(IssuedToken::application(
                obtained.access.expose(),
                obtained.valid_for,
            )),
            Err(Failure::Token(error)) => Err(error),
            Err(Failure::Store(error)) => {
                tracing::warn!(%error, "token store unavailable: fetching a token for this replica alone");
                tokens.application(&self.credentials, &self.scopes).await
            }
        }
    }

    fn scopes(&self) -> Option<&[String]> {
        Some(&self.scopes)
    }

    fn invalidate(&self, token: &AccessToken) {
        renew::invalidate(&self.store, &self.slot, &self.refused, token);
    }
}
