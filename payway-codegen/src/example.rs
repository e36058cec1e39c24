//! The `example` key of an endpoint: the docs page's example request and response, read from the
//! tree into JSON values (members in the order written) and checked against the endpoint's own fields, so an example can never
//! disagree with the spec (a mock server answers with it, and people copy it).

use crate::diagnostic::{Diagnostics, Location};
use crate::model::{Endpoint, Envelope, Example, Field, StringRules, Type};
use crate::yaml::{Node, Value};
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

    /// The request's parameters, where the method sends them: the query of a GET or DELETE, the
    /// body otherwise (which may hold unlisted keys with `additional_parameters`, as the client's
    /// `.parameter(name, value)` may). Each `required_one_of` group must have a member set.
    fn request(&mut self, node: &Node, endpoint: &Endpoint) -> Option<JsonValue> {
        let (fields, hidden, open) = if endpoint.method.has_body() {
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
            Type::Date => text
                .map(|t| (!is_date(t)).then(|| "must be a date, `YYYY-MM-DD`".to_string()))
                .ok_or(()),
            Type::DateTime => text
                .map(|t| {
                    (!is_date_time(t)).then(|| {
                        "must be a date and time, `2019-11-21T14:43:30+01:00` or \
                         `2020-04-23 12:16:50 +0200`"
                            .to_string()
                    })
                })
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

// The checks of dates and date-times are those of the client's `Date::parse` and
// `DateTime::parse`, which this crate cannot call (the client is built from it); payway-spec's
// tests/date_time.rs holds the two to the same answers.

/// `YYYY-MM-DD`, a day of the calendar (leap years included), year 1 to 9999.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) =
        (digits(&text[..4]), digits(&text[5..7]), digits(&text[8..]))
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=9999).contains(&year) && (1..=12).contains(&month) && (1..=days).contains(&day)
}

/// Either shape the API writes a date and time in: `YYYY-MM-DDTHH:MM:SS±HH:MM` (RFC 3339, also
/// with `Z` and fractions of a second) or `YYYY-MM-DD HH:MM:SS ±HHMM`.
fn is_date_time(text: &str) -> bool {
    // 10 for the date, 1 for the separator, 8 for the time; the rest is the offset.
    if !text.is_ascii() || text.len() < 19 || !is_date(&text[..10]) {
        return false;
    }
    let Some(time) = text[10..].strip_prefix(['T', ' ']) else {
        return false;
    };
    let bytes = time.as_bytes();
    let time_fits = bytes[2] == b':'
        && bytes[5] == b':'
        && matches!(
            (digits(&time[..2]), digits(&time[3..5]), digits(&time[6..8])),
            (Some(hour), Some(minute), Some(second)) if hour <= 23 && minute <= 59 && second <= 60
        );
    if !time_fits {
        return false;
    }
    let mut zone = &time[8..];
    if let Some(fraction) = zone.strip_prefix('.') {
        let count = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if count == 0 {
            return false;
        }
        zone = &fraction[count..];
    }
    let zone = zone.strip_prefix(' ').unwrap_or(zone);
    if zone == "Z" || zone == "z" {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-']) else {
        return false;
    };
    let (hours, minutes) = match offset.len() {
        4 => offset.split_at(2),
        5 if offset.as_bytes()[2] == b':' => (&offset[..2], &offset[3..]),
        _ => return false,
    };
    matches!((digits(hours), digits(minutes)), (Some(h), Some(m)) if h <= 23 && m <= 59)
}

/// The number written by `text`, when it is only ASCII digits.
fn digits(text: &str) -> Option<u32> {
    let all_digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    all_digits.then(|| text.parse().ok()).flatten()
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
    use super::{is_date, is_date_time, is_json_number};

    #[test]
    fn dates_are_days_of_the_calendar() {
        for yes in [
            "2021-10-30",
            "2020-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert!(is_date(yes), "{yes}");
        }
        for no in [
            "2021-02-29",
            "1900-02-29",
            "2021-04-31",
            "2021-13-01",
            "2021-00-10",
            "2021-01-00",
            "0000-01-01",
            "2021-1-01",
            "2021/01/01",
            "20210101",
            "2021-01-01T",
            "２０２１-01-01",
        ] {
            assert!(!is_date(no), "{no}");
        }
    }

    #[test]
    fn date_times_in_both_shapes_the_api_writes() {
        for yes in [
            "2019-11-21T14:43:30+01:00",
            "2020-04-23 12:16:50 +0200",
            "2020-04-23T12:16:50.123Z",
            "2020-04-23T12:16:50z",
            "2020-04-23T12:16:50-05:30",
            "2020-04-23 12:16:50+0200",
            "2020-04-23T12:16:50 +02:00",
            "2016-12-31T23:59:60Z",
        ] {
            assert!(is_date_time(yes), "{yes}");
        }
        for no in [
            "",
            "2020-04-23",
            "2020-04-23T25:00:00Z",
            "2020-04-23T12:60:00Z",
            "2020-04-23T12:16:61Z",
            "2020-02-30T10:00:00Z",
            "2020-04-23T12:16:50",
            "2020-04-23t12:16:50Z",
            "2020-04-23T12:16:50+2",
            "2020-04-23T12:16:50+24:00",
            "2020-04-23T12:16:50+01:60",
            "2020-04-23 12:16:50 +02:000",
            "2020-04-23T12:16:50+0200x",
            "2020-04-23T12:16:50.Z",
            "2020-04-23T12:16:50  +0200",
            "2020-04-23T1:16:50Z",
            "2020-04-23T12:16:50+02:0:",
            "2020-04-23T12:16:50é",
        ] {
            assert!(!is_date_time(no), "{no}");
        }
    }

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
