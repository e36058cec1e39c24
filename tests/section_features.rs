//! payway-client has a Cargo feature for each section of the spec, all of them on by default:
//! the generated code compiles a section only with its feature (`generate_api!(..,
//! section_features)`), so a section the spec gains without its feature line would be missing
//! from every build. This reads the features as Cargo does (`cargo metadata`).

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::Value;

fn spec_sections() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/payway.yaml");
    let source = std::fs::read_to_string(path).expect("the spec");
    let spec = payway_codegen::load(&source).expect("the spec loads");
    spec.sections.into_iter().map(|s| s.name).collect()
}

/// payway-client's `[features]`, as `cargo metadata` reads them.
fn client_features() -> serde_json::Map<String, Value> {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/payway-client/Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .args(["--manifest-path", manifest])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let package = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "payway-client"))
        .expect("payway-client in the metadata");
    package["features"].as_object().expect("features").clone()
}

#[test]
fn every_section_has_a_feature_on_by_default() {
    let sections = spec_sections();
    let features = client_features();
    let default: BTreeSet<String> = features["default"]
        .as_array()
        .expect("a default feature")
        .iter()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect();
    let missing: Vec<&String> = sections
        .iter()
        .filter(|s| !features.contains_key(s.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "sections without a feature in payway-client/Cargo.toml: {missing:?}"
    );
    let off: Vec<&String> = sections.difference(&default).collect();
    assert!(off.is_empty(), "sections not in `default`: {off:?}");
    // A feature of a section is empty: it only switches generated code on.
    for section in &sections {
        assert_eq!(
            features[section.as_str()],
            Value::Array(vec![]),
            "{section}"
        );
    }
}

#[test]
fn readme_lists_every_section_feature() {
    let readme = include_str!("../README.md");
    let missing: Vec<String> = spec_sections()
        .into_iter()
        .filter(|s| !readme.contains(&format!("| `{s}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "README.md's table of section features lacks {missing:?}"
    );
}
