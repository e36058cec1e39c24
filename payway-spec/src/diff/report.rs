//! Printing the changes, counted by class, and the version bump they call for.

use serde_json::json;

use super::compare::Change;
use super::rules::Class;

/// How payway-client's version must move for a set of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Compatible changes only.
    Patch,
    /// Breaking changes while the version is 0.x.
    Minor,
    /// Breaking changes from 1.0 on.
    Major,
}

impl Bump {
    fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The version after the bump, for `major.minor.patch` versions.
    fn apply(self, version: &str) -> Option<String> {
        let mut parts = version.split('.').map(|p| p.parse::<u64>().ok());
        let (Some(Some(major)), Some(Some(minor)), Some(Some(patch))) =
            (parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        Some(match self {
            Bump::None => format!("{major}.{minor}.{patch}"),
            Bump::Patch => format!("{major}.{minor}.{}", patch + 1),
            Bump::Minor => format!("{major}.{}.0", minor + 1),
            Bump::Major => format!("{}.0.0", major + 1),
        })
    }
}

/// The changes and what they add up to.
pub struct Report<'c> {
    changes: &'c [Change],
    version: &'static str,
    bump: Bump,
}

impl<'c> Report<'c> {
    /// The report on `changes` for a client now at `version`.
    pub fn new(changes: &'c [Change], version: &'static str) -> Self {
        Report {
            changes,
            version,
            bump: bump(changes, version),
        }
    }

    /// Whether any change is breaking.
    pub fn has_breaking(&self) -> bool {
        self.count(Class::Breaking) > 0
    }

    fn count(&self, class: Class) -> usize {
        self.changes
            .iter()
            .filter(|c| c.rule.class == class)
            .count()
    }

    /// `payway-client needs a minor version bump (0.1.0 -> 0.2.0): ...`.
    pub fn bump_line(&self) -> String {
        let reason = match self.bump {
            Bump::None => "no changes",
            Bump::Patch => "no breaking changes",
            Bump::Minor => "breaking changes while the version is 0.x",
            Bump::Major => "breaking changes",
        };
        match self.bump.apply(self.version) {
            Some(next) if self.bump != Bump::None => format!(
                "payway-client needs a {} version bump ({} -> {next}): {reason}",
                self.bump.as_str(),
                self.version
            ),
            _ => format!("payway-client needs no version bump: {reason}"),
        }
    }

    /// One line per change, breaking first, then the counts and the bump.
    pub fn text(&self) -> String {
        let mut sorted: Vec<&Change> = self.changes.iter().collect();
        sorted.sort_by_key(|c| c.rule.class);
        let mut out = String::new();
        for change in sorted {
            out.push_str(&line(change));
            out.push('\n');
        }
        if !self.changes.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!(
            "{}: {} breaking, {} additive, {} documentation\n{}\n",
            crate::output::plural(self.changes.len(), "change"),
            self.count(Class::Breaking),
            self.count(Class::Additive),
            self.count(Class::Documentation),
            self.bump_line()
        ));
        out
    }

    /// The same as one JSON document.
    pub fn json(&self) -> serde_json::Value {
        let changes: Vec<serde_json::Value> = self.changes.iter().map(change_json).collect();
        json!({
            "changes": changes,
            "counts": {
                "breaking": self.count(Class::Breaking),
                "additive": self.count(Class::Additive),
                "documentation": self.count(Class::Documentation),
            },
            "bump": self.bump.as_str(),
            "version": self.version,
            "next_version": self.bump.apply(self.version),
        })
    }
}

/// One change as `diff` prints it: class, rule, where, what.
pub fn line(change: &Change) -> String {
    format!(
        "{:<13} {:<32} {}: {}",
        change.rule.class.as_str(),
        change.rule.id,
        change.at,
        change.what
    )
}

/// One change as `diff --format json` writes it.
pub fn change_json(c: &Change) -> serde_json::Value {
    json!({
        "class": c.rule.class.as_str(),
        "rule": c.rule.id,
        "at": c.at,
        "change": c.what,
        "why": c.rule.why,
    })
}

/// Breaking: minor while 0.x, major after; anything else: patch; nothing: none.
fn bump(changes: &[Change], version: &str) -> Bump {
    let breaking = changes.iter().any(|c| c.rule.class == Class::Breaking);
    match (breaking, changes.is_empty()) {
        (true, _) if version.starts_with("0.") => Bump::Minor,
        (true, _) => Bump::Major,
        (false, true) => Bump::None,
        (false, false) => Bump::Patch,
    }
}
