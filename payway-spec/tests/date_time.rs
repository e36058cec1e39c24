//! `date_time` values are judged alike everywhere: the spec loader's example check and the
//! OpenAPI export's pattern accept what the client's `DateTime::parse` (payway-values) accepts.
//! The loader calls that same function; the export writes the rule again as a regular
//! expression, so this test holds the two together over both documented shapes and every
//! one-character edit of them.

use std::path::{Path, PathBuf};
use std::process::Command;

use payway_values::DateTime;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The documented shapes, some other valid ones, and every value one edit away from them: each
/// character replaced by, or followed by, one of the characters date-times are made of, or
/// removed.
fn corpus() -> Vec<String> {
    let seeds = [
        "2019-11-21T14:43:30+01:00",
        "2020-04-23 12:16:50 +0200",
        "2020-04-23T12:16:50.123Z",
        "2016-12-31T23:59:60-05:30",
        "2020-02-29 00:00:00 Z",
    ];
    let alphabet = [
        '0', '1', '2', '3', '5', '6', '9', '-', ':', ' ', 'T', 't', 'Z', 'z', '+', '.', 'x', 'é',
    ];
    let mut values: Vec<String> = seeds.iter().map(|s| s.to_string()).collect();
    for seed in seeds {
        let chars: Vec<char> = seed.chars().collect();
        for at in 0..chars.len() {
            let mut removed = chars.clone();
            removed.remove(at);
            values.push(removed.into_iter().collect());
            for c in alphabet {
                let mut replaced = chars.clone();
                replaced[at] = c;
                values.push(replaced.into_iter().collect());
                let mut inserted = chars.clone();
                inserted.insert(at + 1, c);
                values.push(inserted.into_iter().collect());
            }
        }
    }
    values.extend(
        [
            "",
            "2020-04-23",
            "2021-02-29T10:00:00Z",
            "0000-01-01T00:00:00Z",
        ]
        .map(String::from),
    );
    values.sort();
    values.dedup();
    values
}

/// The indices of `values` the loader's example check rejects, read from its located messages.
fn rejected_by_the_loader(values: &[String]) -> Vec<usize> {
    // One field per value: an object's members are all checked, a list stops at its first
    // problem.
    let (mut fields, mut example) = (String::new(), String::new());
    for (index, value) in values.iter().enumerate() {
        fields.push_str(&format!("          t{index}: {{ type: date_time }}\n"));
        example.push_str(&format!("            t{index}: '{value}'\n"));
    }
    let spec = format!(
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
{fields}        response:
          envelope: empty
        example:
          request:
{example}"
    );
    let problems = match payway_codegen::load(&spec) {
        Ok(_) => return Vec::new(),
        Err(problems) => problems,
    };
    problems
        .iter()
        .map(|problem| {
            let index = problem
                .message
                .strip_prefix("`example.request.t")
                .and_then(|rest| rest.split_once("` must be a date and time"))
                .unwrap_or_else(|| panic!("unexpected problem: {}", problem.message))
                .0;
            index.parse().unwrap()
        })
        .collect()
}

/// The pattern the export gives a `date_time`, from the fixture's export.
fn exported_pattern() -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_payway-spec"))
        .args([
            "openapi",
            "payway-spec/tests/fixtures/every_type.yaml",
            "--format",
            "json",
        ])
        .current_dir(workspace())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let schema = &document["paths"]["/external/api/v1/accounts/create"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"]["properties"]["valid_until"];
    assert_eq!(schema["x-payway-type"], "date_time");
    assert!(
        schema["format"].is_null(),
        "`format: date-time` would refuse the API's second shape"
    );
    schema["pattern"].as_str().unwrap().to_string()
}

#[test]
fn the_example_check_accepts_what_the_client_accepts() {
    let values = corpus();
    let rejected = rejected_by_the_loader(&values);
    let mut disagreements = Vec::new();
    for (index, value) in values.iter().enumerate() {
        let client = DateTime::parse(value).is_ok();
        let loader = !rejected.contains(&index);
        if client != loader {
            disagreements.push(format!("{value:?}: client {client}, loader {loader}"));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    // The corpus has both answers in quantity, so the agreement means something.
    let accepted = values.len() - rejected.len();
    assert!(
        accepted > 50 && rejected.len() > 500,
        "{accepted} / {}",
        rejected.len()
    );
}

#[test]
fn the_export_s_pattern_accepts_every_value_the_client_accepts() {
    // JSON Schema patterns are ECMA-262; this one uses only what regex-lite reads the same way
    // (anchors, classes, `\d` as ASCII digits, groups, `?`, `+`, `{n}`).
    let pattern = regex_lite::Regex::new(&exported_pattern()).unwrap();
    let mut disagreements = Vec::new();
    for value in corpus() {
        let client = DateTime::parse(&value).is_ok();
        let matches = pattern.is_match(&value);
        // A pattern cannot know the calendar: it may take a day the calendar lacks (or year 0),
        // and nothing else the client refuses.
        let calendar_only = !client && matches && {
            let mut on_a_real_day = value.clone();
            on_a_real_day.replace_range(..10, "2020-01-01");
            DateTime::parse(&on_a_real_day).is_ok()
        };
        if client != matches && !calendar_only {
            disagreements.push(format!("{value:?}: client {client}, pattern {matches}"));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    assert!(pattern.is_match("2019-11-21T14:43:30+01:00"));
    assert!(pattern.is_match("2020-04-23 12:16:50 +0200"));
}
