//! The validated model of a spec: what the loader produces once every check has passed and what
//! the generators read. Nothing here can be invalid; names are already checked identifiers.

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

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET: parameters go in the query string.
    Get,
    /// POST: parameters go in a JSON body.
    Post,
    /// PUT: parameters go in a JSON body.
    Put,
    /// PATCH: parameters go in a JSON body.
    Patch,
    /// DELETE: parameters go in the query string.
    Delete,
}

impl Method {
    /// The method's name as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
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
    /// Full path, e.g. `/external/api/v1/klarna_payments/create_session`.
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
    pub default: Option<Default>,
    /// What it means.
    pub description: Option<String>,
    /// Personal data or a secret, kept out of `Debug` output and logs.
    pub sensitive: bool,
}

/// A documented default value.
#[derive(Debug, Clone, PartialEq)]
pub enum Default {
    /// A boolean default.
    Boolean(bool),
    /// An integer default.
    Integer(i64),
    /// A text default (also for enums, dates and URLs).
    Text(String),
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

/// Constraints on a string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StringRules {
    /// Minimum length in characters.
    pub min_length: Option<usize>,
    /// Maximum length in characters.
    pub max_length: Option<usize>,
    /// A regular expression (regex-lite syntax) the whole value must match.
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

/// How a response body wraps its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Envelope {
    /// `{"item": {...}}`: one object.
    Item,
    /// `{"items": [...]}`: a list of objects.
    Items,
    /// `{...}`: one object with no envelope (written `none` in the spec).
    Bare,
    /// No data: an empty body (HTTP 204) or `{}`.
    Empty,
    /// The docs do not show the response: the whole JSON body is kept as it comes.
    Undocumented,
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
    /// The request's parameters: the JSON body, or the query parameters of a GET or DELETE.
    pub request: Option<JsonValue>,
    /// The whole response body, envelope included.
    pub response: Option<JsonValue>,
}

/// A JSON value, keeping the order of object members as written.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (valid JSON number syntax).
    Number(String),
    /// Text.
    String(String),
    /// A list.
    Array(Vec<JsonValue>),
    /// An object's members in order.
    Object(Vec<(String, JsonValue)>),
}
