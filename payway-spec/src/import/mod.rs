//! `payway-spec import PAGE... [--into SPEC]`: from docs pages to spec entries.
//!
//! The pipeline, one file per stage: `source` (file, `-` or https address via `fetch`) ->
//! `text` / `html` (either text layout, or saved HTML) -> `page` (the neutral page model) ->
//! `entry` (the page's facts as spec keys, with `# review:` notes) -> `crate::yaml_writer`
//! -> a printed fragment, or `merge` into an existing spec, written atomically.

pub mod entry;
pub mod fetch;
pub mod html;
pub mod json;
pub mod merge;
pub mod page;
pub mod source;
pub mod text;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::yaml_writer::{self as doc, Entry, Yaml};
use entry::Imported;

/// Arguments of `payway-spec import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Docs pages: text copied from the browser, a saved HTML page, an https:// address, or `-`
    /// for standard input.
    #[arg(required = true, value_name = "PAGE")]
    pub pages: Vec<String>,
    /// Add the endpoints to this spec (updating the ones it has) instead of printing a fragment.
    #[arg(long, value_name = "SPEC")]
    pub into: Option<PathBuf>,
    /// With `--into`: keep the spec's summaries and descriptions (edited by a person) instead
    /// of replacing them with the page's wording.
    #[arg(long, requires = "into")]
    pub keep_text: bool,
    /// Also trust this PEM certificate when fetching pages (a company proxy, a test server),
    /// besides Mozilla's root certificates.
    #[arg(long, value_name = "PEM")]
    pub ca_cert: Option<PathBuf>,
}

/// What the environments of a spec are, for the host check: its file, else `spec/payway.yaml`.
const DEFAULT_SPEC: &str = "spec/payway.yaml";

/// Runs the command: 0 done, 2 a page or the spec could not be read (nothing written).
pub fn run(args: &ImportArgs) -> ExitCode {
    let mut imported = Vec::new();
    let mut failed = false;
    for page in &args.pages {
        match import_page(page, args.ca_cert.as_deref()) {
            Ok(one) => imported.push(one),
            Err(why) => {
                eprintln!("error: {page}: {why}");
                failed = true;
            }
        }
    }
    if failed {
        return ExitCode::from(2);
    }
    let spec_path = args
        .into
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_SPEC));
    let spec_text = std::fs::read_to_string(&spec_path).ok();
    if let Some(text) = &spec_text {
        for (page, one) in args.pages.iter().zip(&imported) {
            for warning in host_warnings(text, one) {
                eprintln!("warning: {page}: {warning}");
            }
        }
    }
    match &args.into {
        None => match fragment(&imported) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                for problem in problems {
                    eprintln!("error: {problem}");
                }
                ExitCode::from(2)
            }
        },
        Some(path) => {
            let Some(original) = spec_text else {
                eprintln!("error: cannot read the spec `{}`", path.display());
                return ExitCode::from(2);
            };
            match merge::merge_endpoints(&original, &imported, args.keep_text) {
                Ok((merged, changes)) => {
                    if let Err(why) = crate::spec_file::write_atomically(path, &merged) {
                        eprintln!("error: {why}");
                        return ExitCode::from(2);
                    }
                    for change in &changes {
                        println!("{}: {change}", path.display());
                    }
                    if changes.is_empty() {
                        println!("{}: already up to date", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for problem in problems {
                        eprintln!("error: {}: {problem}", path.display());
                    }
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// Reads one page into an endpoint; the error names what is missing.
pub fn import_page(page: &str, ca_cert: Option<&Path>) -> Result<Imported, String> {
    let source = source::read(page, ca_cert)?;
    entry::endpoint(&source.page, source.address.as_deref()).map_err(|missing| {
        format!(
            "cannot import this page; it lacks {}",
            missing.join("; and ")
        )
    })
}

/// The endpoints as a spec fragment, `sections: {NAME: {endpoints: [...]}}`, checked by the
/// spec loader before it is given out.
pub fn fragment(imported: &[Imported]) -> Result<String, Vec<String>> {
    let mut sections: Vec<Entry> = Vec::new();
    for one in imported {
        let item = Yaml::Map(one.entry.clone());
        match sections.iter_mut().find(|s| s.key == one.section) {
            Some(section) => {
                if let Yaml::Map(keys) = &mut section.value
                    && let Some(Entry {
                        value: Yaml::List(items),
                        ..
                    }) = keys.first_mut()
                {
                    items.push(item);
                }
            }
            None => sections.push(Entry::new(
                &one.section,
                Yaml::Map(vec![Entry::new("endpoints", Yaml::List(vec![item]))]),
            )),
        }
    }
    let mut text = String::from(
        "# Imported by payway-spec: check every `# review:` line, then add these entries to\n\
         # spec/payway.yaml (or run `payway-spec import PAGE --into spec/payway.yaml`).\n",
    );
    doc::render_map(&[Entry::new("sections", Yaml::Map(sections))], 0, &mut text);
    check_fragment(&text)?;
    Ok(text)
}

/// What a fragment needs around it to be a whole spec.
const FRAGMENT_FRAME: &str = "api:\n  name: Payway\nenvironments:\n  stage:\n    base_url: \
    https://payway-api.stage.adeprimo.se\ntoken_endpoint:\n  path: /api/authorization/access_token\n  \
    grant_types:\n    none: An application token.\n";

/// Loads a fragment with the spec loader; problems are located in the fragment's own lines.
pub fn check_fragment(fragment: &str) -> Result<(), Vec<String>> {
    let frame_lines = FRAGMENT_FRAME.lines().count();
    let whole = format!("{FRAGMENT_FRAME}{fragment}");
    payway_codegen::load(&whole).map(drop).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| {
                format!(
                    "the imported entry does not load: line {}:{}: {}",
                    p.location.line.saturating_sub(frame_lines),
                    p.location.column,
                    p.message
                )
            })
            .collect()
    })
}

/// Warnings for hosts the page names that are none of the spec's environments.
fn host_warnings(spec: &str, imported: &Imported) -> Vec<String> {
    let Ok(spec) = payway_codegen::load(spec) else {
        return Vec::new();
    };
    let known: Vec<&str> = spec
        .environments
        .iter()
        .map(|e| {
            let rest = e
                .base_url
                .split_once("://")
                .map_or(e.base_url.as_str(), |(_, r)| r);
            rest.split('/').next().unwrap_or(rest)
        })
        .collect();
    let mut warnings = Vec::new();
    for host in &imported.hosts {
        if !known.contains(&host.as_str()) && !warnings.iter().any(|w: &String| w.contains(host)) {
            warnings.push(format!(
                "the page names the host `{host}`, which is none of the spec's environments ({})",
                known.join(", ")
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    /// Any prefix of a page, and the page with any one line left out, reads without a panic:
    /// either an entry that loads, or an error naming what is missing.
    #[test]
    fn non_breaking_spaces_read_like_spaces() {
        let page = include_str!("../../tests/pages/v2-klarna_payments-place_trial_order.txt");
        let read = |text: &str| {
            let page = super::source::parse(text).map_err(|e| e.to_string())?;
            super::entry::endpoint(&page, None).map_err(|missing| missing.join("; "))
        };
        assert_eq!(read(&page.replace(' ', "\u{a0}")), read(page));
    }

    #[test]
    fn cut_and_damaged_pages_never_panic() {
        let pages = [
            include_str!("../../tests/pages/v1-klarna_payments-create_session.txt"),
            include_str!("../../tests/pages/v2-klarna_payments-place_trial_order.txt"),
            include_str!("../../tests/pages/v2-klarna_payments-place_trial_order.html"),
            include_str!("../../tests/pages/v3-useragreements-get.txt"),
            include_str!("../../tests/pages/v1-accounts-status.cells.txt"),
            include_str!("../../tests/pages/v1-temporary_address-create.txt"),
            include_str!("../../tests/pages/v1-vouchers-update.txt"),
            include_str!("../../tests/pages/v2-accounts-create_account.cut.txt"),
            include_str!("../../tests/pages/v1-adyen-confirm_step.old.txt"),
            include_str!("../../tests/pages/v1-adyen-step.space.txt"),
            include_str!("../../tests/pages/v2-adyen-buy.cut.txt"),
        ];
        for page in pages {
            let cuts = (0..page.len())
                .step_by(7)
                .filter(|i| page.is_char_boundary(*i));
            let lines: Vec<&str> = page.lines().collect();
            let without_one = (0..lines.len()).map(|skip| {
                lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, l)| *l)
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            // Text copied from a browser may separate cells with non-breaking spaces.
            let non_breaking = std::iter::once(page.replace(' ', "\u{a0}"));
            let variants = cuts
                .map(|cut| page[..cut].to_string())
                .chain(without_one)
                .chain(non_breaking);
            for text in variants {
                let Ok(page) = super::source::parse(&text) else {
                    continue;
                };
                match super::entry::endpoint(&page, None) {
                    Ok(imported) => {
                        if let Err(problems) = super::fragment(&[imported]) {
                            panic!("{problems:?}\n--- page ---\n{text}");
                        }
                    }
                    Err(missing) => assert!(!missing.is_empty()),
                }
            }
        }
    }
}
