//! The top level: `api`, `environments`, `token_endpoint` and `sections` (with duplicate
//! endpoints across a section).

use super::Loader;
use crate::diagnostic::Location;
use crate::model::keys;
use crate::model::{Environment, Section, Spec, TokenEndpoint};
use crate::yaml::{Node, Value};
use std::collections::HashMap;

impl Loader {
    pub(super) fn spec(&mut self, root: &Node) -> Option<Spec> {
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

    pub(super) fn environments(&mut self, node: &Node) -> Vec<Environment> {
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

    pub(super) fn token_endpoint(&mut self, node: &Node) -> Option<TokenEndpoint> {
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

    pub(super) fn sections(&mut self, node: &Node) -> Vec<Section> {
        let Some(map) = self.map(node, "`sections`", &[]) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // (section, version, action) -> where it was first defined
        let mut endpoints_seen: HashMap<(String, u32, String), Location> = HashMap::new();
        // (method, path with every placeholder as `{}`) -> where it was first defined: two
        // endpoints on one route could not be told apart by the server.
        let mut routes_seen: HashMap<(&'static str, String), Location> = HashMap::new();
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
                            let route = (endpoint.method.word(), route_shape(&endpoint.path));
                            if let Some(first) = routes_seen.get(&route) {
                                self.error(
                                    item.location,
                                    format!(
                                        "duplicate route: `{} {}` of `{}.{}` is the route of the \
                                         endpoint defined at line {}; (method, path) must be \
                                         unique in the spec",
                                        route.0,
                                        endpoint.path,
                                        key.text,
                                        endpoint.action,
                                        first.line
                                    ),
                                );
                                continue;
                            }
                            routes_seen.insert(route, item.location);
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
}

/// A path with each placeholder written `{}`: the route's shape, whatever the names.
fn route_shape(path: &str) -> String {
    crate::model::path_segments(path)
        .map(|segment| match segment {
            crate::model::PathSegment::Literal(text) => text,
            crate::model::PathSegment::Parameter(_) => "{}",
        })
        .fold(String::new(), |mut shape, segment| {
            shape.push('/');
            shape.push_str(segment);
            shape
        })
}
