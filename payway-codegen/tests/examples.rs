//! The `example` key: the docs' example request and response, loaded as JSON values and checked
//! against the endpoint's fields with located errors.

use serde_json::{Value, json};

/// A loaded example as JSON text: members in the order loaded, which `==` on values ignores.
fn ordered(value: &Option<Value>) -> String {
    value.as_ref().map_or("none".to_string(), Value::to_string)
}

fn problems(source: &str) -> Vec<String> {
    match payway_codegen::load(source) {
        Ok(_) => Vec::new(),
        Err(found) => found
            .iter()
            .map(|d| format!("{}: {}", d.location, d.message))
            .collect(),
    }
}

/// A spec whose one endpoint (a POST with a patterned, an enum, a boolean, an integer and a nested
/// parameter, and an `items` response) ends with the given `example` lines, from line 34 on.
fn spec(example: &str) -> String {
    format!(
        "\
api:
  name: Test
environments:
  local:
    base_url: http://127.0.0.1:9
token_endpoint:
  path: /api/authorization/access_token
  grant_types:
    none: An application token.
sections:
  catalog:
    endpoints:
      - action: lookup
        version: 1
        method: POST
        path: /external/api/v1/catalog/lookup
        summary: Look up a product.
        scope: /external/catalog/r
        identity: false
        retry_safe: true
        body:
          code: {{ type: string, required: true, pattern: '^[a-z]+$', max_length: 8 }}
          kind: {{ type: enum, values: [book, film] }}
          count: {{ type: integer }}
          customer: {{ type: object, fields: {{ email: {{ type: email, required: true }} }} }}
          extra: {{ type: object, fields: {{}}, additional_fields: true }}
        response:
          envelope: items
          fields:
            name: {{ type: string }}
            price: {{ type: number }}
            on_sale: {{ type: boolean, required: false }}
        example:
{example}"
    )
}

#[test]
fn a_valid_example_is_kept_as_json_in_order() {
    let source = spec(
        "          request:
            code: abc
            kind: film
            count: 3
            customer: { email: a@example.com }
            extra: { anything: [1, x, null] }
          response:
            items:
              - { name: A, price: 1.5 }
              - { name: '42', price: 2, on_sale: true }
",
    );
    let spec = payway_codegen::load(&source).expect("valid");
    let example = &spec.sections[0].endpoints[0].example;
    assert_eq!(
        ordered(&example.request),
        json!({
            "code": "abc",
            "kind": "film",
            "count": 3,
            "customer": { "email": "a@example.com" },
            "extra": { "anything": [1, "x", null] },
        })
        .to_string()
    );
    assert_eq!(
        ordered(&example.response),
        json!({
            "items": [
                { "name": "A", "price": 1.5 },
                { "name": "42", "price": 2, "on_sale": true },
            ]
        })
        .to_string()
    );
}

#[test]
fn every_disagreement_with_the_fields_is_located() {
    let source = spec(
        "          request:
            code: ABC
            kind: music
            count: 1.5
            customer: { mail: a@example.com }
            colour: red
          response:
            items:
              - { name: 42, price: cheap }
          note: x
",
    );
    assert_eq!(
        problems(&source),
        [
            "35:19: `example.request.code` must match the pattern ^[a-z]+$",
            "36:19: `example.request.kind` must be one of book, film",
            "37:20: `example.request.count` must be a whole number, found a number",
            "38:23: `example.request.customer` has no `email`, which the spec says is always there",
            "38:25: `example.request.customer.mail` is not a field here: did you mean `email`?",
            "39:13: `example.request.colour` is not a field here: the spec does not list it",
            "42:25: `example.response.items[0].name` must be text (quote it if it looks like a number or `true`), found a number",
            "42:36: `example.response.items[0].price` must be a number, found text",
            "43:11: unknown field `note` in `example` of endpoint `catalog.lookup`: expected `request` or `response`",
        ]
    );
}

#[test]
fn the_response_example_carries_the_envelope() {
    let source = spec(
        "          request: { code: abc }
          response:
            item: { name: A, price: 1 }
",
    );
    assert_eq!(
        problems(&source),
        ["36:13: `example.response` is wrapped in `item`, but the response's envelope is `items`"]
    );
    let source = spec("          request: { kind: book }\n          response: [1]\n");
    assert_eq!(
        problems(&source),
        [
            "34:20: `example.request` has no `code`, which the spec says is always there",
            "35:21: `example.response` must be the response body, `{items: ...}`",
        ]
    );
    let source = spec("          request: { code: toolongvalue }\n");
    assert_eq!(
        problems(&source),
        ["34:28: `example.request.code` must be at most 8 characters long, is 12"]
    );
}

#[test]
fn the_real_spec_has_the_docs_examples() {
    let source = include_str!("../../spec/payway.yaml");
    let spec = payway_codegen::load(source).expect("the real spec is valid");
    // The two pages whose examples the docs show in full (v2 create_session's page is cut short
    // and shows no response).
    let mut found = 0;
    let klarna = spec.sections.iter().filter(|s| s.name == "klarna_payments");
    for endpoint in klarna.flat_map(|s| &s.endpoints) {
        let action = (endpoint.action.as_str(), endpoint.version);
        if [("create_session", 1), ("place_trial_order", 2)].contains(&action) {
            assert!(endpoint.example.request.is_some(), "{action:?}");
            assert!(endpoint.example.response.is_some(), "{action:?}");
            found += 1;
        }
    }
    assert_eq!(found, 2);
}

/// A spec with a bare response (and a `date_time` parameter and field), an empty one and one
/// that may be empty, each endpoint ending with its own `example` lines.
fn shapes_spec(bare: &str, empty: &str, maybe: &str) -> String {
    format!(
        "\
api:
  name: Test
environments:
  local:
    base_url: http://127.0.0.1:9
token_endpoint:
  path: /api/authorization/access_token
  grant_types:
    none: An application token.
sections:
  accounts:
    endpoints:
      - action: create
        version: 1
        method: POST
        path: /external/api/v1/accounts/create
        summary: Create.
        scope: /external/accounts/w
        identity: false
        retry_safe: false
        body:
          valid_until: {{ type: date_time }}
        response:
          envelope: none
          status: 201
          fields:
            id: {{ type: string }}
            created: {{ type: date_time }}
        example:
{bare}
      - action: delete
        version: 1
        method: DELETE
        path: /external/api/v1/accounts/delete
        summary: Delete.
        scope: /external/accounts/w
        identity: false
        retry_safe: false
        response:
          envelope: empty
        example:
{empty}
      - action: update
        version: 1
        method: PUT
        path: /external/api/v1/accounts/update
        summary: Update.
        scope: /external/accounts/w
        identity: false
        retry_safe: false
        response:
          envelope: item
          may_be_empty: true
          fields:
            id: {{ type: string }}
        example:
{maybe}"
    )
}

#[test]
fn examples_of_bare_empty_and_maybe_empty_responses() {
    let source = shapes_spec(
        "          request: { valid_until: '2020-04-23 12:16:50 +0200' }
          response: { id: a1, created: '2019-11-21T14:43:30+01:00' }",
        "          request: {}",
        "          response: { item: { id: a1 } }",
    );
    let spec = payway_codegen::load(&source).expect("valid");
    let endpoints = &spec.sections[0].endpoints;
    // A bare response's example is the object itself, no envelope around it.
    assert_eq!(
        ordered(&endpoints[0].example.response),
        json!({ "id": "a1", "created": "2019-11-21T14:43:30+01:00" }).to_string()
    );
    assert_eq!(
        ordered(&endpoints[0].example.request),
        json!({ "valid_until": "2020-04-23 12:16:50 +0200" }).to_string()
    );
    assert_eq!(endpoints[1].example.response, None);
    assert!(endpoints[2].example.response.is_some());

    let source = shapes_spec(
        "          request: { valid_until: '2020-04-23T12:16:50' }
          response: { item: { id: a1 } }",
        "          response: {}",
        "          response: {}",
    );
    assert_eq!(
        problems(&source),
        [
            "30:35: `example.request.valid_until` must be a date and time like 2019-11-21T14:43:30+01:00 or 2020-04-23 12:16:50 +0200",
            // A bare response has no envelope: `item` is taken as a field.
            "31:21: `example.response` has no `id`, which the spec says is always there",
            "31:21: `example.response` has no `created`, which the spec says is always there",
            "31:23: `example.response.item` is not a field here: the spec does not list it",
            "43:21: `example.response` cannot be given for `envelope: empty`, which carries no data: remove it",
            "58:21: `example.response` is `{}`, the answer with no data, which needs no example: show the object the endpoint answers with",
        ]
    );
    // Both shapes are checked against the calendar and the clock, as the client does.
    let source = shapes_spec(
        "          response: { id: a1, created: '2021-02-29 12:16:50 +0200' }",
        "          request: {}",
        "          response: { item: { id: a1 } }",
    );
    assert_eq!(
        problems(&source),
        [
            "30:40: `example.response.created` must be a date and time like 2019-11-21T14:43:30+01:00 or 2020-04-23 12:16:50 +0200"
        ]
    );
}

/// A spec with an open POST (`additional_parameters`, a `required_one_of` group in the body and
/// one with a query member, a response the docs do not show) and a GET with a query group, each
/// endpoint ending with its own `example` lines.
fn open_spec(post: &str, get: &str) -> String {
    format!(
        "\
api:
  name: Test
environments:
  local:
    base_url: http://127.0.0.1:9
token_endpoint:
  path: /api/authorization/access_token
  grant_types:
    none: An application token.
sections:
  orders:
    endpoints:
      - action: place
        version: 2
        method: POST
        path: /external/api/v2/orders/place
        summary: Place.
        scope: /external/orders/w
        identity: false
        retry_safe: false
        query:
          channel: {{ type: string }}
        body:
          period_type: {{ type: enum, values: [limited, recurring] }}
          period_id: {{ type: string }}
          campaign: {{ type: string }}
        required_one_of: [[period_type, period_id], [channel, campaign]]
        additional_parameters: true
        response:
          envelope: undocumented
        example:
{post}
      - action: find
        version: 1
        method: GET
        path: /external/api/v1/orders/find
        summary: Find.
        scope: /external/orders/r
        identity: false
        retry_safe: true
        query:
          order_id: {{ type: string }}
          reference: {{ type: string }}
        required_one_of: [[order_id, reference]]
        response:
          envelope: items
          fields:
            id: {{ type: string }}
        example:
{get}"
    )
}

#[test]
fn examples_of_open_parameters_one_of_several_and_undocumented_responses() {
    // Unlisted keys are parameters of an open body; a group with a query member may be met by
    // the query, which a POST's example does not show.
    let source = open_spec(
        "          request: { period_id: p1, coupon: SPRING, extra: { any: [1, true] } }",
        "          request: { reference: r1 }",
    );
    let spec = payway_codegen::load(&source).expect("valid");
    let endpoints = &spec.sections[0].endpoints;
    assert_eq!(
        ordered(&endpoints[0].example.request),
        json!({ "period_id": "p1", "coupon": "SPRING", "extra": { "any": [1, true] } }).to_string()
    );
    assert_eq!(
        ordered(&endpoints[1].example.request),
        json!({ "reference": "r1" }).to_string()
    );

    // Listed parameters are still checked in an open body; a group none of whose members is set
    // is an error where the example is; an undocumented response has no example.
    let source = open_spec(
        "          request: { period_type: weekly, coupon: SPRING }
          response: { item: { id: o1 } }",
        "          request: {}",
    );
    assert_eq!(
        problems(&source),
        [
            "32:35: `example.request.period_type` must be one of limited, recurring",
            "33:21: `example.response` cannot be given for `envelope: undocumented`, whose docs show no response: remove it, or give the envelope and fields the docs show",
            "51:20: `example.request` sets none of `order_id`, `reference`: `required_one_of` needs at least one",
        ]
    );
    let source = open_spec(
        "          request: { coupon: SPRING }",
        "          request: { referense: r1 }",
    );
    assert_eq!(
        problems(&source),
        [
            "32:20: `example.request` sets none of `period_type`, `period_id`: `required_one_of` needs at least one",
            // A misspelt member is not a member: both are said.
            "50:20: `example.request` sets none of `order_id`, `reference`: `required_one_of` needs at least one",
            "50:22: `example.request.referense` is not a field here: did you mean `reference`?",
        ]
    );
}

#[test]
fn numbers_beyond_json_readers_and_duplicate_free_keys_are_located() {
    let source = spec(
        "          request:
            code: abc
            count: 1e400
            extra: { anything: { a: 1, a: 2 } }
",
    );
    assert_eq!(
        problems(&source),
        [
            "36:20: the number `1e400` is too large for JSON readers",
            "37:40: duplicate key `a`",
        ]
    );
}
