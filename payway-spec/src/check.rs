//! `payway-spec check`: validates a spec without compiling, with the compiler's messages plus the
//! offending line and a caret under the column.

use std::path::PathBuf;
use std::process::ExitCode;

use payway_codegen::{Diagnostic, Location};
use serde_json::json;

use crate::output::{self, Format};
use crate::spec_file::{self, SpecFile};

/// Arguments of `payway-spec check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spec to check.
    #[arg(value_name = "SPEC", default_value = spec_file::DEFAULT_SPEC)]
    spec: PathBuf,
    /// `text` for people, `json` for editors and CI.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// Runs the command: exit 0 when the spec is valid, 1 when it has problems, 2 when unreadable.
pub fn run(args: Args) -> ExitCode {
    let file = match SpecFile::read(&args.spec) {
        Ok(file) => file,
        Err(spec_file::Unreadable(message)) => return output::bad_input(&message, args.format),
    };
    let (problems, summary) = match file.load() {
        Ok(spec) => {
            let endpoints: usize = spec.sections.iter().map(|s| s.endpoints.len()).sum();
            let summary = format!(
                "{}: no problems ({} in {})",
                file.shown,
                output::plural(endpoints, "endpoint"),
                output::plural(spec.sections.len(), "section")
            );
            (Vec::new(), summary)
        }
        Err(problems) => {
            let summary = format!(
                "{}: {}",
                file.shown,
                output::plural(problems.len(), "problem")
            );
            (problems, summary)
        }
    };
    match args.format {
        Format::Text => output::print(&text_report(&file, &problems, &summary)),
        Format::Json => output::print(&format!("{}\n", json_report(&file, &problems))),
    }
    ExitCode::from(if problems.is_empty() {
        output::OK
    } else {
        output::FOUND
    })
}

/// Every problem with its line and caret, then the summary.
fn text_report(file: &SpecFile, problems: &[Diagnostic], summary: &str) -> String {
    let mut out = String::new();
    for problem in problems {
        out.push_str(&file.render(problem));
        out.push('\n');
        if let Some(snippet) = snippet(&file.source, problem.location) {
            out.push_str(&snippet);
        }
        out.push('\n');
    }
    out.push_str(summary);
    out.push('\n');
    out
}

fn json_report(file: &SpecFile, problems: &[Diagnostic]) -> serde_json::Value {
    let problems: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            json!({
                "line": p.location.line,
                "column": p.location.column,
                "message": p.message,
                "rendered": file.render(p),
            })
        })
        .collect();
    json!({ "file": file.shown, "valid": problems.is_empty(), "problems": problems })
}

/// The line at `location` under a line-number gutter, with a caret under the column:
///
/// ```text
///    |
/// 57 |         type: strng
///    |               ^
/// ```
///
/// `None` when the location is not a line of the text (an empty file's problem is at 1:1).
fn snippet(source: &str, location: Location) -> Option<String> {
    let line = source.lines().nth(location.line.checked_sub(1)?)?;
    let number = location.line.to_string();
    let gutter = " ".repeat(number.len());
    // Columns count characters; keep tabs so the caret lines up however the terminal shows them.
    let indent: String = line
        .chars()
        .take(location.column.saturating_sub(1))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    Some(format!(
        "{gutter} |\n{number} | {line}\n{gutter} | {indent}^\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_sits_under_the_column() {
        let source = "a: 1\n  type: strng\n";
        let snippet = snippet(source, Location { line: 2, column: 9 }).unwrap();
        assert_eq!(snippet, "  |\n2 |   type: strng\n  |         ^\n");
    }

    #[test]
    fn tabs_are_kept_and_a_location_past_the_text_has_no_snippet() {
        let snippet = snippet("\tx: é y", Location { line: 1, column: 7 }).unwrap();
        assert_eq!(snippet.lines().nth(2), Some("  | \t     ^"));
        assert_eq!(super::snippet("", Location { line: 1, column: 1 }), None);
        assert_eq!(super::snippet("a", Location { line: 0, column: 1 }), None);
        assert_eq!(super::snippet("a", Location { line: 3, column: 1 }), None);
    }
}
