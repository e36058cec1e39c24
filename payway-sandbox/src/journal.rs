//! The requests the sandbox received, for its page: time, method, path, status, why a refusal
//! was refused, the fault that answered, and the body with every value the spec marks
//! sensitive (and every email, and every parameter it does not list) replaced by
//! `<redacted>`. The latest [`MAX_ENTRIES`] are kept, bodies up to [`MAX_BODY_SHOWN`] bytes.
//!
//! An entry is opened when a request arrives and closed with its answer; one whose answer never
//! went out (a dropped connection) is closed when the request's task ends, as "no answer".

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use payway_codegen::model::{Endpoint, Field, Type};
use serde_json::{Map, Value};

/// How many requests are kept.
pub(crate) const MAX_ENTRIES: usize = 300;

/// The largest body kept, as JSON: with [`MAX_ENTRIES`], the journal holds at most a few MiB.
pub(crate) const MAX_BODY_SHOWN: usize = 8 * 1024;

/// What replaces a value that must not be shown.
const REDACTED: &str = "<redacted>";

/// One request.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) number: u64,
    pub(crate) received_at: SystemTime,
    pub(crate) method: String,
    /// The path, and the query string with its values redacted as the body's are.
    pub(crate) target: String,
    /// `None` while the answer is being made, or when none was sent.
    pub(crate) status: Option<u16>,
    /// For a refusal (4xx, 5xx): its code and message; "no answer" for a dropped connection.
    pub(crate) reason: Option<String>,
    /// The fault directive that answered instead of the endpoint, if one did.
    pub(crate) fault: Option<String>,
    /// The body, redacted; `None` when there was none.
    pub(crate) body: Option<Value>,
}

#[derive(Debug, Default)]
struct Entries {
    next: u64,
    list: VecDeque<Entry>,
}

/// The journal, shared by every request.
#[derive(Debug, Default, Clone)]
pub(crate) struct Journal {
    entries: Arc<Mutex<Entries>>,
}

impl Journal {
    fn lock(&self) -> MutexGuard<'_, Entries> {
        self.entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Opens an entry for a request; `target` is already redacted.
    pub(crate) fn open(&self, method: &str, target: String) -> Open {
        let mut entries = self.lock();
        entries.next += 1;
        let number = entries.next;
        if entries.list.len() >= MAX_ENTRIES {
            entries.list.pop_front();
        }
        entries.list.push_back(Entry {
            number,
            received_at: SystemTime::now(),
            method: method.to_string(),
            target,
            status: None,
            reason: None,
            fault: None,
            body: None,
        });
        Open {
            journal: self.clone(),
            number,
            closed: false,
        }
    }

    /// The entries, oldest first.
    pub(crate) fn entries(&self) -> Vec<Entry> {
        self.lock().list.iter().cloned().collect()
    }

    fn update(&self, number: u64, change: impl FnOnce(&mut Entry)) {
        let mut entries = self.lock();
        // Entries are in number order: an old one may have been pushed out already.
        if let Some(entry) = entries.list.iter_mut().rev().find(|e| e.number == number) {
            change(entry);
        }
    }
}

/// An entry waiting for its answer. Dropped without [`Open::close`], it records "no answer".
#[derive(Debug)]
pub(crate) struct Open {
    journal: Journal,
    number: u64,
    closed: bool,
}

impl Open {
    /// Records the request's redacted body; one over [`MAX_BODY_SHOWN`] bytes of JSON is
    /// described, not kept, so the journal stays small.
    pub(crate) fn body(&self, body: Value) {
        let size = serde_json::to_vec(&body).map_or(0, |bytes| bytes.len());
        let body = if size > MAX_BODY_SHOWN {
            Value::String(format!("({size} bytes of JSON, not kept)"))
        } else {
            body
        };
        self.journal
            .update(self.number, |entry| entry.body = Some(body));
    }

    /// Records the fault directive answering instead of the endpoint.
    pub(crate) fn fault(&self, directive: String) {
        self.journal
            .update(self.number, |entry| entry.fault = Some(directive));
    }

    /// Records the answer.
    pub(crate) fn close(mut self, status: u16, reason: Option<String>) {
        self.closed = true;
        self.journal.update(self.number, |entry| {
            entry.status = Some(status);
            entry.reason = reason;
        });
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        if !self.closed {
            self.journal.update(self.number, |entry| {
                entry.reason = Some("no answer: the connection was closed".to_string());
            });
        }
    }
}

/// Why an answer refused, read from its body: `code: message` in the Payway convention,
/// `error: error_description` in OAuth's, or what kind of body it was.
pub(crate) fn reason(content_type: Option<&str>, body: &[u8]) -> String {
    if let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) {
        let text = |key: &str| map.get(key).and_then(Value::as_str);
        if let (Some(code), Some(message)) = (text("code"), text("message")) {
            return match text("field") {
                Some(field) => format!("{code} ({field}): {message}"),
                None => format!("{code}: {message}"),
            };
        }
        if let Some(error) = text("error") {
            return match text("error_description") {
                Some(description) => format!("{error}: {description}"),
                None => error.to_string(),
            };
        }
    }
    match content_type {
        _ if body.is_empty() => "an empty body".to_string(),
        Some(kind) => format!("a {kind} body of {} bytes", body.len()),
        None => format!("a body of {} bytes", body.len()),
    }
}

/// A JSON body with the values `fields` do not let show replaced; anything not JSON is
/// described, not shown.
pub(crate) fn redact_json(fields: &[Field], open: bool, bytes: &[u8]) -> Option<Value> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    Some(match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => Value::Object(redact_object(fields, open, map)),
        Ok(_) => Value::String("(JSON that is not an object)".to_string()),
        Err(_) => Value::String(format!("(not JSON: {} bytes)", bytes.len())),
    })
}

/// The body of a request to `endpoint`, redacted.
pub(crate) fn redact_endpoint_body(endpoint: &Endpoint, bytes: &[u8]) -> Option<Value> {
    redact_json(&endpoint.body, false, bytes)
}

fn redact_object(fields: &[Field], open: bool, map: Map<String, Value>) -> Map<String, Value> {
    map.into_iter()
        .map(|(key, value)| {
            let shown = match fields.iter().find(|f| f.name == key) {
                Some(field) => redact_value(field, &field.ty, value),
                // An unlisted value is not known to be harmless.
                None if open => value,
                None => Value::String(REDACTED.to_string()),
            };
            (key, shown)
        })
        .collect()
}

fn redact_value(field: &Field, ty: &Type, value: Value) -> Value {
    if field.sensitive || matches!(ty, Type::Email) {
        return Value::String(REDACTED.to_string());
    }
    match (ty, value) {
        (Type::Object(object), Value::Object(map)) => {
            Value::Object(redact_object(&object.fields, false, map))
        }
        (Type::List(inner), Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .map(|item| redact_value(field, inner, item))
                .collect(),
        ),
        (_, value) => value,
    }
}

/// A form body (the token endpoint's): only `grant_type` and `scope` show, every other value
/// (client secret, ticket, refresh token) is redacted.
pub(crate) fn redact_form(bytes: &[u8]) -> Option<Value> {
    if bytes.is_empty() {
        return None;
    }
    let map: Map<String, Value> = form_urlencoded::parse(bytes)
        .map(|(key, value)| {
            let shown = match key.as_ref() {
                "grant_type" | "scope" => Value::String(value.into_owned()),
                _ => Value::String(REDACTED.to_string()),
            };
            (key.into_owned(), shown)
        })
        .collect();
    Some(Value::Object(map))
}

/// `path?query` with the query's values redacted unless `fields` show them.
pub(crate) fn redact_target(
    path: &str,
    query: Option<&str>,
    endpoint: Option<&Endpoint>,
) -> String {
    let path = match endpoint {
        Some(endpoint) => redact_path(path, endpoint),
        None => path.to_string(),
    };
    let fields = endpoint.map_or(&[][..], |e| e.query.as_slice());
    let Some(query) = query.filter(|q| !q.is_empty()) else {
        return path;
    };
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let shown = fields
            .iter()
            .find(|f| f.name == key)
            .filter(|f| !f.sensitive && !matches!(f.ty, Type::Email))
            .map_or(REDACTED.into(), |_| value);
        out.append_pair(&key, &shown);
    }
    format!("{path}?{}", out.finish())
}

/// `path` with the segment of each sensitive path parameter of `endpoint` masked.
fn redact_path(path: &str, endpoint: &Endpoint) -> String {
    let hidden = |name: &str| {
        endpoint
            .path_parameters
            .iter()
            .any(|f| f.name == name && f.sensitive)
    };
    match payway_codegen::model::match_path(&endpoint.path, path) {
        Some(given) if given.iter().any(|(name, _)| hidden(name)) => {
            payway_codegen::model::path_segments(&endpoint.path)
                .zip(path.trim_start_matches('/').split('/'))
                .map(|(segment, actual)| match segment {
                    payway_codegen::model::PathSegment::Parameter(name) if hidden(name) => REDACTED,
                    _ => actual,
                })
                .fold(String::new(), |mut out, part| {
                    out.push('/');
                    out.push_str(part);
                    out
                })
        }
        _ => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place_trial_order() -> Endpoint {
        let spec = payway_codegen::load(crate::PAYWAY_SPEC).expect("the embedded spec loads");
        spec.sections
            .iter()
            .flat_map(|s| &s.endpoints)
            .find(|e| e.action == "place_trial_order")
            .cloned()
            .expect("place_trial_order")
    }

    #[test]
    fn bodies_show_no_sensitive_value() {
        let body = br#"{"customer_info":{"email":"payway@adeprimo.se","first_name":"Payway"},
            "klarna_authorization_token":"secret-token","klarna_payments_session_id":"s1",
            "browser_ip":"81.208.13.50","browser_language":"sv-SE","unlisted":"who knows"}"#;
        let shown = redact_endpoint_body(&place_trial_order(), body).expect("a body");
        let text = shown.to_string();
        for hidden in [
            "payway@adeprimo.se",
            "Payway\"",
            "secret-token",
            "81.208.13.50",
            "who knows",
        ] {
            assert!(!text.contains(hidden), "{hidden} shows in {text}");
        }
        assert_eq!(shown["klarna_payments_session_id"], "s1");
        assert_eq!(shown["browser_language"], "sv-SE");
        assert_eq!(shown["customer_info"]["email"], REDACTED);
    }

    #[test]
    fn forms_and_queries_show_only_what_is_harmless() {
        let form = redact_form(b"grant_type=ticket&ticket=tkt_1&client_secret=s").expect("form");
        assert_eq!(form["grant_type"], "ticket");
        assert_eq!(form["ticket"], REDACTED);
        assert_eq!(form["client_secret"], REDACTED);
        assert_eq!(
            redact_target("/p", Some("code=a&other=b"), None),
            "/p?code=%3Credacted%3E&other=%3Credacted%3E"
        );
    }

    #[test]
    fn sensitive_path_parameters_are_masked() {
        let mut endpoint = place_trial_order();
        endpoint.path = "/external/api/v1/people/{ssn}/{id}/".to_string();
        let field = |name: &str, sensitive| Field {
            name: name.to_string(),
            ty: Type::Integer,
            required: true,
            default: None,
            description: None,
            sensitive,
            unsettable: false,
        };
        endpoint.path_parameters = vec![field("ssn", true), field("id", false)];
        assert_eq!(
            redact_target(
                "/external/api/v1/people/19121212-1212/7/",
                None,
                Some(&endpoint)
            ),
            "/external/api/v1/people/<redacted>/7/"
        );
    }

    #[test]
    fn reasons_come_from_either_convention() {
        assert_eq!(
            reason(
                None,
                br#"{"code":"invalid_parameter","field":"x","message":"bad"}"#
            ),
            "invalid_parameter (x): bad"
        );
        assert_eq!(
            reason(
                None,
                br#"{"error":"invalid_grant","error_description":"used"}"#
            ),
            "invalid_grant: used"
        );
        assert_eq!(
            reason(Some("text/html"), b"<html>"),
            "a text/html body of 6 bytes"
        );
        assert_eq!(reason(None, b""), "an empty body");
    }

    #[test]
    fn the_journal_keeps_the_latest_and_notes_lost_answers() {
        let journal = Journal::default();
        for i in 0..MAX_ENTRIES + 5 {
            journal.open("GET", format!("/{i}")).close(200, None);
        }
        let big = journal.open("POST", "/big".to_string());
        big.body(Value::String("x".repeat(MAX_BODY_SHOWN + 1)));
        big.close(200, None);
        drop(journal.open("POST", "/lost".to_string()));
        let entries = journal.entries();
        assert_eq!(entries.len(), MAX_ENTRIES);
        let last = entries.last().expect("an entry");
        assert_eq!((last.target.as_str(), last.status), ("/lost", None));
        let big = &entries[entries.len() - 2];
        assert!(
            big.body
                .as_ref()
                .is_some_and(|b| b.to_string().contains("not kept"))
        );
        assert!(
            last.reason
                .as_deref()
                .is_some_and(|r| r.contains("no answer"))
        );
    }
}
