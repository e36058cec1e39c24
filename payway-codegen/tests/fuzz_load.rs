//! The loader under generated input: it never panics, and every problem it reports is located
//! inside the file. Bounded (a few thousand cases) so it runs with every `cargo test`; raise
//! `PROPTEST_CASES` for a longer run.

use proptest::prelude::*;

const SPEC: &str = include_str!("../../spec/payway.yaml");
const FIXTURE: &str = include_str!("../../tests/fixtures/fixture.yaml");

/// Loads `source` and checks every diagnostic points at a line and column of the file.
fn assert_located(source: &str) {
    let lines: Vec<&str> = source.split('\n').collect();
    if let Err(problems) = payway_codegen::load(source) {
        assert!(!problems.is_empty(), "an error without a diagnostic");
        for problem in problems {
            let line = problem.location.line;
            assert!(
                line >= 1 && line <= lines.len() + 1,
                "{problem:?} is outside the file's {} lines",
                lines.len()
            );
            assert!(problem.location.column >= 1, "{problem:?}");
            assert!(!problem.message.is_empty());
        }
    }
}

/// An edit to a valid spec: the kinds of mistakes people make while editing one.
#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Indent(usize, usize),
    Dedent(usize),
    ReplaceByte(usize, u8),
    InsertText(usize, String),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let index = 0usize..400;
    prop_oneof![
        index.clone().prop_map(Edit::DeleteLine),
        index.clone().prop_map(Edit::DuplicateLine),
        (index.clone(), index.clone()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (index.clone(), 1usize..5).prop_map(|(a, n)| Edit::Indent(a, n)),
        index.clone().prop_map(Edit::Dedent),
        (0usize..20_000, any::<u8>()).prop_map(|(a, b)| Edit::ReplaceByte(a, b)),
        (
            0usize..20_000,
            prop::sample::select(vec![
                ":",
                "- ",
                "[",
                "]",
                "{",
                "}",
                "\"",
                "'",
                "&a ",
                "*a",
                "\t",
                "#",
                "\n  x: y",
                "type: strng",
                "required: maybe",
                "pattern: '('",
                "---\n",
                "? ",
                "!!str ",
            ])
            .prop_map(str::to_string)
        )
            .prop_map(|(a, t)| Edit::InsertText(a, t)),
        (0usize..20_000).prop_map(Edit::Truncate),
    ]
}

fn apply(source: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    for edit in edits {
        let n = lines.len().max(1);
        match edit {
            Edit::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Edit::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Edit::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Edit::Indent(i, by) if !lines.is_empty() => {
                let i = i % n;
                lines[i] = format!("{}{}", " ".repeat(*by), lines[i]);
            }
            Edit::Dedent(i) if !lines.is_empty() => {
                let i = i % n;
                lines[i] = lines[i].trim_start().to_string();
            }
            Edit::ReplaceByte(at, byte) => {
                let mut text = lines.join("\n").into_bytes();
                if !text.is_empty() {
                    let at = at % text.len();
                    text[at] = *byte;
                }
                lines = String::from_utf8_lossy(&text)
                    .lines()
                    .map(str::to_string)
                    .collect();
            }
            Edit::InsertText(at, insert) => {
                let mut text = lines.join("\n");
                let mut at = at % (text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.insert_str(at, insert);
                lines = text.lines().map(str::to_string).collect();
            }
            Edit::Truncate(at) => {
                let mut text = lines.join("\n");
                let mut at = at % (text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.truncate(at);
                lines = text.lines().map(str::to_string).collect();
            }
            _ => {}
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn edited_specs_never_panic_and_errors_are_located(
        edits in prop::collection::vec(edit(), 1..6),
        fixture in any::<bool>(),
    ) {
        let source = apply(if fixture { FIXTURE } else { SPEC }, &edits);
        assert_located(&source);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        assert_located(&text);
    }

    #[test]
    fn yaml_shaped_text_never_panics(
        text in "([a-z_]{1,8}: ?([a-z0-9_/.:]{0,10}|\\[[a-z, ]{0,12}\\]|\\{[a-z:, ]{0,12}\\})?\n( {2,6}- ?)?){0,30}"
    ) {
        assert_located(&text);
    }
}

#[test]
fn the_real_specs_load() {
    payway_codegen::load(SPEC).expect("spec/payway.yaml is valid");
    payway_codegen::load(FIXTURE).expect("the fixture spec is valid");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for opener in ["[", "{", "- "] {
        let source = format!("a: {}", opener.repeat(100_000));
        assert_located(&source);
    }
    let balanced = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_located(&balanced);
}
