//! Located problems in a spec, collected so that every one is reported in one build.

use std::fmt;

/// A position in the spec file: 1-based line and column, as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column number (in characters).
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One problem found in the spec, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where in the spec the problem is.
    pub location: Location,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `location`.
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            location,
            message: message.into(),
        }
    }

    /// Renders the problem as `path:LINE:COL: message`, the form compilers and editors link to.
    pub fn render(&self, path: &str) -> String {
        format!("{path}:{}: {}", self.location, self.message)
    }
}

/// Collects diagnostics while a stage keeps going, so one build shows every problem.
#[derive(Debug, Default)]
pub struct Diagnostics {
    found: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem.
    pub fn error(&mut self, location: Location, message: impl Into<String>) {
        self.found.push(Diagnostic::new(location, message));
    }

    /// Whether any problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// How many problems were recorded so far.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// The problems, ordered by where they are in the file.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.found.sort_by_key(|d| d.location);
        self.found.dedup();
        self.found
    }
}
