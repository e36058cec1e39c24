//! `payway-spec`: from an updated Payway docs page to a regenerated client.
//!
//! Subcommands (each with `--help`): `check`, `import`, `diff`, `openapi`.
//! Exit codes: 0 fine, 1 the command found something (problems, breaking changes), 2 bad input.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod import;

/// Check, import, diff and export the Payway API spec.
#[derive(Debug, Parser)]
#[command(name = "payway-spec", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    // Each subcommand is added by the module that implements it.
    /// Read docs pages (copied text, saved HTML, an https address, or `-`) into spec entries:
    /// print a fragment, or merge them into a spec with `--into`.
    Import(import::ImportArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Import(args) => import::run(&args),
    }
}
