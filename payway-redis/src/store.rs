//! The store: a Redis connection, the secret key names are made with, and the timing of locks,
//! waits and commands. Every command goes through here, bounded by the command timeout.

use std::fmt;
use std::time::Duration;

use payway_client::Secret;
use redis::aio::ConnectionLike;
use redis::{Cmd, FromRedisValue, ScriptInvocation};
use ring::hmac;

use crate::error::StoreError;

/// How long a renewal lock lasts unless its holder extends it: the longest a replica that died
/// while renewing keeps the others waiting.
pub const DEFAULT_LOCK_TTL: Duration = Duration::from_secs(5);
/// How often a replica waiting for another's renewal looks again.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(25);
/// How long a replica waits for other replicas' renewals before giving up (a call of the
/// client gives up at its own timeout, whichever comes first).
pub const DEFAULT_WAIT_TIMEOUT: Duration = payway_client::DEFAULT_TIMEOUT;
/// How long one Redis command may take.
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(2);
/// How long a customer's record (and so their refresh token) is kept after its last renewal.
pub const DEFAULT_CUSTOMER_EXPIRY: Duration = Duration::from_secs(30 * 24 * 3600);
/// The default prefix of every key.
pub const DEFAULT_PREFIX: &str = "payway:token:";

/// Shared tokens in Redis: make token sources from it with
/// [`RedisApplicationSource::new`](crate::RedisApplicationSource::new) and
/// [`RedisIdentitySource::new`](crate::RedisIdentitySource::new). Cheap to clone when the
/// connection is (a `MultiplexedConnection` or a `ConnectionManager`).
///
/// Every replica must use the same naming secret, prefix and Redis. Tokens are stored as they
/// are: protect the Redis like a secret store (no public access, ACLs, TLS on other networks).
#[derive(Clone)]
pub struct RedisTokenStore<C> {
    pub(crate) connection: C,
    pub(crate) naming: hmac::Key,
    pub(crate) prefix: String,
    pub(crate) lock_ttl: Duration,
    pub(crate) poll_interval: Duration,
    pub(crate) wait_timeout: Duration,
    pub(crate) command_timeout: Duration,
    pub(crate) customer_expiry: Duration,
}

impl<C> fmt::Debug for RedisTokenStore<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisTokenStore")
            .field("connection", &std::any::type_name::<C>())
            .field("prefix", &self.prefix)
            .field("lock_ttl", &self.lock_ttl)
            .field("poll_interval", &self.poll_interval)
            .field("wait_timeout", &self.wait_timeout)
            .field("command_timeout", &self.command_timeout)
            .field("customer_expiry", &self.customer_expiry)
            .finish_non_exhaustive()
    }
}

/// The shortest lock and poll interval taken: Redis expiries are in whole milliseconds.
const SHORTEST: Duration = Duration::from_millis(1);

impl<C> RedisTokenStore<C>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    /// A store on `connection`. Key names are an HMAC-SHA256 under `naming_secret` of what a
    /// token belongs to (client id and scopes, or the customer): a secret every replica has
    /// and Redis does not (not the client secret itself; any long random value).
    pub fn new(connection: C, naming_secret: impl Into<Secret>) -> Self {
        let naming_secret = naming_secret.into();
        RedisTokenStore {
            connection,
            naming: hmac::Key::new(hmac::HMAC_SHA256, naming_secret.expose().as_bytes()),
            prefix: DEFAULT_PREFIX.to_string(),
            lock_ttl: DEFAULT_LOCK_TTL,
            poll_interval: DEFAULT_POLL_INTERVAL,
            wait_timeout: DEFAULT_WAIT_TIMEOUT,
            command_timeout: DEFAULT_COMMAND_TIMEOUT,
            customer_expiry: DEFAULT_CUSTOMER_EXPIRY,
        }
    }

    /// The prefix of every key (default [`DEFAULT_PREFIX`]).
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// How long a renewal lock lasts (default [`DEFAULT_LOCK_TTL`], at least 1 ms). A live
    /// holder extends it every third of this while its token request runs, so it bounds only
    /// how long a holder that died keeps the others waiting.
    pub fn lock_ttl(mut self, ttl: Duration) -> Self {
        self.lock_ttl = ttl.max(SHORTEST);
        self
    }

    /// How often a waiting replica looks for the renewed token (default
    /// [`DEFAULT_POLL_INTERVAL`], at least 1 ms).
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.poll_interval = interval.max(SHORTEST);
        self
    }

    /// How long a replica waits for other replicas' renewals (default [`DEFAULT_WAIT_TIMEOUT`]).
    pub fn wait_timeout(mut self, timeout: Duration) -> Self {
        self.wait_timeout = timeout;
        self
    }

    /// How long one Redis command may take (default [`DEFAULT_COMMAND_TIMEOUT`]).
    pub fn command_timeout(mut self, timeout: Duration) -> Self {
        self.command_timeout = timeout;
        self
    }

    /// How long a customer's record, with its refresh token, is kept after its last renewal
    /// (default [`DEFAULT_CUSTOMER_EXPIRY`]). Application records last as long as their token.
    pub fn customer_expiry(mut self, expiry: Duration) -> Self {
        self.customer_expiry = expiry;
        self
    }

    /// Runs `command`.
    pub(crate) async fn query<T: FromRedisValue>(&self, command: &Cmd) -> Result<T, StoreError> {
        let mut connection = self.connection.clone();
        tokio::time::timeout(self.command_timeout, command.query_async(&mut connection))
            .await
            .map_err(|_| StoreError::Timeout(self.command_timeout))?
            .map_err(StoreError::from)
    }

    /// Runs a script.
    pub(crate) async fn invoke<T: FromRedisValue>(
        &self,
        script: &ScriptInvocation<'_>,
    ) -> Result<T, StoreError> {
        let mut connection = self.connection.clone();
        tokio::time::timeout(self.command_timeout, script.invoke_async(&mut connection))
            .await
            .map_err(|_| StoreError::Timeout(self.command_timeout))?
            .map_err(StoreError::from)
    }
}
