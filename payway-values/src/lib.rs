//! The value checks of the payway client, in one place: the client's value types
//! ([`Date`], [`DateTime`], [`Email`], `AbsoluteUrl`), the length and pattern rules of the
//! spec's strings ([`TextRules`], [`Pattern`]), IP addresses ([`ip_address`]) and the
//! [`IntoValue`] conversion setters take. `payway-client` re-exports them; the spec loader checks
//! the spec's examples and the sandbox checks requests with the same functions, so the three
//! cannot disagree about a value.
//!
//! Features: `serde` (`Serialize`/`Deserialize` for the value types) and `url` (`AbsoluteUrl`
//! and the `url` crate's `Url`). Without them the crate depends on `regex-lite` alone.

#![warn(missing_docs)]

mod date;
mod date_time;
mod email;
mod into_value;
mod invalid;
mod ip;
mod text;
#[cfg(feature = "url")]
mod web_url;

pub use date::Date;
pub use date_time::DateTime;
pub use email::Email;
pub use into_value::IntoValue;
pub use invalid::InvalidValue;
pub use ip::ip_address;
pub use text::{Pattern, TextRules};
#[cfg(feature = "url")]
pub use web_url::{AbsoluteUrl, Url};
