//! A typed async client for the Payway API (Adeprimo's subscription and payment backend, also
//! sold as Tulo), generated at compile time from the YAML spec in `spec/payway.yaml`.
//!
//! ```no_run
//! use payway_client::{ApplicationAuth, Client, Credentials, Environment, scopes};
//!
//! # async fn run() -> Result<(), payway_client::Error> {
//! let client = Client::new(Environment::Stage)?
//!     .with_auth(ApplicationAuth::new(
//!         Credentials::new("client-id", "client-secret"),
//!         [scopes::KLARNA_PAYMENTS_W],
//!     ));
//! let order = client
//!     .klarna_payments()
//!     .v2()
//!     .place_trial_order()
//!     .customer_info(
//!         payway_client::klarna_payments::v2::place_trial_order::CustomerInfo::builder()
//!             .email("payway@adeprimo.se")
//!             .build(),
//!     )
//!     .klarna_authorization_token("token from the Klarna widget")
//!     .klarna_payments_session_id("id from create_session")
//!     .browser_ip("81.208.13.50")
//!     .browser_language("sv-SE")
//!     .browser_user_agent("Mozilla/5.0")
//!     .send()
//!     .await?;
//! println!("redirect the customer to {}", order.redirect_url);
//! # Ok(())
//! # }
//! ```
//!
//! What is generated from the spec: [`Client`], [`Environment`], [`scopes`], and a module per
//! section ([`klarna_payments`]) with a module per version and one per endpoint. What is written
//! by hand: configuration ([`ClientConfig`]), authentication ([`auth`]), the connection
//! ([`Connection`]), errors ([`Error`]) and value types ([`Date`], [`Email`], [`Url`]).

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate self as payway_client;

mod answer;
pub mod auth;
mod call;
mod checked_text;
mod config;
mod connection;
mod endpoint;
mod error;
mod identity;
#[cfg(feature = "oidc")]
pub mod oidc;
mod path;
mod private;
mod redact;
mod retry;
mod secret;
#[cfg(feature = "sso2")]
pub mod sso2;
mod token;
mod token_cache;
mod token_source;
mod transport;
mod url_cache;

pub use auth::{
    ApplicationAuth, Auth, Credentials, CustomerIdentity, HasCustomerIdentity, IdentityAuth,
    NoIdentity, SourcedAuth, StaticToken, TokenSource, Unauthenticated,
};
pub use checked_text::{CheckedText, TextKind};
pub use config::{
    ClientConfig, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
    RequestOptions,
};
pub use connection::Connection;
pub use endpoint::{EndpointInfo, HttpMethod};
pub use error::{
    ApiError, ConfigError, DecodeError, EncodeError, Error, ErrorCode, InvalidParameter,
    InvalidRequest, MissingScope, OutcomeUnknown, TimeoutError, TokenError, TokenErrorKind,
    TransportError,
};
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use token::{AccessToken, IdentityGrant, IssuedToken, TokenEndpoint};
// The value types live in payway-values, which the spec loader and the sandbox share.
pub use payway_values::{AbsoluteUrl, Date, DateTime, Email, IntoValue, InvalidValue, Url};
pub use transport::install_tls_provider;

#[doc(hidden)]
pub mod __private {
    pub use crate::answer::decode_response;
    pub use crate::private::*;
}

payway_macros::generate_api!("spec/payway.yaml", section_features);

/// The crate README's examples, compiled as doctests so the registry page stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
