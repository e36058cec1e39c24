//! The typestate shared by endpoint request builders and object builders.
//!
//! A builder has one type parameter per tracked field (a required one, or one of a
//! `required_one_of` group), `Unset` until its setter is called and `Set` after. The finishing
//! method (`send` or `build`) has a `where` bound per required field, and one per group (on the
//! tuple of the group's states), on a marker trait implemented only for the complete states. Each
//! marker trait carries `#[diagnostic::on_unimplemented]`, so a mistake fails to compile with one
//! error that says what is missing and which setter to call. Optional fields have a setter and a
//! `maybe_` setter taking an `Option`, neither of which changes the builder's type (for a
//! group's member, only the plain setter counts towards the group).

use super::docs;
use super::types::{Side, rust_type};
use crate::model::{Field, Type};
use crate::naming;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

/// What a builder looks like, for the parts of it this module generates.
pub struct Plan<'a> {
    /// The builder type, e.g. `CreateSessionRequest` or `CustomerInfoBuilder`.
    pub ident: Ident,
    /// Generic parameters that come before the state parameters (e.g. `'c, A`), with bounds.
    pub leading_params: TokenStream,
    /// The same parameters as used in a type (e.g. `'c, A`).
    pub leading_args: TokenStream,
    /// The builder's data fields, moved across when the state changes.
    pub carried: Vec<Ident>,
    /// The fields the builder sets, each with the expression of the struct that holds it
    /// (e.g. `self.body`).
    pub fields: Vec<(&'a Field, TokenStream)>,
    /// The expression of the builder's problem collector (e.g. `self.problems`).
    pub problems: TokenStream,
    /// Methods that belong in the same impl block as the setters (the finishing method and
    /// anything else generic over every state), so the long generic header is written once.
    pub methods: TokenStream,
    /// How the finishing method is called, for messages (`send` or `build`).
    pub finish: &'static str,
    /// What the builder builds, for messages (e.g. "`CreateSessionRequest` cannot be sent").
    pub cannot_finish: String,
    /// Groups of optional fields of which at least one must be set.
    pub one_of: &'a [Vec<String>],
}

impl Plan<'_> {
    fn required(&self) -> Vec<&Field> {
        self.fields
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| f.required)
            .collect()
    }

    fn in_group(&self, field: &Field) -> bool {
        self.one_of.iter().flatten().any(|name| *name == field.name)
    }

    /// The fields whose being set the type tracks: required ones and group members.
    fn tracked(&self) -> Vec<&Field> {
        self.fields
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| f.required || self.in_group(f))
            .collect()
    }

    /// The state parameter idents, one per tracked field.
    pub fn state_params(&self) -> Vec<Ident> {
        self.tracked()
            .iter()
            .map(|f| format_ident!("{}", naming::state_param_name(&f.name)))
            .collect()
    }

    /// The module holding the marker traits, e.g. `create_session_request_state`.
    pub fn state_module(&self) -> Ident {
        let snake: String = self
            .ident
            .to_string()
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let lower = c.to_ascii_lowercase();
                if c.is_ascii_uppercase() && i > 0 {
                    vec!['_', lower]
                } else {
                    vec![lower]
                }
            })
            .collect();
        format_ident!("{snake}_state")
    }

    /// `<'c, A, CodeState = Unset, ...>` for the struct declaration.
    pub fn declaration_generics(&self) -> TokenStream {
        let leading = &self.leading_params;
        let states = self.state_params();
        quote!(<#leading #(#states = __p::Unset),*>)
    }

    /// `<'c, A, CodeState, ...>` for an impl header or a type.
    pub fn generic_args(&self) -> TokenStream {
        let leading = &self.leading_args;
        let states = self.state_params();
        quote!(<#leading #(#states),*>)
    }

    /// `<'c, A, Unset, Unset>`: the type of a fresh builder.
    pub fn fresh_args(&self) -> TokenStream {
        let leading = &self.leading_args;
        let unset = self.state_params().into_iter().map(|_| quote!(__p::Unset));
        quote!(<#leading #(#unset),*>)
    }

    /// `where CodeState: state::CodeIsSet, (AState, BState): state::AOrBIsSet, ...`: the
    /// bounds the finishing method carries.
    pub fn finish_bounds(&self) -> Vec<TokenStream> {
        let module = self.state_module();
        let required = self.required().into_iter().map(|f| {
            let state = format_ident!("{}", naming::state_param_name(&f.name));
            let marker = format_ident!("{}", naming::is_set_trait_name(&f.name));
            quote!(#state: #module::#marker)
        });
        let groups = self.one_of.iter().map(|group| {
            let states = group
                .iter()
                .map(|name| format_ident!("{}", naming::state_param_name(name)));
            let marker = format_ident!("{}", naming::one_of_trait_name(group));
            quote!((#(#states,)*): #module::#marker)
        });
        required.chain(groups).collect()
    }
}

/// The marker trait of a `required_one_of` group and its impls: for `n` members, `n` impls
/// that do not overlap (the first member set, else the second, ...), so the complete states
/// are exactly those with at least one member set.
fn group_marker(plan: &Plan<'_>, group: &[String]) -> TokenStream {
    let marker = format_ident!("{}", naming::one_of_trait_name(group));
    let names: Vec<String> = group.iter().map(|n| format!("`{n}`")).collect();
    let calls: Vec<String> = group.iter().map(|n| format!("`.{n}(...)`")).collect();
    let message = format!(
        "{}: set {} (at least one of them is required)",
        plan.cannot_finish,
        names.join(" or ")
    );
    let label = format!("call {} before `.{}()`", calls.join(" or "), plan.finish);
    let doc = format!(" Implemented once {} is set.", names.join(" or "));
    let impls = (0..group.len()).map(|set| {
        let free: Vec<Ident> = (set + 1..group.len())
            .map(|i| format_ident!("S{i}"))
            .collect();
        let states = (0..group.len()).map(|i| match i.cmp(&set) {
            std::cmp::Ordering::Less => quote!(__p::Unset),
            std::cmp::Ordering::Equal => quote!(__p::Set),
            std::cmp::Ordering::Greater => {
                let s = format_ident!("S{i}");
                quote!(#s)
            }
        });
        // Not listed in the error: the complete states say nothing the message does not.
        quote!(#[diagnostic::do_not_recommend] impl<#(#free),*> #marker for (#(#states,)*) {})
    });
    quote! {
        #[doc = #doc]
        #[diagnostic::on_unimplemented(message = #message, label = #label)]
        pub trait #marker {}
        #(#impls)*
    }
}

/// The state marker traits, the state-changing helper and every setter of a builder.
pub fn generate(plan: &Plan<'_>, rt: &TokenStream) -> TokenStream {
    let ident = &plan.ident;
    let leading_params = &plan.leading_params;
    let states = plan.state_params();
    let args = plan.generic_args();
    let module = plan.state_module();
    let module_doc =
        format!(" Typestate markers of [`{ident}`]: which required parameters are set.");

    // The message says what is missing and the label how to fix it: the first lines of the
    // one error a mistake gives.
    let markers = plan.required().into_iter().map(|field| {
        let marker = format_ident!("{}", naming::is_set_trait_name(&field.name));
        let message = format!(
            "{}: the required parameter `{}` is not set",
            plan.cannot_finish, field.name
        );
        let label = format!("call `.{}(...)` before `.{}()`", field.name, plan.finish);
        let doc = format!(" Implemented once `{}` is set.", field.name);
        quote! {
            #[doc = #doc]
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            pub trait #marker {}
            impl #marker for __p::Set {}
        }
    });
    let group_markers = plan.one_of.iter().map(|group| group_marker(plan, group));

    let carried = &plan.carried;
    let new_states: Vec<Ident> = states
        .iter()
        .map(|s| Ident::new(&format!("New{s}"), Span::call_site()))
        .collect();
    let leading_args = &plan.leading_args;
    let transition = quote! {
        fn into_state<#(#new_states),*>(self) -> #ident<#leading_args #(#new_states),*> {
            #ident { #(#carried: self.#carried,)* state: ::std::marker::PhantomData }
        }
    };

    let setters = plan
        .fields
        .iter()
        .map(|(field, place)| setter(plan, field, place, rt));
    let methods = &plan.methods;

    quote! {
        #[doc = #module_doc]
        #[doc(hidden)]
        pub mod #module {
            #[allow(unused_imports)]
            use super::__p;
            #(#markers)*
            #(#group_markers)*
        }

        impl<#leading_params #(#states),*> #ident #args {
            #transition
            #(#setters)*
            #methods
        }
    }
}

fn setter(plan: &Plan<'_>, field: &Field, place: &TokenStream, rt: &TokenStream) -> TokenStream {
    let name = &field.name;
    let member = naming::field_ident(name);
    let setter = naming::field_ident(name);
    let maybe = format_ident!("maybe_{}", name);
    let ty = rust_type(name, &field.ty, Side::Request, rt);
    let doc = docs::field(field);
    let ident = &plan.ident;
    let leading_args = &plan.leading_args;
    let problems = &plan.problems;

    // The setter's argument, the `Option` the `maybe_` setter takes, how the setter's argument
    // becomes that `Option`'s content, and how an `Option` is checked and stored.
    let (argument, maybe_argument, wrap, store) = match &field.ty {
        Type::Object(_) => (
            quote!(value: #ty),
            quote!(value: Option<#ty>),
            quote!(value),
            quote!(#problems.nested(#name, value)),
        ),
        Type::List(item) => {
            let item_ty = rust_type(&format!("{name}_item"), item, Side::Request, rt);
            let store = if matches!(item.as_ref(), Type::Object(_)) {
                quote!(#problems.nested_list(#name, value))
            } else {
                quote!(#problems.list(#name, value))
            };
            (
                quote!(value: impl IntoIterator<Item = #item_ty>),
                quote!(value: Option<Vec<#item_ty>>),
                quote!(value.into_iter().collect()),
                store,
            )
        }
        _ => (
            quote!(value: impl #rt::IntoValue<#ty>),
            quote!(value: Option<impl #rt::IntoValue<#ty>>),
            quote!(value),
            quote!(#problems.check_maybe(#name, value)),
        ),
    };

    if field.required || plan.in_group(field) {
        let states = plan.state_params();
        let own_state = format_ident!("{}", naming::state_param_name(name));
        let next_states = states.iter().map(|s| {
            if *s == own_state {
                quote!(__p::Set)
            } else {
                quote!(#s)
            }
        });
        let setter_fn = quote! {
            #doc
            pub fn #setter(mut self, #argument) -> #ident<#leading_args #(#next_states),*> {
                let value = Some(#wrap);
                #place.#member = #store;
                self.into_state()
            }
        };
        if field.required {
            return setter_fn;
        }
        // A group member's `maybe_` setter cannot tell the type whether it set anything.
        let maybe_doc = format!(
            " Like [`Self::{name}`], taking an `Option`: `None` leaves `{name}` unset. The \
             builder's type is the same either way, so this does not count towards the rule \
             that one of its group must be set."
        );
        quote! {
            #setter_fn

            #[doc = #maybe_doc]
            pub fn #maybe(mut self, #maybe_argument) -> Self {
                #place.#member = #store;
                self
            }
        }
    } else {
        let maybe_doc = format!(
            " Like [`Self::{name}`], taking an `Option`: `None` leaves `{name}` unset. The builder's type is the same either way."
        );
        quote! {
            #doc
            pub fn #setter(self, #argument) -> Self {
                self.#maybe(Some(#wrap))
            }

            #[doc = #maybe_doc]
            pub fn #maybe(mut self, #maybe_argument) -> Self {
                #place.#member = #store;
                self
            }
        }
    }
}
