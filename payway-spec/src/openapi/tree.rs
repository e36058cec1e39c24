//! The export's document tree is a `serde_json::Value` whose objects keep their members in the
//! order built (serde_json's `preserve_order`, which payway-codegen turns on; examples are
//! already such values); this file builds it tersely and writes it as JSON or as YAML.

use serde_json::Value as JsonValue;

/// A string value.
pub fn string(text: &str) -> JsonValue {
    JsonValue::String(text.to_string())
}

/// An object from `(key, value)` pairs, in order.
pub fn object<'k>(members: impl IntoIterator<Item = (&'k str, JsonValue)>) -> JsonValue {
    JsonValue::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// An array.
pub fn array(items: impl IntoIterator<Item = JsonValue>) -> JsonValue {
    JsonValue::Array(items.into_iter().collect())
}

/// Pretty JSON, two-space indented, members in document order.
pub fn to_json(value: &JsonValue) -> String {
    format!("{value:#}\n")
}

/// A JSON string literal. Its escapes are a subset of YAML's double-quoted ones, so it is also
/// a valid YAML scalar.
fn quote(text: &str) -> String {
    JsonValue::String(text.to_string()).to_string()
}

/// Block-style YAML: maps and lists on their own lines, text plain where that cannot be misread.
pub fn to_yaml(value: &JsonValue) -> String {
    let mut out = String::new();
    match value {
        JsonValue::Object(members) if !members.is_empty() => write_members(&mut out, members, 0),
        JsonValue::Array(items) if !items.is_empty() => write_items(&mut out, items, 0),
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
    out
}

fn write_members<'m>(
    out: &mut String,
    members: impl IntoIterator<Item = (&'m String, &'m JsonValue)>,
    indent: usize,
) {
    for (key, value) in members {
        out.push_str(&"  ".repeat(indent));
        out.push_str(&yaml_text(key));
        out.push(':');
        write_after_key(out, value, indent);
    }
}

fn write_items(out: &mut String, items: &[JsonValue], indent: usize) {
    for item in items {
        out.push_str(&"  ".repeat(indent));
        out.push('-');
        match item {
            // `- key: value` with the rest of the map under the first key.
            JsonValue::Object(members) if !members.is_empty() => {
                let mut members = members.iter();
                if let Some((first_key, first_value)) = members.next() {
                    out.push(' ');
                    out.push_str(&yaml_text(first_key));
                    out.push(':');
                    write_after_key(out, first_value, indent + 1);
                }
                write_members(out, members, indent + 1);
            }
            JsonValue::Array(inner) if !inner.is_empty() => {
                out.push('\n');
                write_items(out, inner, indent + 1);
            }
            scalar => {
                out.push(' ');
                out.push_str(&yaml_scalar(scalar));
                out.push('\n');
            }
        }
    }
}

/// What follows `key:`: a scalar on the same line, a collection indented below.
fn write_after_key(out: &mut String, value: &JsonValue, indent: usize) {
    match value {
        JsonValue::Object(members) if !members.is_empty() => {
            out.push('\n');
            write_members(out, members, indent + 1);
        }
        JsonValue::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_items(out, items, indent + 1);
        }
        scalar => {
            out.push(' ');
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

fn yaml_scalar(value: &JsonValue) -> String {
    match value {
        JsonValue::Null => "null".into(),
        JsonValue::Bool(b) => b.to_string(),
        JsonValue::Number(n) => n.to_string(),
        JsonValue::String(s) => yaml_text(s),
        JsonValue::Array(_) => "[]".into(),
        JsonValue::Object(_) => "{}".into(),
    }
}

/// Text as a plain scalar when no YAML reader could take it for anything else, quoted otherwise.
fn yaml_text(text: &str) -> String {
    let first = text.chars().next();
    let plain = first.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '_')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _-./()+,'".contains(c))
        && !text.ends_with(' ')
        && !text.contains(" #")
        && !text.contains(", ")
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "~"
        );
    if plain { text.to_string() } else { quote(text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_quotes_what_could_be_misread() {
        assert_eq!(yaml_text("klarna_payments"), "klarna_payments");
        assert_eq!(yaml_text("/external/api/v1/x"), "/external/api/v1/x");
        for tricky in [
            "200",
            "true",
            "No",
            "a: b",
            "x #y",
            "",
            "-a",
            "2021-10-30",
            "é",
            "a\nb",
            "*x",
            "{a}",
        ] {
            assert!(yaml_text(tricky).starts_with('"'), "{tricky}");
        }
    }

    #[test]
    fn yaml_nests_maps_and_lists() {
        let doc = object([
            (
                "a",
                array([
                    object([("b", string("1")), ("c", array([]))]),
                    JsonValue::Bool(true),
                ]),
            ),
            ("d", object([])),
            ("e", array([array([JsonValue::Null])])),
        ]);
        assert_eq!(
            to_yaml(&doc),
            "a:\n  - b: \"1\"\n    c: []\n  - true\nd: {}\ne:\n  -\n    - null\n"
        );
        assert_eq!(
            to_json(&doc),
            "{\n  \"a\": [\n    {\n      \"b\": \"1\",\n      \"c\": []\n    },\n    true\n  ],\n  \"d\": {},\n  \"e\": [\n    [\n      null\n    ]\n  ]\n}\n"
        );
    }
}
