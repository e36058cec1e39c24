//! Payway access tokens shared by every replica of a backend through Redis.
//!
//! Each replica has its own [`SourcedAuth`](payway_client::SourcedAuth) (an in-process cache:
//! a fresh token is read from memory, one fetch in flight); what it fetches comes from Redis:
//!
//! - one application token per client id and scope set ([`RedisApplicationSource`]), and one
//!   token per customer ([`RedisIdentitySource`]), under keys that are an HMAC of what they
//!   belong to, so that they reveal no customer, client or secret;
//! - at most one replica renews a given token at a time: it holds a lock (`SET NX PX` with a
//!   random value) that it extends while its token request runs, and that only it can release
//!   (a compare-and-delete script). A replica that dies while renewing holds the others up no
//!   longer than the lock's expiry ([`RedisTokenStore::lock_ttl`]). The others look for the
//!   renewed token every [`poll_interval`](RedisTokenStore::poll_interval), for at most
//!   [`wait_timeout`](RedisTokenStore::wait_timeout) (and a call of the client no longer than
//!   its own timeout);
//! - a customer's refresh token is stored with their access token in one write, by the lock's
//!   holder, and only if no newer record was written meanwhile: a refresh token is used once.
//!
//! ```no_run
//! use payway_client::{Client, Credentials, Environment, SourcedAuth, scopes};
//! use payway_redis::{RedisApplicationSource, RedisIdentitySource, RedisTokenStore};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let redis = redis::Client::open("redis://127.0.0.1/")?;
//! let store = RedisTokenStore::new(
//!     redis.get_multiplexed_async_connection().await?,
//!     std::env::var("PAYWAY_TOKEN_NAMING_SECRET")?,
//! );
//! let credentials = Credentials::new("client-id", "client-secret");
//!
//! // Application tokens, one for every replica.
//! let app = Client::new(Environment::Stage)?.with_auth(SourcedAuth::new(
//!     RedisApplicationSource::new(&store, credentials.clone(), [scopes::KLARNA_PAYMENTS_W]),
//! ));
//!
//! // A customer who just signed in on this replica: their ticket is exchanged once, and every
//! // replica serving them from now on shares the token and its refresh token.
//! let customer = Client::new(Environment::Stage)?.with_auth(SourcedAuth::new(
//!     RedisIdentitySource::new(&store, credentials.clone(), "account-4711")
//!         .with_ticket("ticket from the sign-in", [scopes::KLARNA_PAYMENTS_W]),
//! ));
//! // Another replica, later, knowing only who the customer is.
//! let same_customer = Client::new(Environment::Stage)?.with_auth(SourcedAuth::new(
//!     RedisIdentitySource::new(&store, credentials, "account-4711")
//!         .with_scopes([scopes::KLARNA_PAYMENTS_W]),
//! ));
//! # let _ = (app, customer, same_customer);
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod application;
mod error;
mod identity;
mod key;
mod lock;
mod record;
mod renew;
mod store;

pub use application::RedisApplicationSource;
pub use error::{STORE_ENDPOINT, StoreError};
pub use identity::RedisIdentitySource;
/// The `redis` crate this one is built on, for making connections of the same version.
pub use redis;
pub use store::{
    DEFAULT_COMMAND_TIMEOUT, DEFAULT_CUSTOMER_EXPIRY, DEFAULT_LOCK_TTL, DEFAULT_POLL_INTERVAL,
    DEFAULT_PREFIX, DEFAULT_WAIT_TIMEOUT, RedisTokenStore,
};
