//! What generated code uses and users do not, one file per concern: typestate markers, the
//! problem collector, serde and `Debug` glue, the boxing of `send()`, response envelopes, and
//! macros that implement traits for generated value types. Not a stable API.

mod debug;
mod envelope;
mod macros;
mod problems;
mod send;
mod serde_glue;
mod typestate;

pub use debug::{debug_struct, redact};
pub use envelope::{Bare, Empty, Envelope, Item, Items, Maybe};
pub use macros::{impl_request_enum, impl_response_enum};
pub use problems::{Nested, Problems};
pub use send::send;
pub use serde_glue::{
    Cleared, FromMap, Key, MapWriter, UNSET, deserialize_object, keep, next, optional, required,
    skip,
};
pub use typestate::{Set, Unset};

pub use crate::secret::Redacted;
pub use crate::transport::parse_base_url;
pub use payway_values::{Pattern, TextRules};
pub use serde;
pub use serde_json;
