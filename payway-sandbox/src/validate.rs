//! The generic validator: checks a query string or a JSON body against the spec's fields, with
//! the client's own value checks, so that the sandbox accepts exactly what the client sends and
//! refuses what it would refuse.
//!
//! The first problem found is reported, as Payway does: in each object, a field the spec does
//! not list first (`unknown_parameter`), then each listed field in spec order, depth first
//! (`invalid_parameter`: missing when required, or malformed). `null` counts as absent.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Mutex, OnceLock};

use http::StatusCode;
use payway_codegen::model::{Endpoint, Field, StringRules, Type, UNSET};
use payway_values::{AbsoluteUrl, Date, DateTime, Email, InvalidValue, ip_address};
use payway_values::{Pattern, TextRules};
use serde_json::{Map, Number, Value};

use crate::reply::ApiError;

/// Why a request's parameters were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A parameter the endpoint does not take.
    Unknown { field: String },
    /// A required parameter is absent, or a value is malformed.
    Invalid { field: String, reason: String },
}

impl Problem {
    fn invalid(field: &str, reason: impl Into<String>) -> Self {
        Problem::Invalid {
            field: field.to_string(),
            reason: reason.into(),
        }
    }

    /// The parameter's path, e.g. `customer_info.email`.
    #[cfg(test)]
    pub(crate) fn field(&self) -> &str {
        match self {
            Problem::Unknown { field } | Problem::Invalid { field, .. } => field,
        }
    }

    /// The error answer: 400 `unknown_parameter` or `invalid_parameter`, naming the field. The
    /// message never repeats the value (it may be personal data).
    pub(crate) fn into_error(self) -> ApiError {
        match self {
            Problem::Unknown { field } => ApiError::new(
                StatusCode::BAD_REQUEST,
                "unknown_parameter",
                format!("unknown parameter `{field}`: the endpoint does not take it"),
            )
            .with_field(field),
            Problem::Invalid { field, reason } => {
                let message = format!("parameter `{field}` {reason}");
                ApiError::invalid_parameter(field, message)
            }
        }
    }
}

/// Checks a JSON object against `fields`, which admit no other field (the tests' check of
/// synthesized responses).
#[cfg(test)]
pub(crate) fn body(fields: &[Field], body: &Map<String, Value>) -> Result<(), Problem> {
    object(fields, false, body, "")
}

/// Checks an endpoint's JSON body: its fields, and no other unless the endpoint takes
/// parameters the spec does not list.
pub(crate) fn request_body(endpoint: &Endpoint, body: &Map<String, Value>) -> Result<(), Problem> {
    object(&endpoint.body, endpoint.additional_parameters, body, "")
}

/// Checks the endpoint's `required_one_of` groups against the parameters it was given, from the
/// query string and the body alike (a group may be of either): a group none of whose members
/// is set is reported on its first member, naming them all.
pub(crate) fn required_one_of(
    endpoint: &Endpoint,
    query: &Map<String, Value>,
    body: &Map<String, Value>,
) -> Result<(), Problem> {
    let is_set = |name: &String| {
        [query, body]
            .iter()
            .any(|given| given.get(name).is_some_and(|value| !value.is_null()))
    };
    for group in &endpoint.required_one_of {
        if !group.iter().any(is_set)
            && let Some(first) = group.first()
        {
            let names: Vec<String> = group.iter().map(|n| format!("`{n}`")).collect();
            return Err(Problem::invalid(
                first,
                format!(
                    "is required when {} is not set: set at least one of them",
                    names[1..].join(" or ")
                ),
            ));
        }
    }
    Ok(())
}

/// Checks a query string against `fields` and gives the parameters back as a JSON object of
/// typed values (numbers as numbers, booleans as booleans).
pub(crate) fn query(fields: &[Field], query: Option<&str>) -> Result<Map<String, Value>, Problem> {
    let mut given: Vec<(String, String)> = Vec::new();
    if let Some(query) = query {
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            given.push((name.into_owned(), value.into_owned()));
        }
    }
    let mut out = Map::new();
    for (name, _) in &given {
        if !fields.iter().any(|f| &f.name == name) {
            return Err(Problem::Unknown {
                field: name.clone(),
            });
        }
    }
    for field in fields {
        let mut values = given.iter().filter(|(name, _)| name == &field.name);
        match (values.next(), values.next()) {
            (None, _) if field.required => {
                return Err(Problem::invalid(&field.name, "is required"));
            }
            (None, _) => {}
            (Some(_), Some(_)) => {
                return Err(Problem::invalid(&field.name, "is given more than once"));
            }
            (Some((_, text)), None) if text == UNSET => {
                unset(field, &field.name)?;
                out.insert(field.name.clone(), Value::String(text.clone()));
            }
            (Some((_, text)), None) => {
                let value = query_value(&field.ty, text)
                    .map_err(|reason| Problem::invalid(&field.name, reason))?;
                out.insert(field.name.clone(), value);
            }
        }
    }
    Ok(out)
}

/// Checks the path parameters a request's path gave (each segment still percent-encoded, in
/// path order) against `fields`, and gives them back as a JSON object of typed values.
pub(crate) fn path_parameters(
    fields: &[Field],
    given: &[(&str, &str)],
) -> Result<Map<String, Value>, Problem> {
    let mut out = Map::new();
    for field in fields {
        let Some((_, raw)) = given.iter().find(|(name, _)| *name == field.name) else {
            return Err(Problem::invalid(&field.name, "is required"));
        };
        let text = percent_encoding::percent_decode_str(raw)
            .decode_utf8()
            .map_err(|_| Problem::invalid(&field.name, "is not UTF-8 once decoded"))?;
        if text.is_empty() {
            return Err(Problem::invalid(&field.name, "is required"));
        }
        if text == UNSET {
            unset(field, &field.name)?;
        }
        let value = query_value(&field.ty, &text)
            .map_err(|reason| Problem::invalid(&field.name, reason))?;
        out.insert(field.name.clone(), value);
    }
    Ok(out)
}

fn path(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

fn object(
    fields: &[Field],
    open: bool,
    map: &Map<String, Value>,
    prefix: &str,
) -> Result<(), Problem> {
    if !open
        && let Some(unknown) = map
            .keys()
            .find(|key| !fields.iter().any(|f| &f.name == *key))
    {
        return Err(Problem::Unknown {
            field: path(prefix, unknown),
        });
    }
    for field in fields {
        let here = path(prefix, &field.name);
        match map.get(&field.name) {
            None | Some(Value::Null) if field.required => {
                return Err(Problem::invalid(&here, "is required"));
            }
            None | Some(Value::Null) => {}
            Some(Value::String(text)) if text == UNSET => unset(field, &here)?,
            Some(value) => self::value(&field.ty, value, &here)?,
        }
    }
    Ok(())
}

/// `"__UNSET__"` clears a value where the docs allow it (`unsettable`), and nowhere else.
fn unset(field: &Field, here: &str) -> Result<(), Problem> {
    if field.unsettable {
        Ok(())
    } else {
        Err(Problem::invalid(
            here,
            "cannot be cleared: `__UNSET__` applies only where the docs allow it",
        ))
    }
}

/// Checks one JSON value of type `ty` at `here`.
pub(crate) fn value(ty: &Type, value: &Value, here: &str) -> Result<(), Problem> {
    match ty {
        Type::Object(object) => match value.as_object() {
            Some(map) => self::object(&object.fields, object.additional_fields, map, here),
            None => Err(Problem::invalid(here, "must be a JSON object")),
        },
        Type::List(item) => match value.as_array() {
            Some(items) => {
                for (index, element) in items.iter().enumerate() {
                    let at = format!("{here}[{index}]");
                    if element.is_null() {
                        return Err(Problem::invalid(&at, "must not be null"));
                    }
                    self::value(item, element, &at)?;
                }
                Ok(())
            }
            None => Err(Problem::invalid(here, "must be a JSON array")),
        },
        Type::Boolean => match value {
            Value::Bool(_) => Ok(()),
            _ => Err(Problem::invalid(here, "must be true or false")),
        },
        Type::Integer => match value.as_i64() {
            Some(_) => Ok(()),
            None => Err(Problem::invalid(here, "must be a whole number")),
        },
        Type::Number => match value {
            Value::Number(_) => Ok(()),
            _ => Err(Problem::invalid(here, "must be a number")),
        },
        Type::String(_)
        | Type::Date
        | Type::DateTime
        | Type::Url
        | Type::IpAddress
        | Type::Email
        | Type::Enum(_) => match value.as_str() {
            Some(text) => {
                text_value(ty, text).map_err(|reason| Problem::invalid(here, reason.reason()))
            }
            None => Err(Problem::invalid(here, "must be a string")),
        },
    }
}

/// Checks a text value of a type with a text form: the client's own checks.
fn text_value(ty: &Type, text: &str) -> Result<(), InvalidValue> {
    match ty {
        Type::String(rules) => text_rules(rules).check(text),
        Type::Date => Date::parse(text).map(drop),
        Type::DateTime => DateTime::parse(text).map(drop),
        Type::Url => AbsoluteUrl::parse(text).map(drop),
        Type::IpAddress => ip_address(text).map(drop),
        Type::Email => Email::parse(text).map(drop),
        Type::Enum(values) => {
            if values.values.iter().any(|v| v == text) {
                Ok(())
            } else {
                let allowed: Vec<&str> = values.values.iter().map(String::as_str).collect();
                Err(InvalidValue::not_one_of(&allowed))
            }
        }
        _ => Err(InvalidValue::new("cannot be given as text")),
    }
}

/// A query string value of type `ty`, checked and typed.
fn query_value(ty: &Type, text: &str) -> Result<Value, String> {
    match ty {
        Type::Boolean => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err("must be true or false".to_string()),
        },
        Type::Integer => i64::from_str(text)
            .map(Value::from)
            .map_err(|_| "must be a whole number".to_string()),
        Type::Number => f64::from_str(text)
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| "must be a number".to_string()),
        Type::Object(_) | Type::List(_) => Err("cannot be given in the query string".to_string()),
        _ => text_value(ty, text)
            .map(|()| Value::String(text.to_string()))
            .map_err(|reason| reason.reason().to_string()),
    }
}

/// The client's rules for a constrained string. Patterns are interned: each distinct pattern
/// is compiled once per process and lives as long as it (a sandbox serves a handful).
pub(crate) fn text_rules(rules: &StringRules) -> TextRules {
    TextRules {
        min_length: rules.min_length,
        max_length: rules.max_length,
        pattern: rules.pattern.as_deref().map(interned_pattern),
    }
}

fn interned_pattern(source: &str) -> &'static Pattern {
    static PATTERNS: OnceLock<Mutex<HashMap<String, &'static Pattern>>> = OnceLock::new();
    let mut patterns = PATTERNS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(pattern) = patterns.get(source) {
        return pattern;
    }
    let pattern: &'static Pattern = Box::leak(Box::new(Pattern::owned(source.to_string())));
    patterns.insert(source.to_string(), pattern);
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec_fields(action: &str) -> Vec<Field> {
        let spec = payway_codegen::load(crate::PAYWAY_SPEC).expect("the embedded spec loads");
        spec.sections
            .iter()
            .flat_map(|s| &s.endpoints)
            .find(|e| e.action == action)
            .map(|e| e.body.clone())
            .expect("endpoint in spec")
    }

    fn check(action: &str, body: Value) -> Result<(), Problem> {
        let map = body.as_object().cloned().unwrap_or_default();
        self::body(&spec_fields(action), &map)
    }

    fn trial_order() -> Value {
        json!({
            "customer_info": {"email": "payway@adeprimo.se"},
            "klarna_authorization_token": "t",
            "klarna_payments_session_id": "s",
            "browser_ip": "81.208.13.50",
            "browser_language": "sv-SE",
            "browser_user_agent": "Mozilla/5.0",
        })
    }

    #[test]
    fn a_valid_body_passes() {
        assert_eq!(check("place_trial_order", trial_order()), Ok(()));
    }

    #[test]
    fn problems_name_their_path() {
        let mut body = trial_order();
        body["customer_info"]["email"] = json!("not an email");
        let problem = check("place_trial_order", body).unwrap_err();
        assert_eq!(problem.field(), "customer_info.email");

        let mut body = trial_order();
        body["customer_info"]["nickname"] = json!("x");
        assert_eq!(
            check("place_trial_order", body),
            Err(Problem::Unknown {
                field: "customer_info.nickname".into()
            })
        );

        let mut body = trial_order();
        body["customer_info"]["address"] = json!({"street": "Storgatan 1"});
        assert_eq!(check("place_trial_order", body), Ok(()), "address is open");

        let mut body = trial_order();
        body["paywall_id"] = json!("5f0d9ea795cfebfb8544ab1");
        let problem = check("place_trial_order", body).unwrap_err();
        assert_eq!(problem.field(), "paywall_id");

        let mut body = trial_order();
        body.as_object_mut().map(|m| m.remove("browser_ip"));
        let Err(Problem::Invalid { field, reason }) = check("place_trial_order", body) else {
            panic!("expected a problem")
        };
        assert_eq!(
            (field.as_str(), reason.as_str()),
            ("browser_ip", "is required")
        );
    }

    #[test]
    fn patterns_are_interned() {
        let a = interned_pattern("^a$");
        let b = interned_pattern("^a$");
        assert!(std::ptr::eq(a, b));
    }
}
