//! A real `redis-server` for the tests, started on a free loopback port with a temporary
//! directory of its own, and stopped (its directory removed) when dropped.
//!
//! If `redis-server` is not installed the tests fail and say so: they never pass without it.
//! Set `REDIS_SERVER` to its path if it is not on `PATH`.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use redis::aio::MultiplexedConnection;

/// A running `redis-server`.
pub struct RedisServer {
    child: Child,
    port: u16,
    dir: PathBuf,
}

static STARTED: AtomicU32 = AtomicU32::new(0);

impl RedisServer {
    /// Starts one, and waits (at most 10 s) until it answers.
    pub async fn start() -> RedisServer {
        let binary = std::env::var_os("REDIS_SERVER").unwrap_or_else(|| "redis-server".into());
        // A port found free can be taken by someone else before the server binds it: try again.
        for _ in 0..5 {
            let port = free_port();
            let dir = std::env::temp_dir().join(format!(
                "payway-redis-test-{}-{}",
                std::process::id(),
                STARTED.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&dir).expect("a temporary directory for redis-server");
            let spawned = Command::new(&binary)
                .arg("--port")
                .arg(port.to_string())
                .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
                .arg("--dir")
                .arg(&dir)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            let child = match spawned {
                Ok(child) => child,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    let _ = std::fs::remove_dir_all(&dir);
                    panic!(
                        "redis-server is not installed, and the payway-redis tests need a real one \
                         (Debian/Ubuntu: apt-get install redis-server; .ci/run installs it). \
                         Set REDIS_SERVER to its path if it is not on PATH."
                    )
                }
                Err(error) => panic!("could not start redis-server: {error}"),
            };
            let mut server = RedisServer { child, port, dir };
            if server.wait_until_ready().await {
                return server;
            }
        }
        panic!("redis-server did not start on a free loopback port in five tries");
    }

    /// Whether it answers PING within 10 s (false if it exited, e.g. its port was taken).
    async fn wait_until_ready(&mut self) -> bool {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if !matches!(self.child.try_wait(), Ok(None)) {
                return false;
            }
            if let Ok(Ok(mut connection)) =
                tokio::time::timeout(Duration::from_secs(1), self.try_connection()).await
                && redis::cmd("PING")
                    .query_async::<String>(&mut connection)
                    .await
                    .is_ok()
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        false
    }

    async fn try_connection(&self) -> redis::RedisResult<MultiplexedConnection> {
        redis::Client::open(self.url())?
            .get_multiplexed_async_connection()
            .await
    }

    /// Its address, `redis://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// A new connection of its own.
    pub async fn connection(&self) -> MultiplexedConnection {
        self.try_connection()
            .await
            .expect("a connection to the test redis-server")
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A loopback port nothing listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}
