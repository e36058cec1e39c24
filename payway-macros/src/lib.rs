//! `generate_api!`: reads a payway YAML spec at compile time and emits a typed client.
//!
//! A thin wrapper: it resolves the path, reads the file, and hands the text to
//! [`payway_codegen::expand`]; every problem in the spec becomes a `compile_error!` of the form
//! `spec/payway.yaml:LINE:COL: what is wrong and how to fix it`.

#![warn(missing_docs)]

use proc_macro::TokenStream;
use proc_macro2::{Literal, TokenTree};
use quote::{quote, quote_spanned};
use std::path::{Path, PathBuf};

/// Generates the client described by the YAML spec at the given path.
///
/// ```ignore
/// payway_macros::generate_api!("spec/payway.yaml");
/// // Each section only with the calling crate's Cargo feature of its name (payway-client):
/// payway_macros::generate_api!("spec/payway.yaml", section_features);
/// ```
///
/// The path is resolved against the calling crate's directory (`CARGO_MANIFEST_DIR`), or against
/// `PAYWAY_SPEC_ROOT` when that is set and the calling crate is one cargo was asked to build, not
/// a dependency (UI tests set it, as their crate lives elsewhere). Cargo
/// rebuilds the calling crate when the spec changes. Generated code refers to the runtime as
/// `::payway_client`, so the calling crate depends on `payway-client`.
#[proc_macro]
pub fn generate_api(input: TokenStream) -> TokenStream {
    match expand(input.into()) {
        Ok(tokens) | Err(tokens) => tokens.into(),
    }
}

fn expand(
    input: proc_macro2::TokenStream,
) -> Result<proc_macro2::TokenStream, proc_macro2::TokenStream> {
    let (literal, relative, section_features) = arguments(input)?;
    let span = literal.span();
    // `PAYWAY_SPEC_ROOT` is for the crate being built (the UI-test crate), not for its
    // dependencies: `payway-client` itself expands `generate_api!` with a path relative to its
    // own directory, and is built as a dependency in the same cargo run with the same
    // environment. Cargo sets `CARGO_PRIMARY_PACKAGE` only for the crates selected to be built.
    let spec_root = std::env::var_os("PAYWAY_SPEC_ROOT")
        .filter(|_| std::env::var_os("CARGO_PRIMARY_PACKAGE").is_some());
    let root = spec_root
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default();
    let path = root.join(&relative);
    let shown = display_path(&path, &relative);
    let source = std::fs::read_to_string(&path).map_err(|error| {
        let message = format!("{shown}: cannot read the spec: {error}");
        quote_spanned!(span=> ::core::compile_error!(#message);)
    })?;
    let options = payway_codegen::Options {
        section_features,
        ..payway_codegen::Options::default()
    };
    let generated = payway_codegen::expand(&source, &options).map_err(|diagnostics| {
        let errors = diagnostics.iter().map(|d| {
            let message = d.render(&shown);
            quote_spanned!(span=> ::core::compile_error!(#message);)
        });
        quote!(#(#errors)*)
    })?;
    // Makes Cargo track the spec: the crate is rebuilt whenever the file changes.
    let absolute = path.to_string_lossy().into_owned();
    Ok(quote! {
        const _: &str = ::core::include_str!(#absolute);
        #generated
    })
}

/// The spec path literal, its text, and whether `section_features` follows it.
fn arguments(
    input: proc_macro2::TokenStream,
) -> Result<(Literal, String, bool), proc_macro2::TokenStream> {
    let usage = "expected the spec's path as a string, optionally followed by `, section_features`, \
                 e.g. `generate_api!(\"spec/payway.yaml\")`";
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let (literal, section_features) = match tokens.as_slice() {
        [TokenTree::Literal(literal)] => (literal.clone(), false),
        [
            TokenTree::Literal(literal),
            TokenTree::Punct(comma),
            TokenTree::Ident(option),
        ] if comma.as_char() == ',' && option == "section_features" => (literal.clone(), true),
        [] => return Err(quote!(::core::compile_error!(#usage);)),
        [first, rest @ ..] => {
            // Points at what is wrong: the first token, or what follows the path.
            let culprit = match first {
                TokenTree::Literal(_) => rest.last().unwrap_or(first),
                _ => first,
            };
            let span = culprit.span();
            return Err(quote_spanned!(span=> ::core::compile_error!(#usage);));
        }
    };
    let text = literal.to_string();
    match text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .filter(|t| !t.is_empty() && !t.contains('\\'))
    {
        Some(relative) => Ok((literal.clone(), relative.to_string(), section_features)),
        None => {
            let span = literal.span();
            Err(quote_spanned!(span=> ::core::compile_error!(#usage);))
        }
    }
}

/// The path as shown in messages: relative to the directory rustc runs in (the workspace root)
/// when the spec is inside it, so messages read `spec/payway.yaml:12:5: ...`; otherwise as written.
fn display_path(path: &Path, relative: &str) -> String {
    let Ok(current) = std::env::current_dir() else {
        return relative.to_string();
    };
    let (Ok(path), Ok(current)) = (path.canonicalize(), current.canonicalize()) else {
        return relative.to_string();
    };
    match path.strip_prefix(&current) {
        Ok(inside) => inside.to_string_lossy().into_owned(),
        Err(_) => relative.to_string(),
    }
}
