//! One test per rule: a pair of specs (a base and the base with one edit) that shows the change,
//! and nothing else. `every_rule_has_a_test` keeps the table and the tests in step.

use payway_codegen::model::Spec;

use super::compare::{Change, compare};
use super::report::Report;
use super::rules::{self, Class, Rule};

const BASE: &str = r#"
api:
  name: Test
  docs: https://example.com/docs
environments:
  stage:
    base_url: https://stage.example.com
    description: Stage.
token_endpoint:
  path: /api/authorization/access_token
  description: Tokens.
  grant_types:
    none: An application token.
sections:
  shop:
    description: Shop things.
    docs: https://example.com/shop
    endpoints:
      - action: buy
        version: 1
        method: POST
        path: /external/api/v1/shop/buy
        summary: Buy.
        description: Buys.
        docs: https://example.com/buy
        release: 1.0.0
        scope: /external/shop/w
        identity: false
        retry_safe: false
        query:
          trace: { type: string }
        body:
          code: { type: string, required: true, min_length: 2, max_length: 24, pattern: '^[a-z_]+$', description: The code. }
          kind: { type: enum, values: [limited, recurring], required: true }
          notify: { type: boolean, default: false }
          customer:
            type: object
            name: Customer
            description: Who buys.
            fields:
              email: { type: email, required: true }
              phone: { type: string, sensitive: true }
          tags: { type: list, items: { type: string } }
          extra: { type: object, fields: {}, additional_fields: true }
        required_one_of: [[tags, extra]]
        additional_parameters: true
        response:
          envelope: item
          fields:
            order_id: { type: string }
            status: { type: enum, values: [known, created] }
            note: { type: string, required: false }
        example:
          request: { code: abc, extra: {}, kind: limited }
      - action: list
        version: 1
        method: GET
        path: /external/api/v1/shop/list
        summary: List.
        scope: /external/shop/r
        identity: true
        retry_safe: true
        query:
          page: { type: integer }
        response:
          envelope: items
          fields:
            id: { type: string }
"#;

fn load(source: &str) -> Spec {
    match payway_codegen::load(source) {
        Ok(spec) => spec,
        Err(problems) => panic!("invalid test spec: {problems:?}\n{source}"),
    }
}

/// The changes from BASE to BASE with `from` replaced by `to` (which must occur exactly once).
fn changes(from: &str, to: &str) -> Vec<Change> {
    edited_changes(&[(from, to)])
}

/// The changes from BASE to BASE with each edit applied in turn.
fn edited_changes(edits: &[(&str, &str)]) -> Vec<Change> {
    let mut new = BASE.to_string();
    for (from, to) in edits {
        assert_eq!(new.matches(from).count(), 1, "`{from}` must occur once");
        new = new.replacen(from, to, 1);
    }
    compare(&load(BASE), &load(&new))
}

/// The changes report `rule` (and the `also` rules, which follow from it), nothing else.
#[track_caller]
fn assert_rule(rule: &'static Rule, also: &[&'static Rule], found: Vec<Change>) {
    let ids = |rules: &mut dyn Iterator<Item = &Rule>| {
        let mut ids: Vec<&str> = rules.map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let expected = ids(&mut std::iter::once(rule).chain(also.iter().copied()));
    assert_eq!(
        ids(&mut found.iter().map(|c| c.rule)),
        expected,
        "{found:#?}"
    );
}

macro_rules! cases {
    ($($name:ident: $rule:ident $(+ $also:ident)*, $($from:expr => $to:expr),+;)*) => {
        $(
            #[test]
            fn $name() {
                assert_rule(
                    &rules::$rule,
                    &[$(&rules::$also),*],
                    edited_changes(&[$(($from, $to)),+]),
                );
            }
        )*
        /// The rules the cases above show.
        const TESTED: &[&Rule] = &[$(&rules::$rule),*];
    };
}

/// Like `cases!`, from BASE with the edits back to BASE: for what BASE has and an edit takes away.
macro_rules! reverted_cases {
    ($($name:ident: $rule:ident $(+ $also:ident)*, $($from:expr => $to:expr),+;)*) => {
        $(
            #[test]
            fn $name() {
                assert_rule(
                    &rules::$rule,
                    &[$(&rules::$also),*],
                    reverted_changes(&[$(($from, $to)),+]),
                );
            }
        )*
        /// The rules the cases above show.
        const TESTED_REVERTED: &[&Rule] = &[$(&rules::$rule),*];
    };
}

cases! {
    api_name_changed: API_NAME_CHANGED, "name: Test" => "name: Shop";
    environment_added: ENVIRONMENT_ADDED,
        "    description: Stage.\n" => "    description: Stage.\n  production:\n    base_url: https://example.com\n";
    environment_removed: ENVIRONMENT_REMOVED + ENVIRONMENT_ADDED,
        "  stage:\n" => "  staging:\n";
    environment_url_changed: ENVIRONMENT_URL_CHANGED,
        "https://stage.example.com" => "https://stage2.example.com";
    token_path_changed: TOKEN_PATH_CHANGED,
        "/api/authorization/access_token" => "/api/oauth/token";
    grant_types_changed: GRANT_TYPES_CHANGED,
        "    none: An application token.\n" => "    none: An application token.\n    ticket: A customer's ticket.\n";
    section_added: SECTION_ADDED + ENDPOINT_ADDED,
        "sections:\n" => "sections:\n  misc:\n    endpoints:\n      - { action: ping, version: 1, method: GET, path: /external/api/v1/misc/ping, summary: Ping., scope: /external/misc/r, identity: false, retry_safe: true, response: { envelope: item, fields: {} } }\n";
    section_removed: SECTION_REMOVED + SECTION_ADDED + ENDPOINT_REMOVED + ENDPOINT_ADDED,
        "  shop:\n" => "  store:\n",
        "/v1/shop/buy" => "/v1/store/buy",
        "/v1/shop/list" => "/v1/store/list";
    endpoint_added: ENDPOINT_ADDED,
        "      - action: list\n" => "      - { action: list, version: 2, method: GET, path: /external/api/v2/shop/list, summary: List., scope: /external/shop/r, identity: true, retry_safe: true, response: { envelope: items, fields: {} } }\n      - action: list\n";
    endpoint_removed: ENDPOINT_REMOVED + ENDPOINT_ADDED,
        "      - action: list\n" => "      - action: all\n",
        "/v1/shop/list" => "/v1/shop/all";
    method_changed: METHOD_CHANGED, "method: POST" => "method: PUT";
    path_changed: PATH_CHANGED,
        "path: /external/api/v1/shop/buy" => "path: /external/api/v1/shop/v1/shop/buy";
    scope_changed: SCOPE_CHANGED, "scope: /external/shop/w" => "scope: /external/shop/order/w";
    identity_required: IDENTITY_REQUIRED, "identity: false" => "identity: true";
    identity_dropped: IDENTITY_DROPPED, "identity: true" => "identity: false";
    retry_safe_changed: RETRY_SAFE_CHANGED, "retry_safe: false" => "retry_safe: true";
    response_envelope_changed: RESPONSE_ENVELOPE_CHANGED, "envelope: items" => "envelope: item";
    // To no data: the fields go with the envelope, so they are not listed one by one.
    response_envelope_changed_to_empty: RESPONSE_ENVELOPE_CHANGED + RESPONSE_STATUS_CHANGED,
        "envelope: items\n          fields:\n            id: { type: string }\n" => "envelope: empty\n";
    // To and from a response the docs do not show: fields and status go with the envelope.
    response_envelope_changed_to_undocumented: RESPONSE_ENVELOPE_CHANGED,
        "envelope: items\n          fields:\n            id: { type: string }\n" => "envelope: undocumented\n";
    response_wrapping_changed: RESPONSE_WRAPPING_CHANGED, "envelope: item\n" => "envelope: none\n";
    response_may_be_empty_added: RESPONSE_MAY_BE_EMPTY_CHANGED,
        "envelope: item\n" => "envelope: item\n          may_be_empty: true\n";
    response_status_changed: RESPONSE_STATUS_CHANGED,
        "envelope: item\n" => "envelope: item\n          status: 201\n";
    parameter_added_optional: PARAMETER_ADDED_OPTIONAL,
        "          page: { type: integer }\n" => "          page: { type: integer }\n          size: { type: integer }\n";
    path_parameter_added: PATH_PARAMETER_ADDED + PATH_CHANGED,
        "path: /external/api/v1/shop/list\n" => "path: /external/api/v1/shop/list/{shelf}/\n        path_parameters:\n          shelf: { type: integer }\n";
    unsettable_added: UNSETTABLE_ADDED,
        "          page: { type: integer }\n" => "          page: { type: integer, unsettable: true }\n";
    path_template_changed: PATH_CHANGED,
        "path: /external/api/v1/shop/list\n" => "path: /external/api/v1/shop/list/\n";
    parameter_added_required: PARAMETER_ADDED_REQUIRED,
        "              phone:" => "              name: { type: string, required: true }\n              phone:";
    parameter_removed: PARAMETER_REMOVED,
        "          notify: { type: boolean, default: false }\n" => "";
    parameter_made_required: PARAMETER_MADE_REQUIRED,
        "page: { type: integer }" => "page: { type: integer, required: true }";
    parameter_made_optional: PARAMETER_MADE_OPTIONAL,
        "values: [limited, recurring], required: true" => "values: [limited, recurring]";
    parameter_listed: PARAMETER_LISTED,
        "          notify: { type: boolean, default: false }\n" => "          notify: { type: boolean, default: false }\n          coupon: { type: string }\n";
    additional_parameters_removed: ADDITIONAL_PARAMETERS_REMOVED,
        "        additional_parameters: true\n" => "";
    required_one_of_added: REQUIRED_ONE_OF_ADDED,
        "[[tags, extra]]" => "[[tags, extra], [notify, trace]]";
    required_one_of_removed: REQUIRED_ONE_OF_REMOVED,
        "        required_one_of: [[tags, extra]]\n" => "";
    required_one_of_widened: REQUIRED_ONE_OF_WIDENED, "[[tags, extra]]" => "[[extra, notify, tags]]";
    required_one_of_changed: REQUIRED_ONE_OF_CHANGED, "[[tags, extra]]" => "[[extra, notify]]";
    parameter_moved: PARAMETER_MOVED,
        "          notify: { type: boolean, default: false }\n" => "",
        "          trace: { type: string }\n" => "          trace: { type: string }\n          notify: { type: boolean, default: false }\n";
    response_field_added: RESPONSE_FIELD_ADDED,
        "            id: { type: string }\n" => "            id: { type: string }\n            name: { type: string, required: false }\n";
    response_field_added_required: RESPONSE_FIELD_ADDED_REQUIRED,
        "            id: { type: string }\n" => "            id: { type: string }\n            name: { type: string }\n";
    response_field_removed: RESPONSE_FIELD_REMOVED,
        "            note: { type: string, required: false }\n" => "";
    response_field_presence_changed: RESPONSE_FIELD_PRESENCE_CHANGED,
        "note: { type: string, required: false }" => "note: { type: string }";
    type_changed: TYPE_CHANGED, "order_id: { type: string }" => "order_id: { type: integer }";
    type_changed_to_date_time: TYPE_CHANGED, "trace: { type: string }" => "trace: { type: date_time }";
    enum_value_added: ENUM_VALUE_ADDED, "[known, created]" => "[known, created, merged]";
    enum_value_removed: ENUM_VALUE_REMOVED, "[limited, recurring]" => "[limited]";
    pattern_added: PATTERN_ADDED,
        "tags: { type: list, items: { type: string } }" => "tags: { type: list, items: { type: string, pattern: '^[a-z]+$' } }";
    pattern_changed: PATTERN_CHANGED, "pattern: '^[a-z_]+$'" => "pattern: '^[a-z_0-9]+$'";
    pattern_removed: PATTERN_REMOVED, ", pattern: '^[a-z_]+$'" => "";
    max_length_tightened: MAX_LENGTH_TIGHTENED, "max_length: 24" => "max_length: 12";
    max_length_loosened: MAX_LENGTH_LOOSENED, ", max_length: 24" => "";
    min_length_tightened: MIN_LENGTH_TIGHTENED, "min_length: 2" => "min_length: 3";
    min_length_loosened: MIN_LENGTH_LOOSENED, "min_length: 2" => "min_length: 1";
    object_renamed: OBJECT_RENAMED, "name: Customer" => "name: Buyer";
    object_closed: OBJECT_CLOSED, "fields: {}, additional_fields: true" => "fields: {}";
    object_opened: OBJECT_OPENED,
        "    description: Who buys.\n" => "    description: Who buys.\n            additional_fields: true\n";
    sensitive_dropped: SENSITIVE_DROPPED, "phone: { type: string, sensitive: true }" => "phone: { type: string }";
    sensitive_added: SENSITIVE_ADDED, "trace: { type: string }" => "trace: { type: string, sensitive: true }";
    summary_changed: SUMMARY_CHANGED, "summary: Buy." => "summary: Buy something.";
    description_changed: DESCRIPTION_CHANGED, "description: The code." => "description: The product's code.";
    docs_link_changed: DOCS_LINK_CHANGED, "https://example.com/buy" => "https://example.com/v1/buy";
    release_changed: RELEASE_CHANGED, "release: 1.0.0" => "release: 1.0.1";
    default_changed: DEFAULT_CHANGED, "default: false" => "default: true";
    example_changed: EXAMPLE_CHANGED, "kind: limited }" => "kind: recurring }";
}

reverted_cases! {
    unsettable_removed: UNSETTABLE_REMOVED,
        "          notify: { type: boolean, default: false }\n" => "          notify: { type: boolean, default: false, unsettable: true }\n";
    additional_parameters_added: ADDITIONAL_PARAMETERS_ADDED,
        "        additional_parameters: true\n" => "";
    path_parameter_removed: PATH_PARAMETER_REMOVED + PATH_CHANGED,
        "path: /external/api/v1/shop/list\n" => "path: /external/api/v1/shop/list/{shelf}/\n        path_parameters:\n          shelf: { type: integer }\n";
}

/// The changes from BASE with `edits` applied back to BASE: the opposite direction.
fn reverted_changes(edits: &[(&str, &str)]) -> Vec<Change> {
    let mut edited = BASE.to_string();
    for (from, to) in edits {
        edited = edited.replacen(from, to, 1);
    }
    compare(&load(&edited), &load(BASE))
}

#[test]
fn response_shapes_are_judged_by_the_call_s_return_type() {
    let ids = |changes: Vec<Change>| changes.iter().map(|c| c.rule.id).collect::<Vec<_>>();
    let maybe = (
        "envelope: item\n",
        "envelope: item\n          may_be_empty: true\n",
    );
    // Losing the `Option` breaks code as much as gaining it.
    let found = reverted_changes(&[maybe]);
    assert_eq!(ids(found.clone()), ["response-may-be-empty-changed"]);
    assert_eq!(
        found[0].what,
        "response always has data (the call no longer returns an `Option`)"
    );
    assert_eq!(
        edited_changes(&[maybe])[0].what,
        "response may now have no data (the call returns an `Option`)"
    );
    // From an object that may be missing to no data at all: one change, the envelope's (the
    // loader forbids `may_be_empty` with `empty`, and the fields have nowhere to be).
    let to_empty = [(
        "          envelope: item\n          fields:\n            order_id: { type: string }\n            status: { type: enum, values: [known, created] }\n            note: { type: string, required: false }\n",
        "          envelope: empty\n",
    )];
    let maybe_base = BASE.replacen(maybe.0, maybe.1, 1);
    let emptied = maybe_base.replacen(
        "          envelope: item\n          may_be_empty: true\n          fields:\n            order_id: { type: string }\n            status: { type: enum, values: [known, created] }\n            note: { type: string, required: false }\n",
        to_empty[0].1,
        1,
    );
    let found = compare(&load(&maybe_base), &load(&emptied));
    assert_eq!(
        ids(found.clone()),
        ["response-envelope-changed", "response-status-changed"]
    );
    assert_eq!(
        found[0].what,
        "response envelope item -> empty (one object -> no data)"
    );
    // An empty response's status defaults to 204, an object's to 200.
    assert_eq!(found[1].what, "response status 200 -> 204");
    // Back from no data: the envelope change, not each field as an addition.
    assert_eq!(
        ids(reverted_changes(&to_empty)),
        ["response-envelope-changed", "response-status-changed"]
    );
    // Unwrapping keeps the type; a list is another type.
    let found = changes("envelope: item\n", "envelope: none\n");
    assert_eq!(
        found[0].what,
        "response envelope item -> none (one object -> one object)"
    );
    let found = changes("envelope: items", "envelope: none");
    assert_eq!(found[0].rule.id, "response-envelope-changed");
    assert_eq!(
        found[0].what,
        "response envelope items -> none (a list -> one object)"
    );
}

#[test]
fn undocumented_responses_are_one_envelope_change() {
    let ids = |changes: &[Change]| changes.iter().map(|c| c.rule.id).collect::<Vec<_>>();
    let fields = "envelope: item\n          fields:\n            order_id: { type: string }\n            status: { type: enum, values: [known, created] }\n            note: { type: string, required: false }\n";
    // A 201 that may be empty, to a response the docs do not show (which has no status, no
    // `Option` and no fields), and back: the envelope change alone.
    let documented = BASE.replacen(
        fields,
        &fields.replacen(
            "item\n",
            "item\n          status: 201\n          may_be_empty: true\n",
            1,
        ),
        1,
    );
    let undocumented = BASE.replacen(fields, "envelope: undocumented\n", 1);
    let found = compare(&load(&documented), &load(&undocumented));
    assert_eq!(ids(&found), ["response-envelope-changed"]);
    assert_eq!(
        found[0].what,
        "response envelope item -> undocumented (one object -> the whole JSON body)"
    );
    let found = compare(&load(&undocumented), &load(&documented));
    assert_eq!(ids(&found), ["response-envelope-changed"]);
    assert_eq!(
        found[0].what,
        "response envelope undocumented -> item (the whole JSON body -> one object)"
    );
}

#[test]
fn one_of_groups_are_compared_as_sets() {
    let whats = |changes: Vec<Change>| {
        changes
            .iter()
            .map(|c| format!("{}: {}", c.rule.id, c.what))
            .collect::<Vec<_>>()
    };
    let group = "[[tags, extra]]";
    // The order of names says nothing.
    assert_eq!(changes(group, "[[extra, tags]]"), []);
    assert_eq!(
        whats(changes(group, "[[tags, extra], [notify, trace]]")),
        ["required-one-of-added: required_one_of [notify, trace]: added"]
    );
    assert_eq!(
        whats(changes(group, "[[extra, notify, tags]]")),
        ["required-one-of-widened: required_one_of [tags, extra] -> [extra, notify, tags]"]
    );
    // Narrowed: code that set only `notify` no longer compiles.
    assert_eq!(
        whats(reverted_changes(&[(group, "[[extra, notify, tags]]")])),
        ["required-one-of-changed: required_one_of [extra, notify, tags] -> [tags, extra]"]
    );
    // Two groups merged into one accept more; one split in two accepts less.
    let two = "[[tags, extra], [notify, trace]]";
    let merged = "[[tags, extra, notify, trace]]";
    let base = BASE.replacen(group, two, 1);
    let found = compare(&load(&base), &load(&base.replacen(two, merged, 1)));
    assert_eq!(
        whats(found),
        [
            "required-one-of-widened: required_one_of [tags, extra] + [notify, trace] -> [tags, extra, notify, trace]"
        ]
    );
    let found = compare(&load(&base.replacen(two, merged, 1)), &load(&base));
    assert_eq!(
        whats(found),
        [
            "required-one-of-changed: required_one_of [tags, extra, notify, trace] -> [tags, extra]",
            "required-one-of-changed: required_one_of [tags, extra, notify, trace] -> [notify, trace]",
        ]
    );
    assert_eq!(
        whats(changes("        required_one_of: [[tags, extra]]\n", "")),
        ["required-one-of-removed: required_one_of [tags, extra]: removed"]
    );
    // A new body parameter of an open body is a name `.parameter()` now refuses; of a closed
    // body, a new optional setter.
    let coupon = (
        "          notify: { type: boolean, default: false }\n",
        "          notify: { type: boolean, default: false }\n          coupon: { type: string }\n",
    );
    assert_eq!(
        whats(changes(coupon.0, coupon.1)),
        [
            "parameter-listed: body.coupon: now listed (string): set it with its setter, not `.parameter()`"
        ]
    );
    let closed = ("        additional_parameters: true\n", "");
    assert_eq!(
        ids_of(edited_changes(&[closed, coupon])),
        ["parameter-added-optional", "additional-parameters-removed"]
    );
}

fn ids_of(changes: Vec<Change>) -> Vec<&'static str> {
    changes.iter().map(|c| c.rule.id).collect()
}

#[test]
fn every_rule_has_a_test() {
    for rule in rules::ALL {
        assert!(
            TESTED.contains(rule) || TESTED_REVERTED.contains(rule),
            "rule `{}` has no test case",
            rule.id
        );
    }
    let mut ids: Vec<&str> = rules::ALL.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rules::ALL.len(), "rule ids are unique");
}

#[test]
fn a_spec_has_no_changes_against_itself() {
    assert_eq!(compare(&load(BASE), &load(BASE)), []);
    let real = load(include_str!("../../../spec/payway.yaml"));
    assert_eq!(compare(&real, &real), []);
}

#[test]
fn changes_say_where_and_what() {
    let found = changes("              email: { type: email, required: true }\n", "");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].at, "shop v1 buy");
    assert_eq!(found[0].what, "body.customer.email: removed");
    let found = changes(
        "tags: { type: list, items: { type: string } }",
        "tags: { type: list, items: { type: url } }",
    );
    assert_eq!(found[0].what, "body.tags[]: type string -> url");
    let found = changes("max_length: 24", "max_length: 12");
    assert_eq!(found[0].what, "body.code: max_length 24 -> 12");
}

#[test]
fn the_bump_follows_the_worst_class() {
    let report = |from: &str, to: &str, version: &'static str| {
        Report::new(&changes(from, to), version).json()
    };
    let breaking = report("max_length: 24", "max_length: 12", "0.1.0");
    assert_eq!(breaking["bump"], "minor");
    assert_eq!(breaking["next_version"], "0.2.0");
    assert_eq!(
        report("max_length: 24", "max_length: 12", "1.4.2")["next_version"],
        "2.0.0"
    );
    let additive = report("max_length: 24", "max_length: 48", "0.1.3");
    assert_eq!(additive["bump"], "patch");
    assert_eq!(additive["next_version"], "0.1.4");
    let documentation = report("summary: Buy.", "summary: Purchase.", "0.1.3");
    assert_eq!(documentation["bump"], "patch");
    assert_eq!(documentation["counts"]["documentation"], 1);
    let none = Report::new(&[], "0.1.0");
    assert_eq!(none.json()["bump"], "none");
    assert!(
        none.text()
            .ends_with("payway-client needs no version bump: no changes\n")
    );
}

#[test]
fn the_text_lists_breaking_changes_first() {
    let found = compare(
        &load(BASE),
        &load(
            &BASE
                .replacen("summary: Buy.", "summary: Purchase.", 1)
                .replacen("[known, created]", "[known]", 1),
        ),
    );
    let text = Report::new(&found, "0.1.0").text();
    assert_eq!(
        text,
        "breaking      enum-value-removed               shop v1 buy: response.status: value `created` removed\n\
         documentation summary-changed                  shop v1 buy: summary changed\n\
         \n\
         2 changes: 1 breaking, 0 additive, 1 documentation\n\
         payway-client needs a minor version bump (0.1.0 -> 0.2.0): breaking changes while the version is 0.x\n"
    );
    assert!(found.iter().any(|c| c.rule.class == Class::Breaking));
}

#[test]
fn every_rule_is_documented_with_its_class() {
    let readme = include_str!("../../../spec/README.md");
    for rule in rules::ALL {
        let row = format!("| `{}` | {} | {} |", rule.id, rule.class.as_str(), rule.why);
        assert!(readme.contains(&row), "spec/README.md lacks the row\n{row}");
    }
}
