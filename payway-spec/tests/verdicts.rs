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

#[path = "verdicts/cases.rs"]
mod cases;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use cases::{CASES, SPEC, client_crate, edited, workspace, write};

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
    client_crate(&dir.join("base"), "base", "0.0.0", &base);
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
        client_crate(&dir.join(&name), &name, "0.0.0", &spec);
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
