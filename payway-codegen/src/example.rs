//! The `example` key of an endpoint: the docs page's example request and response, read from the
//! tree into JSON values (members in the order written) and checked against the endpoint's own fields, so an example can never
//! disagree with the spec (a mock server answers with it, and people copy it).

use crate::diagnostic::{Diagnostics, Location};
use crate::model::{Endpoint, Envelope, Example, Field, StringRules, Type};
use crate::yaml::{Node, Value};
use payway_values::{Date, DateTime, Email, InvalidValue, Pattern, TextRules, ip_address};
use serde_json::{Map, Value as JsonValue};

/// Reads the `example` map of `endpoint` (named `name` in messages). Problems go to
/// `diagnostics`; what is wrong is left out of the example.
pub(crate) fn read(
    node: &Node,
    endpoint: &Endpoint,
    name: &str,
    diagnostics: &mut Diagnostics,
) -> Example {
    let mut checker = Checker { diagnostics };
    let Value::Map(entries) = &node.value else {
        checker.error(
            node.location,
            format!(
                "`example` of {name} must be a map with `request` and/or `response`, found {}",
                node.shape()
            ),
        );
        return Example::default();
    };
    let mut example = Example::default();
    for (key, value) in entries {
        match key.text.as_str() {
            "request" if example.request.is_none() => {
                example.request = checker.request(value, endpoint);
            }
            "response" if example.response.is_none() => {
                example.response = checker.response(value, endpoint);
            }
            "request" | "response" => checker.error(
                key.location,
                format!("duplicate key `{}` in `example` of {name}", key.text),
            ),
            other => checker.error(
                key.location,
                format!(
                    "unknown field `{other}` in `example` of {name}: expected `request` or `response`"
                ),
            ),
        }
    }
    example
}

struct Checker<'d> {
    diagnostics: &'d mut Diagnostics,
}

impl Checker<'_> {
    fn error(&mut self, location: Location, message: String) {
        self.diagnostics.error(location, message);
    }

    /// The request's parameters as the curl example shows them: the body when the request has
    /// one (a POST, PUT or PATCH, or a GET or DELETE with `body:`), the query otherwise (which may hold unlisted keys with `additional_parameters`, as the client's
    /// `.parameter(name, value)` may). Each `required_one_of` group must have a member set.
    fn request(&mut self, node: &Node, endpoint: &Endpoint) -> Option<JsonValue> {
        let (fields, hidden, open) = if endpoint.has_body() {
            (
                &endpoint.body,
                &endpoint.query,
                endpoint.additional_parameters,
            )
        } else {
            (&endpoint.query, &endpoint.body, false)
        };
        let request = self.object(node, fields, open, "example.request");
        let Value::Map(entries) = &node.value else {
            return request;
        };
        let mut valid = true;
        for group in &endpoint.required_one_of {
            let set = |name: &String| entries.iter().any(|(key, _)| &key.text == name);
            // A member sent where the example does not show (a POST's query) may be the one set.
            let unseen = group
                .iter()
                .any(|name| hidden.iter().any(|f| &f.name == name));
            if !unseen && !group.iter().any(set) {
                let names: Vec<String> = group.iter().map(|name| format!("`{name}`")).collect();
                self.error(
                    node.location,
                    format!(
                        "`example.request` sets none of {}: `required_one_of` needs at least one",
                        names.join(", ")
                    ),
                );
                valid = false;
            }
        }
        request.filter(|_| valid)
    }

    /// The whole response body, envelope included, as the docs show it.
    fn response(&mut self, node: &Node, endpoint: &Endpoint) -> Option<JsonValue> {
        let response = &endpoint.response;
        let fields = &response.fields;
        if response.may_be_empty && matches!(&node.value, Value::Map(entries) if entries.is_empty())
        {
            self.error(
                node.location,
                "`example.response` is `{}`, the answer with no data, which needs no example: \
                 show the object the endpoint answers with"
                    .to_string(),
            );
            return None;
        }
        let wrap_list = match response.envelope {
            Envelope::Item => false,
            Envelope::Items => true,
            // The body is the object itself.
            Envelope::None => return self.object(node, fields, false, "example.response"),
            // Nothing to show, and nowhere to put it: the export documents no content.
            Envelope::Empty => {
                self.error(
                    node.location,
                    "`example.response` cannot be given for `envelope: empty`, which carries no \
                     data: remove it"
                        .to_string(),
                );
                return None;
            }
            // Refused rather than taken as any JSON: the docs do not show this response, so an
            // example would come from elsewhere (a guess, another page, a sandbox) and the export
            // would hand it to mock servers and readers as documented. A docs page that shows the
            // response gives its envelope and fields, and then the example is checked.
            Envelope::Undocumented => {
                self.error(
                    node.location,
                    "`example.response` cannot be given for `envelope: undocumented`, whose docs \
                     show no response: remove it, or give the envelope and fields the docs show"
                        .to_string(),
                );
                return None;
            }
        };
        // `item` or `items`, the two envelopes left.
        let key = response.envelope.word();
        let path = format!("example.response.{key}");
        let Value::Map(entries) = &node.value else {
            self.error(
                node.location,
                format!("`example.response` must be the response body, `{{{key}: ...}}`"),
            );
            return None;
        };
        let [(envelope_key, inner)] = entries.as_slice() else {
            self.error(
                node.location,
                format!("`example.response` must have exactly one key, `{key}` (the envelope)"),
            );
            return None;
        };
        if envelope_key.text != key {
            self.error(
                envelope_key.location,
                format!(
                    "`example.response` is wrapped in `{}`, but the response's envelope is `{key}`",
                    envelope_key.text
                ),
            );
            return None;
        }
        let value = if wrap_list {
            let Value::List(items) = &inner.value else {
                self.error(
                    inner.location,
                    format!("`{path}` must be a list of objects"),
                );
                return None;
            };
            let mut checked = Vec::new();
            for (index, item) in items.iter().enumerate() {
                checked.push(self.object(item, fields, false, &format!("{path}[{index}]"))?);
            }
            JsonValue::Array(checked)
        } else {
            self.object(inner, fields, false, &path)?
        };
        Some(JsonValue::Object(Map::from_iter([(
            key.to_string(),
            value,
        )])))
    }

    /// An object whose members are `fields` (and anything else when `open`).
    fn object(
        &mut self,
        node: &Node,
        fields: &[Field],
        open: bool,
        path: &str,
    ) -> Option<JsonValue> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.location,
                format!(
                    "`{path}` must be an object (`key: value` lines), found {}",
                    node.shape()
                ),
            );
            return None;
        };
        let mut members = Map::new();
        let mut valid = true;
        for (key, value) in entries {
            if members.contains_key(&key.text) {
                self.error(
                    key.location,
                    format!("duplicate key `{}` in `{path}`", key.text),
                );
                valid = false;
                continue;
            }
            let member_path = format!("{path}.{}", key.text);
            let checked = match fields.iter().find(|f| f.name == key.text) {
                Some(field) => self.value(value, &field.ty, &member_path),
                None if open => self.free(value),
                None => {
                    let known: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
                    let hint = match crate::naming::closest(&key.text, &known) {
                        Some(close) => format!("did you mean `{close}`?"),
                        None => "the spec does not list it".to_string(),
                    };
                    self.error(
                        key.location,
                        format!("`{member_path}` is not a field here: {hint}"),
                    );
                    None
                }
            };
            match checked {
                Some(value) => {
                    members.insert(key.text.clone(), value);
                }
                None => valid = false,
            }
        }
        for field in fields.iter().filter(|f| f.required) {
            if !entries.iter().any(|(key, _)| key.text == field.name) {
                self.error(
                    node.location,
                    format!(
                        "`{path}` has no `{}`, which the spec says is always there",
                        field.name
                    ),
                );
                valid = false;
            }
        }
        valid.then_some(JsonValue::Object(members))
    }

    /// One value of type `ty`.
    fn value(&mut self, node: &Node, ty: &Type, path: &str) -> Option<JsonValue> {
        let value = self.free(node)?;
        let text = match &value {
            JsonValue::String(text) => Some(text.as_str()),
            _ => None,
        };
        // `Err(())`: the value is not of the type's kind at all; `Ok(Some(..))`: it is, but a
        // rule of the type rejects it.
        let problem: Result<Option<String>, ()> = match ty {
            Type::Object(object) => {
                return self.object(node, &object.fields, object.additional_fields, path);
            }
            Type::List(item) => {
                let Value::List(items) = &node.value else {
                    self.error(node.location, format!("`{path}` must be a list"));
                    return None;
                };
                let mut checked = Vec::new();
                for (index, node) in items.iter().enumerate() {
                    checked.push(self.value(node, item, &format!("{path}[{index}]"))?);
                }
                return Some(JsonValue::Array(checked));
            }
            Type::String(rules) => text.map(|t| string_problem(rules, t)).ok_or(()),
            Type::Boolean => match value {
                JsonValue::Bool(_) => Ok(None),
                _ => Err(()),
            },
            Type::Integer => match &value {
                JsonValue::Number(n) if n.is_i64() || n.is_u64() => Ok(None),
                _ => Err(()),
            },
            Type::Number => match value {
                JsonValue::Number(_) => Ok(None),
                _ => Err(()),
            },
            // The client's own checks (payway-values), so an example passes exactly when the
            // client would accept the value.
            Type::Date => text.map(|t| rejection(Date::parse(t))).ok_or(()),
            Type::DateTime => text.map(|t| rejection(DateTime::parse(t))).ok_or(()),
            Type::IpAddress => text.map(|t| rejection(ip_address(t))).ok_or(()),
            Type::Email => text.map(|t| rejection(Email::parse(t))).ok_or(()),
            // The shape only: the client's `AbsoluteUrl` parses with the `url` crate, which the
            // macro's build does without (payway-values' `url` feature is off here).
            Type::Url => text
                .map(|t| {
                    let absolute = ["https://", "http://"]
                        .iter()
                        .any(|scheme| t.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty()));
                    (!absolute).then(|| "must be an absolute http(s) URL".to_string())
                })
                .ok_or(()),
            Type::Enum(e) => text
                .map(|t| {
                    (!e.values.iter().any(|v| v == t))
                        .then(|| format!("must be one of {}", e.values.join(", ")))
                })
                .ok_or(()),
        };
        let problem = problem.unwrap_or_else(|()| {
            Some(format!(
                "must be {}, found {}",
                kind_of_type(ty),
                kind_of_value(&value)
            ))
        });
        match problem {
            Some(problem) => {
                self.error(node.location, format!("`{path}` {problem}"));
                None
            }
            None => Some(value),
        }
    }

    /// A value as JSON reads it: quoted text is text; unquoted `true`, `false`, `null` and
    /// numbers are what they look like; anything else is text. A number too large for JSON
    /// readers (beyond a 64-bit float) is a problem.
    fn free(&mut self, node: &Node) -> Option<JsonValue> {
        Some(match &node.value {
            Value::Scalar { text, quoted: true } => JsonValue::String(text.clone()),
            Value::Scalar {
                text,
                quoted: false,
            } => match text.as_str() {
                "null" | "~" => JsonValue::Null,
                "true" => JsonValue::Bool(true),
                "false" => JsonValue::Bool(false),
                number if is_json_number(number) => match number.parse() {
                    Ok(number) => JsonValue::Number(number),
                    Err(_) => {
                        self.error(
                            node.location,
                            format!("the number `{number}` is too large for JSON readers"),
                        );
                        return None;
                    }
                },
                _ => JsonValue::String(text.clone()),
            },
            Value::List(items) => JsonValue::Array(
                items
                    .iter()
                    .map(|item| self.free(item))
                    .collect::<Option<_>>()?,
            ),
            Value::Map(entries) => {
                let mut members = Map::new();
                for (key, value) in entries {
                    if members.contains_key(&key.text) {
                        self.error(key.location, format!("duplicate key `{}`", key.text));
                        return None;
                    }
                    let value = self.free(value)?;
                    members.insert(key.text.clone(), value);
                }
                JsonValue::Object(members)
            }
        })
    }
}

/// The reason of a rejection, if it is one.
fn rejection<T>(checked: Result<T, InvalidValue>) -> Option<String> {
    checked.err().map(|invalid| invalid.reason().to_string())
}

/// The length and pattern rules, checked as the client checks them.
fn string_problem(rules: &StringRules, text: &str) -> Option<String> {
    let lengths = TextRules {
        min_length: rules.min_length,
        max_length: rules.max_length,
        pattern: None,
    };
    if let Err(invalid) = lengths.check(text) {
        return Some(invalid.reason().to_string());
    }
    let pattern = Pattern::owned(rules.pattern.clone()?);
    rejection(pattern.check(text))
}

/// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_json_number(text: &str) -> bool {
    let rest = text.strip_prefix('-').unwrap_or(text);
    let (int, rest) = split_digits(rest);
    if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
        return false;
    }
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => {
            let (digits, rest) = split_digits(fraction);
            if digits.is_empty() {
                return false;
            }
            rest
        }
        None => rest,
    };
    match rest.strip_prefix(['e', 'E']) {
        Some(exponent) => {
            let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            let (digits, rest) = split_digits(exponent);
            !digits.is_empty() && rest.is_empty()
        }
        None => rest.is_empty(),
    }
}

fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

fn kind_of_type(ty: &Type) -> &'static str {
    match ty {
        Type::String(_)
        | Type::Date
        | Type::DateTime
        | Type::Url
        | Type::IpAddress
        | Type::Email
        | Type::Enum(_) => "text (quote it if it looks like a number or `true`)",
        Type::Boolean => "`true` or `false`",
        Type::Integer => "a whole number",
        Type::Number => "a number",
        Type::Object(_) => "an object",
        Type::List(_) => "a list",
    }
}

fn kind_of_value(value: &JsonValue) -> &'static str {
    match value {
        JsonValue::Null => "`null`",
        JsonValue::Bool(_) => "a boolean",
        JsonValue::Number(_) => "a number",
        JsonValue::String(_) => "text",
        JsonValue::Array(_) => "a list",
        JsonValue::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::is_json_number;

    #[test]
    fn json_numbers() {
        for yes in ["0", "-1", "210", "1.5", "1e3", "-0.5E-2"] {
            assert!(is_json_number(yes), "{yes}");
        }
        for no in [
            "",
            "-",
            "01",
            "1.",
            ".5",
            "1e",
            "0x10",
            "1_000",
            "inf",
            "NaN",
            "2021-10-30",
        ] {
            assert!(!is_json_number(no), "{no}");
        }
    }
}
