//! Replicas sharing tokens through a real `redis-server` (started by the test on a free
//! loopback port), against the sandbox's token endpoint, which counts token requests and
//! accepts a refresh token once.

mod support;

use std::time::{Duration, Instant};

use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::{
    Client, ClientConfig, Credentials, Environment, Error, IdentityAuth, SourcedAuth, TOKEN_PATH,
    scopes,
};
use payway_redis::{RedisApplicationSource, RedisIdentitySource, RedisTokenStore, STORE_ENDPOINT};
use payway_sandbox::Sandbox;
use redis::aio::MultiplexedConnection;
use support::RedisServer;

const NAMING: &str = "a naming secret every replica shares";
const CALLS: usize = 256;

fn credentials(sandbox: &Sandbox) -> Credentials {
    Credentials::new(sandbox.client_id(), sandbox.client_secret())
}

fn client_of(base_url: &str) -> Client {
    Client::with_config(
        Environment::custom(base_url).expect("base URL"),
        ClientConfig::default(),
    )
    .expect("client")
}

/// One replica's application client: its own Redis connection and in-process cache.
async fn app_replica(
    redis: &RedisServer,
    sandbox: &Sandbox,
) -> Client<SourcedAuth<RedisApplicationSource<MultiplexedConnection>>> {
    let store = RedisTokenStore::new(redis.connection().await, NAMING);
    client_of(sandbox.base_url()).with_auth(SourcedAuth::new(RedisApplicationSource::new(
        &store,
        credentials(sandbox),
        [scopes::KLARNA_PAYMENTS_R],
    )))
}

/// One call of `payment_periods`, which must succeed.
async fn list_periods<A: payway_client::Auth>(client: &Client<A>) {
    client
        .klarna_payments()
        .v1()
        .payment_periods()
        .code("adeprimo_digital")
        .send()
        .await
        .expect("the call succeeds");
}

/// 256 concurrent calls of `payment_periods`, alternating between the clients; every one must
/// succeed.
async fn list_periods_concurrently<A: payway_client::Auth>(clients: &[Client<A>])
where
    Client<A>: Clone,
{
    let calls: Vec<_> = (0..CALLS)
        .map(|i| {
            let client = clients[i % clients.len()].clone();
            tokio::spawn(async move {
                client
                    .klarna_payments()
                    .v1()
                    .payment_periods()
                    .code("adeprimo_digital")
                    .send()
                    .await
            })
        })
        .collect();
    for call in calls {
        call.await.expect("no panic").expect("the call succeeds");
    }
}

/// 256 concurrent `create_session` calls (an identity endpoint), alternating between clients.
async fn create_sessions_concurrently<A>(clients: &[Client<A>])
where
    A: payway_client::Auth,
    A::Identity: payway_client::HasCustomerIdentity,
    Client<A>: Clone,
{
    let calls: Vec<_> = (0..CALLS)
        .map(|i| {
            let client = clients[i % clients.len()].clone();
            tokio::spawn(async move {
                client
                    .klarna_payments()
                    .v1()
                    .create_session()
                    .code("adeprimo_digital")
                    .period_type(PeriodType::Recurring)
                    .period_id("5f0d9ea795cfebfb8544ab12")
                    .confirmation_url("https://example.com/confirmation")
                    .send()
                    .await
            })
        })
        .collect();
    for call in calls {
        call.await.expect("no panic").expect("the call succeeds");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_replicas_and_256_concurrent_calls_make_one_application_token_request() {
    let redis = RedisServer::start().await;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let replicas = [
        app_replica(&redis, &sandbox).await,
        app_replica(&redis, &sandbox).await,
    ];
    list_periods_concurrently(&replicas).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    // A third replica, started later, reads the stored token.
    list_periods_concurrently(&[app_replica(&redis, &sandbox).await]).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_customer_token_is_shared_and_its_refresh_token_used_once() {
    let redis = RedisServer::start().await;
    // Tokens valid 10 s: replicas hand them out for 5 s, then renew with the refresh token.
    let sandbox = Sandbox::builder()
        .token_lifetime(Duration::from_secs(10))
        .spawn()
        .await
        .expect("sandbox");
    let ticket = sandbox.issue_ticket("anna@example.com").expect("ticket");
    let customer = |store: &RedisTokenStore<MultiplexedConnection>| {
        RedisIdentitySource::new(store, credentials(&sandbox), "account-4711")
    };
    let store_a = RedisTokenStore::new(redis.connection().await, NAMING);
    let store_b = RedisTokenStore::new(redis.connection().await, NAMING);
    // The replica where the customer signed in has the ticket; the other only knows who it is.
    let signed_in = customer(&store_a).with_ticket(ticket, [scopes::KLARNA_PAYMENTS_W]);
    let key = signed_in.key().to_string();
    let other = customer(&store_b).with_scopes([scopes::KLARNA_PAYMENTS_W]);
    let replicas = [
        client_of(sandbox.base_url()).with_auth(SourcedAuth::new(signed_in)),
        client_of(sandbox.base_url()).with_auth(SourcedAuth::new(other)),
    ];
    let started = Instant::now();
    // The customer's first calls, where they signed in, exchange the ticket; then both
    // replicas at once.
    create_sessions_concurrently(&replicas[..1]).await;
    create_sessions_concurrently(&replicas).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1, "one ticket exchange");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the first round must end before the token is renewed (took {:?})",
        started.elapsed()
    );
    let mut redis_connection = redis.connection().await;
    let stored_refresh = |connection: &mut MultiplexedConnection| {
        let mut connection = connection.clone();
        let key = key.clone();
        async move {
            redis::cmd("HGET")
                .arg(&key)
                .arg("refresh")
                .query_async::<Option<String>>(&mut connection)
                .await
                .expect("redis")
                .expect("a refresh token is stored")
        }
    };
    let first_refresh = stored_refresh(&mut redis_connection).await;

    // Past the hand-out time: one replica renews with the refresh token, the other waits.
    tokio::time::sleep(Duration::from_millis(5300).saturating_sub(started.elapsed())).await;
    create_sessions_concurrently(&replicas).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 2, "one renewal");
    let second_refresh = stored_refresh(&mut redis_connection).await;
    assert_ne!(
        first_refresh, second_refresh,
        "the new refresh token is stored with the new access token"
    );

    // The first refresh token was used: the token endpoint refuses it now.
    let reused = client_of(sandbox.base_url()).with_auth(IdentityAuth::from_refresh_token(
        credentials(&sandbox),
        first_refresh,
    ));
    let refused = reused
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://example.com/confirmation")
        .send()
        .await
        .expect_err("a used refresh token is refused");
    assert!(
        matches!(&refused, Error::Token(e) if e.error() == Some("invalid_grant")),
        "{refused:?}"
    );
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lock_never_released_holds_the_others_up_only_until_it_expires() {
    let redis = RedisServer::start().await;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let lock_ttl = Duration::from_millis(1500);
    let store = RedisTokenStore::new(redis.connection().await, NAMING).lock_ttl(lock_ttl);
    let source =
        RedisApplicationSource::new(&store, credentials(&sandbox), [scopes::KLARNA_PAYMENTS_R]);
    // A replica took the lock and died before renewing.
    let mut connection = redis.connection().await;
    let locked = Instant::now();
    let _: () = redis::cmd("SET")
        .arg(format!("{}:lock", source.key()))
        .arg("a replica that died")
        .arg("PX")
        .arg(lock_ttl.as_millis() as u64)
        .query_async(&mut connection)
        .await
        .expect("redis");
    let client = client_of(sandbox.base_url()).with_auth(SourcedAuth::new(source));
    list_periods(&client).await;
    let waited = locked.elapsed();
    assert!(waited >= lock_ttl, "waited for the lock: {waited:?}");
    assert!(
        waited < lock_ttl + Duration::from_millis(1500),
        "no longer than its expiry: {waited:?}"
    );
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_that_dies_while_renewing_holds_the_others_up_at_most_the_lock_ttl() {
    let redis = RedisServer::start().await;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let lock_ttl = Duration::from_millis(1500);
    let url = redis.url();
    let client_id = sandbox.client_id().to_string();
    let client_secret = sandbox.client_secret().to_string();
    // The dying replica: its own runtime, a token endpoint that never answers; it takes the
    // lock, keeps extending it while it waits, and its runtime is then shut down mid-request.
    let dying = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let base = format!("http://{}", silent.local_addr().expect("address"));
            let connection = redis::Client::open(url)
                .expect("url")
                .get_multiplexed_async_connection()
                .await
                .expect("redis");
            let store = RedisTokenStore::new(connection, NAMING).lock_ttl(lock_ttl);
            let source = RedisApplicationSource::new(
                &store,
                Credentials::new(client_id, client_secret),
                [scopes::KLARNA_PAYMENTS_R],
            );
            let client = client_of(&base).with_auth(SourcedAuth::new(source));
            tokio::spawn(async move {
                let _ = client
                    .klarna_payments()
                    .v1()
                    .payment_periods()
                    .code("adeprimo_digital")
                    .send()
                    .await;
            });
            // Holding the token request open; outlive a few extensions of the lock.
            let (_held, _) = silent.accept().await.expect("the token request");
            tokio::time::sleep(lock_ttl * 2).await;
            // Returning drops `_held`; the runtime, dropped below, ends every task.
        });
        drop(runtime);
    });
    dying.join().expect("the dying replica");

    let store = RedisTokenStore::new(redis.connection().await, NAMING).lock_ttl(lock_ttl);
    let source =
        RedisApplicationSource::new(&store, credentials(&sandbox), [scopes::KLARNA_PAYMENTS_R]);
    let mut connection = redis.connection().await;
    // The lock expires `left` ms after the server read it, so no sooner than that after this.
    let started = Instant::now();
    let left: i64 = redis::cmd("PTTL")
        .arg(format!("{}:lock", source.key()))
        .query_async(&mut connection)
        .await
        .expect("redis");
    assert!(
        left > 0,
        "the dead replica's lock is still there (PTTL {left})"
    );
    let client = client_of(sandbox.base_url()).with_auth(SourcedAuth::new(source));
    list_periods(&client).await;
    let waited = started.elapsed();
    assert!(
        waited < lock_ttl + Duration::from_millis(1500),
        "{waited:?}"
    );
    assert!(
        waited >= Duration::from_millis(left as u64),
        "waited for the lock to expire ({left} ms left): {waited:?}"
    );
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_redis_is_gone_application_tokens_are_fetched_alone_and_customer_tokens_fail_typed() {
    let mut redis = Some(RedisServer::start().await);
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let connection = redis.as_ref().expect("running").connection().await;
    let store =
        RedisTokenStore::new(connection, NAMING).command_timeout(Duration::from_millis(500));
    let app = client_of(sandbox.base_url()).with_auth(SourcedAuth::new(
        RedisApplicationSource::new(&store, credentials(&sandbox), [scopes::KLARNA_PAYMENTS_R]),
    ));
    let customer = client_of(sandbox.base_url()).with_auth(SourcedAuth::new(
        RedisIdentitySource::new(&store, credentials(&sandbox), "account-4711").with_ticket(
            sandbox.issue_ticket("anna@example.com").expect("ticket"),
            [scopes::KLARNA_PAYMENTS_W],
        ),
    ));
    drop(redis.take());

    list_periods_concurrently(std::slice::from_ref(&app)).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    let failed = customer
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://example.com/confirmation")
        .send()
        .await
        .expect_err("no customer token without the store");
    match &failed {
        Error::Transport(e) => assert_eq!(e.endpoint(), STORE_ENDPOINT),
        other => panic!("expected a token store failure, got {other:?}"),
    }
    let shown = format!("{failed} {failed:?}");
    assert!(
        !shown.contains("4711") && !shown.contains("anna"),
        "{shown}"
    );
    assert_eq!(
        sandbox.request_count(TOKEN_PATH),
        1,
        "the ticket was not spent"
    );
    sandbox.shutdown().await;
}

#[tokio::test]
async fn debug_shows_no_secret_and_no_customer() {
    let redis = RedisServer::start().await;
    let store = RedisTokenStore::new(redis.connection().await, "naming-secret-value");
    let customer = RedisIdentitySource::new(
        &store,
        Credentials::new("client", "client-secret-value"),
        "anna@example.com",
    )
    .with_ticket("ticket-value", [scopes::KLARNA_PAYMENTS_W])
    .with_refresh_token("refresh-value");
    let app = RedisApplicationSource::new(
        &store,
        Credentials::new("client", "client-secret-value"),
        [scopes::KLARNA_PAYMENTS_R],
    );
    let shown = format!("{store:?} {customer:?} {app:?}");
    let shown = format!("{shown} {:?}", SourcedAuth::new(customer));
    for hidden in [
        "naming-secret",
        "client-secret",
        "anna",
        "ticket-value",
        "refresh-value",
    ] {
        assert!(!shown.contains(hidden), "{hidden} in {shown}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_is_renewed_once_for_every_replica() {
    use payway_client::{AccessToken, Auth};

    let redis = RedisServer::start().await;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let auth = |store: &RedisTokenStore<MultiplexedConnection>| {
        SourcedAuth::new(RedisApplicationSource::new(
            store,
            credentials(&sandbox),
            [scopes::KLARNA_PAYMENTS_R],
        ))
    };
    let auth_a = auth(&RedisTokenStore::new(redis.connection().await, NAMING));
    let auth_b = auth(&RedisTokenStore::new(redis.connection().await, NAMING));
    let key = auth_a.source().key().to_string();
    let a = client_of(sandbox.base_url()).with_auth(auth_a.clone());
    let b = client_of(sandbox.base_url()).with_auth(auth_b.clone());
    list_periods_concurrently(&[a.clone(), b.clone()]).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 1);
    let stored_access = || async {
        redis::cmd("HGET")
            .arg(&key)
            .arg("access")
            .query_async::<Option<String>>(&mut redis.connection().await)
            .await
            .expect("redis")
            .expect("a stored token")
    };
    let first = stored_access().await;

    // The API refuses the token (a 401): the replica that saw it renews, once, for everybody;
    // the other, refused the same token, takes the renewed one.
    assert!(auth_a.invalidate(&AccessToken::new(first.clone())));
    list_periods_concurrently(std::slice::from_ref(&a)).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 2);
    let second = stored_access().await;
    assert_ne!(first, second);
    assert!(auth_b.invalidate(&AccessToken::new(first)));
    list_periods_concurrently(&[a, b]).await;
    assert_eq!(sandbox.request_count(TOKEN_PATH), 2);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_customer_nobody_has_a_token_for_fails_at_once() {
    let redis = RedisServer::start().await;
    let sandbox = payway_sandbox::spawn().await.expect("sandbox");
    let store = RedisTokenStore::new(redis.connection().await, NAMING);
    let stranger = client_of(sandbox.base_url()).with_auth(SourcedAuth::new(
        RedisIdentitySource::new(&store, credentials(&sandbox), "account-without-session"),
    ));
    let started = Instant::now();
    let failed = stranger
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        .period_type(PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .confirmation_url("https://example.com/confirmation")
        .send()
        .await
        .expect_err("no token for this customer");
    assert!(
        matches!(&failed, Error::Token(e) if *e.kind() == payway_client::TokenErrorKind::CannotRenew),
        "{failed:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(sandbox.request_count(TOKEN_PATH), 0);
    sandbox.shutdown().await;
}
