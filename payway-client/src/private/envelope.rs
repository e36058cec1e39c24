//! How a successful response wraps its data: the `Envelope` trait and the spec's envelopes.

use serde::Deserialize;
use serde::de::DeserializeOwned;

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
