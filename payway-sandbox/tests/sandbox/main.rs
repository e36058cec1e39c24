//! The sandbox's own tests, one binary: authentication, validation, state, faults, the
//! identity providers, the Klarna widget's calls and tokens, the sandbox's page and fault
//! switches, and serving specs other than Payway's. Requests go through the generated client
//! wherever it can express them, and through raw `reqwest` where it cannot (bad bodies, bad
//! credentials).

mod auth;
mod every_endpoint;
mod faults;
mod identity;
mod other_specs;
mod page;
mod state;
mod support;
mod validation;
mod widget;
