//! Value types of their own: enums for closed sets, checked text for constrained text.

use super::docs;
use super::types::Side;
use crate::model::{EnumType, Field, StringRules};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

/// An enum for a closed set of values, `#[non_exhaustive]` on both sides so that a value the spec
/// adds later is a minor release (a user's `match` has a `_` arm). On the response side it also
/// has an `Unknown(String)` variant so that a value the server adds does not break a deployed
/// client.
pub fn enumeration(
    name: &str,
    ty: &EnumType,
    field: &Field,
    side: Side,
    rt: &TokenStream,
) -> TokenStream {
    let ident = naming::type_ident(name);
    let description = docs::paragraph(field.description.as_deref());
    let variants: Vec<_> = ty
        .values
        .iter()
        .map(|v| naming::type_ident(&naming::pascal_case(v)))
        .collect();
    let values = &ty.values;
    let variant_docs = values.iter().map(|v| format!(" `{v}`"));
    let listed = values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let intro = format!(" One of {listed}: the values of `{}`.", field.name);

    match side {
        Side::Request => quote! {
            #[doc = #intro]
            #[doc = ""]
            #description
            #[doc = " A later release may add values: a `match` needs a `_` arm."]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #ident {
                #( #[doc = #variant_docs] #variants, )*
            }

            impl #ident {
                /// Every value, in spec order.
                pub const ALL: &'static [#ident] = &[#(#ident::#variants),*];

                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self { #( #ident::#variants => #values, )* }
                }
            }

            impl ::std::str::FromStr for #ident {
                type Err = #rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        #( #values => Ok(#ident::#variants), )*
                        _ => Err(#rt::InvalidValue::not_one_of(&[#(#values),*])),
                    }
                }
            }

            __p::impl_request_enum!(#ident);
        },
        Side::Response => quote! {
            #[doc = #intro]
            #[doc = ""]
            #description
            #[doc = " Values this client does not know yet arrive as `Unknown`."]
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum #ident {
                #( #[doc = #variant_docs] #variants, )*
                /// A value the spec does not list, kept as sent.
                Unknown(String),
            }

            impl #ident {
                /// The value as sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #( #ident::#variants => #values, )*
                        #ident::Unknown(other) => other,
                    }
                }
            }

            impl ::std::str::FromStr for #ident {
                type Err = ::std::convert::Infallible;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    Ok(match text {
                        #( #values => #ident::#variants, )*
                        other => #ident::Unknown(other.to_string()),
                    })
                }
            }

            __p::impl_response_enum!(#ident);
        },
    }
}

/// Constrained text: an alias of the runtime's `CheckedText` over a marker of its own, whose
/// `TextKind` impl carries the name and the rules from the spec. Every trait a checked value has
/// comes from the runtime's generic impls, so a parameter costs the compiler one marker, not a
/// type with a dozen impls (BENCHMARKS.md §3).
pub fn checked_string(
    name: &str,
    rules: &StringRules,
    field: &Field,
    rt: &TokenStream,
) -> TokenStream {
    let ident = naming::type_ident(name);
    let kind = naming::type_ident(&naming::text_kind_name(name));
    let description = docs::paragraph(field.description.as_deref());
    let min = option_tokens(rules.min_length);
    let max = option_tokens(rules.max_length);
    let mut rules_doc = Vec::new();
    if let Some(min) = rules.min_length {
        rules_doc.push(format!("at least {min} characters"));
    }
    if let Some(max) = rules.max_length {
        rules_doc.push(format!("at most {max} characters"));
    }
    if let Some(pattern) = &rules.pattern {
        rules_doc.push(format!("matches `{pattern}`"));
    }
    let rules_doc = format!(" A valid value has {}.", rules_doc.join(", "));
    let intro = format!(" A checked value of `{}`.", field.name);
    let kind_doc = format!(
        " The name and rules of [`{name}`], the checked values of `{}`.",
        field.name
    );
    let pattern = match &rules.pattern {
        Some(pattern) => quote! {
            Some({
                static PATTERN: __p::Pattern = __p::Pattern::new(#pattern);
                &PATTERN
            })
        },
        None => quote!(None),
    };
    let sensitive = field.sensitive;
    quote! {
        #[doc = #intro]
        #[doc = ""]
        #description
        #[doc = #rules_doc]
        #[doc = ""]
        #[doc = " Make one with `new`, or pass text to the setter, which checks it."]
        pub type #ident = #rt::CheckedText<#kind>;

        #[doc = #kind_doc]
        pub enum #kind {}

        impl #rt::TextKind for #kind {
            const NAME: &'static str = #name;
            const RULES: __p::TextRules = __p::TextRules {
                min_length: #min,
                max_length: #max,
                pattern: #pattern,
            };
            const SENSITIVE: bool = #sensitive;
        }
    }
}

fn option_tokens(value: Option<usize>) -> TokenStream {
    match value {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}
