//! `--into`: imported endpoints merged into a spec file as text edits, so that every byte the
//! docs do not change stays as it was (comments, folding, key order, blank lines).
//!
//! A new endpoint goes at the end of its section's `endpoints:` (a new section at the end of
//! `sections:`). An endpoint that exists (same section, action and version) is updated key by
//! key: a value the docs state differently is replaced, a key the docs add is inserted after
//! its neighbour, a parameter the docs no longer list is removed. What a person decided is
//! never touched: `retry_safe`, `sensitive`, object `name`s, `additional_fields`, `example`,
//! and comments.

use payway_codegen::model::keys::{self, Source};
use payway_codegen::yaml::{self, Node, Value};

use super::entry::Imported;
use crate::yaml_writer::{self as doc, Entry, Yaml};

/// The kinds of maps in an endpoint, which decide what the docs own in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The endpoint's own keys.
    Endpoint,
    /// A map of parameter (or response field) names.
    Names,
    /// One parameter or field (also a list's `items`).
    Field,
    /// `response`.
    Response,
}

impl Kind {
    /// Where the value of `key` comes from, by the spec's table of keys.
    fn source(self, key: &str) -> Option<Source> {
        let tables: &[&'static [keys::Key]] = match self {
            Kind::Endpoint => &[keys::ENDPOINT],
            Kind::Field => &[keys::FIELD, keys::ITEMS, keys::TYPE],
            Kind::Response => &[keys::RESPONSE],
            Kind::Names => &[],
        };
        keys::find(tables, key).map(|k| k.source)
    }

    /// Keys a person decides: never added, changed or removed by an import.
    fn keeps(self, key: &str) -> bool {
        self.source(key) == Some(Source::Person)
    }

    /// Keys the docs own: removed when the page no longer states them.
    fn owns(self, key: &str) -> bool {
        self == Kind::Names || self.source(key) == Some(Source::Page)
    }

    /// The kind of the map under `key` in a map of this kind.
    fn child(self, key: &str) -> Kind {
        match (self, key) {
            (Kind::Endpoint, "query" | "body") => Kind::Names,
            (Kind::Endpoint, "response") => Kind::Response,
            (Kind::Response | Kind::Field, "fields") => Kind::Names,
            (Kind::Field, "items") => Kind::Field,
            (Kind::Names, _) => Kind::Field,
            (other, _) => other,
        }
    }
}

/// What one merge works with and collects.
struct Merge<'l, 't> {
    lines: &'l Lines<'t>,
    /// `section vN action`, for the printed changes.
    label: String,
    /// Keep the spec's summaries and descriptions (edited by a person).
    keep_text: bool,
    /// The endpoint's keys the page did not state but the importer guessed: a value the spec
    /// has is kept.
    guessed: &'l [String],
    edits: Vec<Edit>,
    changes: Vec<String>,
}

/// One replacement of the bytes `start..end`.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// The file's lines and where each starts, for turning locations into byte ranges.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn count(&self) -> usize {
        self.starts.len()
    }

    /// The text of line `index` (0-based), without its newline.
    fn line(&self, index: usize) -> &'t str {
        let start = self.starts.get(index).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(index + 1)
            .map_or(self.text.len(), |e| e.saturating_sub(1));
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// Byte offset of the start of line `index` (the end of the text past the last line).
    fn start(&self, index: usize) -> usize {
        self.starts.get(index).copied().unwrap_or(self.text.len())
    }

    fn indent(&self, index: usize) -> usize {
        let line = self.line(index);
        line.len() - line.trim_start_matches(' ').len()
    }

    fn blank(&self, index: usize) -> bool {
        self.line(index).trim().is_empty()
    }

    /// The line after the block that starts at line `first` with its key at `indent`: the block
    /// runs while lines are blank or indented deeper; trailing blank lines are not part of it.
    fn block_end(&self, first: usize, indent: usize) -> usize {
        let mut last = first;
        for index in first + 1..self.count() {
            if self.blank(index) {
                continue;
            }
            if self.indent(index) <= indent {
                break;
            }
            last = index;
        }
        // A final line without a newline still ends the block at the end of the text.
        last + 1
    }

    /// The first of the comment lines directly above line `index` at the same indent.
    fn comments_above(&self, index: usize) -> usize {
        let indent = self.indent(index);
        let mut first = index;
        while first > 0
            && self.line(first - 1).trim_start().starts_with('#')
            && self.indent(first - 1) == indent
        {
            first -= 1;
        }
        first
    }
}

/// Merges the endpoints into the spec text: the new text and one line per change, or why not.
pub fn merge_endpoints(
    original: &str,
    imported: &[Imported],
    keep_text: bool,
) -> Result<(String, Vec<String>), Vec<String>> {
    if let Err(problems) = payway_codegen::load(original) {
        return Err(problems
            .iter()
            .map(|p| {
                format!(
                    "{}: the spec has problems of its own; fix them first",
                    p.render_location()
                )
            })
            .collect());
    }
    let mut text = original.to_string();
    let mut changes = Vec::new();
    for one in imported {
        let (next, mut more) = merge_one(&text, one, keep_text)?;
        text = next;
        changes.append(&mut more);
    }
    if let Err(problems) = payway_codegen::load(&text) {
        return Err(problems
            .iter()
            .map(|p| {
                format!(
                    "the merged spec would not load, so nothing was written: line {}:{}: {}",
                    p.location.line, p.location.column, p.message
                )
            })
            .collect());
    }
    Ok((text, changes))
}

/// A located problem's `LINE:COL`.
trait RenderLocation {
    fn render_location(&self) -> String;
}

impl RenderLocation for payway_codegen::Diagnostic {
    fn render_location(&self) -> String {
        format!("{}: {}", self.location, self.message)
    }
}

fn map_entries(node: &Node) -> Option<&[(yaml::Key, Node)]> {
    match &node.value {
        Value::Map(entries) => Some(entries),
        _ => None,
    }
}

fn get<'n>(node: &'n Node, key: &str) -> Option<(&'n yaml::Key, &'n Node)> {
    map_entries(node)?
        .iter()
        .find(|(k, _)| k.text == key)
        .map(|(k, v)| (k, v))
}

fn merge_one(
    text: &str,
    one: &Imported,
    keep_text: bool,
) -> Result<(String, Vec<String>), Vec<String>> {
    let root = yaml::parse(text).map_err(|d| vec![format!("{}: {}", d.location, d.message)])?;
    let lines = Lines::new(text);
    let mut edits = Vec::new();
    let mut changes = Vec::new();
    let label = format!("{} v{} {}", one.section, one.version, one.action);
    let Some((sections_key, sections)) = get(&root, "sections") else {
        return Err(vec!["the spec has no `sections:`".to_string()]);
    };
    let item = Yaml::Map(one.entry.clone());
    match get(sections, &one.section) {
        None => {
            // A new section, after the last one.
            let entries = map_entries(sections).unwrap_or(&[]);
            let Some((last_key, _)) = entries.last() else {
                return Err(vec![
                    "`sections:` is written inline (`{}`); write it as a block first".to_string(),
                ]);
            };
            let indent = last_key.location.column - 1;
            let end = lines.block_end(last_key.location.line - 1, indent);
            let mut out = String::from("\n");
            doc::render_entry(
                &Entry::new(
                    &one.section,
                    Yaml::Map(vec![Entry::new("endpoints", Yaml::List(vec![item]))]),
                ),
                indent,
                &mut out,
            );
            push_insert(&mut edits, &lines, end, out);
            changes.push(format!(
                "added section `{}` with endpoint {label}",
                one.section
            ));
            let _ = sections_key;
        }
        Some((_, section)) => {
            let Some((endpoints_key, endpoints)) = get(section, "endpoints") else {
                return Err(vec![format!(
                    "section `{}` has no `endpoints:`",
                    one.section
                )]);
            };
            let Value::List(items) = &endpoints.value else {
                return Err(vec![format!(
                    "`endpoints` of section `{}` is not a list",
                    one.section
                )]);
            };
            let existing = items.iter().find(|item| {
                get(item, "action").and_then(|(_, v)| v.as_scalar()) == Some(one.action.as_str())
                    && get(item, "version").and_then(|(_, v)| v.as_scalar())
                        == Some(one.version.to_string().as_str())
            });
            match existing {
                Some(old) => {
                    let mut merge = Merge {
                        lines: &lines,
                        label: label.clone(),
                        keep_text,
                        guessed: &one.guessed,
                        edits: Vec::new(),
                        changes: Vec::new(),
                    };
                    merge_map(&mut merge, old, &one.entry, Kind::Endpoint, "");
                    edits.append(&mut merge.edits);
                    changes.append(&mut merge.changes);
                }
                None => {
                    let Some(last) = items.last() else {
                        return Err(vec![format!(
                            "`endpoints` of section `{}` is empty and inline; write it as a block",
                            one.section
                        )]);
                    };
                    let line = last.location.line - 1;
                    let dash = lines.line(line).find('-').unwrap_or(0);
                    let end = lines.block_end(line, dash);
                    let mut out = String::from("\n");
                    doc::render_item(&item, dash, &mut out);
                    push_insert(&mut edits, &lines, end, out);
                    changes.push(format!("added endpoint {label}"));
                    let _ = endpoints_key;
                }
            }
        }
    }
    Ok((apply(text, edits), changes))
}

/// An insertion before line `at`; text past a last line without a newline gets one first.
fn push_insert(edits: &mut Vec<Edit>, lines: &Lines<'_>, at: usize, text: String) {
    let start = lines.start(at);
    let text = if start == lines.text.len() && !lines.text.ends_with('\n') {
        format!("\n{text}")
    } else {
        text
    };
    edits.push(Edit {
        start,
        end: start,
        text,
    });
}

fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    // Later edits first, so earlier offsets stay right; at one offset, the later-made first,
    // so that insertions keep their order.
    let mut indexed: Vec<(usize, Edit)> = edits.drain(..).enumerate().collect();
    indexed.sort_by(|(i, a), (j, b)| b.start.cmp(&a.start).then(j.cmp(i)));
    let mut out = text.to_string();
    for (_, edit) in indexed {
        out.replace_range(edit.start..edit.end, &edit.text);
    }
    out
}

/// The scalar text of a node, or the items of a flow list of scalars.
fn same_value(old: &Node, new: &Yaml) -> Option<bool> {
    match (&old.value, new) {
        (Value::Scalar { text, .. }, Yaml::Scalar(new) | Yaml::Text(new)) => Some(text == new),
        (Value::List(items), Yaml::Flow(new)) => Some(
            items.len() == new.len()
                && items
                    .iter()
                    .zip(new)
                    .all(|(o, n)| o.as_scalar() == Some(n.as_str())),
        ),
        _ => None,
    }
}

fn shown(value: &Yaml) -> String {
    match value {
        Yaml::Scalar(text) | Yaml::Text(text) if text.len() > 60 => {
            format!("`{}…`", &text[..text.floor_char_boundary(57)])
        }
        Yaml::Scalar(text) | Yaml::Text(text) => format!("`{text}`"),
        Yaml::Flow(items) => format!("`[{}]`", items.join(", ")),
        Yaml::Map(_) | Yaml::List(_) => "a new block".to_string(),
    }
}

fn shown_old(node: &Node) -> String {
    match &node.value {
        Value::Scalar { text, .. } if text.len() > 60 => {
            format!("`{}…`", &text[..text.floor_char_boundary(57)])
        }
        Value::Scalar { text, .. } => format!("`{text}`"),
        Value::List(items) => format!(
            "`[{}]`",
            items
                .iter()
                .map(|i| i.as_scalar().unwrap_or("…"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Map(_) => "a block".to_string(),
    }
}

/// Updates the block map `old` to say what `new` says, within what `kind` lets the docs own.
fn merge_map(merge: &mut Merge<'_, '_>, old: &Node, new: &[Entry], kind: Kind, path: &str) {
    let Some(old_entries) = map_entries(old) else {
        return;
    };
    let lines = merge.lines;
    let name = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    let keep_text = merge.keep_text;
    let keeps =
        |key: &str| kind.keeps(key) || (keep_text && matches!(key, "summary" | "description"));
    let indent = old_entries
        .first()
        .map_or(0, |(k, _)| k.location.column - 1);
    // Where the block of each old key ends, to insert after it.
    let end_of = |key: &yaml::Key| lines.block_end(key.location.line - 1, key.location.column - 1);

    let guessed = |key: &str| kind == Kind::Endpoint && merge.guessed.iter().any(|g| g == key);
    for (index, entry) in new.iter().enumerate() {
        if keeps(&entry.key)
            || (guessed(&entry.key) && old_entries.iter().any(|(k, _)| k.text == entry.key))
        {
            continue;
        }
        let Some((key, value)) = old_entries.iter().find(|(k, _)| k.text == entry.key) else {
            // After the nearest earlier key that the spec has, else before the first key.
            let after = new[..index]
                .iter()
                .rev()
                .find_map(|e| old_entries.iter().find(|(k, _)| k.text == e.key));
            let at = match (after, old_entries.first()) {
                (Some((key, _)), _) => end_of(key),
                (None, Some((first, _)))
                    if !lines
                        .line(first.location.line - 1)
                        .trim_start()
                        .starts_with('-') =>
                {
                    lines.comments_above(first.location.line - 1)
                }
                (None, Some((first, _))) => end_of(first),
                (None, None) => continue,
            };
            let mut text = String::new();
            doc::render_entry(entry, indent, &mut text);
            push_insert(&mut merge.edits, lines, at, text);
            let change = format!("{}: added {}", merge.label, name(&entry.key));
            merge.changes.push(change);
            continue;
        };
        match (&entry.value, &value.value) {
            (Yaml::Map(new_map), Value::Map(old_map))
                if !old_map.is_empty()
                    && !new_map.is_empty()
                    && old_map[0].0.location.line > key.location.line =>
            {
                merge_map(
                    merge,
                    value,
                    new_map,
                    kind.child(&entry.key),
                    &name(&entry.key),
                );
            }
            (Yaml::Map(new_map), Value::Map(old_map))
                if old_map.is_empty() && new_map.is_empty() => {}
            _ if same_value(value, &entry.value) == Some(true) => {}
            // A map written inline (`{ type: string }`) that says the same.
            _ if equivalent(value, &entry.value, kind.child(&entry.key), keep_text) => {}
            _ => {
                // What a person decided inside the old value is carried into the new one.
                let value_new = with_kept(value, &entry.value, kind.child(&entry.key), keep_text);
                // The key's block is written anew at the key's column; the key's own indent
                // stays as it is in the file.
                let column = key.location.column - 1;
                let start = lines.start(key.location.line - 1) + column;
                let end = lines.start(end_of(key));
                let mut text = String::new();
                doc::render_entry(&Entry::new(&entry.key, value_new), column, &mut text);
                let text = text[column..].to_string();
                merge.edits.push(Edit { start, end, text });
                let change = format!(
                    "{}: {} changed from {} to {}",
                    merge.label,
                    name(&entry.key),
                    shown_old(value),
                    shown(&entry.value)
                );
                merge.changes.push(change);
            }
        }
    }
    for (key, _) in old_entries {
        let gone = !new.iter().any(|e| e.key == key.text);
        if gone && kind.owns(&key.text) && !keeps(&key.text) {
            let line = key.location.line - 1;
            let first = lines.comments_above(line);
            let end = end_of(key);
            merge.edits.push(Edit {
                start: lines.start(first),
                end: lines.start(end),
                text: String::new(),
            });
            let change = format!(
                "{}: removed {} (the page no longer states it)",
                merge.label,
                name(&key.text)
            );
            merge.changes.push(change);
        }
    }
}

/// Whether a key is left as a person wrote it: a person-decided key, or (with `--keep-text`) a
/// summary or description.
fn kept(kind: Kind, key: &str, keep_text: bool) -> bool {
    kind.keeps(key) || (keep_text && matches!(key, "summary" | "description"))
}

/// Whether an old value says what a new one says, within what the docs own.
fn equivalent(old: &Node, new: &Yaml, kind: Kind, keep_text: bool) -> bool {
    if let Some(same) = same_value(old, new) {
        return same;
    }
    let (Value::Map(old_entries), Yaml::Map(new_entries)) = (&old.value, new) else {
        return false;
    };
    let new_said = new_entries
        .iter()
        .filter(|e| !kept(kind, &e.key, keep_text))
        .all(|entry| {
            old_entries
                .iter()
                .find(|(k, _)| k.text == entry.key)
                .is_some_and(|(_, v)| {
                    equivalent(v, &entry.value, kind.child(&entry.key), keep_text)
                })
        });
    let old_still_said = old_entries
        .iter()
        .filter(|(k, _)| kind.owns(&k.text) && !kept(kind, &k.text, keep_text))
        .all(|(k, _)| new_entries.iter().any(|e| e.key == k.text));
    new_said && old_still_said
}

/// `new` with what a person decided in `old` (and in its nested maps) put back.
fn with_kept(old: &Node, new: &Yaml, kind: Kind, keep_text: bool) -> Yaml {
    let (Value::Map(old_entries), Yaml::Map(new_entries)) = (&old.value, new) else {
        return new.clone();
    };
    let mut out: Vec<Entry> = new_entries
        .iter()
        .filter(|e| !kept(kind, &e.key, keep_text))
        .map(|entry| {
            let value = match old_entries.iter().find(|(k, _)| k.text == entry.key) {
                Some((_, old_value)) => {
                    with_kept(old_value, &entry.value, kind.child(&entry.key), keep_text)
                }
                None => entry.value.clone(),
            };
            Entry {
                value,
                ..entry.clone()
            }
        })
        .collect();
    for (key, value) in old_entries {
        let stays = kept(kind, &key.text, keep_text) || !kind.owns(&key.text);
        if stays
            && !out.iter().any(|e| e.key == key.text)
            && let Some(yaml) = as_yaml(value)
        {
            out.push(Entry::new(&key.text, yaml));
        }
    }
    Yaml::Map(out)
}

/// A kept value as written YAML again.
fn as_yaml(node: &Node) -> Option<Yaml> {
    Some(match &node.value {
        Value::Scalar { text, .. } => Yaml::Scalar(text.clone()),
        Value::List(items) if items.iter().all(|i| i.as_scalar().is_some()) => Yaml::Flow(
            items
                .iter()
                .filter_map(|i| i.as_scalar().map(str::to_string))
                .collect(),
        ),
        Value::List(items) => Yaml::List(items.iter().map(as_yaml).collect::<Option<_>>()?),
        Value::Map(entries) => Yaml::Map(
            entries
                .iter()
                .map(|(k, v)| as_yaml(v).map(|v| Entry::new(&k.text, v)))
                .collect::<Option<_>>()?,
        ),
    })
}
