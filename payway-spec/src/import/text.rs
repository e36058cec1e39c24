//! Text copied from a docs page in the browser, in each of the layouts the site produces:
//! - *pipe*: tables as `a | b |` (or `| a | b |`) lines, headings ending in `¶`; an object's
//!   fields as rows whose name is indented past the row above's, or as dotted names (`a.b`);
//! - *space*: the page starts with "Skip to content", table cells are separated by spaces, and
//!   a nested parameter's name stands alone on its line, its cells on the next;
//! - *cells*: one table cell per line, each ending with ` |` (header cells too; a row's first
//!   cell sometimes also opened by `| `), headings without marks, code blocks opened by `| `
//!   and closed by a lone `|`: rewritten as the pipe layout and read as it.

use super::page::{Column, Page, Part, Row, cell_name, is_admonition, parameter_name, release_of};

/// Which layout a text page is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Pipe tables and `¶` after headings.
    Pipe,
    /// Space-separated cells, starting with "Skip to content".
    Space,
    /// One table cell per line.
    Cells,
}

/// The layout of `text`, or `None` when it is neither (not a page of the docs site).
pub fn layout(text: &str) -> Option<Layout> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    // Older copies of the space layout lack the "Skip to content" line; their headings still
    // stand alone on their lines.
    let headings = text
        .lines()
        .filter(|l| {
            matches!(
                Part::from_heading(l),
                Some(Part::Uri | Part::Requirements | Part::Curl | Part::Parameters)
            )
        })
        .count();
    let pipe_rows = text.lines().any(|l| l.trim_end().ends_with(" |"));
    if first == "Skip to content" || (headings >= 3 && !pipe_rows) {
        Some(Layout::Space)
    } else if text.lines().any(|l| l.trim_end().ends_with('¶')) {
        Some(Layout::Pipe)
    } else if text
        .lines()
        .filter(|l| l.trim_end().ends_with(" |"))
        .count()
        >= 4
        && text.lines().any(|l| Part::from_heading(l).is_some())
    {
        Some(Layout::Cells)
    } else if text
        .lines()
        .filter(|l| Part::from_heading(l.trim()).is_some())
        .count()
        >= 2
        && text.lines().any(|l| l.trim_start().starts_with("curl "))
    {
        // A copy whose tables came out empty (headings, a curl example, no table cells): read
        // as the cells layout, which marks its headings; what the tables held is then missing.
        Some(Layout::Cells)
    } else {
        None
    }
}

/// Reads a text page in the given layout.
pub fn read(text: &str, layout: Layout) -> Page {
    if layout == Layout::Cells {
        return read(&cells_to_pipe(text), Layout::Pipe);
    }
    let mut page = Page::default();
    let mut preamble: Vec<&str> = Vec::new();
    let mut parts: Vec<(Part, Vec<&str>)> = Vec::new();
    // Lines after a heading the importer does not know (a note on one parameter, say).
    let mut skipping = false;
    let all: Vec<&str> = text.lines().collect();
    for (at, &line) in all.iter().enumerate() {
        let trimmed = line.trim();
        // A parameter table right under the curl example, without a heading of its own (or
        // under a "Parameters" line that lacks the layout's heading mark).
        if parts.last().is_some_and(|(part, _)| *part == Part::Curl)
            && !skipping
            && is_table_header(trimmed, layout)
        {
            parts.push((Part::Parameters, Vec::new()));
        }
        let heading = match layout {
            Layout::Pipe | Layout::Cells => trimmed.strip_suffix('¶').map(str::trim),
            Layout::Space => Part::from_heading(trimmed).map(|_| trimmed),
        };
        if let Some(heading) = heading {
            match Part::from_heading(heading) {
                Some(part) => {
                    parts.push((part, Vec::new()));
                    skipping = false;
                }
                None if parts.is_empty() => preamble.push(heading),
                // A heading right under a known one ("Curl example" / "Get by product_code")
                // names its content rather than starting a part of its own.
                None if parts
                    .last()
                    .is_some_and(|(_, lines)| lines.iter().all(|l| l.trim().is_empty())) => {}
                // More examples ("Example response with articles"): still the same part.
                None if parts
                    .last()
                    .is_some_and(|(part, _)| matches!(part, Part::Curl | Part::Response)) =>
                {
                    skipping = false;
                }
                // A table of an object's fields under a heading naming it (`customer_info`,
                // "customer_info parameters"): nested under that parameter.
                None if sub_table_parent(heading).is_some()
                    && parts
                        .iter()
                        .any(|(part, _)| matches!(part, Part::Parameters | Part::SubTable(_))) =>
                {
                    let parent = sub_table_parent(heading).unwrap_or_default();
                    parts.push((Part::SubTable(parent), Vec::new()));
                    skipping = false;
                }
                // A heading in plain words ("Change log") over a table whose first header cell
                // repeats them ("Change log properties"): the fields of the parameter it names
                // (`change_log`, or `change_logs` for a list of them).
                None if parts
                    .iter()
                    .any(|(part, _)| matches!(part, Part::Parameters | Part::SubTable(_)))
                    && let Some(parent) = heading_over_its_table(heading, &all[at + 1..]) =>
                {
                    parts.push((Part::SubTable(parent), Vec::new()));
                    skipping = false;
                }
                None => {
                    parts.push((Part::Other, Vec::new()));
                    skipping = true;
                }
            }
            continue;
        }
        match parts.last_mut() {
            Some((_, lines)) if !skipping => lines.push(line),
            Some(_) => {}
            None => preamble.push(trimmed),
        }
    }

    page.release = text.lines().find_map(release_of);
    // A note box above the introduction ("Deprecated", then its text) is not the title: the
    // title stands before it.
    let boxed = preamble
        .iter()
        .position(|l| is_admonition(l))
        .filter(|at| *at > 0)
        .unwrap_or(preamble.len());
    page.title = preamble[..boxed]
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| {
            !l.is_empty()
                && *l != "Skip to content"
                && !is_admonition(l)
                && !l.starts_with('/')
                && !l.starts_with("Target audience")
                // A code block's line numbers, copied along.
                && !l.chars().all(|c| c.is_ascii_digit())
                && release_of(l).is_none()
        })
        .map(str::to_string);

    page.heading_path = preamble
        .iter()
        .map(|l| l.trim())
        .find(|l| l.starts_with('/') && !l.contains(char::is_whitespace))
        .map(str::to_string);

    // An unknown heading's part has no lines (they are skipped): it counts as content.
    page.last_part = parts
        .iter()
        .rev()
        .find(|(part, lines)| *part == Part::Other || lines.iter().any(|l| !l.trim().is_empty()))
        .map(|(part, _)| part.clone());
    page.last_line = text
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    let mut sub_tables = Vec::new();
    let has_response = parts.iter().any(|(part, _)| *part == Part::Response);
    for (part, lines) in parts {
        match part {
            Part::SubTable(parent) => {
                let (rows, _) = table(&lines, layout);
                sub_tables.push((parent, rows));
            }
            Part::RequiredScope => {
                page.required_scope = lines
                    .iter()
                    .flat_map(|l| l.split_whitespace())
                    .map(|w| w.trim_matches(['|', '`', '\'', '"']))
                    .find(|w| w.starts_with("/external/"))
                    .map(str::to_string);
            }
            Part::Introduction => page.introduction.extend(paragraphs(&lines)),
            Part::Uri => page.uris.extend(addresses(&lines)),
            Part::Requirements => page.requirements.extend(requirements(&lines, layout)),
            Part::Curl => page.curl.extend(
                lines
                    .iter()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty()),
            ),
            Part::Parameters => {
                let (rows, rest) = table(&lines, layout);
                // Prose after the last row (a space-layout note without a heading): the table
                // ended before the copy did.
                let last = lines.iter().rev().map(|l| l.trim()).find(|l| !l.is_empty());
                if !rows.is_empty()
                    && page.last_part == Some(Part::Parameters)
                    && last.is_some_and(|last| rest.iter().any(|r| r.trim() == last))
                {
                    page.last_part = Some(Part::Other);
                }
                page.parameters.extend(rows);
                page.parameter_notes.extend(
                    rest.iter()
                        .map(|l| l.trim().trim_matches('|').trim())
                        .filter(|l| !l.is_empty())
                        .map(str::to_string),
                );
                // An older copy without a Response heading: the example ("HTTP 200 Purchase
                // complete" and its JSON) follows the table.
                if let Some(at) = rest.iter().position(|l| is_status_line(l))
                    && !has_response
                {
                    page.response
                        .extend(rest[at..].iter().filter(|l| !is_line_number(l)).cloned());
                }
            }
            Part::Response => {
                let (rows, rest) = table(&lines, layout);
                page.response_rows.extend(rows);
                page.response.extend(rest);
            }
            Part::Errors | Part::Other => {}
        }
    }
    for (parent, rows) in sub_tables {
        let plural = format!("{parent}s");
        let found = if find_row(&mut page.parameters, &parent).is_some() {
            find_row(&mut page.parameters, &parent)
        } else {
            find_row(&mut page.parameters, &plural)
        };
        if let Some(row) = found {
            row.children.extend(rows);
        }
    }
    if matches!(page.last_part, Some(Part::Parameters | Part::SubTable(_))) {
        mark_cut_row(&mut page.parameters);
    }
    page
}

/// The header line of a parameter table (`Parameter | Description | Required |`, or the
/// space layout's `Parameter Description Required Format Type`).
fn is_table_header(line: &str, layout: Layout) -> bool {
    match layout {
        Layout::Space => space_header(line).is_some(),
        Layout::Pipe | Layout::Cells => {
            let cells = pipe_cells(line);
            cells.len() >= 2
                && matches!(
                    cells[0].trim().to_ascii_lowercase().as_str(),
                    "parameter" | "name"
                )
                && cells[1..]
                    .iter()
                    .any(|c| Column::from_header(c).is_some_and(|c| c != Column::Other))
        }
    }
}

/// `HTTP 200 Purchase complete`: the status line an example response starts with.
fn is_status_line(line: &str) -> bool {
    line.trim()
        .strip_prefix("HTTP ")
        .and_then(|rest| rest.get(..3))
        .is_some_and(|code| code.chars().all(|c| c.is_ascii_digit()))
}

/// A code block's line number copied on a line of its own.
fn is_line_number(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().all(|c| c.is_ascii_digit())
}

/// The parameter a sub-table's heading names: `customer_info`, `customer_info parameters`,
/// `The customer_info object`.
fn sub_table_parent(heading: &str) -> Option<String> {
    let words: Vec<&str> = heading.split_whitespace().collect();
    let names: Vec<String> = words
        .iter()
        .filter_map(|w| parameter_name(w.trim_matches(['`', ':'])))
        .filter(|n| n.contains('_') || words.len() == 1)
        .collect();
    match names.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The parameter a heading in plain words names (`Change log` is `change_log`), when the next
/// line that is not empty is a table header whose first cell starts with the heading's words.
fn heading_over_its_table(heading: &str, after: &[&str]) -> Option<String> {
    let next = after.iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    let first = next.split('|').next()?.trim();
    let words: Vec<&str> = heading.split_whitespace().collect();
    let plain = !words.is_empty()
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_alphabetic()));
    let repeats = first.len() > heading.len()
        && first
            .get(..heading.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(heading))
        && first[heading.len()..].starts_with(' ');
    (plain && repeats && next.contains('|')).then(|| words.join("_").to_ascii_lowercase())
}

/// The row named `name`, at any depth.
fn find_row<'r>(rows: &'r mut [Row], name: &str) -> Option<&'r mut Row> {
    for row in rows {
        if row.name == name {
            return Some(row);
        }
        if let Some(found) = find_row(&mut row.children, name) {
            return Some(found);
        }
    }
    None
}

/// A copy cut inside its parameter table: the object whose fields it ends in is open, and a
/// last row that is only the start of a name (`dro`, cut from `drop_box`) is no parameter.
fn mark_cut_row(rows: &mut Vec<Row>) {
    let Some(last) = rows.last_mut() else { return };
    if !last.children.is_empty() {
        last.cut = true;
        let only_name = last.children.last().is_some_and(|c| {
            c.children.is_empty() && c.cells.iter().all(|(_, t)| t.trim().is_empty())
        });
        if only_name {
            last.children.pop();
        } else {
            mark_cut_row(&mut last.children);
        }
    } else if last.cells.iter().all(|(_, t)| t.trim().is_empty()) {
        rows.pop();
    }
}

/// Whether a cell of the cells layout is a table's header cell.
fn is_header_cell(cell: &str) -> bool {
    let lower = cell.trim().to_ascii_lowercase();
    Column::from_header(cell).is_none_or(|c| c != Column::Other)
        || matches!(
            lower.as_str(),
            "environment" | "uri" | "identity" | "scope" | "release version" | "status"
        )
}

/// The cells layout as pipe-layout text: known headings get their `¶`, runs of cell lines
/// become `a | b |` rows (as many cells a row as the header has), code blocks lose their bars.
fn cells_to_pipe(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut partial: Vec<&str> = Vec::new();
    let mut in_code = false;
    let flush = |cells: &mut Vec<String>, out: &mut Vec<String>| {
        let header = cells.iter().take_while(|c| is_header_cell(c)).count();
        if header == 0 {
            out.append(cells);
            return;
        }
        let rows: Vec<Vec<String>> = cells.chunks(header).map(<[String]>::to_vec).collect();
        for (i, row) in rows.iter().enumerate() {
            out.push(format!("{} |", row.join(" | ")));
            if i == 0 {
                out.push(format!("{}|", "---|".repeat(header - 1) + "---"));
            }
        }
        cells.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        let mut trimmed = line.trim();
        if in_code {
            if trimmed == "|" {
                in_code = false;
            } else {
                out.push(line.to_string());
            }
            continue;
        }
        if Part::from_heading(trimmed).is_some() {
            flush(&mut cells, &mut out);
            partial.clear();
            out.push(format!("{trimmed}¶"));
            continue;
        }
        // A row's first cell with a bar before it too (`| Stage |`): a cell, not a code block.
        if let Some(cell) = trimmed.strip_prefix("| ")
            && cell.ends_with(" |")
        {
            trimmed = cell;
        }
        if let Some(code) = trimmed.strip_prefix("| ")
            && cells.is_empty()
            && partial.is_empty()
        {
            in_code = true;
            out.push(code.to_string());
            continue;
        }
        if trimmed == "|" {
            continue;
        }
        if let Some(cell) = trimmed.strip_suffix(" |") {
            partial.push(cell.trim());
            cells.push(partial.join(" "));
            partial.clear();
            continue;
        }
        if !cells.is_empty() {
            // A stray line number inside a table.
            if !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            // The first lines of a cell that ends further down.
            let cell_follows = lines
                .get(i + 1)
                .map(|l| l.trim())
                .is_some_and(|next| next.ends_with(" |") && Part::from_heading(next).is_none());
            if cell_follows && !trimmed.is_empty() {
                partial.push(trimmed);
                continue;
            }
            flush(&mut cells, &mut out);
            out.extend(partial.drain(..).map(str::to_string));
        }
        out.push(line.to_string());
    }
    flush(&mut cells, &mut out);
    out.extend(partial.drain(..).map(str::to_string));
    out.join("\n")
}

/// Paragraphs of an introduction, up to its first note box: lines joined, blank lines split.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines {
        let line = line.trim();
        if is_admonition(line) {
            break;
        }
        // A table inside the introduction (the values of a status, say) is not prose.
        if line.ends_with('|') || is_separator(line) {
            continue;
        }
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// Every http(s) address in the lines.
pub fn addresses(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(|t| t.trim_matches(|c: char| c == '|' || c == '\'' || c == '"'))
        .filter(|t| t.starts_with("https://") || t.starts_with("http://"))
        .map(str::to_string)
        .collect()
}

/// The Requirements table as (column, value) pairs.
fn requirements(lines: &[&str], layout: Layout) -> Vec<(String, String)> {
    let rows: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !is_separator(l))
        .collect();
    // A sentence may stand above the table ("Feature needs to be enabled by Adeprimo."): the
    // table starts at its header row.
    let header_at = rows
        .iter()
        .position(|row| {
            row.split(|c: char| c == '|' || c.is_whitespace())
                .any(|word| matches!(word, "Identity" | "Scope"))
        })
        .unwrap_or(0);
    let rows = &rows[header_at..];
    let Some((header, values)) = rows.split_first() else {
        return Vec::new();
    };
    let Some(values) = values.first() else {
        return Vec::new();
    };
    match layout {
        Layout::Pipe | Layout::Cells => pipe_cells(header)
            .into_iter()
            .zip(pipe_cells(values))
            .collect(),
        // Space-separated: the columns are known by what their values look like.
        Layout::Space => {
            let mut out = Vec::new();
            for token in values.split_whitespace() {
                if matches!(token, "Yes" | "No") && header.contains("Identity") {
                    out.push(("Identity".to_string(), token.to_string()));
                } else if token.starts_with('/') && header.contains("Scope") {
                    out.push(("Scope".to_string(), token.to_string()));
                } else if header.contains("Release")
                    && token.chars().next().is_some_and(|c| c.is_ascii_digit())
                {
                    out.push(("Release version".to_string(), token.to_string()));
                }
            }
            out
        }
    }
}

fn is_separator(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

fn pipe_cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_suffix('|').unwrap_or(line);
    let line = line.strip_prefix('|').unwrap_or(line);
    line.split('|').map(|c| c.trim().to_string()).collect()
}

/// The first table in `lines` whose first column holds parameter names, and the lines that are
/// not part of it.
fn table(lines: &[&str], layout: Layout) -> (Vec<Row>, Vec<String>) {
    let (mut rows, rest) = match layout {
        Layout::Pipe | Layout::Cells => pipe_table(lines),
        Layout::Space => space_table(lines),
    };
    for row in &mut rows {
        if row.flat_children {
            row.children = regroup_flat(std::mem::take(&mut row.children));
        }
    }
    (rows, rest)
}

/// The fields of a row whose layout writes every level alike (`price_periods`' own fields and
/// those of the objects among them, one after the other): an object row takes the rows after
/// it as its fields until a name it already has comes again, which goes back to the level
/// where that name is free. The page does not show the depth, so each regrouped object is
/// marked (`regrouped`) for review.
pub(crate) fn regroup_flat(children: Vec<Row>) -> Vec<Row> {
    let is_object = |row: &Row| {
        row.cell(Column::Type)
            .or_else(|| row.cell(Column::Format))
            .is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                t.starts_with("object") || t.starts_with("hash")
            })
    };
    // The open levels: the row's own fields first, then each object still taking fields.
    let mut open: Vec<Row> = vec![Row::default()];
    let close = |open: &mut Vec<Row>| {
        if let Some(mut done) = open.pop() {
            done.regrouped = !done.children.is_empty();
            if let Some(parent) = open.last_mut() {
                parent.children.push(done);
            }
        }
    };
    for row in children {
        while open.len() > 1
            && open
                .last()
                .is_some_and(|level| level.children.iter().any(|c| c.name == row.name))
        {
            close(&mut open);
        }
        if is_object(&row) && row.children.is_empty() {
            open.push(row);
        } else if let Some(level) = open.last_mut() {
            level.children.push(row);
        }
    }
    while open.len() > 1 {
        close(&mut open);
    }
    open.pop().map(|root| root.children).unwrap_or_default()
}

fn pipe_table(lines: &[&str]) -> (Vec<Row>, Vec<String>) {
    let mut rest = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut columns: Option<Vec<Column>> = None;
    let mut done = false;
    // The name-cell indents of the rows the next row may nest under, outermost first.
    let mut indents: Vec<usize> = Vec::new();
    // A name alone in its row (`first_name |`) whose other cells are on the next line: a field
    // of the object in the row above, as the space layout writes them.
    let mut alone: Option<String> = None;
    // The row before, when it has fewer cells than the header: its name and the columns it
    // lacks.
    let mut short: Option<(String, Vec<Column>)> = None;
    for line in lines {
        let trimmed = line.trim();
        if done || !trimmed.contains('|') {
            if columns.is_some() && !rows.is_empty() {
                done = true;
            }
            rest.push(line.to_string());
            continue;
        }
        if is_separator(trimmed) {
            continue;
        }
        let cells = pipe_cells(trimmed);
        let Some(columns) = &columns else {
            let header: Option<Vec<Column>> = cells
                .split_first()
                .filter(|(first, _)| Column::from_header(first).is_none())
                .map(|(_, others)| {
                    others
                        .iter()
                        .map(|c| Column::from_header(c).unwrap_or(Column::Other))
                        .collect()
                });
            match header {
                Some(header) => columns = Some(header),
                None => rest.push(line.to_string()),
            }
            continue;
        };
        // The cells a row lacked (`change_logs | Array | ... |`), on the next line (`Yes |`).
        if let Some((name, missing)) = short.take()
            && cells.len() == missing.len()
            && let Some(row) = last_named(&mut rows, &name)
        {
            row.cells.extend(missing.into_iter().zip(cells));
            continue;
        }
        if let Some(name) = alone.take() {
            if cells.len() == columns.len() && !rows.is_empty() {
                let cells = columns.iter().copied().zip(cells).collect();
                let parent = rows.len() - 1;
                rows[parent].flat_children = true;
                insert_dotted(&mut rows[parent].children, &name, cells);
                indents.truncate(1);
                continue;
            }
            insert_dotted(last_at_depth(&mut rows, indents.len()), &name, Vec::new());
        }
        // `String |` on the line after a name alone: the Type cell of that field.
        if let Some(first) = cells.first()
            && is_type_word(first)
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && let Some(field) = rows
                .last_mut()
                .and_then(|parent| parent.children.last_mut())
                .filter(|field| field.cells.is_empty())
        {
            field.cells.push((Column::Type, first.clone()));
            continue;
        }
        let Some((name, values)) = cells.split_first() else {
            continue;
        };
        if values.is_empty() && !rows.is_empty() && columns.len() > 1 {
            alone = Some(name.clone());
            continue;
        }
        // Another table's header row (its heading lost): not a parameter.
        if cells
            .iter()
            .all(|c| Column::from_header(c) != Some(Column::Other))
        {
            continue;
        }
        let mut values = values.to_vec();
        // A `|` inside a description (a regex, say) splits it: put the pieces back together.
        while values.len() > columns.len() && columns.len() >= 2 {
            let at = columns
                .iter()
                .position(|c| *c == Column::Description)
                .unwrap_or(0);
            let next = values.remove(at + 1);
            values[at] = format!("{}|{next}", values[at]);
        }
        // A row one cell short whose first cell is the Required column's (`| Required | String |
        // The account's e-mail address ... |`): the copy lost its name cell, as copies of
        // several pages do for their `email` row. Named `email` when its allowed values are
        // the e-mail pattern, for review; any other such row is left out as before.
        let mut name = name.as_str();
        let mut note = None;
        if cell_name(name).is_none() && values.len() + 1 == columns.len() {
            let row = Row {
                cells: columns.iter().copied().zip(cells.clone()).collect(),
                ..Row::default()
            };
            if row.cell(Column::Required).is_none()
                || !row.cell(Column::Description).is_some_and(is_email_rule)
            {
                continue;
            }
            name = "email";
            values = cells.clone();
            note = Some(
                "the copy's row has lost its name cell; named `email` from its description's \
                 e-mail pattern: check the page"
                    .to_string(),
            );
        }
        if !values.is_empty() && values.len() < columns.len() {
            let last = name.rsplit('.').next().unwrap_or(name).to_string();
            short = Some((last, columns[values.len()..].to_vec()));
        }
        let cells = columns.iter().copied().zip(values).collect();
        // A name cell indented further than the row above's is one of that object's fields.
        let indent = name_indent(line);
        while indents.last().is_some_and(|above| *above >= indent) {
            indents.pop();
        }
        let level = last_at_depth(&mut rows, indents.len());
        insert_dotted(level, name, cells);
        if let Some(row) = level.last_mut().filter(|_| note.is_some()) {
            row.note = note;
        }
        indents.push(indent);
    }
    if let Some(name) = alone {
        insert_dotted(last_at_depth(&mut rows, indents.len()), &name, Vec::new());
    }
    (rows, rest)
}

/// Whether a description gives the API's e-mail pattern (`/\A[\w+-.]+@[a-z\d-]+...`) as its
/// allowed values.
fn is_email_rule(description: &str) -> bool {
    description.contains("Allowed values:") && description.contains("]+@[a-z\\d-]+")
}

/// The row named `name` among the last rows at each depth (the one a table just added).
fn last_named<'r>(rows: &'r mut [Row], name: &str) -> Option<&'r mut Row> {
    let last = rows.last_mut()?;
    if last.name != name && !last.children.is_empty() {
        return last_named(&mut last.children, name);
    }
    (last.name == name).then_some(last)
}

/// The children of the last row `depth` levels down (fewer when the rows run out).
fn last_at_depth(rows: &mut Vec<Row>, depth: usize) -> &mut Vec<Row> {
    match rows.len().checked_sub(1) {
        Some(last) if depth > 0 => last_at_depth(&mut rows[last].children, depth - 1),
        _ => rows,
    }
}

/// How far a pipe row's name cell is indented: the spaces before it, past the `| ` that opens
/// a row written with bars.
fn name_indent(line: &str) -> usize {
    let cell = match line.trim_start().strip_prefix('|') {
        Some(rest) => rest.strip_prefix(' ').unwrap_or(rest),
        None => line,
    };
    cell.chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2002}' | '\u{2003}'))
        .count()
}

/// Adds a row named `a` or, for a dotted name `a.b`, nests it under `a`.
fn insert_dotted(rows: &mut Vec<Row>, name: &str, cells: Vec<(Column, String)>) {
    let parts: Vec<&str> = name.split('.').collect();
    let Some((last, parents)) = parts.split_last() else {
        return;
    };
    let mut level = rows;
    for parent in parents {
        let Some(parent) = parameter_name(parent) else {
            return;
        };
        let index = match level.iter().position(|r| r.name == parent) {
            Some(index) => index,
            None => {
                level.push(Row {
                    name: parent,
                    ..Row::default()
                });
                level.len() - 1
            }
        };
        level = &mut level[index].children;
    }
    let Some(name) = cell_name(last) else {
        return;
    };
    level.push(Row {
        name,
        cells,
        ..Row::default()
    });
}

/// The columns of a space-layout header line such as `Parameter Description Default value
/// Required`, or `None` when the line is not one.
fn space_header(line: &str) -> Option<Vec<Column>> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    if Column::from_header(first).is_some() {
        return None;
    }
    let mut columns = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        if let Some(pair) = rest.get(i..i + 2) {
            let two = pair.join(" ");
            if let Some(column) = Column::from_header(&two).filter(|c| *c != Column::Other) {
                columns.push(column);
                i += 2;
                continue;
            }
        }
        match Column::from_header(rest[i]) {
            Some(Column::Other) | None => return None,
            Some(column) => columns.push(column),
        }
        i += 1;
    }
    (!columns.is_empty()).then_some(columns)
}

/// A row of a space-layout table while its lines are being collected.
struct Pending {
    name: String,
    text: String,
    nested: bool,
}

fn space_table(lines: &[&str]) -> (Vec<Row>, Vec<String>) {
    let mut rest = Vec::new();
    let mut columns: Option<Vec<Column>> = None;
    let mut rows: Vec<Row> = Vec::new();
    let mut pending: Option<Pending> = None;
    let mut done = false;
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let Some(cols) = &columns else {
            match space_header(trimmed) {
                Some(header) => columns = Some(header),
                None => rest.push(line.to_string()),
            }
            continue;
        };
        if done {
            rest.push(line.to_string());
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        // A label line of the description ("Size range: ..24", "Allowed values:" and the
        // value on the line after it) continues the row above, complete or not.
        let labelled = pending.as_ref().is_some_and(|p| {
            p.text.trim_end().ends_with(':')
                || [
                    "Size range",
                    "Size:",
                    "Allowed values:",
                    "Max length:",
                    "Format:",
                ]
                .iter()
                .any(|label| starts_with_label(trimmed, label))
        });
        // A Type cell alone on its line (`String`, after a Format cell over several lines).
        let type_cell = pending.is_some()
            && cols.contains(&Column::Type)
            && is_type_word(trimmed)
            && trimmed.starts_with(|c: char| c.is_ascii_uppercase());
        let labelled = labelled || type_cell;
        // A name alone on its line (a field of the object above) waits for its cells, which
        // the next line holds whatever its first word ("Required String First name").
        let complete = !labelled
            && pending
                .as_ref()
                .is_none_or(|p| !p.text.is_empty() && split_cells(&p.text, cols).is_some());
        let start = row_start(trimmed, cols);
        if complete && let Some((name, text)) = start {
            if let Some(p) = pending.take() {
                push_row(&mut rows, p, cols);
            }
            // A name alone on its line is a field of the object above; its cells follow.
            let nested = text.is_empty() && !rows.is_empty();
            pending = Some(Pending {
                name,
                text: text.to_string(),
                nested,
            });
        } else if complete && start.is_none() && after_label(pending.as_ref()) && {
            // A sentence under a row's label lines ("If not supplied, ...") with more rows
            // after it belongs to that row's description.
            lines[at + 1..]
                .iter()
                .any(|l| row_start(l.trim(), cols).is_some_and(|(_, text)| !text.is_empty()))
        } {
            if let Some(p) = &mut pending {
                p.text.push('\n');
                p.text.push_str(trimmed);
            }
        } else if complete {
            // Prose after the last complete row: the table has ended.
            if let Some(p) = pending.take() {
                push_row(&mut rows, p, cols);
            }
            done = true;
            rest.push(line.to_string());
        } else if let Some(p) = &mut pending {
            if !p.text.is_empty() {
                p.text.push('\n');
            }
            p.text.push_str(trimmed);
        }
    }
    if let (Some(p), Some(cols)) = (pending, &columns) {
        push_row(&mut rows, p, cols);
    }
    (rows, rest)
}

/// Whether the row being collected ends with a label line of its description (`Size range:
/// ..24`, `Allowed values: "..."`) or the value under one.
fn after_label(pending: Option<&Pending>) -> bool {
    let Some(pending) = pending else {
        return false;
    };
    let mut lines = pending.text.lines().rev().map(str::trim);
    let last = lines.next().unwrap_or("");
    let before = lines.next().unwrap_or("");
    let is_label = |line: &str| {
        [
            "Size range",
            "Size:",
            "Allowed values",
            "Allowed",
            "Max length:",
            "Format:",
        ]
        .iter()
        .any(|label| starts_with_label(line, label))
    };
    is_label(last) || before.ends_with(':') && is_label(before)
}

/// Whether `line` starts with the description label `label`, whatever its case: the pages also
/// write "Size Range ..100".
fn starts_with_label(line: &str, label: &str) -> bool {
    line.get(..label.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(label))
}

/// A line that starts a row: a parameter name, alone or followed by its first cell.
fn row_start<'l>(line: &'l str, columns: &[Column]) -> Option<(String, &'l str)> {
    let (first, rest) = match line.split_once(char::is_whitespace) {
        Some((first, rest)) => (first, rest.trim()),
        None => (line, ""),
    };
    parameter_name(first)
        // A name the table capitalises (`Id`), when the rest of the line reads as its cells.
        .or_else(|| {
            cell_name(first).filter(|_| {
                columns.contains(&Column::Required)
                    && split_cells(rest, columns).is_some_and(|cells| {
                        cells.iter().any(|(c, value)| {
                            *c == Column::Required
                                && matches!(
                                    value.to_ascii_lowercase().as_str(),
                                    "yes" | "no" | "required" | "optional" | "mandatory"
                                )
                        })
                    })
            })
        })
        .map(|name| (name, rest))
}

fn push_row(rows: &mut Vec<Row>, pending: Pending, columns: &[Column]) {
    let cells = split_cells(&pending.text, columns).unwrap_or_else(|| {
        // Cells that run together (or a row the copy cuts off): the text is the description,
        // and the Required cell is there but empty.
        let mut text = pending.text.clone();
        let mut cells = Vec::new();
        // The Type cell at the very end still reads as one.
        if columns.last() == Some(&Column::Type)
            && let Some((head, ty)) = peel_token(&text, is_type_word)
        {
            cells.push((Column::Type, ty));
            text = head;
        }
        cells.insert(0, (Column::Description, text));
        if columns.contains(&Column::Required) {
            cells.push((Column::Required, String::new()));
        }
        cells
    });
    let row = Row {
        name: pending.name,
        cells,
        ..Row::default()
    };
    match rows.last_mut() {
        Some(parent) if pending.nested => {
            parent.flat_children = true;
            parent.children.push(row);
        }
        _ => rows.push(row),
    }
}

/// Splits a row's text into its cells, peeling the columns after the description off its end.
/// `None` when a column that is always filled (Required) is not there yet.
fn split_cells(text: &str, columns: &[Column]) -> Option<Vec<(Column, String)>> {
    let description_at = columns.iter().position(|c| *c == Column::Description);
    let (before, after) = match description_at {
        Some(at) => (&columns[..at], &columns[at + 1..]),
        None => (&columns[..0], columns),
    };
    let mut rest = text.trim_end().to_string();
    let mut cells = Vec::new();
    for column in after.iter().rev() {
        let peeled = match column {
            // A Format cell in words between Required and Type ("Yes Provided by Adyen
            // Object", "Yes Size range ..24 Allowed values: ... String"): it is what follows
            // the last Yes or No.
            Column::Required => match peel_required(&rest) {
                Some(peeled) => Some(peeled),
                None if after.contains(&Column::Format)
                    && !cells.iter().any(|(c, _)| *c == Column::Format) =>
                {
                    let (head, format) = split_after_required_word(&rest)?;
                    cells.push((Column::Format, format));
                    Some(peel_required(&head)?)
                }
                None => return None,
            },
            Column::Default => peel_token(&rest, is_default_value),
            Column::Format | Column::Type => peel_token(&rest, is_type_word),
            Column::SizeRange => peel_token(&rest, |t| t.contains("..")),
            _ => None,
        };
        if let Some((remaining, cell)) = peeled {
            cells.push((*column, cell));
            rest = remaining;
        }
    }
    // Columns before the description (rare): their first words.
    for column in before {
        let (mut cell, mut remaining) = rest
            .split_once(char::is_whitespace)
            .map(|(a, b)| (a.to_string(), b.trim_start().to_string()))
            .unwrap_or((rest.clone(), String::new()));
        // A type in two words (`Address Object`): the second is the type word.
        if *column == Column::Type
            && !is_type_word(&cell)
            && let Some(("Object", after)) = remaining.split_once(char::is_whitespace)
        {
            cell = format!("{cell} Object");
            remaining = after.trim_start().to_string();
        }
        // A Required cell of two words and a slash ("Required / Optional"): one cell.
        if *column == Column::Required {
            let words: Vec<&str> = remaining.splitn(3, char::is_whitespace).collect();
            if let [slash, other, ..] = words.as_slice()
                && *slash == "/"
                && is_required_word(other)
                && is_required_word(&cell)
            {
                cell = format!("{cell} / {other}");
                remaining = words
                    .get(2)
                    .map_or(String::new(), |w| w.trim_start().to_string());
            }
        }
        cells.push((*column, cell));
        rest = remaining;
    }
    if description_at.is_some() {
        cells.push((Column::Description, rest.trim().to_string()));
    }
    cells.reverse();
    Some(cells)
}

/// Where the word after the last whitespace of `text` starts (the whitespace may be a
/// non-breaking space, two bytes long), or 0.
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The text up to and including its last `Yes` or `No` word, and the words after it.
fn split_after_required_word(text: &str) -> Option<(String, String)> {
    let words: Vec<(usize, &str)> = text
        .char_indices()
        .filter(|(i, c)| {
            !c.is_whitespace() && (*i == 0 || text[..*i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| (i, text[i..].split(char::is_whitespace).next().unwrap_or("")))
        .collect();
    let (at, word) = words
        .iter()
        .rev()
        .skip(1)
        .find(|(_, w)| matches!(*w, "Yes" | "No" | "yes" | "no"))?;
    let end = at + word.len();
    let tail = text[end..].trim();
    (!tail.is_empty()).then(|| (text[..end].to_string(), tail.to_string()))
}

/// `Yes`, `No` or `No (default false)` at the end of the text.
fn peel_required(text: &str) -> Option<(String, String)> {
    let text = text.trim_end();
    let (head, tail) = if text.ends_with(')') {
        let open = text.rfind('(')?;
        let word_at = last_word_start(text[..open].trim_end());
        (&text[..word_at], &text[word_at..])
    } else {
        let word_at = last_word_start(text);
        (&text[..word_at], &text[word_at..])
    };
    let word = tail.split_whitespace().next()?;
    matches!(word, "Yes" | "No" | "yes" | "no")
        .then(|| (head.trim_end().to_string(), tail.trim().to_string()))
}

fn peel_token(text: &str, accept: impl Fn(&str) -> bool) -> Option<(String, String)> {
    let text = text.trim_end();
    let at = last_word_start(text);
    if at == 0 {
        return None;
    }
    let (head, token) = (&text[..at], &text[at..]);
    // `Allowed values: "..."` is a label's value inside the description, not a cell.
    let labelled = head.trim_end().ends_with(':');
    (!labelled && accept(token)).then(|| (head.trim_end().to_string(), token.to_string()))
}

fn is_required_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "yes" | "no" | "required" | "optional"
    )
}

fn is_default_value(token: &str) -> bool {
    matches!(token, "True" | "False" | "true" | "false" | "null")
        || token.parse::<i64>().is_ok()
        || (token.len() >= 2 && token.starts_with('"') && token.ends_with('"'))
}

/// A word a Format or Type column uses.
pub fn is_type_word(token: &str) -> bool {
    matches!(
        token.to_ascii_lowercase().as_str(),
        "string"
            | "boolean"
            | "bool"
            | "date"
            | "datetime"
            | "integer"
            | "int"
            | "number"
            | "decimal"
            | "float"
            | "object"
            | "array"
            | "list"
            | "url"
            | "uri"
            | "email"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_rows_nested_under_a_name_alone_with_the_required_column_first() {
        let lines = [
            "Field Required Type Description",
            "delivery Optional Object Where the paper goes.",
            "street",
            "Required String The street",
            "floor",
            "Optional String The floor",
            "newsletter Optional Boolean Whether to send news.",
            "Some prose after the table.",
        ];
        let (rows, rest) = space_table(&lines);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["delivery", "newsletter"]);
        let children: Vec<(&str, Option<&str>)> = rows[0]
            .children
            .iter()
            .map(|c| (c.name.as_str(), c.cell(Column::Required)))
            .collect();
        assert_eq!(
            children,
            [("street", Some("Required")), ("floor", Some("Optional"))]
        );
        assert_eq!(
            rows[0].children[0].cell(Column::Description),
            Some("The street")
        );
        assert_eq!(rest, vec!["Some prose after the table."]);
    }

    #[test]
    fn space_rows_nest_and_split_their_cells() {
        let lines = [
            "Parameter Description Default value Required",
            "customer_info Object about the customer.",
            "Note: may be overwritten.",
            "Yes",
            "email",
            "Email of the customer Yes",
            "flag If set to true it raises True No",
            "Some prose after the table.",
        ];
        let (rows, rest) = space_table(&lines);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].children[0].name, "email");
        assert_eq!(rows[0].children[0].cell(Column::Required), Some("Yes"));
        assert_eq!(rows[1].cell(Column::Default), Some("True"));
        assert_eq!(rows[1].cell(Column::Required), Some("No"));
        assert_eq!(rest, vec!["Some prose after the table."]);
    }

    #[test]
    fn pipe_rows_with_a_bar_in_the_description_stay_aligned() {
        let lines = [
            "Parameter | Description | Required |",
            "---|---|---|",
            "a | one | two | Yes |",
            "b.c | nested | No |",
        ];
        let (rows, _) = pipe_table(&lines);
        assert_eq!(rows[0].cell(Column::Description), Some("one|two"));
        assert_eq!(rows[1].children[0].name, "c");
    }

    #[test]
    fn indented_pipe_rows_nest_under_the_row_above() {
        let lines = [
            "| Parameter | Description | Required |",
            "|---|---|---|",
            "| a | object | Yes |",
            "|   b | object in a | Yes |",
            "|     c | field of b | No |",
            "|   d | field of a | No |",
            "| e | top | No |",
        ];
        let (rows, _) = pipe_table(&lines);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["a", "e"]);
        let fields: Vec<&str> = rows[0].children.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(fields, ["b", "d"]);
        assert_eq!(rows[0].children[0].children[0].name, "c");
        assert!(rows[1].children.is_empty());
    }

    #[test]
    fn non_breaking_spaces_between_cells() {
        assert_eq!(
            peel_required("desc\u{a0}Yes"),
            Some(("desc".to_string(), "Yes".to_string()))
        );
        assert_eq!(
            peel_token("desc\u{a0}True", is_default_value),
            Some(("desc".to_string(), "True".to_string()))
        );
        assert_eq!(peel_required("é\u{a0}(x)"), None);
    }

    #[test]
    fn required_with_a_default_in_words() {
        assert_eq!(
            peel_required("desc No (default false)"),
            Some(("desc".to_string(), "No (default false)".to_string()))
        );
    }
}
