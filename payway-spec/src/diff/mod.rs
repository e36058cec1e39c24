//! `payway-spec diff OLD NEW`: every change between two specs, classed by what it does to code
//! that uses the generated client, and the version bump payway-client needs.
//!
//! `rules.rs` is the table of kinds of change and their classes; `compare.rs` walks two models
//! and reports changes; `report.rs` prints them and works out the bump.

pub(crate) mod compare;
pub(crate) mod report;
mod rules;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::output::{self, Format};
use crate::spec_file;

/// Arguments of `payway-spec diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spec before the change.
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The spec after the change.
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// Exit with 1 when a change of this class is found (for CI).
    #[arg(long, value_enum, value_name = "CLASS")]
    fail_on: Option<FailOn>,
    /// `text` for people, `json` for scripts and CI.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The classes `--fail-on` can stop on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    /// Any breaking change.
    Breaking,
}

/// Runs the command: exit 0, or 1 with `--fail-on breaking` and a breaking change, 2 when a spec
/// cannot be read or is not valid.
pub fn run(args: Args) -> ExitCode {
    let specs = spec_file::load_valid(&args.old)
        .and_then(|old| Ok((old, spec_file::load_valid(&args.new)?)));
    let (old, new) = match specs {
        Ok(specs) => specs,
        Err(spec_file::Unreadable(message)) => return output::bad_input(&message, args.format),
    };
    let changes = compare::compare(&old, &new);
    let report = report::Report::new(&changes, env!("CARGO_PKG_VERSION"));
    match args.format {
        Format::Text => output::print(&report.text()),
        Format::Json => output::print(&format!("{}\n", report.json())),
    }
    let failed = match args.fail_on {
        Some(FailOn::Breaking) => report.has_breaking(),
        None => false,
    };
    ExitCode::from(if failed { output::FOUND } else { output::OK })
}
