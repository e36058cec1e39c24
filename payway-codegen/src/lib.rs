//! Spec loading, validation and code generation for the payway client.
//!
//! The pipeline, one module per stage:
//! [`yaml`] (text to located tree) -> [`load`](mod@load) (tree to validated [`model`], every problem
//! collected as a [`Diagnostic`]) -> [`generate`] (model to Rust tokens, one module per thing
//! emitted). `payway-macros` is a thin proc-macro wrapper around [`expand`].

#![warn(missing_docs)]

pub mod diagnostic;
mod example;
pub mod generate;
pub mod load;
pub mod model;
pub mod naming;
pub mod yaml;

pub use diagnostic::{Diagnostic, Location};
pub use generate::Options;
pub use load::load;

use proc_macro2::TokenStream;

/// Loads, validates and generates: the whole pipeline from spec text to tokens.
pub fn expand(source: &str, options: &Options) -> Result<TokenStream, Vec<Diagnostic>> {
    let spec = load(source)?;
    Ok(generate::generate(&spec, options))
}
