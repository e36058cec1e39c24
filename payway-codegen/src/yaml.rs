//! The located parse: YAML text to a tree of [`Node`]s that each know their line and column.
//!
//! Built on the event stream of `saphyr-parser` rather than on serde, because the later stages
//! need what serde cannot give: every key's location, duplicate keys reported instead of silently
//! overwritten, and every problem of a file collected instead of stopping at the first.

use crate::diagnostic::{Diagnostic, Location};
use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// A YAML value with the location where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the value starts in the file.
    pub location: Location,
    /// The value itself.
    pub value: Value,
}

/// The three shapes a YAML value can have. Scalars stay text: the loader decides what they mean.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar. `quoted` is true when it was written in quotes (so `"true"` is not a boolean).
    Scalar {
        /// The scalar's text, with YAML escapes resolved.
        text: String,
        /// Whether it was written in quotes or as a block.
        quoted: bool,
    },
    /// A sequence, in order.
    List(Vec<Node>),
    /// A mapping, in order, keys kept with their locations. Duplicate keys are kept here and
    /// reported by the loader, which knows what the map is for.
    Map(Vec<(Key, Node)>),
}

/// A mapping key and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// Where the key starts.
    pub location: Location,
    /// The key's text.
    pub text: String,
}

impl Node {
    /// A short name of the node's shape, for messages ("a list", "a map", "text").
    pub fn shape(&self) -> &'static str {
        match &self.value {
            Value::Scalar { .. } => "a single value",
            Value::List(_) => "a list",
            Value::Map(_) => "a map",
        }
    }

    /// The node as a scalar's text, if it is one.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// How deeply lists and maps may nest. A spec needs about a dozen levels; the limit keeps the
/// recursive stages after the parse from overflowing the stack on hostile input.
pub const MAX_DEPTH: usize = 64;

/// Parses one YAML document. An empty file gives an empty map.
///
/// Anchors and aliases (`&a`, `*a`) are rejected: a spec should read top to bottom.
pub fn parse(source: &str) -> Result<Node, Diagnostic> {
    let mut events = Vec::new();
    // Where each list and map still open starts, outermost first.
    let mut open: Vec<Span> = Vec::new();
    for item in Parser::new_from_str(source) {
        match item {
            Ok((event, span)) => {
                match event {
                    Event::SequenceStart(..) | Event::MappingStart(..) => {
                        open.push(span);
                        if open.len() > MAX_DEPTH {
                            return Err(Diagnostic::new(
                                location(&span),
                                format!(
                                    "lists and maps nest more than {MAX_DEPTH} levels deep here: \
                                     a spec never needs that many"
                                ),
                            ));
                        }
                    }
                    Event::SequenceEnd | Event::MappingEnd => {
                        open.pop();
                    }
                    _ => {}
                }
                events.push((event, span));
            }
            Err(error) => {
                let marker = error.marker();
                return Err(Diagnostic::new(
                    Location {
                        line: marker.line().max(1),
                        column: marker.col() + 1,
                    },
                    format!(
                        "this is not valid YAML: {}{}",
                        error.info(),
                        open_flow_hint(source, &open)
                    ),
                ));
            }
        }
    }
    let mut builder = TreeBuilder {
        events: events.into_iter(),
        documents: 0,
    };
    builder.document()
}

/// Where the innermost `[...]` or `{...}` still open at a parse error starts: the parser notices
/// a missing `]` or `}` only where the text stops making sense, often lines later.
fn open_flow_hint(source: &str, open: &[Span]) -> String {
    for span in open.iter().rev() {
        if let Some(bracket @ ('[' | '{')) = source.chars().nth(span.start.index()) {
            let at = location(span);
            return format!(
                " (inside the `{bracket}` at line {}, column {}: check that it is closed)",
                at.line, at.column
            );
        }
    }
    String::new()
}

fn location(span: &Span) -> Location {
    Location {
        line: span.start.line().max(1),
        column: span.start.col() + 1,
    }
}

struct TreeBuilder<'a, I: Iterator<Item = (Event<'a>, Span)>> {
    events: I,
    documents: usize,
}

impl<'a, I: Iterator<Item = (Event<'a>, Span)>> TreeBuilder<'a, I> {
    fn document(&mut self) -> Result<Node, Diagnostic> {
        let mut root = None;
        while let Some((event, span)) = self.events.next() {
            match event {
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
                Event::StreamEnd => break,
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(Diagnostic::new(
                            location(&span),
                            "a spec file holds one YAML document: remove this second `---` document \
                             or move it into its own file",
                        ));
                    }
                }
                other => {
                    let node = self.node(other, span)?;
                    root = Some(node);
                }
            }
        }
        Ok(root.unwrap_or(Node {
            location: Location { line: 1, column: 1 },
            value: Value::Map(Vec::new()),
        }))
    }

    fn next_event(&mut self, after: Location) -> Result<(Event<'a>, Span), Diagnostic> {
        self.events
            .next()
            .ok_or_else(|| Diagnostic::new(after, "the YAML ends in the middle of this value"))
    }

    fn node(&mut self, event: Event<'a>, span: Span) -> Result<Node, Diagnostic> {
        let here = location(&span);
        let value = match event {
            Event::Scalar(text, style, anchor, _tag) => {
                reject_anchor(anchor, here)?;
                Value::Scalar {
                    text: text.into_owned(),
                    quoted: !matches!(style, ScalarStyle::Plain),
                }
            }
            Event::SequenceStart(anchor, _tag) => {
                reject_anchor(anchor, here)?;
                let mut items = Vec::new();
                loop {
                    let (event, span) = self.next_event(here)?;
                    if matches!(event, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node(event, span)?);
                }
                Value::List(items)
            }
            Event::MappingStart(anchor, _tag) => {
                reject_anchor(anchor, here)?;
                let mut entries = Vec::new();
                loop {
                    let (event, span) = self.next_event(here)?;
                    if matches!(event, Event::MappingEnd) {
                        break;
                    }
                    let key_node = self.node(event, span)?;
                    let key = match key_node.value {
                        Value::Scalar { text, .. } => Key {
                            location: key_node.location,
                            text,
                        },
                        _ => {
                            return Err(Diagnostic::new(
                                key_node.location,
                                format!("a map key must be a plain name, not {}", key_node.shape()),
                            ));
                        }
                    };
                    let (event, span) = self.next_event(key.location)?;
                    let value = self.node(event, span)?;
                    entries.push((key, value));
                }
                Value::Map(entries)
            }
            Event::Alias(_) => {
                return Err(Diagnostic::new(
                    here,
                    "aliases (`*name`) are not supported in a spec: write the value out",
                ));
            }
            _ => {
                return Err(Diagnostic::new(here, "unexpected YAML structure here"));
            }
        };
        Ok(Node {
            location: here,
            value,
        })
    }
}

fn reject_anchor(anchor: usize, here: Location) -> Result<(), Diagnostic> {
    if anchor == 0 {
        Ok(())
    } else {
        Err(Diagnostic::new(
            here,
            "anchors (`&name`) are not supported in a spec: write the value out where it is used",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_keep_their_locations() {
        let node = parse("a: 1\nb:\n  - x\n  - 'y'\n").unwrap();
        let Value::Map(entries) = node.value else {
            panic!("expected a map")
        };
        assert_eq!(entries[0].0.text, "a");
        assert_eq!(entries[0].0.location, Location { line: 1, column: 1 });
        assert_eq!(entries[1].0.location, Location { line: 2, column: 1 });
        let Value::List(items) = &entries[1].1.value else {
            panic!("expected a list")
        };
        assert_eq!(items[1].location, Location { line: 4, column: 5 });
        assert_eq!(
            items[1].value,
            Value::Scalar {
                text: "y".into(),
                quoted: true
            }
        );
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_loader_to_report() {
        let node = parse("a: 1\na: 2\n").unwrap();
        let Value::Map(entries) = node.value else {
            panic!("expected a map")
        };
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn malformed_yaml_is_located() {
        let error = parse("a:\n  b: [1, 2\nc: 3\n").unwrap_err();
        assert!(error.message.starts_with("this is not valid YAML"));
        assert!(error.location.line >= 2, "{error:?}");
    }

    #[test]
    fn anchors_and_aliases_are_rejected() {
        let error = parse("a: &x 1\nb: *x\n").unwrap_err();
        assert_eq!(error.location, Location { line: 1, column: 4 });
    }

    #[test]
    fn empty_input_is_an_empty_map() {
        assert_eq!(parse("").unwrap().value, Value::Map(Vec::new()));
    }
}
