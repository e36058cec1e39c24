//! Serde glue: what generated `Serialize` and `Deserialize` impls call, so that each is a flat
//! list of calls (cheap for the compiler on large specs).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

    /// Writes `value` under `key` when it is `Some`, else `"__UNSET__"` when `cleared` says
    /// the value was cleared.
    pub fn entry_or_unset<T: Serialize>(
        &mut self,
        key: &'static str,
        value: &Option<T>,
        cleared: &Cleared,
    ) {
        match value {
            Some(_) => self.entry(key, value),
            None if cleared.has(key) && self.result.is_ok() => {
                self.result = self.map.serialize_entry(key, UNSET);
            }
            None => {}
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

/// A response object read from a JSON map: generated `Deserialize` impls hand their
/// deserializer to [`deserialize_object`], which visits the map with one generic visitor
/// instead of a visitor struct per object (cheap for the compiler on large specs).
pub trait FromMap<'de>: Sized {
    /// Reads the object from the map's entries.
    fn from_map<M: MapAccess<'de>>(map: M) -> Result<Self, M::Error>;
}

/// Deserializes a [`FromMap`] object from a JSON map; `expecting` is what serde's errors say
/// was expected (e.g. "a `PlaceTrialOrderResponse` object").
pub fn deserialize_object<'de, D: Deserializer<'de>, T: FromMap<'de>>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(&'static str, std::marker::PhantomData<fn() -> T>);
    impl<'de, T: FromMap<'de>> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
            T::from_map(map)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(expecting, std::marker::PhantomData))
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

/// A required response field's value, or serde's "missing field" error.
pub fn required<T, E: serde::de::Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// An optional response field's value: absent and `null` both give `None`.
pub fn optional<T>(value: Option<Option<T>>) -> Option<T> {
    value.flatten()
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

/// The text that clears a value where the docs allow it, whatever the value's type.
pub const UNSET: &str = "__UNSET__";

/// The names of the fields a builder cleared (`clear_alias()`), sent as [`UNSET`]. Setting a
/// field takes it out again: the last call wins.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleared(Vec<&'static str>);

impl Cleared {
    /// Marks `name` cleared.
    pub fn clear(&mut self, name: &'static str) {
        if !self.has(name) {
            self.0.push(name);
        }
    }

    /// Marks `name` set (no longer cleared).
    pub fn keep(&mut self, name: &'static str) {
        self.0.retain(|n| *n != name);
    }

    /// Whether `name` is cleared.
    pub fn has(&self, name: &str) -> bool {
        self.0.contains(&name)
    }
}
