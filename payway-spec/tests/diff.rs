//! `payway-spec diff` as a command: exit codes, `--fail-on breaking`, JSON, bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// The spec the tests compare: a fixture, so that edits to the real spec do not move the figures.
const SPEC: &str = "payway-spec/tests/fixtures/every_type.yaml";

/// A temporary copy of the fixture spec with one edit, and its path.
struct Edited {
    dir: PathBuf,
    path: String,
}

impl Edited {
    fn new(name: &str, from: &str, to: &str) -> Edited {
        let spec = std::fs::read_to_string(workspace().join(SPEC)).unwrap();
        assert!(spec.contains(from), "`{from}` is in the spec");
        let dir =
            std::env::temp_dir().join(format!("payway-spec-diff-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("payway.yaml");
        std::fs::write(&path, spec.replacen(from, to, 1)).unwrap();
        Edited {
            path: path.display().to_string(),
            dir,
        }
    }
}

impl Drop for Edited {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

#[test]
fn a_breaking_change_fails_only_with_fail_on() {
    let new = Edited::new("breaking", "max_length: 24", "max_length: 20");
    let output = payway_spec(&["diff", SPEC, &new.path]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text,
        "breaking      max-length-tightened             shop v1 buy: body.code: max_length 24 -> 20\n\
         \n\
         1 change: 1 breaking, 0 additive, 0 documentation\n\
         payway-client needs a minor version bump (0.1.0 -> 0.2.0): breaking changes while the version is 0.x\n"
    );
    let output = payway_spec(&["diff", SPEC, &new.path, "--fail-on", "breaking"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_additive_change_passes_fail_on_and_asks_for_a_patch() {
    let new = Edited::new(
        "additive",
        "values: [known, created]",
        "values: [known, created, merged]",
    );
    let output = payway_spec(&[
        "diff",
        SPEC,
        &new.path,
        "--fail-on",
        "breaking",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["bump"], "patch");
    assert_eq!(json["next_version"], "0.1.1");
    assert_eq!(json["changes"][0]["rule"], "enum-value-added");
    assert_eq!(json["changes"][0]["class"], "additive");
    assert_eq!(json["changes"][0]["at"], "shop v1 buy");
    assert_eq!(
        json["changes"][0]["change"],
        "response.status: value `merged` added"
    );
}

#[test]
fn identical_specs_need_no_bump() {
    let output = payway_spec(&["diff", SPEC, SPEC]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "0 changes: 0 breaking, 0 additive, 0 documentation\npayway-client needs no version bump: no changes\n"
    );
}

#[test]
fn unreadable_or_invalid_input_exits_2() {
    let output = payway_spec(&["diff", SPEC, "no/such.yaml", "--fail-on", "breaking"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such.yaml: cannot read the spec"));

    let broken = Edited::new("invalid", "type: url", "type: ulr");
    let output = payway_spec(&["diff", &broken.path, SPEC]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown type `ulr` for parameter `link`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the spec is not valid (1 problem)"),
        "{stderr}"
    );

    let output = payway_spec(&["diff", &broken.path, SPEC, "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("unknown type `ulr`")
    );
}

#[test]
fn help_is_there() {
    let output = payway_spec(&["diff", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("--fail-on <CLASS>"));
}
