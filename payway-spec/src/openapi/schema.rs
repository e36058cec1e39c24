//! Spec fields and types as JSON Schema (the dialect of OpenAPI 3.1). Every constraint of the
//! spec has a place: standard keywords where JSON Schema has one, `x-payway-*` where it has not
//! (sensitive values, the original pattern when it needs translating).

use payway_codegen::model::{DefaultValue, Field, ObjectType, StringRules, Type};
use serde_json::Value as JsonValue;

use super::tree::{array, object, string};

/// Both shapes the API writes a date and time in, `2019-11-21T14:43:30+01:00` (RFC 3339, also
/// with `Z` and fractions of a second) and `2020-04-23 12:16:50 +0200`, with the ranges of each
/// part; the calendar (30 February) is beyond a pattern.
pub const DATE_TIME_PATTERN: &str = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)? ?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$";

/// Whether a schema describes what is sent or what comes back: requests are checked strictly
/// (Payway rejects unknown parameters), responses are read tolerantly (fields get added).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A request parameter or body.
    Request,
    /// A response body.
    Response,
}

/// The schema of an object with `fields`.
pub fn object_schema(
    fields: &[Field],
    additional_fields: bool,
    direction: Direction,
) -> Vec<(String, JsonValue)> {
    let mut schema = vec![("type".to_string(), string("object"))];
    let properties: Vec<(String, JsonValue)> = fields
        .iter()
        .map(|f| (f.name.clone(), field_schema(f, direction)))
        .collect();
    schema.push((
        "properties".into(),
        JsonValue::Object(properties.into_iter().collect()),
    ));
    let required: Vec<JsonValue> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| string(&f.name))
        .collect();
    if !required.is_empty() {
        schema.push(("required".into(), JsonValue::Array(required)));
    }
    match direction {
        Direction::Request => {
            schema.push((
                "additionalProperties".into(),
                JsonValue::Bool(additional_fields),
            ));
        }
        // A response may always carry more than the spec lists; whether the spec says so for
        // this object is kept for Payway tools.
        Direction::Response => {
            schema.push(("additionalProperties".into(), JsonValue::Bool(true)));
            if additional_fields {
                schema.push(("x-payway-additional-fields".into(), JsonValue::Bool(true)));
            }
        }
    }
    schema
}

/// A field's schema: its type's, plus what the field adds (description, default, sensitive).
pub fn field_schema(field: &Field, direction: Direction) -> JsonValue {
    // A guard: a part added to fields in the model is a compile error here until it is exported.
    let Field {
        name: _,
        ty: _,
        required: _,
        default: _,
        description: _,
        sensitive: _,
        unsettable: _,
    } = field;
    let mut schema = type_schema(&field.ty, direction);
    // A value the docs allow to clear also takes the text that clears it, whatever its type.
    if field.unsettable {
        let value = JsonValue::Object(schema.into_iter().collect());
        schema = vec![
            (
                "anyOf".into(),
                array([
                    value,
                    object([("const", string(payway_codegen::model::UNSET))]),
                ]),
            ),
            ("x-payway-unsettable".into(), JsonValue::Bool(true)),
        ];
    }
    if let Some(description) = &field.description {
        schema.push(("description".into(), string(description)));
    }
    if let Some(default) = &field.default {
        schema.push(("default".into(), default_value(default, &field.ty)));
    }
    if field.sensitive {
        schema.push(("x-payway-sensitive".into(), JsonValue::Bool(true)));
    }
    JsonValue::Object(schema.into_iter().collect())
}

/// A type's schema, as members so that a field can add its own.
fn type_schema(ty: &Type, direction: Direction) -> Vec<(String, JsonValue)> {
    let text = |format: Option<&str>| {
        let mut schema = vec![("type".to_string(), string("string"))];
        if let Some(format) = format {
            schema.push(("format".into(), string(format)));
        }
        schema
    };
    match ty {
        Type::String(rules) => {
            let mut schema = text(None);
            string_rules(&mut schema, rules);
            schema
        }
        Type::Boolean => vec![("type".into(), string("boolean"))],
        Type::Integer => vec![("type".into(), string("integer"))],
        Type::Number => vec![("type".into(), string("number"))],
        Type::Date => text(Some("date")),
        // Not `format: date-time`: the API's second shape is not RFC 3339, and a validator that
        // checks formats (Prism does) would refuse it. A pattern takes both, as the client does.
        Type::DateTime => {
            let mut schema = text(None);
            schema.push(("pattern".into(), string(DATE_TIME_PATTERN)));
            schema.push(("x-payway-type".into(), string("date_time")));
            schema
        }
        Type::Url => text(Some("uri")),
        Type::IpAddress => {
            let mut schema = text(None);
            schema.push((
                "anyOf".into(),
                array([
                    object([("format", string("ipv4"))]),
                    object([("format", string("ipv6"))]),
                ]),
            ));
            schema
        }
        Type::Email => text(Some("email")),
        Type::Enum(e) => {
            let mut schema = text(None);
            schema.push(("enum".into(), array(e.values.iter().map(|v| string(v)))));
            schema
        }
        Type::Object(ObjectType {
            name,
            description,
            fields,
            additional_fields,
        }) => {
            let mut schema = vec![("title".to_string(), string(name))];
            if let Some(description) = description {
                schema.push(("x-payway-object-description".into(), string(description)));
            }
            schema.extend(object_schema(fields, *additional_fields, direction));
            schema
        }
        Type::List(item) => vec![
            ("type".into(), string("array")),
            (
                "items".into(),
                JsonValue::Object(type_schema(item, direction).into_iter().collect()),
            ),
        ],
    }
}

fn string_rules(schema: &mut Vec<(String, JsonValue)>, rules: &StringRules) {
    if let Some(min) = rules.min_length {
        schema.push(("minLength".into(), JsonValue::from(min)));
    }
    if let Some(max) = rules.max_length {
        schema.push(("maxLength".into(), JsonValue::from(max)));
    }
    if let Some(pattern) = &rules.pattern {
        match ecma_pattern(pattern) {
            Some(ecma) if &ecma == pattern => schema.push(("pattern".into(), string(pattern))),
            Some(ecma) => {
                schema.push(("pattern".into(), string(&ecma)));
                schema.push(("x-payway-pattern".into(), string(pattern)));
            }
            // Not expressible for JSON Schema's (ECMA-262) engine: kept for Payway tools only.
            None => schema.push(("x-payway-pattern".into(), string(pattern))),
        }
    }
}

fn default_value(default: &DefaultValue, ty: &Type) -> JsonValue {
    match default {
        DefaultValue::Boolean(b) => JsonValue::Bool(*b),
        DefaultValue::Integer(n) => JsonValue::from(*n),
        // A number's default is text in the model; written as JSON writes the number.
        DefaultValue::Text(t) if matches!(ty, Type::Number) => t
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| string(t), JsonValue::Number),
        DefaultValue::Text(t) => string(t),
    }
}

/// The pattern in ECMA-262 syntax, which JSON Schema uses. The spec's patterns are regex-lite
/// syntax, where case-insensitivity is a leading `(?i)` (the docs' `/.../i`); ECMA has no inline
/// flags, so the letters are spelled out in both cases instead. `None` for other inline flags.
pub fn ecma_pattern(pattern: &str) -> Option<String> {
    let Some(rest) = pattern.strip_prefix("(?i)") else {
        return (!pattern.contains("(?")).then(|| pattern.to_string());
    };
    if rest.contains("(?") {
        return None;
    }
    let mut out = String::new();
    let mut chars = rest.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            // An escape stays as it is: `\d` is not the letter d.
            '\\' => {
                out.push(c);
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            // A range of letters inside a class: `a-f` becomes `a-fA-F`.
            c if in_class && c.is_ascii_alphabetic() && chars.peek() == Some(&'-') => {
                let mut lookahead = chars.clone();
                lookahead.next();
                match lookahead.next() {
                    Some(end) if end.is_ascii_alphabetic() => {
                        chars.next();
                        chars.next();
                        out.push_str(&format!("{c}-{end}{}-{}", swap_case(c), swap_case(end)));
                    }
                    _ => out.push_str(&format!("{c}{}", swap_case(c))),
                }
            }
            c if in_class && c.is_ascii_alphabetic() => {
                out.push_str(&format!("{c}{}", swap_case(c)))
            }
            c if c.is_ascii_alphabetic() => out.push_str(&format!(
                "[{}{}]",
                c.to_ascii_lowercase(),
                c.to_ascii_uppercase()
            )),
            c => out.push(c),
        }
    }
    Some(out)
}

fn swap_case(c: char) -> char {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::ecma_pattern;

    #[test]
    fn case_insensitive_patterns_spell_out_both_cases() {
        assert_eq!(
            ecma_pattern(r"(?i)^[a-f\d]{24}$").as_deref(),
            Some(r"^[a-fA-F\d]{24}$")
        );
        assert_eq!(
            ecma_pattern(r"(?i)^ab[xZ]\w$").as_deref(),
            Some(r"^[aA][bB][xXZz]\w$")
        );
        assert_eq!(ecma_pattern(r"^[a-z]+$").as_deref(), Some(r"^[a-z]+$"));
        assert_eq!(ecma_pattern(r"^a(?i)b$"), None);
    }
}
