//! The export's document tree is a `serde_json::Value` whose objects keep their members in the
//! order built (serde_json's `preserve_order`, which payway-codegen turns on; examples are
//! already such values); this file builds it tersely and writes it as JSON. YAML goes through
//! payway-spec's one YAML writer (`yaml_writer.rs`).

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
