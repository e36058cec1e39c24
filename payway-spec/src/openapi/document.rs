//! The spec as an OpenAPI 3.1 document: servers from the environments, the token endpoint as a
//! form-encoded operation, one operation per endpoint with its schemas, envelope, error body,
//! bearer security and the documented examples.

use payway_codegen::model::{
    Endpoint, Envelope, Example, Method, Response, Section, Spec, TokenEndpoint,
};
use serde_json::Value as JsonValue;

use super::schema::{Direction, field_schema, object_schema};
use super::tree::{array, object, string};

/// Where the Payway error body and the bearer scheme are defined in the document.
const ERROR_RESPONSE: &str = "#/components/responses/Error";
const BEARER: &str = "bearer";

/// The whole document. `version` is the client's version: the spec itself has none.
pub fn document(spec: &Spec, version: &str) -> JsonValue {
    let Spec {
        name: _,
        docs: _,
        environments: _,
        token_endpoint: _,
        sections: _,
    } = spec;
    let mut root = vec![("openapi", string("3.1.0")), ("info", info(spec, version))];
    if let Some(docs) = &spec.docs {
        root.push(("externalDocs", object([("url", string(docs))])));
    }
    root.push((
        "servers",
        array(spec.environments.iter().map(|env| {
            let description = match &env.description {
                Some(d) => format!("{}: {d}", env.name),
                None => env.name.clone(),
            };
            object([
                ("url", string(&env.base_url)),
                ("description", string(&description)),
            ])
        })),
    ));
    root.push(("tags", array(spec.sections.iter().map(tag))));
    let mut paths = vec![(
        spec.token_endpoint.path.clone(),
        token_operation(&spec.token_endpoint),
    )];
    for section in &spec.sections {
        for endpoint in &section.endpoints {
            let operation = operation(section, endpoint);
            let method = method_key(endpoint.method);
            // Two versions never share a path, but two methods may.
            match paths.iter_mut().find(|(path, _)| path == &endpoint.path) {
                Some((_, JsonValue::Object(item))) => {
                    item.insert(method.to_string(), operation);
                }
                _ => paths.push((endpoint.path.clone(), object([(method, operation)]))),
            }
        }
    }
    root.push(("paths", JsonValue::Object(paths.into_iter().collect())));
    root.push(("components", components()));
    object(root)
}

fn info(spec: &Spec, version: &str) -> JsonValue {
    object([
        ("title", string(&format!("{} API", spec.name))),
        ("version", string(version)),
        (
            "description",
            string(&format!(
                "The {} API as described by spec/payway.yaml of the payway Rust client, exported \
                 by `payway-spec openapi`. Errors are JSON bodies with at least `message`; \
                 unknown response fields and enum values may appear and should be tolerated.",
                spec.name
            )),
        ),
    ])
}

fn tag(section: &Section) -> JsonValue {
    let mut tag = vec![("name", string(&section.name))];
    if let Some(description) = &section.description {
        tag.push(("description", string(description)));
    }
    if let Some(docs) = &section.docs {
        tag.push(("externalDocs", object([("url", string(docs))])));
    }
    object(tag)
}

fn method_key(method: Method) -> &'static str {
    match method {
        Method::Get => "get",
        Method::Post => "post",
        Method::Put => "put",
        Method::Patch => "patch",
        Method::Delete => "delete",
    }
}

/// `section_vN_action`, unique because (section, version, action) is.
pub fn operation_id(section: &Section, endpoint: &Endpoint) -> String {
    format!("{}_v{}_{}", section.name, endpoint.version, endpoint.action)
}

fn operation(section: &Section, endpoint: &Endpoint) -> JsonValue {
    // A guard: every part of an endpoint is listed, so a part added to the model is a compile
    // error here until the export carries it.
    let Endpoint {
        action: _,
        version: _,
        method: _,
        path: _,
        summary: _,
        description: _,
        docs: _,
        release: _,
        scope: _,
        identity: _,
        retry_safe: _,
        path_parameters: _,
        query: _,
        body: _,
        required_one_of: _,
        additional_parameters: _,
        response:
            Response {
                envelope: _,
                status: _,
                may_be_empty: _,
                fields: _,
            },
        example: Example {
            request: _,
            response: _,
        },
    } = endpoint;
    let mut op = vec![
        ("operationId", string(&operation_id(section, endpoint))),
        ("tags", array([string(&section.name)])),
        ("summary", string(&endpoint.summary)),
    ];
    if let Some(description) = &endpoint.description {
        op.push(("description", string(description)));
    }
    if let Some(docs) = &endpoint.docs {
        op.push(("externalDocs", object([("url", string(docs))])));
    }
    // Bearer schemes have no scopes of their own; OpenAPI 3.1 lets the list name what the
    // token must carry.
    op.push((
        "security",
        array([object([(BEARER, array([string(&endpoint.scope)]))])]),
    ));
    let example = endpoint.example.request.as_ref();
    // Path parameters first (always required), then the query string's.
    let located = endpoint
        .path_parameters
        .iter()
        .map(|field| (field, "path"))
        .chain(endpoint.query.iter().map(|field| (field, "query")));
    if located.clone().next().is_some() {
        op.push((
            "parameters",
            array(located.map(|(field, place)| {
                let mut parameter = vec![
                    ("name", string(&field.name)),
                    ("in", string(place)),
                    ("required", JsonValue::Bool(field.required)),
                ];
                if let Some(description) = &field.description {
                    parameter.push(("description", string(description)));
                }
                parameter.push(("schema", field_schema(field, Direction::Request)));
                // A request without a body has its query parameters as its example request.
                if let Some(value) = member(
                    example.filter(|_| place == "query" && !endpoint.has_body()),
                    &field.name,
                ) {
                    parameter.push(("example", value.clone()));
                }
                object(parameter)
            })),
        ));
    }
    let (body_groups, other_groups) = one_of_groups(endpoint);
    let open = endpoint.additional_parameters;
    if endpoint.has_body() && (!endpoint.body.is_empty() || open) {
        let mut schema = object_schema(&endpoint.body, open, Direction::Request);
        if let Some(rule) = one_of_schema(&body_groups) {
            schema.push(rule);
        }
        let mut media = vec![("schema", JsonValue::Object(schema.into_iter().collect()))];
        if let Some(example) = example {
            media.push(("example", example.clone()));
        }
        op.push((
            "requestBody",
            object([
                // A body with a required parameter or group cannot be left out.
                (
                    "required",
                    JsonValue::Bool(
                        endpoint.body.iter().any(|f| f.required) || !body_groups.is_empty(),
                    ),
                ),
                ("content", object([("application/json", object(media))])),
            ]),
        ));
    }
    // JSON Schema relates the members of one object, not query parameters to each other or to
    // the body, and OpenAPI has no rule across parameters: such groups are an extension.
    if !other_groups.is_empty() {
        op.push((
            "x-payway-required-one-of",
            array(
                other_groups
                    .iter()
                    .map(|group| array(group.iter().map(|name| string(name)))),
            ),
        ));
    }
    op.push(("responses", responses(endpoint)));
    op.push(("x-payway-scope", string(&endpoint.scope)));
    op.push(("x-payway-identity", JsonValue::Bool(endpoint.identity)));
    op.push(("x-payway-retry-safe", JsonValue::Bool(endpoint.retry_safe)));
    if let Some(release) = &endpoint.release {
        op.push(("x-payway-release", string(release)));
    }
    object(op)
}

/// The `required_one_of` groups whose members are all body parameters (a JSON Schema rule of the
/// body can hold them), and the others (with a query parameter), each in spec order.
fn one_of_groups(endpoint: &Endpoint) -> (Vec<&Vec<String>>, Vec<&Vec<String>>) {
    let in_body = |name: &String| endpoint.body.iter().any(|f| &f.name == name);
    endpoint
        .required_one_of
        .iter()
        .partition(|group| group.iter().all(in_body))
}

/// At least one member of each group present: `anyOf` of `required`s, under `allOf` when there
/// are several groups (an object has one `anyOf`).
fn one_of_schema(groups: &[&Vec<String>]) -> Option<(String, JsonValue)> {
    let any_of = |group: &Vec<String>| {
        array(
            group
                .iter()
                .map(|name| object([("required", array([string(name)]))])),
        )
    };
    match groups {
        [] => None,
        [group] => Some(("anyOf".into(), any_of(group))),
        groups => Some((
            "allOf".into(),
            array(groups.iter().map(|g| object([("anyOf", any_of(g))]))),
        )),
    }
}

fn member<'v>(value: Option<&'v JsonValue>, name: &str) -> Option<&'v JsonValue> {
    match value? {
        JsonValue::Object(members) => members.get(name),
        _ => None,
    }
}

/// The success response under its documented status, in its envelope (or without content when
/// it carries no data, and besides it a 204 when it may), and the Payway error body for every
/// 4xx and 5xx.
fn responses(endpoint: &Endpoint) -> JsonValue {
    let response = &endpoint.response;
    let mut success = vec![
        ("description", string(&endpoint.summary)),
        // The envelope by name: a bare object with one `item` field looks like an `item` envelope.
        ("x-payway-envelope", string(response.envelope.word())),
    ];
    if let Some(schema) = body_schema(response) {
        let mut media = vec![("schema", schema)];
        if let Some(example) = &endpoint.example.response {
            media.push(("example", example.clone()));
        }
        success.push(("content", object([("application/json", object(media))])));
    }
    let mut responses = vec![(response.status.to_string(), object(success))];
    if response.may_be_empty {
        responses.push((
            "204".to_string(),
            object([(
                "description",
                string("No data: the client's call returns `None` (as it does for `{}`)."),
            )]),
        ));
    }
    for class in ["4XX", "5XX"] {
        responses.push((
            class.to_string(),
            object([("$ref", string(ERROR_RESPONSE))]),
        ));
    }
    JsonValue::Object(responses.into_iter().collect())
}

/// The body's schema, or `None` when the response carries no data (no content, e.g. a 204).
fn body_schema(response: &Response) -> Option<JsonValue> {
    let fields = JsonValue::Object(
        object_schema(&response.fields, false, Direction::Response)
            .into_iter()
            .collect(),
    );
    let data = match response.envelope {
        Envelope::Item => fields,
        Envelope::Items => object([("type", string("array")), ("items", fields)]),
        Envelope::None => return Some(fields),
        Envelope::Empty => return None,
        // The docs do not show it: any JSON at all, as the client keeps it.
        Envelope::Undocumented => {
            return Some(object([(
                "description",
                string(
                    "The docs do not show this response: any JSON, which the client keeps whole.",
                ),
            )]));
        }
    };
    // `item` or `items`, the two envelopes left.
    let key = response.envelope.word();
    Some(object([
        ("type", string("object")),
        ("properties", object([(key, data)])),
        ("required", array([string(key)])),
        ("additionalProperties", JsonValue::Bool(true)),
    ]))
}

/// The token endpoint: a form post answered by a token, outside bearer security.
fn token_operation(token: &TokenEndpoint) -> JsonValue {
    let TokenEndpoint {
        path: _,
        description: _,
        grant_types: _,
    } = token;
    let text = |description: &str| {
        object([
            ("type", string("string")),
            ("description", string(description)),
        ])
    };
    let grants: Vec<JsonValue> = token
        .grant_types
        .iter()
        .map(|(name, _)| string(name))
        .collect();
    let mut grant_description = String::from("What the token is for:");
    for (name, meaning) in &token.grant_types {
        grant_description.push_str(&format!("\n- `{name}`: {meaning}"));
    }
    let mut grant_type = vec![
        ("type", string("string")),
        ("description", string(&grant_description)),
    ];
    if !grants.is_empty() {
        grant_type.push(("enum", JsonValue::Array(grants)));
    }
    let form = object([
        ("type", string("object")),
        (
            "properties",
            object([
                ("grant_type", object(grant_type)),
                ("client_id", text("The API client's id.")),
                ("client_secret", text("The API client's secret.")),
                (
                    "scope",
                    text("Space-separated scopes, e.g. `/external/klarna_payments/w`."),
                ),
                (
                    "ticket",
                    text("With `grant_type=ticket`: the customer's one-time ticket."),
                ),
                (
                    "refresh_token",
                    text("With `grant_type=refresh_token`: the refresh token."),
                ),
            ]),
        ),
        (
            "required",
            array(["grant_type", "client_id", "client_secret"].map(string)),
        ),
    ]);
    let answer = object([
        ("type", string("object")),
        (
            "properties",
            object([
                ("access_token", text("The bearer token.")),
                (
                    "expires_in",
                    object([
                        ("type", string("integer")),
                        ("description", string("Seconds until the token expires.")),
                    ]),
                ),
                (
                    "refresh_token",
                    text("Renews the token (`grant_type=refresh_token`)."),
                ),
            ]),
        ),
        ("required", array([string("access_token")])),
        ("additionalProperties", JsonValue::Bool(true)),
    ]);
    // Illustrative values for mock servers; the field names are the ones Payway sends.
    let answer_example = object([
        ("access_token", string("example-access-token")),
        ("expires_in", JsonValue::from(3600)),
        ("refresh_token", string("example-refresh-token")),
    ]);
    let refusal = object([
        ("type", string("object")),
        (
            "properties",
            object([
                ("error", text("An error code.")),
                ("error_description", text("Why the request was refused.")),
            ]),
        ),
        ("additionalProperties", JsonValue::Bool(true)),
    ]);
    let mut op = vec![
        ("operationId", string("access_token")),
        ("tags", array([string("authorization")])),
        ("summary", string("Get an access token.")),
    ];
    if let Some(description) = &token.description {
        op.push(("description", string(description)));
    }
    op.extend([
        ("security", array([])),
        (
            "requestBody",
            object([
                ("required", JsonValue::Bool(true)),
                (
                    "content",
                    object([(
                        "application/x-www-form-urlencoded",
                        object([("schema", form)]),
                    )]),
                ),
            ]),
        ),
        (
            "responses",
            object([
                (
                    "200",
                    object([
                        ("description", string("A token.")),
                        (
                            "content",
                            object([(
                                "application/json",
                                object([("schema", answer), ("example", answer_example)]),
                            )]),
                        ),
                    ]),
                ),
                (
                    "4XX",
                    object([
                        ("description", string("The request was refused.")),
                        (
                            "content",
                            object([("application/json", object([("schema", refusal)]))]),
                        ),
                    ]),
                ),
            ]),
        ),
    ]);
    object([("post", object(op))])
}

fn components() -> JsonValue {
    let text = || object([("type", string("string"))]);
    let error = object([
        ("type", string("object")),
        (
            "description",
            string(
                "Payway's error body. Codes seen include `invalid_parameter`, `unknown_parameter`, `not_found` and `internal_server_error`; the list is open.",
            ),
        ),
        (
            "properties",
            object([("code", text()), ("field", text()), ("message", text())]),
        ),
        ("required", array([string("message")])),
        ("additionalProperties", JsonValue::Bool(true)),
    ]);
    object([
        (
            "securitySchemes",
            object([(
                BEARER,
                object([
                    ("type", string("http")),
                    ("scheme", string("bearer")),
                    (
                        "description",
                        string(
                            "An access token from the token endpoint, carrying the operation's scope (and a customer identity where `x-payway-identity` is true).",
                        ),
                    ),
                ]),
            )]),
        ),
        ("schemas", object([("Error", error)])),
        (
            "responses",
            object([(
                "Error",
                object([
                    ("description", string("A Payway error.")),
                    (
                        "content",
                        object([(
                            "application/json",
                            object([(
                                "schema",
                                object([("$ref", string("#/components/schemas/Error"))]),
                            )]),
                        )]),
                    ),
                ]),
            )]),
        ),
    ])
}
