//! Reading the tree: a map against its table of keys (duplicate and unknown keys reported),
//! and the scalars, names, URLs and paths the spec's values are.

use super::Loader;
use crate::diagnostic::Location;
use crate::model::keys::{self, Key};
use crate::naming;
use crate::yaml::{self, Node, Value};
use std::collections::HashMap;

/// Reads one YAML map, remembering which keys were used so that unknown ones can be reported.
pub(super) struct MapReader<'n> {
    /// The map in messages, e.g. ``endpoint `klarna_payments.place_trial_order` ``.
    pub(super) what: String,
    pub(super) location: Location,
    /// The entries whose keys are allowed, each once.
    pub(super) entries: Vec<&'n (yaml::Key, Node)>,
    /// The tables of [`keys`] the map's keys come from; none for a map keyed by names.
    pub(super) allowed: &'static [&'static [Key]],
}

impl<'n> MapReader<'n> {
    pub(super) fn get(&self, key: &str) -> Option<&'n Node> {
        debug_assert!(
            self.allowed.is_empty() || keys::find(self.allowed, key).is_some(),
            "`{key}` is read but not in the map's table of keys"
        );
        self.entries
            .iter()
            .find(|(k, _)| k.text == key)
            .map(|(_, v)| v)
    }
}

impl Loader {
    pub(super) fn error(&mut self, location: Location, message: impl Into<String>) {
        self.diagnostics.error(location, message);
    }

    /// Opens `node` as a map with the given allowed keys. Reports duplicate and unknown keys.
    pub(super) fn map<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        allowed: &'static [&'static [Key]],
    ) -> Option<MapReader<'n>> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.location,
                format!(
                    "{what} must be a map (`key: value` lines), found {}",
                    node.shape()
                ),
            );
            return None;
        };
        let mut seen: HashMap<&str, Location> = HashMap::new();
        let mut kept = Vec::new();
        for entry in entries {
            let key = &entry.0;
            if let Some(first) = seen.get(key.text.as_str()) {
                self.error(
                    key.location,
                    format!(
                        "duplicate key `{}` in {what} (first at line {}): remove one of them",
                        key.text, first.line
                    ),
                );
                continue;
            }
            seen.insert(&key.text, key.location);
            if !allowed.is_empty() && keys::find(allowed, &key.text).is_none() {
                let names: Vec<&str> = allowed.iter().copied().flatten().map(|k| k.name).collect();
                let hint = match naming::closest(&key.text, &names) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!("expected one of: {}", names.join(", ")),
                };
                self.error(
                    key.location,
                    format!("unknown field `{}` in {what}: {hint}", key.text),
                );
                continue;
            }
            kept.push(entry);
        }
        Some(MapReader {
            what: what.to_string(),
            location: node.location,
            entries: kept,
            allowed,
        })
    }

    /// A required key's node, or an error at the map's location.
    pub(super) fn required<'n>(
        &mut self,
        map: &MapReader<'n>,
        key: &str,
        example: &str,
    ) -> Option<&'n Node> {
        let found = map.get(key);
        if found.is_none() {
            self.error(
                map.location,
                format!("{} has no `{key}`: add e.g. `{key}: {example}`", map.what),
            );
        }
        found
    }

    pub(super) fn text(&mut self, node: &Node, what: &str) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.clone()),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be a single value, found {}", node.shape()),
                );
                None
            }
        }
    }

    pub(super) fn optional_text(&mut self, map: &MapReader<'_>, key: &str) -> Option<String> {
        let node = map.get(key)?;
        self.text(node, &format!("`{key}` in {}", map.what))
    }

    pub(super) fn bool(&mut self, node: &Node, what: &str) -> Option<bool> {
        match node.as_scalar() {
            Some("true") => Some(true),
            Some("false") => Some(false),
            _ => {
                self.error(node.location, format!("{what} must be `true` or `false`"));
                None
            }
        }
    }

    pub(super) fn optional_bool(&mut self, map: &MapReader<'_>, key: &str) -> Option<bool> {
        let node = map.get(key)?;
        self.bool(node, &format!("`{key}` in {}", map.what))
    }

    pub(super) fn count(&mut self, node: &Node, what: &str) -> Option<usize> {
        match node.as_scalar().map(str::parse::<usize>) {
            Some(Ok(n)) => Some(n),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be a whole number, e.g. `24`"),
                );
                None
            }
        }
    }

    pub(super) fn snake_name(&mut self, location: Location, name: &str, what: &str) -> bool {
        if naming::is_snake_case(name) {
            true
        } else {
            self.error(
                location,
                format!(
                    "{what} `{name}` must be snake_case (lowercase letters, digits and `_`, \
                     starting with a letter)"
                ),
            );
            false
        }
    }

    pub(super) fn url(&mut self, node: &Node, what: &str) -> Option<String> {
        let text = self.text(node, what)?;
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"));
        match rest {
            Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Some(text),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be an absolute http(s) URL, found `{text}`"),
                );
                None
            }
        }
    }

    pub(super) fn path(&mut self, node: &Node, what: &str) -> Option<String> {
        let text = self.text(node, what)?;
        let valid = text.starts_with('/')
            && text.len() > 1
            && !text.ends_with('/')
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '.'));
        if valid {
            Some(text)
        } else {
            self.error(
                node.location,
                format!(
                    "{what} must be a path like `/external/api/v1/section/action`, found `{text}`"
                ),
            );
            None
        }
    }
}
