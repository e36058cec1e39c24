//! The generator: validated model to Rust tokens. One module per thing emitted:
//!
//! | module       | emits                                                          |
//! |--------------|----------------------------------------------------------------|
//! | [`client`]   | `Environment`, `scopes`, `Client` and its section accessors    |
//! | [`sections`] | a module per section and per version, with endpoint accessors  |
//! | [`endpoint`] | per endpoint: its description constant, request builder, `send` |
//! | [`builder`]  | the typestate shared by request and object builders             |
//! | [`objects`]  | body, query, request-object and response structs               |
//! | [`values`]   | enums for closed sets and checked newtypes for constrained text |
//! | [`types`]    | the Rust type of a spec type                                   |
//! | [`docs`]     | rustdoc attributes from spec text                              |

pub mod builder;
pub mod client;
pub mod docs;
pub mod endpoint;
pub mod objects;
pub mod sections;
pub mod types;
pub mod values;

use crate::model::Spec;
use proc_macro2::TokenStream;
use quote::quote;

/// How to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Path of the runtime crate in the generated code, e.g. `::payway_client`.
    pub runtime: TokenStream,
    /// Whether each section is compiled only with the calling crate's Cargo feature of the
    /// section's name (`#[cfg(feature = "me")]`), so a user builds only the sections they use.
    /// payway-client turns it on; a crate generating a client of its own spec need not.
    pub section_features: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            runtime: quote!(::payway_client),
            section_features: false,
        }
    }
}

/// The attributes that compile a section's items only with its Cargo feature, and say so in
/// rustdoc (on docs.rs, where `docsrs` is set), when [`Options::section_features`] is on.
pub fn section_gate(section: &crate::model::Section, options: &Options) -> TokenStream {
    if !options.section_features {
        return TokenStream::new();
    }
    let feature = &section.name;
    quote! {
        #[cfg(feature = #feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
    }
}

/// The short name generated modules import the runtime under (`use ::payway_client as __rt;`),
/// so that generated code stays short to read and cheap to compile. Its hidden part,
/// `__private`, is imported as `__p`. Inside generated modules, prelude names (`Option`, `Some`,
/// `String`, ...) are used as they are: the loader rejects spec names that would hide them.
pub fn runtime_alias() -> TokenStream {
    quote!(__rt)
}

/// The import of the runtime under [`runtime_alias`], for the top of each generated module.
pub fn runtime_import(runtime: &TokenStream) -> TokenStream {
    let alias = runtime_alias();
    quote! {
        #[allow(unused_imports)]
        use #runtime as #alias;
        #[allow(unused_imports)]
        use #runtime::__private as __p;
    }
}

/// Generates the whole client for a validated spec.
pub fn generate(spec: &Spec, options: &Options) -> TokenStream {
    let client = client::generate(spec, options);
    let sections = spec
        .sections
        .iter()
        .map(|section| sections::generate(section, options));
    quote! {
        #client
        #(#sections)*
    }
}
