//! `payway-spec`: from an updated Payway docs page to a regenerated client.
//!
//! Subcommands (each with `--help`): `check`, `import`, `refresh`, `diff`, `openapi`.
//! Exit codes: 0 fine, 1 the command found something (problems, breaking changes), 2 bad input.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod diff;
mod import;
mod openapi;
mod output;
mod refresh;
mod spec_file;
mod yaml_writer;

/// Check, import, diff and export the Payway API spec.
#[derive(Debug, Parser)]
#[command(name = "payway-spec", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a spec without compiling: every problem with its line, column and context.
    Check(check::Args),
    /// Compare two specs: every change, whether it breaks code using the client, the version bump.
    Diff(diff::Args),
    /// Export a spec as an OpenAPI 3.1 document (YAML or JSON) for other tools.
    Openapi(openapi::Args),
    /// Read docs pages (copied text, saved HTML, an https address, or `-`) into spec entries:
    /// print a fragment, or merge them into a spec with `--into`.
    Import(import::ImportArgs),
    /// Fetch the docs page of every endpoint with a `docs:` address, import it and compare it
    /// with the spec: what changed, classed as `diff` classes it; `--write` applies it.
    Refresh(refresh::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Openapi(args) => openapi::run(args),
        Command::Import(args) => import::run(&args),
        Command::Refresh(args) => refresh::run(args),
    }
}
