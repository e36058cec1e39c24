//! The page's example JSON, read with its keys in the page's order (serde_json's
//! `preserve_order`, so the spec lists fields in the order the docs show them).
//!
//! Pages do not always show JSON: Ruby hashes (`=>`), `true/false` for a flag, trailing
//! commas, missing commas between lines, `...` for what is left out. What reads after those are
//! mended is used, with a note saying what was mended, for a `# review:` line.

use serde_json::{Map, Value};

/// The balanced `{...}` texts in `text`, in order (strings may hold braces: skipped).
fn balanced(text: &str) -> Vec<Result<&str, String>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if start.is_some() => in_string = true,
            '{' => {
                if start.is_none() {
                    start = Some(i);
                }
                depth += 1;
            }
            '[' if start.is_some() => depth += 1,
            '}' | ']' if start.is_some() => {
                depth = depth.saturating_sub(1);
                if depth == 0
                    && let Some(from) = start.take()
                {
                    out.push(Ok(&text[from..=i]));
                }
            }
            _ => {}
        }
    }
    if start.is_some() {
        out.push(Err("the example JSON never closes its braces".to_string()));
    }
    out
}

/// A value read from a page, and what had to be mended for it to read (for a review note).
pub type Mended<T> = (T, Option<String>);

/// `text` as JSON, or mended until it reads: the value and what was mended.
fn lenient(text: &str) -> Result<Mended<Value>, String> {
    let strict = match serde_json::from_str::<Value>(text) {
        Ok(value) => return Ok((value, None)),
        Err(e) => e.to_string(),
    };
    let mut mended = Vec::new();
    let mut fixed = text.to_string();
    if fixed.contains("=>") {
        // A Ruby symbol key (`:package_code => ...`) is the key's name.
        let symbol =
            regex_lite::Regex::new(r":([A-Za-z_][A-Za-z0-9_]*)\s*=>").expect("a valid regex");
        let unquoted = outside_strings(&fixed, |t| symbol.replace_all(t, "\"$1\" =>").into_owned());
        if unquoted != fixed {
            fixed = unquoted;
            mended.push("Ruby symbol keys (`:name =>`) read as names");
        }
        fixed = outside_strings(&fixed, |t| t.replace("=>", ":"));
        mended.push("`=>` read as `:`");
    }
    if fixed.contains("true/false") {
        fixed = fixed.replace("true/false", "true");
        mended.push("`true/false` read as `true`");
    }
    let lines: Vec<&str> = fixed.lines().collect();
    // `...`, `.......`, `......and so forth`: a line saying more of the same follows.
    let elided = |l: &str| {
        let l = l.trim();
        l.starts_with("...") || l.starts_with('…')
    };
    if lines.iter().any(|l| elided(l)) {
        mended.push("`...` left out");
    }
    // A line of its own that is a `//` comment (a note on the field above it): left out, and
    // quoted in the note so the reviewer reads it.
    let comments: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| l.starts_with("//"))
        .collect();
    let comment_note = (!comments.is_empty())
        .then(|| format!("`//` comments left out (`{}`)", comments.join("`, `")));
    let kept: Vec<&str> = lines
        .into_iter()
        .filter(|l| !elided(l) && !l.trim().starts_with("//"))
        .collect();
    // A line ending in a value, followed by one starting a key: the comma the page left out.
    let mut joined = String::new();
    let mut comma_added = false;
    for (i, line) in kept.iter().enumerate() {
        joined.push_str(line);
        let this = line.trim_end();
        let next = kept.get(i + 1).map(|l| l.trim_start()).unwrap_or("");
        let ends_value =
            this.ends_with(['"', 'e', 'l', ']', '}']) || this.ends_with(char::is_numeric);
        if ends_value && next.starts_with('"') && !this.ends_with([',', '{', '[', ':']) {
            joined.push(',');
            comma_added = true;
        }
        joined.push('\n');
    }
    if comma_added {
        mended.push("missing commas added");
    }
    let without_trailing = outside_strings(&joined, remove_trailing_commas);
    if without_trailing != joined {
        mended.push("trailing commas dropped");
    }
    let mut mended: Vec<String> = mended.into_iter().map(str::to_string).collect();
    mended.extend(comment_note);
    match serde_json::from_str::<Value>(&without_trailing) {
        Ok(value) if !mended.is_empty() => Ok((value, Some(mended.join(", ")))),
        _ => Err(strict),
    }
}

fn remove_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}' | ']')) {
                continue;
            }
        }
        out.push(*c);
    }
    out
}

/// Applies `change` to the parts of `text` outside JSON strings.
fn outside_strings(text: &str, change: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut chunk = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            out.push_str(&change(&chunk));
            chunk.clear();
            out.push(c);
            in_string = true;
        } else {
            chunk.push(c);
        }
    }
    out.push_str(&change(&chunk));
    out
}

/// The first JSON object in `text`: the object and what was mended, or why it does not read;
/// `None` when there is no `{`.
pub fn read_object(text: &str) -> Option<Result<Mended<Map<String, Value>>, String>> {
    let first = balanced(text).into_iter().next()?;
    Some(first.and_then(|object| {
        lenient(object).and_then(|(value, mended)| match value {
            Value::Object(map) => Ok((map, mended)),
            _ => Err("not a JSON object".to_string()),
        })
    }))
}

/// Every JSON object in the lines (the example responses), in order, each read or with why not.
pub fn objects(lines: &[String]) -> Vec<Result<Mended<Value>, String>> {
    let text = lines.join("\n");
    balanced(&text)
        .into_iter()
        .map(|one| one.and_then(lenient))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_that_are_not_json_are_mended_and_say_so() {
        let (value, mended) = lenient("{\n\"a\" => true/false\n\"b\": [1, 2,],\n}").expect("reads");
        assert_eq!(value, serde_json::json!({"a": true, "b": [1, 2]}));
        assert_eq!(
            mended.as_deref(),
            Some(
                "`=>` read as `:`, `true/false` read as `true`, missing commas added, trailing commas dropped"
            )
        );
        let (value, mended) = lenient("{\n:package_code => \"a\",\n:days => 30\n}").expect("reads");
        assert_eq!(value, serde_json::json!({"package_code": "a", "days": 30}));
        assert_eq!(
            mended.as_deref(),
            Some("Ruby symbol keys (`:name =>`) read as names, `=>` read as `:`")
        );
        let (value, mended) = lenient("{\"url\": \"a=>b, }\"}").expect("reads");
        assert_eq!(value, serde_json::json!({"url": "a=>b, }"}));
        assert_eq!(mended, None);
        assert!(lenient("{\"a\": nope}").is_err());
    }

    #[test]
    fn keys_keep_the_page_order() {
        let objects = objects(&["{\"z\": 1,".into(), "\"a\": 2}".into(), "{\"b\": 3}".into()]);
        let Ok((Value::Object(first), _)) = &objects[0] else {
            panic!("{objects:?}")
        };
        assert_eq!(first.keys().collect::<Vec<_>>(), ["z", "a"]);
        assert_eq!(objects.len(), 2);
    }
}
