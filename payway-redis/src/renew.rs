//! Getting a shared token, the same for every kind: a fresh one from the record; else the lock
//! and a renewal (the holder extends its lock while it waits on the token endpoint, then
//! writes the new record and releases the lock in one script); else, while another replica
//! holds the lock, a look at the record every poll interval until it is renewed or the lock is
//! free (a holder that died leaves it to expire), bounded by the wait timeout.

use std::future::Future;
use std::sync::{LazyLock, Mutex, PoisonError};
use std::time::{Duration, Instant};

use payway_client::{AccessToken, Error, Secret, TimeoutError};
use redis::aio::ConnectionLike;
use redis::{Script, cmd};

use crate::error::StoreError;
use crate::key::Slot;
use crate::lock::Lock;
use crate::record::{NewRecord, Record, millis, now_ms};
use crate::store::RedisTokenStore;

/// Writes a record if its generation is still the one the renewal started from (a holder whose
/// lock expired meanwhile cannot overwrite a newer record), and releases the holder's lock.
/// KEYS: record, lock. ARGV: expected generation, lock value, record expiry (ms), then field
/// and value pairs. Returns 1 if written.
static WRITE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "local generation = tonumber(redis.call('HGET', KEYS[1], 'generation')) or 0 \
         local written = 0 \
         if generation == tonumber(ARGV[1]) then \
           redis.call('DEL', KEYS[1]) \
           redis.call('HSET', KEYS[1], 'generation', generation + 1, unpack(ARGV, 4)) \
           redis.call('PEXPIRE', KEYS[1], ARGV[3]) \
           written = 1 \
         end \
         if redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end \
         return written",
    )
});

/// Marks a record stale if it holds the refused token, so no replica hands it out again; its
/// refresh token stays. KEYS: record. ARGV: the refused token.
static STALE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('HGET', KEYS[1], 'access') == ARGV[1] then \
           return redis.call('HSET', KEYS[1], 'renew_at', 0) \
         end \
         return 0",
    )
});

/// What the lock holder's renewal came to.
pub(crate) enum Renewal {
    /// A new token and the refresh token to keep with it.
    Granted {
        access: AccessToken,
        valid_for: Duration,
        refresh: Option<Secret>,
    },
    /// No token. `forget_refresh`: the stored refresh token was refused, so it is removed.
    Failed { error: Error, forget_refresh: bool },
}

/// A shared token, as [`token`] got it.
pub(crate) struct Obtained {
    pub(crate) access: AccessToken,
    pub(crate) valid_for: Duration,
    /// A refresh token this replica got but could not store: it keeps it for its next renewal.
    pub(crate) unsaved_refresh: Option<Secret>,
}

/// Why [`token`] got none.
pub(crate) enum Failure {
    /// The store failed before a renewal was done.
    Store(StoreError),
    /// The renewal failed, or the wait ran out.
    Token(Error),
}

/// A fresh token of `slot`: see the module's description. `renew` runs only in the lock's
/// holder, with the record as it was under the lock. `able` says whether this replica has
/// anything to renew with, given the record: if not, it does not take the lock; it waits while
/// another replica holds it, and otherwise fails at once with `able`'s error. A written record
/// is kept as long as its token, and at least `keep` (a customer's refresh token outlives
/// their access token).
pub(crate) async fn token<C, A, F, Fut>(
    store: &RedisTokenStore<C>,
    slot: &Slot,
    refused: Option<&AccessToken>,
    keep: Duration,
    able: A,
    renew: F,
) -> Result<Obtained, Failure>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
    A: Fn(&Record) -> Result<(), Error>,
    F: FnOnce(Record) -> Fut,
    Fut: Future<Output = Renewal>,
{
    let deadline = Instant::now() + store.wait_timeout;
    let mut waited = false;
    loop {
        let record = read(store, slot).await.map_err(Failure::Store)?;
        if let Some((access, valid_for)) = record.fresh(now_ms(), refused) {
            if waited {
                tracing::debug!("token renewed by another replica");
            }
            return Ok(Obtained {
                access,
                valid_for,
                unsaved_refresh: None,
            });
        }
        match able(&record) {
            Ok(()) => {
                if let Some(lock) = Lock::try_acquire(store, &slot.lock, store.lock_ttl)
                    .await
                    .map_err(Failure::Store)?
                {
                    return renew_holding(store, slot, lock, refused, keep, renew).await;
                }
            }
            Err(unable) => {
                if !Lock::is_held(store, &slot.lock)
                    .await
                    .map_err(Failure::Store)?
                {
                    // Nobody renewing: unless a holder wrote and released just now, fail.
                    let record = read(store, slot).await.map_err(Failure::Store)?;
                    return match record.fresh(now_ms(), refused) {
                        Some((access, valid_for)) => Ok(Obtained {
                            access,
                            valid_for,
                            unsaved_refresh: None,
                        }),
                        None => Err(Failure::Token(unable)),
                    };
                }
            }
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Failure::Token(Error::Timeout(TimeoutError::new(
                "token",
                store.wait_timeout,
            ))));
        }
        if !waited {
            tracing::debug!("waiting for another replica's token renewal");
            waited = true;
        }
        tokio::time::sleep(store.poll_interval.min(deadline - now)).await;
    }
}

/// The holder's part: look again under the lock, renew, write and release.
async fn renew_holding<C, F, Fut>(
    store: &RedisTokenStore<C>,
    slot: &Slot,
    lock: Lock,
    refused: Option<&AccessToken>,
    keep: Duration,
    renew: F,
) -> Result<Obtained, Failure>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
    F: FnOnce(Record) -> Fut,
    Fut: Future<Output = Renewal>,
{
    let record = match read(store, slot).await {
        Ok(record) => record,
        Err(error) => {
            release(store, &lock).await;
            return Err(Failure::Store(error));
        }
    };
    // Renewed between our look and the lock.
    if let Some((access, valid_for)) = record.fresh(now_ms(), refused) {
        release(store, &lock).await;
        return Ok(Obtained {
            access,
            valid_for,
            unsaved_refresh: None,
        });
    }
    let generation = record.generation;
    let renewal = {
        let _heartbeat = Heartbeat::start(store.clone(), lock.clone());
        renew(record).await
    };
    match renewal {
        Renewal::Granted {
            access,
            valid_for,
            refresh,
        } => {
            let new = NewRecord {
                access: Some((access.clone(), valid_for)),
                refresh,
            };
            let kept = valid_for.max(keep);
            let unsaved_refresh = match write(store, slot, &lock, generation, &new, kept).await {
                Ok(true) => None,
                Ok(false) => {
                    // Our lock expired and another replica renewed meanwhile: its record stays.
                    tracing::warn!("the renewed token was not stored: the lock had expired");
                    None
                }
                Err(error) => {
                    tracing::warn!(%error, "the renewed token was not stored");
                    new.refresh
                }
            };
            Ok(Obtained {
                access,
                valid_for,
                unsaved_refresh,
            })
        }
        Renewal::Failed {
            error,
            forget_refresh,
        } => {
            if forget_refresh {
                let empty = NewRecord {
                    access: None,
                    refresh: None,
                };
                if let Err(store_error) = write(store, slot, &lock, generation, &empty, keep).await
                {
                    tracing::warn!(error = %store_error, "the refused refresh token was not removed");
                }
            } else {
                release(store, &lock).await;
            }
            Err(Failure::Token(error))
        }
    }
}

/// Marks the record stale if it still holds `refused`.
async fn mark_stale<C>(
    store: &RedisTokenStore<C>,
    slot: &Slot,
    refused: &AccessToken,
) -> Result<(), StoreError>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    let _: i64 = store
        .invoke(STALE.key(&slot.record).arg(refused.expose()))
        .await?;
    Ok(())
}

async fn read<C>(store: &RedisTokenStore<C>, slot: &Slot) -> Result<Record, StoreError>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    let fields = store.query(cmd("HGETALL").arg(&slot.record)).await?;
    Ok(Record::from_fields(fields))
}

async fn write<C>(
    store: &RedisTokenStore<C>,
    slot: &Slot,
    lock: &Lock,
    generation: u64,
    new: &NewRecord,
    keep: Duration,
) -> Result<bool, StoreError>
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    let mut invocation = WRITE.key(&slot.record);
    invocation
        .key(&slot.lock)
        .arg(generation)
        .arg(&lock.value)
        .arg(millis(keep).max(1));
    for (name, value) in new.fields(now_ms()) {
        invocation.arg(name).arg(value);
    }
    let written: i64 = store.invoke(&invocation).await?;
    Ok(written == 1)
}

/// Releases the lock; a failure only means the others wait for its expiry.
async fn release<C>(store: &RedisTokenStore<C>, lock: &Lock)
where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    if let Err(error) = lock.release(store).await {
        tracing::warn!(%error, "the renewal lock was not released; it expires on its own");
    }
}

/// Extends the holder's lock every third of its lifetime while the renewal runs; stops when
/// dropped (the renewal ended, or the holder's task was cancelled).
struct Heartbeat(tokio::task::JoinHandle<()>);

impl Heartbeat {
    fn start<C>(store: RedisTokenStore<C>, lock: Lock) -> Heartbeat
    where
        C: ConnectionLike + Clone + Send + Sync + 'static,
    {
        Heartbeat(tokio::spawn(async move {
            let every = store.lock_ttl / 3;
            loop {
                tokio::time::sleep(every).await;
                match lock.extend(&store, store.lock_ttl).await {
                    Ok(true) => {}
                    Ok(false) => {
                        tracing::warn!("the renewal lock expired while renewing");
                        return;
                    }
                    Err(error) => tracing::warn!(%error, "the renewal lock was not extended"),
                }
            }
        }))
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Remembers `token` as refused here at once, and marks it stale in the store in a task of its
/// own (this is called outside any future; without a runtime, the record's own expiry and the
/// memory of this replica do).
pub(crate) fn invalidate<C>(
    store: &RedisTokenStore<C>,
    slot: &Slot,
    refused: &Mutex<Option<AccessToken>>,
    token: &AccessToken,
) where
    C: ConnectionLike + Clone + Send + Sync + 'static,
{
    *refused.lock().unwrap_or_else(PoisonError::into_inner) = Some(token.clone());
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let (store, slot, token) = (store.clone(), slot.clone(), token.clone());
        runtime.spawn(async move {
            if let Err(error) = mark_stale(&store, &slot, &token).await {
                tracing::warn!(%error, "a refused token was not marked stale in the store");
            }
        });
    }
}
