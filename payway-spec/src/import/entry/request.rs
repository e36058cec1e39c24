//! One request parameter from its table row: type, required, default, constraints and
//! nesting, named as the curl example sends it; every guess gets a `# review:` note.

use super::super::page::{Column, Row};
use super::address::Sent;
use super::{one_line, open_object};
use crate::yaml_writer::{Entry, Yaml};

/// One request parameter; `sent` is what the curl example sends at this level (names, values).
pub fn parameter(row: &Row, sent: &Sent) -> Entry {
    // A row that gives its Type and Required cells the other way round (`String | Optional`).
    let swapped = swapped_type_and_required(row);
    let row = swapped.as_ref().unwrap_or(row);
    let mut raw = row.cell(Column::Description).unwrap_or("").to_string();
    // The labels stand in the description or, on pages with a Format column beside the Type
    // column, in the Format cell ("Size range ..24 Allowed values: "/^[a-f\d]{24}$/i"").
    let mut format_cell = row.cell(Column::Format).unwrap_or("").to_string();
    let size_range = ["Size range:", "Size range", "Size:"]
        .iter()
        .find_map(|label| {
            take_labelled(&mut raw, label).or_else(|| take_labelled(&mut format_cell, label))
        })
        .or_else(|| take_labelled(&mut raw, "Max length:").map(|max| format!("..{max}")))
        .or_else(|| row.cell(Column::SizeRange).map(str::to_string));
    // "Default: 25", "Default value: 1" inside the description (the pipe layout runs the
    // labels into one line).
    let default_label = ["Default value:", "Default:"]
        .iter()
        .find_map(|label| take_word_labelled(&mut raw, label));
    let allowed = take_labelled(&mut raw, "Allowed values:")
        .or_else(|| take_labelled(&mut format_cell, "Allowed values:"))
        .or_else(|| row.cell(Column::AllowedValues).map(str::to_string))
        // A Format cell that lists the values (`LOCK / CONSUME`).
        .or_else(|| {
            let cell = format_cell.trim();
            (cell.contains(" / ") && split_values(cell).len() >= 2).then(|| cell.to_string())
        })
        // "Allowed values: Integer", "Allowed values: true/false": the type again, no fact.
        .filter(|a| {
            let a = a.trim();
            !(super::super::text::is_type_word(a) || a == "true/false")
        });
    let description_lines: Vec<&str> = raw.lines().map(str::trim).collect();
    let mut description = one_line(&description_lines.join(" "));
    let mut fields = Vec::new();
    let mut reviews: Vec<String> = Vec::new();
    if let Some(note) = &row.note {
        reviews.push(note.clone());
    }
    if swapped.is_some() {
        reviews.push(
            "the row's Type and Required cells are the other way round (its type in the \
             Required column): read swapped"
                .into(),
        );
    }

    // The name the curl example sends, when the table writes it otherwise (`Id` / `id`,
    // `id` / `product_id`).
    let name = sent_name(&row.name, sent);
    if name != row.name {
        reviews.push(format!(
            "the table calls it `{}`; the curl example sends `{name}`, which is used",
            row.name
        ));
    } else if row.name.chars().any(|c| c.is_ascii_uppercase()) {
        reviews.push(format!(
            "the table calls it `{}`; the spec's names are snake_case",
            row.name
        ));
    }
    let name = name.to_ascii_lowercase();

    // Required: "Yes", "Required", "No", "Optional", "No (default x)", a sentence, empty, or
    // no such column.
    let required_cell = row.cell(Column::Required).unwrap_or("");
    let mut default = row
        .cell(Column::Default)
        .map(str::to_string)
        .or(default_label);
    let required = match required_cell.split_whitespace().next() {
        None if row.has_column(Column::Required) => {
            reviews.push("not required: the page leaves its Required cell empty".into());
            false
        }
        None => {
            reviews.push("not required: the page's table has no Required column".into());
            false
        }
        Some("Yes" | "yes" | "Required" | "required" | "Mandatory" | "mandatory")
            if !required_cell.contains('(') && required_cell.split_whitespace().count() == 1 =>
        {
            true
        }
        // A misspelt "Required" ("Requiered") in a cell of one word.
        Some(word)
            if required_cell.split_whitespace().count() == 1
                && ["requi", "requr"]
                    .iter()
                    .any(|p| word.to_ascii_lowercase().starts_with(p)) =>
        {
            reviews.push(format!("the page writes `{word}`: read as Required"));
            true
        }
        Some("No" | "no" | "Optional" | "optional")
            if !required_cell.contains(' ') || required_cell.contains("(default") =>
        {
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
    // "Defaults to false if omitted." in a description without a Default column.
    let default = default
        .or_else(|| {
            ["Defaults to true", "Defaults to false"]
                .iter()
                .find(|words| description.contains(*words))
                .map(|words| words.trim_start_matches("Defaults to ").to_string())
        })
        .map(|d| default_value(&d));

    let ty = request_type(
        row,
        &description,
        default.as_deref(),
        allowed.as_deref(),
        sent,
    );
    let (ty, mut type_keys, type_review) = ty;
    if let Some(review) = type_review {
        reviews.push(review);
    }
    // Allowed values that are no pattern and no closed set ("dddddd-dddd" or YYYYMMDDXXXX)
    // are a fact the type cannot hold: they stay in the description, as the page words them.
    if let Some(allowed) = &allowed
        && regex_of(allowed).is_none()
        && ty != "enum"
    {
        let allowed = format!("Allowed values: {allowed}");
        description = if description.is_empty() {
            allowed
        } else {
            format!("{description} {allowed}")
        };
    }
    if let (Some(range), true) = (&size_range, matches!(ty, "string")) {
        // "..24" is a maximum, "6..1024" a range, "10" an exact length; a stray third dot
        // ("...1024") still reads as a maximum.
        let (min, max) = range.split_once("..").unwrap_or((range, range));
        let max = max.trim().trim_start_matches('.');
        let (min, max) = (min.trim(), max);
        if let Ok(min) = min.parse::<usize>() {
            type_keys.push(Entry::new("min_length", Yaml::text(min.to_string())));
        }
        if let Ok(max) = max.parse::<usize>() {
            type_keys.push(Entry::new("max_length", Yaml::text(max.to_string())));
        }
        if (!min.is_empty() && min.parse::<usize>().is_err()) || max.parse::<usize>().is_err() {
            reviews.push(format!(
                "the docs' size range `{range}` does not read as lengths: check it"
            ));
        }
    }
    if let Some(range) = size_range.as_deref().filter(|_| ty != "string") {
        reviews.push(format!(
            "the docs give it the size range `{range}`, which the spec cannot hold for its type `{ty}`: \
             say it in the description"
        ));
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
    if let Some(review) = sensitivity_review(&name, ty) {
        fields.push(Entry::reviewed("sensitive", Yaml::text("true"), review));
    }
    if !description.is_empty() {
        fields.push(Entry::new("description", Yaml::text(&description)));
    }
    // The docs say where `__UNSET__` clears a value, in the row's own words.
    if description.contains(payway_codegen::model::UNSET) && !required {
        fields.push(Entry::new("unsettable", Yaml::text("true")));
    }
    fields.extend(type_keys_iter);
    Entry {
        key: name,
        value: Yaml::Map(fields),
        comments: reviews
            .into_iter()
            .map(|r| format!("review: {r}"))
            .collect(),
    }
}

/// `required_one_of` from Required cells that name each other ("If not set then product_code
/// must be set"): each group once, named as the parameters are (`fields`, in the rows' order).
pub fn required_one_of(rows: &[Row], fields: &[Entry], notes: &[String]) -> Option<Entry> {
    let key_of = |table_name: &str| {
        rows.iter()
            .position(|r| r.name == table_name)
            .and_then(|at| fields.get(at))
            .map(|f| f.key.clone())
    };
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut quoted = Vec::new();
    for (row, field) in rows.iter().zip(fields) {
        let cell = row.cell(Column::Required).unwrap_or("");
        let lower = cell.to_ascii_lowercase();
        let Some(other) = lower
            .strip_prefix("if not set then ")
            .and_then(|rest| rest.strip_suffix(" must be set"))
            .map(|name| name.trim().trim_matches('`'))
        else {
            continue;
        };
        let Some(other) = key_of(other).filter(|o| *o != field.key) else {
            continue;
        };
        let mut group = vec![field.key.clone(), other];
        group.sort();
        if !groups.contains(&group) {
            groups.push(group);
        }
        quoted.push(format!("\"{}\"", one_line(cell)));
    }
    // The part's prose: "You are required to supply either order_id or id" (copies break it
    // over several lines).
    let prose = notes.join(" ");
    let either = regex_lite::Regex::new(
        r"(?i)\beither\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s+or\s+`?([A-Za-z_][A-Za-z0-9_]*)`?",
    )
    .expect("a valid regex");
    for found in either.captures_iter(&prose) {
        let (Some(a), Some(b)) = (key_of(&found[1]), key_of(&found[2])) else {
            continue;
        };
        let mut group = vec![a, b];
        group.sort();
        if group[0] != group[1] && !groups.contains(&group) {
            groups.push(group);
            let sentence = prose[..found.get(0).map_or(0, |m| m.end())]
                .rsplit(['.', '!', '?'])
                .next()
                .unwrap_or_default()
                .trim();
            quoted.push(format!("\"{}\"", one_line(sentence)));
        }
    }
    if groups.is_empty() {
        return None;
    }
    Some(Entry::reviewed(
        "required_one_of",
        Yaml::List(groups.into_iter().map(Yaml::Flow).collect()),
        format!(
            "one of each group must be set: the docs say {}",
            quoted.join(", ")
        ),
    ))
}

/// The first object of a list the curl example sends.
fn first_object(
    items: &[serde_json::Value],
) -> Option<&serde_json::Map<String, serde_json::Value>> {
    items.iter().find_map(serde_json::Value::as_object)
}

/// The rows of a table that writes an object's or a list's fields as plain rows right under
/// it (no indent, no sub-table), nested where the curl example shows them: a row the example
/// does not send at the top level, but inside the value of the row above, goes under that row.
pub fn nest_as_sent(rows: &[Row], sent: &Sent) -> Vec<Row> {
    let Some(body) = &sent.body else {
        return rows.to_vec();
    };
    let mut nested: Vec<Row> = Vec::new();
    for row in rows {
        // Only the name itself counts here: `id` under a list is not the top level's `account_id`.
        let at_top = body.keys().any(|key| key.eq_ignore_ascii_case(&row.name));
        let parent = nested.last_mut().filter(|parent| {
            !at_top
                && match body.get(&sent_name(&parent.name, sent)) {
                    Some(serde_json::Value::Object(object)) => object.contains_key(&row.name),
                    Some(serde_json::Value::Array(items)) => {
                        first_object(items).is_some_and(|item| item.contains_key(&row.name))
                    }
                    _ => false,
                }
        });
        match parent {
            Some(parent) => parent.children.push(row.clone()),
            None => nested.push(row.clone()),
        }
    }
    nested
}

/// The row with its Type and Required cells exchanged, when the Required cell holds a type
/// word and the Type cell a required word; `None` otherwise.
fn swapped_type_and_required(row: &Row) -> Option<Row> {
    let required = row.cell(Column::Required)?;
    let ty = row.cell(Column::Type)?;
    let is_required_word = matches!(
        ty.to_ascii_lowercase().as_str(),
        "yes" | "no" | "required" | "optional"
    );
    if !super::super::text::is_type_word(required) || !is_required_word {
        return None;
    }
    let mut row = row.clone();
    for (column, _) in &mut row.cells {
        *column = match *column {
            Column::Required => Column::Type,
            Column::Type => Column::Required,
            other => other,
        };
    }
    Some(row)
}

/// The one word after `label` (`Default: 25`), taken out of `text`.
fn take_word_labelled(text: &mut String, label: &str) -> Option<String> {
    let at = text.find(label)?;
    let after = at + label.len();
    let rest = &text[after..];
    let start = after + (rest.len() - rest.trim_start().len());
    let len = text[start..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - start);
    let value = text[start..start + len]
        .trim_end_matches([',', '.'])
        .to_string();
    text.replace_range(at..start + len, "");
    (!value.is_empty()).then_some(value)
}

/// Takes `Label: value` out of a description, wherever it stands and whatever the label's case
/// (the pages also write "Size Range ..100"): the value is a quoted text, a `/regex/` or the
/// rest of its line.
fn take_labelled(text: &mut String, label: &str) -> Option<String> {
    // ASCII lowercasing keeps every byte where it is, so the offset holds in `text`.
    let at = text
        .to_ascii_lowercase()
        .find(&label.to_ascii_lowercase())?;
    let after = at + label.len();
    let rest = &text[after..];
    let value_start = after + (rest.len() - rest.trim_start().len());
    let rest = &text[value_start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let len = if rest.starts_with('"') && rest[..line_len].trim_end().ends_with('"') {
        // A quoted value that runs to the end of its line, quotes inside it included
        // (`"dddddd-dddd or "dddddddddd""`).
        rest[..line_len].trim_end().len()
    } else if rest.starts_with('"') {
        let mut len = quoted_list_len(rest);
        // Alternatives after the first value (`"dddddd-dddd" OR "ddddddd-d"`) belong to it.
        while let Some(more) = alternative_len(&rest[len..]) {
            len += more;
        }
        len
    } else if matches!(
        label,
        "Size range:" | "Size range" | "Size range .." | "Size:" | "Max length:"
    ) || rest.starts_with('/')
    {
        rest.find(char::is_whitespace).unwrap_or(rest.len())
    } else {
        rest.find('\n').unwrap_or(rest.len())
    };
    let value = rest[..len].trim().to_string();
    text.replace_range(at..value_start + len, "");
    (!value.is_empty()).then_some(value)
}

/// The length of the quoted text `text` starts with, or of a list of them (`"a", "b"`).
fn quoted_list_len(text: &str) -> usize {
    let mut len = 0;
    loop {
        let Some(end) = text[len + 1..].find('"') else {
            return text.len();
        };
        len += end + 2;
        let after = &text[len..];
        let comma = after.trim_start();
        match comma.strip_prefix(',').map(str::trim_start) {
            Some(next) if next.starts_with('"') => len = text.len() - next.len(),
            _ => return len,
        }
    }
}

/// The length of ` or VALUE` (`OR`, a quoted or a bare value) at the start of `text`, on its
/// line.
fn alternative_len(text: &str) -> Option<usize> {
    let spaces = text.len() - text.trim_start_matches([' ', '\t']).len();
    let after = &text[spaces..];
    let word = after.get(..2)?;
    if !word.eq_ignore_ascii_case("or") || !after[2..].starts_with([' ', '\t']) {
        return None;
    }
    let gap = after[2..].len() - after[2..].trim_start_matches([' ', '\t']).len();
    let value = &after[2 + gap..];
    let value_len = if let Some(quoted) = value.strip_prefix('"') {
        quoted.find('"')? + 2
    } else {
        value.find(char::is_whitespace).unwrap_or(value.len())
    };
    (value_len > 0).then_some(spaces + 2 + gap + value_len)
}

/// Whether a default can be a value of the type: the loader's rule
/// ([`DefaultValue::from_text`](payway_codegen::model::DefaultValue::from_text)), with the
/// values the entry lists for an enum.
fn default_fits(ty: &str, default: &str, keys: &[Entry]) -> bool {
    let Some(kind) = payway_codegen::model::TypeKind::from_word(ty) else {
        return false;
    };
    let values: Vec<String> = keys
        .iter()
        .filter(|e| e.key == "values")
        .find_map(|e| match &e.value {
            Yaml::Flow(values) => Some(values.clone()),
            _ => None,
        })
        .unwrap_or_default();
    payway_codegen::model::DefaultValue::from_text(kind, &values, default).is_ok()
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
    sent: &Sent,
) -> (&'static str, Vec<Entry>, Option<String>) {
    // The Format cell names the type (`String`, `Date`), unless it holds words ("Provided by
    // Adyen", a size range) beside a Type column that does.
    let format_cell = row.cell(Column::Format);
    let format = format_cell
        .filter(|f| super::super::text::is_type_word(f) || row.cell(Column::Type).is_none())
        .or_else(|| row.cell(Column::Type))
        .unwrap_or("")
        .to_ascii_lowercase();
    let lower = description.to_ascii_lowercase();
    let first_sentence = lower.split(". ").next().unwrap_or("");
    if !row.children.is_empty() {
        let sent_value = sent
            .body
            .as_ref()
            .and_then(|b| b.get(&sent_name(&row.name, sent)));
        let listed = matches!(format.as_str(), "array" | "list" | "object[]")
            || sent_value.is_some_and(serde_json::Value::is_array);
        let inner = Sent {
            body: match sent_value {
                Some(serde_json::Value::Object(object)) => Some(object.clone()),
                Some(serde_json::Value::Array(items)) => first_object(items).cloned(),
                _ => None,
            },
            ..Sent::default()
        };
        if listed {
            // A list of objects: the rows under it are the fields of each item.
            let fields = row.children.iter().map(|c| parameter(c, &inner)).collect();
            let mut dropped = Vec::new();
            let fields = distinct(fields, &mut dropped);
            let review = (!dropped.is_empty()).then(|| {
                dropped
                    .iter()
                    .map(|d| d.trim_start_matches("review: "))
                    .collect::<Vec<_>>()
                    .join("; ")
            });
            let items = Yaml::Map(vec![
                Entry::new("type", Yaml::text("object")),
                Entry::new("fields", Yaml::Map(fields)),
            ]);
            return ("list", vec![Entry::new("items", items)], review);
        }
        let fields = row.children.iter().map(|c| parameter(c, &inner)).collect();
        let mut dropped = Vec::new();
        let fields = distinct(fields, &mut dropped);
        // Rows nested by their indent alone: say so when the page's own words disagree.
        let typed = one_line(
            row.cell(Column::Type)
                .or_else(|| row.cell(Column::Format))
                .unwrap_or(""),
        );
        let typed = typed.trim();
        if !typed.is_empty() && !format.contains("object") && !format.contains("hash") {
            dropped.push(format!(
                "the table nests rows under it but calls its type `{typed}`: read as an object, check it"
            ));
        }
        if sent_value.is_some_and(|v| !v.is_object()) {
            dropped.push(
                "the table nests rows under it but the curl example does not send an object: \
                 read as an object, check it"
                    .to_string(),
            );
        }
        if row.regrouped {
            dropped.push(
                "the copy writes every level of fields alike: the rows after this object, up to \
                 a name it already has, are read as its fields; check them"
                    .to_string(),
            );
        }
        let review = (!dropped.is_empty()).then(|| {
            dropped
                .iter()
                .map(|d| d.trim_start_matches("review: "))
                .collect::<Vec<_>>()
                .join("; ")
        });
        let mut keys = vec![Entry::new("fields", Yaml::Map(fields))];
        let mut review = review;
        if row.cut {
            keys.push(Entry::new("additional_fields", Yaml::text("true")));
            let open = "the copy ends inside this object's fields, so it is open".to_string();
            review = Some(review.map_or(open.clone(), |r| format!("{r}; {open}")));
        }
        return ("object", keys, review);
    }
    if matches!(format.as_str(), "object" | "hash")
        // `Address Object`: an object of a kind the page describes elsewhere.
        || format.ends_with(" object")
        || lower.starts_with("object")
        || first_sentence.ends_with(" object")
    {
        return (
            "object",
            open_object(Vec::new()),
            Some("an object whose fields the page does not list, so it is open".to_string()),
        );
    }
    if matches!(format.as_str(), "boolean" | "bool")
        || matches!(default, Some("true" | "false"))
        || lower.starts_with("true/false")
    {
        return ("boolean", Vec::new(), None);
    }
    if format == "datetime" {
        return ("date_time", Vec::new(), None);
    }
    if format == "date"
        || description.contains("YYYY-MM-DD")
        || format_cell.is_some_and(|f| f.contains("YYYY-MM-DD"))
    {
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
    // "Allowed values: uri regex that is too long to show here. Must be absolute".
    let absolute_uri = allowed.is_some_and(|a| a.to_ascii_lowercase().starts_with("uri regex"));
    if names_an_address(description) || absolute_uri {
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
    // Values the table writes otherwise than the example sends them (`LOCK / CONSUME`, sent
    // `"lock"`): written as sent.
    if let Some(written) = allowed.filter(|a| regex_of(a).is_none())
        && let Some(value) = sent.value(&sent_name(&row.name, sent))
    {
        let lowered: Vec<String> = split_values(written)
            .iter()
            .map(|v| v.to_ascii_lowercase())
            .collect();
        if lowered.contains(&value)
            && let Some(values) = usable_values(lowered)
        {
            return (
                "enum",
                vec![Entry::new("values", Yaml::Flow(values))],
                Some(format!(
                    "the table writes the values `{written}`; the curl example sends `{value}`, \
                     so they are written as sent"
                )),
            );
        }
    }
    // A row cut before its type: the curl example's value says whether it is an object.
    if format.is_empty()
        && let Some(body) = &sent.body
        && body
            .get(&sent_name(&row.name, sent))
            .is_some_and(|v| v.is_object())
    {
        return (
            "object",
            open_object(Vec::new()),
            Some("the row is cut before its type; the curl example sends an object".to_string()),
        );
    }
    ("string", Vec::new(), None)
}

/// A parameter only the curl example shows (the copy ends before its row): named and typed as
/// sent, not required, marked for review; `None` for a name or a value that says nothing of
/// its type (a list, `null`).
pub fn sent_only(name: &str, value: &serde_json::Value) -> Option<Entry> {
    let mut entry = sent_field(name, value)?;
    entry.comments.push(
        "review: only the curl example shows it (the copy ends before its row): named and \
         typed as sent, not required"
            .to_string(),
    );
    Some(entry)
}

fn sent_field(name: &str, value: &serde_json::Value) -> Option<Entry> {
    use serde_json::Value;
    let name = super::super::page::parameter_name(name).filter(|n| n == name)?;
    let mut keys = Vec::new();
    let ty = match value {
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(text) if is_date(text) => "date",
        Value::String(text) if text.starts_with("https://") || text.starts_with("http://") => "url",
        Value::String(_) if name == "email" || name.ends_with("_email") => "email",
        Value::String(text) if text.parse::<std::net::IpAddr>().is_ok() => "ip_address",
        Value::String(_) => "string",
        Value::Object(object) => {
            let fields = object
                .iter()
                .filter_map(|(k, v)| sent_field(k, v))
                .collect();
            keys.extend(open_object(fields));
            "object"
        }
        Value::Array(_) | Value::Null => return None,
    };
    let mut fields = vec![Entry::new("type", Yaml::text(ty))];
    if let Some(review) = sensitivity_review(&name, ty) {
        fields.push(Entry::reviewed("sensitive", Yaml::text("true"), review));
    }
    fields.extend(keys);
    Some(Entry::new(&name, Yaml::Map(fields)))
}

/// `2015-05-15`: a date as the API writes one.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// The parameters with each name once: a name the table repeats (a misread row, a copy
/// damaged on the way) keeps its first row, and `comments` says which were left out.
pub fn distinct(fields: Vec<Entry>, comments: &mut Vec<String>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for field in fields {
        if out.iter().any(|f| f.key == field.key) {
            comments.push(format!(
                "review: the table has a second row named `{}`, left out: check the page",
                field.key
            ));
        } else {
            out.push(field);
        }
    }
    out
}

/// The name the curl example sends for a parameter the table calls `name`: the same name in
/// another case (`Id` / `id`), or the one sent name the table lacks that ends with it (`id` /
/// `product_id`); else `name` itself.
fn sent_name(name: &str, sent: &Sent) -> String {
    let names = sent.names();
    if names.is_empty() || names.contains(&name) {
        return name.to_string();
    }
    if let Some(same) = names.iter().find(|n| n.eq_ignore_ascii_case(name)) {
        return same.to_string();
    }
    let lower = name.to_ascii_lowercase();
    let suffixed: Vec<&&str> = names
        .iter()
        .filter(|n| n.ends_with(&format!("_{lower}")) || lower.ends_with(&format!("_{n}")))
        .collect();
    match suffixed.as_slice() {
        [one] => one.to_string(),
        _ => name.to_string(),
    }
}

/// `a, b`, `a | b`, `a / b` (maybe quoted) as separate values.
fn split_values(text: &str) -> Vec<String> {
    text.split([',', '|', '/'])
        .map(|v| v.trim().trim_matches(['"', '\'', '`']).to_string())
        .filter(|v| !v.is_empty())
        .collect()
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
    // Ruby's anchors `\A` (start of text) and `\z` (end): as `^` and `$`, which every regex
    // dialect the spec is read in (Rust's, OpenAPI's ECMA) knows.
    let re = match re.strip_prefix("\\A") {
        Some(rest) => format!("^{rest}"),
        None => re.to_string(),
    };
    let re = match re.strip_suffix("\\z").or_else(|| re.strip_suffix("\\Z")) {
        Some(rest) if !rest.ends_with('\\') => format!("{rest}$"),
        _ => re,
    };
    Some(if flags.is_empty() {
        re.to_string()
    } else {
        format!("(?{flags}){re}")
    })
}

/// `a, b, c` (maybe quoted) as a list of values.
fn listed_values(text: &str) -> Option<Vec<String>> {
    usable_values(split_values(text))
}

fn is_value_word(word: &str) -> bool {
    super::super::page::parameter_name(word).is_some_and(|n| n == word)
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

/// Values that can name enum variants, by the loader's own rule (`naming::enum_variant`): at
/// least two snake_case words, each one able to follow the ones before it.
fn usable_values(values: Vec<String>) -> Option<Vec<String>> {
    let usable = values.iter().enumerate().all(|(i, value)| {
        is_value_word(value) && payway_codegen::naming::enum_variant(value, &values[..i]).is_ok()
    });
    (values.len() >= 2 && usable).then_some(values)
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
    fn patterns_from_slashes() {
        assert_eq!(
            regex_of("\"/^[a-f\\d]{24}$/i\""),
            Some("(?i)^[a-f\\d]{24}$".into())
        );
        assert_eq!(regex_of("a, b"), None);
    }
}
