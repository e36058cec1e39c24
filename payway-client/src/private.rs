//! What generated code uses and users do not: typestate markers, the problem collector,
//! response envelopes, and macros that implement traits for generated value types.
//! Not a stable API.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, InvalidParameter, InvalidRequest};
use crate::values::InvalidValue;

pub use crate::secret::Redacted;
pub use crate::transport::parse_base_url;
pub use crate::values::{Pattern, TextRules};
pub use serde;
pub use serde_json;

/// Typestate: a required parameter has been set.
#[derive(Debug)]
pub enum Set {}
/// Typestate: a required parameter has not been set yet.
#[derive(Debug)]
pub enum Unset {}

/// The values a builder rejected, kept until the request is sent so that setters stay
/// infallible and `send()` reports every rejected value, before any network I/O.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<InvalidParameter>);

impl Problems {
    /// Records the outcome of checking `parameter`'s new value, replacing any earlier problem
    /// of that parameter; gives the value back when it is valid.
    pub fn check<T>(&mut self, parameter: &'static str, value: Result<T, InvalidValue>) -> Option<T> {
        self.clear(parameter);
        match value {
            Ok(value) => Some(value),
            Err(reason) => {
                self.0.push(InvalidParameter::new(parameter, reason));
                None
            }
        }
    }

    /// Forgets the problems of `parameter` and of everything nested in it.
    pub fn clear(&mut self, parameter: &str) {
        if self.0.is_empty() {
            return;
        }
        self.0.retain(|p| {
            let path = p.parameter();
            !(path == parameter
                || path
                    .strip_prefix(parameter)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
        });
    }

    /// Takes over the problems of an object set as `parameter`, with their paths under it.
    pub fn absorb(&mut self, parameter: &'static str, nested: Problems) {
        self.clear(parameter);
        self.absorb_under(Cow::Borrowed(parameter), nested);
    }

    /// Takes over the problems of the `index`th object of the list `parameter`.
    pub fn absorb_indexed(&mut self, parameter: &'static str, index: usize, nested: Problems) {
        if !nested.0.is_empty() {
            self.absorb_under(Cow::Owned(format!("{parameter}[{index}]")), nested);
        }
    }

    fn absorb_under(&mut self, prefix: Cow<'static, str>, nested: Problems) {
        for problem in nested.0 {
            let path = format!("{prefix}.{}", problem.parameter());
            let reason = InvalidValue::new(problem.reason());
            self.0.push(InvalidParameter::new(path, reason));
        }
    }

    /// `Ok` when nothing was rejected, else the rejection of the request to `endpoint`.
    pub fn into_result(self, endpoint: &'static str) -> Result<(), Error> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidRequest(InvalidRequest::new(endpoint, self.0)))
        }
    }
}

/// How a successful response wraps its data.
pub trait Envelope: DeserializeOwned {
    /// What the caller gets.
    type Output;
    /// Unwraps the data.
    fn open(self) -> Self::Output;
}

/// `{"item": {...}}`.
#[derive(Debug, Deserialize)]
pub struct Item<T> {
    item: T,
}

impl<T: DeserializeOwned> Envelope for Item<T> {
    type Output = T;
    fn open(self) -> T {
        self.item
    }
}

/// `{"items": [...]}`.
#[derive(Debug, Deserialize)]
pub struct Items<T> {
    items: Vec<T>,
}

impl<T: DeserializeOwned> Envelope for Items<T> {
    type Output = Vec<T>;
    fn open(self) -> Vec<T> {
        self.items
    }
}

/// `Display`, `Serialize` and `Deserialize` for a generated enum, through its wire text
/// (`as_str` and `FromStr`).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_wire_enum {
    ($name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let text = <::std::string::String as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                ::std::str::FromStr::from_str(&text).map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }
    };
}
pub use crate::__impl_wire_enum as impl_wire_enum;

/// `Serialize`, `Deserialize` (checked), `AsRef<str>` and text conversions for a generated
/// checked-text newtype with `new` and `as_str`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_checked_text {
    ($name:ident) => {
        impl ::std::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let text = <::std::string::String as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                $name::new(text).map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }

        impl $crate::IntoValue<$name> for &str {
            fn into_value(self) -> ::std::result::Result<$name, $crate::InvalidValue> {
                $name::new(self)
            }
        }

        impl $crate::IntoValue<$name> for ::std::string::String {
            fn into_value(self) -> ::std::result::Result<$name, $crate::InvalidValue> {
                $name::new(self)
            }
        }

        impl $crate::IntoValue<$name> for &::std::string::String {
            fn into_value(self) -> ::std::result::Result<$name, $crate::InvalidValue> {
                $name::new(self.as_str())
            }
        }
    };
}
pub use crate::__impl_checked_text as impl_checked_text;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_value_replaces_the_problem_of_the_old_one() {
        let mut problems = Problems::default();
        assert_eq!(problems.check::<u8>("a", Err(InvalidValue::new("bad"))), None);
        assert_eq!(problems.check("a", Ok(1)), Some(1));
        assert!(problems.into_result("x").is_ok());
    }

    #[test]
    fn nested_problems_get_their_path() {
        let mut nested = Problems::default();
        nested.check::<u8>("email", Err(InvalidValue::new("bad")));
        let mut problems = Problems::default();
        problems.absorb("customer_info", nested);
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems()[0].parameter(), "customer_info.email");
    }

    #[test]
    fn clearing_a_parameter_clears_what_is_nested_in_it_only() {
        let mut problems = Problems::default();
        problems.check::<u8>("ab", Err(InvalidValue::new("bad")));
        let mut nested = Problems::default();
        nested.check::<u8>("c", Err(InvalidValue::new("bad")));
        problems.absorb_indexed("a", 0, nested);
        problems.clear("a");
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems().len(), 1);
        assert_eq!(request.problems()[0].parameter(), "ab");
    }
}
