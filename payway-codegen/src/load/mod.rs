//! The loader: turns the located YAML tree into the validated [`model`](crate::model), checking
//! everything on the way and recording every problem with its location instead of stopping.
//!
//! One file per part of the spec, read top to bottom: `read.rs` (maps against their table of
//! keys, scalars, names, URLs, paths), `top.rs` (the top level: api, environments, token
//! endpoint, sections), `endpoint.rs` (an endpoint and its cross-checks), `response.rs`,
//! `field.rs` (parameters and fields, their types and defaults).

mod endpoint;
mod field;
mod read;
mod response;
mod top;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Spec;

/// Parses and validates a spec. Returns the model, or every problem found.
pub fn load(source: &str) -> Result<Spec, Vec<Diagnostic>> {
    let root = crate::yaml::parse(source).map_err(|d| vec![d])?;
    let mut loader = Loader {
        diagnostics: Diagnostics::default(),
    };
    let spec = loader.spec(&root);
    if loader.diagnostics.is_empty() {
        spec.ok_or_else(Vec::new)
    } else {
        Err(loader.diagnostics.into_sorted())
    }
}

/// Walks the tree, collecting every problem rather than stopping at the first.
struct Loader {
    diagnostics: Diagnostics,
}

/// Where a field lives; what a field may be depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A path segment: a required single value, a string, an integer or an enum.
    Path,
    /// The query string: single values only.
    Query,
    /// A JSON request body.
    Body,
    /// A response: read as it comes, so no constraints on values.
    Response,
}
