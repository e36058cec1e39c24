//! The export's document tree is the model's own ordered [`JsonValue`] (examples are already in
//! it); this file builds it tersely and writes it as JSON.

use payway_codegen::model::JsonValue;

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
    let mut out = String::new();
    write_json(&mut out, value, 0);
    out.push('\n');
    out
}

fn write_json(out: &mut String, value: &JsonValue, indent: usize) {
    let pad = |n: usize| "  ".repeat(n);
    match value {
        JsonValue::Null => out.push_str("null"),
        JsonValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        JsonValue::Number(n) => out.push_str(n),
        JsonValue::String(s) => out.push_str(&quote(s)),
        JsonValue::Array(items) if items.is_empty() => out.push_str("[]"),
        JsonValue::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&pad(indent + 1));
                write_json(out, item, indent + 1);
            }
            out.push('\n');
            out.push_str(&pad(indent));
            out.push(']');
        }
        JsonValue::Object(members) if members.is_empty() => out.push_str("{}"),
        JsonValue::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&pad(indent + 1));
                out.push_str(&quote(key));
                out.push_str(": ");
                write_json(out, item, indent + 1);
            }
            out.push('\n');
            out.push_str(&pad(indent));
            out.push('}');
        }
    }
}

/// A JSON string literal. Its escapes are a subset of YAML's double-quoted ones, so it is also
/// a valid YAML scalar.
fn quote(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_yaml_nest_maps_and_lists() {
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
            crate::yaml_writer::document(&crate::yaml_writer::from_json(&doc)),
            "a:\n  - b: '1'\n    c: []\n  - true\nd: {}\ne:\n  -\n    - null\n"
        );
        assert_eq!(
            to_json(&doc),
            "{\n  \"a\": [\n    {\n      \"b\": \"1\",\n      \"c\": []\n    },\n    true\n  ],\n  \"d\": {},\n  \"e\": [\n    [\n      null\n    ]\n  ]\n}\n"
        );
    }
}
