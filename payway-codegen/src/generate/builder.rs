//! The typestate shared by endpoint request builders and object builders.
//!
//! A builder has one state type parameter `S`, like bon's builders: a type of the builder's
//! state module that says, through one associated type per tracked field (a required one, or one
//! of a `required_one_of` group), whether that field is `Unset` or `Set`. A fresh builder is in
//! `Empty`; the setter of a tracked field `x` returns the builder in `SetX<S>`, whose `X` is `Set`
//! and whose other associated types are those of `S`. So the rustdoc of every setter reads
//! `Builder<'c, A, S>` → `Builder<'c, A, SetX<S>>`, however many fields are tracked (`SetX`
//! without `<S>` when `x` is the only one). Every state is one struct of the module,
//! `Tracked<X, Y, …>` with a parameter per tracked field, and `Empty` and each `SetX<S>` are
//! aliases of it: one `State` impl per builder rather than one per tracked field, each with an
//! associated type per tracked field, which cost the compiler memory on large specs. The
//! finishing method (`send` or `build`) has a `where` bound per required field (`S::X: XIsSet`),
//! and one per group (on the tuple of the group's states), on a marker trait implemented only for
//! the complete states. Each marker trait carries `#[diagnostic::on_unimplemented]`, so a mistake
//! fails to compile with one error that says what is missing and which setter to call. Optional
//! fields have a setter and a `maybe_` setter taking an `Option`, neither of which changes the
//! builder's type (for a group's member, only the plain setter counts towards the group).

use super::docs;
use super::types::{Side, rust_type};
use crate::model::{Field, Type};
use crate::naming;
use proc_macro2::{Ident, TokenStream};
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

    /// The module holding the state types and marker traits, e.g. `create_session_request_state`.
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

    /// `<'c, A, S = state::Empty>` for the struct declaration. No `S: State` bound there: a
    /// bound on the struct must be proven wherever the type is named (every setter's return
    /// type), which cost the compiler memory; the setters' impl block carries it.
    pub fn declaration_generics(&self) -> TokenStream {
        let leading = &self.leading_params;
        let module = self.state_module();
        quote!(<#leading S = #module::Empty>)
    }

    /// `<'c, A, S: state::State>` for the setters' impl header: their return types
    /// (`SetX<S>`) read the state's associated types.
    pub fn impl_generics(&self) -> TokenStream {
        let leading = &self.leading_params;
        let module = self.state_module();
        quote!(<#leading S: #module::State>)
    }

    /// `<'c, A, S>` for an impl that needs nothing of the state (`Debug`).
    pub fn unbounded_generics(&self) -> TokenStream {
        let leading = &self.leading_params;
        quote!(<#leading S>)
    }

    /// `<'c, A, S>` for a type.
    pub fn generic_args(&self) -> TokenStream {
        let leading = &self.leading_args;
        quote!(<#leading S>)
    }

    /// `<'c, A, state::Empty>`: the type of a fresh builder.
    pub fn fresh_args(&self) -> TokenStream {
        let leading = &self.leading_args;
        let module = self.state_module();
        quote!(<#leading #module::Empty>)
    }

    /// `where S::Code: state::CodeIsSet, (S::A, S::B): state::AOrBIsSet, ...`: the bounds the
    /// finishing method carries.
    pub fn finish_bounds(&self) -> Vec<TokenStream> {
        let module = self.state_module();

        let required = self.required().into_iter().map(|f| {
            let member = state_member(&f.name);
            let marker = format_ident!("{}", naming::is_set_trait_name(&f.name));
            quote!(S::#member: #module::#marker)
        });
        let groups = self.one_of.iter().map(|group| {
            let members = group.iter().map(|name| state_member(name));
            let marker = format_ident!("{}", naming::one_of_trait_name(group));
            quote!((#(S::#members,)*): #module::#marker)
        });
        required.chain(groups).collect()
    }
}

/// The associated type of the `State` trait that tracks `field`, e.g. `BrowserIp`.
fn state_member(field: &str) -> Ident {
    format_ident!("{}", naming::state_member_name(field))
}

/// The state type a tracked field's setter moves to, e.g. `SetBrowserIp`.
fn set_state(field: &str) -> Ident {
    format_ident!("{}", naming::set_state_name(field))
}

/// The builder's state module: the `State` trait (one associated type per tracked field), the
/// one state struct `Tracked` with its aliases (the fresh state `Empty`, one `SetX<S>` per
/// tracked field), and the marker traits `send()` or `build()` asks for.
fn state_module(plan: &Plan<'_>) -> TokenStream {
    let ident = &plan.ident;
    let module = plan.state_module();
    let module_doc = format!(
        " The typestate of [`{ident}`](super::{ident}): which of its required parameters are \
         set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, \
         or of a member of a group of which one must be set, turns it into that parameter's \
         `Set…` state."
    );
    let tracked = plan.tracked();
    let members: Vec<Ident> = tracked.iter().map(|f| state_member(&f.name)).collect();
    let unset = members.iter().map(|_| quote!(__p::Unset));
    let member_docs = tracked.iter().map(|f| {
        format!(
            " `Set` once `.{}(...)` has been called, `Unset` before.",
            f.name
        )
    });
    // One alias per tracked field over the one struct `Tracked`, rather than a struct and a
    // `State` impl per field (whose associated types, one per tracked field, made n² items).
    let set_states = tracked.iter().map(|field| {
        let set = set_state(&field.name);
        let own = state_member(&field.name);
        let doc = format!(" The state `S` with `{}` set.", field.name);
        let arguments = members.iter().map(|member| {
            if *member == own {
                quote!(__p::Set)
            } else {
                quote!(<S as State>::#member)
            }
        });
        // With one tracked field the new state does not depend on the old one (and an alias
        // may not have a parameter it does not use).
        let parameter = (members.len() > 1).then(|| quote!(<S>));
        quote! {
            #[doc = #doc]
            pub type #set #parameter = Tracked<#(#arguments),*>;
        }
    });

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

    quote! {
        #[doc = #module_doc]
        pub mod #module {
            #[allow(unused_imports)]
            use super::__p;

            // Sealed, so that a parameter the spec adds (an associated type) is a minor release.
            mod sealed {
                pub trait Sealed {}
            }

            /// Which of the builder's tracked parameters are set, one associated type each.
            /// Only this module's states implement it.
            pub trait State: sealed::Sealed {
                #(#[doc = #member_docs] type #members;)*
            }

            /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
            /// through [`Empty`] and the `Set…` aliases.
            pub struct Tracked<#(#members),*>(::std::marker::PhantomData<fn() -> (#(#members,)*)>);
            impl<#(#members),*> sealed::Sealed for Tracked<#(#members),*> {}
            impl<#(#members),*> State for Tracked<#(#members),*> { #(type #members = #members;)* }

            /// The state of a fresh builder: nothing set.
            pub type Empty = Tracked<#(#unset),*>;

            #(#set_states)*
            #(#markers)*
            #(#group_markers)*
        }
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

/// The state module, the state-changing helper and every setter of a builder.
pub fn generate(plan: &Plan<'_>, rt: &TokenStream) -> TokenStream {
    let ident = &plan.ident;
    let impl_generics = plan.impl_generics();
    let args = plan.generic_args();
    let states = state_module(plan);

    let carried = &plan.carried;
    let leading_args = &plan.leading_args;
    let transition = quote! {
        fn into_state<T>(self) -> #ident<#leading_args T> {
            #ident { #(#carried: self.#carried,)* state: ::std::marker::PhantomData }
        }
    };

    let setters = plan
        .fields
        .iter()
        .map(|(field, place)| setter(plan, field, place, rt));
    let methods = &plan.methods;

    quote! {
        #states

        impl #impl_generics #ident #args {
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
        let module = plan.state_module();
        let set = set_state(name);
        let parameter = (plan.tracked().len() > 1).then(|| quote!(<S>));
        let setter_fn = quote! {
            #doc
            pub fn #setter(mut self, #argument) -> #ident<#leading_args #module::#set #parameter> {
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
    } else if field.unsettable {
        let clear = format_ident!("clear_{}", name);

        let maybe_doc = format!(
            " Like [`Self::{name}`], taking an `Option`: `None` leaves `{name}` unset. The builder's type is the same either way."
        );
        let clear_doc = format!(
            " Clears `{name}` on the server: sends `\"__UNSET__\"` in its place, as the docs \
             allow for it. Setting and clearing are one choice: the last call of \
             [`Self::{name}`], [`Self::{maybe}`] (with `Some`) or this one wins."
        );
        quote! {
            #doc
            pub fn #setter(self, #argument) -> Self {
                self.#maybe(Some(#wrap))
            }

            #[doc = #maybe_doc]
            pub fn #maybe(mut self, #maybe_argument) -> Self {
                #place.#member = #store;
                if #place.#member.is_some() {
                    #place.__cleared.keep(#name);
                }
                self
            }

            #[doc = #clear_doc]
            pub fn #clear(mut self) -> Self {
                // Stored as `None` the way a setter stores it, which also drops a problem an
                // earlier value had: clearing is the last word.
                let value = None::<#ty>;
                #place.#member = #store;
                #place.__cleared.clear(#name);
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
