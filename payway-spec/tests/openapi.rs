//! `payway-spec openapi`: the document parses as OpenAPI 3.1 (with the `oas3` crate), the YAML
//! and JSON forms say the same, and the spec can be rebuilt from the document with every
//! constraint intact (the round trip is compared with the loader's model).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use payway_codegen::model::{
    DefaultValue, Endpoint, EnumType, Envelope, Environment, Example, Field, Method, ObjectType,
    Response, Section, Spec, StringRules, TokenEndpoint, Type,
};
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn payway_spec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_payway-spec"))
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("the binary runs")
}

const SPECS: [&str; 3] = [
    "spec/payway.yaml",
    "payway-spec/tests/fixtures/every_type.yaml",
    // The client tests' fixture, with the shapes of other sections' pages.
    "tests/fixtures/fixture.yaml",
];

/// Both shapes of the API's dates with times (see `date_times_of_both_shapes_are_a_pattern`).
const DATE_TIME_PATTERN: &str = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)? ?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$";

fn export(spec: &str, format: &str) -> String {
    let output = payway_spec(&["openapi", spec, "--format", format]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn model(spec: &str) -> Spec {
    payway_codegen::load(&std::fs::read_to_string(workspace().join(spec)).unwrap()).unwrap()
}

#[test]
fn the_export_is_openapi_3_1_with_one_operation_per_endpoint() {
    for spec in SPECS {
        let json = export(spec, "json");
        let document = oas3::from_json(&json).unwrap_or_else(|e| panic!("{spec}: {e}"));
        assert_eq!(document.validate_version().unwrap().to_string(), "3.1.0");
        let model = model(spec);
        let endpoints: usize = model.sections.iter().map(|s| s.endpoints.len()).sum();
        // The endpoints and the token endpoint.
        assert_eq!(document.operations().count(), endpoints + 1, "{spec}");
        for section in &model.sections {
            for endpoint in &section.endpoints {
                let id = format!("{}_v{}_{}", section.name, endpoint.version, endpoint.action);
                let (path, method, _) = document
                    .operations()
                    .find(|(_, _, op)| op.operation_id.as_deref() == Some(id.as_str()))
                    .unwrap_or_else(|| panic!("{spec}: no operation {id}"));
                assert_eq!(path, endpoint.path);
                assert_eq!(method.as_str(), endpoint.method.word());
            }
        }
        let token = document
            .operation_by_id("access_token")
            .expect("the token operation");
        let body = token
            .request_body
            .as_ref()
            .unwrap()
            .resolve(&document)
            .unwrap();
        assert!(
            body.content
                .contains_key("application/x-www-form-urlencoded")
        );
        // The error body is a component every endpoint refers to for 4xx and 5xx.
        let error = document
            .components
            .as_ref()
            .unwrap()
            .responses
            .get("Error")
            .unwrap();
        let error = error.resolve(&document).unwrap();
        assert!(error.content.contains_key("application/json"));
    }
}

#[test]
fn yaml_and_json_say_the_same() {
    for spec in SPECS {
        let json: Value = serde_json::from_str(&export(spec, "json")).unwrap();
        let yaml = payway_codegen::yaml::parse(&export(spec, "yaml")).expect("valid YAML");
        assert_eq!(yaml_to_json(&yaml), json, "{spec}");
    }
}

/// YAML 1.2 core schema: quoted text is text; plain `true`, `false`, `null` and numbers are what
/// they look like.
fn yaml_to_json(node: &payway_codegen::yaml::Node) -> Value {
    use payway_codegen::yaml::Value as Yaml;
    match &node.value {
        Yaml::Scalar { text, quoted: true } => Value::String(text.clone()),
        Yaml::Scalar {
            text,
            quoted: false,
        } => match text.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            other => serde_json::from_str::<serde_json::Number>(other)
                .map(Value::Number)
                .unwrap_or_else(|_| Value::String(other.to_string())),
        },
        Yaml::List(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
        Yaml::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.text.clone(), yaml_to_json(v)))
                .collect(),
        ),
    }
}

#[test]
fn the_spec_round_trips_through_the_export() {
    for spec in SPECS {
        let document: Value = serde_json::from_str(&export(spec, "json")).unwrap();
        let rebuilt = rebuild(&document);
        assert_eq!(normalized(rebuilt), normalized(model(spec)), "{spec}");
    }
}

#[test]
fn case_insensitive_patterns_are_spelled_out_for_json_schema() {
    let document: Value = serde_json::from_str(&export("spec/payway.yaml", "json")).unwrap();
    let paywall = &document["paths"]["/external/api/v2/klarna_payments/place_trial_order"]["post"]
        ["requestBody"]["content"]["application/json"]["schema"]["properties"]["paywall_id"];
    assert_eq!(paywall["pattern"], r"^[a-fA-F\d]{24}$");
    assert_eq!(paywall["x-payway-pattern"], r"(?i)^[a-f\d]{24}$");
    assert_eq!(paywall["maxLength"], 24);
}

#[test]
fn an_invalid_spec_exits_2() {
    let output = payway_spec(&["openapi", "tests/ui/spec/unknown_type.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown type"));
    assert!(output.stdout.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Rebuilding the model from the document: the reverse of the export, written independently.

fn text(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string)
}

fn rebuild(doc: &Value) -> Spec {
    let environments = doc["servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|server| {
            let description = server["description"].as_str().unwrap();
            let (name, description) = match description.split_once(": ") {
                Some((name, d)) => (name.to_string(), Some(d.to_string())),
                None => (description.to_string(), None),
            };
            Environment {
                name,
                base_url: text(&server["url"]).unwrap(),
                description,
            }
        })
        .collect();
    let paths = doc["paths"].as_object().unwrap();
    let (token_path, token) = paths
        .iter()
        .find(|(_, item)| item["post"]["operationId"] == "access_token")
        .unwrap();
    let token = &token["post"];
    let grant = &token["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]
        ["grant_type"];
    let grant_types = grant["description"]
        .as_str()
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| {
            let (name, meaning) = line.strip_prefix("- `").unwrap().split_once("`: ").unwrap();
            (name.to_string(), meaning.to_string())
        })
        .collect::<Vec<_>>();
    let enum_names: Vec<&str> = grant["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        enum_names,
        grant_types
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
    );

    let sections = doc["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tag| {
            let name = text(&tag["name"]).unwrap();
            let mut endpoints = Vec::new();
            for (path, item) in paths {
                for (method, op) in item.as_object().unwrap() {
                    if op["tags"][0] == name.as_str() {
                        endpoints.push(rebuild_endpoint(path, method, op, &name));
                    }
                }
            }
            Section {
                name,
                description: text(&tag["description"]),
                docs: text(&tag["externalDocs"]["url"]),
                endpoints,
            }
        })
        .collect();
    Spec {
        name: text(&doc["info"]["title"])
            .unwrap()
            .strip_suffix(" API")
            .unwrap()
            .to_string(),
        docs: text(&doc["externalDocs"]["url"]),
        environments,
        token_endpoint: TokenEndpoint {
            path: token_path.clone(),
            description: text(&token["description"]),
            grant_types,
        },
        sections,
    }
}

fn rebuild_endpoint(path: &str, method: &str, op: &Value, section: &str) -> Endpoint {
    let id = op["operationId"].as_str().unwrap();
    let (version, action) = id
        .strip_prefix(&format!("{section}_v"))
        .unwrap()
        .split_once('_')
        .unwrap();
    let method = match method {
        "get" => Method::Get,
        "post" => Method::Post,
        "put" => Method::Put,
        "patch" => Method::Patch,
        "delete" => Method::Delete,
        other => panic!("method {other}"),
    };
    let scope = text(&op["x-payway-scope"]).unwrap();
    assert_eq!(op["security"][0]["bearer"][0], scope.as_str());
    let parameters_in = |place: &str| -> Vec<Field> {
        op["parameters"]
            .as_array()
            .map(|parameters| {
                parameters
                    .iter()
                    .filter(|p| {
                        assert!(p["in"] == "query" || p["in"] == "path", "{p}");
                        p["in"] == place
                    })
                    .map(|p| {
                        if place == "path" {
                            assert_eq!(p["required"], true, "a path parameter is required: {p}");
                        }
                        let mut field = rebuild_field(
                            p["name"].as_str().unwrap(),
                            &p["schema"],
                            p["required"].as_bool().unwrap(),
                            Side::Request,
                        );
                        assert_eq!(text(&p["description"]), field.description);
                        field.description = text(&p["description"]);
                        field
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let path_parameters = parameters_in("path");
    let query = parameters_in("query");
    let media = &op["requestBody"]["content"]["application/json"];
    let body = if media.is_null() {
        Vec::new()
    } else {
        let schema = &media["schema"];
        assert_eq!(
            op["requestBody"]["required"].as_bool().unwrap(),
            schema["required"].is_array()
                || schema["anyOf"].is_array()
                || schema["allOf"].is_array()
        );
        rebuild_fields(&media["schema"], Side::Request)
    };
    // An open body is `additionalProperties: true`, a closed one `false`.
    let additional_parameters = if media.is_null() {
        false
    } else {
        media["schema"]["additionalProperties"].as_bool().unwrap()
    };
    // Groups within the body are JSON Schema (`anyOf` of `required`s, under `allOf` when there
    // are several); groups with a query parameter are the operation's extension.
    let body_groups: Vec<&Value> = match (&media["schema"]["anyOf"], &media["schema"]["allOf"]) {
        (Value::Array(_), Value::Array(_)) => panic!("{id}: both anyOf and allOf"),
        (any_of @ Value::Array(_), _) => vec![any_of],
        (_, Value::Array(all)) => {
            assert!(all.len() > 1, "{id}: allOf holds several groups");
            all.iter().map(|rule| &rule["anyOf"]).collect()
        }
        _ => Vec::new(),
    };
    let mut required_one_of: Vec<Vec<String>> = body_groups
        .into_iter()
        .map(|any_of| {
            let group: Vec<String> = any_of
                .as_array()
                .unwrap()
                .iter()
                .map(|rule| {
                    assert_eq!(rule.as_object().unwrap().len(), 1, "{id}: {rule}");
                    let [name] = rule["required"].as_array().unwrap().as_slice() else {
                        panic!("{id}: one name per `required`: {rule}");
                    };
                    text(name).unwrap()
                })
                .collect();
            assert!(group.iter().all(|n| body.iter().any(|f| &f.name == n)));
            group
        })
        .collect();
    if let Some(groups) = op["x-payway-required-one-of"].as_array() {
        for group in groups {
            let group: Vec<String> = group
                .as_array()
                .unwrap()
                .iter()
                .map(|n| text(n).unwrap())
                .collect();
            assert!(
                group.iter().any(|n| query.iter().any(|f| &f.name == n)),
                "{id}: a group of body parameters belongs in the body's schema"
            );
            required_one_of.push(group);
        }
    }
    let request_example = if media.is_null() {
        // A GET's example request is its query parameters' examples.
        let members: serde_json::Map<String, Value> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| !p["example"].is_null() && p["in"] == "query")
            .map(|p| (text(&p["name"]).unwrap(), p["example"].clone()))
            .collect();
        (!members.is_empty()).then_some(Value::Object(members))
    } else {
        (!media["example"].is_null()).then(|| media["example"].clone())
    };
    let responses = op["responses"].as_object().unwrap();
    assert_eq!(responses["4XX"]["$ref"], "#/components/responses/Error");
    assert_eq!(responses["5XX"]["$ref"], "#/components/responses/Error");
    let (response, success) = rebuild_response(responses);
    Endpoint {
        action: action.to_string(),
        version: version.parse().unwrap(),
        method,
        path: path.to_string(),
        summary: text(&op["summary"]).unwrap(),
        description: text(&op["description"]),
        docs: text(&op["externalDocs"]["url"]),
        release: text(&op["x-payway-release"]),
        scope,
        identity: op["x-payway-identity"].as_bool().unwrap(),
        retry_safe: op["x-payway-retry-safe"].as_bool().unwrap(),
        path_parameters,
        query,
        body,
        required_one_of,
        additional_parameters,
        response,
        example: Example {
            request: request_example,
            response: (!success["example"].is_null()).then(|| success["example"].clone()),
        },
    }
}

/// The success response (the 2xx named by `x-payway-envelope`) and its JSON media (null when
/// it has no content). A second 2xx must be a 204 without content: the response may be empty.
fn rebuild_response(responses: &serde_json::Map<String, Value>) -> (Response, &Value) {
    let successes: Vec<(&String, &Value)> = responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .collect();
    let [(status, success)] = successes
        .iter()
        .copied()
        .filter(|(_, r)| !r["x-payway-envelope"].is_null())
        .collect::<Vec<_>>()[..]
    else {
        panic!("one success response with its envelope: {responses:?}");
    };
    let may_be_empty = match successes.len() {
        1 => false,
        2 => {
            let (other, no_data) = successes.iter().find(|(s, _)| *s != status).unwrap();
            assert_eq!(other.as_str(), "204");
            assert!(no_data["content"].is_null());
            true
        }
        n => panic!("{n} success responses"),
    };
    let media = &success["content"]["application/json"];
    let body = &media["schema"];
    // The envelope is named, and the schema has its shape.
    let (envelope, fields) = match success["x-payway-envelope"].as_str().unwrap() {
        "item" | "items" => {
            let properties = body["properties"].as_object().unwrap();
            assert_eq!(properties.len(), 1);
            let (key, data) = properties.iter().next().unwrap();
            assert_eq!(body["required"][0], key.as_str());
            match key.as_str() {
                "item" => (Envelope::Item, rebuild_fields(data, Side::Response)),
                "items" => {
                    assert_eq!(data["type"], "array");
                    (
                        Envelope::Items,
                        rebuild_fields(&data["items"], Side::Response),
                    )
                }
                other => panic!("envelope key {other}"),
            }
        }
        "none" => (Envelope::None, rebuild_fields(body, Side::Response)),
        "empty" => {
            assert!(success["content"].is_null(), "no data, no content");
            (Envelope::Empty, Vec::new())
        }
        "undocumented" => {
            // Any JSON: a schema with no rule at all, only words.
            let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["description"]);
            (Envelope::Undocumented, Vec::new())
        }
        other => panic!("envelope {other}"),
    };
    let response = Response {
        envelope,
        status: status.parse().unwrap(),
        may_be_empty,
        fields,
    };
    (response, media)
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Request,
    Response,
}

fn rebuild_fields(schema: &Value, side: Side) -> Vec<Field> {
    assert_eq!(schema["type"], "object");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
        .unwrap_or_default();
    schema["properties"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, property)| {
            rebuild_field(name, property, required.contains(&name.as_str()), side)
        })
        .collect()
}

fn rebuild_field(name: &str, schema: &Value, required: bool, side: Side) -> Field {
    let unsettable = schema["x-payway-unsettable"] == true;
    let ty = if unsettable {
        let any = schema["anyOf"]
            .as_array()
            .expect("an unsettable value is anyOf");
        assert_eq!(any.len(), 2, "{schema}");
        assert_eq!(any[1], serde_json::json!({"const": "__UNSET__"}));
        rebuild_type(&any[0], side)
    } else {
        rebuild_type(schema, side)
    };
    let default = match (&schema["default"], &ty) {
        (Value::Null, _) => None,
        (Value::Bool(b), _) => Some(DefaultValue::Boolean(*b)),
        (Value::Number(n), Type::Integer) => Some(DefaultValue::Integer(n.as_i64().unwrap())),
        (Value::Number(n), _) => Some(DefaultValue::Text(n.to_string())),
        (Value::String(s), _) => Some(DefaultValue::Text(s.clone())),
        (other, _) => panic!("default {other}"),
    };
    Field {
        name: name.to_string(),
        ty,
        required,
        default,
        description: text(&schema["description"]),
        sensitive: schema["x-payway-sensitive"] == true,
        unsettable,
    }
}

fn rebuild_type(schema: &Value, side: Side) -> Type {
    match schema["type"].as_str().unwrap() {
        "boolean" => Type::Boolean,
        "integer" => Type::Integer,
        "number" => Type::Number,
        "array" => Type::List(Box::new(rebuild_type(&schema["items"], side))),
        "object" => Type::Object(ObjectType {
            name: text(&schema["title"]).unwrap(),
            description: text(&schema["x-payway-object-description"]),
            fields: rebuild_fields(schema, side),
            additional_fields: match side {
                Side::Request => schema["additionalProperties"].as_bool().unwrap(),
                Side::Response => {
                    assert_eq!(schema["additionalProperties"], true);
                    schema["x-payway-additional-fields"] == true
                }
            },
        }),
        "string" if schema["x-payway-type"] == "date_time" => {
            assert!(schema["format"].is_null(), "not RFC 3339 only");
            assert_eq!(schema["pattern"], DATE_TIME_PATTERN);
            Type::DateTime
        }
        "string" => match (schema["format"].as_str(), &schema["enum"], &schema["anyOf"]) {
            (Some("date"), _, _) => Type::Date,
            (Some("uri"), _, _) => Type::Url,
            (Some("email"), _, _) => Type::Email,
            (Some(other), _, _) => panic!("format {other}"),
            (None, Value::Array(values), _) => Type::Enum(EnumType {
                values: values.iter().map(|v| text(v).unwrap()).collect(),
            }),
            (None, _, Value::Array(any)) => {
                assert_eq!(any[0]["format"], "ipv4");
                assert_eq!(any[1]["format"], "ipv6");
                Type::IpAddress
            }
            (None, _, _) => Type::String(StringRules {
                min_length: schema["minLength"].as_u64().map(|n| n as usize),
                max_length: schema["maxLength"].as_u64().map(|n| n as usize),
                pattern: text(&schema["x-payway-pattern"]).or_else(|| text(&schema["pattern"])),
            }),
        },
        other => panic!("type {other}"),
    }
}

/// Sorts what the export does not keep in order (fields, endpoints, groups), so that only content
/// counts. Examples need no sorting: JSON values compare their members as sets.
fn normalized(mut spec: Spec) -> Spec {
    for section in &mut spec.sections {
        section
            .endpoints
            .sort_by_key(|e| (e.version, e.action.clone(), e.method.word()));
        for endpoint in &mut section.endpoints {
            sort_fields(&mut endpoint.query);
            sort_fields(&mut endpoint.body);
            sort_fields(&mut endpoint.response.fields);
            // The body's groups and the query's are exported apart; their order says nothing.
            endpoint.required_one_of.sort();
        }
    }
    spec
}

fn sort_fields(fields: &mut [Field]) {
    fields.sort_by(|a, b| a.name.cmp(&b.name));
    for field in fields {
        sort_type(&mut field.ty);
    }
}

fn sort_type(ty: &mut Type) {
    match ty {
        Type::Object(object) => sort_fields(&mut object.fields),
        Type::List(item) => sort_type(item),
        _ => {}
    }
}
