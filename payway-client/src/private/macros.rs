//! Macros that implement traits for generated enums, so that the generated code names each impl
//! in one line.

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
