//! The client's front door: `Environment`, the `scopes` constants and `Client`, whose methods
//! lead to each section.

use super::sections::accessor_name;
use super::{Options, docs, section_gate};
use crate::model::Spec;
use crate::naming;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `Environment`, `scopes`, `TOKEN_PATH` and `Client`.
pub fn generate(spec: &Spec, options: &Options) -> TokenStream {
    let rt = &options.runtime;
    let environment = environment(spec, rt);
    let scopes = scopes(spec);
    let client = client(spec, options);
    let token_path = &spec.token_endpoint.path;
    let mut token_doc = format!(
        "Path of the token endpoint on every environment's host (`POST`, form-encoded).{}",
        spec.token_endpoint
            .description
            .as_deref()
            .map(|d| format!("\n\n{}", d.trim()))
            .unwrap_or_default()
    );
    if !spec.token_endpoint.grant_types.is_empty() {
        token_doc.push_str("\n\nGrant types:");
        for (grant, meaning) in &spec.token_endpoint.grant_types {
            token_doc.push_str(&format!("\n- `{grant}`: {meaning}"));
        }
    }
    let token_doc = docs::lines(&token_doc);
    quote! {
        #token_doc
        pub const TOKEN_PATH: &str = #token_path;
        #environment
        #scopes
        #client
    }
}

fn environment(spec: &Spec, rt: &TokenStream) -> TokenStream {
    let variants: Vec<_> = spec
        .environments
        .iter()
        .map(|e| format_ident!("{}", naming::pascal_case(&e.name)))
        .collect();
    let urls: Vec<_> = spec.environments.iter().map(|e| &e.base_url).collect();
    let variant_docs = spec.environments.iter().map(|e| {
        let text = format!(
            "{}\n\nBase URL: <{}>",
            e.description.as_deref().unwrap_or(&e.name),
            e.base_url
        );
        docs::lines(&text)
    });
    quote! {
        /// Where the API is: one of the spec's environments, or a base URL of your own (a local
        /// sandbox, a proxy). A later release may add environments: a `match` needs a `_` arm.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum Environment {
            #( #variant_docs #variants, )*
            /// A base URL of your choosing, e.g. `http://127.0.0.1:8080` for a local sandbox.
            Custom(#rt::Url),
        }

        impl Environment {
            /// The base URL requests are sent to.
            pub fn base_url(&self) -> &str {
                match self {
                    #( Environment::#variants => #urls, )*
                    Environment::Custom(url) => url.as_str(),
                }
            }

            /// An environment at `base_url`, checked to be an absolute `http` or `https` URL.
            pub fn custom(base_url: &str) -> ::std::result::Result<Self, #rt::Error> {
                #rt::__private::parse_base_url(base_url).map(Environment::Custom)
            }
        }
    }
}

fn scopes(spec: &Spec) -> TokenStream {
    let mut scopes: Vec<&str> = spec
        .sections
        .iter()
        .flat_map(|s| &s.endpoints)
        .map(|e| e.scope.as_str())
        .collect();
    scopes.sort_unstable();
    scopes.dedup();
    let constants = scopes.iter().map(|scope| {
        let name = format_ident!(
            "{}",
            naming::screaming_snake_case(scope.trim_start_matches("/external/"))
        );
        let doc = format!(" The scope `{scope}`.");
        quote! {
            #[doc = #doc]
            pub const #name: &str = #scope;
        }
    });
    quote! {
        /// The scopes the spec's endpoints require. A client may only request scopes it was granted.
        pub mod scopes {
            #(#constants)*
        }
    }
}

fn client(spec: &Spec, options: &Options) -> TokenStream {
    let rt = &options.runtime;
    let accessors = spec.sections.iter().map(|section| {
        let method = naming::field_ident(&section.name);
        let accessor = format_ident!("{}", accessor_name(section));
        let doc = format!(" The `{}` endpoints.", section.name);
        let gate = section_gate(section, options);
        quote! {
            #[doc = #doc]
            #gate
            pub fn #method(&self) -> #method::#accessor<'_, A> {
                #method::#accessor { connection: &self.connection }
            }
        }
    });
    let name = &spec.name;
    let client_doc = format!(
        " A client for the {name} API.\n\n Create one with [`Client::new`], give it credentials or a \
         token with [`Client::with_auth`], then start requests from a section, e.g. \
         `client.{}()`. Cloning is cheap: clones share one connection pool.",
        spec.sections
            .first()
            .map(|s| s.name.as_str())
            .unwrap_or("section")
    );
    let docs_line = spec
        .docs
        .as_ref()
        .map(|d| format!(" API documentation: <{d}>"))
        .map(|d| quote!(#[doc = ""] #[doc = #d]));
    quote! {
        #[doc = #client_doc]
        #docs_line
        #[derive(Clone)]
        pub struct Client<A = #rt::Unauthenticated> {
            connection: #rt::Connection<A>,
        }

        impl Client {
            /// A client for `environment` with the default configuration (timeouts, user agent).
            pub fn new(environment: Environment) -> ::std::result::Result<Self, #rt::Error> {
                Self::with_config(environment, #rt::ClientConfig::default())
            }

            /// A client for `environment` with the given configuration.
            pub fn with_config(environment: Environment, config: #rt::ClientConfig) -> ::std::result::Result<Self, #rt::Error> {
                ::std::result::Result::Ok(Client {
                    connection: #rt::Connection::new(environment.base_url(), TOKEN_PATH, config)?,
                })
            }
        }

        impl<A> Client<A> {
            /// The same client (same connection pool and configuration) authenticating with `auth`:
            /// an application, an identity or a fixed token.
            pub fn with_auth<B: #rt::Auth>(&self, auth: B) -> Client<B> {
                Client { connection: self.connection.with_auth(auth) }
            }

            /// The connection underneath: base URL, configuration, authentication.
            pub fn connection(&self) -> &#rt::Connection<A> {
                &self.connection
            }

            #(#accessors)*
        }

        impl<A> ::std::fmt::Debug for Client<A> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Client").field("connection", &self.connection).finish()
            }
        }
    }
}
