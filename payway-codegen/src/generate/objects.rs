//! Structs: the body and query of a request, request objects with their builders, and responses.

use super::builder::{self, Plan};
use super::docs;
use super::types::{Side, rust_type, serde_crate};
use super::values;
use crate::model::{Field, ObjectType, Type};
use crate::naming;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// Every type declared for the values of `fields` (enums, checked text, nested objects), nested
/// types first.
pub fn value_types(fields: &[Field], side: Side, rt: &TokenStream) -> TokenStream {
    let types = fields.iter().map(|field| value_type(&field.name, &field.ty, field, side, rt));
    quote!(#(#types)*)
}

fn value_type(name: &str, ty: &Type, field: &Field, side: Side, rt: &TokenStream) -> TokenStream {
    let Some(type_name) = naming::value_type_name(name, ty) else {
        return quote!();
    };
    match ty {
        Type::Enum(e) => values::enumeration(&type_name, e, field, side, rt),
        Type::String(rules) if side == Side::Request => {
            values::checked_string(&type_name, rules, field, rt)
        }
        Type::Object(object) => {
            let nested = value_types(&object.fields, side, rt);
            let this = match side {
                Side::Request => request_object(object, rt),
                Side::Response => response_object(&type_name, object.description.as_deref(), &object.fields, object.additional_fields, rt),
            };
            quote!(#nested #this)
        }
        Type::List(item) => value_type(&format!("{name}_item"), item, field, side, rt),
        _ => quote!(),
    }
}

/// The struct members of request-side data: every field optional until checked.
fn request_members(fields: &[Field], rt: &TokenStream) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|field| {
            let member = naming::field_ident(&field.name);
            let ty = rust_type(&field.name, &field.ty, Side::Request, rt);
            let wire = &field.name;
            quote! {
                #[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none")]
                #member: ::std::option::Option<#ty>
            }
        })
        .collect()
}

/// Read access to request-side data, e.g. for a server that receives it.
fn request_getters(fields: &[Field], rt: &TokenStream) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|field| {
            let member = naming::field_ident(&field.name);
            let ty = rust_type(&field.name, &field.ty, Side::Request, rt);
            let doc = format!(" The `{}` value, if set.", field.name);
            quote! {
                #[doc = #doc]
                pub fn #member(&self) -> ::std::option::Option<&#ty> {
                    self.#member.as_ref()
                }
            }
        })
        .collect()
}

/// `missing_required`: the first required field (with its path) that is absent, recursively.
/// The typestate makes this impossible for data built in Rust; it is for data that arrives as
/// JSON, e.g. in a server.
fn missing_required(fields: &[Field]) -> TokenStream {
    let checks = fields.iter().map(|field| {
        let member = naming::field_ident(&field.name);
        let wire = &field.name;
        let nested = match &field.ty {
            Type::Object(_) => quote! {
                if let ::std::option::Option::Some(value) = &self.#member
                    && let ::std::option::Option::Some(inner) = value.missing_required()
                {
                    return ::std::option::Option::Some(::std::format!("{}.{}", #wire, inner));
                }
            },
            _ => quote!(),
        };
        if field.required {
            quote! {
                if self.#member.is_none() {
                    return ::std::option::Option::Some(::std::string::String::from(#wire));
                }
                #nested
            }
        } else {
            nested
        }
    });
    quote! {
        /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
        /// or `None` when every required parameter is present.
        pub fn missing_required(&self) -> ::std::option::Option<::std::string::String> {
            #(#checks)*
            ::std::option::Option::None
        }
    }
}

/// A `Debug` impl that prints personal data as `<redacted>`.
fn redacting_debug(ident: &Ident, fields: &[Field], optional: bool, rt: &TokenStream) -> TokenStream {
    let entries = fields.iter().map(|field| {
        let member = naming::field_ident(&field.name);
        let wire = &field.name;
        let is_optional = optional || !field.required;
        match (field.sensitive, is_optional) {
            (true, true) => quote! {
                .field(#wire, &self.#member.as_ref().map(|_| #rt::__private::Redacted))
            },
            (true, false) => quote!(.field(#wire, &#rt::__private::Redacted)),
            (false, _) => quote!(.field(#wire, &self.#member)),
        }
    });
    quote! {
        impl ::std::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!(#ident)) #(#entries)* .finish_non_exhaustive()
            }
        }
    }
}

/// The body or query struct of an endpoint: its data, with getters and `missing_required`.
pub fn parameters(ident: &Ident, doc: &str, fields: &[Field], rt: &TokenStream) -> TokenStream {
    let serde_crate = serde_crate(rt);
    let members = request_members(fields, rt);
    let getters = request_getters(fields, rt);
    let missing = missing_required(fields);
    let debug = redacting_debug(ident, fields, true, rt);
    quote! {
        #[doc = #doc]
        #[derive(Clone, Default, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #[serde(crate = #serde_crate, deny_unknown_fields)]
        pub struct #ident {
            #(#members,)*
        }

        impl #ident {
            #(#getters)*
            #missing
        }

        #debug
    }
}

/// A nested request object, e.g. `CustomerInfo`, and its builder `CustomerInfoBuilder`.
pub fn request_object(object: &ObjectType, rt: &TokenStream) -> TokenStream {
    let serde_crate = serde_crate(rt);
    let ident = naming::type_ident(&object.name);
    let builder_ident = format_ident!("{}Builder", object.name);
    let description = docs::paragraph(object.description.as_deref());
    let members = request_members(&object.fields, rt);
    let getters = request_getters(&object.fields, rt);
    let missing = missing_required(&object.fields);
    let debug = redacting_debug(&ident, &object.fields, true, rt);
    let builder_doc = format!(
        " Builds a [`{ident}`]. Every required parameter must be set before `build()` compiles."
    );
    let (extra_member, extra_setter, deny) = if object.additional_fields {
        (
            quote! {
                #[serde(flatten)]
                extra: ::std::collections::BTreeMap<::std::string::String, #rt::__private::serde_json::Value>,
            },
            quote! {
                /// Sets a field the spec does not list (this object is only partly documented).
                pub fn field(mut self, name: impl ::std::convert::Into<::std::string::String>, value: impl ::std::convert::Into<#rt::__private::serde_json::Value>) -> Self {
                    self.value.extra.insert(name.into(), value.into());
                    self
                }
            },
            quote!(),
        )
    } else {
        (quote!(), quote!(), quote!(deny_unknown_fields))
    };
    let place = quote!(self.value);
    let plan = Plan {
        ident: builder_ident.clone(),
        leading_params: quote!(),
        leading_args: quote!(),
        carried: vec![format_ident!("value")],
        fields: object.fields.iter().map(|f| (f, place.clone())).collect(),
        problems: quote!(self.value.problems),
        finish: "build",
        cannot_finish: format!("`{ident}` cannot be built"),
    };
    let declaration_generics = plan.declaration_generics(rt);
    let args = plan.generic_args();
    let states = plan.state_params();
    let fresh = plan.fresh_args(rt);
    let bounds = plan.finish_bounds();
    let setters = builder::generate(&plan, rt);
    let type_doc = format!(" Create one with [`{ident}::builder`].");
    quote! {
        #description
        #[doc = ""]
        #[doc = #type_doc]
        #[derive(Clone, Default, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #[serde(crate = #serde_crate, #deny)]
        pub struct #ident {
            #(#members,)*
            #extra_member
            #[serde(skip)]
            problems: #rt::__private::Problems,
        }

        impl #ident {
            /// Starts building a value.
            pub fn builder() -> #builder_ident #fresh {
                #builder_ident { value: ::std::default::Default::default(), state: ::std::marker::PhantomData }
            }
            #(#getters)*
            #missing
        }

        #debug

        #[doc = #builder_doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        pub struct #builder_ident #declaration_generics {
            value: #ident,
            state: ::std::marker::PhantomData<fn() -> (#(#states,)*)>,
        }

        #setters

        impl<#(#states),*> #builder_ident #args {
            #extra_setter

            /// Finishes the value. Values that failed their checks are reported when the request
            /// is sent, before anything goes over the network.
            pub fn build(self) -> #ident where #(#bounds),* {
                self.value
            }
        }
    }
}

/// A response struct: public members, unknown JSON fields ignored, personal data redacted in
/// `Debug`.
pub fn response_object(
    name: &str,
    description: Option<&str>,
    fields: &[Field],
    additional_fields: bool,
    rt: &TokenStream,
) -> TokenStream {
    let serde_crate = serde_crate(rt);
    let ident = naming::type_ident(name);
    let description = docs::paragraph(description);
    let members = fields.iter().map(|field| {
        let member = naming::field_ident(&field.name);
        let ty = rust_type(&field.name, &field.ty, Side::Response, rt);
        let wire = &field.name;
        let doc = docs::field_response(field);
        if field.required {
            quote! {
                #doc
                #[serde(rename = #wire)]
                pub #member: #ty
            }
        } else {
            quote! {
                #doc
                #[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none")]
                pub #member: ::std::option::Option<#ty>
            }
        }
    });
    let extra = if additional_fields {
        quote! {
            /// Fields the spec does not list (this object is only partly documented).
            #[serde(flatten)]
            pub extra: ::std::collections::BTreeMap<::std::string::String, #rt::__private::serde_json::Value>,
        }
    } else {
        quote!()
    };
    let debug = redacting_debug(&ident, fields, false, rt);
    quote! {
        #description
        #[derive(Clone, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #[serde(crate = #serde_crate)]
        pub struct #ident {
            #(#members,)*
            #extra
        }

        #debug
    }
}
