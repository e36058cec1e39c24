//! The rule table: one named rule per kind of change, with its class. Like oasdiff's
//! `checker/rules.go`, every change the comparison reports is one of these, so the classes can be
//! read (and argued about) in one place. Each rule has a test in `diff/tests.rs`.

/// What a change does to code that uses the generated client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Code written against the old client may stop compiling, or stop working: something it
    /// used is gone or different, a request it sent is now rejected, or requests go elsewhere.
    Breaking,
    /// Code keeps compiling and working; the client gains something or accepts more.
    Additive,
    /// Only documentation changes (descriptions, summaries, links, examples, documented defaults).
    Documentation,
}

impl Class {
    /// The class's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Additive => "additive",
            Class::Documentation => "documentation",
        }
    }
}

/// One kind of change.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable name, shown in reports and usable in scripts.
    pub id: &'static str,
    /// What the change does to code using the client.
    pub class: Class,
    /// Why it has that class.
    pub why: &'static str,
}

macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident = $id:literal, $class:ident, $why:literal;)*) => {
        $( $(#[$doc])* pub const $name: Rule = Rule { id: $id, class: Class::$class, why: $why }; )*
        /// Every rule, in the order of this file (the tests check each has a case and a line in
        /// spec/README.md).
        #[cfg(test)]
        pub const ALL: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    // The API as a whole, its environments and the token endpoint.
    /// The API's name.
    API_NAME_CHANGED = "api-name-changed", Documentation,
        "the name only appears in documentation";
    /// An environment was added.
    ENVIRONMENT_ADDED = "environment-added", Additive,
        "a new `Environment` variant; `Environment` is `#[non_exhaustive]`, so matches still compile";
    /// An environment was removed.
    ENVIRONMENT_REMOVED = "environment-removed", Breaking,
        "code naming the `Environment` variant no longer compiles";
    /// An environment's base URL changed.
    ENVIRONMENT_URL_CHANGED = "environment-url-changed", Breaking,
        "requests of deployed code go to another host: an upgrade should be deliberate";
    /// The token endpoint's path changed.
    TOKEN_PATH_CHANGED = "token-path-changed", Breaking,
        "token requests go elsewhere: an upgrade should be deliberate";
    /// The documented grant types changed.
    GRANT_TYPES_CHANGED = "grant-types-changed", Documentation,
        "grant types are documented, not generated: the auth types are hand-written";

    // Sections and endpoints.
    /// A section was added.
    SECTION_ADDED = "section-added", Additive,
        "a new section accessor on `Client`";
    /// A section was removed.
    SECTION_REMOVED = "section-removed", Breaking,
        "code calling the section accessor no longer compiles";
    /// An endpoint was added.
    ENDPOINT_ADDED = "endpoint-added", Additive,
        "a new method on a version accessor";
    /// An endpoint was removed.
    ENDPOINT_REMOVED = "endpoint-removed", Breaking,
        "code calling the endpoint's method no longer compiles";
    /// An endpoint's HTTP method changed.
    METHOD_CHANGED = "method-changed", Breaking,
        "the request changes shape on the wire: an upgrade should be deliberate";
    /// An endpoint's path changed.
    PATH_CHANGED = "path-changed", Breaking,
        "requests go to another path: an upgrade should be deliberate";
    /// An endpoint's scope changed.
    SCOPE_CHANGED = "scope-changed", Breaking,
        "tokens requested with the old scope are refused";
    /// An endpoint now needs a customer identity.
    IDENTITY_REQUIRED = "identity-required", Breaking,
        "calls with an application token no longer compile";
    /// An endpoint no longer needs a customer identity.
    IDENTITY_DROPPED = "identity-dropped", Additive,
        "any token now compiles, identity tokens included";
    /// Whether resending a request is harmless changed.
    RETRY_SAFE_CHANGED = "retry-safe-changed", Additive,
        "only which failures the client resends changes; calling code is the same";
    /// The response's envelope changed so that the call returns something else (one object, a
    /// list of them, nothing).
    RESPONSE_ENVELOPE_CHANGED = "response-envelope-changed", Breaking,
        "the call's return type changes: one object, a list of them, `()` for no data, or the whole JSON body when the docs do not show the response (`undocumented`)";
    /// The response's envelope changed between `item` and `none`: the same object, wrapped or not.
    RESPONSE_WRAPPING_CHANGED = "response-wrapping-changed", Breaking,
        "the call returns the same type, read from another shape on the wire (`{\"item\": ...}` or the bare object): an upgrade should be deliberate";
    /// The endpoint may now also answer with no data, or no longer may.
    RESPONSE_MAY_BE_EMPTY_CHANGED = "response-may-be-empty-changed", Breaking,
        "the call's return type gains or loses its `Option`";
    /// The documented success status changed.
    RESPONSE_STATUS_CHANGED = "response-status-changed", Documentation,
        "the client takes any 2xx as success and never shows the status, so calling code is the same; the sandbox and the OpenAPI export answer with the new one";

    // Request parameters, at any depth (`customer_info.email`).
    /// An optional parameter was added.
    PARAMETER_ADDED_OPTIONAL = "parameter-added-optional", Additive,
        "a new setter that code may ignore";
    /// A required parameter was added.
    PARAMETER_ADDED_REQUIRED = "parameter-added-required", Breaking,
        "`send()` no longer compiles until the new parameter is set";
    /// A parameter was removed.
    PARAMETER_REMOVED = "parameter-removed", Breaking,
        "code calling its setter no longer compiles";
    /// A parameter may now be cleared with `__UNSET__`.
    UNSETTABLE_ADDED = "unsettable-added", Additive,
        "a new `clear_` setter that code may ignore";
    /// A parameter may no longer be cleared with `__UNSET__`.
    UNSETTABLE_REMOVED = "unsettable-removed", Breaking,
        "code calling its `clear_` setter no longer compiles";
    /// A path parameter was added (the path template changed with it).
    PATH_PARAMETER_ADDED = "path-parameter-added", Breaking,
        "`send()` no longer compiles until the new path parameter is set";
    /// A path parameter was removed (the path template changed with it).
    PATH_PARAMETER_REMOVED = "path-parameter-removed", Breaking,
        "code calling its setter no longer compiles";
    /// A parameter became required.
    PARAMETER_MADE_REQUIRED = "parameter-made-required", Breaking,
        "`send()` no longer compiles where it was not set";
    /// A parameter became optional.
    PARAMETER_MADE_OPTIONAL = "parameter-made-optional", Additive,
        "code that sets it still compiles; code may now leave it out";
    /// A parameter the body took by name (`additional_parameters`) is now listed.
    PARAMETER_LISTED = "parameter-listed", Breaking,
        "a new setter, but `send()` now refuses the name where code set it with `.parameter(name, value)`: it must call the setter";
    /// The body now takes parameters beyond the listed ones.
    ADDITIONAL_PARAMETERS_ADDED = "additional-parameters-added", Additive,
        "a new `.parameter(name, value)` that code may ignore";
    /// The body no longer takes parameters beyond the listed ones.
    ADDITIONAL_PARAMETERS_REMOVED = "additional-parameters-removed", Breaking,
        "code calling `.parameter(name, value)` no longer compiles";
    /// A group of parameters of which at least one must be set was added.
    REQUIRED_ONE_OF_ADDED = "required-one-of-added", Breaking,
        "`send()` no longer compiles where none of the group is set";
    /// A group of parameters of which at least one must be set was removed.
    REQUIRED_ONE_OF_REMOVED = "required-one-of-removed", Additive,
        "code that sets one of the group still compiles; code may now set none";
    /// A group now takes more parameters (or old groups merged into it).
    REQUIRED_ONE_OF_WIDENED = "required-one-of-widened", Additive,
        "the new group holds a whole old group, so code that set one of the old group still compiles";
    /// A group lost parameters, or was split or otherwise changed.
    REQUIRED_ONE_OF_CHANGED = "required-one-of-changed", Breaking,
        "the new group holds no old group whole, so code that set only a parameter it lacks no longer compiles";
    /// A parameter moved between the query string and the body.
    PARAMETER_MOVED = "parameter-moved", Breaking,
        "the request changes shape on the wire: an upgrade should be deliberate";

    // Response fields, at any depth.
    /// An optional field was added to a response.
    RESPONSE_FIELD_ADDED = "response-field-added", Additive,
        "a new `Option` field on the response struct, which is `#[non_exhaustive]` (code destructures it with `..`); its `new` is unchanged";
    /// A required field was added to a response.
    RESPONSE_FIELD_ADDED_REQUIRED = "response-field-added-required", Breaking,
        "a new field on the response struct, and a new argument of its `new`: code that builds the response (a test double) no longer compiles";
    /// A response field was removed.
    RESPONSE_FIELD_REMOVED = "response-field-removed", Breaking,
        "code reading the field no longer compiles";
    /// A response field became optional, or always present.
    RESPONSE_FIELD_PRESENCE_CHANGED = "response-field-presence-changed", Breaking,
        "the field's Rust type gains or loses its `Option`";

    // Types and constraints of parameters and response fields.
    /// A value's type changed.
    TYPE_CHANGED = "type-changed", Breaking,
        "the setter's or the field's Rust type changes";
    /// An enum value was added.
    ENUM_VALUE_ADDED = "enum-value-added", Additive,
        "a new variant; generated enums (request and response) are `#[non_exhaustive]`, so matches still compile";
    /// An enum value was removed.
    ENUM_VALUE_REMOVED = "enum-value-removed", Breaking,
        "code naming the variant no longer compiles";
    /// A pattern was added to a string.
    PATTERN_ADDED = "pattern-added", Breaking,
        "values accepted before may now be rejected before sending";
    /// A string's pattern changed.
    PATTERN_CHANGED = "pattern-changed", Breaking,
        "whether the new pattern accepts every value the old one did cannot be told, so it may reject values accepted before";
    /// A string's pattern was removed.
    PATTERN_REMOVED = "pattern-removed", Additive,
        "every value accepted before is still accepted";
    /// A maximum length was added or lowered.
    MAX_LENGTH_TIGHTENED = "max-length-tightened", Breaking,
        "values accepted before may now be rejected before sending";
    /// A maximum length was raised or removed.
    MAX_LENGTH_LOOSENED = "max-length-loosened", Additive,
        "every value accepted before is still accepted";
    /// A minimum length was added or raised.
    MIN_LENGTH_TIGHTENED = "min-length-tightened", Breaking,
        "values accepted before may now be rejected before sending";
    /// A minimum length was lowered or removed.
    MIN_LENGTH_LOOSENED = "min-length-loosened", Additive,
        "every value accepted before is still accepted";
    /// A nested object's Rust type name changed.
    OBJECT_RENAMED = "object-renamed", Breaking,
        "code naming the object's type no longer compiles";
    /// An object stopped taking fields beyond the listed ones.
    OBJECT_CLOSED = "object-closed", Breaking,
        "code setting unlisted fields no longer compiles";
    /// An object now takes fields beyond the listed ones.
    OBJECT_OPENED = "object-opened", Additive,
        "code may now set unlisted fields";
    /// A value is no longer marked as personal data or a secret.
    SENSITIVE_DROPPED = "sensitive-dropped", Breaking,
        "the value starts appearing in `Debug` output and logs of code that relied on it being redacted";
    /// A value is now marked as personal data or a secret.
    SENSITIVE_ADDED = "sensitive-added", Additive,
        "the value is now redacted in `Debug` output";

    // Documentation.
    /// A summary changed.
    SUMMARY_CHANGED = "summary-changed", Documentation,
        "summaries only appear in documentation";
    /// A description changed (API part, endpoint, parameter, field, object).
    DESCRIPTION_CHANGED = "description-changed", Documentation,
        "descriptions only appear in documentation";
    /// A docs link changed.
    DOCS_LINK_CHANGED = "docs-link-changed", Documentation,
        "links only appear in documentation";
    /// The documented release of an endpoint changed.
    RELEASE_CHANGED = "release-changed", Documentation,
        "the release only appears in documentation";
    /// A documented default changed.
    DEFAULT_CHANGED = "default-changed", Documentation,
        "the client never sends defaults; the server applies them (read the change: behaviour that relied on the old default changes)";
    /// A documented example changed.
    EXAMPLE_CHANGED = "example-changed", Documentation,
        "examples only appear in documentation and the OpenAPI export";
}
