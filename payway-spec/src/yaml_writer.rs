//! The one YAML writer of payway-spec: a small tree of maps, lists and scalars with comments
//! (the importer's `# review:` lines), rendered in the spec's own style (two-space indents, list
//! items under their key, long text folded with `>-`). The importer writes spec entries with it,
//! the OpenAPI export its YAML document (`from_json`).

use serde_json::Value as JsonValue;

/// Lines are wrapped before this column.
const WIDTH: usize = 100;

/// A value in the written YAML.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    /// A single value as the spec writes it (`true`, `200`, `string`), written plain when YAML
    /// allows it, else quoted or folded.
    Scalar(String),
    /// Text that must read back as text: quoted whenever a reader could take it for anything
    /// else (`true`, `200`, `2021-10-30`, `No`).
    Text(String),
    /// A short list of single values, written `[a, b]`.
    Flow(Vec<String>),
    /// A map, written as `key: value` lines (`{}` when empty).
    Map(Vec<Entry>),
    /// A list of maps, written as `- key: value` items.
    List(Vec<Yaml>),
}

/// One `key: value` of a map, with the comment lines written above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// The value.
    pub value: Yaml,
    /// Comment lines (without `# `) written above the key.
    pub comments: Vec<String>,
}

impl Entry {
    /// `key: value` without comments.
    pub fn new(key: &str, value: Yaml) -> Entry {
        Entry {
            key: key.to_string(),
            value,
            comments: Vec::new(),
        }
    }

    /// `key: value` with a `# review:` comment above it.
    pub fn reviewed(key: &str, value: Yaml, review: String) -> Entry {
        Entry {
            key: key.to_string(),
            value,
            comments: vec![format!("review: {review}")],
        }
    }
}

impl Yaml {
    /// A scalar from anything printable.
    pub fn text(text: impl Into<String>) -> Yaml {
        Yaml::Scalar(text.into())
    }
}

/// Renders the entries of a map at `indent` spaces, one line or block per entry.
pub fn render_map(entries: &[Entry], indent: usize, out: &mut String) {
    for entry in entries {
        render_entry(entry, indent, out);
    }
}

/// Renders one `key: value` (with its comments) at `indent` spaces.
pub fn render_entry(entry: &Entry, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    for comment in &entry.comments {
        out.push_str(&format!("{pad}# {comment}\n"));
    }
    out.push_str(&pad);
    out.push_str(&key(&entry.key));
    out.push(':');
    render_value(&entry.value, indent, out);
}

/// Renders a value that follows `key:` at `indent` (the key's indent), ending with a newline.
pub fn render_value(value: &Yaml, indent: usize, out: &mut String) {
    match value {
        Yaml::Scalar(text) => {
            out.push_str(&scalar(text, indent + 2));
            out.push('\n');
        }
        Yaml::Text(text) if could_be_misread(text) => {
            out.push(' ');
            out.push_str(&quoted(text));
            out.push('\n');
        }
        Yaml::Text(text) => {
            out.push_str(&scalar(text, indent + 2));
            out.push('\n');
        }
        Yaml::Flow(items) => {
            let items: Vec<String> = items.iter().map(|i| flow_item(i)).collect();
            out.push_str(&format!(" [{}]\n", items.join(", ")));
        }
        Yaml::Map(entries) if entries.is_empty() => out.push_str(" {}\n"),
        Yaml::Map(entries) => {
            out.push('\n');
            render_map(entries, indent + 2, out);
        }
        Yaml::List(items) if items.is_empty() => out.push_str(" []\n"),
        Yaml::List(items) => {
            out.push('\n');
            for item in items {
                render_item(item, indent + 2, out);
            }
        }
    }
}

/// Renders one `- ` item of a block list at `indent` (the dash's column).
pub fn render_item(item: &Yaml, indent: usize, out: &mut String) {
    match item {
        Yaml::Map(entries) if !entries.is_empty() => {
            let mut inner = String::new();
            render_map(entries, indent + 2, &mut inner);
            // The first line's indent becomes the dash (comments of the first entry stay above).
            let mut replaced = false;
            for line in inner.lines() {
                if !replaced && !line.trim_start().starts_with('#') {
                    out.push_str(&" ".repeat(indent));
                    out.push_str("- ");
                    out.push_str(&line[indent + 2..]);
                    replaced = true;
                } else if !replaced {
                    // A comment above the item stands at the dash's column.
                    out.push_str(&" ".repeat(indent));
                    out.push_str(line.trim_start());
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        other => {
            let mut value = String::new();
            render_value(other, indent, &mut value);
            out.push_str(&" ".repeat(indent));
            out.push('-');
            out.push_str(&value);
        }
    }
}

/// A scalar after `key:` (with its leading space): plain, single-quoted, or folded when long.
fn scalar(text: &str, indent: usize) -> String {
    if is_plain(text) && text.len() + indent < WIDTH {
        return format!(" {text}");
    }
    if text.len() + indent >= WIDTH && !text.starts_with(' ') && !text.contains('\n') {
        let pad = " ".repeat(indent);
        let mut out = String::from(" >-");
        let mut line = String::new();
        for word in text.split(' ') {
            if !line.is_empty() && line.len() + 1 + word.len() + indent > WIDTH {
                out.push_str(&format!("\n{pad}{line}"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&format!("\n{pad}{line}"));
        // Two spaces in a row would fold differently; the words are kept as written.
        return out;
    }
    format!(" {}", quoted(text))
}

/// A map key: plain when it can only be read as this text (`type`, `/external/api/v1/x`).
fn key(text: &str) -> String {
    if is_plain(text) && !could_be_misread(text) {
        text.to_string()
    } else {
        quoted(text)
    }
}

/// Whether a plain scalar of this text could be read as something else than the text by some
/// YAML reader (1.1 booleans, numbers, dates, null), or holds what not every reader takes plain.
fn could_be_misread(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n" | "~" | ""
    ) || text.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '+')
        || !text.is_ascii()
        || text.contains(", ")
}

fn flow_item(text: &str) -> String {
    if is_plain(text) && !text.contains([',', '[', ']', '{', '}']) {
        text.to_string()
    } else {
        quoted(text)
    }
}

fn quoted(text: &str) -> String {
    if text.contains(['\n', '\t']) || text.chars().any(char::is_control) {
        // Double quotes carry escapes; the rest of the time single quotes keep `\d` as written.
        let escaped = text
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
            .replace('\t', "\\t");
        format!("\"{escaped}\"")
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// A JSON document (the OpenAPI export) as YAML: objects as maps, arrays as block lists,
/// strings as text, numbers, booleans and null as written.
pub fn from_json(value: &JsonValue) -> Yaml {
    match value {
        JsonValue::Null => Yaml::Scalar("null".into()),
        JsonValue::Bool(b) => Yaml::Scalar(b.to_string()),
        JsonValue::Number(n) => Yaml::Scalar(n.to_string()),
        JsonValue::String(s) => Yaml::Text(s.clone()),
        JsonValue::Array(items) => Yaml::List(items.iter().map(from_json).collect()),
        JsonValue::Object(members) => Yaml::Map(
            members
                .iter()
                .map(|(k, v)| Entry::new(k, from_json(v)))
                .collect(),
        ),
    }
}

/// A whole document: a map's entries at the top level, or one value.
pub fn document(value: &Yaml) -> String {
    let mut out = String::new();
    match value {
        Yaml::Map(entries) if !entries.is_empty() => render_map(entries, 0, &mut out),
        Yaml::List(items) if !items.is_empty() => {
            for item in items {
                render_item(item, 0, &mut out);
            }
        }
        other => {
            render_value(other, 0, &mut out);
            out = out.trim_start().to_string();
        }
    }
    out
}

/// Whether YAML reads `text` back unchanged when it is written without quotes.
pub fn is_plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    !text.starts_with(' ')
        && !text.ends_with(' ')
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !text.contains(": ")
        && !text.ends_with(':')
        && !text.contains(" #")
        && !text.contains("  ")
        && !text.contains('\\')
        && !text.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_in_the_spec_style() {
        let map = vec![
            Entry::new("action", Yaml::text("get")),
            Entry::reviewed("retry_safe", Yaml::text("true"), "why".to_string()),
            Entry::new("values", Yaml::Flow(vec!["a".into(), "b".into()])),
            Entry::new("pattern", Yaml::text("(?i)^[a-f\\d]{24}$")),
            Entry::new("fields", Yaml::Map(vec![])),
        ];
        let mut out = String::new();
        render_item(&Yaml::Map(map), 6, &mut out);
        assert_eq!(
            out,
            "      - action: get\n        # review: why\n        retry_safe: true\n        \
             values: [a, b]\n        pattern: '(?i)^[a-f\\d]{24}$'\n        fields: {}\n"
        );
    }

    #[test]
    fn text_that_yaml_would_misread_is_quoted() {
        assert_eq!(scalar("a: b", 2), " 'a: b'");
        assert_eq!(scalar("it's 1", 2), " it's 1");
        assert_eq!(scalar("x #1", 2), " 'x #1'");
    }

    #[test]
    fn text_that_some_reader_could_misread_is_quoted() {
        let text = |t: &str| {
            let mut out = String::new();
            render_value(&Yaml::Text(t.into()), 0, &mut out);
            out
        };
        assert_eq!(text("klarna_payments"), " klarna_payments\n");
        assert_eq!(text("/external/api/v1/x"), " /external/api/v1/x\n");
        for tricky in [
            "200",
            "true",
            "No",
            "a: b",
            "x #y",
            "",
            "-a",
            "2021-10-30",
            "é",
            "a\nb",
            "*x",
            "{a}",
        ] {
            let written = text(tricky);
            assert!(
                written.starts_with(" '") || written.starts_with(" \""),
                "{tricky}: {written}"
            );
        }
        assert_eq!(key("200"), "'200'");
        assert_eq!(key("type"), "type");
    }
}
