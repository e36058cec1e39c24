//! `payway-spec check` against the broken specs of the compile-fail tests: the tool must report
//! exactly what the compiler reports for them, in the same words, plus the line and a caret.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate lives in the workspace")
        .to_path_buf()
}

/// Runs the tool from the workspace root, where the compiler's messages are relative to.
fn payway_spec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_payway-spec"))
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn the_real_spec_has_no_problems() {
    let output = payway_spec(&["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).starts_with("spec/payway.yaml: no problems ("));
}

#[test]
fn every_broken_ui_spec_gets_the_compilers_messages() {
    let dir = workspace().join("tests/ui/spec");
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/ui/spec exists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        cases += 1;
        let relative = format!(
            "tests/ui/spec/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let expected_stderr = std::fs::read_to_string(path.with_extension("stderr"))
            .expect("each ui spec has its .stderr");
        let compiler: Vec<&str> = expected_stderr
            .lines()
            .filter_map(|line| line.strip_prefix("error: "))
            .filter(|line| line.starts_with(&relative))
            .collect();
        assert!(
            !compiler.is_empty(),
            "{relative}: no spec errors in its .stderr"
        );

        let output = payway_spec(&["check", &relative]);
        assert_eq!(output.status.code(), Some(1), "{relative}");
        let text = stdout(&output);
        let tool: Vec<&str> = text
            .lines()
            .filter(|line| {
                // `FILE:LINE:...`, not the `FILE: N problems` summary.
                line.strip_prefix(relative.as_str())
                    .and_then(|rest| rest.strip_prefix(':'))
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .collect();
        assert_eq!(
            tool, compiler,
            "{relative}: the tool and the compiler disagree"
        );
        // Every problem is followed by its line and a caret.
        assert_eq!(
            text.lines().filter(|l| l.trim_end().ends_with('^')).count(),
            compiler.len(),
            "{relative}: one caret per problem\n{text}"
        );
    }
    assert!(cases >= 5, "the ui specs were not found");
}

#[test]
fn a_problem_is_shown_with_its_line_and_a_caret_and_as_json() {
    let dir = std::env::temp_dir().join(format!("payway-spec-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec =
        std::fs::read_to_string(workspace().join("payway-spec/tests/fixtures/every_type.yaml"))
            .unwrap();
    let broken = spec.replacen("type: url", "type: ulr", 1);
    let file = dir.join("broken.yaml");
    std::fs::write(&file, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.contains("type: ulr"))
        .unwrap()
        + 1;
    let column = broken.lines().nth(line - 1).unwrap().find("ulr").unwrap() + 1;
    let shown = file.display().to_string();

    let output = payway_spec(&["check", &shown]);
    assert_eq!(output.status.code(), Some(1));
    let expected = format!(
        "{shown}:{line}:{column}: unknown type `ulr` for parameter `link`: did you mean `url`?\n\
         {gutter} |\n\
         {line} |           link: {{ type: ulr, required: true }}\n\
         {gutter} |                         ^\n\
         \n\
         {shown}: 1 problem\n",
        gutter = " ".repeat(line.to_string().len()),
    );
    assert_eq!(stdout(&output), expected);

    let output = payway_spec(&["check", &shown, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(json["valid"], false);
    assert_eq!(json["file"], shown.as_str());
    assert_eq!(json["problems"][0]["line"], line);
    assert_eq!(json["problems"][0]["column"], column);
    assert_eq!(
        json["problems"][0]["message"],
        "unknown type `ulr` for parameter `link`: did you mean `url`?"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn unreadable_input_exits_2_and_garbage_is_a_located_problem() {
    let output = payway_spec(&["check", "no/such/spec.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("no/such/spec.yaml: cannot read the spec:"),
        "{stderr}"
    );

    let output = payway_spec(&["check", "no/such/spec.yaml", "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("cannot read the spec")
    );

    // A file that is not a spec at all is read, and its problems are located.
    let output = payway_spec(&["check", "Cargo.toml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("Cargo.toml:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn help_is_there() {
    let output = payway_spec(&["check", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Usage: payway-spec check"));
}
