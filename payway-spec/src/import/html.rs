//! A saved HTML page of the docs site (MkDocs Material), read with html5gum (a WHATWG
//! tokenizer: every character reference, `>` inside attribute values, script contents as
//! text): headings, paragraphs, tables and code blocks are laid out as the pipe layout's text (`Heading¶`, `a | b |` rows), which the text
//! reader then reads. A nested parameter's row is one whose name cell is indented or holds a
//! list item; it becomes `parent.child`.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::page::Page;
use super::text::{self, Layout};

/// Whether the text is an HTML document rather than copied text.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start().get(..200).unwrap_or(text.trim_start());
    let start = start.to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.contains("<body")
}

/// Reads an HTML page.
pub fn read(html: &str) -> Page {
    text::read(&to_text(html), Layout::Pipe)
}

/// Elements whose content is not page content.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "nav", "header", "footer", "svg", "noscript", "template",
];

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "li",
    "blockquote",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "body",
    "html",
];

/// The page as pipe-layout text.
pub fn to_text(html: &str) -> String {
    let mut out = Lines::default();
    let mut skipping: Option<String> = None;
    let mut pre = 0usize;
    // The table being read: rows of (name cell indented?, cells), and whether a row is a header.
    let mut table: Option<Table> = None;
    let mut emitter = DefaultEmitter::default();
    // Script and style content is text, not tags, as a browser reads it.
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter) {
        let (name, closing, self_closing) = match token {
            Ok(Token::String(text)) => {
                let text = String::from_utf8_lossy(&text);
                text_in(&text, &mut out, &mut table, pre > 0, skipping.is_some());
                continue;
            }
            Ok(Token::StartTag(tag)) => (
                String::from_utf8_lossy(&tag.name).to_ascii_lowercase(),
                false,
                tag.self_closing,
            ),
            Ok(Token::EndTag(tag)) => (
                String::from_utf8_lossy(&tag.name).to_ascii_lowercase(),
                true,
                false,
            ),
            // Comments, doctypes and the tokenizer's recoverable errors carry no content.
            Ok(_) | Err(_) => continue,
        };
        if let Some(skipped) = &skipping {
            if closing && *skipped == name {
                skipping = None;
            }
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) && !self_closing {
            skipping = Some(name);
            continue;
        }
        match (name.as_str(), closing) {
            ("pre", false) => {
                out.end_line();
                pre += 1;
            }
            ("pre", true) => {
                out.end_line();
                pre = pre.saturating_sub(1);
            }
            ("br", _) => match &mut table {
                Some(table) => table.text(" "),
                None => out.end_line(),
            },
            ("table", false) => {
                out.end_line();
                table = Some(Table::default());
            }
            ("table", true) => {
                if let Some(table) = table.take() {
                    table.write(&mut out);
                }
            }
            ("tr", false) => {
                if let Some(table) = &mut table {
                    table.rows.push(TableRow::default());
                }
            }
            ("td" | "th", false) => {
                if let Some(table) = &mut table
                    && let Some(row) = table.rows.last_mut()
                {
                    row.header |= name == "th";
                    row.cells.push(String::new());
                }
            }
            ("li" | "ul", false) => {
                if let Some(table) = &mut table {
                    table.mark_nested();
                } else {
                    out.end_line();
                }
            }
            (h, true) if is_heading(h) => {
                let line = out.current.trim().trim_end_matches('¶').trim().to_string();
                out.current = format!("{line}¶");
                out.end_line();
            }
            (h, false) if is_heading(h) => out.end_line(),
            (block, _) if BLOCKS.contains(&block) && table.is_none() => out.end_line(),
            _ => {}
        }
    }
    out.end_line();
    out.lines.join("\n")
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && name[1..].parse::<u8>().is_ok()
}

#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    current: String,
}

impl Lines {
    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.current);
        if !line.trim().is_empty() {
            self.lines.push(line.trim_end().to_string());
        }
    }
}

#[derive(Default)]
struct Table {
    rows: Vec<TableRow>,
}

#[derive(Default)]
struct TableRow {
    header: bool,
    nested: bool,
    cells: Vec<String>,
}

impl Table {
    fn text(&mut self, text: &str) {
        if let Some(cell) = self.rows.last_mut().and_then(|r| r.cells.last_mut()) {
            cell.push_str(text);
        }
    }

    /// A list item in the first cell marks a nested parameter.
    fn mark_nested(&mut self) {
        if let Some(row) = self.rows.last_mut()
            && row.cells.len() == 1
        {
            row.nested = true;
        }
    }

    fn write(self, out: &mut Lines) {
        let mut parent = String::new();
        for row in self.rows {
            let mut cells: Vec<String> = row.cells.iter().map(|c| collapse(c)).collect();
            if let Some(first) = row.cells.first() {
                let indented = first.starts_with([' ', '\u{a0}', '\u{2003}', '\u{2002}'])
                    || first.trim_start().starts_with(['└', '↳']);
                let name = cells[0].trim_start_matches(['└', '↳', ' ']).to_string();
                if (row.nested || indented) && !row.header && !parent.is_empty() {
                    cells[0] = format!("{parent}.{name}");
                } else {
                    parent = name.trim_end_matches('*').to_string();
                    cells[0] = name;
                }
            }
            out.lines.push(format!("{} |", cells.join(" | ")));
            if row.header {
                out.lines.push(format!(
                    "{}|",
                    "---|".repeat(cells.len().max(1) - 1) + "---"
                ));
            }
        }
    }
}

/// Whitespace runs to one space (cells and paragraphs).
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{2003}')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(['\u{a0}', '\u{2003}', '\u{2002}']))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_in(text: &str, out: &mut Lines, table: &mut Option<Table>, pre: bool, skipping: bool) {
    if skipping || text.is_empty() {
        return;
    }
    if let Some(table) = table {
        table.text(text);
        return;
    }
    if pre {
        let mut lines = text.split('\n');
        if let Some(first) = lines.next() {
            out.current.push_str(first);
        }
        for line in lines {
            out.end_line();
            out.current.push_str(line);
        }
        return;
    }
    let collapsed = collapse(text);
    if collapsed.is_empty() {
        if !out.current.is_empty() && text.contains(char::is_whitespace) {
            out.current.push(' ');
        }
        return;
    }
    if !out.current.is_empty()
        && !out.current.ends_with(' ')
        && text.starts_with(char::is_whitespace)
    {
        out.current.push(' ');
    }
    out.current.push_str(&collapsed);
    if text.ends_with(char::is_whitespace) {
        out.current.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_headings_and_code_become_pipe_text() {
        let html = "<html><body><nav>Menu</nav><h1>Get it<a class=\"headerlink\">¶</a></h1>\
            <h2>URI</h2><table><tr><th>Environment</th><th>URI</th></tr>\
            <tr><td>Stage</td><td>https://x/y</td></tr></table>\
            <table><tr><th>Parameter</th><th>Description</th></tr>\
            <tr><td>info</td><td>An object</td></tr>\
            <tr><td>&nbsp;&nbsp;email</td><td>Email &amp; more</td></tr></table>\
            <pre><code>{\n  \"a\": 1\n}</code></pre></body></html>";
        assert_eq!(
            to_text(html),
            "Get it¶\nURI¶\nEnvironment | URI |\n---|---|\nStage | https://x/y |\n\
             Parameter | Description |\n---|---|\ninfo | An object |\ninfo.email | Email & more |\n\
             {\n  \"a\": 1\n}"
        );
    }

    #[test]
    fn attributes_with_angle_brackets_entities_and_scripts_do_not_leak() {
        let html = "<html><body><h2 title=\"a > b\">URI<a href=\"#uri\">&para;</a></h2>\
            <p data-x='1>2'>Caf&eacute; &mdash; &hellip; &#x2713;</p>\
            <script>if (a < b) { document.write('<h2>Not a heading</h2>') }</script>\
            <!-- <h2>Nor this</h2> --></body></html>";
        assert_eq!(to_text(html), "URI¶\nCafé — … ✓");
    }
}
