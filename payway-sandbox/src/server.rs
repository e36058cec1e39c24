//! The accept loop. The sandbox serves each connection with hyper itself, so that a request
//! can ask for its own connection to be dropped without an answer (the `drop` fault): the
//! connection's task stops polling the connection and drops it, which closes the socket.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use hyper::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::reply::Reply;

/// Lets a request drop the connection it arrived on.
#[derive(Debug, Clone)]
pub(crate) struct ConnectionControl {
    kill: Arc<Notify>,
}

impl ConnectionControl {
    /// Asks the connection's task to close the connection without answering. `notify_one`
    /// keeps the permit if the task is not waiting yet, so the request is never lost.
    pub(crate) fn drop_connection(&self) {
        self.kill.notify_one();
    }
}

/// The running server: its task and the switch that stops it.
pub(crate) struct Server {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Server {
    /// Tells the server to stop, without waiting.
    pub(crate) fn signal_stop(&self) {
        // Fails only when the server task is gone already.
        let _ = self.stop.send(true);
    }

    /// Stops the server and waits until its accept loop and connections are gone.
    pub(crate) async fn stop(self) {
        self.signal_stop();
        // The task does not panic; a cancelled runtime is the only other outcome.
        let _ = self.task.await;
    }
}

/// Answers one request; it may drop the connection the request came on.
pub(crate) trait Handler:
    Fn(ConnectionControl, Request<Incoming>) -> Self::Answer + Clone + Send + Sync + 'static
{
    /// The answer, to come.
    type Answer: Future<Output = Reply> + Send;
}

impl<H, F> Handler for H
where
    H: Fn(ConnectionControl, Request<Incoming>) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Reply> + Send,
{
    type Answer = F;
}

/// Starts accepting connections on `listener`, each request answered by `handler`, counting
/// the connections in `counter`.
pub(crate) fn start(
    listener: TcpListener,
    handler: impl Handler,
    counter: Arc<AtomicU64>,
) -> Server {
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(accept_loop(listener, handler, counter, stopped));
    Server { stop, task }
}

async fn accept_loop(
    listener: TcpListener,
    handler: impl Handler,
    counter: Arc<AtomicU64>,
    mut stopped: watch::Receiver<bool>,
) {
    // Dropping the set at the end aborts every connection still open.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            changed = stopped.changed() => {
                if changed.is_err() || *stopped.borrow() {
                    break;
                }
            }
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    counter.fetch_add(1, Ordering::Relaxed);
                    tracing::trace!(%peer, "connection accepted");
                    connections.spawn(serve_connection(stream, handler.clone()));
                }
                Err(error) => {
                    // Out of file descriptors, say: keep serving the connections there are.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            },
            // Reap finished connections so the set does not grow without bound.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    tracing::info!("payway sandbox stopped");
}

async fn serve_connection(stream: tokio::net::TcpStream, handler: impl Handler) {
    let control = ConnectionControl {
        kill: Arc::new(Notify::new()),
    };
    let kill = Arc::clone(&control.kill);
    let service = service_fn(move |request: Request<Incoming>| {
        let answer = handler(control.clone(), request);
        async move { Ok::<_, Infallible>(answer.await) }
    });
    let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        result = connection => {
            if let Err(error) = result {
                tracing::debug!(%error, "connection ended with an error");
            }
        }
        () = kill.notified() => {
            tracing::debug!("connection dropped without an answer (fault)");
        }
    }
}
