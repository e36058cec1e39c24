//! The loader: turns the located YAML tree into the validated [`model`](crate::model), checking
//! everything on the way and recording every problem with its location instead of stopping.

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::model::keys::{self, Key};
use crate::model::{
    Default, Endpoint, EnumType, Envelope, Environment, Example, Field, Method, ObjectType,
    Response, Section, Spec, StringRules, TokenEndpoint, Type, TypeKind,
};
use crate::naming;
use crate::yaml::{self, Node, Value};
use std::collections::{HashMap, HashSet};

/// Parses and validates a spec. Returns the model, or every problem found.
pub fn load(source: &str) -> Result<Spec, Vec<Diagnostic>> {
    let root = crate::yaml::parse(source).map_err(|d| vec![d])?;
    let mut loader = Loader {
        diagnostics: Diagnostics::default(),
    };
    let spec = loader.spec(&root);
    if loader.diagnostics.is_empty() {
        spec.ok_or_else(Vec::new)
    } else {
        Err(loader.diagnostics.into_sorted())
    }
}

struct Loader {
    diagnostics: Diagnostics,
}

/// Where a field lives; what a field may be depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// The query string: single values only.
    Query,
    /// A JSON request body.
    Body,
    /// A response: read as it comes, so no constraints on values.
    Response,
}

/// Reads one YAML map, remembering which keys were used so that unknown ones can be reported.
struct MapReader<'n> {
    what: String,
    location: Location,
    entries: Vec<&'n (yaml::Key, Node)>,
    /// The tables of [`keys`] the map's keys come from; none for a map keyed by names.
    allowed: &'static [&'static [Key]],
}

impl<'n> MapReader<'n> {
    fn get(&self, key: &str) -> Option<&'n Node> {
        debug_assert!(
            self.allowed.is_empty() || keys::find(self.allowed, key).is_some(),
            "`{key}` is read but not in the map's table of keys"
        );
        self.entries
            .iter()
            .find(|(k, _)| k.text == key)
            .map(|(_, v)| v)
    }
}

impl Loader {
    fn error(&mut self, location: Location, message: impl Into<String>) {
        self.diagnostics.error(location, message);
    }

    /// Opens `node` as a map with the given allowed keys. Reports duplicate and unknown keys.
    fn map<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        allowed: &'static [&'static [Key]],
    ) -> Option<MapReader<'n>> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.location,
                format!(
                    "{what} must be a map (`key: value` lines), found {}",
                    node.shape()
                ),
            );
            return None;
        };
        let mut seen: HashMap<&str, Location> = HashMap::new();
        let mut kept = Vec::new();
        for entry in entries {
            let key = &entry.0;
            if let Some(first) = seen.get(key.text.as_str()) {
                self.error(
                    key.location,
                    format!(
                        "duplicate key `{}` in {what} (first at line {}): remove one of them",
                        key.text, first.line
                    ),
                );
                continue;
            }
            seen.insert(&key.text, key.location);
            if !allowed.is_empty() && keys::find(allowed, &key.text).is_none() {
                let names: Vec<&str> = allowed.iter().copied().flatten().map(|k| k.name).collect();
                let hint = match naming::closest(&key.text, &names) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!("expected one of: {}", names.join(", ")),
                };
                self.error(
                    key.location,
                    format!("unknown field `{}` in {what}: {hint}", key.text),
                );
                continue;
            }
            kept.push(entry);
        }
        Some(MapReader {
            what: what.to_string(),
            location: node.location,
            entries: kept,
            allowed,
        })
    }

    /// A required key's node, or an error at the map's location.
    fn required<'n>(&mut self, map: &MapReader<'n>, key: &str, example: &str) -> Option<&'n Node> {
        let found = map.get(key);
        if found.is_none() {
            self.error(
                map.location,
                format!("{} has no `{key}`: add e.g. `{key}: {example}`", map.what),
            );
        }
        found
    }

    fn text(&mut self, node: &Node, what: &str) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.clone()),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be a single value, found {}", node.shape()),
                );
                None
            }
        }
    }

    fn optional_text(&mut self, map: &MapReader<'_>, key: &str) -> Option<String> {
        let node = map.get(key)?;
        self.text(node, &format!("`{key}` in {}", map.what))
    }

    fn bool(&mut self, node: &Node, what: &str) -> Option<bool> {
        match node.as_scalar() {
            Some("true") => Some(true),
            Some("false") => Some(false),
            _ => {
                self.error(node.location, format!("{what} must be `true` or `false`"));
                None
            }
        }
    }

    fn optional_bool(&mut self, map: &MapReader<'_>, key: &str) -> Option<bool> {
        let node = map.get(key)?;
        self.bool(node, &format!("`{key}` in {}", map.what))
    }

    fn count(&mut self, node: &Node, what: &str) -> Option<usize> {
        match node.as_scalar().map(str::parse::<usize>) {
            Some(Ok(n)) => Some(n),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be a whole number, e.g. `24`"),
                );
                None
            }
        }
    }

    fn snake_name(&mut self, location: Location, name: &str, what: &str) -> bool {
        if naming::is_snake_case(name) {
            true
        } else {
            self.error(
                location,
                format!(
                    "{what} `{name}` must be snake_case (lowercase letters, digits and `_`, \
                     starting with a letter)"
                ),
            );
            false
        }
    }

    fn url(&mut self, node: &Node, what: &str) -> Option<String> {
        let text = self.text(node, what)?;
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"));
        match rest {
            Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Some(text),
            _ => {
                self.error(
                    node.location,
                    format!("{what} must be an absolute http(s) URL, found `{text}`"),
                );
                None
            }
        }
    }

    fn spec(&mut self, root: &Node) -> Option<Spec> {
        let map = self.map(root, "the spec", &[keys::SPEC])?;
        let api = self.required(&map, "api", "{ name: Payway }");
        let environments =
            self.required(&map, "environments", "{ stage: { base_url: https://... } }");
        let token = self.required(
            &map,
            "token_endpoint",
            "{ path: /api/authorization/access_token }",
        );
        let sections = self.required(
            &map,
            "sections",
            "{ klarna_payments: { endpoints: [...] } }",
        );

        let (name, docs) = match api.and_then(|n| self.map(n, "`api`", &[keys::API])) {
            Some(api) => {
                let name = self
                    .required(&api, "name", "Payway")
                    .and_then(|n| self.text(n, "`name` in `api`"));
                let docs = api.get("docs").and_then(|n| self.url(n, "`docs` in `api`"));
                (name, docs)
            }
            None => (None, None),
        };
        let environments = environments
            .map(|n| self.environments(n))
            .unwrap_or_default();
        let token_endpoint = token.and_then(|n| self.token_endpoint(n));
        let sections = sections.map(|n| self.sections(n)).unwrap_or_default();
        Some(Spec {
            name: name?,
            docs,
            environments,
            token_endpoint: token_endpoint?,
            sections,
        })
    }

    fn environments(&mut self, node: &Node) -> Vec<Environment> {
        let Some(map) = self.map(node, "`environments`", &[]) else {
            return Vec::new();
        };
        if map.entries.is_empty() {
            self.error(
                node.location,
                "`environments` is empty: add at least one, e.g. `stage: { base_url: https://... }`",
            );
        }
        let mut out = Vec::new();
        for (key, value) in map.entries.iter().map(|e| (&e.0, &e.1)) {
            if !self.snake_name(key.location, &key.text, "environment name") {
                continue;
            }
            if key.text == "custom" {
                self.error(
                    key.location,
                    "`custom` is reserved for a base URL chosen at run time: pick another name",
                );
                continue;
            }
            let what = format!("environment `{}`", key.text);
            let Some(env) = self.map(value, &what, &[keys::ENVIRONMENT]) else {
                continue;
            };
            let base_url = self
                .required(&env, "base_url", "https://api.example.com")
                .and_then(|n| self.url(n, &format!("`base_url` of {what}")));
            let description = self.optional_text(&env, "description");
            if let Some(base_url) = base_url {
                out.push(Environment {
                    name: key.text.clone(),
                    base_url: base_url.trim_end_matches('/').to_string(),
                    description,
                });
            }
        }
        out
    }

    fn token_endpoint(&mut self, node: &Node) -> Option<TokenEndpoint> {
        let map = self.map(node, "`token_endpoint`", &[keys::TOKEN_ENDPOINT])?;
        let path = self
            .required(&map, "path", "/api/authorization/access_token")
            .and_then(|n| self.path(n, "`path` of `token_endpoint`"));
        let description = self.optional_text(&map, "description");
        let mut grant_types = Vec::new();
        if let Some(grants) = self.required(&map, "grant_types", "{ none: An application token. }")
            && let Some(grants) = self.map(grants, "`grant_types`", &[])
        {
            for (key, value) in grants.entries.iter().map(|e| (&e.0, &e.1)) {
                if let Some(text) = self.text(value, &format!("grant type `{}`", key.text)) {
                    grant_types.push((key.text.clone(), text));
                }
            }
        }
        Some(TokenEndpoint {
            path: path?,
            description,
            grant_types,
        })
    }

    fn path(&mut self, node: &Node, what: &str) -> Option<String> {
        let text = self.text(node, what)?;
        let valid = text.starts_with('/')
            && text.len() > 1
            && !text.ends_with('/')
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '.'));
        if valid {
            Some(text)
        } else {
            self.error(
                node.location,
                format!(
                    "{what} must be a path like `/external/api/v1/section/action`, found `{text}`"
                ),
            );
            None
        }
    }

    fn sections(&mut self, node: &Node) -> Vec<Section> {
        let Some(map) = self.map(node, "`sections`", &[]) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // (section, version, action) -> where it was first defined
        let mut endpoints_seen: HashMap<(String, u32, String), Location> = HashMap::new();
        for (key, value) in map.entries.iter().map(|e| (&e.0, &e.1)) {
            if !self.snake_name(key.location, &key.text, "section name") {
                continue;
            }
            let what = format!("section `{}`", key.text);
            let Some(section) = self.map(value, &what, &[keys::SECTION]) else {
                continue;
            };
            let description = self.optional_text(&section, "description");
            let docs = section
                .get("docs")
                .and_then(|n| self.url(n, &format!("`docs` of {what}")));
            let mut endpoints = Vec::new();
            if let Some(list) = self.required(&section, "endpoints", "[ { action: ..., ... } ]") {
                match &list.value {
                    Value::List(items) => {
                        for item in items {
                            let Some(endpoint) = self.endpoint(&key.text, item) else {
                                continue;
                            };
                            let id = (key.text.clone(), endpoint.version, endpoint.action.clone());
                            if let Some(first) = endpoints_seen.get(&id) {
                                self.error(
                                    item.location,
                                    format!(
                                        "duplicate endpoint: v{} `{}` of section `{}` is already \
                                         defined at line {}; remove one or change its `version`",
                                        id.1, id.2, id.0, first.line
                                    ),
                                );
                                continue;
                            }
                            endpoints_seen.insert(id, item.location);
                            endpoints.push(endpoint);
                        }
                    }
                    _ => self.error(
                        list.location,
                        format!("`endpoints` of {what} must be a list (`- action: ...` items)"),
                    ),
                }
            }
            out.push(Section {
                name: key.text.clone(),
                description,
                docs,
                endpoints,
            });
        }
        out
    }

    fn endpoint(&mut self, section: &str, node: &Node) -> Option<Endpoint> {
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
                let path = self.path(n, &format!("`path` of {name}"))?;
                if let (Some(version), Some(action)) = (version, &action) {
                    return self.endpoint_path(n, path, version, section, action, &name);
                }
                Some(path)
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

        let query = map
            .get("query")
            .map(|n| self.fields(n, &format!("`query` of {name}"), Context::Query))
            .unwrap_or_default();
        let body = map
            .get("body")
            .map(|n| self.fields(n, &format!("`body` of {name}"), Context::Body))
            .unwrap_or_default();
        if let (Some(method), Some(body_node)) = (method, map.get("body"))
            && !method.has_body()
        {
            self.error(
                body_node.location,
                format!(
                    "{name} is a {} request, which has no body: put its parameters under `query`",
                    method.word()
                ),
            );
        }
        let mut names = HashSet::new();
        for field in query.iter().chain(&body) {
            if !names.insert(field.name.as_str()) {
                self.error(
                    map.location,
                    format!(
                        "parameter `{}` of {name} appears in both `query` and `body`: keep one",
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

    /// An endpoint's path ends with its version, section and action, or, for the API's paths
    /// that have no action segment (`/external/api/v3/useragreements`), with its version and
    /// section: then the action only names the method in the client.
    fn endpoint_path(
        &mut self,
        node: &Node,
        path: String,
        version: u32,
        section: &str,
        action: &str,
        name: &str,
    ) -> Option<String> {
        let expected = format!("/v{version}/{section}/{action}");
        let short = format!("/v{version}/{section}");
        if path.ends_with(&expected) || path.ends_with(&short) {
            return Some(path);
        }
        self.error(
            node.location,
            format!(
                "`path` of {name} must end with `{expected}` (its version, section and action), \
                 or with `{short}` when the API's path has no action segment; found `{path}`"
            ),
        );
        None
    }

    /// Two values of one endpoint that would generate the same Rust type name clash.
    fn check_type_names(&mut self, endpoint: &Endpoint, location: Location, name: &str) {
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

    fn response(&mut self, node: &Node, endpoint: &str) -> Option<Response> {
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

    /// `envelope`: how the response wraps its data.
    fn envelope(&mut self, node: &Node, what: &str) -> Option<Envelope> {
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
    fn may_be_empty(
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
    fn status(&mut self, node: &Node, envelope: Option<Envelope>, what: &str) -> Option<u16> {
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

    /// A map of field name to field definition.
    fn fields(&mut self, node: &Node, what: &str, context: Context) -> Vec<Field> {
        let Some(map) = self.map(node, what, &[]) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in map.entries.iter().map(|e| (&e.0, &e.1)) {
            if !self.snake_name(key.location, &key.text, "parameter name") {
                continue;
            }
            if context != Context::Response {
                let setter_clash = naming::BUILDER_METHODS.contains(&key.text.as_str())
                    || key.text.strip_prefix("maybe_").is_some_and(|rest| {
                        map.entries.iter().any(|(other, _)| other.text == rest)
                    });
                if setter_clash {
                    self.error(
                        key.location,
                        format!(
                            "parameter `{}` in {what} would give a setter that clashes with a \
                             builder method of the same name; this name cannot be generated",
                            key.text
                        ),
                    );
                    continue;
                }
            }
            if let Some(field) = self.field(&key.text, value, context) {
                out.push(field);
            }
        }
        out
    }

    fn field(&mut self, name: &str, node: &Node, context: Context) -> Option<Field> {
        let what = format!("parameter `{name}`");
        let map = self.map(node, &what, &[keys::FIELD, keys::TYPE])?;
        let ty = self.type_of(&map, name, &what, context);
        // A documented response field is expected unless marked otherwise; a request parameter
        // is optional unless marked required.
        let required = self
            .optional_bool(&map, "required")
            .unwrap_or(context == Context::Response);
        let description = self.optional_text(&map, "description");
        let sensitive = self.optional_bool(&map, "sensitive").unwrap_or(false)
            || matches!(ty, Some(Type::Email));
        let default = match (map.get("default"), &ty) {
            (Some(node), Some(ty)) => self.default(node, ty, &what),
            _ => None,
        };
        if required
            && context != Context::Response
            && let Some(node) = map.get("default")
        {
            self.error(
                node.location,
                format!("{what} is required, so a `default` would never apply: remove one of them"),
            );
        }
        Some(Field {
            name: name.to_string(),
            ty: ty?,
            required,
            default,
            description,
            sensitive,
        })
    }

    fn default(&mut self, node: &Node, ty: &Type, what: &str) -> Option<Default> {
        let text = self.text(node, &format!("`default` of {what}"))?;
        match ty {
            Type::Boolean => self
                .bool(node, &format!("`default` of {what}"))
                .map(Default::Boolean),
            Type::Integer => match text.parse() {
                Ok(n) => Some(Default::Integer(n)),
                Err(_) => {
                    self.error(
                        node.location,
                        format!("`default` of {what} must be a whole number"),
                    );
                    None
                }
            },
            Type::Enum(e) if !e.values.contains(&text) => {
                self.error(
                    node.location,
                    format!(
                        "`default` of {what} must be one of its `values` ({}), found `{text}`",
                        e.values.join(", ")
                    ),
                );
                None
            }
            Type::Object(_) | Type::List(_) => {
                self.error(
                    node.location,
                    format!("{what} is an object or a list, which cannot have a `default`"),
                );
                None
            }
            _ => Some(Default::Text(text)),
        }
    }

    /// Reads `type` and the keys that belong to it; reports keys that belong to another type.
    fn type_of(
        &mut self,
        map: &MapReader<'_>,
        field_name: &str,
        what: &str,
        context: Context,
    ) -> Option<Type> {
        let type_node = self.required(map, "type", "string")?;
        let type_name = self.text(type_node, &format!("`type` of {what}"))?;
        let Some(kind) = TypeKind::from_word(&type_name) else {
            let words: Vec<&str> = TypeKind::ALL.iter().map(|k| k.word()).collect();
            let hint = match naming::closest(&type_name, &words) {
                Some(close) => format!("did you mean `{close}`?"),
                None => format!("use one of: {}", words.join(", ")),
            };
            self.error(
                type_node.location,
                format!("unknown type `{type_name}` for {what}: {hint}"),
            );
            return None;
        };
        // A type's own keys on another type are misplaced; a string's rules are for requests.
        for key in keys::TYPE {
            let applies = key.of_type == Some(kind)
                && !(kind == TypeKind::String && context == Context::Response);
            if let Some(node) = map.get(key.name)
                && !applies
            {
                let key = key.name;
                self.error(
                    node.location,
                    if context == Context::Response && kind == TypeKind::String {
                        format!(
                            "`{key}` does not apply to {what}: a response is read as the server \
                             sends it, so constraints belong on request parameters only"
                        )
                    } else {
                        format!("`{key}` does not apply to {what} of type `{type_name}`: remove it")
                    },
                );
            }
        }
        let ty = match kind {
            TypeKind::String => Type::String(self.string_rules(map, what)),
            TypeKind::Boolean => Type::Boolean,
            TypeKind::Integer => Type::Integer,
            TypeKind::Number => Type::Number,
            TypeKind::Date => Type::Date,
            TypeKind::DateTime => Type::DateTime,
            TypeKind::Url => Type::Url,
            TypeKind::IpAddress => Type::IpAddress,
            TypeKind::Email => Type::Email,
            TypeKind::Enum => Type::Enum(self.enum_type(map, what)?),
            TypeKind::Object | TypeKind::List if context == Context::Query => {
                self.error(
                    type_node.location,
                    format!(
                        "{what} is in the query string, which only carries single values, \
                         not `{type_name}`"
                    ),
                );
                return None;
            }
            TypeKind::Object => Type::Object(self.object_type(map, field_name, what, context)?),
            TypeKind::List => {
                let items = self.required(map, "items", "{ type: string }")?;
                let item_what = format!("the items of {what}");
                let items_map = self.map(items, &item_what, &[keys::ITEMS, keys::TYPE])?;
                let item_name = format!("{field_name}_item");
                Type::List(Box::new(
                    self.type_of(&items_map, &item_name, &item_what, context)?,
                ))
            }
        };
        Some(ty)
    }

    fn string_rules(&mut self, map: &MapReader<'_>, what: &str) -> StringRules {
        let min_length = map
            .get("min_length")
            .and_then(|n| self.count(n, &format!("`min_length` of {what}")));
        let max_length = map
            .get("max_length")
            .and_then(|n| self.count(n, &format!("`max_length` of {what}")));
        if let (Some(min), Some(max)) = (min_length, max_length)
            && min > max
            && let Some(node) = map.get("min_length")
        {
            self.error(
                node.location,
                format!("`min_length` ({min}) of {what} is larger than its `max_length` ({max})"),
            );
        }
        let pattern = map.get("pattern").and_then(|n| {
            let pattern = self.text(n, &format!("`pattern` of {what}"))?;
            match regex_lite::Regex::new(&pattern) {
                Ok(_) => Some(pattern),
                Err(error) => {
                    let reason = error.to_string().replace('\n', " ");
                    self.error(
                        n.location,
                        format!("`pattern` of {what} is not a valid regular expression: {reason}"),
                    );
                    None
                }
            }
        });
        StringRules {
            min_length,
            max_length,
            pattern,
        }
    }

    fn enum_type(&mut self, map: &MapReader<'_>, what: &str) -> Option<EnumType> {
        let node = self.required(map, "values", "[limited, recurring]")?;
        let Value::List(items) = &node.value else {
            self.error(
                node.location,
                format!("`values` of {what} must be a list, e.g. `[limited, recurring]`"),
            );
            return None;
        };
        if items.is_empty() {
            self.error(
                node.location,
                format!("`values` of {what} is empty: list at least one"),
            );
            return None;
        }
        let mut values: Vec<String> = Vec::new();
        let mut variants = HashSet::new();
        for item in items {
            let Some(value) = self.text(item, &format!("a value of {what}")) else {
                continue;
            };
            if values.contains(&value) {
                self.error(
                    item.location,
                    format!("duplicate value `{value}` in {what}"),
                );
                continue;
            }
            let variant = naming::pascal_case(&value);
            if variant.is_empty() || !naming::is_identifier_start(&variant) {
                self.error(
                    item.location,
                    format!(
                        "value `{value}` of {what} must start with a letter so that it can name \
                         an enum variant"
                    ),
                );
                continue;
            }
            if variant == "Unknown" {
                self.error(
                    item.location,
                    format!(
                        "value `{value}` of {what} would clash with the `Unknown` variant kept \
                         for values the server adds later: it cannot be used"
                    ),
                );
                continue;
            }
            if !variants.insert(variant.clone()) {
                self.error(
                    item.location,
                    format!("value `{value}` of {what} gives the same Rust name `{variant}` as another value"),
                );
                continue;
            }
            values.push(value);
        }
        Some(EnumType { values })
    }

    fn object_type(
        &mut self,
        map: &MapReader<'_>,
        field_name: &str,
        what: &str,
        context: Context,
    ) -> Option<ObjectType> {
        let name = match map.get("name") {
            Some(node) => {
                let name = self.text(node, &format!("`name` of {what}"))?;
                if !naming::is_pascal_case(&name) {
                    self.error(
                        node.location,
                        format!(
                            "`name` of {what} must be PascalCase, e.g. `PaymentMethodCategory`, \
                             found `{name}`"
                        ),
                    );
                    return None;
                }
                name
            }
            None => naming::pascal_case(field_name),
        };
        let fields_node = self.required(map, "fields", "{ id: { type: string } }")?;
        let fields = self.fields(fields_node, &format!("`fields` of {what}"), context);
        let description = self.optional_text(map, "description");
        let additional_fields = self
            .optional_bool(map, "additional_fields")
            .unwrap_or(false);
        Some(ObjectType {
            name,
            description,
            fields,
            additional_fields,
        })
    }

    /// A response the docs do not show: it has no `fields`, since any would be invented. The
    /// client keeps the whole body as JSON.
    fn undocumented_response(&mut self, map: &MapReader<'_>, what: &str) -> Option<Response> {
        // What the docs do not show cannot have a documented status or shape either.
        for key in ["status", "may_be_empty"] {
            if let Some(node) = map.get(key) {
                self.error(
                    node.location,
                    format!("{what} is `undocumented`, so it has no `{key}`: remove it"),
                );
            }
        }
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
            status: 200,
            may_be_empty: false,
            fields: Vec::new(),
        })
    }

    /// `required_one_of: [[a, b], ...]`: groups of optional parameters of the endpoint, at
    /// least one of each group to be set. Every name must be a parameter of the endpoint, not
    /// `required`, and in one group only.
    fn required_one_of(
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
    fn additional_parameters(
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
            && !method.has_body()
        {
            self.error(
                node.location,
                format!(
                    "`additional_parameters` of {endpoint} applies to a JSON body, and a {} \
                     request has none",
                    method.word()
                ),
            );
            return false;
        }
        open
    }
}

/// What an envelope word stands for, in the message about an unknown one.
fn envelope_meaning(envelope: Envelope) -> &'static str {
    match envelope {
        Envelope::Item => "`{\"item\": {...}}`",
        Envelope::Items => "`{\"items\": [...]}`",
        Envelope::Bare => "a bare object",
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
