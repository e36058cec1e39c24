//! Where the endpoint is and what the curl example sends: path, method, section, action,
//! version, and the parameters the example sends (body keys, query keys and their values).

use serde_json::{Map, Value};

/// Section, action and version read from a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    /// The path segment after the version.
    pub section: String,
    /// The last path segment, or a name after the method when the path has none.
    pub action: String,
    /// The number of the `/vN/` segment.
    pub version: u32,
    /// Why the action needs a person's look, when it was named here.
    pub review: Option<String>,
}

/// What the curl example sends.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sent {
    /// The `--data` JSON body's keys and values, when it has one that reads.
    pub body: Option<Map<String, Value>>,
    /// Why the body did not read as JSON as written (it was read leniently, or not at all).
    pub body_review: Option<String>,
    /// The address's query parameters, as written.
    pub query: Vec<(String, String)>,
}

impl Sent {
    /// Every name the example sends.
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.query.iter().map(|(k, _)| k.as_str()).collect();
        if let Some(body) = &self.body {
            names.extend(body.keys().map(String::as_str));
        }
        names
    }

    /// The value sent for `name`, as text (a JSON string's contents).
    pub fn value(&self, name: &str) -> Option<String> {
        if let Some((_, v)) = self.query.iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        match self.body.as_ref()?.get(name)? {
            Value::String(text) => Some(text.clone()),
            other => Some(other.to_string()),
        }
    }
}

/// The `--url` (or first address) of a curl example.
pub fn curl_address(curl: &[String]) -> Option<String> {
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

/// Host and path of an absolute address (query string dropped; a trailing `/` kept, as the
/// server's route has it).
pub fn split_address(address: &str) -> Option<(&str, &str)> {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))?;
    let (host, path) = rest.split_at(rest.find('/')?);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    Some((host, path))
}

/// The path with each placeholder named in snake_case, as the parameter table names it
/// (`{accountId}` becomes `{account_id}`; `:id` becomes `{id}`), and the names in path order.
pub fn path_template(path: &str) -> (String, Vec<String>) {
    let mut names = Vec::new();
    let segments: Vec<String> = path
        .split('/')
        .map(|segment| {
            let inner = segment
                .strip_prefix('{')
                .and_then(|rest| rest.strip_suffix('}'))
                .or_else(|| segment.strip_prefix(':'));
            match inner {
                Some(name) if !name.is_empty() => {
                    let name = snake_case(name);
                    names.push(name.clone());
                    format!("{{{name}}}")
                }
                _ => segment.to_string(),
            }
        })
        .collect();
    (segments.join("/"), names)
}

/// The path with the heading's placeholders put where the URI table shows example values
/// (`/v1/userproducts/52a781d6400e06897c00000f` under the heading `/userproducts/{accountId}`),
/// and the values replaced; `None` when the heading has no placeholder or does not end the path.
pub fn heading_placeholders(path: &str, heading: &str) -> Option<(String, Vec<String>)> {
    let is_placeholder = |s: &str| (s.starts_with('{') && s.ends_with('}')) || s.starts_with(':');
    let wanted: Vec<&str> = heading.split('/').filter(|s| !s.is_empty()).collect();
    if !wanted.iter().any(|s| is_placeholder(s)) {
        return None;
    }
    let mut segments: Vec<String> = path.split('/').map(str::to_string).collect();
    let filled: Vec<usize> = (0..segments.len())
        .filter(|&i| !segments[i].is_empty())
        .collect();
    let tail = filled.get(filled.len().checked_sub(wanted.len())?..)?;
    let mut replaced = Vec::new();
    for (&at, want) in tail.iter().zip(&wanted) {
        if is_placeholder(want) {
            if !is_placeholder(&segments[at]) {
                replaced.push(std::mem::replace(&mut segments[at], want.to_string()));
            }
        } else if segments[at] != *want {
            return None;
        }
    }
    Some((segments.join("/"), replaced))
}

/// Whether two paths name one route: segment by segment alike, a placeholder (`{id}`, `:id`)
/// matching any value, a trailing `/` ignored.
pub fn same_route(a: &str, b: &str) -> bool {
    let segments = |p: &str| -> Vec<String> {
        p.trim_end_matches('/')
            .split('/')
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (segments(a), segments(b));
    let placeholder = |s: &str| s.starts_with('{') || s.starts_with(':');
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || placeholder(x) || placeholder(y))
}

/// `accountId` or `AccountID` as `account_id`.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
        let prev_lower =
            i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
        if c.is_ascii_uppercase() && i > 0 && (prev_lower || next_lower) && !out.ends_with('_') {
            out.push('_');
        }
        out.push(match c {
            '-' => '_',
            c => c.to_ascii_lowercase(),
        });
    }
    out
}

/// The curl example's method: `--request X` / `-X X`, else what curl itself would send.
pub fn method(curl: &[String]) -> Option<&'static str> {
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

/// What the curl example sends: the query of its address and its `--data` body.
pub fn sent(curl: &[String]) -> Sent {
    let mut out = Sent::default();
    // Every example's address ("By id", "By order_id": each may send other parameters); a
    // name sent twice keeps its first value.
    let words: Vec<&str> = curl.iter().flat_map(|l| l.split_whitespace()).collect();
    let mut addresses: Vec<String> = words
        .windows(2)
        .filter(|pair| pair[0] == "--url")
        .map(|pair| pair[1].trim_matches(['\'', '"']).to_string())
        .collect();
    if addresses.is_empty() {
        addresses.extend(curl_address(curl));
    }
    for address in &addresses {
        let Some((_, query)) = address.split_once('?') else {
            continue;
        };
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if !k.is_empty() && !out.query.iter().any(|(sent, _)| sent == k) {
                out.query.push((k.to_string(), v.to_string()));
            }
        }
    }
    let joined = curl.join("\n");
    let Some(at) = ["--data-raw", "--data", "-d"].iter().find_map(|flag| {
        joined
            .find(&format!("{flag} "))
            .map(|at| at + flag.len() + 1)
    }) else {
        return out;
    };
    let data = joined[at..].trim_start();
    let Some(quote) = data.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return out;
    };
    let inner = &data[1..];
    let body = inner.rfind(quote).map_or(inner, |end| &inner[..end]);
    match super::super::json::read_object(body) {
        Some(Ok((object, review))) => {
            out.body = Some(object);
            out.body_review = review.map(|mended| {
                format!("the curl example's body is not JSON as written ({mended}); read as mended")
            });
        }
        Some(Err(why)) => {
            out.body_review = Some(format!(
                "the curl example's body does not read as JSON ({why}), so what it sends is \
                 not known"
            ));
        }
        None => {}
    }
    out
}

/// Section, action and version from the path (its placeholders already `{snake_case}`): the
/// section is the segment after `/vN/`; the action the literal segments after it, joined with
/// `_` (`payment_profile/get_profiles` is `payment_profile_get_profiles`), or named after the
/// method when there are none (`/v3/useragreements`, `/v1/userproducts/{account_id}`).
pub fn locate(path: &str, method: &str) -> Result<Located, String> {
    use payway_codegen::model::PathSegment;
    use payway_codegen::naming::is_snake_case;
    // The loader's rule for where a path names its version and section.
    let Some(place) = payway_codegen::model::locate(path) else {
        return Err(format!(
            "the API version: the path `{path}` has no `/vN/` segment"
        ));
    };
    let version = place.version;
    let section = match place.section {
        Some(PathSegment::Literal(section)) if is_snake_case(section) => section.to_string(),
        _ => {
            return Err(format!(
                "a section name in snake_case after `/v{version}/` in `{path}`"
            ));
        }
    };
    let rest: Vec<PathSegment<'_>> = place
        .rest
        .into_iter()
        .filter(|s| *s != PathSegment::Literal(""))
        .collect();
    let literals: Vec<&str> = rest
        .iter()
        .filter_map(|s| match s {
            PathSegment::Literal(text) => Some(*text),
            PathSegment::Parameter(_) => None,
        })
        .collect();
    let placeholders = literals.len() < rest.len();
    if let Some(bad) = literals.iter().find(|s| !is_snake_case(s)) {
        return Err(format!(
            "segments in snake_case after `/v{version}/{section}/` in `{path}`, found `{bad}`"
        ));
    }
    let (action, review) = match literals.as_slice() {
        [] => {
            let action = match method {
                "GET" => "get",
                "POST" => "create",
                "PUT" | "PATCH" => "update",
                _ => "delete",
            };
            let why = if placeholders {
                "the path has only parameters after its section"
            } else {
                "the path has no action segment"
            };
            (
                action.to_string(),
                Some(format!(
                    "{why}, so the action is named after the method ({method}); rename it if \
                     the docs call it something else"
                )),
            )
        }
        [action] if !placeholders => (action.to_string(), None),
        several => (
            several.join("_"),
            Some(format!(
                "the action is the path's segments after its section joined with `_`; rename \
                 it (snake_case, unique in the section's v{version}) if the docs call it \
                 something else"
            )),
        ),
    };
    Ok(Located {
        section,
        action,
        version,
        review,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_every_shape() {
        assert_eq!(
            path_template("/external/api/v1/userproducts/{accountId}/"),
            (
                "/external/api/v1/userproducts/{account_id}/".to_string(),
                vec!["account_id".to_string()]
            )
        );
        let at = |path: &str, method: &str| {
            let l = locate(path, method).unwrap();
            (l.section, l.action, l.version, l.review.is_some())
        };
        let s = |x: &str| x.to_string();
        assert_eq!(
            at("/external/api/v1/userproducts/{account_id}", "GET"),
            (s("userproducts"), s("get"), 1, true)
        );
        assert_eq!(
            at(
                "/external/api/v1/accounts/payment_profile/get_profiles",
                "POST"
            ),
            (s("accounts"), s("payment_profile_get_profiles"), 1, true)
        );
        assert_eq!(
            at(
                "/external/api/v2/klarna_payments/place_trial_order/",
                "POST"
            ),
            (s("klarna_payments"), s("place_trial_order"), 2, false)
        );
        assert!(locate("/external/api/v1/userproducts/Bad-Name", "GET").is_err());
    }

    #[test]
    fn a_headings_placeholder_replaces_the_uri_tables_example_value() {
        let filled = |path, heading| heading_placeholders(path, heading);
        assert_eq!(
            filled(
                "/external/api/v1/userproducts/52a781d6",
                "/userproducts/{accountId}"
            ),
            Some((
                "/external/api/v1/userproducts/{accountId}".to_string(),
                vec!["52a781d6".to_string()]
            ))
        );
        assert_eq!(
            filled(
                "/external/api/v1/userproducts/52a781d6/",
                "/userproducts/:id"
            ),
            Some((
                "/external/api/v1/userproducts/:id/".to_string(),
                vec!["52a781d6".to_string()]
            ))
        );
        // No placeholder, another path, a heading longer than the path: left as it is.
        assert_eq!(filled("/external/api/v1/me/find", "/me/find"), None);
        assert_eq!(filled("/external/api/v1/me/1", "/you/{id}"), None);
        assert_eq!(filled("/v1", "/a/b/{id}"), None);
    }
}
