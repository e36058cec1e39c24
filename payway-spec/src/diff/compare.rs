//! The comparison: walks two models side by side and reports every difference as a [`Change`]
//! under one rule of [`rules`](mod@super::rules). Matches over the model's enums have no catch-all
//! arm, so a new kind of type, envelope or method is a compile error here until it is compared.

use payway_codegen::model::{
    DefaultValue, Endpoint, Envelope, Environment, Example, Field, ObjectType, Response, Section,
    Spec, StringRules, TokenEndpoint, Type,
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
    Path,
    Query,
    Body,
}

impl Place {
    fn as_str(self) -> &'static str {
        match self {
            Place::Path => "path",
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

    /// Reports a flag turned on under `on` (rule and what), or turned off under `off`.
    fn flag(
        &mut self,
        at: &str,
        (old, new): (bool, bool),
        on: (&'static Rule, String),
        off: (&'static Rule, String),
    ) {
        match (old, new) {
            (false, true) => self.report(on.0, at, on.1),
            (true, false) => self.report(off.0, at, off.1),
            (true, true) | (false, false) => {}
        }
    }

    /// Pairs the items of `old` and `new` by name (`name` gives it): `matched` for each in both
    /// and `removed` for each only in `old` (in old order), then `added` for each only in `new`
    /// (in new order).
    fn by_name<'t, T, N: PartialEq>(
        &mut self,
        (old, new): (&'t [T], &'t [T]),
        name: impl Fn(&'t T) -> N,
        mut matched: impl FnMut(&mut Self, &'t T, &'t T),
        mut removed: impl FnMut(&mut Self, &'t T),
        mut added: impl FnMut(&mut Self, &'t T),
    ) {
        for old_item in old {
            match new.iter().find(|n| name(n) == name(old_item)) {
                Some(new_item) => matched(self, old_item, new_item),
                None => removed(self, old_item),
            }
        }
        for new_item in new {
            if !old.iter().any(|o| name(o) == name(new_item)) {
                added(self, new_item);
            }
        }
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

        self.by_name(
            (&old.sections, &new.sections),
            |s| &s.name,
            Self::section,
            |diff, old_section| {
                let at = format!("section {}", old_section.name);
                diff.report(&rules::SECTION_REMOVED, &at, "removed");
                for endpoint in &old_section.endpoints {
                    let at = endpoint_at(old_section, endpoint);
                    diff.report(&rules::ENDPOINT_REMOVED, &at, "removed");
                }
            },
            |diff, new_section| {
                let at = format!("section {}", new_section.name);
                diff.report(&rules::SECTION_ADDED, &at, "added");
                for endpoint in &new_section.endpoints {
                    let at = endpoint_at(new_section, endpoint);
                    diff.report(&rules::ENDPOINT_ADDED, &at, "added");
                }
            },
        );
    }

    fn environments(&mut self, old: &[Environment], new: &[Environment]) {
        self.by_name(
            (old, new),
            |e| &e.name,
            |diff, old_env, new_env| {
                let Environment {
                    name: _,
                    base_url: _,
                    description: _,
                } = old_env;
                let at = format!("environment {}", old_env.name);
                if old_env.base_url != new_env.base_url {
                    diff.report(
                        &rules::ENVIRONMENT_URL_CHANGED,
                        &at,
                        format!("base URL `{}` -> `{}`", old_env.base_url, new_env.base_url),
                    );
                }
                diff.text(
                    &rules::DESCRIPTION_CHANGED,
                    &at,
                    "description",
                    &old_env.description,
                    &new_env.description,
                );
            },
            |diff, old_env| {
                let at = format!("environment {}", old_env.name);
                diff.report(&rules::ENVIRONMENT_REMOVED, &at, "removed");
            },
            |diff, new_env| {
                diff.report(
                    &rules::ENVIRONMENT_ADDED,
                    &format!("environment {}", new_env.name),
                    format!("added, base URL `{}`", new_env.base_url),
                );
            },
        );
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
        // An endpoint is named by its action and version together.
        self.by_name(
            (&old.endpoints, &new.endpoints),
            |e| (&e.action, e.version),
            |diff, old_endpoint, new_endpoint| {
                diff.endpoint(&endpoint_at(old, old_endpoint), old_endpoint, new_endpoint)
            },
            |diff, old_endpoint| {
                diff.report(
                    &rules::ENDPOINT_REMOVED,
                    &endpoint_at(old, old_endpoint),
                    "removed",
                )
            },
            |diff, new_endpoint| {
                diff.report(
                    &rules::ENDPOINT_ADDED,
                    &endpoint_at(new, new_endpoint),
                    "added",
                )
            },
        );
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
            path_parameters: _,
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
                format!("method {} -> {}", old.method.word(), new.method.word()),
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
        self.flag(
            at,
            (old.identity, new.identity),
            (
                &rules::IDENTITY_REQUIRED,
                "now needs a customer identity".into(),
            ),
            (
                &rules::IDENTITY_DROPPED,
                "no longer needs a customer identity".into(),
            ),
        );
        if old.retry_safe != new.retry_safe {
            self.report(
                &rules::RETRY_SAFE_CHANGED,
                at,
                format!("retry_safe {} -> {}", old.retry_safe, new.retry_safe),
            );
        }
        self.parameters(at, old, new);
        self.flag(
            at,
            (old.additional_parameters, new.additional_parameters),
            (
                &rules::ADDITIONAL_PARAMETERS_ADDED,
                "body now takes unlisted parameters".into(),
            ),
            (
                &rules::ADDITIONAL_PARAMETERS_REMOVED,
                "body no longer takes unlisted parameters".into(),
            ),
        );
        self.required_one_of(at, &old.required_one_of, &new.required_one_of);
        self.response(at, &old.response, &new.response);
        if !same_json(&old.example.request, &new.example.request) {
            self.report(&rules::EXAMPLE_CHANGED, at, "example request changed");
        }
        if !same_json(&old.example.response, &new.example.response) {
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
                    old.envelope.word(),
                    new.envelope.word(),
                    returns(old.envelope),
                    returns(new.envelope)
                ),
            );
        }
        // Going to or from an undocumented response is the envelope change above.
        let undocumented = [old.envelope, new.envelope].contains(&Envelope::Undocumented);
        let both_undocumented = old.envelope == new.envelope && undocumented;
        if old.status != new.status && (!undocumented || both_undocumented) {
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
        self.flag(
            at,
            (old.may_be_empty, new.may_be_empty),
            (
                &rules::RESPONSE_MAY_BE_EMPTY_CHANGED,
                "response may now have no data (the call returns an `Option`)".into(),
            ),
            (
                &rules::RESPONSE_MAY_BE_EMPTY_CHANGED,
                "response always has data (the call no longer returns an `Option`)".into(),
            ),
        );
        self.fields(at, "response", &old.fields, &new.fields, Side::Response);
    }

    /// The request's parameters, path, query and body together: a parameter that moves is one
    /// change.
    fn parameters(&mut self, at: &str, old: &Endpoint, new: &Endpoint) {
        let placed = |e: &Endpoint| -> Vec<(Place, Field)> {
            e.path_parameters
                .iter()
                .map(|f| (Place::Path, f.clone()))
                .chain(e.query.iter().map(|f| (Place::Query, f.clone())))
                .chain(e.body.iter().map(|f| (Place::Body, f.clone())))
                .collect()
        };
        let path = |(place, field): &(Place, Field)| format!("{}.{}", place.as_str(), field.name);
        // An open body took a name through `.parameter()`, which refuses it once it is listed.
        let was_open = old.additional_parameters && new.additional_parameters;
        self.by_name(
            (&placed(old), &placed(new)),
            |(_, field)| field.name.clone(),
            |diff, old_param, (new_place, new_field)| {
                let path = path(old_param);
                if old_param.0 != *new_place {
                    diff.report(
                        &rules::PARAMETER_MOVED,
                        at,
                        format!("{path}: moved to {}", new_place.as_str()),
                    );
                }
                diff.field(at, &path, &old_param.1, new_field, Side::Request);
            },
            |diff, old_param| {
                let path = path(old_param);
                let rule = match old_param.0 {
                    Place::Path => &rules::PATH_PARAMETER_REMOVED,
                    Place::Query | Place::Body => &rules::PARAMETER_REMOVED,
                };
                diff.report(rule, at, format!("{path}: removed"));
            },
            |diff, new_param| {
                let (new_place, new_field) = new_param;
                let path = path(new_param);
                if *new_place == Place::Path {
                    diff.report(
                        &rules::PATH_PARAMETER_ADDED,
                        at,
                        format!("{path}: added ({})", type_name(&new_field.ty)),
                    );
                } else if was_open && *new_place == Place::Body && !new_field.required {
                    diff.report(
                        &rules::PARAMETER_LISTED,
                        at,
                        format!(
                            "{path}: now listed ({}): set it with its setter, not `.parameter()`",
                            type_name(&new_field.ty)
                        ),
                    );
                } else {
                    diff.added(at, &path, new_field, Side::Request);
                }
            },
        );
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
        let path = |field: &Field| format!("{prefix}.{}", field.name);
        self.by_name(
            (old, new),
            |f| &f.name,
            |diff, old_field, new_field| {
                diff.field(at, &path(old_field), old_field, new_field, side)
            },
            |diff, old_field| {
                let rule = match side {
                    Side::Request => &rules::PARAMETER_REMOVED,
                    Side::Response => &rules::RESPONSE_FIELD_REMOVED,
                };
                diff.report(rule, at, format!("{}: removed", path(old_field)));
            },
            |diff, new_field| diff.added(at, &path(new_field), new_field, side),
        );
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
            unsettable: _,
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
            let show =
                |d: &Option<DefaultValue>| d.as_ref().map_or("none".to_string(), default_text);
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
        self.flag(
            at,
            (old.sensitive, new.sensitive),
            (&rules::SENSITIVE_ADDED, format!("{path}: now sensitive")),
            (
                &rules::SENSITIVE_DROPPED,
                format!("{path}: no longer sensitive"),
            ),
        );
        self.flag(
            at,
            (old.unsettable, new.unsettable),
            (
                &rules::UNSETTABLE_ADDED,
                format!("{path}: may now be cleared (`clear_{}()`)", new.name),
            ),
            (
                &rules::UNSETTABLE_REMOVED,
                format!("{path}: may no longer be cleared"),
            ),
        );
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
        self.flag(
            at,
            (old.additional_fields, new.additional_fields),
            (
                &rules::OBJECT_OPENED,
                format!("{path}: now takes unlisted fields"),
            ),
            (
                &rules::OBJECT_CLOSED,
                format!("{path}: no longer takes unlisted fields"),
            ),
        );
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

/// What the generated call returns for a response in `envelope` (before any `Option`).
fn returns(envelope: Envelope) -> &'static str {
    match envelope {
        Envelope::Item | Envelope::None => "one object",
        Envelope::Items => "a list",
        Envelope::Empty => "no data",
        Envelope::Undocumented => "the whole JSON body",
    }
}

/// The spec's name of a type's kind; two types of different kinds are a type change.
fn type_name(ty: &Type) -> &'static str {
    ty.kind().word()
}

fn default_text(default: &DefaultValue) -> String {
    match default {
        DefaultValue::Boolean(b) => b.to_string(),
        DefaultValue::Integer(n) => n.to_string(),
        DefaultValue::Text(t) => format!("`{t}`"),
    }
}

/// Two examples alike, member order included (`==` on JSON values ignores it, and a reordered
/// example is a change to the docs).
fn same_json(old: &Option<serde_json::Value>, new: &Option<serde_json::Value>) -> bool {
    let text = |value: &Option<serde_json::Value>| value.as_ref().map(|v| v.to_string());
    text(old) == text(new)
}
