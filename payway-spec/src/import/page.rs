//! The neutral page model: what a docs page says, whichever form it came in (text copied in
//! either layout, or saved HTML). The readers fill it; `entry.rs` turns it into a spec entry.

/// One docs page, read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The page's main heading, e.g. `Place trial order`.
    pub title: Option<String>,
    /// The path printed under the title (`/userproducts/{accountId}`), when the page has one:
    /// it names the placeholders where the URI table shows an example value.
    pub heading_path: Option<String>,
    /// `Release version: 4.7.5`, when the page gives one.
    pub release: Option<String>,
    /// The paragraphs under "Introduction".
    pub introduction: Vec<String>,
    /// Every address in the URI table.
    pub uris: Vec<String>,
    /// The Requirements table's cells, by column name.
    pub requirements: Vec<(String, String)>,
    /// The curl example's lines.
    pub curl: Vec<String>,
    /// The Parameters part's prose outside its table ("You are required to supply either
    /// order_id or id."), one line each.
    pub parameter_notes: Vec<String>,
    /// The request parameter table.
    pub parameters: Vec<Row>,
    /// The lines of the Response part (status lines, the example JSON, notes).
    pub response: Vec<String>,
    /// The response table: field name and description.
    pub response_rows: Vec<Row>,
    /// The scope of a "Required scope" part (older pages have it instead of Requirements).
    pub required_scope: Option<String>,
    /// The last part the copy has content in (a cut copy ends inside it).
    pub last_part: Option<Part>,
    /// The copy's last line, to say where a cut copy ends.
    pub last_line: Option<String>,
}

impl Page {
    /// Whether anything of an endpoint page was found (rather than a page of another site).
    pub fn has_endpoint_parts(&self) -> bool {
        !(self.uris.is_empty()
            && self.requirements.is_empty()
            && self.curl.is_empty()
            && self.parameters.is_empty()
            && self.response.is_empty()
            && self.required_scope.is_none())
    }
}

/// One row of a parameter table, with the rows nested under it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// The parameter's name as the page writes it (a trailing `*` footnote mark removed).
    pub name: String,
    /// The other cells, by column.
    pub cells: Vec<(Column, String)>,
    /// Parameters nested in this one (the fields of an object).
    pub children: Vec<Row>,
    /// The copy ends inside this object's fields: fields after the last one are not known.
    pub cut: bool,
    /// A `# review:` note the reader attaches to the row (a name it had to supply).
    pub note: Option<String>,
    /// The layout writes this row's fields one level deep whatever their depth (a name alone
    /// on its line, its cells on the next): the objects among them are regrouped by
    /// `text::regroup_flat`.
    pub flat_children: bool,
    /// This object's fields were found by that regrouping, not shown by the page: a guess.
    pub regrouped: bool,
}

impl Row {
    /// The text of a column, when the row has it and it is not empty.
    pub fn cell(&self, column: Column) -> Option<&str> {
        self.cells
            .iter()
            .find(|(c, text)| *c == column && !text.trim().is_empty())
            .map(|(_, text)| text.trim())
    }

    /// Whether the row's table has the column at all (its cell may be empty).
    pub fn has_column(&self, column: Column) -> bool {
        self.cells.iter().any(|(c, _)| *c == column)
    }
}

/// The columns of a parameter table that mean something to the importer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// "Description".
    Description,
    /// "Required".
    Required,
    /// "Default value" / "Default".
    Default,
    /// "Format".
    Format,
    /// "Type".
    Type,
    /// "Size range".
    SizeRange,
    /// "Allowed values".
    AllowedValues,
    /// A column the importer does not read (kept so that cells stay aligned).
    Other,
}

impl Column {
    /// The column a header cell names; `None` for the parameter-name column.
    pub fn from_header(header: &str) -> Option<Column> {
        let header = header.trim().trim_end_matches(':').to_ascii_lowercase();
        Some(match header.as_str() {
            "parameter" | "name" | "field" | "property" | "attribute" => return None,
            // A sub-table's name column: "Change log properties", "Customer fields".
            named
                if ["properties", "property", "fields", "parameters"]
                    .iter()
                    .any(|last| named.ends_with(&format!(" {last}"))) =>
            {
                return None;
            }
            "description" => Column::Description,
            "required" | "mandatory" => Column::Required,
            "default value" | "default" => Column::Default,
            "format" => Column::Format,
            "type" => Column::Type,
            "size range" | "size" | "length" => Column::SizeRange,
            "allowed values" | "values" => Column::AllowedValues,
            _ => Column::Other,
        })
    }
}

/// The headings a Payway docs page uses for its parts, and what each part is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// "Introduction".
    Introduction,
    /// "URI".
    Uri,
    /// "Requirements".
    Requirements,
    /// "Curl example" (and other request examples).
    Curl,
    /// "Parameters" / "Request parameters".
    Parameters,
    /// "Response".
    Response,
    /// "Errors".
    Errors,
    /// "Required scope" (older pages, instead of Requirements): one scope on its own line.
    RequiredScope,
    /// A table of one parameter's fields under a heading naming it (never from a heading alone).
    SubTable(String),
    /// Prose under a heading the importer does not read ("How to construct the details
    /// parameter?"), or after a parameter table that has ended: a copy ending here has every
    /// row of the table.
    Other,
}

impl Part {
    /// The part a heading starts, if it is one of the known headings.
    pub fn from_heading(heading: &str) -> Option<Part> {
        let heading = heading
            .trim()
            .trim_end_matches('¶')
            .trim()
            .to_ascii_lowercase();
        Some(match heading.as_str() {
            "introduction" => Part::Introduction,
            "uri" | "uris" | "url" => Part::Uri,
            "requirements" => Part::Requirements,
            "required scope" | "required scopes" => Part::RequiredScope,
            "curl example" | "curl examples" | "example request" | "request example" => Part::Curl,
            "parameters" | "request parameters" | "query parameters" | "body parameters" => {
                Part::Parameters
            }
            "response" | "responses" | "example response" | "successful response" => Part::Response,
            "errors" | "error responses" => Part::Errors,
            _ => return None,
        })
    }
}

/// Lines that name a note box rather than content ("Attention", "Info", ...).
pub fn is_admonition(line: &str) -> bool {
    matches!(
        line.trim(),
        "Attention"
            | "Info"
            | "Note"
            | "Warning"
            | "Tip"
            | "Important"
            | "Danger"
            | "Example"
            | "Deprecated"
    )
}

/// The release from a `Release version: 4.7.5` line.
pub fn release_of(line: &str) -> Option<String> {
    // `1 | Release version: 4.2.0 |`: a line number and table bars around it in older copies.
    let line = line
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '|')
        .trim_end_matches(['|', ' ']);
    let rest = line.strip_prefix("Release version")?;
    let value = rest.trim_start_matches(':').trim();
    (!value.is_empty() && !value.contains(char::is_whitespace)).then(|| value.to_string())
}

/// A parameter name as a table writes it: snake_case as the loader checks it, maybe with a
/// footnote `*`.
pub fn parameter_name(token: &str) -> Option<String> {
    let name = token.trim().trim_end_matches('*');
    payway_codegen::naming::is_snake_case(name).then(|| name.to_string())
}

/// A parameter name as a table's name cell writes it, where the cell is known to be one:
/// snake_case or not (`Id`), maybe with a footnote `*`.
pub fn cell_name(token: &str) -> Option<String> {
    let name = token.trim().trim_end_matches('*');
    let mut chars = name.chars();
    let valid = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    // The words of the other columns are never names (a row that lost its name cell).
    let other_column = matches!(
        name.to_ascii_lowercase().as_str(),
        "yes" | "no" | "required" | "optional" | "mandatory"
    ) || (name.starts_with(|c: char| c.is_ascii_uppercase())
        && super::text::is_type_word(name));
    (valid && !other_column).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_release_line_with_a_line_number_and_bars() {
        assert_eq!(
            super::release_of("1 | Release version: 4.2.0 |"),
            Some("4.2.0".into())
        );
        assert_eq!(
            super::release_of("Release version: 4.7.5"),
            Some("4.7.5".into())
        );
        assert_eq!(super::release_of("12 | Something else |"), None);
    }
}
