//! From a read page to a spec entry: every fact the page states becomes a key of the endpoint;
//! what a page cannot state (`retry_safe`, `sensitive`) gets the safe choice and a `# review:`
//! comment, and so does every reading the importer is not sure of. A part the page lacks (the
//! Requirements, the title, the response, the rest of a cut copy) is filled in as far as it goes
//! and marked for review: only a page with no endpoint address at all is refused.
//!
//! `address` reads where the endpoint is and what the curl example sends, `request` the
//! parameters, `response` the example responses.

mod address;
mod request;
mod response;

use payway_codegen::model::Method;

use super::page::{Page, Part};
use crate::yaml_writer::{Entry, Yaml};

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
    /// The keys the page does not state, guessed for review (`identity`, `scope`, ...): an
    /// update keeps what the spec says for them.
    pub guessed: Vec<String>,
}

/// Reads the endpoint a page describes, or what is missing for that (its address).
pub fn endpoint(page: &Page, docs: Option<&str>) -> Result<Imported, Vec<String>> {
    let curl_url = address::curl_address(&page.curl);
    let addresses: Vec<&str> = page
        .uris
        .iter()
        .map(String::as_str)
        .chain(curl_url.as_deref())
        .collect();
    let hosts: Vec<String> = addresses
        .iter()
        .filter_map(|a| address::split_address(a).map(|(host, _)| host.to_string()))
        .collect();
    let path = addresses
        .iter()
        .find_map(|a| address::split_address(a).map(|(_, path)| path.to_string()));
    // A curl example aimed at another path than the URI table's (one of them misprinted).
    let curl_elsewhere = curl_url
        .as_deref()
        .and_then(|url| address::split_address(url).map(|(_, p)| p.to_string()))
        .filter(|curl_path| {
            page.uris.iter().any(|uri| {
                address::split_address(uri).is_some_and(|(_, p)| !address::same_route(p, curl_path))
            })
        });
    // A URI table that shows an example value where the heading has a placeholder: the
    // heading's placeholder is the path's.
    let mut example_values = Vec::new();
    let path = path.map(|path| {
        match page
            .heading_path
            .as_deref()
            .and_then(|heading| address::heading_placeholders(&path, heading))
        {
            Some((filled, values)) => {
                example_values = values;
                filled
            }
            None => path,
        }
    });
    let (path, placeholders) = match path {
        Some(path) => {
            let (template, names) = address::path_template(&path);
            (Some(template), names)
        }
        None => (None, Vec::new()),
    };
    let Some(path) = path else {
        let mut missing = vec![
            "the endpoint's address: no URI table and no curl example with an https:// address"
                .to_string(),
        ];
        if !page.has_endpoint_parts() || page.requirements.is_empty() {
            missing.insert(
                0,
                "everything an endpoint page has (is this a page of the Payway API docs?)".into(),
            );
        }
        return Err(missing);
    };
    let (method, method_review) = match address::method(&page.curl) {
        Some(method) => (method, None),
        None if page.curl.is_empty() => {
            let write_scope = requirement(page, "scope")
                .map(str::to_string)
                .or_else(|| page.required_scope.clone())
                .is_some_and(|scope| scope.trim().ends_with("/w"));
            guessed_method(page.title.as_deref(), write_scope)
        }
        None => {
            return Err(vec![
                "the HTTP method: the curl example's `--request` names none this tool knows"
                    .to_string(),
            ]);
        }
    };
    let located = address::locate(&path, method).map_err(|why| vec![why])?;
    let sent = address::sent(&page.curl);
    // The keys guessed rather than read (an update keeps what the spec says for them).
    let mut guessed: Vec<String> = Vec::new();
    if method_review.is_some() {
        guessed.push("method".into());
    }
    if page.title.is_none() {
        guessed.push("summary".into());
    }

    let mut entry = vec![
        match &located.review {
            Some(review) => Entry::reviewed("action", Yaml::text(&located.action), review.clone()),
            None => Entry::new("action", Yaml::text(&located.action)),
        },
        Entry::new("version", Yaml::text(located.version.to_string())),
        match method_review {
            Some(review) => Entry::reviewed("method", Yaml::text(method), review),
            None => Entry::new("method", Yaml::text(method)),
        },
        if let Some(aimed) = curl_elsewhere.as_deref() {
            Entry::reviewed(
                "path",
                Yaml::text(&path),
                format!(
                    "the URI table gives this path; the curl example is aimed at `{aimed}`: \
                     check which the server answers"
                ),
            )
        } else if example_values.is_empty() {
            Entry::new("path", Yaml::text(&path))
        } else {
            Entry::reviewed(
                "path",
                Yaml::text(&path),
                format!(
                    "the URI table shows the example value `{}` where the page's heading `{}` \
                     has a placeholder: the heading's is kept",
                    example_values.join("`, `"),
                    page.heading_path.as_deref().unwrap_or_default()
                ),
            )
        },
        match page.title.as_deref() {
            Some(title) => Entry::new("summary", Yaml::text(summary(title))),
            None => Entry::reviewed(
                "summary",
                Yaml::text(summary(&located.action.replace('_', " "))),
                "the page has no title: the summary is the action's name".to_string(),
            ),
        },
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
    for (key, guess) in [
        scope(page, &located.section, method),
        identity(page, &located.section),
    ] {
        if guess {
            guessed.push(key.key.clone());
        }
        entry.push(key);
    }
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
    // A GET's or DELETE's parameters go in its query, unless its curl example sends a JSON
    // body: then the server reads one (some Payway endpoints do), and they go there.
    let in_query =
        Method::from_word(method).is_some_and(|m| !m.body_by_default()) && sent.body.is_none();
    let cut = cut_in(page);
    // A copy cut before the rows of some parameters the curl example sends: those are named and
    // typed as sent.
    let cut_before_rows = matches!(cut, Some(Part::Parameters | Part::SubTable(_) | Part::Curl));
    let sent_only: Vec<Entry> = match (&sent.body, cut_before_rows && !in_query) {
        (Some(body), true) => body
            .iter()
            .filter(|(name, _)| {
                !page
                    .parameters
                    .iter()
                    .any(|row| row.name.eq_ignore_ascii_case(name))
            })
            .filter_map(|(name, value)| request::sent_only(name, value))
            .collect(),
        _ => Vec::new(),
    };
    let mut path_parameters: Vec<Entry> = Vec::new();
    let mut body_or_query: Option<Entry> = None;
    let mut required_one_of: Option<Entry> = None;
    if !page.parameters.is_empty() || !sent_only.is_empty() {
        let rows = request::nest_as_sent(&page.parameters, &sent);
        let mut fields: Vec<Entry> = rows
            .iter()
            .map(|row| request::parameter(row, &sent))
            .chain(sent_only)
            .collect();
        let one_of = request::required_one_of(&rows, &fields, &page.parameter_notes);
        let mut comments = Vec::new();
        fields = request::distinct(fields, &mut comments);
        // The rows naming a placeholder of the path are its path parameters (always required).
        let (in_path, others): (Vec<Entry>, Vec<Entry>) = fields
            .into_iter()
            .partition(|field| placeholders.contains(&field.key));
        fields = others;
        path_parameters.extend(in_path.into_iter().map(|mut field| {
            if let Yaml::Map(keys) = &mut field.value {
                keys.retain(|k| k.key != "required" && k.key != "default");
            }
            // A placeholder is always required, whatever the table's Required column says.
            field
                .comments
                .retain(|c| !c.starts_with("review: not required"));
            field
        }));
        if in_query {
            // A query carries single values: an object or a list says the method is wrong.
            let (single, nested): (Vec<Entry>, Vec<Entry>) =
                fields.into_iter().partition(|field| !is_nested(field));
            fields = single;
            for field in nested {
                comments.push(format!(
                    "review: `{}` is an object or a list, which a {method}'s query cannot carry: left out; check the method",
                    field.key
                ));
            }
        }
        if !Method::from_word(method).is_some_and(Method::body_by_default) && !in_query {
            comments.push(format!(
                "review: the curl example sends these as a JSON body on a {method}, so they \
                 are the body's; check the server reads no query instead"
            ));
        }
        if let Some(review) = &sent.body_review {
            comments.push(format!("review: {review}"));
        }
        if !fields.is_empty() || !comments.is_empty() {
            body_or_query = Some(Entry {
                key: if in_query { "query" } else { "body" }.to_string(),
                value: Yaml::Map(fields),
                comments,
            });
        }
        required_one_of = one_of;
    }
    // A placeholder the table does not list is declared as text, for review.
    for name in &placeholders {
        if !path_parameters.iter().any(|p| &p.key == name) {
            path_parameters.push(Entry::reviewed(
                name,
                Yaml::Map(vec![Entry::new("type", Yaml::text("string"))]),
                format!(
                    "the path has `{{{name}}}` and the parameter table no row for it: its type \
                     is a guess"
                ),
            ));
        }
    }
    path_parameters.sort_by_key(|p| placeholders.iter().position(|n| *n == p.key));
    if !path_parameters.is_empty() {
        entry.push(Entry::new("path_parameters", Yaml::Map(path_parameters)));
    }
    entry.extend(body_or_query);
    entry.extend(required_one_of);
    // A cut copy may end before the last parameters: the body stays open.
    if !in_query && matches!(cut, Some(Part::Parameters | Part::SubTable(_) | Part::Curl)) {
        entry.push(Entry::reviewed(
            "additional_parameters",
            Yaml::text("true"),
            format!(
                "the copy ends {} (at `{}`): parameters after it are not known",
                where_it_ends(cut.as_ref()),
                last_words(page)
            ),
        ));
    }
    entry.push(match response::response(page) {
        Ok(read) => Entry {
            key: "response".to_string(),
            value: Yaml::Map(read.keys),
            comments: read
                .reviews
                .into_iter()
                .map(|r| format!("review: {r}"))
                .collect(),
        },
        Err(why) => {
            guessed.push("response".into());
            // A status the page states without an example ("will always return status code
            // 207") is still the answer's.
            let mut keys = vec![Entry::new("envelope", Yaml::text("undocumented"))];
            if let Some(status) = response::stated_statuses(page)
                .into_iter()
                .find(|s| *s != 200 && *s != 204)
            {
                keys.push(Entry::new("status", Yaml::text(status.to_string())));
            }
            Entry::reviewed(
                "response",
                Yaml::Map(keys),
                match &cut {
                    Some(_) => format!(
                        "the copy ends {} (at `{}`), before the response: the client keeps \
                         the whole JSON body",
                        where_it_ends(cut.as_ref()),
                        last_words(page)
                    ),
                    None => format!(
                        "the page shows no response that can be read ({why}); the client keeps \
                         the whole JSON body"
                    ),
                },
            )
        }
    });
    Ok(Imported {
        section: located.section,
        action: located.action,
        version: located.version,
        entry,
        hosts,
        guessed,
    })
}

/// Whether a parameter's type is an object or a list.
fn is_nested(field: &Entry) -> bool {
    matches!(&field.value, Yaml::Map(keys) if keys.iter().any(|k| {
        k.key == "type" && matches!(&k.value, Yaml::Scalar(t) if t == "object" || t == "list")
    }))
}

/// The part a cut copy ends in: `None` when the copy reaches the Errors part (the last part of
/// every endpoint page).
fn cut_in(page: &Page) -> Option<Part> {
    match &page.last_part {
        Some(Part::Errors) => None,
        other => Some(other.clone().unwrap_or(Part::Introduction)),
    }
}

fn where_it_ends(part: Option<&Part>) -> &'static str {
    match part {
        Some(Part::Parameters | Part::SubTable(_)) => "inside the parameter table",
        Some(Part::Curl) => "inside the curl example",
        Some(Part::Response) => "inside the response",
        Some(Part::Other) => "in a note after the tables",
        _ => "before the parameters",
    }
}

/// The copy's last words, for saying where it ends.
fn last_words(page: &Page) -> String {
    let line = page.last_line.as_deref().unwrap_or("");
    let mut words: Vec<&str> = line.split_whitespace().rev().take(8).collect();
    words.reverse();
    words.join(" ").replace('`', "'")
}

/// The scope: the Requirements table's, or a "Required scope" line's, or a guess for review.
fn scope(page: &Page, section: &str, method: &str) -> (Entry, bool) {
    let stated = requirement(page, "scope")
        .map(str::to_string)
        .or_else(|| page.required_scope.clone())
        .filter(|s| is_scope(s));
    match stated {
        Some(scope) if page.requirements.is_empty() => (
            Entry::reviewed(
                "scope",
                Yaml::text(scope),
                "from the page's \"Required scope\" line (it has no Requirements table)".into(),
            ),
            false,
        ),
        Some(scope) => (Entry::new("scope", Yaml::text(scope)), false),
        None => {
            let access = if method == "GET" { "r" } else { "w" };
            let review = "the page names no scope: this one is a guess from the section and \
                          method, check it";
            (
                Entry::reviewed(
                    "scope",
                    Yaml::text(format!("/external/{section}/{access}")),
                    review.into(),
                ),
                true,
            )
        }
    }
}

/// `/external/<resource>/<r|w>` (the resource of one or more snake_case parts), as the loader
/// takes it.
fn is_scope(scope: &str) -> bool {
    let Some(rest) = scope.strip_prefix("/external/") else {
        return false;
    };
    let parts: Vec<&str> = rest.split('/').collect();
    match parts.split_last() {
        Some((access, resource)) => {
            matches!(*access, "r" | "w")
                && !resource.is_empty()
                && resource
                    .iter()
                    .all(|p| payway_codegen::naming::is_snake_case(p))
        }
        None => false,
    }
}

/// Whether the token must belong to a customer: the Requirements table's Identity, or a guess
/// for review (the `me` section acts for the customer the token belongs to).
fn identity(page: &Page, section: &str) -> (Entry, bool) {
    let stated = requirement(page, "identity").and_then(|v| match v {
        "Yes" | "yes" => Some(true),
        "No" | "no" => Some(false),
        _ => None,
    });
    match stated {
        Some(identity) => (
            Entry::new("identity", Yaml::text(identity.to_string())),
            false,
        ),
        None => {
            let guess = section == "me";
            (
                Entry::reviewed(
                    "identity",
                    Yaml::text(guess.to_string()),
                    format!(
                        "the page does not say whether the token must belong to a customer; \
                         {guess} is a guess from the section, check it"
                    ),
                ),
                true,
            )
        }
    }
}

/// A Requirements cell by its column name (case-insensitive).
fn requirement<'p>(page: &'p Page, column: &str) -> Option<&'p str> {
    page.requirements
        .iter()
        .find(|(c, _)| c.trim().eq_ignore_ascii_case(column))
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// The method of a page without a curl example, guessed from its title's first word (an
/// "Update account" page is not a GET), with the review line saying so.
/// The method of a page without a curl example: from the title's first word, or else from
/// its scope (a write scope says the call changes something, so not a GET).
fn guessed_method(title: Option<&str>, write_scope: bool) -> (&'static str, Option<String>) {
    let word = title
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("")
        .to_ascii_lowercase();
    let method = match word.as_str() {
        "update" | "change" | "edit" => "PUT",
        "create" | "add" | "place" | "accept" | "activate" | "reactivate" | "share" | "cancel"
        | "request" | "verify" | "send" | "register" => "POST",
        "delete" | "remove" => "DELETE",
        _ if write_scope => {
            return (
                "POST",
                Some(
                    "the page has no curl example; its scope is a write scope, so POST is a \
                     guess: check it (the section's other endpoints may use PUT)"
                        .to_string(),
                ),
            );
        }
        _ => "GET",
    };
    let review = if method == "GET" {
        "the page has no curl example, so the method is a guess: check it".to_string()
    } else {
        format!(
            "the page has no curl example, so the method is a guess from the title's first word \
             (`{word}`): check it"
        )
    };
    (method, Some(review))
}

fn summary(title: &str) -> String {
    let title = title.trim();
    let mut chars = title.chars();
    let title = match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    };
    if title.ends_with(['.', '!', '?']) {
        title
    } else {
        format!("{title}.")
    }
}

/// The keys of an object the page leaves open: `fields` as far as they are known, and
/// `additional_fields: true`.
fn open_object(fields: Vec<Entry>) -> Vec<Entry> {
    vec![
        Entry::new("fields", Yaml::Map(fields)),
        Entry::new("additional_fields", Yaml::text("true")),
    ]
}

/// Whitespace runs to one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
