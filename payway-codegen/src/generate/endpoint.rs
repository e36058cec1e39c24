//! One endpoint's module: its description constant, value types, body/query/response structs,
//! and the request builder whose `send()` compiles only once every required parameter is set.

use super::builder::{self, Plan};
use super::types::Side;
use super::{objects, runtime_alias, runtime_import};
use crate::model::{Endpoint, Envelope, Method};
use crate::naming;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The module `pub mod <action> { ... }` for one endpoint of `section`.
pub fn generate(endpoint: &Endpoint, section: &str, runtime: &TokenStream) -> TokenStream {
    let import = runtime_import(runtime);
    let rt = &runtime_alias();
    let module = naming::field_ident(&endpoint.action);
    let accessor = format!(
        "{}V{}::{}",
        naming::pascal_case(section),
        endpoint.version,
        endpoint.action
    );
    let module_doc = format!(
        " {} (`{} {}`): see [`super::{accessor}`].",
        endpoint.summary.trim_end_matches('.'),
        endpoint.method.word(),
        endpoint.path
    );
    let request = format_ident!("{}", naming::request_name(endpoint));
    let response = format_ident!("{}", naming::response_name(endpoint));

    let description = endpoint_info(endpoint, section, rt);
    let value_types = [
        objects::value_types(&endpoint.path_parameters, Side::Request, rt),
        objects::value_types(&endpoint.query, Side::Request, rt),
        objects::value_types(&endpoint.body, Side::Request, rt),
        objects::value_types(&endpoint.response.fields, Side::Response, rt),
    ];

    let has_path = !endpoint.path_parameters.is_empty();
    let has_query = !endpoint.query.is_empty();
    let path_ident = format_ident!("{}", naming::path_name(endpoint));
    let path_struct = has_path.then(|| {
        let doc = format!(
            " The path parameters of `{}`, each sent as one percent-encoded segment of `{}`.",
            endpoint.action, endpoint.path
        );
        objects::parameters(&path_ident, &doc, &endpoint.path_parameters, false, rt)
    });
    let has_body = endpoint.has_body();
    let query_ident = format_ident!("{}", naming::query_name(endpoint));
    let body_ident = format_ident!("{}", naming::body_name(endpoint));
    let query_struct = has_query.then(|| {
        let doc = format!(" The query parameters of `{}`.", endpoint.action);
        objects::parameters(&query_ident, &doc, &endpoint.query, false, rt)
    });
    let body_struct = has_body.then(|| {
        let doc = format!(" The JSON body of `{}`.", endpoint.action);
        objects::parameters(
            &body_ident,
            &doc,
            &endpoint.body,
            endpoint.additional_parameters,
            rt,
        )
    });
    let response_doc = match endpoint.response.envelope {
        Envelope::Item | Envelope::None | Envelope::Empty | Envelope::Undocumented => {
            format!("The response of `{}`.", endpoint.action)
        }
        Envelope::Items => format!("One element of the list `{}` returns.", endpoint.action),
    };
    // An `empty` response carries no data, so it has no type; an undocumented one keeps the JSON.
    let response_struct = match endpoint.response.envelope {
        Envelope::Empty => None,
        Envelope::Undocumented => Some(objects::undocumented_response(&response, &endpoint.action)),
        Envelope::Item | Envelope::Items | Envelope::None => Some(objects::response_object(
            &response.to_string(),
            Some(&response_doc),
            &endpoint.response.fields,
            false,
            rt,
        )),
    };

    let mut fields = Vec::new();
    let mut carried = vec![format_ident!("connection")];
    if has_path {
        carried.push(format_ident!("path"));
        fields.extend(
            endpoint
                .path_parameters
                .iter()
                .map(|f| (f, quote!(self.path))),
        );
    }
    if has_query {
        carried.push(format_ident!("query"));
        fields.extend(endpoint.query.iter().map(|f| (f, quote!(self.query))));
    }
    if has_body {
        carried.push(format_ident!("body"));
        fields.extend(endpoint.body.iter().map(|f| (f, quote!(self.body))));
    }
    carried.push(format_ident!("problems"));
    carried.push(format_ident!("options"));
    let mut plan = Plan {
        ident: request.clone(),
        leading_params: quote!('c, A,),
        leading_args: quote!('c, A,),
        carried,
        fields,
        problems: quote!(self.problems),
        methods: quote!(),
        finish: "send",
        cannot_finish: format!("`{request}` cannot be sent"),
        one_of: &endpoint.required_one_of,
    };
    let path_member = has_path.then(|| quote!(path: #path_ident,));
    let path_init = has_path.then(|| quote!(path: Default::default(),));
    let path_arg = if has_path {
        quote!(Some(self.path))
    } else {
        quote!(None::<()>)
    };
    let path_access = has_path.then(|| {
        quote! {
            /// The path parameters as set so far.
            pub fn path(&self) -> &#path_ident { &self.path }
        }
    });
    let debug_path = has_path.then(|| quote!(.field("path", &self.path)));
    let query_member = has_query.then(|| quote!(query: #query_ident,));
    // Boxed: a builder moves through every setter, and the body is most of its size.
    let body_member = has_body.then(|| quote!(body: ::std::boxed::Box<#body_ident>,));
    let query_init = has_query.then(|| quote!(query: Default::default(),));
    let body_init = has_body.then(|| quote!(body: Default::default(),));
    let query_arg = if has_query {
        quote!(Some(self.query))
    } else {
        quote!(None::<()>)
    };
    let body_arg = if has_body {
        quote!(Some(self.body))
    } else {
        quote!(None::<()>)
    };
    let query_access = has_query.then(|| {
        quote! {
            /// The query parameters as set so far.
            pub fn query(&self) -> &#query_ident { &self.query }
        }
    });
    let body_access = has_body.then(|| {
        quote! {
            /// The JSON body as set so far.
            pub fn body(&self) -> &#body_ident { &self.body }
        }
    });
    let debug_query = has_query.then(|| quote!(.field("query", &self.query)));
    let debug_body = has_body.then(|| quote!(.field("body", &self.body)));

    let (output, envelope) = match endpoint.response.envelope {
        Envelope::Item => (quote!(#response), quote!(__p::Item<#response>)),
        Envelope::Items => (quote!(Vec<#response>), quote!(__p::Items<#response>)),
        Envelope::None => (quote!(#response), quote!(__p::Bare<#response>)),
        Envelope::Empty => (quote!(()), quote!(__p::Empty)),
        Envelope::Undocumented => (quote!(#response), quote!(#response)),
    };
    // An endpoint that may also answer with no data returns `None` then.
    let (output, envelope) = if endpoint.response.may_be_empty {
        (quote!(Option<#output>), quote!(__p::Maybe<#envelope>))
    } else {
        (output, envelope)
    };
    let request_doc = format!(
        " The request of `{}` (v{} of section `{section}`): set its parameters, then \
         `.send().await`. Started by [`super::{accessor}`], which documents the endpoint.",
        endpoint.action, endpoint.version
    );
    let send_doc = if endpoint.retry_safe {
        " Checks every value, then sends the request. Values that failed their checks are \
         reported as [`Error::InvalidRequest`] before anything goes over the network."
    } else {
        " Checks every value, then sends the request. Values that failed their checks are \
         reported as [`Error::InvalidRequest`] before anything goes over the network. This \
         request is not safe to retry: the client resends it only when it provably never reached the \
         server, and reports an unanswered attempt as [`Error::OutcomeUnknown`]."
    };
    let error_path = quote!(#rt::Error).to_string().replace(' ', "");
    let mut error_links = vec![format!(
        " [`Error::InvalidRequest`]: {error_path}::InvalidRequest"
    )];
    if !endpoint.retry_safe {
        error_links.push(format!(
            " [`Error::OutcomeUnknown`]: {error_path}::OutcomeUnknown"
        ));
    }

    let bounds = plan.finish_bounds();
    let extra_setter = endpoint.additional_parameters.then(|| {
        let listed = endpoint.body.iter().map(|f| &f.name);
        quote! {
            /// Sets a body parameter the spec does not list: the docs page ends before its
            /// parameter table does. A listed parameter is refused here (use its own setter):
            /// `send()` reports it as [`Error::InvalidRequest`] before any network I/O.
            pub fn parameter(mut self, name: impl Into<String>, value: impl Into<__p::serde_json::Value>) -> Self {
                let name = name.into();
                if [#(#listed),*].contains(&name.as_str()) {
                    self.problems.reject(name, "is listed by the spec: set it with its own setter");
                } else {
                    self.body.extra.insert(name, value.into());
                }
                self
            }
        }
    });
    plan.methods = quote! {
        #extra_setter

        /// Settings of this call that override the client's (timeout, retries).
        pub fn request_options(mut self, options: #rt::RequestOptions) -> Self {
            self.options = options;
            self
        }

        #path_access
        #query_access
        #body_access

        #[doc = #send_doc]
        #[doc = ""]
        #(#[doc = #error_links])*
        // A named (boxed) future rather than `impl Future`: an `impl Future` would carry the
        // state bounds, and a missing parameter would be reported again over the whole call
        // chain and at `.await`. This way a mistake is one error, at `.send()`.
        pub fn send(self) -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Result<#output, #rt::Error>> + Send + 'c>>
        where
            A: #rt::Auth,
            #(#bounds,)*
        {
            __p::send::<_, _, _, _, #envelope>(self.connection, &ENDPOINT, self.problems, self.options, #path_arg, #query_arg, #body_arg)
        }
    };
    let declaration_generics = plan.declaration_generics();
    let args = plan.generic_args();
    let fresh = plan.fresh_args();
    let debug_generics = plan.unbounded_generics();
    let setters = builder::generate(&plan, rt);

    quote! {
        #[doc = #module_doc]
        pub mod #module {
            #import
            #description
            #(#value_types)*
            #path_struct
            #query_struct
            #body_struct
            #response_struct

            #[doc = #request_doc]
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct #request #declaration_generics {
                connection: &'c #rt::Connection<A>,
                #path_member
                #query_member
                #body_member
                problems: __p::Problems,
                options: #rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }

            impl<'c, A> #request #fresh {
                pub(crate) fn new(connection: &'c #rt::Connection<A>) -> Self {
                    #request {
                        connection,
                        #path_init
                        #query_init
                        #body_init
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }

            #setters

            impl #debug_generics ::std::fmt::Debug for #request #args {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(#request))
                        .field("endpoint", &ENDPOINT.name)
                        #debug_path
                        #debug_query
                        #debug_body
                        .finish_non_exhaustive()
                }
            }
        }
    }
}

/// `pub const ENDPOINT`: what the runtime needs to send and log the request.
fn endpoint_info(endpoint: &Endpoint, section: &str, rt: &TokenStream) -> TokenStream {
    let name = format!("{section}.v{}.{}", endpoint.version, endpoint.action);
    let method = format_ident!(
        "{}",
        match endpoint.method {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    );
    let path = &endpoint.path;
    let scope = &endpoint.scope;
    let identity = endpoint.identity;
    let retry_safe = endpoint.retry_safe;
    let sensitive = sensitive_names(endpoint);
    // Plain strings not marked sensitive: ids and references, never personal (personal data
    // must be marked), so an order in doubt can be looked up by them.
    let identifying = endpoint
        .path_parameters
        .iter()
        .chain(&endpoint.query)
        .chain(&endpoint.body)
        .filter(|f| matches!(f.ty, crate::model::Type::String(_)) && !f.sensitive)
        .map(|f| f.name.as_str());
    quote! {
        /// How this endpoint is called, as the spec describes it.
        pub const ENDPOINT: #rt::EndpointInfo = #rt::EndpointInfo {
            name: #name,
            method: #rt::HttpMethod::#method,
            path: #path,
            scope: #scope,
            identity: #identity,
            retry_safe: #retry_safe,
            sensitive: &[#(#sensitive),*],
            identifying: &[#(#identifying),*],
        };
    }
}

/// The names of the fields marked sensitive anywhere in the endpoint's request and response,
/// sorted and without repeats.
fn sensitive_names(endpoint: &Endpoint) -> Vec<String> {
    use crate::model::{Field, Type};
    fn walk(fields: &[Field], out: &mut std::collections::BTreeSet<String>) {
        for field in fields {
            if field.sensitive {
                out.insert(field.name.clone());
            }
            walk_type(&field.ty, out);
        }
    }
    fn walk_type(ty: &Type, out: &mut std::collections::BTreeSet<String>) {
        match ty {
            Type::Object(object) => walk(&object.fields, out),
            Type::List(items) => walk_type(items, out),
            _ => {}
        }
    }
    let mut names = std::collections::BTreeSet::new();
    walk(&endpoint.path_parameters, &mut names);
    walk(&endpoint.query, &mut names);
    walk(&endpoint.body, &mut names);
    walk(&endpoint.response.fields, &mut names);
    names.into_iter().collect()
}
