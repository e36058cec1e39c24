//! What generated code uses and users do not: typestate markers, the problem collector,
//! response envelopes, and macros that implement traits for generated value types.
//! Not a stable API.

use std::borrow::Cow;
use std::pin::Pin;

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::auth::Auth;
use crate::config::RequestOptions;
use crate::connection::Connection;
use crate::endpoint::EndpointInfo;
use crate::error::{Error, InvalidParameter, InvalidRequest};
use payway_values::{IntoValue, InvalidValue};

pub use crate::error_body::decode_response;
pub use crate::secret::Redacted;
pub use crate::transport::parse_base_url;
pub use payway_values::{Pattern, TextRules};
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
    pub fn check<T>(
        &mut self,
        parameter: &'static str,
        value: Result<T, InvalidValue>,
    ) -> Option<T> {
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

    /// Like [`Problems::check`] for an optional value: `None` clears the parameter.
    pub fn check_maybe<T, V: IntoValue<T>>(
        &mut self,
        parameter: &'static str,
        value: Option<V>,
    ) -> Option<T> {
        match value {
            Some(value) => self.check(parameter, value.into_value()),
            None => {
                self.clear(parameter);
                None
            }
        }
    }

    /// Sets a list parameter whose items need no check: clears the parameter's old problems.
    pub fn list<T>(&mut self, parameter: &'static str, value: Option<Vec<T>>) -> Option<Vec<T>> {
        self.clear(parameter);
        value
    }

    /// Sets an object parameter: takes over the object's problems, with their paths under
    /// `parameter` (e.g. `customer_info.email`).
    pub fn nested<O: Nested>(&mut self, parameter: &'static str, value: Option<O>) -> Option<O> {
        self.clear(parameter);
        value.map(|mut object| {
            self.absorb_under(Cow::Borrowed(parameter), object.take_problems());
            object
        })
    }

    /// Sets a list-of-objects parameter: takes over each object's problems, with their paths
    /// under `parameter[index]`.
    pub fn nested_list<O: Nested>(
        &mut self,
        parameter: &'static str,
        value: Option<Vec<O>>,
    ) -> Option<Vec<O>> {
        self.clear(parameter);
        value.map(|mut objects| {
            for (index, object) in objects.iter_mut().enumerate() {
                let nested = object.take_problems();
                if !nested.0.is_empty() {
                    self.absorb_under(Cow::Owned(format!("{parameter}[{index}]")), nested);
                }
            }
            objects
        })
    }

    fn absorb_under(&mut self, prefix: Cow<'static, str>, nested: Problems) {
        for problem in nested.0 {
            let path = format!("{prefix}.{}", problem.parameter());
            let reason = InvalidValue::new(problem.reason());
            self.0.push(InvalidParameter::new(path, reason));
        }
    }

    /// Records a rejection of a parameter named at run time (an endpoint's open parameters),
    /// kept alongside every other problem.
    pub fn reject(&mut self, parameter: String, reason: &'static str) {
        self.0
            .push(InvalidParameter::new(parameter, InvalidValue::new(reason)));
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

/// A request object that carries the problems of its values until it is set on a request.
pub trait Nested {
    /// Takes the object's problems, leaving none.
    fn take_problems(&mut self) -> Problems;
}

/// Writes a struct's set fields into a serializer's map, keeping the first error, so that a
/// generated `Serialize` impl is a flat list of calls (cheap for the compiler on large specs).
pub struct MapWriter<M: SerializeMap> {
    map: M,
    result: Result<(), M::Error>,
}

impl<M: SerializeMap> MapWriter<M> {
    /// Starts a map on `serializer`.
    pub fn new<S>(serializer: S) -> Result<Self, S::Error>
    where
        S: Serializer<SerializeMap = M, Ok = M::Ok, Error = M::Error>,
    {
        serializer.serialize_map(None).map(|map| MapWriter {
            map,
            result: Ok(()),
        })
    }

    /// Writes `value` under `key` when it is `Some`.
    pub fn entry<T: Serialize>(&mut self, key: &'static str, value: &Option<T>) {
        if let (Ok(()), Some(value)) = (&self.result, value) {
            self.result = self.map.serialize_entry(key, value);
        }
    }

    /// Writes the free-form fields of a partly documented object.
    pub fn extra(&mut self, extra: &BTreeMap<String, serde_json::Value>) {
        for (key, value) in extra {
            if self.result.is_ok() {
                self.result = self.map.serialize_entry(key, value);
            }
        }
    }

    /// Ends the map, or gives the first error.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.result?;
        self.map.end()
    }
}

/// Reads the value of a known field into its slot: the arms of generated `Deserialize` impls.
pub fn next<'de, M: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut M,
    slot: &mut Option<T>,
) -> Result<(), M::Error> {
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a field the spec does not list.
pub fn skip<'de, M: MapAccess<'de>>(map: &mut M) -> Result<(), M::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// Keeps the value of a field the spec does not list, in a partly documented object.
pub fn keep<'de, M: MapAccess<'de>>(
    map: &mut M,
    extra: &mut BTreeMap<String, serde_json::Value>,
    key: &str,
) -> Result<(), M::Error> {
    extra.insert(key.to_string(), map.next_value()?);
    Ok(())
}

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

/// A required response field's value, or serde's "missing field" error.
pub fn required<T, E: serde::de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// An optional response field's value: absent and `null` both give `None`.
pub fn optional<T>(value: Option<Option<T>>) -> Option<T> {
    value.flatten()
}

/// `Debug` of an optional personal value: `Some(<redacted>)` or `None`.
pub fn redact<T>(value: &Option<T>) -> Option<Redacted> {
    value.as_ref().map(|_| Redacted)
}

/// A JSON object key, borrowed from the input where possible.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(key)))
            }
            fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key.to_string())))
            }
            fn visit_string<E>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// What every generated `send()` returns: a named future. An `impl Future` would carry the
/// builder's typestate bounds, and rustc would report one missing parameter three times (at
/// `.send()`, over the call chain, at `.await`).
pub type Sending<'c, T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'c>>;

/// Boxes [`Connection::send`] for a generated `send()`. Boxing here, once and generically,
/// proves the future `Send` once for every endpoint, instead of once per endpoint in the
/// generated code (which cost the compiler about 10% more memory on 1,000 endpoints).
pub fn send<'c, A, Q, B, E>(
    connection: &'c Connection<A>,
    endpoint: &'static EndpointInfo,
    problems: Problems,
    options: RequestOptions,
    query: Option<Q>,
    body: Option<B>,
) -> Sending<'c, E::Output>
where
    A: Auth,
    Q: Serialize + Send + Sync + 'c,
    B: Serialize + Send + Sync + 'c,
    E: Envelope + 'c,
    E::Output: Send,
{
    Box::pin(connection.send::<Q, B, E>(endpoint, problems, options, query, body))
}

/// How a successful response wraps its data.
pub trait Envelope: DeserializeOwned {
    /// What the caller gets.
    type Output;
    /// Unwraps the data.
    fn open(self) -> Self::Output;
    /// Reads a successful response's body (JSON, unless the envelope allows none).
    fn decode(body: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(body)
    }
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

/// A bare object, with no envelope: `{"id": "..."}`.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct Bare<T>(T);

impl<T: DeserializeOwned> Envelope for Bare<T> {
    type Output = T;
    fn open(self) -> T {
        self.0
    }
}

/// No data: an empty body (HTTP 204) or any JSON the server adds (`{}`), which is ignored.
#[derive(Debug, Deserialize)]
pub struct Empty(serde::de::IgnoredAny);

impl Envelope for Empty {
    type Output = ();
    fn open(self) {}
    fn decode(body: &[u8]) -> Result<Self, serde_json::Error> {
        if body.iter().all(u8::is_ascii_whitespace) {
            Ok(Empty(serde::de::IgnoredAny))
        } else {
            serde_json::from_slice(body)
        }
    }
}

/// A response that may also come with no data (an empty body, or `{}` where the object does not
/// fit): `None` then.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct Maybe<E>(Option<E>);

impl<E: Envelope> Envelope for Maybe<E> {
    type Output = Option<E::Output>;
    fn open(self) -> Option<E::Output> {
        self.0.map(Envelope::open)
    }
    fn decode(body: &[u8]) -> Result<Self, serde_json::Error> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Maybe(None));
        }
        match E::decode(body) {
            Ok(data) => Ok(Maybe(Some(data))),
            Err(error) => {
                match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body) {
                    Ok(map) if map.is_empty() => Ok(Maybe(None)),
                    _ => Err(error),
                }
            }
        }
    }
}

/// `Display` and `Serialize` for a generated request enum, through its wire text (`as_str`).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_request_enum {
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
    };
}
pub use crate::__impl_request_enum as impl_request_enum;

/// `Display` and `Deserialize` for a generated response enum, through its wire text (`as_str`
/// and an infallible `FromStr`, so that unknown values are kept).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response_enum {
    ($name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let key = <$crate::__private::Key<'de> as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(match ::std::str::FromStr::from_str(key.as_str()) {
                    ::std::result::Result::Ok(value) => value,
                    ::std::result::Result::Err(never) => match never {},
                })
            }
        }
    };
}
pub use crate::__impl_response_enum as impl_response_enum;

/// `Serialize`, `AsRef<str>` and text conversions for a generated
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

    /// An object whose one problem, if any, is on the named parameter.
    struct Object(Option<&'static str>);

    impl Nested for Object {
        fn take_problems(&mut self) -> Problems {
            let mut problems = Problems::default();
            if let Some(parameter) = self.0.take() {
                problems.check::<u8>(parameter, Err(InvalidValue::new("bad")));
            }
            problems
        }
    }

    #[test]
    fn a_new_value_replaces_the_problem_of_the_old_one() {
        let mut problems = Problems::default();
        assert_eq!(
            problems.check::<u8>("a", Err(InvalidValue::new("bad"))),
            None
        );
        assert_eq!(problems.check("a", Ok(1)), Some(1));
        assert!(problems.into_result("x").is_ok());
    }

    #[test]
    fn nested_problems_get_their_path() {
        let mut problems = Problems::default();
        problems.nested("customer_info", Some(Object(Some("email"))));
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems()[0].parameter(), "customer_info.email");
    }

    #[test]
    fn clearing_a_parameter_clears_what_is_nested_in_it_only() {
        let mut problems = Problems::default();
        problems.check::<u8>("ab", Err(InvalidValue::new("bad")));
        problems.nested_list("a", Some(vec![Object(None), Object(Some("c"))]));
        problems.clear("a");
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems().len(), 1);
        assert_eq!(request.problems()[0].parameter(), "ab");
    }
}
