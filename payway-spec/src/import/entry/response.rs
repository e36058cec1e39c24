//! The response: envelope, status and fields from the page's example responses (every one of
//! them: a field only some show is not required) and the response table's descriptions.

use serde_json::{Map, Value};

use super::super::json;
use super::super::page::{Column, Page, Row};
use super::request::closed_set;
use super::{one_line, open_object};
use crate::yaml_writer::{Entry, Yaml};

/// The response's keys, and review notes on how they were read.
pub struct Response {
    /// `envelope`, `status`, `may_be_empty`, `fields`.
    pub keys: Vec<Entry>,
    /// What a person should look at (examples mended, examples left out).
    pub reviews: Vec<String>,
}

/// Every success status the Response part names ("201 Updated", "204 Deleted", "will always
/// return status code 207"), in order: status lines only, never an example's numbers.
pub fn stated_statuses(page: &Page) -> Vec<u16> {
    let status_line = |line: &&String| {
        let line = line.trim();
        let first = line.split_whitespace().next().unwrap_or("");
        !line.starts_with(['{', '}', '[', ']', '"'])
            && (first.parse::<u16>().is_ok()
                || line.contains("HTTP")
                || line.to_ascii_lowercase().contains("status"))
    };
    page.response
        .iter()
        .filter(status_line)
        .flat_map(|l| l.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter_map(|w| w.parse::<u16>().ok().filter(|s| (200..300).contains(s)))
        .collect()
}

/// The response, or why the page shows none that can be read.
pub fn response(page: &Page) -> Result<Response, String> {
    // The first status that carries data is the documented one; a 204 beside it means the
    // answer may have no data.
    let statuses = stated_statuses(page);
    let status = statuses
        .iter()
        .copied()
        .find(|s| *s != 204)
        .or(statuses.first().copied());
    let no_content = statuses == [204]
        || page
            .response
            .iter()
            .any(|l| l.to_ascii_lowercase().contains("no content"));
    let mut reviews = Vec::new();
    let mut examples: Vec<Map<String, Value>> = Vec::new();
    for (i, example) in json::objects(&page.response).into_iter().enumerate() {
        match example {
            Ok((Value::Object(map), mended)) => {
                if let Some(mended) = mended {
                    reviews.push(format!(
                        "example response {} is not JSON as written ({mended}); read as mended",
                        i + 1
                    ));
                }
                examples.push(map);
            }
            Ok(_) => {}
            Err(why) if i == 0 && !no_content => {
                return Err(format!(
                    "a readable example response: its JSON does not parse ({why})"
                ));
            }
            Err(why) => reviews.push(format!(
                "example response {} does not read ({why}) and is left out",
                i + 1
            )),
        }
    }
    if examples.is_empty() && !no_content {
        return Err("an example response (JSON) under the Response heading".to_string());
    }
    let shape = |map: &Map<String, Value>| -> (&'static str, Vec<Map<String, Value>>) {
        match (map.len(), map.get("item"), map.get("items")) {
            (0, _, _) => ("empty", Vec::new()),
            (1, Some(Value::Object(item)), _) => ("item", vec![item.clone()]),
            (1, _, Some(Value::Array(items))) => (
                "items",
                items.iter().filter_map(Value::as_object).cloned().collect(),
            ),
            _ => ("none", vec![map.clone()]),
        }
    };
    // `{"items": ["https://...", ...]}`: a list of plain values, which the spec's `items` (a
    // list of objects) cannot say; read as objects, every answer would fail to decode.
    if let Some(Value::Array(items)) = examples
        .first()
        .filter(|map| map.len() == 1)
        .and_then(|map| map.get("items"))
        && items.iter().any(|v| !v.is_object())
    {
        reviews.push(
            "the example's `items` are plain values, not objects, which the spec cannot \
             describe: the client keeps the whole JSON body"
                .to_string(),
        );
        let keys = vec![Entry::new("envelope", Yaml::text("undocumented"))];
        return Ok(Response { keys, reviews });
    }
    let (envelope, mut objects) = examples.first().map_or(("empty", Vec::new()), shape);
    for (i, later) in examples.iter().enumerate().skip(1) {
        let (other, more) = shape(later);
        if other == envelope {
            objects.extend(more);
        } else if other != "empty" {
            reviews.push(format!(
                "example response {} has another shape (`{other}`, not `{envelope}`) and is \
                 left out",
                i + 1
            ));
        }
    }
    let mut out = Vec::new();
    out.push(Entry::new("envelope", Yaml::text(envelope)));
    let default_status = if envelope == "empty" { 204 } else { 200 };
    let status = if envelope == "empty" {
        status.filter(|s| *s == 204 || !statuses.contains(&204))
    } else {
        status.filter(|s| *s != 204)
    };
    if let Some(status) = status.filter(|s| *s != default_status) {
        out.push(Entry::new("status", Yaml::text(status.to_string())));
    }
    if envelope != "empty" && statuses.contains(&204) {
        out.push(Entry::reviewed(
            "may_be_empty",
            Yaml::text("true"),
            "the page also names a 204 (no data) answer".to_string(),
        ));
    }
    if envelope != "empty" {
        let fields = union_of_objects(objects.iter());
        let unnamed: Vec<String> = fields
            .iter()
            .filter(|s| super::super::page::parameter_name(&s.name).is_none_or(|n| n != s.name))
            .map(|s| format!("`{}`", s.name))
            .collect();
        if !unnamed.is_empty() {
            reviews.push(format!(
                "the example's {} {} no snake_case name, which the spec cannot give a field: left \
                 out, so the client ignores {}",
                unnamed.join(", "),
                if unnamed.len() == 1 { "has" } else { "have" },
                if unnamed.len() == 1 { "it" } else { "them" },
            ));
        }
        out.push(Entry::new(
            "fields",
            Yaml::Map(response_fields(&fields, &page.response_rows)),
        ));
    }
    Ok(Response { keys: out, reviews })
}

/// A field seen in the examples: its first value, whether every example has it, and whether
/// any gives it as `null`.
struct Seen {
    name: String,
    value: Value,
    in_every: bool,
    null_seen: bool,
}

/// The fields of several objects: every key any of them has, in first-seen order; a key some
/// lack is not in every one.
fn union_of_objects<'v>(objects: impl IntoIterator<Item = &'v Map<String, Value>>) -> Vec<Seen> {
    let objects: Vec<&Map<String, Value>> = objects.into_iter().collect();
    let mut out: Vec<Seen> = Vec::new();
    for object in &objects {
        for (key, value) in *object {
            match out.iter_mut().find(|s| &s.name == key) {
                // A number with a fraction in any object makes the field a number; a value
                // beats a `null`.
                Some(seen) if value.is_f64() || seen.value.is_null() => seen.value = value.clone(),
                Some(_) => {}
                None => out.push(Seen {
                    name: key.clone(),
                    value: value.clone(),
                    in_every: true,
                    null_seen: false,
                }),
            }
        }
    }
    for seen in &mut out {
        seen.in_every = objects.iter().all(|o| o.contains_key(&seen.name));
        seen.null_seen = objects
            .iter()
            .any(|o| o.get(&seen.name).is_some_and(Value::is_null));
    }
    out
}

fn response_fields(fields: &[Seen], rows: &[Row]) -> Vec<Entry> {
    fields
        .iter()
        .filter(|s| super::super::page::parameter_name(&s.name).is_some_and(|n| n == s.name))
        .map(|seen| {
            let name = &seen.name;
            let row = rows.iter().find(|r| &r.name == name);
            let description = row.and_then(|r| r.cell(Column::Description)).map(one_line);
            let children = row.map(|r| r.children.as_slice()).unwrap_or(&[]);
            let (mut keys, review) =
                response_type(name, &seen.value, description.as_deref(), children);
            let mut reviews: Vec<String> = review.into_iter().collect();
            if !seen.in_every || seen.null_seen {
                // After `type` and its keys: a required field must be there and not `null`.
                let at = keys
                    .iter()
                    .position(|e| e.key == "fields" || e.key == "items")
                    .unwrap_or(keys.len());
                keys.insert(at, Entry::new("required", Yaml::text("false")));
                reviews.push(if seen.in_every {
                    "an example gives it as null, so it is not required".into()
                } else {
                    "only some of the page's examples have it, so it is not required".into()
                });
            }
            if let Some(description) = description {
                // After `type`/`values`, before nested `fields`/`items`.
                let at = keys
                    .iter()
                    .position(|e| e.key == "fields" || e.key == "items")
                    .unwrap_or(keys.len());
                keys.insert(at, Entry::new("description", Yaml::text(description)));
            }
            Entry {
                key: name.clone(),
                value: Yaml::Map(keys),
                comments: reviews
                    .into_iter()
                    .map(|r| format!("review: {r}"))
                    .collect(),
            }
        })
        .collect()
}

/// The spec type of a response value from the example.
fn response_type(
    name: &str,
    value: &Value,
    description: Option<&str>,
    rows: &[Row],
) -> (Vec<Entry>, Option<String>) {
    let ty = |t: &str| vec![Entry::new("type", Yaml::text(t))];
    match value {
        Value::Bool(_) => (ty("boolean"), None),
        Value::Number(n) if n.is_i64() || n.is_u64() => {
            let money = ["price", "amount", "cost", "total", "vat", "sum"]
                .iter()
                .any(|m| name.contains(m));
            if money {
                (
                    ty("number"),
                    Some("the example shows a whole number; a price may have decimals".into()),
                )
            } else {
                (ty("integer"), None)
            }
        }
        Value::Number(_) => (ty("number"), None),
        Value::Null => (
            ty("string"),
            Some("the example value is null, so its type is a guess".into()),
        ),
        Value::String(text) => {
            if let Some(values) = description.and_then(closed_set) {
                let mut keys = ty("enum");
                keys.push(Entry::new("values", Yaml::Flow(values)));
                return (keys, None);
            }
            match string_type(text) {
                // The client reads a `date_time` only with its UTC offset; one the example
                // writes without (`2022-01-01T00:00:00`) would fail the whole answer.
                "date_time" if payway_values::DateTime::parse(text).is_err() => (
                    ty("string"),
                    Some(format!(
                        "the example writes a date and time the client's `date_time` does not \
                         read (`{text}`: no UTC offset, or not in one of its shapes): kept as text"
                    )),
                ),
                other => (ty(other), None),
            }
        }
        Value::Object(fields) if fields.is_empty() => {
            let mut keys = ty("object");
            keys.extend(open_object(Vec::new()));
            (
                keys,
                Some("an empty object in the example: its fields are not known".into()),
            )
        }
        Value::Object(fields) => {
            let mut keys = ty("object");
            keys.push(Entry::new(
                "fields",
                Yaml::Map(response_fields(&union_of_objects([fields]), rows)),
            ));
            (keys, None)
        }
        Value::Array(items) => {
            let first = items.first();
            let (item_keys, review) = match first {
                None => (
                    ty("string"),
                    Some("an empty list in the example: the type of its items is a guess".into()),
                ),
                Some(Value::Object(_)) => {
                    let fields = union_of_objects(items.iter().filter_map(Value::as_object));
                    let mut keys = ty("object");
                    keys.push(Entry::new("name", Yaml::text(singular_type_name(name))));
                    keys.push(Entry::new(
                        "fields",
                        Yaml::Map(response_fields(&fields, rows)),
                    ));
                    (keys, None)
                }
                Some(one) => response_type(name, one, None, rows),
            };
            let mut keys = ty("list");
            keys.push(Entry::new("items", Yaml::Map(item_keys)));
            (keys, review)
        }
    }
}

/// What an example string looks like: an address, a date, a date-time, an email, or text.
fn string_type(text: &str) -> &'static str {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let is_date = digits(0..4) && bytes.get(4) == Some(&b'-') && digits(5..7);
    if text.starts_with("https://") || text.starts_with("http://") {
        "url"
    } else if is_date && text.len() == 10 && digits(8..10) {
        "date"
    } else if is_date && text.len() > 10 && matches!(bytes.get(10), Some(b'T' | b' ')) {
        "date_time"
    } else if text.contains('@')
        && !text.contains(char::is_whitespace)
        && text.rsplit('@').next().is_some_and(|d| d.contains('.'))
    {
        "email"
    } else {
        "string"
    }
}

/// `payment_method_categories` -> `PaymentMethodCategory`: the type of one item of a list.
fn singular_type_name(name: &str) -> String {
    let singular = if let Some(stem) = name.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = name.strip_suffix("ses") {
        format!("{stem}s")
    } else if let Some(stem) = name.strip_suffix('s') {
        stem.to_string()
    } else {
        format!("{name}_item")
    };
    // The loader's own rule for a type name from a field name.
    payway_codegen::naming::pascal_case(&singular)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_strings_give_their_type() {
        assert_eq!(string_type("2019-11-21T14:43:30+01:00"), "date_time");
        assert_eq!(string_type("2020-04-23 12:16:50 +0200"), "date_time");
        assert_eq!(string_type("2021-10-30"), "date");
        assert_eq!(string_type("http://url.to.klarna.se"), "url");
        assert_eq!(string_type("ORDER-123"), "string");
    }

    #[test]
    fn list_items_get_a_singular_name() {
        assert_eq!(
            singular_type_name("payment_method_categories"),
            "PaymentMethodCategory"
        );
        assert_eq!(singular_type_name("items"), "Item");
    }
}
