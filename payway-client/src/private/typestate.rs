//! The typestate of builders: each tracked parameter is `Unset` until its setter is called,
//! `Set` after (see payway-codegen's `generate/builder.rs`).

/// Typestate: a required parameter has been set.
#[derive(Debug)]
pub enum Set {}
/// Typestate: a required parameter has not been set yet.
#[derive(Debug)]
pub enum Unset {}
