//! The validated model of a spec: what the loader produces once every check has passed and what
//! the generators read. Nothing here can be invalid; names are already checked identifiers.
//!
//! The spec's words live here too, each once: the words of methods, envelopes and types (the
//! enums below), and the keys of every map ([`keys`]). The loader, the generator and
//! payway-spec's importer, diff and export read them from here.

pub mod keys;

/// A fieldless enum whose values the spec writes as words (`method: POST`, `envelope: item`):
/// each variant is declared with its word, so the word list cannot miss one. Gives `ALL`,
/// `word()` and `from_word()`.
macro_rules! spec_words {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order the spec's documentation lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the spec writes the value with.
            pub fn word(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            /// The value the spec's `word` stands for, if any.
            pub fn from_word(word: &str) -> Option<$name> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

/// A whole spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The API's name, e.g. `Payway`.
    pub name: String,
    /// Link to the API's documentation.
    pub docs: Option<String>,
    /// The environments, in spec order.
    pub environments: Vec<Environment>,
    /// The token endpoint.
    pub token_endpoint: TokenEndpoint,
    /// The sections, in spec order.
    pub sections: Vec<Section>,
}

/// A deployment of the API (stage, production, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    /// snake_case name, e.g. `stage`.
    pub name: String,
    /// Base URL without a trailing slash.
    pub base_url: String,
    /// What the environment is for.
    pub description: Option<String>,
}

/// Where and how access tokens are obtained.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenEndpoint {
    /// Path on the environment's host, e.g. `/api/authorization/access_token`.
    pub path: String,
    /// What the endpoint does.
    pub description: Option<String>,
    /// Supported `grant_type` values and what each is for.
    pub grant_types: Vec<(String, String)>,
}

/// A group of endpoints sharing a path segment, e.g. `klarna_payments`.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// snake_case name, also the path segment.
    pub name: String,
    /// What the section is for.
    pub description: Option<String>,
    /// Link to the section's documentation.
    pub docs: Option<String>,
    /// The endpoints, in spec order.
    pub endpoints: Vec<Endpoint>,
}

impl Section {
    /// The versions that have at least one endpoint, ascending.
    pub fn versions(&self) -> Vec<u32> {
        let mut versions: Vec<u32> = self.endpoints.iter().map(|e| e.version).collect();
        versions.sort_unstable();
        versions.dedup();
        versions
    }
}

spec_words! {
    /// HTTP method of an endpoint. Any method may have a query string and a JSON body: where
    /// each parameter goes is what the entry says ([`Endpoint::has_body`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Method {
        /// GET.
        Get = "GET",
        /// POST.
        Post = "POST",
        /// PUT.
        Put = "PUT",
        /// PATCH.
        Patch = "PATCH",
        /// DELETE.
        Delete = "DELETE",
    }
}

impl Method {
    /// Whether a request of this method carries a JSON body (`{}` at least) even when its entry
    /// lists no body parameter: POST, PUT and PATCH do; a GET or DELETE has a body only when its
    /// entry has `body:` (some Payway endpoints read one).
    pub fn body_by_default(self) -> bool {
        match self {
            Method::Post | Method::Put | Method::Patch => true,
            Method::Get | Method::Delete => false,
        }
    }
}

/// One segment of an endpoint's path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSegment<'a> {
    /// Text sent as written, e.g. `userproducts`; empty for the last segment of a path ending
    /// in `/`.
    Literal(&'a str),
    /// `{account_id}`: the value of the path parameter of that name.
    Parameter(&'a str),
}

/// The segments of a path template after its leading `/` (`/a/{b}/` is `a`, `{b}`, ``).
pub fn path_segments(path: &str) -> impl Iterator<Item = PathSegment<'_>> {
    path.strip_prefix('/')
        .unwrap_or(path)
        .split('/')
        .map(|segment| {
            match segment
                .strip_prefix('{')
                .and_then(|rest| rest.strip_suffix('}'))
            {
                Some(name) => PathSegment::Parameter(name),
                None => PathSegment::Literal(segment),
            }
        })
}

/// Where an endpoint's path names its version and section ([`locate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathPlace<'p> {
    /// `N` of the first segment `vN` (a positive whole number, no leading zero).
    pub version: u32,
    /// The segment after `vN`: the section's name in a valid path.
    pub section: Option<PathSegment<'p>>,
    /// The segments after the section's.
    pub rest: Vec<PathSegment<'p>>,
}

/// The version and section a path names: its first `vN` segment and the one after it. The
/// loader requires them to be the endpoint's `version` and section; the importer reads an
/// endpoint's version and section from them.
pub fn locate(path: &str) -> Option<PathPlace<'_>> {
    let mut segments = path_segments(path);
    let version = segments.by_ref().find_map(|segment| {
        let PathSegment::Literal(text) = segment else {
            return None;
        };
        let digits = text.strip_prefix('v')?;
        let version: u32 = digits.parse().ok()?;
        (version > 0 && version.to_string() == digits).then_some(version)
    })?;
    Some(PathPlace {
        version,
        section: segments.next(),
        rest: segments.collect(),
    })
}

/// Whether `path` (a request's path, still percent-encoded) fits `template`; if so, each path
/// parameter's name with the segment it was given (still percent-encoded), in path order.
pub fn match_path<'t, 'p>(template: &'t str, path: &'p str) -> Option<Vec<(&'t str, &'p str)>> {
    let mut given = path.strip_prefix('/')?.split('/');
    let mut values = Vec::new();
    for segment in path_segments(template) {
        let actual = given.next()?;
        match segment {
            PathSegment::Literal(text) if text == actual => {}
            PathSegment::Literal(_) => return None,
            PathSegment::Parameter(name) => values.push((name, actual)),
        }
    }
    given.next().is_none().then_some(values)
}

/// One versioned action of a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// snake_case action name, e.g. `create_session`.
    pub action: String,
    /// API version, e.g. `1` for `/v1/`.
    pub version: u32,
    /// HTTP method.
    pub method: Method,
    /// Full path, e.g. `/external/api/v1/klarna_payments/create_session`, a template when it
    /// holds `{name}` segments (`/external/api/v1/userproducts/{account_id}`), each one of
    /// [`path_parameters`](Endpoint::path_parameters); a trailing `/` is kept as the server's
    /// route has it.
    pub path: String,
    /// One-line summary.
    pub summary: String,
    /// Longer description.
    pub description: Option<String>,
    /// Link to the endpoint's documentation page.
    pub docs: Option<String>,
    /// Release version of the API that introduced the endpoint, where documented.
    pub release: Option<String>,
    /// Scope the access token must carry.
    pub scope: String,
    /// Whether the token must be bound to a customer identity.
    pub identity: bool,
    /// Whether sending the request twice is harmless.
    pub retry_safe: bool,
    /// The parameters of the path template, in path order; each is required.
    pub path_parameters: Vec<Field>,
    /// Query string parameters.
    pub query: Vec<Field>,
    /// JSON body parameters.
    pub body: Vec<Field>,
    /// Groups of optional parameters of which at least one must be set (e.g. `period_type` or
    /// `period_id`), each group in spec order. No parameter is in two groups.
    pub required_one_of: Vec<Vec<String>>,
    /// Whether the body takes parameters beyond the listed ones (the docs page is cut short
    /// before its parameter table ends).
    pub additional_parameters: bool,
    /// The response.
    pub response: Response,
    /// The docs page's example request and response, checked against the fields above.
    pub example: Example,
}

impl Endpoint {
    /// Whether the request carries a JSON body: when the entry lists body parameters or takes
    /// unlisted ones, and for a POST, PUT or PATCH always (`{}` when it has no parameters).
    pub fn has_body(&self) -> bool {
        !self.body.is_empty() || self.additional_parameters || self.method.body_by_default()
    }
}

/// A named, typed member of a request or a response.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The name on the wire (snake_case).
    pub name: String,
    /// The value's type.
    pub ty: Type,
    /// Whether it must be present.
    pub required: bool,
    /// Documented default the server applies when the field is absent.
    pub default: Option<DefaultValue>,
    /// What it means.
    pub description: Option<String>,
    /// Personal data or a secret, kept out of `Debug` output and logs.
    pub sensitive: bool,
    /// Whether the docs allow clearing the value by sending [`UNSET`] (an optional request
    /// parameter or object field only).
    pub unsettable: bool,
}

/// The text that clears a value the docs allow to be cleared, whatever the value's type.
pub const UNSET: &str = "__UNSET__";

/// A documented default value.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    /// A boolean default.
    Boolean(bool),
    /// An integer default.
    Integer(i64),
    /// A text default (also for enums, dates and URLs).
    Text(String),
}

impl DefaultValue {
    /// The default that `text` stands for on a field of type `kind` (`values` are an enum's
    /// values), or why it cannot be one: the one rule the loader enforces and the importer
    /// follows before it writes a default into the spec.
    pub fn from_text(
        kind: TypeKind,
        values: &[String],
        text: &str,
    ) -> Result<DefaultValue, UnfitDefault> {
        match kind {
            TypeKind::Boolean => match text {
                "true" => Ok(DefaultValue::Boolean(true)),
                "false" => Ok(DefaultValue::Boolean(false)),
                _ => Err(UnfitDefault::NotABoolean),
            },
            TypeKind::Integer => text
                .parse()
                .map(DefaultValue::Integer)
                .map_err(|_| UnfitDefault::NotAWholeNumber),
            TypeKind::Enum if !values.iter().any(|v| v == text) => Err(UnfitDefault::NotAValue),
            TypeKind::Object | TypeKind::List => Err(UnfitDefault::NoDefault),
            TypeKind::String
            | TypeKind::Number
            | TypeKind::Date
            | TypeKind::DateTime
            | TypeKind::Url
            | TypeKind::IpAddress
            | TypeKind::Email
            | TypeKind::Enum => Ok(DefaultValue::Text(text.to_string())),
        }
    }
}

/// Why a text cannot be a field's `default` ([`DefaultValue::from_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnfitDefault {
    /// A boolean's default is `true` or `false`.
    NotABoolean,
    /// An integer's default is a whole number.
    NotAWholeNumber,
    /// An enum's default is one of its values.
    NotAValue,
    /// An object or a list has no default.
    NoDefault,
}

/// The type of a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    /// Text, optionally constrained.
    String(StringRules),
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Integer,
    /// A decimal number.
    Number,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A date and time with a UTC offset (`2019-11-21T14:43:30+01:00` or
    /// `2020-04-23 12:16:50 +0200`).
    DateTime,
    /// An absolute URL.
    Url,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// An email address.
    Email,
    /// One of a closed set of values.
    Enum(EnumType),
    /// A nested object.
    Object(ObjectType),
    /// A list of values of one type.
    List(Box<Type>),
}

impl Type {
    /// The kind of type, as `type:` names it.
    pub fn kind(&self) -> TypeKind {
        match self {
            Type::String(_) => TypeKind::String,
            Type::Boolean => TypeKind::Boolean,
            Type::Integer => TypeKind::Integer,
            Type::Number => TypeKind::Number,
            Type::Date => TypeKind::Date,
            Type::DateTime => TypeKind::DateTime,
            Type::Url => TypeKind::Url,
            Type::IpAddress => TypeKind::IpAddress,
            Type::Email => TypeKind::Email,
            Type::Enum(_) => TypeKind::Enum,
            Type::Object(_) => TypeKind::Object,
            Type::List(_) => TypeKind::List,
        }
    }
}

spec_words! {
    /// The kinds of [`Type`], by the word a field's `type:` gives them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TypeKind {
        /// [`Type::String`].
        String = "string",
        /// [`Type::Boolean`].
        Boolean = "boolean",
        /// [`Type::Integer`].
        Integer = "integer",
        /// [`Type::Number`].
        Number = "number",
        /// [`Type::Date`].
        Date = "date",
        /// [`Type::DateTime`].
        DateTime = "date_time",
        /// [`Type::Url`].
        Url = "url",
        /// [`Type::IpAddress`].
        IpAddress = "ip_address",
        /// [`Type::Email`].
        Email = "email",
        /// [`Type::Enum`].
        Enum = "enum",
        /// [`Type::Object`].
        Object = "object",
        /// [`Type::List`].
        List = "list",
    }
}

/// Constraints on a string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StringRules {
    /// Minimum length in characters.
    pub min_length: Option<usize>,
    /// Maximum length in characters.
    pub max_length: Option<usize>,
    /// A regular expression (regex-lite syntax) the value must match. It is not anchored for
    /// it: a match anywhere in the value counts, so the spec's patterns start with `^` and end
    /// with `$` to cover the whole value.
    pub pattern: Option<String>,
}

impl StringRules {
    /// Whether any constraint applies, i.e. whether the value needs a checked newtype.
    pub fn is_constrained(&self) -> bool {
        self.min_length.is_some() || self.max_length.is_some() || self.pattern.is_some()
    }
}

/// A closed set of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumType {
    /// The allowed values as sent on the wire.
    pub values: Vec<String>,
}

/// A nested object.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectType {
    /// PascalCase type name.
    pub name: String,
    /// What the object is.
    pub description: Option<String>,
    /// Its fields.
    pub fields: Vec<Field>,
    /// Whether fields beyond the listed ones may be set (for objects only partly documented).
    pub additional_fields: bool,
}

spec_words! {
    /// How a response body wraps its data.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Envelope {
        /// `{"item": {...}}`: one object.
        Item = "item",
        /// `{"items": [...]}`: a list of objects.
        Items = "items",
        /// `{...}`: one object with no envelope (written `none` in the spec).
        None = "none",
        /// No data: an empty body (HTTP 204) or `{}`.
        Empty = "empty",
        /// The docs do not show the response: the whole JSON body is kept as it comes.
        Undocumented = "undocumented",
    }
}

impl Envelope {
    /// The key the data is under in the body (`item`, `items`), for the envelopes that have one.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Envelope::Item | Envelope::Items => Some(self.word()),
            Envelope::None | Envelope::Empty | Envelope::Undocumented => None,
        }
    }
}

/// An endpoint's successful response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The envelope.
    pub envelope: Envelope,
    /// The documented success status (200 unless the docs say 201, 204, ...).
    pub status: u16,
    /// Whether the endpoint may also answer with no data (a 204 besides its object): the
    /// client then returns an `Option`.
    pub may_be_empty: bool,
    /// The fields of the object (or of each object in the list); none for `Empty`.
    pub fields: Vec<Field>,
}

/// An endpoint's documented example, as the docs page shows it (curl body, example response).
/// Documentation only: exported to OpenAPI, never sent by the client.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Example {
    /// The request's parameters: the JSON body when the request has one, else the query.
    /// Object members stay in the order written (serde_json's `preserve_order`, which this crate
    /// turns on).
    pub request: Option<serde_json::Value>,
    /// The whole response body, envelope included, in the order written.
    pub response: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::{Envelope, Method, TypeKind};

    /// Each word names its own value; `ALL` holds every value once (the macro lists the
    /// variants, so none can be missing from it).
    fn words_round_trip<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        word: fn(T) -> &'static str,
        from_word: fn(&str) -> Option<T>,
    ) {
        for (i, &value) in all.iter().enumerate() {
            assert_eq!(from_word(word(value)), Some(value));
            assert!(!all[..i].contains(&value), "{value:?} twice");
        }
        assert_eq!(from_word("nonsense"), None);
    }

    #[test]
    fn spec_words_round_trip() {
        words_round_trip(Method::ALL, Method::word, Method::from_word);
        words_round_trip(Envelope::ALL, Envelope::word, Envelope::from_word);
        words_round_trip(TypeKind::ALL, TypeKind::word, TypeKind::from_word);
        assert_eq!(Envelope::None.word(), "none");
        assert_eq!(TypeKind::DateTime.word(), "date_time");
    }

    #[test]
    fn only_post_put_and_patch_have_a_body_by_default() {
        let with_body: Vec<&str> = Method::ALL
            .iter()
            .filter(|m| m.body_by_default())
            .map(|m| m.word())
            .collect();
        assert_eq!(with_body, ["POST", "PUT", "PATCH"]);
    }

    #[test]
    fn paths_match_their_templates() {
        use super::{PathSegment, match_path, path_segments};
        let template = "/external/api/v1/userproducts/{account_id}/";
        let segments: Vec<_> = path_segments(template).collect();
        assert_eq!(segments[4], PathSegment::Parameter("account_id"));
        assert_eq!(segments[5], PathSegment::Literal(""));
        assert_eq!(
            match_path(template, "/external/api/v1/userproducts/a%2Fb/"),
            Some(vec![("account_id", "a%2Fb")])
        );
        for other in [
            "/external/api/v1/userproducts/a",
            "/external/api/v1/userproducts/a/b",
            "/external/api/v1/userproduct/a/",
            "external/api/v1/userproducts/a/",
        ] {
            assert_eq!(match_path(template, other), None, "{other}");
        }
        assert_eq!(match_path("/a/b", "/a/b"), Some(vec![]));
    }
}
