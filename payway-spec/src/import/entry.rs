//! From a read page to a spec entry: every fact the page states becomes a key of the endpoint;
//! what a page cannot state (`retry_safe`, `sensitive`) gets the safe choice and a `# review:`
//! comment, and so does every reading the importer is not sure of.

use payway_codegen::model::Method;

use super::doc::{Entry, Yaml};
use super::json::{self, Json};
use super::page::{Column, Page, Row};

/// An endpoint read from a page, ready to be written or merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The section it belongs to (the path segment after the version).
    pub section: String,
    /// Its action.
    pub action: String,
    /// Its version.
    pub version: u32,
    /// The endpoint's keys, in the spec's order.
    pub entry: Vec<Entry>,
    /// Every host the page names (URI table, curl example), for the host check.
    pub hosts: Vec<String>,
}

/// Reads the endpoint a page describes, or everything that is missing for that.
pub fn endpoint(page: &Page, docs: Option<&str>) -> Result<Imported, Vec<String>> {
    let mut missing = Vec::new();
    let curl_url = curl_address(&page.curl);
    let addresses: Vec<&str> = page
        .uris
        .iter()
        .map(String::as_str)
        .chain(curl_url.as_deref())
        .collect();
    let hosts: Vec<String> = addresses
        .iter()
        .filter_map(|a| split_address(a).map(|(host, _)| host.to_string()))
        .collect();
    let path = addresses
        .iter()
        .find_map(|a| split_address(a).map(|(_, path)| path.to_string()));
    let method = method(&page.curl);
    if path.is_none() {
        missing.push(
            "the endpoint's address: no URI table and no curl example with an https:// address"
                .to_string(),
        );
    }
    if method.is_none() {
        missing.push("the HTTP method: no curl example (`curl --request ...`)".to_string());
    }
    let identity = requirement(page, "identity").and_then(|v| match v {
        "Yes" | "yes" => Some(true),
        "No" | "no" => Some(false),
        _ => None,
    });
    if identity.is_none() {
        missing.push("Identity (Yes or No) in the Requirements table".to_string());
    }
    let scope = requirement(page, "scope").filter(|s| s.starts_with("/external/"));
    if scope.is_none() {
        missing.push("the scope (`/external/...`) in the Requirements table".to_string());
    }
    if page.title.is_none() {
        missing.push("the page title".to_string());
    }
    let response = response(page);
    if let Err(why) = &response {
        missing.push(why.clone());
    }
    let located = match (&path, method) {
        (Some(path), Some(method)) => match locate(path, method) {
            Ok(located) => Some(located),
            Err(why) => {
                missing.push(why);
                None
            }
        },
        _ => None,
    };
    let nothing = path.is_none() && identity.is_none() && scope.is_none();
    let (
        Some((section, action, version, action_review)),
        Some(path),
        Some(method),
        Some(identity),
        Some(scope),
        Some(title),
        Ok(response),
    ) = (
        located,
        path,
        method,
        identity,
        scope,
        page.title.as_deref(),
        response,
    )
    else {
        // Nothing of an endpoint page at all: say that first.
        if nothing {
            missing.insert(
                0,
                "everything an endpoint page has (is this a page of the Payway API docs?)".into(),
            );
        }
        return Err(missing);
    };

    let mut entry = vec![
        match action_review {
            Some(review) => Entry::reviewed("action", Yaml::text(&action), review),
            None => Entry::new("action", Yaml::text(&action)),
        },
        Entry::new("version", Yaml::text(version.to_string())),
        Entry::new("method", Yaml::text(method)),
        Entry::new("path", Yaml::text(&path)),
        Entry::new("summary", Yaml::text(summary(title))),
    ];
    let description = page.introduction.join(" ");
    if !description.trim().is_empty() {
        entry.push(Entry::new("description", Yaml::text(description.trim())));
    }
    if let Some(docs) = docs {
        entry.push(Entry::new("docs", Yaml::text(docs)));
    }
    let release = page
        .release
        .clone()
        .or_else(|| requirement(page, "release version").map(str::to_string));
    if let Some(release) = release {
        entry.push(Entry::new("release", Yaml::text(release)));
    }
    entry.push(Entry::new("scope", Yaml::text(scope)));
    entry.push(Entry::new("identity", Yaml::text(identity.to_string())));
    let safe = method == "GET";
    entry.push(Entry::reviewed(
        "retry_safe",
        Yaml::text(safe.to_string()),
        if safe {
            "a GET only reads, so sending it twice is harmless; the docs cannot say more"
                .to_string()
        } else {
            format!(
                "the docs cannot say whether sending this {method} twice is harmless; false is \
                 the safe choice"
            )
        },
    ));
    if !page.parameters.is_empty() {
        let in_query = Method::from_word(method).is_some_and(|m| !m.has_body());
        let fields = page
            .parameters
            .iter()
            .map(|row| parameter(row, in_query))
            .collect();
        entry.push(Entry::new(
            if in_query { "query" } else { "body" },
            Yaml::Map(fields),
        ));
    }
    entry.push(Entry::new("response", Yaml::Map(response)));
    Ok(Imported {
        section,
        action,
        version,
        entry,
        hosts,
    })
}

/// A Requirements cell by its column name (case-insensitive).
fn requirement<'p>(page: &'p Page, column: &str) -> Option<&'p str> {
    page.requirements
        .iter()
        .find(|(c, _)| c.trim().eq_ignore_ascii_case(column))
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

fn summary(title: &str) -> String {
    let title = title.trim();
    if title.ends_with(['.', '!', '?']) {
        title.to_string()
    } else {
        format!("{title}.")
    }
}

/// The `--url` (or first address) of a curl example.
fn curl_address(curl: &[String]) -> Option<String> {
    let words: Vec<&str> = curl.iter().flat_map(|l| l.split_whitespace()).collect();
    let at = words.iter().position(|w| *w == "--url");
    let candidate = match at {
        Some(at) => words.get(at + 1).copied(),
        None => words
            .iter()
            .copied()
            .find(|w| w.trim_matches(['\'', '"']).starts_with("http")),
    }?;
    Some(candidate.trim_matches(['\'', '"']).to_string())
}

/// Host and path of an absolute address (query string dropped).
fn split_address(address: &str) -> Option<(&str, &str)> {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))?;
    let (host, path) = rest.split_at(rest.find('/')?);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    Some((host, path.trim_end_matches('/')))
}

/// The curl example's method: `--request X` / `-X X`, else what curl itself would send.
fn method(curl: &[String]) -> Option<&'static str> {
    if curl.is_empty() {
        return None;
    }
    let words: Vec<&str> = curl.iter().flat_map(|l| l.split_whitespace()).collect();
    let named = words
        .iter()
        .position(|w| *w == "--request" || *w == "-X")
        .and_then(|at| words.get(at + 1));
    let named = named.map(|m| m.trim_matches(['\'', '"']).to_ascii_uppercase());
    match named.as_deref() {
        Some("GET") => Some("GET"),
        Some("POST") => Some("POST"),
        Some("PUT") => Some("PUT"),
        Some("PATCH") => Some("PATCH"),
        Some("DELETE") => Some("DELETE"),
        Some(_) => None,
        None if words
            .iter()
            .any(|w| matches!(*w, "--data" | "-d" | "--data-raw")) =>
        {
            Some("POST")
        }
        None => Some("GET"),
    }
}

/// Section, action and version from the path, and a review note when the action was named here.
fn locate(path: &str, method: &str) -> Result<(String, String, u32, Option<String>), String> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let found = segments.iter().enumerate().find_map(|(i, s)| {
        s.strip_prefix('v')
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| *n > 0)
            .map(|n| (i, n))
    });
    let Some((at, version)) = found else {
        return Err(format!(
            "the API version: the path `{path}` has no `/vN/` segment"
        ));
    };
    let after = &segments[at + 1..];
    let snake = |s: &str| super::page::parameter_name(s).filter(|n| n == s);
    match after {
        [section, action] => match (snake(section), snake(action)) {
            (Some(section), Some(action)) => Ok((section, action, version, None)),
            _ => Err(format!(
                "a section and action in snake_case after `/v{version}/` in `{path}`"
            )),
        },
        [section] => {
            let Some(section) = snake(section) else {
                return Err(format!(
                    "a section name in snake_case after `/v{version}/` in `{path}`"
                ));
            };
            let action = match method {
                "GET" => "get",
                "POST" => "create",
                "PUT" | "PATCH" => "update",
                _ => "delete",
            };
            Ok((
                section,
                action.to_string(),
                version,
                Some(format!(
                    "the path has no action segment, so the action is named after the method \
                     ({method}); rename it if the docs call it something else"
                )),
            ))
        }
        _ => Err(format!(
            "a path that ends with `/v{version}/<section>/<action>` or `/v{version}/<section>`, \
             found `{path}`"
        )),
    }
}

/// One request parameter.
fn parameter(row: &Row, in_query: bool) -> Entry {
    let mut raw = row.cell(Column::Description).unwrap_or("").to_string();
    let size_range = take_labelled(&mut raw, "Size range:")
        .or_else(|| row.cell(Column::SizeRange).map(str::to_string));
    let allowed = take_labelled(&mut raw, "Allowed values:")
        .or_else(|| row.cell(Column::AllowedValues).map(str::to_string));
    let description_lines: Vec<&str> = raw.lines().map(str::trim).collect();
    let description = one_line(&description_lines.join(" "));
    let mut fields = Vec::new();
    let mut reviews: Vec<String> = Vec::new();

    // Required: "Yes", "No", "No (default x)", or conditional wording.
    let required_cell = row.cell(Column::Required).unwrap_or("No");
    let mut default = row.cell(Column::Default).map(str::to_string);
    let required = match required_cell.split_whitespace().next() {
        Some("Yes" | "yes") if !required_cell.contains('(') || required_cell.len() <= 3 => true,
        Some("No" | "no") => {
            if let Some(inner) = required_cell
                .split_once("(default")
                .map(|(_, rest)| rest.trim_end_matches(')').trim())
            {
                default = Some(inner.to_string());
            }
            false
        }
        _ => {
            reviews.push(format!(
                "not required, because the docs make it conditional: \"{}\"",
                one_line(required_cell)
            ));
            false
        }
    };
    let default = default.map(|d| default_value(&d));

    let ty = request_type(row, &description, default.as_deref(), allowed.as_deref());
    let (ty, mut type_keys, type_review) = ty;
    if let Some(review) = type_review {
        reviews.push(review);
    }
    if let (Some(range), true) = (&size_range, matches!(ty, "string")) {
        let (min, max) = range.split_once("..").unwrap_or(("", range));
        if let Ok(min) = min.trim().parse::<usize>() {
            type_keys.push(Entry::new("min_length", Yaml::text(min.to_string())));
        }
        if let Ok(max) = max.trim().parse::<usize>() {
            type_keys.push(Entry::new("max_length", Yaml::text(max.to_string())));
        }
    }
    if let (Some(allowed), "string") = (&allowed, ty)
        && let Some(pattern) = regex_of(allowed)
    {
        match regex_lite::Regex::new(&pattern) {
            Ok(_) => type_keys.push(Entry::new("pattern", Yaml::text(pattern))),
            Err(_) => reviews.push(format!(
                "the docs' allowed values `{allowed}` are not a pattern this tool can check"
            )),
        }
    }
    if in_query && matches!(ty, "object" | "list") {
        reviews.push("a query parameter cannot be an object or a list: check the page".into());
    }

    fields.push(Entry::new("type", Yaml::text(ty)));
    let mut type_keys_iter = type_keys.into_iter().peekable();
    // `values`, `min_length`, `max_length`, `pattern` come right after the type.
    while let Some(key) = type_keys_iter.next_if(|e| e.key != "fields" && e.key != "items") {
        fields.push(key);
    }
    if required {
        fields.push(Entry::new("required", Yaml::text("true")));
    }
    match (&default, required) {
        (Some(d), false) if !default_fits(ty, d, &fields) => reviews.push(format!(
            "the docs give a default (`{d}`) that is not a `{ty}` value; it is left out"
        )),
        (Some(d), false) => fields.push(Entry::new("default", Yaml::text(d.as_str()))),
        (Some(d), true) => reviews.push(format!(
            "the docs give a default (`{d}`) for a required parameter; it is left out"
        )),
        _ => {}
    }
    if let Some(review) = sensitivity_review(&row.name, ty) {
        fields.push(Entry::reviewed("sensitive", Yaml::text("true"), review));
    }
    if !description.is_empty() {
        fields.push(Entry::new("description", Yaml::text(description)));
    }
    fields.extend(type_keys_iter);
    Entry {
        key: row.name.clone(),
        value: Yaml::Map(fields),
        comments: reviews
            .into_iter()
            .map(|r| format!("review: {r}"))
            .collect(),
    }
}

/// Takes `Label: value` out of a description, wherever it stands: the value is a quoted text, a
/// `/regex/` or the rest of its line.
fn take_labelled(text: &mut String, label: &str) -> Option<String> {
    let at = text.find(label)?;
    let after = at + label.len();
    let rest = &text[after..];
    let value_start = after + (rest.len() - rest.trim_start().len());
    let rest = &text[value_start..];
    let len = if let Some(quoted) = rest.strip_prefix('"') {
        quoted.find('"').map_or(rest.len(), |end| end + 2)
    } else if label == "Size range:" || rest.starts_with('/') {
        rest.find(char::is_whitespace).unwrap_or(rest.len())
    } else {
        rest.find('\n').unwrap_or(rest.len())
    };
    let value = rest[..len].trim().to_string();
    text.replace_range(at..value_start + len, "");
    (!value.is_empty()).then_some(value)
}

/// Whether a default can be a value of the type (as the loader checks it).
fn default_fits(ty: &str, default: &str, keys: &[Entry]) -> bool {
    match ty {
        "boolean" => matches!(default, "true" | "false"),
        "integer" => default.parse::<i64>().is_ok(),
        "object" | "list" => false,
        "enum" => keys.iter().any(|e| {
            e.key == "values"
                && matches!(&e.value, Yaml::Flow(values) if values.iter().any(|v| v == default))
        }),
        _ => true,
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A default as the spec writes it: `True` becomes `true`, quotes are dropped.
fn default_value(text: &str) -> String {
    let text = text.trim().trim_matches('"');
    match text {
        "True" | "TRUE" => "true".to_string(),
        "False" | "FALSE" => "false".to_string(),
        other => other.to_string(),
    }
}

/// The spec type of a request parameter, its type's keys, and a review note when guessed.
fn request_type(
    row: &Row,
    description: &str,
    default: Option<&str>,
    allowed: Option<&str>,
) -> (&'static str, Vec<Entry>, Option<String>) {
    let format = row
        .cell(Column::Format)
        .or_else(|| row.cell(Column::Type))
        .unwrap_or("")
        .to_ascii_lowercase();
    let lower = description.to_ascii_lowercase();
    let first_sentence = lower.split(". ").next().unwrap_or("");
    if !row.children.is_empty() {
        let fields = row.children.iter().map(|c| parameter(c, false)).collect();
        return (
            "object",
            vec![Entry::new("fields", Yaml::Map(fields))],
            None,
        );
    }
    if format == "object" || lower.starts_with("object") || first_sentence.ends_with(" object") {
        return (
            "object",
            vec![
                Entry::new("fields", Yaml::Map(Vec::new())),
                Entry::new("additional_fields", Yaml::text("true")),
            ],
            Some("an object whose fields the page does not list, so it is open".to_string()),
        );
    }
    if matches!(format.as_str(), "boolean" | "bool") || matches!(default, Some("true" | "false")) {
        return ("boolean", Vec::new(), None);
    }
    if format == "datetime" {
        return ("date_time", Vec::new(), None);
    }
    if format == "date" || description.contains("YYYY-MM-DD") {
        return ("date", Vec::new(), None);
    }
    match format.as_str() {
        "integer" | "int" => return ("integer", Vec::new(), None),
        "number" | "decimal" | "float" => return ("number", Vec::new(), None),
        "array" | "list" => {
            return (
                "list",
                vec![Entry::new(
                    "items",
                    Yaml::Map(vec![Entry::new("type", Yaml::text("string"))]),
                )],
                Some("a list whose items the page does not describe: check their type".into()),
            );
        }
        "url" | "uri" => return ("url", Vec::new(), None),
        "email" => return ("email", Vec::new(), None),
        _ => {}
    }
    if names_an_address(description) {
        return ("url", Vec::new(), None);
    }
    if row.name == "email" || row.name.ends_with("_email") || lower.starts_with("email") {
        return ("email", Vec::new(), None);
    }
    if description.contains("IPv4") || description.contains("IPv6") {
        return ("ip_address", Vec::new(), None);
    }
    let values = allowed
        .filter(|a| regex_of(a).is_none())
        .and_then(listed_values)
        .or_else(|| closed_set(description));
    if let Some(values) = values {
        return ("enum", vec![Entry::new("values", Yaml::Flow(values))], None);
    }
    ("string", Vec::new(), None)
}

/// "URL to your page", "Absolute URI to a page": an address, said in the first words.
fn names_an_address(description: &str) -> bool {
    description
        .split_whitespace()
        .take(3)
        .any(|w| matches!(w.trim_end_matches([',', '.']), "URL" | "URI"))
}

/// `/re/i` (quoted or not) as a spec pattern: `(?i)re`.
fn regex_of(allowed: &str) -> Option<String> {
    let text = allowed.trim().trim_matches(['"', '\'']);
    let body = text.strip_prefix('/')?;
    let end = body.rfind('/')?;
    let (re, flags) = (&body[..end], &body[end + 1..]);
    if !flags.chars().all(|c| matches!(c, 'i' | 'm' | 's' | 'x')) {
        return None;
    }
    Some(if flags.is_empty() {
        re.to_string()
    } else {
        format!("(?{flags}){re}")
    })
}

/// `a, b, c` (maybe quoted) as a list of values.
fn listed_values(text: &str) -> Option<Vec<String>> {
    let values: Vec<String> = text
        .split([',', '|'])
        .map(|v| v.trim().trim_matches(['"', '\'', '`']).to_string())
        .filter(|v| !v.is_empty())
        .collect();
    usable_values(values)
}

fn is_value_word(word: &str) -> bool {
    super::page::parameter_name(word).is_some_and(|n| n == word)
}

/// A closed set the description opens with: "limited or recurring", "Can be known or
/// created", "One of a, b or c".
pub fn closed_set(description: &str) -> Option<Vec<String>> {
    let mut text = description.trim();
    for lead in [
        "Can be ", "can be ", "Either ", "either ", "One of ", "One of: ",
    ] {
        if let Some(rest) = text.strip_prefix(lead) {
            text = rest;
        }
    }
    let sentence = text.split(['.', ';', '(']).next()?.trim();
    let (head, last) = sentence.rsplit_once(" or ")?;
    let last = last.trim().trim_matches(['"', '`', '\'']);
    let mut values: Vec<String> = head
        .split(',')
        .map(|v| v.trim().trim_matches(['"', '`', '\'']).to_string())
        .collect();
    values.push(last.to_string());
    usable_values(values)
}

/// Values that can name enum variants: words, no repeats, none that is the `Unknown` kept for
/// values the server adds later.
fn usable_values(values: Vec<String>) -> Option<Vec<String>> {
    let distinct = values
        .iter()
        .enumerate()
        .all(|(i, v)| !values[..i].contains(v));
    (values.len() >= 2 && distinct && values.iter().all(|v| is_value_word(v) && v != "unknown"))
        .then_some(values)
}

/// A `# review:` note when the name suggests personal data or a secret: marked sensitive.
fn sensitivity_review(name: &str, ty: &str) -> Option<String> {
    const HINTS: &[&str] = &[
        "token",
        "secret",
        "password",
        "ssn",
        "social_security",
        "phone",
        "birth",
    ];
    (ty == "string" && HINTS.iter().any(|h| name.contains(h))).then(|| {
        "marked sensitive (personal data or a secret, by its name); the docs cannot say".into()
    })
}

/// The response: envelope, status and fields from the example JSON and the response table.
fn response(page: &Page) -> Result<Vec<Entry>, String> {
    // Every success status the part names ("201 Updated", "204 Deleted"): the first that carries
    // data is the documented one; a 204 beside it means the answer may have no data.
    // Only status lines ("201 Created", "HTTP 204 No Content"), never the example's numbers.
    let status_line = |line: &&String| {
        let line = line.trim();
        let first = line.split_whitespace().next().unwrap_or("");
        !line.starts_with(['{', '}', '[', ']', '"'])
            && (first.parse::<u16>().is_ok()
                || line.contains("HTTP")
                || line.to_ascii_lowercase().contains("status"))
    };
    let statuses: Vec<u16> = page
        .response
        .iter()
        .filter(status_line)
        .flat_map(|l| l.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter_map(|w| w.parse::<u16>().ok().filter(|s| (200..300).contains(s)))
        .collect();
    let status = statuses
        .iter()
        .copied()
        .find(|s| *s != 204)
        .or(statuses.first().copied());
    let no_content = statuses == [204]
        || page
            .response
            .iter()
            .any(|l| l.to_ascii_lowercase().contains("no content"));
    let example = json::first_object(&page.response);
    let example = match example {
        Some(Ok(json)) => Some(json),
        Some(Err(why)) if !no_content => {
            return Err(format!(
                "a readable example response: its JSON does not parse ({why})"
            ));
        }
        Some(Err(_)) => None,
        None if no_content => None,
        None => {
            return Err("an example response (JSON) under the Response heading".to_string());
        }
    };
    let mut out = Vec::new();
    let (envelope, fields) = match example {
        None => ("empty", None),
        Some(Json::Object(entries)) if entries.is_empty() => ("empty", None),
        Some(Json::Object(entries)) => match entries.as_slice() {
            [(key, Json::Object(item))] if key == "item" => ("item", Some(item.clone())),
            [(key, Json::Array(items))] if key == "items" => {
                ("items", Some(union_of_objects(items)))
            }
            _ => ("none", Some(entries)),
        },
        Some(_) => return Err("an example response that is a JSON object".to_string()),
    };
    out.push(Entry::new("envelope", Yaml::text(envelope)));
    let default_status = if envelope == "empty" { 204 } else { 200 };
    let status = if envelope == "empty" {
        status.filter(|s| *s == 204 || !statuses.contains(&204))
    } else {
        status.filter(|s| *s != 204)
    };
    if let Some(status) = status.filter(|s| *s != default_status) {
        out.push(Entry::new("status", Yaml::text(status.to_string())));
    }
    if envelope != "empty" && statuses.contains(&204) {
        out.push(Entry::reviewed(
            "may_be_empty",
            Yaml::text("true"),
            "the page also names a 204 (no data) answer".to_string(),
        ));
    }
    if let Some(fields) = fields {
        out.push(Entry::new(
            "fields",
            Yaml::Map(response_fields(&fields, &page.response_rows)),
        ));
    }
    Ok(out)
}

/// The fields of a list's objects: every key any of them has, in first-seen order.
fn union_of_objects(items: &[Json]) -> Vec<(String, Json)> {
    let mut out: Vec<(String, Json)> = Vec::new();
    for item in items {
        if let Json::Object(entries) = item {
            for (key, value) in entries {
                match out.iter_mut().find(|(k, _)| k == key) {
                    // A number with a fraction in any item makes the field a number.
                    Some((_, seen)) if matches!(value, Json::Number) => *seen = Json::Number,
                    Some(_) => {}
                    None => out.push((key.clone(), value.clone())),
                }
            }
        }
    }
    out
}

fn response_fields(fields: &[(String, Json)], rows: &[Row]) -> Vec<Entry> {
    fields
        .iter()
        .filter(|(name, _)| super::page::parameter_name(name).is_some_and(|n| &n == name))
        .map(|(name, value)| {
            let row = rows.iter().find(|r| &r.name == name);
            let description = row.and_then(|r| r.cell(Column::Description)).map(one_line);
            let children = row.map(|r| r.children.as_slice()).unwrap_or(&[]);
            let (mut keys, review) = response_type(name, value, description.as_deref(), children);
            if let Some(description) = description {
                // After `type`/`values`, before nested `fields`/`items`.
                let at = keys
                    .iter()
                    .position(|e| e.key == "fields" || e.key == "items")
                    .unwrap_or(keys.len());
                keys.insert(at, Entry::new("description", Yaml::text(description)));
            }
            Entry {
                key: name.clone(),
                value: Yaml::Map(keys),
                comments: review
                    .map(|r| vec![format!("review: {r}")])
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The spec type of a response value from the example.
fn response_type(
    name: &str,
    value: &Json,
    description: Option<&str>,
    rows: &[Row],
) -> (Vec<Entry>, Option<String>) {
    let ty = |t: &str| vec![Entry::new("type", Yaml::text(t))];
    match value {
        Json::Bool(_) => (ty("boolean"), None),
        Json::Integer => {
            let money = ["price", "amount", "cost", "total", "vat", "sum"]
                .iter()
                .any(|m| name.contains(m));
            if money {
                (
                    ty("number"),
                    Some("the example shows a whole number; a price may have decimals".into()),
                )
            } else {
                (ty("integer"), None)
            }
        }
        Json::Number => (ty("number"), None),
        Json::Null => (
            ty("string"),
            Some("the example value is null, so its type is a guess".into()),
        ),
        Json::String(text) => {
            if let Some(values) = description.and_then(closed_set) {
                let mut keys = ty("enum");
                keys.push(Entry::new("values", Yaml::Flow(values)));
                return (keys, None);
            }
            (ty(string_type(text)), None)
        }
        Json::Object(fields) if fields.is_empty() => {
            let mut keys = ty("object");
            keys.push(Entry::new("fields", Yaml::Map(Vec::new())));
            keys.push(Entry::new("additional_fields", Yaml::text("true")));
            (
                keys,
                Some("an empty object in the example: its fields are not known".into()),
            )
        }
        Json::Object(fields) => {
            let mut keys = ty("object");
            keys.push(Entry::new(
                "fields",
                Yaml::Map(response_fields(fields, rows)),
            ));
            (keys, None)
        }
        Json::Array(items) => {
            let first = items.first();
            let (item_keys, review) = match first {
                None => (
                    ty("string"),
                    Some("an empty list in the example: the type of its items is a guess".into()),
                ),
                Some(Json::Object(_)) => {
                    let fields = union_of_objects(items);
                    let mut keys = ty("object");
                    keys.push(Entry::new("name", Yaml::text(singular_type_name(name))));
                    keys.push(Entry::new(
                        "fields",
                        Yaml::Map(response_fields(&fields, rows)),
                    ));
                    (keys, None)
                }
                Some(one) => response_type(name, one, None, rows),
            };
            let mut keys = ty("list");
            keys.push(Entry::new("items", Yaml::Map(item_keys)));
            (keys, review)
        }
    }
}

/// What an example string looks like: an address, a date, a date-time, an email, or text.
fn string_type(text: &str) -> &'static str {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let is_date = digits(0..4) && bytes.get(4) == Some(&b'-') && digits(5..7);
    if text.starts_with("https://") || text.starts_with("http://") {
        "url"
    } else if is_date && text.len() == 10 && digits(8..10) {
        "date"
    } else if is_date && text.len() > 10 && matches!(bytes.get(10), Some(b'T' | b' ')) {
        "date_time"
    } else if text.contains('@')
        && !text.contains(char::is_whitespace)
        && text.rsplit('@').next().is_some_and(|d| d.contains('.'))
    {
        "email"
    } else {
        "string"
    }
}

/// `payment_method_categories` -> `PaymentMethodCategory`: the type of one item of a list.
fn singular_type_name(name: &str) -> String {
    let singular = if let Some(stem) = name.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = name.strip_suffix("ses") {
        format!("{stem}s")
    } else if let Some(stem) = name.strip_suffix('s') {
        stem.to_string()
    } else {
        format!("{name}_item")
    };
    singular
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_sets_in_words() {
        assert_eq!(
            closed_set("limited or recurring. Always set to recurring"),
            Some(vec!["limited".into(), "recurring".into()])
        );
        assert_eq!(
            closed_set("Can be known or created. Explains"),
            Some(vec!["known".into(), "created".into()])
        );
        assert_eq!(closed_set("The IPv4 or IPv6 address"), None);
        assert_eq!(
            closed_set("An optional reference, can be a code or an url."),
            None
        );
    }

    #[test]
    fn example_strings_give_their_type() {
        assert_eq!(string_type("2019-11-21T14:43:30+01:00"), "date_time");
        assert_eq!(string_type("2020-04-23 12:16:50 +0200"), "date_time");
        assert_eq!(string_type("2021-10-30"), "date");
        assert_eq!(string_type("http://url.to.klarna.se"), "url");
        assert_eq!(string_type("ORDER-123"), "string");
    }

    #[test]
    fn list_items_get_a_singular_name() {
        assert_eq!(
            singular_type_name("payment_method_categories"),
            "PaymentMethodCategory"
        );
        assert_eq!(singular_type_name("items"), "Item");
    }

    #[test]
    fn patterns_from_slashes() {
        assert_eq!(
            regex_of("\"/^[a-f\\d]{24}$/i\""),
            Some("(?i)^[a-f\\d]{24}$".into())
        );
        assert_eq!(regex_of("a, b"), None);
    }
}
