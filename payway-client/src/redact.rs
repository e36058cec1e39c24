//! Keeping personal data and secrets out of errors: the values of fields the spec marks
//! `sensitive` are masked in body excerpts, and the sensitive values a request carried are
//! masked wherever an answer repeats them (an API error message, a decode error's reason).

use serde_json::Value;

/// What stands in for a masked value.
pub(crate) const MASK: &str = "<redacted>";

/// The shortest request value masked where an answer repeats it: shorter ones (a one-letter
/// initial) would mask ordinary words of the message and tell nothing on their own.
const MIN_REPEATED: usize = 2;

/// What to mask in the answers of one request.
#[derive(Debug, Default)]
pub(crate) struct Redactor {
    keys: &'static [&'static str],
    values: Vec<String>,
}

impl Redactor {
    /// Masks the values of `keys` in JSON text, and the sensitive values `request` (the JSON body
    /// or query sent) carried under those keys wherever they appear.
    pub(crate) fn new(keys: &'static [&'static str], request: Option<&Value>) -> Self {
        let mut values = Vec::new();
        if let Some(request) = request {
            collect(request, keys, false, &mut values);
        }
        values.retain(|v| v.chars().count() >= MIN_REPEATED);
        // Longest first, so a value containing another is masked whole.
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        values.dedup();
        Redactor { keys, values }
    }

    /// Free text (a message, a reason) with every known sensitive value masked.
    pub(crate) fn text(&self, text: &str) -> String {
        let mut text = text.to_string();
        for value in &self.values {
            if text.contains(value.as_str()) {
                text = text.replace(value.as_str(), MASK);
            }
        }
        text
    }

    /// A body (JSON or not, maybe cut short): the values of sensitive keys masked, structure
    /// kept, and every sensitive value found there or in the request masked in the rest too.
    /// Returns the masked text and the raw values masked by key, for masking other texts that
    /// quote them (serde's reasons do).
    pub(crate) fn body(&self, body: &str) -> (String, Vec<String>) {
        let (masked, found) = mask_json_text(body, self.keys);
        (self.text(&masked), found)
    }

    /// A JSON value with the values of sensitive keys masked and known values masked in strings.
    pub(crate) fn value(&self, value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map.iter_mut() {
                    if self.keys.contains(&key.as_str()) {
                        mask_all(inner);
                    } else {
                        self.value(inner);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.value(v)),
            Value::String(s) => *s = self.text(s),
            _ => {}
        }
    }
}

/// Every scalar under a sensitive key replaced by the mask.
fn mask_all(value: &mut Value) {
    match value {
        Value::Object(map) => map.values_mut().for_each(mask_all),
        Value::Array(items) => items.iter_mut().for_each(mask_all),
        Value::Null => {}
        other => *other = Value::String(MASK.to_string()),
    }
}

/// The scalar values under `keys` in `value`, as text.
fn collect(value: &Value, keys: &[&str], inside: bool, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                collect(inner, keys, inside || keys.contains(&key.as_str()), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, keys, inside, out)),
        Value::String(s) if inside => out.push(s.clone()),
        Value::Number(n) if inside => out.push(n.to_string()),
        _ => {}
    }
}

/// One open container of the text being scanned.
struct Open {
    object: bool,
    expect_key: bool,
    masked: bool,
}

/// Masks the values of `keys` in JSON text that may be invalid or cut short: strings become
/// `"<redacted>"`, other scalars `<redacted>`, objects and arrays under such a key keep their
/// shape with every scalar masked. Returns the text and the raw values masked.
pub(crate) fn mask_json_text(text: &str, keys: &[&str]) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut found = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // The last key read, waiting for its `:`; then whether the value after `:` is masked.
    let mut last_key: Option<bool> = None;
    let mut value_masked = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let inside_masked = stack.last().is_some_and(|o| o.masked);
        let expecting_key = stack.last().is_some_and(|o| o.object && o.expect_key);
        match c {
            '"' => {
                let mut end = text.len();
                let mut escaped = false;
                for (i, c) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        end = i + 1;
                        break;
                    }
                }
                let raw = &text[start..end];
                if expecting_key {
                    let name = raw.trim_start_matches('"').trim_end_matches('"');
                    last_key = Some(keys.contains(&name));
                    out.push_str(raw);
                } else if value_masked || inside_masked {
                    let inner = raw.strip_prefix('"').unwrap_or(raw);
                    found.push(inner.strip_suffix('"').unwrap_or(inner).to_string());
                    out.push('"');
                    out.push_str(MASK);
                    if raw.len() > 1 && raw.ends_with('"') {
                        out.push('"');
                    }
                    value_masked = false;
                } else {
                    out.push_str(raw);
                }
            }
            ':' => {
                value_masked = last_key.take().unwrap_or(false);
                if let Some(open) = stack.last_mut() {
                    open.expect_key = false;
                }
                out.push(c);
            }
            '{' | '[' => {
                stack.push(Open {
                    object: c == '{',
                    expect_key: c == '{',
                    masked: value_masked || inside_masked,
                });
                value_masked = false;
                out.push(c);
            }
            '}' | ']' => {
                stack.pop();
                value_masked = false;
                out.push(c);
            }
            ',' => {
                if let Some(open) = stack.last_mut() {
                    open.expect_key = open.object;
                }
                value_masked = false;
                out.push(c);
            }
            c if c.is_whitespace() => out.push(c),
            _ => {
                // A bare scalar (number, literal) or stray text: up to the next delimiter.
                let mut end = start + c.len_utf8();
                while let Some(&(i, next)) = chars.peek() {
                    if next.is_whitespace()
                        || matches!(next, ',' | ':' | '{' | '}' | '[' | ']' | '"')
                    {
                        break;
                    }
                    end = i + next.len_utf8();
                    chars.next();
                }
                let raw = &text[start..end];
                if (value_masked || inside_masked) && !expecting_key {
                    found.push(raw.to_string());
                    out.push_str(MASK);
                    value_masked = false;
                } else {
                    out.push_str(raw);
                }
            }
        }
    }
    (out, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: &[&str] = &["klarna_client_token", "address", "first_name"];

    #[test]
    fn masks_values_of_sensitive_keys_and_keeps_the_structure() {
        let text = r#"{"item":{"klarna_payments_session_id":"ks-1","klarna_client_token":"eyJ\"x","n":1,"address":{"street":"Main 1","no":[2,"b"]},"first_name":7}}"#;
        let (masked, found) = mask_json_text(text, KEYS);
        assert_eq!(
            masked,
            r#"{"item":{"klarna_payments_session_id":"ks-1","klarna_client_token":"<redacted>","n":1,"address":{"street":"<redacted>","no":[<redacted>,"<redacted>"]},"first_name":<redacted>}}"#
        );
        assert_eq!(found, ["eyJ\\\"x", "Main 1", "2", "b", "7"]);
    }

    #[test]
    fn masks_a_value_cut_short_and_text_that_is_not_json() {
        let (masked, _) = mask_json_text(r#"{"klarna_client_token": "eyJhbGciOi"#, KEYS);
        assert_eq!(masked, r#"{"klarna_client_token": "<redacted>"#);
        let html = "<html><body>502 Bad Gateway</body></html>";
        assert_eq!(mask_json_text(html, KEYS).0, html);
    }

    #[test]
    fn masks_request_values_repeated_in_free_text() {
        let request = serde_json::json!({
            "customer_info": {"first_name": "Astrid", "email": "a@b.se"},
            "first_name": "Bo",
            "klarna_payments_session_id": "ks-1"
        });
        let redactor = Redactor::new(&["first_name", "email"], Some(&request));
        assert_eq!(
            redactor.text("Astrid (a@b.se) is taken; Bo; ks-1"),
            "<redacted> (<redacted>) is taken; <redacted>; ks-1"
        );
        let mut details = serde_json::json!({"first_name": "x", "hint": "Astrid"});
        redactor.value(&mut details);
        assert_eq!(
            details,
            serde_json::json!({"first_name": "<redacted>", "hint": "<redacted>"})
        );
    }
}
