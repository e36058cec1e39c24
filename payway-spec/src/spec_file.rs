//! Reading a spec file from disk and loading it with the same loader as the `generate_api!` macro,
//! so that what the tool accepts the build accepts.

use std::path::Path;

use payway_codegen::Diagnostic;
use payway_codegen::model::Spec;

/// The spec the commands read when none is given, relative to the workspace root.
pub const DEFAULT_SPEC: &str = "spec/payway.yaml";

/// A spec file's text and the name it is shown under in messages.
#[derive(Debug)]
pub struct SpecFile {
    /// The path as the user gave it, so messages are clickable from where the tool ran.
    pub shown: String,
    /// The file's text.
    pub source: String,
}

/// Why a file could not be read at all (as opposed to being read and found invalid).
#[derive(Debug)]
pub struct Unreadable(pub String);

impl SpecFile {
    /// Reads `path` as UTF-8 text.
    pub fn read(path: &Path) -> Result<SpecFile, Unreadable> {
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(source) => Ok(SpecFile { shown, source }),
            Err(error) => Err(Unreadable(format!(
                "{shown}: cannot read the spec: {error}"
            ))),
        }
    }

    /// Validates the text: the model, or every problem found.
    pub fn load(&self) -> Result<Spec, Vec<Diagnostic>> {
        payway_codegen::load(&self.source)
    }

    /// Every problem as the compiler shows it: `FILE:LINE:COL: message`.
    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        diagnostic.render(&self.shown)
    }
}
/// Reads and loads a spec for a command that needs a valid one (`diff`, `openapi`): an unreadable
/// or invalid file is bad input, reported with every located problem.
pub fn load_valid(path: &Path) -> Result<Spec, Unreadable> {
    let file = SpecFile::read(path)?;
    file.load().map_err(|diagnostics| {
        let mut lines: Vec<String> = diagnostics.iter().map(|d| file.render(d)).collect();
        lines.push(format!(
            "{}: the spec is not valid ({}); `payway-spec check {}` shows them with context",
            file.shown,
            crate::output::plural(diagnostics.len(), "problem"),
            file.shown
        ));
        Unreadable(lines.join("\n"))
    })
}

/// Replaces `path` with `text` in one step: a temporary file beside it, then a rename, so a
/// failure never leaves a half-written spec.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spec.yaml".to_string());
    let temporary = dir.join(format!(".{name}.payway-spec-{}", std::process::id()));
    std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            format!("cannot write `{}`: {e}", path.display())
        })
}
