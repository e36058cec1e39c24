//! The Rust type of a spec type.

use crate::model::Type;
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

/// Whether a type is read from a response (tolerant) or written into a request (checked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Sent by the client: values are checked before sending.
    Request,
    /// Received from the server: values are taken as they come where the type allows.
    Response,
}

/// The Rust type for a field named `field_name` of spec type `ty`.
pub fn rust_type(field_name: &str, ty: &Type, side: Side, rt: &TokenStream) -> TokenStream {
    match ty {
        Type::String(rules) if rules.is_constrained() && side == Side::Request => {
            named(field_name, ty)
        }
        Type::String(_) => quote!(String),
        // A response may carry an address the client would not accept on input; keep it as text.
        Type::Email if side == Side::Response => quote!(String),
        Type::Email => quote!(#rt::Email),
        Type::Boolean => quote!(bool),
        Type::Integer => quote!(i64),
        Type::Number => quote!(f64),
        Type::Date => quote!(#rt::Date),
        Type::DateTime => quote!(#rt::DateTime),
        // Requests send a URL exactly as given; responses parse it.
        Type::Url if side == Side::Request => quote!(#rt::AbsoluteUrl),
        Type::Url => quote!(#rt::Url),
        Type::IpAddress => quote!(::std::net::IpAddr),
        Type::Enum(_) | Type::Object(_) => named(field_name, ty),
        Type::List(item) => {
            let item = rust_type(&format!("{field_name}_item"), item, side, rt);
            quote!(Vec<#item>)
        }
    }
}

fn named(field_name: &str, ty: &Type) -> TokenStream {
    let name = naming::value_type_name(field_name, ty).unwrap_or_default();
    let ident = naming::type_ident(&name);
    quote!(#ident)
}
