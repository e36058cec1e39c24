//! Every kind of spec error, loaded from inline YAML: the exact message and the exact line and
//! column it points at. Locations are 1-based, as editors show them.

/// The problems `load` finds in `source`, each rendered as `LINE:COL: message`.
fn problems(source: &str) -> Vec<String> {
    match payway_codegen::load(source) {
        Ok(_) => Vec::new(),
        Err(found) => found
            .iter()
            .map(|d| format!("{}: {}", d.location, d.message))
            .collect(),
    }
}

/// Asserts that `source` has exactly the problems listed, in file order.
#[track_caller]
fn assert_problems(source: &str, expected: &[&str]) {
    assert_eq!(problems(source), expected, "\n--- spec ---\n{source}");
}

/// Lines 1 to 12 of every spec below; the first endpoint starts on line 13.
const HEAD: &str = "\
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
";

/// A spec of HEAD and the given endpoint list items (indented by 6, starting on line 13).
fn with_endpoints(endpoints: &str) -> String {
    format!("{HEAD}{}", endpoints.trim_start_matches('\n'))
}

/// A valid endpoint, lines 13 to 29.
const LOOKUP: &str = r#"
      - action: lookup
        version: 1
        method: POST
        path: /external/api/v1/catalog/lookup
        summary: Look up a product.
        scope: /external/catalog/r
        identity: false
        retry_safe: true
        body:
          code:
            type: string
            required: true
        response:
          envelope: item
          fields:
            name:
              type: string
"#;

#[test]
fn the_base_spec_is_valid() {
    assert_problems(&with_endpoints(LOOKUP), &[]);
}

// ---------------------------------------------------------------------------------------------
// YAML-level problems

#[test]
fn malformed_yaml() {
    assert_problems(
        "api:\n  name: Test\n  tags: [a, b\nenvironments: {}\n",
        // The parser notices the missing `]` where the text stops making sense (the `:` after
        // `environments`, swallowed into the list); the hint points back at the `[`.
        &[
            "4:13: this is not valid YAML: illegal placement of ':' indicator (inside the `[` at line 3, column 9: check that it is closed)",
        ],
    );
}

#[test]
fn unclosed_flow_list_at_end_of_file() {
    // The parser reports the end of the input as the start of a line 2 that is not there.
    assert_problems(
        "key: [unclosed",
        &[
            "2:1: this is not valid YAML: while parsing a flow sequence, expected ',' or ']' (inside the `[` at line 1, column 6: check that it is closed)",
        ],
    );
}

#[test]
fn tabs_for_indentation() {
    // The parser points just after the tab, at the `name` it indents.
    assert_problems(
        "api:\n\tname: Test\n",
        &["2:2: this is not valid YAML: tabs disallowed within this context (block indentation)"],
    );
}

#[test]
fn anchors_are_rejected() {
    assert_problems(
        "api: &api\n  name: Test\n",
        &[
            "1:6: anchors (`&name`) are not supported in a spec: write the value out where it is used",
        ],
    );
}

#[test]
fn aliases_are_rejected() {
    // With its anchor, the anchor is reported first (the parse stops at the first problem);
    // without it, the parser itself refuses the alias.
    assert_problems(
        "api: &api\n  name: Test\nother: *api\n",
        &[
            "1:6: anchors (`&name`) are not supported in a spec: write the value out where it is used",
        ],
    );
    assert_problems(
        "api:\n  name: Test\nother: *api\n",
        &["3:8: this is not valid YAML: while parsing node, found unknown anchor"],
    );
}

#[test]
fn two_documents() {
    assert_problems(
        "api:\n  name: Test\n---\napi:\n  name: Other\n",
        &[
            "3:1: a spec file holds one YAML document: remove this second `---` document or move it into its own file",
        ],
    );
}

#[test]
fn bare_scalar() {
    assert_problems(
        "just some text\n",
        &["1:1: the spec must be a map (`key: value` lines), found a single value"],
    );
}

#[test]
fn top_level_list() {
    assert_problems(
        "- api\n- sections\n",
        &["1:1: the spec must be a map (`key: value` lines), found a list"],
    );
}

#[test]
fn empty_file() {
    let missing = [
        "1:1: the spec has no `api`: add e.g. `api: { name: Payway }`",
        "1:1: the spec has no `environments`: add e.g. `environments: { stage: { base_url: https://... } }`",
        "1:1: the spec has no `token_endpoint`: add e.g. `token_endpoint: { path: /api/authorization/access_token }`",
        "1:1: the spec has no `sections`: add e.g. `sections: { klarna_payments: { endpoints: [...] } }`",
    ];
    assert_problems("", &missing);
    assert_problems("# only a comment\n", &missing);
}

#[test]
fn map_key_that_is_not_a_name() {
    assert_problems(
        "? [a, b]\n: value\n",
        &["1:3: a map key must be a plain name, not a list"],
    );
}

// ---------------------------------------------------------------------------------------------
// Missing required keys

#[test]
fn missing_api() {
    let source = HEAD.replacen("api:\n  name: Test\n", "", 1) + LOOKUP.trim_start_matches('\n');
    assert_problems(
        &source,
        &["1:1: the spec has no `api`: add e.g. `api: { name: Payway }`"],
    );
}

#[test]
fn missing_api_name() {
    let source =
        with_endpoints(LOOKUP).replacen("  name: Test\n", "  docs: https://example.com/\n", 1);
    assert_problems(
        &source,
        &["2:3: `api` has no `name`: add e.g. `name: Payway`"],
    );
}

#[test]
fn missing_environments() {
    let source = with_endpoints(LOOKUP).replacen(
        "environments:\n  local:\n    base_url: http://127.0.0.1:9\n",
        "",
        1,
    );
    assert_problems(
        &source,
        &[
            "1:1: the spec has no `environments`: add e.g. `environments: { stage: { base_url: https://... } }`",
        ],
    );
}

#[test]
fn missing_token_endpoint() {
    let source = with_endpoints(LOOKUP).replacen(
        "token_endpoint:\n  path: /api/authorization/access_token\n  grant_types:\n    none: An application token.\n",
        "",
        1,
    );
    assert_problems(
        &source,
        &[
            "1:1: the spec has no `token_endpoint`: add e.g. `token_endpoint: { path: /api/authorization/access_token }`",
        ],
    );
}

#[test]
fn missing_base_url() {
    let source = with_endpoints(LOOKUP).replacen(
        "    base_url: http://127.0.0.1:9\n",
        "    description: Nowhere.\n",
        1,
    );
    assert_problems(
        &source,
        &[
            "5:5: environment `local` has no `base_url`: add e.g. `base_url: https://api.example.com`",
        ],
    );
}

#[test]
fn missing_scope() {
    let endpoint = LOOKUP.replacen("        scope: /external/catalog/r\n", "", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "13:9: endpoint `catalog.lookup` has no `scope`: add e.g. `scope: /external/klarna_payments/w`",
        ],
    );
}

#[test]
fn missing_identity() {
    let endpoint = LOOKUP.replacen("        identity: false\n", "", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &["13:9: endpoint `catalog.lookup` has no `identity`: add e.g. `identity: false`"],
    );
}

#[test]
fn missing_retry_safe() {
    let endpoint = LOOKUP.replacen("        retry_safe: true\n", "", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &["13:9: endpoint `catalog.lookup` has no `retry_safe`: add e.g. `retry_safe: true`"],
    );
}

#[test]
fn missing_response() {
    let endpoint = LOOKUP.replacen(
        "        response:\n          envelope: item\n          fields:\n            name:\n              type: string\n",
        "",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "13:9: endpoint `catalog.lookup` has no `response`: add e.g. `response: { envelope: item, fields: {...} }`",
        ],
    );
}

#[test]
fn missing_type() {
    let endpoint = LOOKUP.replacen(
        "            type: string\n            required: true\n",
        "            required: true\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &["23:13: parameter `code` has no `type`: add e.g. `type: string`"],
    );
}

// ---------------------------------------------------------------------------------------------
// Unknown and duplicate keys

#[test]
fn unknown_field_with_a_close_match() {
    let endpoint = LOOKUP.replacen(
        "        summary: Look up a product.\n",
        "        summary: Look up a product.\n        descripton: Looks a product up.\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "18:9: unknown field `descripton` in endpoint `catalog.lookup`: did you mean `description`?",
        ],
    );
}

#[test]
fn unknown_top_level_field_without_a_close_match() {
    let source = format!("{}x_extension: true\n", with_endpoints(LOOKUP));
    assert_problems(
        &source,
        &[
            "30:1: unknown field `x_extension` in the spec: expected one of: api, environments, token_endpoint, sections",
        ],
    );
}

#[test]
fn duplicate_parameter() {
    let endpoint = LOOKUP.replacen(
        "            required: true\n",
        "            required: true\n          code:\n            type: integer\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "25:11: duplicate key `code` in `body` of endpoint `catalog.lookup` (first at line 22): remove one of them",
        ],
    );
}

#[test]
fn duplicate_endpoint() {
    assert_problems(
        &with_endpoints(&format!("{LOOKUP}{}", LOOKUP.trim_start_matches('\n'))),
        &[
            "30:9: duplicate endpoint: v1 `lookup` of section `catalog` is already defined at line 13; remove one or change its `version`",
        ],
    );
}

#[test]
fn same_action_in_two_versions_is_fine() {
    let v2 = LOOKUP
        .replace("version: 1", "version: 2")
        .replace("/v1/", "/v2/");
    assert_problems(
        &with_endpoints(&format!("{LOOKUP}{}", v2.trim_start_matches('\n'))),
        &[],
    );
}

// ---------------------------------------------------------------------------------------------
// Wrong shapes

#[test]
fn list_where_a_map_is_expected() {
    let source = with_endpoints(LOOKUP).replacen(
        "environments:\n  local:\n    base_url: http://127.0.0.1:9\n",
        "environments:\n  - local\n  - stage\n",
        1,
    );
    assert_problems(
        &source,
        &["4:3: `environments` must be a map (`key: value` lines), found a list"],
    );
}

#[test]
fn list_of_parameters_instead_of_a_map() {
    let endpoint = LOOKUP.replacen(
        "          code:\n            type: string\n            required: true\n",
        "          - code\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "22:11: `body` of endpoint `catalog.lookup` must be a map (`key: value` lines), found a list",
        ],
    );
}

#[test]
fn map_where_a_list_is_expected() {
    let source = format!("{HEAD}      lookup:\n        action: lookup\n");
    assert_problems(
        &source,
        &["13:7: `endpoints` of section `catalog` must be a list (`- action: ...` items)"],
    );
}

#[test]
fn single_value_where_a_map_is_expected() {
    let endpoint = LOOKUP.replacen(
        "        response:\n          envelope: item\n          fields:\n            name:\n              type: string\n",
        "        response: item\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "25:19: `response` of endpoint `catalog.lookup` must be a map (`key: value` lines), found a single value",
        ],
    );
}

#[test]
fn map_where_a_single_value_is_expected() {
    let endpoint = LOOKUP.replacen(
        "summary: Look up a product.",
        "summary: { text: Look up }",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &["17:18: `summary` of endpoint `catalog.lookup` must be a single value, found a map"],
    );
}

#[test]
fn boolean_that_is_not_true_or_false() {
    let endpoint = LOOKUP.replacen("identity: false", "identity: no", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &["19:19: `identity` of endpoint `catalog.lookup` must be `true` or `false`"],
    );
}

// ---------------------------------------------------------------------------------------------
// Endpoint values

#[test]
fn bad_scope_format() {
    let endpoint = LOOKUP.replacen("scope: /external/catalog/r", "scope: catalog:read", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "18:16: `scope` of endpoint `catalog.lookup` must look like `/external/<resource>/<r|w>`, found `catalog:read`",
        ],
    );
}

#[test]
fn scope_with_an_unknown_access_letter() {
    let endpoint = LOOKUP.replacen(
        "scope: /external/catalog/r",
        "scope: /external/catalog/x",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "18:16: `scope` of endpoint `catalog.lookup` must look like `/external/<resource>/<r|w>`, found `/external/catalog/x`",
        ],
    );
}

#[test]
fn path_without_its_section_after_the_version() {
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup",
        "path: /external/api/v1/catalogue/lookup",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` must hold `/v1/catalog` (its version, then its section's name), e.g. `/external/api/v1/catalog/action`; found `/external/api/v1/catalogue/lookup`",
        ],
    );
}

#[test]
fn paths_of_every_shape_the_pages_show() {
    // The action need not be in the path; several segments after the section; a trailing `/`;
    // a body on a GET.
    for path in [
        "/external/api/v1/catalog/find",
        "/external/api/v1/catalog/search/package",
        "/external/api/v1/catalog/lookup/",
    ] {
        let endpoint = LOOKUP
            .replacen(
                "path: /external/api/v1/catalog/lookup",
                &format!("path: {path}"),
                1,
            )
            .replacen("method: POST", "method: GET", 1);
        assert_problems(&with_endpoints(&endpoint), &[]);
    }
}

#[test]
fn path_parameters_declared_both_ways() {
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup\n",
        "path: /external/api/v1/catalog/{account_id}/{Bad}\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` is not a valid path: `{Bad}` must name its parameter in snake_case (like `/external/api/v1/section/action` or `/external/api/v1/section/{id}`)",
        ],
    );
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup\n",
        "path: /external/api/v1/catalog/{account_id}/x//{id}\n        path_parameters:\n          id: { type: integer }\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` is not a valid path: it has an empty segment (`//`) (like `/external/api/v1/section/action` or `/external/api/v1/section/{id}`)",
        ],
    );
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup\n",
        "path: /external/api/v1/catalog/{account_id}/\n        path_parameters:\n          position: { type: integer }\n          flag: { type: boolean }\n          kind: { type: string, required: false }\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` has `{account_id}`, which `path_parameters` does not declare: add `account_id: { type: string }` under `path_parameters`",
            "18:11: path parameter `position` of endpoint `catalog.lookup` is not in its `path` (`/external/api/v1/catalog/{account_id}/`): write `{position}` where it goes, or remove it",
            "19:25: parameter `flag` is a path parameter, which is a `string`, an `integer` or an `enum`, not `boolean`",
            "20:11: path parameter `kind` of endpoint `catalog.lookup` is not in its `path` (`/external/api/v1/catalog/{account_id}/`): write `{kind}` where it goes, or remove it",
            "20:43: parameter `kind` is a path parameter, which is always required: remove `required`",
        ],
    );
}

#[test]
fn two_endpoints_on_one_route() {
    let second = LOOKUP
        .replacen("action: lookup", "action: find", 1)
        .replacen(
            "path: /external/api/v1/catalog/lookup\n",
            "path: /external/api/v1/catalog/{code}\n        path_parameters:\n          code: { type: string }\n",
            1,
        )
        .replacen("        body:\n          code:\n            type: string\n            required: true\n", "", 1);
    let first = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup\n",
        "path: /external/api/v1/catalog/{id}\n        path_parameters:\n          id: { type: string }\n",
        1,
    );
    assert_problems(
        &with_endpoints(&format!("{first}{second}")),
        &[
            "33:9: duplicate route: `POST /external/api/v1/catalog/{code}` of `catalog.find` is the route of the endpoint defined at line 13; (method, path) must be unique in the spec",
        ],
    );
}

#[test]
fn path_with_the_wrong_version() {
    let endpoint = LOOKUP.replacen("version: 1", "version: 2", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` must hold `/v2/catalog` (its version, then its section's name), e.g. `/external/api/v2/catalog/action`; found `/external/api/v1/catalog/lookup`",
        ],
    );
}

#[test]
fn path_that_is_not_a_path() {
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup",
        "path: external/api/v1/catalog/lookup/",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` must start with `/`, like `/external/api/v1/section/action` or `/external/api/v1/section/{id}`; found `external/api/v1/catalog/lookup/`",
        ],
    );
}

#[test]
fn version_zero() {
    let endpoint = LOOKUP.replacen("version: 1", "version: 0", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "14:18: `version` of endpoint `catalog.lookup` must be a positive whole number, e.g. `2`",
        ],
    );
}

#[test]
fn unknown_method() {
    let endpoint = LOOKUP.replacen("method: POST", "method: post", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "15:17: `method` of endpoint `catalog.lookup` must be one of GET, POST, PUT, PATCH, DELETE",
        ],
    );
}

#[test]
fn body_on_a_get_request_is_fine() {
    // Some Payway endpoints read a JSON body on a GET (or a DELETE).
    let endpoint = LOOKUP.replacen("method: POST", "method: GET", 1);
    assert_problems(&with_endpoints(&endpoint), &[]);
}

#[test]
fn action_that_is_not_snake_case() {
    let endpoint = LOOKUP.replacen("action: lookup", "action: LookUp", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "13:17: action `LookUp` must be snake_case (lowercase letters, digits and `_`, starting with a letter)",
        ],
    );
}

#[test]
fn bad_base_url() {
    let source =
        with_endpoints(LOOKUP).replacen("base_url: http://127.0.0.1:9", "base_url: 127.0.0.1:9", 1);
    assert_problems(
        &source,
        &[
            "5:15: `base_url` of environment `local` must be an absolute http(s) URL, found `127.0.0.1:9`",
        ],
    );
}

#[test]
fn reserved_environment_name() {
    let source = with_endpoints(LOOKUP).replacen("  local:", "  custom:", 1);
    assert_problems(
        &source,
        &["4:3: `custom` is reserved for a base URL chosen at run time: pick another name"],
    );
}

// ---------------------------------------------------------------------------------------------
// Parameters

/// LOOKUP with the `code` parameter's definition (lines 23 and 24) replaced by `definition`,
/// indented by 12.
fn with_code(definition: &str) -> String {
    let endpoint = LOOKUP.replacen(
        "            type: string\n            required: true\n",
        definition.trim_start_matches('\n'),
        1,
    );
    with_endpoints(&endpoint)
}

#[test]
fn unknown_type_with_a_close_match() {
    assert_problems(
        &with_code("            type: strng\n            required: true\n"),
        &["23:19: unknown type `strng` for parameter `code`: did you mean `string`?"],
    );
}

#[test]
fn unknown_type_without_a_close_match() {
    assert_problems(
        &with_code("            type: uuid_v4_thing\n"),
        &[
            "23:19: unknown type `uuid_v4_thing` for parameter `code`: use one of: string, boolean, integer, number, date, date_time, url, ip_address, email, enum, object, list",
        ],
    );
}

#[test]
fn invalid_regex_pattern() {
    assert_problems(
        &with_code("            type: string\n            pattern: '^[a-z+$'\n"),
        &[
            "24:22: `pattern` of parameter `code` is not a valid regular expression: non-empty character class has no closing bracket",
        ],
    );
}

#[test]
fn min_length_larger_than_max_length() {
    assert_problems(
        &with_code(
            "            type: string\n            min_length: 10\n            max_length: 5\n",
        ),
        &["24:25: `min_length` (10) of parameter `code` is larger than its `max_length` (5)"],
    );
}

#[test]
fn length_that_is_not_a_number() {
    assert_problems(
        &with_code("            type: string\n            max_length: -1\n"),
        &["24:25: `max_length` of parameter `code` must be a whole number, e.g. `24`"],
    );
}

#[test]
fn enum_default_not_in_values() {
    assert_problems(
        &with_code(
            "            type: enum\n            values: [limited, recurring]\n            default: forever\n",
        ),
        &[
            "25:22: `default` of parameter `code` must be one of its `values` (limited, recurring), found `forever`",
        ],
    );
}

#[test]
fn default_on_a_required_parameter() {
    assert_problems(
        &with_code(
            "            type: string\n            required: true\n            default: abc\n",
        ),
        &[
            "25:22: parameter `code` is required, so a `default` would never apply: remove one of them",
        ],
    );
}

#[test]
fn integer_default_that_is_not_a_number() {
    assert_problems(
        &with_code("            type: integer\n            default: ten\n"),
        &["24:22: `default` of parameter `code` must be a whole number"],
    );
}

#[test]
fn duplicate_enum_values() {
    assert_problems(
        &with_code("            type: enum\n            values: [limited, recurring, limited]\n"),
        &["24:42: duplicate value `limited` in parameter `code`"],
    );
}

#[test]
fn enum_values_that_give_the_same_variant() {
    assert_problems(
        &with_code("            type: enum\n            values: [pay_later, pay-later]\n"),
        &[
            "24:33: value `pay-later` of parameter `code` gives the same Rust name `PayLater` as another value",
        ],
    );
}

#[test]
fn enum_value_named_unknown() {
    assert_problems(
        &with_code("            type: enum\n            values: [known, unknown]\n"),
        &[
            "24:29: value `unknown` of parameter `code` would clash with the `Unknown` variant kept for values the server adds later: it cannot be used",
        ],
    );
}

#[test]
fn enum_without_values() {
    assert_problems(
        &with_code("            type: enum\n            values: []\n"),
        &["24:21: `values` of parameter `code` is empty: list at least one"],
    );
}

#[test]
fn key_of_another_type() {
    assert_problems(
        &with_code("            type: integer\n            values: [1, 2]\n"),
        &["24:21: `values` does not apply to parameter `code` of type `integer`: remove it"],
    );
}

#[test]
fn parameter_name_not_snake_case() {
    let endpoint = LOOKUP.replacen("          code:\n", "          Code:\n", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "22:11: parameter name `Code` must be snake_case (lowercase letters, digits and `_`, starting with a letter)",
        ],
    );
}

#[test]
fn object_in_query() {
    let endpoint = LOOKUP
        .replacen("method: POST", "method: GET", 1)
        .replacen("        body:\n", "        query:\n", 1)
        .replacen(
            "            type: string\n            required: true\n",
            "            type: object\n            fields: {}\n",
            1,
        );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "23:19: parameter `code` is in the query string, which only carries single values, not `object`",
        ],
    );
}

#[test]
fn list_in_query() {
    let endpoint = LOOKUP
        .replacen("method: POST", "method: GET", 1)
        .replacen("        body:\n", "        query:\n", 1)
        .replacen(
            "            type: string\n            required: true\n",
            "            type: list\n            items: { type: string }\n",
            1,
        );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "23:19: parameter `code` is in the query string, which only carries single values, not `list`",
        ],
    );
}

#[test]
fn parameter_in_both_query_and_body() {
    let endpoint = LOOKUP.replacen(
        "        body:\n",
        "        query:\n          code:\n            type: string\n        body:\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "13:9: parameter `code` of endpoint `catalog.lookup` appears twice among `path_parameters`, `query` and `body`: keep one",
        ],
    );
}

#[test]
fn object_name_not_pascal_case() {
    assert_problems(
        &with_code(
            "            type: object\n            name: product_info\n            fields: {}\n",
        ),
        &[
            "24:19: `name` of parameter `code` must be PascalCase, e.g. `PaymentMethodCategory`, found `product_info`",
        ],
    );
}

#[test]
fn two_nested_objects_with_the_same_type_name() {
    assert_problems(
        &with_code(
            r#"
            type: object
            fields:
              address:
                type: object
                fields:
                  street:
                    type: string
              billing:
                type: object
                name: Address
                fields:
                  street:
                    type: string
"#,
        ),
        &[
            "13:9: endpoint `catalog.lookup` would generate two Rust types named `Address`: give one of the objects a different `name`, or rename one of the fields",
        ],
    );
}

#[test]
fn list_without_items() {
    assert_problems(
        &with_code("            type: list\n"),
        &["23:13: parameter `code` has no `items`: add e.g. `items: { type: string }`"],
    );
}

// ---------------------------------------------------------------------------------------------
// Responses

/// LOOKUP with the `name` response field's definition (line 29) replaced by `definition`,
/// indented by 14.
fn with_response_field(definition: &str) -> String {
    let endpoint = LOOKUP.replacen("              type: string\n", definition, 1);
    with_endpoints(&endpoint)
}

#[test]
fn pattern_on_a_response_field() {
    assert_problems(
        &with_response_field("              type: string\n              pattern: '^[a-z]+$'\n"),
        &[
            "30:24: `pattern` does not apply to parameter `name`: a response is read as the server sends it, so constraints belong on request parameters only",
        ],
    );
}

#[test]
fn max_length_on_a_response_field() {
    assert_problems(
        &with_response_field("              type: string\n              max_length: 5\n"),
        &[
            "30:27: `max_length` does not apply to parameter `name`: a response is read as the server sends it, so constraints belong on request parameters only",
        ],
    );
}

#[test]
fn unknown_envelope() {
    let endpoint = LOOKUP.replacen("envelope: item", "envelope: single", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "26:21: `envelope` of `response` of endpoint `catalog.lookup` must be `item` (`{\"item\": {...}}`), `items` (`{\"items\": [...]}`), `none` (a bare object), `empty` (no data) or `undocumented` (the docs do not show the response)",
        ],
    );
}

#[test]
fn responses_without_an_envelope_or_without_data() {
    let bare = LOOKUP.replacen("envelope: item", "envelope: none\n          status: 201", 1);
    assert_problems(&with_endpoints(&bare), &[]);
    let empty = LOOKUP.replacen(
        "          envelope: item\n          fields:\n            name:\n              type: string\n",
        "          envelope: empty\n",
        1,
    );
    assert_problems(&with_endpoints(&empty), &[]);
    let spec = payway_codegen::load(&with_endpoints(&empty)).expect("loads");
    assert_eq!(spec.sections[0].endpoints[0].response.status, 204);
}

#[test]
fn an_empty_response_with_fields() {
    let endpoint = LOOKUP.replacen("envelope: item", "envelope: empty", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "27:11: `response` of endpoint `catalog.lookup` has `envelope: empty`, which carries no data: remove `fields`",
        ],
    );
}

#[test]
fn a_status_that_is_not_a_success_or_does_not_fit_the_envelope() {
    let endpoint = LOOKUP.replacen("envelope: item", "envelope: item\n          status: 404", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "27:19: `status` of `response` of endpoint `catalog.lookup` must be a success status from 200 to 299, e.g. `201`",
        ],
    );
    let endpoint = LOOKUP.replacen("envelope: item", "envelope: none\n          status: 204", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "27:19: `status` of `response` of endpoint `catalog.lookup` is 204 (No Content), which has no body: use `envelope: empty`",
        ],
    );
}

#[test]
fn a_response_that_may_be_empty() {
    let endpoint = LOOKUP.replacen(
        "envelope: item",
        "envelope: none\n          may_be_empty: true",
        1,
    );
    assert_problems(&with_endpoints(&endpoint), &[]);
    let endpoint = LOOKUP.replacen(
        "          envelope: item\n          fields:\n            name:\n              type: string\n",
        "          envelope: empty\n          may_be_empty: yes\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "27:25: `may_be_empty` in `response` of endpoint `catalog.lookup` must be `true` or `false`",
        ],
    );
    let endpoint = LOOKUP.replacen(
        "          envelope: item\n          fields:\n            name:\n              type: string\n",
        "          envelope: empty\n          may_be_empty: true\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "27:25: `may_be_empty` of `response` of endpoint `catalog.lookup` does not apply to `envelope: empty`, which never has data: remove it",
        ],
    );
}

#[test]
fn a_path_without_an_action_segment() {
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup",
        "path: /external/api/v1/catalog",
        1,
    );
    assert_problems(&with_endpoints(&endpoint), &[]);
    let endpoint = LOOKUP.replacen(
        "path: /external/api/v1/catalog/lookup",
        "path: /external/api/v1/catalogs",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "16:15: `path` of endpoint `catalog.lookup` must hold `/v1/catalog` (its version, then its section's name), e.g. `/external/api/v1/catalog/action`; found `/external/api/v1/catalogs`",
        ],
    );
}

#[test]
fn date_times_and_deeper_scopes() {
    let endpoint = LOOKUP
        .replacen(
            "scope: /external/catalog/r",
            "scope: /external/catalog/archive/w",
            1,
        )
        .replacen(
            "            type: string\n            required: true\n",
            "            type: date_time\n            required: true\n",
            1,
        );
    assert_problems(&with_endpoints(&endpoint), &[]);
    let endpoint = LOOKUP.replacen(
        "            type: string\n            required: true\n",
        "            type: datetime\n            required: true\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &["23:19: unknown type `datetime` for parameter `code`: did you mean `date_time`?"],
    );
}

// ---------------------------------------------------------------------------------------------
// Several problems at once

#[test]
fn every_problem_is_reported_in_file_order() {
    let endpoint = LOOKUP
        .replacen("scope: /external/catalog/r", "scope: catalog", 1)
        .replacen("identity: false", "identity: maybe", 1)
        .replacen(
            "            type: string\n            required: true\n",
            "            type: strng\n",
            1,
        )
        .replacen("envelope: item", "envelope: one", 1);
    let source = with_endpoints(&endpoint).replacen("http://127.0.0.1:9", "localhost", 1);
    assert_problems(
        &source,
        &[
            "5:15: `base_url` of environment `local` must be an absolute http(s) URL, found `localhost`",
            "18:16: `scope` of endpoint `catalog.lookup` must look like `/external/<resource>/<r|w>`, found `catalog`",
            "19:19: `identity` of endpoint `catalog.lookup` must be `true` or `false`",
            "23:19: unknown type `strng` for parameter `code`: did you mean `string`?",
            "25:21: `envelope` of `response` of endpoint `catalog.lookup` must be `item` (`{\"item\": {...}}`), `items` (`{\"items\": [...]}`), `none` (a bare object), `empty` (no data) or `undocumented` (the docs do not show the response)",
        ],
    );
}

#[test]
fn deep_nesting_is_refused_where_it_gets_too_deep() {
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert_problems(
        &deep,
        &["1:65: lists and maps nest more than 64 levels deep here: a spec never needs that many"],
    );
    // Deeper flow nesting runs into the parser's own limit first.
    let deeper = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_problems(
        &deeper,
        &["1:256: this is not valid YAML: recursion limit exceeded"],
    );
    let block: String = (0..100)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect();
    assert_problems(
        &block,
        &[
            "65:129: lists and maps nest more than 64 levels deep here: a spec never needs that many",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Nasty input: always a diagnostic, never a panic

#[test]
fn nasty_inputs_never_panic() {
    let deep_list = "[".repeat(10_000);
    let deep_closed_list = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_map = "{a: ".repeat(10_000);
    let deep_closed_map = format!("{}1{}", "{a: ".repeat(10_000), "}".repeat(10_000));
    let deep_block: String = (0..2_000)
        .map(|i| format!("{}k:\n", " ".repeat(i)))
        .collect();
    let inputs: Vec<&str> = vec![
        "\t",
        "api:\n\t\tname: x\n",
        "\u{feff}api: {name: x}\n",
        &deep_list,
        &deep_closed_list,
        &deep_map,
        &deep_closed_map,
        &deep_block,
        "key: [unclosed",
        "key: {unclosed",
        "key: \"unclosed",
        "key: 'unclosed",
        "key: \"\\xZZ \\u12 \\U0000ZZZZ\"",
        "key: \"\\ud800\"",
        "\0\u{1}\u{7f}",
        "- \n- \n-",
        "? \n: \n",
        ":",
        "---\n...\n---\n",
        "%YAML 1.2\n%YAML 1.2\n---\n",
        "!!binary aGVsbG8=",
        "api: !custom {name: x}",
        "*alias",
        "&anchor",
        "sections:\n  catalog:\n    endpoints:\n      - ",
        "sections:\n  catalog:\n    endpoints:\n      - action: a\n        body:\n          x:\n            type: list\n            items:\n              type: list\n              items:\n                type: list\n",
        "sections:\n  \u{1F980}:\n    endpoints: []\n",
        "api:\n  name: x\nsections:\n  s:\n    endpoints:\n      - action: a\n        version: 99999999999999999999\n        path: /v0/s/a\n",
    ];
    for input in inputs {
        let outcome = std::panic::catch_unwind(|| payway_codegen::load(input));
        match outcome {
            Ok(Ok(_)) => panic!("loaded a broken spec without complaint: {input:?}"),
            Ok(Err(problems)) => {
                assert!(
                    !problems.is_empty(),
                    "an error without problems for {input:?}"
                );
                for problem in &problems {
                    assert!(
                        problem.location.line >= 1 && problem.location.column >= 1,
                        "{problem:?}"
                    );
                    assert!(!problem.message.is_empty(), "{problem:?}");
                }
            }
            Err(_) => panic!("load panicked on {input:?}"),
        }
    }
}

#[test]
fn a_type_that_would_hide_a_prelude_name_is_rejected() {
    let source = r#"api:
  name: Fixture
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
        summary: Look up.
        scope: /external/catalog/r
        identity: false
        retry_safe: true
        body:
          option:
            type: enum
            values: [a, b]
        response:
          envelope: item
          fields: {}
"#;
    let problems = payway_codegen::load(source).expect_err("`option` would generate `Option`");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location.line, 13);
    assert!(
        problems[0]
            .message
            .contains("would hide Rust's own `Option`"),
        "{}",
        problems[0].message
    );
}

// ---------------------------------------------------------------------------------------------
// `required_one_of`, `additional_parameters`, undocumented responses

/// A valid endpoint with a one-of group, lines 13 to 33; `RULE` is replaced by the rule.
const SESSION: &str = r#"
      - action: session
        version: 2
        method: POST
        path: /external/api/v2/catalog/session
        summary: Open a session.
        scope: /external/catalog/w
        identity: false
        retry_safe: true
        RULE
        body:
          code:
            type: string
            required: true
          period_type:
            type: string
          period_id:
            type: string
        response:
          envelope: undocumented
"#;

fn session_with(rule: &str) -> String {
    with_endpoints(&SESSION.replacen("RULE", rule, 1))
}

#[test]
fn a_one_of_group_of_optional_parameters_is_valid() {
    assert_problems(
        &session_with("required_one_of: [[period_type, period_id]]"),
        &[],
    );
    let spec = payway_codegen::load(&session_with("required_one_of: [[period_id, period_type]]"))
        .expect("valid");
    let endpoint = &spec.sections[0].endpoints[0];
    assert_eq!(
        endpoint.required_one_of,
        vec![vec!["period_id".to_string(), "period_type".to_string()]]
    );
}

#[test]
fn a_one_of_group_names_only_parameters_of_its_endpoint() {
    assert_problems(
        &session_with("required_one_of: [[period_typ, period_id, nothing_like_it]]"),
        &[
            "21:28: `required_one_of` of endpoint `catalog.session` names `period_typ`, which is not a parameter of it: did you mean `period_type`?",
            "21:51: `required_one_of` of endpoint `catalog.session` names `nothing_like_it`, which is not a parameter of it: its parameters are: code, period_type, period_id",
        ],
    );
}

#[test]
fn a_one_of_group_of_a_required_parameter_is_an_error() {
    assert_problems(
        &session_with("required_one_of: [[code, period_id]]"),
        &[
            "21:28: `required_one_of` of endpoint `catalog.session` names `code`, which is `required: true` already: remove it from the group, or make it optional",
        ],
    );
}

#[test]
fn a_one_of_group_needs_two_distinct_parameters_in_one_group_only() {
    assert_problems(
        &session_with(
            "required_one_of: [[period_id], [period_type, period_id], [period_type, period_id]]",
        ),
        &[
            "21:27: a group of `required_one_of` of endpoint `catalog.session` needs at least two parameters (one alone is `required: true`)",
            "21:67: `required_one_of` of endpoint `catalog.session` names `period_type` twice (first at line 21): a parameter can be in one group only",
            "21:80: `required_one_of` of endpoint `catalog.session` names `period_id` twice (first at line 21): a parameter can be in one group only",
        ],
    );
}

#[test]
fn a_one_of_rule_must_be_a_list_of_lists() {
    assert_problems(
        &session_with("required_one_of: period_type"),
        &[
            "21:26: `required_one_of` of endpoint `catalog.session` must be a list of lists of parameter names, e.g. `[[period_type, period_id]]`",
        ],
    );
    assert_problems(
        &session_with("required_one_of: [period_type, period_id]"),
        &[
            "21:27: each group of `required_one_of` of endpoint `catalog.session` must be a list of parameter names, e.g. `[[period_type, period_id]]`",
            "21:40: each group of `required_one_of` of endpoint `catalog.session` must be a list of parameter names, e.g. `[[period_type, period_id]]`",
        ],
    );
}

#[test]
fn additional_parameters_need_a_body() {
    let endpoint = LOOKUP.replacen("method: POST", "method: GET", 1).replacen(
        "        body:\n",
        "        additional_parameters: true\n        query:\n",
        1,
    );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "21:32: `additional_parameters` of endpoint `catalog.lookup` applies to a JSON body, and this GET request has none: give it a `body:` when the server reads one",
        ],
    );
    assert_problems(
        &with_endpoints(&LOOKUP.replacen(
            "        body:\n",
            "        additional_parameters: yes\n        body:\n",
            1,
        )),
        &["21:32: `additional_parameters` in endpoint `catalog.lookup` must be `true` or `false`"],
    );
}

#[test]
fn an_undocumented_response_has_no_fields() {
    let endpoint = LOOKUP.replacen("envelope: item", "envelope: undocumented", 1);
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "28:13: `response` of endpoint `catalog.lookup` is `undocumented`, so it has no `fields`: remove them, or give the envelope (`item` or `items`) the docs show",
        ],
    );
    assert_problems(
        &with_endpoints(&LOOKUP.replacen("envelope: item", "envelope: unknown", 1)),
        &[
            "26:21: `envelope` of `response` of endpoint `catalog.lookup` must be `item` (`{\"item\": {...}}`), `items` (`{\"items\": [...]}`), `none` (a bare object), `empty` (no data) or `undocumented` (the docs do not show the response)",
        ],
    );
}

#[test]
fn unsettable_only_where_a_value_may_be_left_out() {
    let endpoint = LOOKUP
        .replacen(
            "            required: true\n",
            "            required: true\n            unsettable: true\n          alias: { type: string, unsettable: true }\n          clear_alias: { type: string }\n",
            1,
        )
        .replacen(
            "            name:\n              type: string\n",
            "            name:\n              type: string\n              unsettable: true\n",
            1,
        );
    assert_problems(
        &with_endpoints(&endpoint),
        &[
            "25:25: parameter `code` cannot be `unsettable` (cleared with `__UNSET__`): a required parameter is always set: make it optional",
            "27:11: parameter `clear_alias` in `body` of endpoint `catalog.lookup` would give a setter that clashes with a builder method of the same name; this name cannot be generated",
            "33:27: parameter `name` cannot be `unsettable` (cleared with `__UNSET__`): a response field is read as the server sends it",
        ],
    );
}

#[test]
fn an_undocumented_response_may_have_the_status_its_page_states() {
    let response = "        response:\n          envelope: item\n          fields:\n            name:\n              type: string\n";
    assert!(LOOKUP.contains(response));
    let with = |replacement: &str| with_endpoints(&LOOKUP.replacen(response, replacement, 1));
    assert_problems(
        &with("        response:\n          envelope: undocumented\n          status: 207\n"),
        &[],
    );
    assert_problems(
        &with(
            "        response:\n          envelope: undocumented\n          status: 204\n          may_be_empty: true\n",
        ),
        &[
            "27:19: `status` of `response` of endpoint `catalog.lookup` is 204 (No Content), which has no body: use `envelope: empty`",
            "28:25: `response` of endpoint `catalog.lookup` is `undocumented`, so it has no `may_be_empty`: remove it",
        ],
    );
}
