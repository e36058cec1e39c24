//! What every command shares about its output: the text or JSON choice and the exit codes.

use std::io::Write;
use std::process::ExitCode;

/// How a command prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Lines for people.
    #[default]
    Text,
    /// One JSON document, for editors and CI.
    Json,
}

/// The command ran and found nothing to complain about.
pub const OK: u8 = 0;
/// The command ran and found something (problems, breaking changes).
pub const FOUND: u8 = 1;
/// The input could not be read or is not a valid spec.
pub const BAD_INPUT: u8 = 2;

/// Prints why the input could not be used and returns [`BAD_INPUT`].
pub fn bad_input(message: &str, format: Format) -> ExitCode {
    match format {
        Format::Text => {
            // Like `eprintln!`, but a closed stderr is not a panic.
            let _ = writeln!(std::io::stderr().lock(), "{message}");
        }
        Format::Json => print(&format!("{}\n", serde_json::json!({ "error": message }))),
    }
    ExitCode::from(BAD_INPUT)
}

/// Writes `text` to standard output. Unlike `print!`, a reader that went away (`| head`) is not a
/// panic: there is nobody left to tell, so the rest is dropped.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

/// `count` and the noun, in the singular for one: `1 problem`, `2 problems`.
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
