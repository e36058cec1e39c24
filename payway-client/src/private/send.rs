//! The one boxing of every generated `send()`, which returns this boxed future rather than an
//! `impl Future`: an opaque future would carry the builder's typestate bounds, and rustc would
//! report one missing parameter three times (at `.send()`, over the call chain, at `.await`).

use std::pin::Pin;

use serde::Serialize;

use super::{Envelope, Problems};
use crate::auth::Auth;
use crate::config::RequestOptions;
use crate::connection::Connection;
use crate::endpoint::EndpointInfo;
use crate::error::Error;

/// Boxes [`Connection::send`] for a generated `send()`. Boxing here, once and generically,
/// proves the future `Send` once for every endpoint, instead of once per endpoint in the
/// generated code (which cost the compiler about 10% more memory on 1,000 endpoints).
pub fn send<'c, A, P, Q, B, E>(
    connection: &'c Connection<A>,
    endpoint: &'static EndpointInfo,
    problems: Problems,
    options: RequestOptions,
    path: Option<P>,
    query: Option<Q>,
    body: Option<B>,
) -> Pin<Box<dyn Future<Output = Result<E::Output, Error>> + Send + 'c>>
where
    A: Auth,
    P: Serialize + Send + Sync + 'c,
    Q: Serialize + Send + Sync + 'c,
    B: Serialize + Send + Sync + 'c,
    E: Envelope + 'c,
    E::Output: Send,
{
    Box::pin(connection.send::<P, Q, B, E>(endpoint, problems, options, path, query, body))
}
