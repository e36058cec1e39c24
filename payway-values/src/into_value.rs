//! `IntoValue`: the checked conversion every setter takes.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[cfg(feature = "url")]
use crate::{AbsoluteUrl, Url};
use crate::{Date, DateTime, Email, InvalidValue, ip_address};

/// Conversion into a parameter's type, checked. Setters take `impl IntoValue<T>`, so they accept
/// the typed value itself or, where the type has a text form, a string to be checked. A value
/// that fails its check is reported when the request is sent, before any network I/O.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a `{T}` parameter value",
    label = "expected a `{T}` here",
    note = "setters take a `{T}`, or text for the types that parse and check it (`String`, `AbsoluteUrl`, `Date`, `DateTime`, `Email`, `IpAddr`, checked strings); a generated enum takes one of its variants, not text"
)]
pub trait IntoValue<T> {
    /// Converts and checks the value.
    fn into_value(self) -> Result<T, InvalidValue>;
}

impl<T> IntoValue<T> for T {
    fn into_value(self) -> Result<T, InvalidValue> {
        Ok(self)
    }
}

impl IntoValue<String> for &str {
    fn into_value(self) -> Result<String, InvalidValue> {
        Ok(self.to_string())
    }
}

impl IntoValue<String> for &String {
    fn into_value(self) -> Result<String, InvalidValue> {
        Ok(self.clone())
    }
}

impl IntoValue<i64> for i32 {
    fn into_value(self) -> Result<i64, InvalidValue> {
        Ok(i64::from(self))
    }
}

impl IntoValue<i64> for u32 {
    fn into_value(self) -> Result<i64, InvalidValue> {
        Ok(i64::from(self))
    }
}

impl IntoValue<f64> for f32 {
    fn into_value(self) -> Result<f64, InvalidValue> {
        Ok(f64::from(self))
    }
}

impl IntoValue<f64> for i32 {
    fn into_value(self) -> Result<f64, InvalidValue> {
        Ok(f64::from(self))
    }
}

impl IntoValue<IpAddr> for Ipv4Addr {
    fn into_value(self) -> Result<IpAddr, InvalidValue> {
        Ok(IpAddr::V4(self))
    }
}

impl IntoValue<IpAddr> for Ipv6Addr {
    fn into_value(self) -> Result<IpAddr, InvalidValue> {
        Ok(IpAddr::V6(self))
    }
}

/// Text forms of types that parse from text: `&str`, `String` and `&String`.
macro_rules! from_text {
    ($($ty:ty => $parse:expr),* $(,)?) => {$(
        impl IntoValue<$ty> for &str {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(self)
            }
        }
        impl IntoValue<$ty> for String {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(&self)
            }
        }
        impl IntoValue<$ty> for &String {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(self)
            }
        }
    )*};
}

from_text! {
    Date => Date::parse,
    DateTime => DateTime::parse,
    Email => Email::parse,
    IpAddr => ip_address,
}

#[cfg(feature = "url")]
from_text! {
    AbsoluteUrl => AbsoluteUrl::parse,
}

#[cfg(feature = "url")]
impl IntoValue<AbsoluteUrl> for Url {
    fn into_value(self) -> Result<AbsoluteUrl, InvalidValue> {
        AbsoluteUrl::from_url(self)
    }
}

#[cfg(feature = "url")]
impl IntoValue<AbsoluteUrl> for &Url {
    fn into_value(self) -> Result<AbsoluteUrl, InvalidValue> {
        AbsoluteUrl::from_url(self.clone())
    }
}
