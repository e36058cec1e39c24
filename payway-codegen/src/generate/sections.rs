//! A module per section (`klarna_payments`) with a module per version (`v1`, `v2`), and the
//! accessor structs that lead from `client.klarna_payments().v2()` to an endpoint's builder.
//!
//! Versions live side by side as modules and accessors: adding v3 of an action adds
//! `.v3().action()` and never renames what v1 and v2 callers use.

use super::{Options, docs, endpoint, runtime_alias, runtime_import, section_gate};
use crate::model::Section;
use crate::naming;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The struct name of a section's accessor, e.g. `KlarnaPayments`.
pub fn accessor_name(section: &Section) -> String {
    naming::pascal_case(&section.name)
}

/// `pub mod <section> { ... }`.
pub fn generate(section: &Section, options: &Options) -> TokenStream {
    let runtime = &options.runtime;
    let gate = section_gate(section, options);
    let import = runtime_import(runtime);
    let rt = &runtime_alias();
    let module = naming::field_ident(&section.name);
    let accessor = format_ident!("{}", accessor_name(section));
    let mut text = format!("The `{}` section of the API.", section.name);
    if let Some(description) = &section.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }
    if let Some(docs) = &section.docs {
        text.push_str(&format!("\n\nDocumentation: <{docs}>"));
    }
    let section_doc = docs::lines(&text);

    let versions = section.versions();
    let version_accessors = versions.iter().map(|version| {
        let v = naming::version_ident(*version);
        let version_struct = format_ident!("{}V{}", accessor, version);
        let doc = format!(" Version {version} of the `{}` endpoints.", section.name);
        quote! {
            #[doc = #doc]
            pub fn #v(&self) -> #v::#version_struct<'c, A> {
                #v::#version_struct { connection: self.connection }
            }
        }
    });
    let version_modules = versions.iter().map(|version| {
        let v = naming::version_ident(*version);
        let version_struct = format_ident!("{}V{}", accessor, version);
        let struct_doc = format!(
            " The v{version} endpoints of `{}`: each method starts a request.",
            section.name
        );
        let module_doc = format!(" Version {version} of the `{}` section.", section.name);
        let endpoints: Vec<_> = section
            .endpoints
            .iter()
            .filter(|e| e.version == *version)
            .collect();
        let methods = endpoints.iter().map(|endpoint| {
            let method = naming::field_ident(&endpoint.action);
            let request = format_ident!("{}", naming::request_name(endpoint));
            let doc = docs::endpoint(endpoint, &section.name);
            let identity_bound = endpoint
                .identity
                .then(|| quote!(A::Identity: #rt::HasCustomerIdentity,));
            quote! {
                #doc
                pub fn #method(&self) -> #method::#request<'c, A>
                where
                    A: #rt::Auth,
                    #identity_bound
                {
                    #method::#request::new(self.connection)
                }
            }
        });
        let modules = endpoints
            .iter()
            .map(|endpoint| endpoint::generate(endpoint, &section.name, runtime));
        quote! {
            #[doc = #module_doc]
            pub mod #v {
                #import
                #[doc = #struct_doc]
                pub struct #version_struct<'c, A> {
                    pub(crate) connection: &'c #rt::Connection<A>,
                }

                impl<'c, A> #version_struct<'c, A> {
                    #(#methods)*
                }

                #(#modules)*
            }
        }
    });
    let accessor_doc = format!(
        " The `{}` section: pick a version, e.g. `.v{}()`.",
        section.name,
        versions.last().copied().unwrap_or(1)
    );
    quote! {
        #section_doc
        #gate
        pub mod #module {
            #import
            #[doc = #accessor_doc]
            pub struct #accessor<'c, A> {
                pub(crate) connection: &'c #rt::Connection<A>,
            }

            impl<'c, A> #accessor<'c, A> {
                #(#version_accessors)*
            }

            #(#version_modules)*
        }
    }
}
