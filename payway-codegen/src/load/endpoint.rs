//! One endpoint: its own keys, its path against its version, section and action, its
//! parameters in query and body, `required_one_of`, `additional_parameters`, the Rust type
//! names it would generate, and its example (read once everything else loaded).

use super::{Context, Loader, read::MapReader};
use crate::diagnostic::Location;
use crate::model::keys;
use crate::model::{Endpoint, Example, Field, Method};
use crate::naming;
use crate::yaml::{Node, Value};
use std::collections::{HashMap, HashSet};

impl Loader {
    pub(super) fn endpoint(&mut self, section: &str, node: &Node) -> Option<Endpoint> {
        let problems_before = self.diagnostics.len();
        // Messages about the endpoint's own keys name it by its action when that is usable.
        let named = match &node.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(key, _)| key.text == "action")
                .and_then(|(_, value)| value.as_scalar())
                .filter(|action| naming::is_snake_case(action))
                .map(|action| format!("endpoint `{section}.{action}`")),
            _ => None,
        };
        let map = self.map(
            node,
            &named.unwrap_or_else(|| format!("an endpoint of section `{section}`")),
            &[keys::ENDPOINT],
        )?;
        let action = self
            .required(&map, "action", "create_session")
            .and_then(|n| {
                let text = self.text(n, "`action`")?;
                self.snake_name(n.location, &text, "action").then_some(text)
            });
        let name = match &action {
            Some(action) => format!("endpoint `{section}.{action}`"),
            None => format!("an endpoint of section `{section}`"),
        };
        let mut map = map;
        map.what = name.clone();

        let version = self.required(&map, "version", "1").and_then(|n| {
            match n.as_scalar().map(str::parse::<u32>) {
                Some(Ok(v)) if v > 0 => Some(v),
                _ => {
                    self.error(
                        n.location,
                        format!("`version` of {name} must be a positive whole number, e.g. `2`"),
                    );
                    None
                }
            }
        });
        let method = self.required(&map, "method", "POST").and_then(|n| {
            match n.as_scalar().and_then(Method::from_word) {
                Some(method) => Some(method),
                None => {
                    let words: Vec<&str> = Method::ALL.iter().map(|m| m.word()).collect();
                    self.error(
                        n.location,
                        format!("`method` of {name} must be one of {}", words.join(", ")),
                    );
                    None
                }
            }
        });
        let path = self
            .required(&map, "path", "/external/api/v1/section/action")
            .and_then(|n| {
                let path = self.text(n, &format!("`path` of {name}"))?;
                self.endpoint_path(n, path, version?, section, &name)
            });
        let summary = self
            .required(&map, "summary", "Create purchase session.")
            .and_then(|n| self.text(n, &format!("`summary` of {name}")));
        let description = self.optional_text(&map, "description");
        let docs = map
            .get("docs")
            .and_then(|n| self.url(n, &format!("`docs` of {name}")));
        let release = self.optional_text(&map, "release");
        let scope = self
            .required(&map, "scope", "/external/klarna_payments/w")
            .and_then(|n| {
                let scope = self.text(n, &format!("`scope` of {name}"))?;
                if naming::is_scope(&scope) {
                    Some(scope)
                } else {
                    self.error(
                        n.location,
                        format!(
                            "`scope` of {name} must look like `/external/<resource>/<r|w>`, \
                             found `{scope}`"
                        ),
                    );
                    None
                }
            });
        let identity = self
            .required(&map, "identity", "false")
            .and_then(|n| self.bool(n, &format!("`identity` of {name}")));
        let retry_safe = self
            .required(&map, "retry_safe", "true")
            .and_then(|n| self.bool(n, &format!("`retry_safe` of {name}")));

        let path_parameters = map
            .get("path_parameters")
            .map(|n| self.fields(n, &format!("`path_parameters` of {name}"), Context::Path))
            .unwrap_or_default();
        if let (Some(path), Some(path_node)) = (&path, map.get("path")) {
            self.check_path_parameters(path, path_node, &path_parameters, &map, &name);
        }
        let query = map
            .get("query")
            .map(|n| self.fields(n, &format!("`query` of {name}"), Context::Query))
            .unwrap_or_default();
        let body = map
            .get("body")
            .map(|n| self.fields(n, &format!("`body` of {name}"), Context::Body))
            .unwrap_or_default();
        let mut names = HashSet::new();
        for field in path_parameters.iter().chain(&query).chain(&body) {
            if !names.insert(field.name.as_str()) {
                self.error(
                    map.location,
                    format!(
                        "parameter `{}` of {name} appears twice among `path_parameters`, \
                         `query` and `body`: keep one",
                        field.name
                    ),
                );
            }
        }
        let required_one_of = map
            .get("required_one_of")
            .map(|n| self.required_one_of(n, &name, &query, &body))
            .unwrap_or_default();
        let additional_parameters = self.additional_parameters(&map, &name, method);
        let response = self
            .required(&map, "response", "{ envelope: item, fields: {...} }")
            .and_then(|n| self.response(n, &name));

        let mut endpoint = Endpoint {
            action: action?,
            version: version?,
            method: method?,
            path: path?,
            summary: summary?,
            description,
            docs,
            release,
            scope: scope?,
            identity: identity?,
            retry_safe: retry_safe?,
            path_parameters,
            query,
            body,
            required_one_of,
            additional_parameters,
            response: response?,
            example: Example::default(),
        };
        self.check_type_names(&endpoint, node.location, &name);
        // An example is checked against the fields, so only once they all loaded: a field with a
        // problem would make every use of it in the example a second, confusing one.
        if let Some(example) = map.get("example")
            && self.diagnostics.len() == problems_before
        {
            endpoint.example =
                crate::example::read(example, &endpoint, &name, &mut self.diagnostics);
        }
        Some(endpoint)
    }

    /// An endpoint's path: `/`-separated segments of letters, digits, `_`, `-` and `.`, or
    /// `{snake_name}` placeholders; no empty segment but a last one (a path ending in `/`, kept
    /// as the server's route has it). Its first `v<N>` segment is `v<version>`, and the section's
    /// name follows it (not a placeholder) ([`model::locate`](crate::model::locate)); what
    /// follows is free (the action need not be in it).
    pub(super) fn endpoint_path(
        &mut self,
        node: &Node,
        path: String,
        version: u32,
        section: &str,
        name: &str,
    ) -> Option<String> {
        let example = "`/external/api/v1/section/action` or `/external/api/v1/section/{id}`";
        let Some(rest) = path.strip_prefix('/') else {
            self.error(
                node.location,
                format!("`path` of {name} must start with `/`, like {example}; found `{path}`"),
            );
            return None;
        };
        let segments: Vec<&str> = rest.split('/').collect();
        let last = segments.len() - 1;
        for (i, segment) in segments.iter().enumerate() {
            let placeholder = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}'));
            let fine = match placeholder {
                Some(inner) => naming::is_snake_case(inner),
                None if segment.is_empty() => i == last && i > 0,
                None => segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')),
            };
            if !fine {
                let why = match placeholder {
                    Some(_) => format!("`{segment}` must name its parameter in snake_case"),
                    None if segment.is_empty() => "it has an empty segment (`//`)".to_string(),
                    None => format!(
                        "segment `{segment}` may hold only letters, digits, `_`, `-` and `.`, \
                         or be a `{{snake_name}}` placeholder"
                    ),
                };
                self.error(
                    node.location,
                    format!("`path` of {name} is not a valid path: {why} (like {example})"),
                );
                return None;
            }
        }
        let place = crate::model::locate(&path);
        if place.is_some_and(|p| {
            p.version == version && p.section == Some(crate::model::PathSegment::Literal(section))
        }) {
            return Some(path);
        }
        self.error(
            node.location,
            format!(
                "`path` of {name} must hold `/v{version}/{section}` (its version, then its \
                 section's name), e.g. `/external/api/v{version}/{section}/action`; found `{path}`"
            ),
        );
        None
    }

    /// Each `{name}` of the path is a parameter under `path_parameters`, once, and each of those
    /// is in the path: both ways, located.
    fn check_path_parameters(
        &mut self,
        path: &str,
        path_node: &Node,
        declared: &[Field],
        map: &MapReader<'_>,
        name: &str,
    ) {
        let mut placeholders: Vec<&str> = Vec::new();
        for segment in crate::model::path_segments(path) {
            let crate::model::PathSegment::Parameter(placeholder) = segment else {
                continue;
            };
            if placeholders.contains(&placeholder) {
                self.error(
                    path_node.location,
                    format!("`path` of {name} has `{{{placeholder}}}` twice: name each once"),
                );
            } else if !declared.iter().any(|f| f.name == placeholder) {
                self.error(
                    path_node.location,
                    format!(
                        "`path` of {name} has `{{{placeholder}}}`, which `path_parameters` does \
                         not declare: add `{placeholder}: {{ type: string }}` under \
                         `path_parameters`"
                    ),
                );
            }
            placeholders.push(placeholder);
        }
        let Some(node) = map.get("path_parameters") else {
            return;
        };
        let Value::Map(entries) = &node.value else {
            return;
        };
        for (key, _) in entries {
            if declared.iter().any(|f| f.name == key.text)
                && !placeholders.contains(&key.text.as_str())
            {
                self.error(
                    key.location,
                    format!(
                        "path parameter `{}` of {name} is not in its `path` (`{path}`): write \
                         `{{{}}}` where it goes, or remove it",
                        key.text, key.text
                    ),
                );
            }
        }
    }

    /// Two values of one endpoint that would generate the same Rust type name clash.
    pub(super) fn check_type_names(&mut self, endpoint: &Endpoint, location: Location, name: &str) {
        let mut seen = HashSet::new();
        let mut clashes = HashSet::new();
        for type_name in naming::declared_types(endpoint) {
            if naming::PRELUDE_NAMES.contains(&type_name.as_str()) {
                self.error(
                    location,
                    format!(
                        "{name} would generate a Rust type named `{type_name}`, which would hide \
                         Rust's own `{type_name}`: give the object a different `name`, or rename \
                         the field"
                    ),
                );
            }
            // Two objects named `X` also clash as `XBuilder`: one problem, reported once.
            let builder_of_clash = type_name
                .strip_suffix("Builder")
                .is_some_and(|object| clashes.contains(object));
            if !seen.insert(type_name.clone()) && !builder_of_clash {
                clashes.insert(type_name.clone());
                self.error(
                    location,
                    format!(
                        "{name} would generate two Rust types named `{type_name}`: give one of \
                         the objects a different `name`, or rename one of the fields"
                    ),
                );
            }
        }
    }

    /// `required_one_of: [[a, b], ...]`: groups of optional parameters of the endpoint, at
    /// least one of each group to be set. Every name must be a parameter of the endpoint, not
    /// `required`, and in one group only.
    pub(super) fn required_one_of(
        &mut self,
        node: &Node,
        endpoint: &str,
        query: &[Field],
        body: &[Field],
    ) -> Vec<Vec<String>> {
        let what = format!("`required_one_of` of {endpoint}");
        let example = "e.g. `[[period_type, period_id]]`";
        let Value::List(groups) = &node.value else {
            self.error(
                node.location,
                format!("{what} must be a list of lists of parameter names, {example}"),
            );
            return Vec::new();
        };
        let parameters: Vec<&Field> = query.iter().chain(body).collect();
        let names: Vec<&str> = parameters.iter().map(|f| f.name.as_str()).collect();
        let mut grouped: HashMap<String, Location> = HashMap::new();
        let mut out = Vec::new();
        for group in groups {
            let Value::List(members) = &group.value else {
                self.error(
                    group.location,
                    format!("each group of {what} must be a list of parameter names, {example}"),
                );
                continue;
            };
            if members.len() < 2 {
                self.error(
                    group.location,
                    format!(
                        "a group of {what} needs at least two parameters (one alone is \
                         `required: true`)"
                    ),
                );
                continue;
            }
            let mut kept = Vec::new();
            for member in members {
                let Some(name) = self.text(member, &format!("a name in {what}")) else {
                    continue;
                };
                let Some(field) = parameters.iter().find(|f| f.name == name) else {
                    let hint = match naming::closest(&name, &names) {
                        Some(close) => format!("did you mean `{close}`?"),
                        None => format!("its parameters are: {}", names.join(", ")),
                    };
                    self.error(
                        member.location,
                        format!("{what} names `{name}`, which is not a parameter of it: {hint}"),
                    );
                    continue;
                };
                if field.required {
                    self.error(
                        member.location,
                        format!(
                            "{what} names `{name}`, which is `required: true` already: remove \
                             it from the group, or make it optional"
                        ),
                    );
                    continue;
                }
                if let Some(first) = grouped.get(&name) {
                    self.error(
                        member.location,
                        format!(
                            "{what} names `{name}` twice (first at line {}): a parameter can be \
                             in one group only",
                            first.line
                        ),
                    );
                    continue;
                }
                grouped.insert(name.clone(), member.location);
                kept.push(name);
            }
            if kept.len() == members.len() {
                out.push(kept);
            }
        }
        out
    }

    /// `additional_parameters: true`: the body takes parameters the spec does not list,
    /// because the docs page ends before its parameter table does.
    pub(super) fn additional_parameters(
        &mut self,
        map: &MapReader<'_>,
        endpoint: &str,
        method: Option<Method>,
    ) -> bool {
        let open = self
            .optional_bool(map, "additional_parameters")
            .unwrap_or(false);
        if open
            && let (Some(method), Some(node)) = (method, map.get("additional_parameters"))
            && !method.body_by_default()
            && map.get("body").is_none()
        {
            self.error(
                node.location,
                format!(
                    "`additional_parameters` of {endpoint} applies to a JSON body, and this {} \
                     request has none: give it a `body:` when the server reads one",
                    method.word()
                ),
            );
            return false;
        }
        open
    }
}
