//! Responses synthesized from the spec, for endpoints without a behaviour of their own: a
//! plausible value of each response field's type, optional fields included, so that the
//! generated client decodes them.

use payway_codegen::model::{Envelope, Field, Response, Type};
use serde_json::{Map, Value};

use http::StatusCode;

use crate::reply::{self, Reply};
use crate::{ids, today, validate};

/// How many objects an `items` response holds.
const LIST_LENGTH: usize = 2;

/// The data of a response: an object for `item`, a list of objects for `items` (not yet in
/// its envelope), an empty object for a response the docs do not show (nothing to invent).
pub(crate) fn response(response: &Response) -> Value {
    match response.envelope {
        Envelope::Item | Envelope::None | Envelope::Undocumented => object(&response.fields),
        Envelope::Items => {
            Value::Array((0..LIST_LENGTH).map(|_| object(&response.fields)).collect())
        }
        Envelope::Empty => Value::Object(Map::new()),
    }
}

/// `data` in the response's envelope: `{"item": ...}`, `{"items": [...]}`, the bare object, or
/// `{}` for a response without data; for a response the docs do not show, `data` is the whole body.
pub(crate) fn envelope(envelope: Envelope, data: Value) -> Value {
    let key = match envelope {
        Envelope::Item => "item",
        Envelope::Items => "items",
        Envelope::None | Envelope::Undocumented => return data,
        Envelope::Empty => return Value::Object(Map::new()),
    };
    let mut map = Map::new();
    map.insert(key.to_string(), data);
    Value::Object(map)
}

/// The answer to a successful call: the documented status, and the data in its envelope (no
/// body at all for a 204).
pub(crate) fn reply(response: &Response, data: Value) -> Reply {
    let status = StatusCode::from_u16(response.status).unwrap_or(StatusCode::OK);
    if status == StatusCode::NO_CONTENT {
        return reply::raw(status, "application/json", Vec::new());
    }
    reply::json_reply(status, &envelope(response.envelope, data))
}

fn object(fields: &[Field]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|field| (field.name.clone(), value(&field.name, &field.ty)))
            .collect(),
    )
}

/// A plausible value of `ty` for a field called `name`.
pub(crate) fn value(name: &str, ty: &Type) -> Value {
    match ty {
        Type::String(rules) => {
            let looks_like_id = name == "id" || name.ends_with("_id");
            let first = if looks_like_id {
                ids::object_id()
            } else {
                format!("sandbox {}", name.replace('_', " "))
            };
            // The first candidate that follows the rules, else the first one anyway.
            let mut others = vec![ids::object_id()];
            if let Some(min) = rules.min_length {
                others.push("a".repeat(min));
            }
            let rules = validate::text_rules(rules);
            let chosen = std::iter::once(first.clone())
                .chain(others)
                .find(|candidate| rules.check(candidate).is_ok())
                .unwrap_or(first);
            Value::String(chosen)
        }
        Type::Boolean => Value::Bool(true),
        Type::Integer => Value::from(1),
        Type::Number => Value::from(99.0),
        Type::Date => Value::String(
            today::today().map_or_else(|| "2030-01-01".to_string(), |d| d.to_string()),
        ),
        Type::DateTime => Value::String(format!(
            "{}T12:00:00+01:00",
            today::today().map_or_else(|| "2030-01-01".to_string(), |d| d.to_string())
        )),
        Type::Url => Value::String(format!("https://example.com/sandbox/{name}")),
        Type::IpAddress => Value::String("127.0.0.1".to_string()),
        Type::Email => Value::String("customer@example.com".to_string()),
        Type::Enum(values) => values
            .values
            .first()
            .map_or(Value::Null, |v| Value::String(v.clone())),
        Type::Object(object) => self::object(&object.fields),
        Type::List(item) => Value::Array(vec![value(name, item)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthesized_responses_follow_the_spec() {
        for source in [
            crate::PAYWAY_SPEC,
            include_str!("../../tests/fixtures/fixture.yaml"),
        ] {
            let spec = payway_codegen::load(source).expect("spec loads");
            for endpoint in spec.sections.iter().flat_map(|s| &s.endpoints) {
                let data = response(&endpoint.response);
                let objects = match data {
                    Value::Array(items) => items,
                    one => vec![one],
                };
                for object in objects {
                    let map = object.as_object().cloned().unwrap_or_default();
                    assert_eq!(
                        validate::body(&endpoint.response.fields, &map),
                        Ok(()),
                        "{}",
                        endpoint.path
                    );
                }
            }
        }
    }
}
