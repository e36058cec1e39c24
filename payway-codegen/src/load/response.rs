//! An endpoint's `response`: envelope, status, `may_be_empty`, fields.

use super::{Context, Loader, read::MapReader};
use crate::model::keys;
use crate::model::{Envelope, Response};
use crate::yaml::Node;

impl Loader {
    pub(super) fn response(&mut self, node: &Node, endpoint: &str) -> Option<Response> {
        let what = format!("`response` of {endpoint}");
        let map = self.map(node, &what, &[keys::RESPONSE])?;
        let envelope = self
            .required(&map, "envelope", "item")
            .and_then(|n| self.envelope(n, &what));
        if envelope == Some(Envelope::Undocumented) {
            return self.undocumented_response(&map, &what);
        }
        let status = match (map.get("status"), envelope) {
            (Some(n), _) => self.status(n, envelope, &what),
            (None, Some(Envelope::Empty)) => Some(204),
            (None, _) => Some(200),
        };
        let fields = match (envelope, map.get("fields")) {
            // No data, so no fields: say so rather than silently ignore them.
            (Some(Envelope::Empty), Some(n)) => {
                let key = map.entries.iter().find(|(k, _)| k.text == "fields");
                self.error(
                    key.map_or(n.location, |(k, _)| k.location),
                    format!("{what} has `envelope: empty`, which carries no data: remove `fields`"),
                );
                Vec::new()
            }
            (Some(Envelope::Empty), None) => Vec::new(),
            _ => self
                .required(&map, "fields", "{ id: { type: string } }")
                .map(|n| self.fields(n, &format!("`fields` of {what}"), Context::Response))
                .unwrap_or_default(),
        };
        let may_be_empty = self.may_be_empty(&map, envelope, &what);
        Some(Response {
            envelope: envelope?,
            status: status?,
            may_be_empty,
            fields,
        })
    }

    /// A response the docs do not show: it has no `fields`, since any would be invented. The
    /// client keeps the whole body as JSON.
    pub(super) fn undocumented_response(
        &mut self,
        map: &MapReader<'_>,
        what: &str,
    ) -> Option<Response> {
        // A page may state the status (log_to_accounts: "always 207") without showing the
        // body; what it does not show cannot have a documented shape.
        if let Some(node) = map.get("may_be_empty") {
            self.error(
                node.location,
                format!("{what} is `undocumented`, so it has no `may_be_empty`: remove it"),
            );
        }
        let status = match map.get("status") {
            Some(node) => self.status(node, Some(Envelope::Undocumented), what)?,
            None => 200,
        };
        if let Some(node) = map.get("fields") {
            self.error(
                node.location,
                format!(
                    "{what} is `undocumented`, so it has no `fields`: remove them, or give the \
                     envelope (`item` or `items`) the docs show"
                ),
            );
        }
        Some(Response {
            envelope: Envelope::Undocumented,
            status,
            may_be_empty: false,
            fields: Vec::new(),
        })
    }

    /// `envelope`: how the response wraps its data.
    pub(super) fn envelope(&mut self, node: &Node, what: &str) -> Option<Envelope> {
        let envelope = node.as_scalar().and_then(Envelope::from_word);
        if envelope.is_none() {
            let choices: Vec<String> = Envelope::ALL
                .iter()
                .map(|&e| format!("`{}` ({})", e.word(), envelope_meaning(e)))
                .collect();
            self.error(
                node.location,
                format!("`envelope` of {what} must be {}", one_of(&choices)),
            );
        }
        envelope
    }

    /// `may_be_empty`: the endpoint may also answer with no data; not for `empty`, which never
    /// has any.
    pub(super) fn may_be_empty(
        &mut self,
        map: &MapReader<'_>,
        envelope: Option<Envelope>,
        what: &str,
    ) -> bool {
        let value = self.optional_bool(map, "may_be_empty").unwrap_or(false);
        if value
            && envelope == Some(Envelope::Empty)
            && let Some(node) = map.get("may_be_empty")
        {
            self.error(
                node.location,
                format!("`may_be_empty` of {what} does not apply to `envelope: empty`, which never has data: remove it"),
            );
        }
        value
    }

    /// `status`: the documented success status, a 2xx that fits the envelope.
    pub(super) fn status(
        &mut self,
        node: &Node,
        envelope: Option<Envelope>,
        what: &str,
    ) -> Option<u16> {
        let status = match node.as_scalar().map(str::parse::<u16>) {
            Some(Ok(status)) if (200..300).contains(&status) => status,
            _ => {
                self.error(
                    node.location,
                    format!(
                        "`status` of {what} must be a success status from 200 to 299, e.g. `201`"
                    ),
                );
                return None;
            }
        };
        if status == 204 && envelope.is_some_and(|e| e != Envelope::Empty) {
            self.error(
                node.location,
                format!("`status` of {what} is 204 (No Content), which has no body: use `envelope: empty`"),
            );
            return None;
        }
        Some(status)
    }
}

/// What an envelope word stands for, in the message about an unknown one.
fn envelope_meaning(envelope: Envelope) -> &'static str {
    match envelope {
        Envelope::Item => "`{\"item\": {...}}`",
        Envelope::Items => "`{\"items\": [...]}`",
        Envelope::None => "a bare object",
        Envelope::Empty => "no data",
        Envelope::Undocumented => "the docs do not show the response",
    }
}

/// `a`, `a or b`, `a, b or c`.
fn one_of(choices: &[String]) -> String {
    match choices {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}
