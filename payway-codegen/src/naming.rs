//! Names: checks on spec names, and the one place where spec names become Rust names.

use crate::model::{Endpoint, Envelope, Field, Type};
use proc_macro2::{Ident, Span};

/// `snake_case`: lowercase ASCII letters, digits and `_`, starting with a letter.
pub fn is_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}

/// `PascalCase`: ASCII letters and digits, starting with an uppercase letter.
pub fn is_pascal_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Whether the text starts with an ASCII letter (so it can begin a Rust identifier).
pub fn is_identifier_start(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// A scope string: `/external/<resource>/<r|w>`.
pub fn is_scope(scope: &str) -> bool {
    let Some(rest) = scope.strip_prefix("/external/") else {
        return false;
    };
    let Some((resource, access)) = rest.rsplit_once('/') else {
        return false;
    };
    !resource.is_empty()
        && resource
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '/')
        && matches!(access, "r" | "w")
}

/// `snake_case`, `kebab-case` or `lower case` words to `PascalCase`; other characters dropped.
pub fn pascal_case(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Why a value cannot be the next of an enum's `values` ([`enum_variant`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnfitValue {
    /// The value is listed before.
    Repeated,
    /// Its variant name would not start with a letter (or be empty).
    NoVariantName,
    /// Its variant name is `Unknown`, the variant kept for values the server adds later.
    Unknown,
    /// Its variant name is that of a value listed before.
    SameVariant(String),
}

/// The Rust variant name of `value` ([`pascal_case`]) when it can follow `earlier` among an
/// enum's `values`, else why not: the loader's rule, which the importer follows before it writes
/// values into the spec.
pub fn enum_variant(value: &str, earlier: &[String]) -> Result<String, UnfitValue> {
    if earlier.iter().any(|e| e == value) {
        return Err(UnfitValue::Repeated);
    }
    let variant = pascal_case(value);
    if !is_identifier_start(&variant) {
        return Err(UnfitValue::NoVariantName);
    }
    if variant == "Unknown" {
        return Err(UnfitValue::Unknown);
    }
    if earlier.iter().any(|e| pascal_case(e) == variant) {
        return Err(UnfitValue::SameVariant(variant));
    }
    Ok(variant)
}

/// Text to `SCREAMING_SNAKE_CASE`, every character that is not an ASCII letter or digit becoming
/// `_`, e.g. a scope's resource and access (`klarna_payments/w`) to its constant's name.
pub fn screaming_snake_case(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_matches('_')
        .to_string()
}

/// The allowed name closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'a>(name: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|candidate| (edit_distance(name, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// A snake_case spec name as a Rust identifier (raw where it is a keyword, e.g. `r#type`).
pub fn field_ident(name: &str) -> Ident {
    match name {
        "self" | "super" | "crate" | "Self" => Ident::new(&format!("{name}_"), Span::call_site()),
        _ if KEYWORDS.contains(&name) => Ident::new_raw(name, Span::call_site()),
        _ => Ident::new(name, Span::call_site()),
    }
}

/// A PascalCase type name as an identifier.
pub fn type_ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The `vN` module / accessor name of an API version.
pub fn version_ident(version: u32) -> Ident {
    Ident::new(&format!("v{version}"), Span::call_site())
}

/// Names of Rust's prelude that generated code uses unqualified. A generated type with one of
/// these names would hide Rust's own, so the loader rejects specs that would produce one.
pub const PRELUDE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Into",
    "From",
    "IntoIterator",
    "Iterator",
    "ToString",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "PartialEq",
    "Eq",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsRef",
    "TryFrom",
    "TryInto",
];

/// Method names of request and object builders; a parameter of one of these names would clash.
pub const BUILDER_METHODS: &[&str] = &[
    "send",
    "body",
    "query",
    "path",
    "request_options",
    "build",
    "builder",
    "field",
    "into_state",
    "take_problems",
    "parameter",
];

/// The name of the request builder of an endpoint, e.g. `CreateSessionRequest`.
pub fn request_name(endpoint: &Endpoint) -> String {
    format!("{}Request", pascal_case(&endpoint.action))
}

/// The name of the response type of an endpoint: `CreateSessionResponse` for an `item` or
/// `none` envelope (and for an `undocumented` one, whose type holds the whole JSON body),
/// `PaymentPeriodsItem` (one element of the list) for an `items` envelope. An `empty` response
/// has no type, but the name stays reserved.
pub fn response_name(endpoint: &Endpoint) -> String {
    match endpoint.response.envelope {
        Envelope::Item | Envelope::None | Envelope::Empty | Envelope::Undocumented => {
            format!("{}Response", pascal_case(&endpoint.action))
        }
        Envelope::Items => format!("{}Item", pascal_case(&endpoint.action)),
    }
}

/// The name of the struct holding an endpoint's JSON body, e.g. `PlaceTrialOrderBody`.
pub fn body_name(endpoint: &Endpoint) -> String {
    format!("{}Body", pascal_case(&endpoint.action))
}

/// The name of the struct holding an endpoint's path parameters, e.g. `ActiveProductsPath`.
pub fn path_name(endpoint: &Endpoint) -> String {
    format!("{}Path", pascal_case(&endpoint.action))
}

/// The name of the struct holding an endpoint's query parameters, e.g. `PaymentPeriodsQuery`.
pub fn query_name(endpoint: &Endpoint) -> String {
    format!("{}Query", pascal_case(&endpoint.action))
}

/// The name of the associated type of a builder's `State` trait that tracks whether a required
/// field (or a member of a `required_one_of` group) is set, e.g. `BrowserIp`. `self` would
/// become `Self`, which cannot name an associated type.
pub fn state_member_name(field_name: &str) -> String {
    match pascal_case(field_name).as_str() {
        "Self" => "Self_".to_string(),
        name => name.to_string(),
    }
}

/// The name of the builder state a tracked field's setter moves to, e.g. `SetBrowserIp`.
pub fn set_state_name(field_name: &str) -> String {
    format!("Set{}", pascal_case(field_name))
}

/// The name of the marker trait a required field's state must implement before finishing.
pub fn is_set_trait_name(field_name: &str) -> String {
    format!("{}IsSet", pascal_case(field_name))
}

/// The name of the marker trait a group of `required_one_of` states must implement before
/// finishing, e.g. `PeriodTypeOrPeriodIdIsSet`.
pub fn one_of_trait_name(field_names: &[String]) -> String {
    let parts: Vec<String> = field_names.iter().map(|n| pascal_case(n)).collect();
    format!("{}IsSet", parts.join("Or"))
}

/// The name of the type generated for a field's value, where the field needs one of its own:
/// enums, constrained strings and objects. `None` for fields of a built-in type.
pub fn value_type_name(field_name: &str, ty: &Type) -> Option<String> {
    match ty {
        Type::Enum(_) => Some(pascal_case(field_name)),
        Type::String(rules) if rules.is_constrained() => Some(pascal_case(field_name)),
        Type::Object(object) => Some(object.name.clone()),
        Type::List(item) => value_type_name(&format!("{field_name}_item"), item),
        _ => None,
    }
}

/// The marker type that carries a checked text type's name and rules (`PaywallIdKind` for
/// `PaywallId`).
pub fn text_kind_name(type_name: &str) -> String {
    format!("{type_name}Kind")
}

/// Every type name an endpoint's module declares, in order (an object's builder after it).
/// Used to find clashes before generating.
pub fn declared_types(endpoint: &Endpoint) -> Vec<String> {
    let mut names = vec![
        request_name(endpoint),
        response_name(endpoint),
        body_name(endpoint),
        query_name(endpoint),
        path_name(endpoint),
    ];
    fn walk(fields: &[Field], names: &mut Vec<String>) {
        for field in fields {
            collect(&field.name, &field.ty, names);
        }
    }
    fn collect(field_name: &str, ty: &Type, names: &mut Vec<String>) {
        if let Some(name) = value_type_name(field_name, ty) {
            names.push(name.clone());
            let mut value = ty;
            while let Type::List(item) = value {
                value = item;
            }
            if let Type::String(_) = value {
                names.push(text_kind_name(&name));
            }
            if let Type::Object(object) = ty {
                names.push(format!("{name}Builder"));
                walk(&object.fields, names);
            }
        }
        if let Type::List(item) = ty {
            // The item's type name was pushed above (`value_type_name` of a list); an object
            // item's fields declare their own.
            if let Type::Object(object) = item.as_ref() {
                walk(&object.fields, names);
            }
        }
    }
    walk(&endpoint.path_parameters, &mut names);
    walk(&endpoint.query, &mut names);
    walk(&endpoint.body, &mut names);
    walk(&endpoint.response.fields, &mut names);
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversions() {
        assert_eq!(pascal_case("klarna_payments"), "KlarnaPayments");
        assert_eq!(pascal_case("direct-debit"), "DirectDebit");
        assert_eq!(
            screaming_snake_case("klarna_payments/w"),
            "KLARNA_PAYMENTS_W"
        );
        assert!(is_snake_case("place_trial_order"));
        assert!(!is_snake_case("PlaceTrialOrder"));
        assert!(!is_snake_case("a__b"));
        assert!(is_pascal_case("PaymentMethodCategory"));
    }

    #[test]
    fn typos_find_their_intended_name() {
        assert_eq!(closest("requird", &["required", "type"]), Some("required"));
        assert_eq!(closest("strng", &["string", "url"]), Some("string"));
        assert_eq!(closest("zzzzzz", &["string", "url"]), None);
    }

    #[test]
    fn scopes() {
        assert!(is_scope("/external/klarna_payments/w"));
        assert!(is_scope("/external/me/r"));
        assert!(!is_scope("/external/me/x"));
        assert!(!is_scope("klarna_payments/w"));
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(field_ident("type").to_string(), "r#type");
        assert_eq!(field_ident("code").to_string(), "code");
    }
}
