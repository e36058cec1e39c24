//! `payway-spec refresh [SPEC]`: every endpoint with a `docs:` address is fetched, imported and
//! compared with the spec's entry, judging only what the page shows.
//!
//! The comparison is the import's own merge (`import --into --keep-text`): what a person decided
//! (`retry_safe`, `sensitive`, object names, examples, comments, summaries and descriptions in our
//! own words) is never weighed, and each change the merge makes is classed by `diff`'s rules on
//! the models before and after.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use crate::diff::compare::{self, Change};
use crate::diff::report::{self, Report};
use crate::import::{entry, fetch, merge, source};
use crate::output::{self, Format};
use crate::spec_file::{self, SpecFile};

/// Arguments of `payway-spec refresh`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spec whose endpoints are checked against their docs pages.
    #[arg(value_name = "SPEC", default_value = spec_file::DEFAULT_SPEC)]
    spec: PathBuf,
    /// Fetch every page from this scheme and host instead of the one its `docs:` address names
    /// (a mirror, or a local server); plain http only for loopback addresses.
    #[arg(long, value_name = "URL")]
    docs_base: Option<String>,
    /// Also trust this PEM certificate when fetching pages (a company proxy, a test server),
    /// besides Mozilla's root certificates.
    #[arg(long, value_name = "PEM")]
    ca_cert: Option<PathBuf>,
    /// Apply the changes to SPEC in place, as `import --into --keep-text` does (the exit code
    /// still says that the spec was behind).
    #[arg(long)]
    write: bool,
    /// `text` for people, `json` for scripts and CI.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// What one endpoint's page says about its entry.
enum Outcome {
    /// The page says what the entry says.
    Unchanged,
    /// The page says something else: the changes as `diff` classes them, and the merge's edits.
    Changed {
        changes: Vec<Change>,
        edits: Vec<String>,
    },
    /// The server has no such page.
    NotFound { status: u16 },
    /// The page could not be fetched or imported, and why.
    Unreadable(String),
}

/// One endpoint checked.
struct Checked {
    /// `section vN action`.
    at: String,
    /// The address fetched.
    address: String,
    outcome: Outcome,
}

/// Runs the command: 0 the spec matches the docs, 1 something changed or a page is missing or
/// unreadable (also with `--write`), 2 bad input.
pub fn run(args: Args) -> ExitCode {
    let file = match SpecFile::read(&args.spec) {
        Ok(file) => file,
        Err(spec_file::Unreadable(message)) => return output::bad_input(&message, args.format),
    };
    let spec = match spec_file::load_valid(&args.spec) {
        Ok(spec) => spec,
        Err(spec_file::Unreadable(message)) => return output::bad_input(&message, args.format),
    };
    let base = match args.docs_base.as_deref().map(docs_base).transpose() {
        Ok(base) => base,
        Err(why) => return output::bad_input(&format!("--docs-base: {why}"), args.format),
    };
    if let Some(path) = &args.ca_cert
        && let Err(e) = std::fs::metadata(path)
    {
        return output::bad_input(
            &format!("cannot read the certificate `{}`: {e}", path.display()),
            args.format,
        );
    }

    let mut text = file.source.clone();
    let mut checked = Vec::new();
    for section in &spec.sections {
        for endpoint in &section.endpoints {
            let Some(docs) = &endpoint.docs else {
                continue;
            };
            let at = format!("{} v{} {}", section.name, endpoint.version, endpoint.action);
            let address = match &base {
                Some(base) => rebased(docs, base),
                None => docs.clone(),
            };
            let wanted = (
                section.name.as_str(),
                endpoint.version,
                endpoint.action.as_str(),
            );
            let outcome = check(&mut text, docs, &address, wanted, args.ca_cert.as_deref());
            checked.push(Checked {
                at,
                address,
                outcome,
            });
        }
    }

    let all: Vec<&Change> = checked
        .iter()
        .flat_map(|c| match &c.outcome {
            Outcome::Changed { changes, .. } => changes.as_slice(),
            _ => &[],
        })
        .collect();
    let all: Vec<Change> = all.into_iter().cloned().collect();
    let report = Report::new(&all, env!("CARGO_PKG_VERSION"));
    let behind = checked
        .iter()
        .any(|c| !matches!(c.outcome, Outcome::Unchanged));
    let changed = text != file.source;
    let written = if args.write && changed {
        match spec_file::write_atomically(&args.spec, &text) {
            Ok(()) => true,
            Err(why) => return output::bad_input(&why, args.format),
        }
    } else {
        false
    };
    match args.format {
        Format::Text => output::print(&text_report(&checked, &report, &file.shown, written)),
        Format::Json => output::print(&format!(
            "{}\n",
            json_report(&checked, &report, &file.shown, written)
        )),
    }
    ExitCode::from(if behind { output::FOUND } else { output::OK })
}

/// Fetches, imports and merges one page into `text` (which then holds the merged spec).
fn check(
    text: &mut String,
    docs: &str,
    address: &str,
    (section, version, action): (&str, u32, &str),
    ca_cert: Option<&Path>,
) -> Outcome {
    let fetched = match fetch::fetch(address, ca_cert, true) {
        Ok(fetched) => fetched,
        Err(why) => return Outcome::Unreadable(why),
    };
    match fetched.status {
        200..=299 => {}
        404 | 410 => {
            return Outcome::NotFound {
                status: fetched.status,
            };
        }
        other => return Outcome::Unreadable(format!("the server answered HTTP {other}")),
    }
    let page = match source::parse_fetched(&fetched) {
        Ok(page) => page,
        Err(why) => return Outcome::Unreadable(why),
    };
    let imported = match entry::endpoint(&page, Some(docs)) {
        Ok(imported) => imported,
        Err(missing) => {
            return Outcome::Unreadable(format!("the page lacks {}", missing.join("; and ")));
        }
    };
    if (
        imported.section.as_str(),
        imported.version,
        imported.action.as_str(),
    ) != (section, version, action)
    {
        return Outcome::Unreadable(format!(
            "the page describes {} v{} {}, not this endpoint",
            imported.section, imported.version, imported.action
        ));
    }
    let (merged, edits) = match merge::merge_endpoints(text, &[imported], true) {
        Ok(merged) => merged,
        Err(problems) => return Outcome::Unreadable(problems.join("; ")),
    };
    if merged == *text {
        return Outcome::Unchanged;
    }
    // Both load: the merge checks its result, and `text` loaded before it.
    let changes = match (payway_codegen::load(text), payway_codegen::load(&merged)) {
        (Ok(before), Ok(after)) => compare::compare(&before, &after),
        _ => return Outcome::Unreadable("the merged spec does not load".to_string()),
    };
    *text = merged;
    Outcome::Changed { changes, edits }
}

/// `scheme://host[:port]` of a `--docs-base`, checked: https, or plain http on loopback.
fn docs_base(base: &str) -> Result<String, String> {
    let trimmed = base.trim_end_matches('/');
    let Some((_, rest)) = trimmed.split_once("://") else {
        return Err(format!("`{base}` is not an address (https://HOST)"));
    };
    if rest.is_empty() || rest.contains(['/', '?', '#', '@']) {
        return Err(format!(
            "`{base}` must be a scheme and host only (https://HOST or http://127.0.0.1:PORT)"
        ));
    }
    fetch::allowed(trimmed)?;
    Ok(trimmed.to_string())
}

/// `docs` with its scheme and host replaced by `base`.
fn rebased(docs: &str, base: &str) -> String {
    let rest = docs.split_once("://").map_or(docs, |(_, rest)| rest);
    let path = rest.find('/').map_or("/", |at| &rest[at..]);
    format!("{base}{path}")
}

fn text_report(checked: &[Checked], report: &Report<'_>, shown: &str, written: bool) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 4];
    for one in checked {
        match &one.outcome {
            Outcome::Unchanged => {
                counts[0] += 1;
                out.push_str(&format!("{}: unchanged\n", one.at));
            }
            Outcome::Changed { changes, edits } => {
                counts[1] += 1;
                out.push_str(&format!("{}: changed\n", one.at));
                let mut sorted: Vec<&Change> = changes.iter().collect();
                sorted.sort_by_key(|c| c.rule.class);
                for change in sorted {
                    out.push_str(&format!("  {}\n", report::line(change)));
                }
                if changes.is_empty() {
                    // Edits no rule classes (none should be): shown rather than hidden.
                    for edit in edits {
                        out.push_str(&format!("  {edit}\n"));
                    }
                }
            }
            Outcome::NotFound { status } => {
                counts[2] += 1;
                out.push_str(&format!(
                    "{}: page not found (HTTP {status} from {})\n",
                    one.at, one.address
                ));
            }
            Outcome::Unreadable(why) => {
                counts[3] += 1;
                out.push_str(&format!("{}: not readable: {why}\n", one.at));
            }
        }
    }
    out.push_str(&format!(
        "\n{}: {} unchanged, {} changed, {} not found, {} not readable\n{}\n",
        output::plural(checked.len(), "endpoint"),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        report.bump_line()
    ));
    if written {
        out.push_str(&format!("{shown}: written\n"));
    }
    out
}

fn json_report(
    checked: &[Checked],
    report: &Report<'_>,
    shown: &str,
    written: bool,
) -> serde_json::Value {
    let endpoints: Vec<serde_json::Value> = checked
        .iter()
        .map(|one| match &one.outcome {
            Outcome::Unchanged => json!({
                "endpoint": one.at, "address": one.address, "outcome": "unchanged",
            }),
            Outcome::Changed { changes, edits } => json!({
                "endpoint": one.at,
                "address": one.address,
                "outcome": "changed",
                "changes": changes.iter().map(report::change_json).collect::<Vec<_>>(),
                "edits": edits,
            }),
            Outcome::NotFound { status } => json!({
                "endpoint": one.at, "address": one.address, "outcome": "not_found",
                "status": status,
            }),
            Outcome::Unreadable(why) => json!({
                "endpoint": one.at, "address": one.address, "outcome": "not_readable",
                "reason": why,
            }),
        })
        .collect();
    json!({
        "spec": shown,
        "endpoints": endpoints,
        "diff": report.json(),
        "written": written,
    })
}

#[cfg(test)]
mod tests {
    use super::{docs_base, rebased};

    #[test]
    fn a_docs_base_replaces_scheme_and_host() {
        assert_eq!(
            rebased(
                "https://docs.worldoftulo.com/payway/a/b/",
                "http://127.0.0.1:8080"
            ),
            "http://127.0.0.1:8080/payway/a/b/"
        );
        assert_eq!(
            docs_base("http://127.0.0.1:8080/").as_deref(),
            Ok("http://127.0.0.1:8080")
        );
        assert!(docs_base("https://mirror.example.com").is_ok());
        assert!(docs_base("http://mirror.example.com").is_err());
        assert!(docs_base("https://mirror.example.com/docs").is_err());
        assert!(docs_base("mirror.example.com").is_err());
    }
}
