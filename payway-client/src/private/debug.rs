//! What generated `Debug` impls call: a struct as a list of fields, personal values redacted.

use std::fmt;

use crate::secret::Redacted;

/// `Debug` of a struct as a list of fields: the body of generated `Debug` impls.
pub fn debug_struct(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    fields: &[(&str, &dyn fmt::Debug)],
) -> fmt::Result {
    let mut debug = f.debug_struct(name);
    for (field, value) in fields {
        debug.field(field, value);
    }
    debug.finish_non_exhaustive()
}

/// `Debug` of an optional personal value: `Some(<redacted>)` or `None`.
pub fn redact<T>(value: &Option<T>) -> Option<Redacted> {
    value.as_ref().map(|_| Redacted)
}
