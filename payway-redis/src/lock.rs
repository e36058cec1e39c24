//! The renewal lock of one token: taken with `SET NX PX` under a random value, extended and
//! released only by a script that first checks the value, so only its holder can. A holder
//! that dies leaves it to expire.

use std::sync::LazyLock;
use std::time::Duration;

use redis::aio::ConnectionLike;
use redis::{Script, cmd};
use ring::rand::{SecureRandom, SystemRandom};

use crate::error::StoreError;
use crate::key::hex;
use crate::record::millis;
use crate::store::RedisTokenStore;

static EXTEND: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then \
           return redis.call('PEXPIRE', KEYS[1], ARGV[2]) \
         end \
         return 0",
    )
});

static RELEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then \
           return redis.call('DEL', KEYS[1]) \
         end \
         return 0",
    )
});

/// A lock this replica holds (or held: it may have expired since).
#[derive(Debug, Clone)]
pub(crate) struct Lock {
    pub(crate) key: String,
    /// Random, known only to the holder.
    pub(crate) value: String,
}

impl Lock {
    /// Takes the lock at `key` for `ttl`, if nobody holds it.
    pub(crate) async fn try_acquire<C>(
        store: &RedisTokenStore<C>,
        key: &str,
        ttl: Duration,
    ) -> Result<Option<Lock>, StoreError>
    where
        C: ConnectionLike + Clone + Send + Sync + 'static,
    {
        let value = random_value();
        let taken: Option<String> = store
            .query(
                cmd("SET")
                    .arg(key)
                    .arg(&value)
                    .arg("NX")
                    .arg("PX")
                    .arg(millis(ttl).max(1)),
            )
            .await?;
        Ok(taken.map(|_| Lock {
            key: key.to_string(),
            value,
        }))
    }

    /// Whether any replica holds the lock at `key`.
    pub(crate) async fn is_held<C>(
        store: &RedisTokenStore<C>,
        key: &str,
    ) -> Result<bool, StoreError>
    where
        C: ConnectionLike + Clone + Send + Sync + 'static,
    {
        let held: i64 = store.query(cmd("EXISTS").arg(key)).await?;
        Ok(held == 1)
    }

    /// Extends the lock to `ttl` from now; false if it is no longer this holder's.
    pub(crate) async fn extend<C>(
        &self,
        store: &RedisTokenStore<C>,
        ttl: Duration,
    ) -> Result<bool, StoreError>
    where
        C: ConnectionLike + Clone + Send + Sync + 'static,
    {
        let extended: i64 = store
            .invoke(
                EXTEND
                    .key(&self.key)
                    .arg(&self.value)
                    .arg(millis(ttl).max(1)),
            )
            .await?;
        Ok(extended == 1)
    }

    /// Releases the lock; false if it was no longer this holder's (it expired, and maybe
    /// another replica holds it now: that one is left alone).
    pub(crate) async fn release<C>(&self, store: &RedisTokenStore<C>) -> Result<bool, StoreError>
    where
        C: ConnectionLike + Clone + Send + Sync + 'static,
    {
        let released: i64 = store
            .invoke(RELEASE.key(&self.key).arg(&self.value))
            .await?;
        Ok(released == 1)
    }
}

/// 128 random bits, so no other holder can guess the value.
fn random_value() -> String {
    let mut bytes = [0u8; 16];
    // The system's random source does not fail on supported platforms; if it ever did, a
    // value from the clock and the process still tells holders apart.
    if SystemRandom::new().fill(&mut bytes).is_err() {
        let fallback = format!("{:?}{}", std::time::SystemTime::now(), std::process::id());
        return hex(fallback.as_bytes());
    }
    hex(&bytes)
}

#[cfg(test)]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn only_the_holder_extends_or_releases_and_an_expired_lock_can_be_taken() {
        let redis = support::RedisServer::start().await;
        let store = RedisTokenStore::new(redis.connection().await, "naming");
        let ttl = Duration::from_millis(300);
        let first = Lock::try_acquire(&store, "t:lock", ttl)
            .await
            .expect("redis")
            .expect("free");
        assert!(
            Lock::try_acquire(&store, "t:lock", ttl)
                .await
                .expect("redis")
                .is_none(),
            "a held lock is not taken twice"
        );
        assert!(first.extend(&store, ttl).await.expect("redis"));
        // The holder stops extending (it died): the lock expires and another replica takes it.
        tokio::time::sleep(ttl + Duration::from_millis(100)).await;
        let second = Lock::try_acquire(&store, "t:lock", Duration::from_secs(10))
            .await
            .expect("redis")
            .expect("expired, so free");
        // The first holder's release and extension come late: the second holder keeps its lock.
        assert!(!first.release(&store).await.expect("redis"));
        assert!(!first.extend(&store, ttl).await.expect("redis"));
        assert!(
            Lock::try_acquire(&store, "t:lock", ttl)
                .await
                .expect("redis")
                .is_none(),
            "the second holder's lock survives the first's release"
        );
        assert!(second.release(&store).await.expect("redis"));
        assert!(!second.release(&store).await.expect("redis"));
        assert!(
            Lock::try_acquire(&store, "t:lock", ttl)
                .await
                .expect("redis")
                .is_some()
        );
    }

    #[test]
    fn lock_values_differ() {
        assert_ne!(random_value(), random_value());
        assert_eq!(random_value().len(), 32);
    }
}
