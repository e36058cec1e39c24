//! The verdict cases, one list for the two that use it: `tests/verdicts.rs`, which compiles user
//! code against the client generated before and after each case's edit, and
//! `examples/semver_pairs.rs`, which writes each case's two client crates for
//! `scripts/semver-checks.sh`.

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The fixture every case edits, relative to the repository's root.
pub const SPEC: &str = "payway-spec/tests/fixtures/every_type.yaml";

/// One rule's case: the edits of the fixture that make the change, and the user code.
pub struct Case {
    pub rule: &'static str,
    pub additive: bool,
    /// Rules the edit also reports, which follow from it.
    pub also: &'static [&'static str],
    pub edits: &'static [(&'static str, &'static str)],
    pub user: &'static str,
}

const MATCH_ENVIRONMENT: &str = r#"
pub fn name(environment: &client::Environment) -> &'static str {
    match environment {
        client::Environment::Local => "local",
        client::Environment::Stage => "stage",
        client::Environment::Custom(_) => "custom",
        _ => "another",
    }
}
"#;

const MATCH_KIND: &str = r#"
pub fn number(kind: client::shop::v1::buy::Kind) -> u8 {
    match kind {
        client::shop::v1::buy::Kind::Limited => 1,
        client::shop::v1::buy::Kind::Recurring => 2,
        _ => 0,
    }
}
"#;

const MATCH_STATUS: &str = r#"
pub fn done(status: &client::shop::v1::buy::Status) -> bool {
    match status {
        client::shop::v1::buy::Status::Known => false,
        client::shop::v1::buy::Status::Created => true,
        _ => false,
    }
}
"#;

/// A test double's response, and code reading one.
const BUILD_AND_READ_RESPONSE: &str = r#"
use client::shop::v1::buy::{BuyResponse, Item, Status};

pub fn double() -> BuyResponse {
    let mut response = BuyResponse::new("O-1", Status::Created, 1.5, vec![Item::new("x")]);
    response.note = Some("first".to_string());
    response
}

pub fn read(response: &BuyResponse) -> (&str, Option<&str>, usize) {
    let BuyResponse { order_id, note, items, .. } = response;
    let ids = items.iter().filter(|item| !item.id.is_empty()).count();
    (order_id, note.as_deref(), ids)
}
"#;

const LIST: &str = r#"
pub async fn list(
    client: &client::Client<payway_client::ApplicationAuth>,
) -> Result<Vec<client::shop::v2::list::ListItem>, payway_client::Error> {
    client.shop().v2().list().page(2).send().await
}
"#;

const FIND: &str = r#"
pub async fn find(
    client: &client::Client<payway_client::ApplicationAuth>,
) -> Result<Vec<client::orders::v1::find::FindItem>, payway_client::Error> {
    client.orders().v1().find().reference("r1").send().await
}
"#;

const CHANGED_ACCOUNTS: &str = r#"
pub async fn changed(
    client: &client::Client<payway_client::IdentityAuth>,
) -> Result<Option<Vec<client::accounts::v3::get::GetItem>>, payway_client::Error> {
    client.accounts().v3().get().since("2020-04-23T12:16:50Z").send().await
}
"#;

pub const CASES: &[Case] = &[
    Case {
        rule: "environment-added",
        additive: true,
        also: &[],
        edits: &[(
            "    description: Stage.\n",
            "    description: Stage.\n  production:\n    base_url: https://example.com\n",
        )],
        user: MATCH_ENVIRONMENT,
    },
    Case {
        rule: "environment-removed",
        additive: false,
        also: &[],
        edits: &[("  local:\n    base_url: http://127.0.0.1:9\n", "")],
        user: MATCH_ENVIRONMENT,
    },
    Case {
        rule: "enum-value-added",
        additive: true,
        also: &[],
        edits: &[(
            "values: [limited, recurring], default: recurring",
            "values: [limited, recurring, lifetime], default: recurring",
        )],
        user: MATCH_KIND,
    },
    Case {
        rule: "enum-value-added",
        additive: true,
        also: &[],
        edits: &[(
            "values: [known, created]",
            "values: [known, created, merged]",
        )],
        user: MATCH_STATUS,
    },
    Case {
        rule: "enum-value-removed",
        additive: false,
        also: &[],
        edits: &[(
            "values: [limited, recurring], default: recurring",
            "values: [recurring], default: recurring",
        )],
        user: MATCH_KIND,
    },
    Case {
        rule: "response-field-added",
        additive: true,
        also: &[],
        edits: &[(
            "            note: { type: string, required: false }\n",
            "            note: { type: string, required: false }\n            memo: { type: string, required: false }\n",
        )],
        user: BUILD_AND_READ_RESPONSE,
    },
    Case {
        rule: "response-field-added-required",
        additive: false,
        // The docs' example response has the new field: the loader holds examples to the fields.
        also: &["example-changed"],
        edits: &[
            (
                "            note: { type: string, required: false }\n",
                "            note: { type: string, required: false }\n            memo: { type: string }\n",
            ),
            (
                "item: { order_id: O-1, status: created,",
                "item: { order_id: O-1, memo: m, status: created,",
            ),
        ],
        user: BUILD_AND_READ_RESPONSE,
    },
    Case {
        rule: "response-field-removed",
        additive: false,
        also: &[],
        edits: &[("            note: { type: string, required: false }\n", "")],
        user: BUILD_AND_READ_RESPONSE,
    },
    Case {
        rule: "object-opened",
        additive: true,
        also: &[],
        edits: &[(
            "{ type: object, name: Item, fields: { id: { type: string } } }",
            "{ type: object, name: Item, fields: { id: { type: string } }, additional_fields: true }",
        )],
        user: BUILD_AND_READ_RESPONSE,
    },
    Case {
        rule: "parameter-added-optional",
        additive: true,
        also: &[],
        edits: &[(
            "          since: { type: date }\n",
            "          since: { type: date }\n          limit: { type: integer }\n",
        )],
        user: LIST,
    },
    Case {
        rule: "parameter-added-required",
        additive: false,
        also: &["example-changed"],
        edits: &[
            (
                "          since: { type: date }\n",
                "          since: { type: date }\n          limit: { type: integer, required: true }\n",
            ),
            ("request: { page: 2 }", "request: { page: 2, limit: 10 }"),
        ],
        user: LIST,
    },
    Case {
        rule: "parameter-made-optional",
        additive: true,
        also: &[],
        edits: &[(
            "page: { type: integer, required: true }",
            "page: { type: integer }",
        )],
        user: LIST,
    },
    Case {
        rule: "identity-required",
        additive: false,
        also: &[],
        edits: &[(
            "        scope: /external/shop/r\n        identity: false\n",
            "        scope: /external/shop/r\n        identity: true\n",
        )],
        user: LIST,
    },
    Case {
        rule: "identity-dropped",
        additive: true,
        also: &[],
        edits: &[(
            "        scope: /external/accounts/r\n        identity: true\n",
            "        scope: /external/accounts/r\n        identity: false\n",
        )],
        user: CHANGED_ACCOUNTS,
    },
    Case {
        rule: "required-one-of-removed",
        additive: true,
        also: &[],
        edits: &[(
            "        required_one_of: [[order_id, reference]]\n        response:\n          envelope: items\n",
            "        response:\n          envelope: items\n",
        )],
        user: FIND,
    },
    Case {
        rule: "required-one-of-widened",
        additive: true,
        also: &["parameter-added-optional"],
        edits: &[(
            "          reference: { type: string }\n        required_one_of: [[order_id, reference]]\n        response:\n          envelope: items\n",
            "          reference: { type: string }\n          customer: { type: string }\n        required_one_of: [[order_id, reference, customer]]\n        response:\n          envelope: items\n",
        )],
        user: FIND,
    },
];

/// The fixture with `edits` applied, each of which must match once.
pub fn edited(base: &str, edits: &[(&str, &str)]) -> String {
    let mut spec = base.to_string();
    for (from, to) in edits {
        assert_eq!(spec.matches(from).count(), 1, "`{from}` occurs once");
        spec = spec.replacen(from, to, 1);
    }
    spec
}

/// Writes `text` to `path`, creating its directory.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A crate that expands the client of `spec` (the crate a user depends on), at `version`.
pub fn client_crate(dir: &Path, name: &str, version: &str, spec: &str) {
    let root = workspace();
    write(&dir.join("spec.yaml"), spec);
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"{version}\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\npayway-client = {{ path = {client:?} }}\npayway-macros = {{ path = {macros:?} }}\n",
            client = root.join("payway-client"),
            macros = root.join("payway-macros"),
        ),
    );
    write(
        &dir.join("src/lib.rs"),
        "//! A generated client.\npayway_macros::generate_api!(\"spec.yaml\");\n",
    );
}
