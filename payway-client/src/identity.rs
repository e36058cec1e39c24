//! Whether a token is bound to a customer, in the type system: the markers [`NoIdentity`] and
//! [`CustomerIdentity`], and the bound of identity-only endpoints.

/// Only this crate's types implement the traits that say what a token is worth.
pub(crate) mod sealed {
    pub trait Sealed {}
}

/// Whether tokens are bound to a customer: [`NoIdentity`] or [`CustomerIdentity`].
pub trait Identity: sealed::Sealed + Send + Sync + 'static {}

/// Tokens of the application itself, not bound to any customer.
#[derive(Debug)]
pub enum NoIdentity {}
/// Tokens bound to the identity of one customer.
#[derive(Debug)]
pub enum CustomerIdentity {}

impl sealed::Sealed for NoIdentity {}
impl sealed::Sealed for CustomerIdentity {}
impl Identity for NoIdentity {}
impl Identity for CustomerIdentity {}

/// Implemented only by [`CustomerIdentity`]: the bound of identity-only endpoints.
#[diagnostic::on_unimplemented(
    message = "this endpoint requires an access token bound to a customer identity, but the client's authentication gives application tokens (`Identity = {Self}`)",
    label = "needs a token with a customer identity",
    note = "authenticate with `IdentityAuth` (from a ticket or a refresh token), `StaticToken::with_identity`, or a `TokenSource` of customer tokens (`Identity = CustomerIdentity`)"
)]
pub trait HasCustomerIdentity: Identity {}
impl HasCustomerIdentity for CustomerIdentity {}
