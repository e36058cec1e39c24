//! `payway-spec openapi`: the spec as an OpenAPI 3.1 document, in YAML or JSON.
//!
//! `document.rs` builds the document, `schema.rs` the JSON Schemas of fields; `tree.rs` has the
//! terse constructors of the document's tree and writes it as JSON; YAML goes through
//! payway-spec's one YAML writer (`yaml_writer.rs`).

mod document;
mod schema;
mod tree;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::output::{self, Format};
use crate::spec_file;

/// Arguments of `payway-spec openapi`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spec to export.
    #[arg(value_name = "SPEC", default_value = spec_file::DEFAULT_SPEC)]
    spec: PathBuf,
    /// The document's format.
    #[arg(long, value_enum, default_value_t)]
    format: DocumentFormat,
}

/// The formats the document can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
enum DocumentFormat {
    /// YAML, block style.
    #[default]
    Yaml,
    /// JSON, indented.
    Json,
}

/// Runs the command: the document on standard output, or exit 2 when the spec cannot be read or
/// is not valid.
pub fn run(args: Args) -> ExitCode {
    let spec = match spec_file::load_valid(&args.spec) {
        Ok(spec) => spec,
        Err(spec_file::Unreadable(message)) => return output::bad_input(&message, Format::Text),
    };
    let document = document::document(&spec, env!("CARGO_PKG_VERSION"));
    output::print(&match args.format {
        DocumentFormat::Yaml => {
            crate::yaml_writer::document(&crate::yaml_writer::from_json(&document))
        }
        DocumentFormat::Json => tree::to_json(&document),
    });
    ExitCode::from(output::OK)
}
