//! The comparison: walks two models side by side and reports every difference as a [`Change`]
//! under one rule of [`rules`](mod@super::rules). Matches over the model's enums have no catch-all
//! arm, so a new kind of type, envelope or method is a compile error here until it is compared.

use payway_codegen::model::{
    Default, Endpoint, Envelope, Environment, Example, Field, Method, ObjectType, Response,
    Section, Spec, StringRules, TokenEndpoint, Type,
};

use super::rules::{self, Rule};

/// One difference between the old and the new spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The kind of change, and with it its class.
    pub rule: &'static Rule,
    /// Where: `klarna_payments v2 place_trial_order`, `environment stage`, ...
    pub at: String,
    /// What changed, e.g. `body.customer_info.email: removed`.
    pub what: String,
}

/// Every change from `old` to `new`, in spec order (old order for what was removed).
pub fn compare(old: &Spec, new: &Spec) -> Vec<Change> {
    let mut diff = Diff::default();
    diff.spec(old, new);
    diff.changes
}

#[derive(Default)]
struct Diff {
    changes: Vec<Change>,
}

/// Whether fields belong to a request or a response: additions and removals mean different things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

/// Where a request parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Query,
    Body,
}

impl Place {
    fn as_str(self) -> &'static str {
        match self {
            Place::Query => "query",
            Place::Body => "body",
        }
    }
}

impl Diff {
    fn report(&mut self, rule: &'static Rule, at: &str, what: impl Into<String>) {
        self.changes.push(Change {
            rule,
            at: at.to_string(),
            what: what.into(),
        });
    }

    /// Reports `rule` when an optional text (a description, a link) differs.
    fn text(
        &mut self,
        rule: &'static Rule,
        at: &str,
        what: &str,
        old: &Option<String>,
        new: &Option<String>,
    ) {
        let verb = match (old, new) {
            (None, Some(_)) => "added",
            (Some(_), None) => "removed",
            (Some(o), Some(n)) if o != n => "changed",
            (Some(_), Some(_)) | (None, None) => return,
        };
        self.report(rule, at, format!("{what} {verb}"));
    }

    fn spec(&mut self, old: &Spec, new: &Spec) {
        // Guards, here and in the functions below: every part of the model is listed, so a part
        // added to it is a compile error until the diff compares it.
        let Spec {
            name: _,
            docs: _,
            environments: _,
            token_endpoint,
            sections: _,
        } = old;
        let TokenEndpoint {
            path: _,
            description: _,
            grant_types: _,
        } = token_endpoint;
        if old.name != new.name {
            self.report(
                &rules::API_NAME_CHANGED,
                "api",
                format!("name `{}` -> `{}`", old.name, new.name),
            );
        }
        self.text(
            &rules::DOCS_LINK_CHANGED,
            "api",
            "docs link",
            &old.docs,
            &new.docs,
        );
        self.environments(&old.environments, &new.environments);

        let (old_token, new_token) = (&old.token_endpoint, &new.token_endpoint);
        if old_token.path != new_token.path {
            self.report(
                &rules::TOKEN_PATH_CHANGED,
                "token endpoint",
                format!("path `{}` -> `{}`", old_token.path, new_token.path),
            );
        }
        self.text(
            &rules::DESCRIPTION_CHANGED,
            "token endpoint",
            "description",
            &old_token.description,
            &new_token.description,
        );
        if old_token.grant_types != new_token.grant_types {
            let names = |g: &[(String, String)]| {
                g.iter()
                    .map(|(name, _)| name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.report(
                &rules::GRANT_TYPES_CHANGED,
                "token endpoint",
                format!(
                    "grant types [{}] -> [{}]",
                    names(&old_token.grant_types),
                    names(&new_token.grant_types)
                ),
            );
        }

        for old_section in &old.sections {
            match new.sections.iter().find(|s| s.name == old_section.name) {
                Some(new_section) => self.section(old_section, new_section),
                None => {
                    self.report(
                        &rules::SECTION_REMOVED,
                        &format!("section {}", old_section.name),
                        "removed",
                    );
                    for endpoint in &old_section.endpoints {
                        self.report(
                            &rules::ENDPOINT_REMOVED,
                            &endpoint_at(old_section, endpoint),
                            "removed",
                        );
                    }
                }
            }
        }
        for new_section in &new.sections {
            if !old.sections.iter().any(|s| s.name == new_section.name) {
                self.report(
                    &rules::SECTION_ADDED,
                    &format!("section {}", new_section.name),
                    "added",
                );
                for endpoint in &new_section.endpoints {
                    self.report(
                        &rules::ENDPOINT_ADDED,
                        &endpoint_at(new_section, endpoint),
                        "added",
                    );
                }
            }
        }
    }

    fn environments(&mut self, old: &[Environment], new: &[Environment]) {
        for old_env in old {
            let Environment {
                name: _,
                base_url: _,
                description: _,
            } = old_env;
            let at = format!("environment {}", old_env.name);
            match new.iter().find(|e| e.name == old_env.name) {
                Some(new_env) => {
                    if old_env.base_url != new_env.base_url {
                        self.report(
                            &rules::ENVIRONMENT_URL_CHANGED,
                            &at,
                            format!("base URL `{}` -> `{}`", old_env.base_url, new_env.base_url),
                        );
                    }
                    self.text(
                        &rules::DESCRIPTION_CHANGED,
                        &at,
                        "description",
                        &old_env.description,
                        &new_env.description,
                    );
                }
                None => self.report(&rules::ENVIRONMENT_REMOVED, &at, "removed"),
            }
        }
        for new_env in new.iter().filter(|n| !old.iter().any(|o| o.name == n.name)) {
            self.report(
                &rules::ENVIRONMENT_ADDED,
                &format!("environment {}", new_env.name),
                format!("added, base URL `{}`", new_env.base_url),
            );
        }
    }

    fn section(&mut self, old: &Section, new: &Section) {
        let Section {
            name: _,
            description: _,
            docs: _,
            endpoints: _,
        } = old;
        let at = format!("section {}", old.name);
        self.text(
            &rules::DESCRIPTION_CHANGED,
            &at,
            "description",
            &old.description,
            &new.description,
        );
        self.text(
            &rules::DOCS_LINK_CHANGED,
            &at,
            "docs link",
            &old.docs,
            &new.docs,
        );
        let same = |a: &Endpoint, b: &Endpoint| a.action == b.action && a.version == b.version;
        for old_endpoint in &old.endpoints {
            match new.endpoints.iter().find(|e| same(e, old_endpoint)) {
                Some(new_endpoint) => {
                    self.endpoint(&endpoint_at(old, old_endpoint), old_endpoint, new_endpoint)
                }
                None => self.report(
                    &rules::ENDPOINT_REMOVED,
                    &endpoint_at(old, old_endpoint),
                    "removed",
                ),
            }
        }
        for new_endpoint in &new.endpoints {
            if !old.endpoints.iter().any(|e| same(e, new_endpoint)) {
                self.report(
                    &rules::ENDPOINT_ADDED,
                    &endpoint_at(new, new_endpoint),
                    "added",
                );
            }
        }
    }

    fn endpoint(&mut self, at: &str, old: &Endpoint, new: &Endpoint) {
        let Endpoint {
            action: _,
            version: _,
            method: _,
            path: _,
            summary: _,
            description: _,
            docs: _,
            release: _,
            scope: _,
            identity: _,
            retry_safe: _,
            query: _,
            body: _,
            required_one_of: _,
            additional_parameters: _,
            response: _,
            example:
                Example {
                    request: _,
                    response: _,
                },
        } = old;
        if old.method != new.method {
            self.report(
                &rules::METHOD_CHANGED,
                at,
                format!(
                    "method {} -> {}",
                    method_name(old.method),
                    method_name(new.method)
                ),
            );
        }
        if old.path != new.path {
            self.report(
                &rules::PATH_CHANGED,
                at,
                format!("path `{}` -> `{}`", old.path, new.path),
            );
        }
        if old.summary != new.summary {
            self.report(&rules::SUMMARY_CHANGED, at, "summary changed");
        }
        self.text(
            &rules::DESCRIPTION_CHANGED,
            at,
            "description",
            &old.description,
            &new.description,
        );
        self.text(
            &rules::DOCS_LINK_CHANGED,
            at,
            "docs link",
            &old.docs,
            &new.docs,
        );
        self.text(
            &rules::RELEASE_CHANGED,
            at,
            "release",
            &old.release,
            &new.release,
        );
        if old.scope != new.scope {
            self.report(
                &rules::SCOPE_CHANGED,
                at,
                format!("scope `{}` -> `{}`", old.scope, new.scope),
            );
        }
        match (old.identity, new.identity) {
            (false, true) => self.report(
                &rules::IDENTITY_REQUIRED,
                at,
                "now needs a customer identity",
            ),
            (true, false) => self.report(
                &rules::IDENTITY_DROPPED,
                at,
                "no longer needs a customer identity",
            ),
            (true, true) | (false, false) => {}
        }
        if old.retry_safe != new.retry_safe {
            self.report(
                &rules::RETRY_SAFE_CHANGED,
                at,
                format!("retry_safe {} -> {}", old.retry_safe, new.retry_safe),
            );
        }
        self.parameters(at, old, new);
        match (old.additional_parameters, new.additional_parameters) {
            (false, true) => self.report(
                &rules::ADDITIONAL_PARAMETERS_ADDED,
                at,
                "body now takes unlisted parameters",
            ),
            (true, false) => self.report(
                &rules::ADDITIONAL_PARAMETERS_REMOVED,
                at,
                "body no longer takes unlisted parameters",
            ),
            (true, true) | (false, false) => {}
        }
        self.required_one_of(at, &old.required_one_of, &new.required_one_of);
        self.response(at, &old.response, &new.response);
        if old.example.request != new.example.request {
            self.report(&rules::EXAMPLE_CHANGED, at, "example request changed");
        }
        if old.example.response != new.example.response {
            self.report(&rules::EXAMPLE_CHANGED, at, "example response changed");
        }
    }

    fn response(&mut self, at: &str, old: &Response, new: &Response) {
        let Response {
            envelope: _,
            status: _,
            may_be_empty: _,
            fields: _,
        } = old;
        if old.envelope != new.envelope {
            // `item` and `none` both give the one object: only the wire shape differs.
            let rule = if returns(old.envelope) == returns(new.envelope) {
                &rules::RESPONSE_WRAPPING_CHANGED
            } else {
                &rules::RESPONSE_ENVELOPE_CHANGED
            };
            self.report(
                rule,
                at,
                format!(
                    "response envelope {} -> {} ({} -> {})",
                    envelope_name(old.envelope),
                    envelope_name(new.envelope),
                    returns(old.envelope),
                    returns(new.envelope)
                ),
            );
        }
        // An undocumented response has no documented status to compare.
        let undocumented = [old.envelope, new.envelope].contains(&Envelope::Undocumented);
        if old.status != new.status && !undocumented {
            self.report(
                &rules::RESPONSE_STATUS_CHANGED,
                at,
                format!("response status {} -> {}", old.status, new.status),
            );
        }
        // A response with no data, or with none documented, has neither fields nor an
        // `Option`: going to or from one is the envelope change above, and its fields and
        // `Option` go or come with it.
        if undocumented || old.envelope == Envelope::Empty || new.envelope == Envelope::Empty {
            return;
        }
        match (old.may_be_empty, new.may_be_empty) {
            (false, true) => self.report(
                &rules::RESPONSE_MAY_BE_EMPTY_CHANGED,
                at,
                "response may now have no data (the call returns an `Option`)",
            ),
            (true, false) => self.report(
                &rules::RESPONSE_MAY_BE_EMPTY_CHANGED,
                at,
                "response always has data (the call no longer returns an `Option`)",
            ),
            (true, true) | (false, false) => {}
        }
        self.fields(at, "response", &old.fields, &new.fields, Side::Response);
    }

    /// The request's parameters, query and body together: a parameter that moves is one change.
    fn parameters(&mut self, at: &str, old: &Endpoint, new: &Endpoint) {
        let placed = |e: &Endpoint| -> Vec<(Place, Field)> {
            e.query
                .iter()
                .map(|f| (Place::Query, f.clone()))
                .chain(e.body.iter().map(|f| (Place::Body, f.clone())))
                .collect()
        };
        let (old_params, new_params) = (placed(old), placed(new));
        for (old_place, old_field) in &old_params {
            let path = format!("{}.{}", old_place.as_str(), old_field.name);
            match new_params.iter().find(|(_, f)| f.name == old_field.name) {
                Some((new_place, new_field)) => {
                    if old_place != new_place {
                        self.report(
                            &rules::PARAMETER_MOVED,
                            at,
                            format!("{path}: moved to {}", new_place.as_str()),
                        );
                    }
                    self.field(at, &path, old_field, new_field, Side::Request);
                }
                None => self.report(&rules::PARAMETER_REMOVED, at, format!("{path}: removed")),
            }
        }
        for (new_place, new_field) in &new_params {
            if !old_params.iter().any(|(_, f)| f.name == new_field.name) {
                let path = format!("{}.{}", new_place.as_str(), new_field.name);
                // An open body took the name through `.parameter()`, which now refuses it.
                let was_open = old.additional_parameters && new.additional_parameters;
                if was_open && *new_place == Place::Body && !new_field.required {
                    self.report(
                        &rules::PARAMETER_LISTED,
                        at,
                        format!(
                            "{path}: now listed ({}): set it with its setter, not `.parameter()`",
                            type_name(&new_field.ty)
                        ),
                    );
                } else {
                    self.added(at, &path, new_field, Side::Request);
                }
            }
        }
    }

    /// The groups of which at least one parameter must be set, compared as sets of names. The
    /// old rule implies the new one exactly when every new group holds a whole old group.
    fn required_one_of(&mut self, at: &str, old: &[Vec<String>], new: &[Vec<String>]) {
        let holds = |outer: &[String], inner: &[String]| inner.iter().all(|n| outer.contains(n));
        let same = |a: &[String], b: &[String]| holds(a, b) && holds(b, a);
        let meets = |a: &[String], b: &[String]| a.iter().any(|n| b.contains(n));
        let show = |group: &[String]| format!("[{}]", group.join(", "));
        for new_group in new {
            if old.iter().any(|g| same(g, new_group)) {
                continue;
            }
            let met: Vec<&Vec<String>> = old.iter().filter(|g| meets(g, new_group)).collect();
            if met.is_empty() {
                self.report(
                    &rules::REQUIRED_ONE_OF_ADDED,
                    at,
                    format!("required_one_of {}: added", show(new_group)),
                );
                continue;
            }
            let rule = if met.iter().any(|g| holds(new_group, g)) {
                &rules::REQUIRED_ONE_OF_WIDENED
            } else {
                &rules::REQUIRED_ONE_OF_CHANGED
            };
            let was: Vec<String> = met.iter().map(|g| show(g)).collect();
            self.report(
                rule,
                at,
                format!("required_one_of {} -> {}", was.join(" + "), show(new_group)),
            );
        }
        // Old groups that share a name with a new one were reported with it above.
        for old_group in old.iter().filter(|g| !new.iter().any(|n| meets(g, n))) {
            self.report(
                &rules::REQUIRED_ONE_OF_REMOVED,
                at,
                format!("required_one_of {}: removed", show(old_group)),
            );
        }
    }

    /// The fields of a response or of an object, matched by name.
    fn fields(&mut self, at: &str, prefix: &str, old: &[Field], new: &[Field], side: Side) {
        for old_field in old {
            let path = format!("{prefix}.{}", old_field.name);
            match new.iter().find(|f| f.name == old_field.name) {
                Some(new_field) => self.field(at, &path, old_field, new_field, side),
                None => {
                    let rule = match side {
                        Side::Request => &rules::PARAMETER_REMOVED,
                        Side::Response => &rules::RESPONSE_FIELD_REMOVED,
                    };
                    self.report(rule, at, format!("{path}: removed"));
                }
            }
        }
        for new_field in new.iter().filter(|n| !old.iter().any(|o| o.name == n.name)) {
            self.added(at, &format!("{prefix}.{}", new_field.name), new_field, side);
        }
    }

    fn added(&mut self, at: &str, path: &str, field: &Field, side: Side) {
        let rule = match (side, field.required) {
            (Side::Request, true) => &rules::PARAMETER_ADDED_REQUIRED,
            (Side::Request, false) => &rules::PARAMETER_ADDED_OPTIONAL,
            (Side::Response, true) => &rules::RESPONSE_FIELD_ADDED_REQUIRED,
            (Side::Response, false) => &rules::RESPONSE_FIELD_ADDED,
        };
        self.report(
            rule,
            at,
            format!("{path}: added ({})", type_name(&field.ty)),
        );
    }

    fn field(&mut self, at: &str, path: &str, old: &Field, new: &Field, side: Side) {
        let Field {
            name: _,
            ty: _,
            required: _,
            default: _,
            description: _,
            sensitive: _,
        } = old;
        match (side, old.required, new.required) {
            (Side::Request, false, true) => self.report(
                &rules::PARAMETER_MADE_REQUIRED,
                at,
                format!("{path}: now required"),
            ),
            (Side::Request, true, false) => self.report(
                &rules::PARAMETER_MADE_OPTIONAL,
                at,
                format!("{path}: now optional"),
            ),
            (Side::Response, old_required, new_required) if old_required != new_required => {
                let now = if new_required {
                    "always present"
                } else {
                    "may be absent"
                };
                self.report(
                    &rules::RESPONSE_FIELD_PRESENCE_CHANGED,
                    at,
                    format!("{path}: now {now}"),
                );
            }
            (Side::Request | Side::Response, _, _) => {}
        }
        if old.default != new.default {
            let show = |d: &Option<Default>| d.as_ref().map_or("none".to_string(), default_text);
            self.report(
                &rules::DEFAULT_CHANGED,
                at,
                format!(
                    "{path}: default {} -> {}",
                    show(&old.default),
                    show(&new.default)
                ),
            );
        }
        self.text(
            &rules::DESCRIPTION_CHANGED,
            at,
            &format!("{path}: description"),
            &old.description,
            &new.description,
        );
        match (old.sensitive, new.sensitive) {
            (true, false) => self.report(
                &rules::SENSITIVE_DROPPED,
                at,
                format!("{path}: no longer sensitive"),
            ),
            (false, true) => self.report(
                &rules::SENSITIVE_ADDED,
                at,
                format!("{path}: now sensitive"),
            ),
            (true, true) | (false, false) => {}
        }
        self.ty(at, path, &old.ty, &new.ty, side);
    }

    fn ty(&mut self, at: &str, path: &str, old: &Type, new: &Type, side: Side) {
        if type_name(old) != type_name(new) {
            self.report(
                &rules::TYPE_CHANGED,
                at,
                format!("{path}: type {} -> {}", type_name(old), type_name(new)),
            );
            return;
        }
        match (old, new) {
            (Type::String(old_rules), Type::String(new_rules)) => {
                self.string_rules(at, path, old_rules, new_rules)
            }
            (Type::Enum(old_enum), Type::Enum(new_enum)) => {
                for value in old_enum
                    .values
                    .iter()
                    .filter(|v| !new_enum.values.contains(v))
                {
                    self.report(
                        &rules::ENUM_VALUE_REMOVED,
                        at,
                        format!("{path}: value `{value}` removed"),
                    );
                }
                for value in new_enum
                    .values
                    .iter()
                    .filter(|v| !old_enum.values.contains(v))
                {
                    self.report(
                        &rules::ENUM_VALUE_ADDED,
                        at,
                        format!("{path}: value `{value}` added"),
                    );
                }
            }
            (Type::Object(old_object), Type::Object(new_object)) => {
                self.object(at, path, old_object, new_object, side)
            }
            (Type::List(old_item), Type::List(new_item)) => {
                self.ty(at, &format!("{path}[]"), old_item, new_item, side)
            }
            // Same kind (checked above) and nothing inside to compare. Listed one by one so that a
            // new type is a compile error here rather than silently skipped.
            (Type::Boolean, _)
            | (Type::Integer, _)
            | (Type::Number, _)
            | (Type::Date, _)
            | (Type::DateTime, _)
            | (Type::Url, _)
            | (Type::IpAddress, _)
            | (Type::Email, _)
            | (Type::String(_) | Type::Enum(_) | Type::Object(_) | Type::List(_), _) => {}
        }
    }

    fn object(&mut self, at: &str, path: &str, old: &ObjectType, new: &ObjectType, side: Side) {
        let ObjectType {
            name: _,
            description: _,
            fields: _,
            additional_fields: _,
        } = old;
        if old.name != new.name {
            self.report(
                &rules::OBJECT_RENAMED,
                at,
                format!("{path}: type name `{}` -> `{}`", old.name, new.name),
            );
        }
        self.text(
            &rules::DESCRIPTION_CHANGED,
            at,
            &format!("{path}: object description"),
            &old.description,
            &new.description,
        );
        match (old.additional_fields, new.additional_fields) {
            (true, false) => self.report(
                &rules::OBJECT_CLOSED,
                at,
                format!("{path}: no longer takes unlisted fields"),
            ),
            (false, true) => self.report(
                &rules::OBJECT_OPENED,
                at,
                format!("{path}: now takes unlisted fields"),
            ),
            (true, true) | (false, false) => {}
        }
        self.fields(at, path, &old.fields, &new.fields, side);
    }

    fn string_rules(&mut self, at: &str, path: &str, old: &StringRules, new: &StringRules) {
        let StringRules {
            min_length: _,
            max_length: _,
            pattern: _,
        } = old;
        match (&old.pattern, &new.pattern) {
            (None, Some(p)) => self.report(
                &rules::PATTERN_ADDED,
                at,
                format!("{path}: pattern `{p}` added"),
            ),
            (Some(p), None) => self.report(
                &rules::PATTERN_REMOVED,
                at,
                format!("{path}: pattern `{p}` removed"),
            ),
            (Some(o), Some(n)) if o != n => self.report(
                &rules::PATTERN_CHANGED,
                at,
                format!("{path}: pattern `{o}` -> `{n}`"),
            ),
            (Some(_), Some(_)) | (None, None) => {}
        }
        let show = |n: Option<usize>| n.map_or("none".to_string(), |n| n.to_string());
        // A maximum is tighter when it appears or falls; a minimum when it appears or rises.
        let max_tighter = match (old.max_length, new.max_length) {
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (Some(o), Some(n)) if o != n => Some(n < o),
            (Some(_), Some(_)) | (None, None) => None,
        };
        if let Some(tighter) = max_tighter {
            let rule = if tighter {
                &rules::MAX_LENGTH_TIGHTENED
            } else {
                &rules::MAX_LENGTH_LOOSENED
            };
            self.report(
                rule,
                at,
                format!(
                    "{path}: max_length {} -> {}",
                    show(old.max_length),
                    show(new.max_length)
                ),
            );
        }
        let min_tighter = match (old.min_length, new.min_length) {
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (Some(o), Some(n)) if o != n => Some(n > o),
            (Some(_), Some(_)) | (None, None) => None,
        };
        if let Some(tighter) = min_tighter {
            let rule = if tighter {
                &rules::MIN_LENGTH_TIGHTENED
            } else {
                &rules::MIN_LENGTH_LOOSENED
            };
            self.report(
                rule,
                at,
                format!(
                    "{path}: min_length {} -> {}",
                    show(old.min_length),
                    show(new.min_length)
                ),
            );
        }
    }
}

fn endpoint_at(section: &Section, endpoint: &Endpoint) -> String {
    format!("{} v{} {}", section.name, endpoint.version, endpoint.action)
}

fn method_name(method: Method) -> &'static str {
    method.as_str()
}

fn envelope_name(envelope: Envelope) -> &'static str {
    match envelope {
        Envelope::Item => "item",
        Envelope::Items => "items",
        Envelope::Bare => "none",
        Envelope::Empty => "empty",
        Envelope::Undocumented => "undocumented",
    }
}

/// What the generated call returns for a response in `envelope` (before any `Option`).
fn returns(envelope: Envelope) -> &'static str {
    match envelope {
        Envelope::Item | Envelope::Bare => "one object",
        Envelope::Items => "a list",
        Envelope::Empty => "no data",
        Envelope::Undocumented => "the whole JSON body",
    }
}

/// The spec's name of a type's kind; two types of different kinds are a type change.
fn type_name(ty: &Type) -> &'static str {
    match ty {
        Type::String(_) => "string",
        Type::Boolean => "boolean",
        Type::Integer => "integer",
        Type::Number => "number",
        Type::Date => "date",
        Type::DateTime => "date_time",
        Type::Url => "url",
        Type::IpAddress => "ip_address",
        Type::Email => "email",
        Type::Enum(_) => "enum",
        Type::Object(_) => "object",
        Type::List(_) => "list",
    }
}

fn default_text(default: &Default) -> String {
    match default {
        Default::Boolean(b) => b.to_string(),
        Default::Integer(n) => n.to_string(),
        Default::Text(t) => format!("`{t}`"),
    }
}
