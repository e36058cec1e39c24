//! Rustdoc attributes from spec text.

use crate::model::{DefaultValue, Endpoint, Field};
use proc_macro2::TokenStream;
use quote::quote;

/// One `#[doc = "..."]` per line of `text`.
pub fn lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| format!(" {line}"));
    quote! { #(#[doc = #lines])* }
}

/// Doc lines for an optional paragraph, followed by an empty line.
pub fn paragraph(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => {
            let body = lines(text.trim());
            quote! { #body #[doc = ""] }
        }
        None => quote! {},
    }
}

/// The rustdoc of a field's setter or struct member: description, requirement, default, privacy.
pub fn field(field: &Field) -> TokenStream {
    let mut text = field
        .description
        .clone()
        .unwrap_or_else(|| format!("The `{}` parameter.", field.name));
    text.push_str("\n\n");
    text.push_str(if field.required {
        "**Required.**"
    } else {
        "Optional."
    });
    if let Some(default) = &field.default {
        let value = match default {
            DefaultValue::Boolean(b) => b.to_string(),
            DefaultValue::Integer(n) => n.to_string(),
            DefaultValue::Text(t) => t.clone(),
        };
        text.push_str(&format!(
            " Default: `{value}` (applied by the server when the parameter is not sent)."
        ));
    }
    if field.sensitive {
        text.push_str(" Personal or secret: never shown in `Debug` output or logs.");
    }
    lines(&text)
}

/// The rustdoc block describing an endpoint: summary, description, and its requirements table.
pub fn endpoint(endpoint: &Endpoint, section: &str) -> TokenStream {
    let mut text = endpoint.summary.clone();
    if let Some(description) = &endpoint.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }
    text.push_str(&format!(
        "\n\n| | |\n|---|---|\n| Request | `{} {}` |\n| Scope | `{}` |\n| Identity | {} |\n| Safe to retry | {} |",
        endpoint.method.word(),
        endpoint.path,
        endpoint.scope,
        if endpoint.identity {
            "**Yes**: the access token must be bound to a customer identity"
        } else {
            "No: an application token is enough"
        },
        if endpoint.retry_safe {
            "Yes"
        } else {
            "**No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server"
        },
    ));
    if let Some(release) = &endpoint.release {
        text.push_str(&format!("\n| Since release | {release} |"));
    }
    text.push_str(&format!(
        "\n| Section, version | `{section}`, v{} |",
        endpoint.version
    ));
    for group in &endpoint.required_one_of {
        let names: Vec<String> = group.iter().map(|n| format!("`{n}`")).collect();
        text.push_str(&format!(
            "\n\nAt least one of {} must be set (both may be): `send()` does not compile \
             until one is.",
            names.join(" or ")
        ));
    }
    if endpoint.additional_parameters {
        text.push_str(
            "\n\nThe docs page ends before its parameter table does, so the parameters \
             listed here may not be all: set any other by name with `.parameter(name, value)`.",
        );
    }
    if matches!(
        endpoint.response.envelope,
        crate::model::Envelope::Undocumented
    ) {
        text.push_str(
            "\n\nThe docs do not show the response: the client keeps the whole JSON body as \
             the server sent it.",
        );
    }
    if let Some(docs) = &endpoint.docs {
        text.push_str(&format!("\n\nDocumentation: <{docs}>"));
    }
    lines(&text)
}

/// The rustdoc of a response member: description, presence, privacy.
pub fn field_response(field: &Field) -> TokenStream {
    let mut text = field
        .description
        .clone()
        .unwrap_or_else(|| format!("The `{}` field.", field.name));
    if !field.required {
        text.push_str("\n\nNot always present.");
    }
    if field.sensitive {
        text.push_str("\n\nPersonal or secret: never shown in `Debug` output or logs.");
    }
    lines(&text)
}
