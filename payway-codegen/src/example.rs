//! The `example` key of an endpoint: the docs page's example request and response, read from the
//! tree into [`JsonValue`]s and checked against the endpoint's own fields, so an example can never
//! disagree with the spec (a mock server answers with it, and people copy it).

use crate::diagnostic::{Diagnostics, Location};
use crate::model::{Endpoint, Envelope, Example, Field, JsonValue, Method, StringRules, Type};
use crate::yaml::{Node, Value};

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
                // The parameters a request example shows are where the method sends them.
                let fields = match endpoint.method {
                    Method::Get | Method::Delete => &endpoint.query,
                    Method::Post | Method::Put | Method::Patch => &endpoint.body,
                };
                example.request = checker.object(value, fields, false, "example.request");
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

    /// The whole response body, envelope included, as the docs show it.
    fn response(&mut self, node: &Node, endpoint: &Endpoint) -> Option<JsonValue> {
        let fields = &endpoint.response.fields;
        let (key, wrap_list) = match endpoint.response.envelope {
            Envelope::Item => ("item", false),
            Envelope::Items => ("items", true),
        };
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
        Some(JsonValue::Object(vec![(key.to_string(), value)]))
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
        let mut members = Vec::new();
        let mut valid = true;
        for (key, value) in entries {
            if members.iter().any(|(name, _)| name == &key.text) {
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
                None if open => free(value),
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
                Some(value) => members.push((key.text.clone(), value)),
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
        let value = free(node)?;
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
                JsonValue::Number(n) if !n.contains(['.', 'e', 'E']) => Ok(None),
                _ => Err(()),
            },
            Type::Number => match value {
                JsonValue::Number(_) => Ok(None),
                _ => Err(()),
            },
            Type::Date => text
                .map(|t| (!is_date(t)).then(|| "must be a date, `YYYY-MM-DD`".to_string()))
                .ok_or(()),
            Type::Url => text
                .map(|t| {
                    let absolute = ["https://", "http://"]
                        .iter()
                        .any(|scheme| t.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty()));
                    (!absolute).then(|| "must be an absolute http(s) URL".to_string())
                })
                .ok_or(()),
            Type::IpAddress => text
                .map(|t| {
                    t.parse::<std::net::IpAddr>()
                        .is_err()
                        .then(|| "must be an IPv4 or IPv6 address".to_string())
                })
                .ok_or(()),
            Type::Email => text
                .map(|t| {
                    let valid = t
                        .split_once('@')
                        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
                    (!valid).then(|| "must be an email address".to_string())
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
}

fn string_problem(rules: &StringRules, text: &str) -> Option<String> {
    let length = text.chars().count();
    if let Some(min) = rules.min_length.filter(|min| length < *min) {
        return Some(format!("is shorter than its `min_length` ({min})"));
    }
    if let Some(max) = rules.max_length.filter(|max| length > *max) {
        return Some(format!("is longer than its `max_length` ({max})"));
    }
    let pattern = rules.pattern.as_deref()?;
    // The loader has already checked the pattern compiles.
    let regex = regex_lite::Regex::new(pattern).ok()?;
    (!regex.is_match(text)).then(|| format!("does not match its `pattern` `{pattern}`"))
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// A value as JSON reads it: quoted text is text; unquoted `true`, `false`, `null` and numbers are
/// what they look like; anything else is text.
fn free(node: &Node) -> Option<JsonValue> {
    Some(match &node.value {
        Value::Scalar { text, quoted: true } => JsonValue::String(text.clone()),
        Value::Scalar {
            text,
            quoted: false,
        } => match text.as_str() {
            "null" | "~" => JsonValue::Null,
            "true" => JsonValue::Bool(true),
            "false" => JsonValue::Bool(false),
            number if is_json_number(number) => JsonValue::Number(number.to_string()),
            _ => JsonValue::String(text.clone()),
        },
        Value::List(items) => JsonValue::Array(items.iter().map(free).collect::<Option<_>>()?),
        Value::Map(entries) => JsonValue::Object(
            entries
                .iter()
                .map(|(key, value)| Some((key.text.clone(), free(value)?)))
                .collect::<Option<_>>()?,
        ),
    })
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
