//! Every endpoint of the embedded spec, called over HTTP with a token that has every scope
//! (bound to a customer where the endpoint needs one): an endpoint that requires nothing answers
//! its documented status in its documented shape; one that requires something, called without
//! it, answers 400 in the Payway error convention, naming a parameter it requires. Nothing here
//! is written per endpoint: a new endpoint in the spec is tested by this file as it is.

use std::collections::BTreeSet;

use payway_codegen::model::{Endpoint, Envelope, Field, Method, Spec, Type};
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

/// The names of what the endpoint cannot be called without: its required parameters, and
/// the members of its `required_one_of` groups.
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

fn method(method: Method) -> reqwest::Method {
    match method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Patch => reqwest::Method::PATCH,
        Method::Delete => reqwest::Method::DELETE,
    }
}

/// The raw answer: status and body text.
async fn call(sandbox: &Sandbox, endpoint: &Endpoint, token: &str) -> (u16, String) {
    let mut request = http()
        .request(
            method(endpoint.method),
            format!("{}{}", sandbox.base_url(), endpoint.path),
        )
        .bearer_auth(token);
    if endpoint.has_body() {
        request = request
            .header("content-type", "application/json")
            .body("{}");
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
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
    let spec = spec();
    let sandbox = sandbox().await;
    let scope = all_scopes(&spec);
    let application = token(&sandbox, &scope, false).await;
    let customer = token(&sandbox, &scope, true).await;
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
            let token = if endpoint.identity {
                &customer
            } else {
                &application
            };
            let (status, body) = call(&sandbox, endpoint, token).await;
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
