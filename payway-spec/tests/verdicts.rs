//! The diff rules whose verdict depends on the shape of the generated types, held to the compiler.
//!
//! Each case is one edit of the fixture spec that `payway-spec diff` reports as exactly one rule,
//! and a piece of user code written against the client generated from the fixture. The user code
//! is compiled twice, in crates of its own (as users' code is: `#[non_exhaustive]` only binds
//! other crates): against the client generated from the fixture, where it must compile, and
//! against the client generated from the edited spec, where it must compile if the rule is
//! additive and must not if it is breaking. Every crate is a member of one temporary workspace,
//! checked once with one shared target directory (`cargo check --keep-going`), so the runtime
//! and its dependencies compile once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

const SPEC: &str = "payway-spec/tests/fixtures/every_type.yaml";

/// One rule's case: the edits of the fixture that make the change, and the user code.
struct Case {
    rule: &'static str,
    additive: bool,
    /// Rules the edit also reports, which follow from it.
    also: &'static [&'static str],
    edits: &'static [(&'static str, &'static str)],
    user: &'static str,
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

const CASES: &[Case] = &[
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
fn edited(base: &str, edits: &[(&str, &str)]) -> String {
    let mut spec = base.to_string();
    for (from, to) in edits {
        assert_eq!(spec.matches(from).count(), 1, "`{from}` occurs once");
        spec = spec.replacen(from, to, 1);
    }
    spec
}

/// The rules `payway-spec diff` reports from `old` to `new`, with their classes.
fn reported(old: &Path, new: &Path) -> Vec<(String, String)> {
    let output = Command::new(env!("CARGO_BIN_EXE_payway-spec"))
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--format", "json"])
        .output()
        .expect("payway-spec runs");
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["changes"]
        .as_array()
        .expect("a list of changes")
        .iter()
        .map(|c| {
            (
                c["rule"].as_str().unwrap_or_default().to_string(),
                c["class"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A crate that expands the client of `spec` (the crate a user depends on).
fn client_crate(dir: &Path, name: &str, spec: &str) {
    let root = workspace();
    write(&dir.join("spec.yaml"), spec);
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
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

/// A crate of user code depending on the client crate `client` as `client`.
fn user_crate(dir: &Path, name: &str, client: &str, code: &str) {
    let root = workspace();
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\npayway-client = {{ path = {runtime:?} }}\nclient = {{ package = \"{client}\", path = \"../{client}\" }}\n",
            runtime = root.join("payway-client"),
        ),
    );
    write(
        &dir.join("src/lib.rs"),
        &format!("#![allow(dead_code)]\n{code}"),
    );
}

#[test]
fn verdicts_hold_against_the_compiler() {
    let root = workspace();
    let base = std::fs::read_to_string(root.join(SPEC)).unwrap();
    // Under the repository, so that its rust-toolchain.toml picks the compiler; the crates share
    // one target directory of their own (the outer `cargo test` holds the workspace's).
    let verdicts = root.join("target").join("verdicts");
    let dir = verdicts.join(format!("work-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();

    // The base client, once; per case, the edited client and the user code against each.
    client_crate(&dir.join("base"), "base", &base);
    write(&dir.join("base.yaml"), &base);
    let mut members = vec!["base".to_string()];
    let mut expected = BTreeMap::new();
    for (index, case) in CASES.iter().enumerate() {
        let name = format!("case{index}-{}", case.rule);
        let spec = edited(&base, case.edits);
        let spec_path = dir.join(format!("{name}.yaml"));
        write(&spec_path, &spec);
        let class = if case.additive {
            "additive"
        } else {
            "breaking"
        };
        let mut rules = reported(&dir.join("base.yaml"), &spec_path);
        rules.retain(|(rule, _)| !case.also.contains(&rule.as_str()));
        assert_eq!(
            rules,
            vec![(case.rule.to_string(), class.to_string())],
            "the edit of case {name} is the change it names"
        );
        client_crate(&dir.join(&name), &name, &spec);
        let before = format!("{name}-user-before");
        let after = format!("{name}-user-after");
        user_crate(&dir.join(&before), &before, "base", case.user);
        user_crate(&dir.join(&after), &after, &name, case.user);
        expected.insert(before.clone(), true);
        expected.insert(after.clone(), case.additive);
        members.extend([name, before, after]);
    }
    write(
        &dir.join("Cargo.toml"),
        &format!("[workspace]\nresolver = \"3\"\nmembers = {members:?}\n"),
    );

    // The repository's lock file, so that the runtime's dependencies are the ones it is tested
    // with; `--offline` where they are already downloaded keeps this test off the network.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = verdicts.join("target");
    let output = Command::new(env!("CARGO"))
        .args(["check", "--workspace", "--keep-going", "--offline"])
        .args(["--message-format", "json"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        // Warnings (say, `-D warnings` in CI) are not what is judged here: only compiling.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");

    // Which user crates compiled: those whose check produced an artifact.
    let mut compiled = BTreeMap::new();
    let mut errors = String::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let package = message["target"]["name"].as_str().unwrap_or_default();
        let package = package.replace('_', "-");
        if !expected.contains_key(&package) {
            continue;
        }
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                compiled.insert(package, true);
            }
            Some("compiler-message") if message["message"]["level"] == "error" => {
                compiled.entry(package.clone()).or_insert(false);
                if let Some(rendered) = message["message"]["rendered"].as_str() {
                    errors.push_str(&format!("{package}:\n{rendered}\n"));
                }
            }
            _ => {}
        }
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    for (package, should_compile) in &expected {
        let did = compiled.get(package).copied();
        assert!(
            did.is_some(),
            "{package} was not checked (a dependency failed?)\n{stderr}\n{errors}"
        );
        assert_eq!(
            did,
            Some(*should_compile),
            "{package} should {}compile\n{errors}",
            if *should_compile { "" } else { "not " }
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
