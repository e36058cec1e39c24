//! Every endpoint of the embedded spec, called over HTTP with a token that has every scope
//! (bound to a customer where the endpoint needs one): an endpoint that requires nothing answers
//! its documented status in its documented shape; one that requires something, called without
//! it, answers 400 in the Payway error convention, naming a parameter it requires. Nothing here
//! is written per endpoint: a new endpoint in the spec is tested by this file as it is.

use std::collections::BTreeSet;

use payway_codegen::model::{Endpoint, Envelope, Field, Method, PathSegment, Spec, Type};
use payway_sandbox::Sandbox;
use serde_json::{Map, Value};

use crate::support::*;

fn spec() -> Spec {
    payway_codegen::load(payway_sandbox::PAYWAY_SPEC).expect("the embedded spec loads")
}

/// Every scope the spec's endpoints use, as one `scope` form value.
fn all_scopes(spec: &Spec) -> String {
    let scopes: BTreeSet<&str> = spec
        .sections
        .iter()
        .flat_map(|section| &section.endpoints)
        .map(|endpoint| endpoint.scope.as_str())
        .collect();
    scopes.into_iter().collect::<Vec<_>>().join(" ")
}

/// A token with every scope: the application's, or a customer's.
async fn token(sandbox: &Sandbox, scope: &str, identity: bool) -> String {
    let mut form = vec![
        ("client_id", sandbox.client_id().to_string()),
        ("client_secret", sandbox.client_secret().to_string()),
        ("scope", scope.to_string()),
    ];
    if identity {
        let ticket = sandbox
            .issue_ticket(payway_sandbox::DEFAULT_CUSTOMER_EMAIL)
            .expect("ticket");
        form.push(("grant_type", "ticket".into()));
        form.push(("ticket", ticket));
    } else {
        form.push(("grant_type", "none".into()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, answer) = token_request(sandbox, &form).await;
    assert_eq!(status, 200, "{answer}");
    answer["access_token"]
        .as_str()
        .expect("access_token")
        .to_string()
}

/// The names of what the endpoint cannot be called without: its required query and body
/// parameters, and the members of its `required_one_of` groups (path parameters are always
/// given: [`path`]).
fn required(endpoint: &Endpoint) -> BTreeSet<&str> {
    let mut names: BTreeSet<&str> = endpoint
        .query
        .iter()
        .chain(&endpoint.body)
        .filter(|field| field.required)
        .map(|field| field.name.as_str())
        .collect();
    names.extend(
        endpoint
            .required_one_of
            .iter()
            .flatten()
            .map(String::as_str),
    );
    names
}

/// The request method, from the word the model gives it.
fn method(method: Method) -> reqwest::Method {
    reqwest::Method::from_bytes(method.word().as_bytes()).expect("an HTTP method")
}

/// A value as a path segment or query parameter writes it: text as it is, anything else as JSON.
fn as_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The endpoint's path with a value for each path parameter.
fn path(endpoint: &Endpoint) -> String {
    payway_codegen::model::path_segments(&endpoint.path)
        .map(|segment| match segment {
            PathSegment::Literal(text) => text.to_string(),
            PathSegment::Parameter(name) => endpoint
                .path_parameters
                .iter()
                .find(|p| p.name == name)
                .and_then(good_value)
                .map(|value| as_text(&value))
                .expect("a declared path parameter with a plausible value"),
        })
        .fold(String::new(), |path, segment| path + "/" + &segment)
}

/// Sends `parameters` as the endpoint takes them (its JSON body, or its query) with `token`:
/// the status and the body's text.
async fn call(
    sandbox: &Sandbox,
    endpoint: &Endpoint,
    token: &str,
    parameters: &Map<String, Value>,
) -> (u16, String) {
    let mut request = http()
        .request(
            method(endpoint.method),
            format!("{}{}", sandbox.base_url(), path(endpoint)),
        )
        .bearer_auth(token);
    if endpoint.has_body() {
        request = request.json(parameters);
    } else {
        let query: Vec<(&String, String)> = parameters
            .iter()
            .map(|(name, value)| (name, as_text(value)))
            .collect();
        request = request.query(&query);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// A sandbox, the spec it serves, and a token with every scope for the application and for a
/// customer.
struct Setup {
    spec: Spec,
    sandbox: Sandbox,
    application: String,
    customer: String,
}

impl Setup {
    async fn new() -> Self {
        let spec = spec();
        let sandbox = sandbox().await;
        let scope = all_scopes(&spec);
        let application = token(&sandbox, &scope, false).await;
        let customer = token(&sandbox, &scope, true).await;
        Setup {
            spec,
            sandbox,
            application,
            customer,
        }
    }

    /// The token the endpoint needs: the customer's where it needs an identity.
    fn token(&self, endpoint: &Endpoint) -> &str {
        if endpoint.identity {
            &self.customer
        } else {
            &self.application
        }
    }
}

/// Where `value` differs from the shape of `fields`, if anywhere: a required field absent, or
/// a value of another JSON type than the field's.
fn shape_problem(fields: &[Field], value: &Value, at: &str) -> Option<String> {
    let Some(object) = value.as_object() else {
        return Some(format!("{at}: not an object: {value}"));
    };
    fields
        .iter()
        .find_map(|field| field_problem(field, object, at))
}

fn field_problem(field: &Field, object: &Map<String, Value>, at: &str) -> Option<String> {
    let path = format!("{at}.{}", field.name);
    match object.get(&field.name) {
        None | Some(Value::Null) if field.required => Some(format!("{path}: required, absent")),
        None | Some(Value::Null) => None,
        Some(value) => type_problem(&field.ty, value, &path),
    }
}

fn type_problem(ty: &Type, value: &Value, path: &str) -> Option<String> {
    let fits = match ty {
        Type::Boolean => value.is_boolean(),
        Type::Integer => value.is_i64() || value.is_u64(),
        Type::Number => value.is_number(),
        Type::Object(object) => return shape_problem(&object.fields, value, path),
        Type::List(items) => {
            let Some(list) = value.as_array() else {
                return Some(format!("{path}: not a list: {value}"));
            };
            return list
                .iter()
                .enumerate()
                .find_map(|(i, item)| type_problem(items, item, &format!("{path}[{i}]")));
        }
        Type::String(_)
        | Type::Date
        | Type::DateTime
        | Type::Url
        | Type::IpAddress
        | Type::Email
        | Type::Enum(_) => value.is_string(),
    };
    (!fits).then(|| format!("{path}: {value} is not of its type"))
}

/// Where the body differs from the endpoint's documented response, if anywhere.
fn response_problem(endpoint: &Endpoint, body: &str) -> Option<String> {
    let response = &endpoint.response;
    if response.envelope == Envelope::Empty {
        let empty = body.trim().is_empty() || body.trim() == "{}";
        return (!empty).then(|| format!("expected no data, got {body}"));
    }
    let json: Value = match serde_json::from_str(body) {
        Ok(json) => json,
        Err(error) => return Some(format!("not JSON ({error}): {body}")),
    };
    if response.may_be_empty && json == Value::Object(Map::new()) {
        return None;
    }
    match response.envelope {
        Envelope::Item => shape_problem(&response.fields, &json["item"], "item"),
        Envelope::Items => match json["items"].as_array() {
            Some(items) => items.iter().enumerate().find_map(|(i, item)| {
                shape_problem(&response.fields, item, &format!("items[{i}]"))
            }),
            None => Some(format!("no `items` list: {json}")),
        },
        Envelope::None => shape_problem(&response.fields, &json, "body"),
        // Whatever the server sends: the client keeps it as JSON.
        Envelope::Undocumented | Envelope::Empty => None,
    }
}

#[tokio::test]
async fn every_endpoint_answers_in_its_documented_shape_or_names_what_is_missing() {
    let setup = Setup::new().await;
    let (spec, sandbox) = (&setup.spec, &setup.sandbox);
    let mut failures = Vec::new();
    let mut called = 0;
    for section in &spec.sections {
        for endpoint in &section.endpoints {
            called += 1;
            let name = format!(
                "{} {} ({} v{} {})",
                endpoint.method.word(),
                endpoint.path,
                section.name,
                endpoint.version,
                endpoint.action
            );
            let (status, body) = call(sandbox, endpoint, setup.token(endpoint), &Map::new()).await;
            let required = required(endpoint);
            if required.is_empty() {
                if status != endpoint.response.status {
                    failures.push(format!(
                        "{name}: answered {status}, documented {}: {body}",
                        endpoint.response.status
                    ));
                } else if let Some(problem) = response_problem(endpoint, &body) {
                    failures.push(format!("{name}: {problem}"));
                }
            } else {
                let answer: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                let field = answer["field"].as_str().unwrap_or_default();
                let convention = answer["code"] == "invalid_parameter"
                    && answer["message"].is_string()
                    && required.contains(field);
                if status != 400 || !convention {
                    failures.push(format!(
                        "{name}: sent without {required:?}, answered {status}: {body}"
                    ));
                }
            }
        }
    }
    assert!(called > 0, "the spec has endpoints");
    assert!(
        failures.is_empty(),
        "{} of {called} endpoints:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_shape_check_finds_a_missing_field_and_a_wrong_type() {
    // The check above must be able to fail: a response of the wrong shape is reported.
    let spec = spec();
    let endpoint = spec
        .sections
        .iter()
        .flat_map(|s| &s.endpoints)
        .find(|e| e.response.envelope == Envelope::Item && !e.response.fields.is_empty())
        .expect("an endpoint answering one item");
    assert!(response_problem(endpoint, r#"{"item": {}}"#).is_some());
    let first = &endpoint.response.fields[0];
    let wrong = match first.ty {
        Type::Boolean => Value::from("yes"),
        _ => Value::Bool(true),
    };
    let mut item = Map::new();
    item.insert(first.name.clone(), wrong);
    let body = serde_json::json!({ "item": item }).to_string();
    assert!(response_problem(endpoint, &body).is_some());
}

/// A value the field's checks refuse, if its type and rules have one.
fn bad_value(field: &Field) -> Option<Value> {
    Some(match &field.ty {
        Type::Email => Value::from("not an email address"),
        Type::Url => Value::from("not a url"),
        Type::Date => Value::from("2021-02-30"),
        Type::DateTime => Value::from("yesterday"),
        Type::IpAddress => Value::from("300.1.1.1"),
        Type::Enum(_) => Value::from("no_such_value_of_this_set"),
        Type::Integer | Type::Number => Value::from("not a number"),
        Type::Boolean => Value::from("maybe"),
        Type::String(rules) => {
            if let Some(max) = rules.max_length {
                Value::from("x".repeat(max + 1))
            } else if rules.min_length.is_some_and(|min| min > 1) {
                Value::from("x")
            } else {
                let pattern = payway_values::Pattern::owned(rules.pattern.clone()?);
                let refused = ["!!", "", "x"]
                    .into_iter()
                    .find(|text| pattern.check(text).is_err())?;
                Value::from(refused)
            }
        }
        Type::Object(_) | Type::List(_) => return None,
    })
}

/// The parameters [`call`] sends: the body's when the endpoint has one, else the query's.
fn sent_fields(endpoint: &Endpoint) -> &[Field] {
    if endpoint.has_body() {
        &endpoint.body
    } else {
        &endpoint.query
    }
}

/// A value the field's checks accept, if one of a few plausible ones fits its rules.
fn good_value(field: &Field) -> Option<Value> {
    good_of(&field.ty)
}

fn good_of(ty: &Type) -> Option<Value> {
    Some(match ty {
        Type::Email => Value::from("payway@adeprimo.se"),
        Type::Url => Value::from("https://www.adeprimo.se/thanks"),
        // In the future: some dates must be today or later.
        Type::Date => Value::from("2031-01-01"),
        Type::DateTime => Value::from("2031-01-01T10:00:00+01:00"),
        Type::IpAddress => Value::from("81.208.13.50"),
        Type::Enum(set) => Value::from(set.values.first()?.clone()),
        Type::Integer => Value::from(1),
        Type::Number => Value::from(1.5),
        Type::Boolean => Value::from(true),
        Type::String(rules) => {
            let pattern = rules.pattern.clone().map(payway_values::Pattern::owned);
            let fits = |text: &String| {
                let length = text.chars().count();
                rules.min_length.is_none_or(|min| length >= min)
                    && rules.max_length.is_none_or(|max| length <= max)
                    && pattern.as_ref().is_none_or(|p| p.check(text).is_ok())
            };
            let candidates = [
                "5f0d9ea795cfebfb8544ab12",
                "adeprimo",
                "0701234567",
                "+46701234567",
                "19800101-1234",
                "800101-1234",
                "2031-01-01",
                "SE",
                // A UUID (a password reset's code), and the 100 hex digits one page asks for.
                "5f0d9ea7-95cf-4bfb-8544-ab12cd34ef56",
                &"f".repeat(100),
            ]
            .map(str::to_string);
            Value::from(candidates.into_iter().find(fits)?)
        }
        Type::Object(object) => {
            let mut members = Map::new();
            for field in object.fields.iter().filter(|f| f.required) {
                members.insert(field.name.clone(), good_value(field)?);
            }
            Value::Object(members)
        }
        Type::List(items) => Value::Array(vec![good_of(items)?]),
    })
}

/// Valid values for everything the endpoint requires (each required parameter, and the first
/// member of each `required_one_of` group); `None` when no plausible value fits one of them.
fn required_parameters(endpoint: &Endpoint) -> Option<Map<String, Value>> {
    let fields = sent_fields(endpoint);
    let mut parameters = Map::new();
    for field in fields {
        let first_of_group = endpoint
            .required_one_of
            .iter()
            .any(|group| group.first() == Some(&field.name));
        if field.required || first_of_group {
            parameters.insert(field.name.clone(), good_value(field)?);
        }
    }
    Some(parameters)
}

#[tokio::test]
async fn each_constrained_parameter_of_each_endpoint_is_refused_when_bad() {
    // The sandbox checks values with the client's own checks (payway-values), so this is the
    // spec-wide inventory of constraints: every constrained top-level parameter of every
    // endpoint, made bad one at a time in a request that is otherwise valid, is refused with
    // 400 naming it.
    let setup = Setup::new().await;
    let (spec, sandbox) = (&setup.spec, &setup.sandbox);
    let mut failures = Vec::new();
    let mut refused = 0;
    let mut without_values = Vec::new();
    for endpoint in spec.sections.iter().flat_map(|s| &s.endpoints) {
        let name = format!("{} {}", endpoint.method.word(), endpoint.path);
        let Some(valid) = required_parameters(endpoint) else {
            without_values.push(name);
            continue;
        };
        let token = setup.token(endpoint);
        let fields = sent_fields(endpoint);
        for field in fields {
            let Some(bad) = bad_value(field) else {
                continue;
            };
            let mut parameters = valid.clone();
            parameters.insert(field.name.clone(), bad.clone());
            let (status, body) = call(sandbox, endpoint, token, &parameters).await;
            let answer: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            if status == 400 && answer["field"] == field.name.as_str() {
                refused += 1;
            } else {
                failures.push(format!(
                    "{name}: `{}` = {bad} answered {status}: {answer}",
                    field.name
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems ({refused} bad values refused):\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Every endpoint got a valid request: none was left out for want of a value.
    assert!(
        without_values.is_empty(),
        "no plausible value fits a required parameter of: {without_values:?}"
    );
    assert!(refused > 100, "only {refused} constrained values refused");
}
