/// Path of the token endpoint on every environment's host (`POST`, form-encoded).
///
/// Grant types:
/// - `none`: An application token.
pub const TOKEN_PATH: &str = "/api/authorization/access_token";
/// Where the API is: one of the spec's environments, or a base URL of your own (a local
/// sandbox, a proxy). A later release may add environments: a `match` needs a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// local
    ///
    /// Base URL: <http://127.0.0.1:9>
    Local,
    /// A base URL of your choosing, e.g. `http://127.0.0.1:8080` for a local sandbox.
    Custom(::payway_client::Url),
}
impl Environment {
    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Local => "http://127.0.0.1:9",
            Environment::Custom(url) => url.as_str(),
        }
    }
    /// An environment at `base_url`, checked to be an absolute `http` or `https` URL.
    pub fn custom(
        base_url: &str,
    ) -> ::std::result::Result<Self, ::payway_client::Error> {
        ::payway_client::__private::parse_base_url(base_url).map(Environment::Custom)
    }
}
/// The scopes the spec's endpoints require. A client may only request scopes it was granted.
pub mod scopes {
    /// The scope `/external/account/archive/w`.
    pub const ACCOUNT_ARCHIVE_W: &str = "/external/account/archive/w";
    /// The scope `/external/account/w`.
    pub const ACCOUNT_W: &str = "/external/account/w";
    /// The scope `/external/catalog/r`.
    pub const CATALOG_R: &str = "/external/catalog/r";
    /// The scope `/external/me/r`.
    pub const ME_R: &str = "/external/me/r";
    /// The scope `/external/userproducts/r`.
    pub const USERPRODUCTS_R: &str = "/external/userproducts/r";
    /// The scope `/external/userproducts/w`.
    pub const USERPRODUCTS_W: &str = "/external/userproducts/w";
}
/** A client for the Fixture API.

 Create one with [`Client::new`], give it credentials or a token with [`Client::with_auth`], then start requests from a section, e.g. `client.catalog()`. Cloning is cheap: clones share one connection pool.*/
#[derive(Clone)]
pub struct Client<A = ::payway_client::Unauthenticated> {
    connection: ::payway_client::Connection<A>,
}
impl Client {
    /// A client for `environment` with the default configuration (timeouts, user agent).
    pub fn new(
        environment: Environment,
    ) -> ::std::result::Result<Self, ::payway_client::Error> {
        Self::with_config(environment, ::payway_client::ClientConfig::default())
    }
    /// A client for `environment` with the given configuration.
    pub fn with_config(
        environment: Environment,
        config: ::payway_client::ClientConfig,
    ) -> ::std::result::Result<Self, ::payway_client::Error> {
        ::std::result::Result::Ok(Client {
            connection: ::payway_client::Connection::new(
                environment.base_url(),
                TOKEN_PATH,
                config,
            )?,
        })
    }
}
impl<A> Client<A> {
    /// The same client (same connection pool and configuration) authenticating with `auth`:
    /// an application, an identity or a fixed token.
    pub fn with_auth<B: ::payway_client::Auth>(&self, auth: B) -> Client<B> {
        Client {
            connection: self.connection.with_auth(auth),
        }
    }
    /// The connection underneath: base URL, configuration, authentication.
    pub fn connection(&self) -> &::payway_client::Connection<A> {
        &self.connection
    }
    /// The `catalog` endpoints.
    pub fn catalog(&self) -> catalog::Catalog<'_, A> {
        catalog::Catalog {
            connection: &self.connection,
        }
    }
    /// The `accounts` endpoints.
    pub fn accounts(&self) -> accounts::Accounts<'_, A> {
        accounts::Accounts {
            connection: &self.connection,
        }
    }
    /// The `useragreements` endpoints.
    pub fn useragreements(&self) -> useragreements::Useragreements<'_, A> {
        useragreements::Useragreements {
            connection: &self.connection,
        }
    }
    /// The `userproducts` endpoints.
    pub fn userproducts(&self) -> userproducts::Userproducts<'_, A> {
        userproducts::Userproducts {
            connection: &self.connection,
        }
    }
}
impl<A> ::std::fmt::Debug for Client<A> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Client").field("connection", &self.connection).finish()
    }
}
/// The `catalog` section of the API.
///
/// Products and their payment periods.
pub mod catalog {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `catalog` section: pick a version, e.g. `.v2()`.
    pub struct Catalog<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Catalog<'c, A> {
        /// Version 1 of the `catalog` endpoints.
        pub fn v1(&self) -> v1::CatalogV1<'c, A> {
            v1::CatalogV1 {
                connection: self.connection,
            }
        }
        /// Version 2 of the `catalog` endpoints.
        pub fn v2(&self) -> v2::CatalogV2<'c, A> {
            v2::CatalogV2 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `catalog` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `catalog`: each method starts a request.
        pub struct CatalogV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> CatalogV1<'c, A> {
            /// List payment periods.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/catalog/payment_periods` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v1 |
            pub fn payment_periods(
                &self,
            ) -> payment_periods::PaymentPeriodsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                payment_periods::PaymentPeriodsRequest::new(self.connection)
            }
            /// Look up a product (v1).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/catalog/lookup` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v1 |
            pub fn lookup(&self) -> lookup::LookupRequest<'c, A>
            where
                A: __rt::Auth,
            {
                lookup::LookupRequest::new(self.connection)
            }
        }
        /// List payment periods (`GET /external/api/v1/catalog/payment_periods`): see [`super::CatalogV1::payment_periods`].
        pub mod payment_periods {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "catalog.v1.payment_periods",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/catalog/payment_periods",
                scope: "/external/catalog/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code"],
            };
            /// A checked value of `code`.
            ///
            /// The package code.
            ///
            /// A valid value has at most 1024 characters.
            ///
            /// Make one with `new`, or pass text to the setter, which checks it.
            pub type Code = __rt::CheckedText<CodeKind>;
            /// The name and rules of [`Code`], the checked values of `code`.
            pub enum CodeKind {}
            impl __rt::TextKind for CodeKind {
                const NAME: &'static str = "Code";
                const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(1024usize),
                    pattern: None,
                };
                const SENSITIVE: bool = false;
            }
            /// One of `limited`, `recurring`: the values of `kind`.
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum Kind {
                /// `limited`
                Limited,
                /// `recurring`
                Recurring,
            }
            impl Kind {
                /// Every value, in spec order.
                pub const ALL: &'static [Kind] = &[Kind::Limited, Kind::Recurring];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        Kind::Limited => "limited",
                        Kind::Recurring => "recurring",
                    }
                }
            }
            impl ::std::str::FromStr for Kind {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "limited" => Ok(Kind::Limited),
                        "recurring" => Ok(Kind::Recurring),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["limited", "recurring"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(Kind);
            /// One of `limited`, `recurring`: the values of `type`.
            ///
            /// Values this client does not know yet arrive as `Unknown`.
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum Type {
                /// `limited`
                Limited,
                /// `recurring`
                Recurring,
                /// A value the spec does not list, kept as sent.
                Unknown(String),
            }
            impl Type {
                /// The value as sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        Type::Limited => "limited",
                        Type::Recurring => "recurring",
                        Type::Unknown(other) => other,
                    }
                }
            }
            impl ::std::str::FromStr for Type {
                type Err = ::std::convert::Infallible;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    Ok(
                        match text {
                            "limited" => Type::Limited,
                            "recurring" => Type::Recurring,
                            other => Type::Unknown(other.to_string()),
                        },
                    )
                }
            }
            __p::impl_response_enum!(Type);
            /// The query parameters of `payment_periods`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PaymentPeriodsQuery {
                code: Option<Code>,
                limit: Option<i64>,
                kind: Option<Kind>,
            }
            impl __p::serde::Serialize for PaymentPeriodsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.entry("limit", &self.limit);
                    map.entry("kind", &self.kind);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentPeriodsQuery",
                        &[
                            ("code", &self.code),
                            ("limit", &self.limit),
                            ("kind", &self.kind),
                        ],
                    )
                }
            }
            /// One element of the list `payment_periods` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentPeriodsItem {
                /// The `id` field.
                pub id: String,
                /// The `type` field.
                pub r#type: Type,
                /// The `enabled` field.
                pub enabled: bool,
                /// The `iteration_length` field.
                pub iteration_length: i64,
                /// The `price` field.
                pub price: f64,
                /// The `note` field.
                ///
                /// Not always present.
                pub note: Option<String>,
            }
            impl PaymentPeriodsItem {
                /// A response with the required fields `id`, `type`, `enabled`, `iteration_length`, `price`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    r#type: impl Into<Type>,
                    enabled: impl Into<bool>,
                    iteration_length: impl Into<i64>,
                    price: impl Into<f64>,
                ) -> Self {
                    PaymentPeriodsItem {
                        id: id.into(),
                        r#type: r#type.into(),
                        enabled: enabled.into(),
                        iteration_length: iteration_length.into(),
                        price: price.into(),
                        note: None,
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for PaymentPeriodsItem {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<PaymentPeriodsItem, M::Error> {
                    let mut v_id = None;
                    let mut v_type = None;
                    let mut v_enabled = None;
                    let mut v_iteration_length = None;
                    let mut v_price = None;
                    let mut v_note = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "id" => __p::next(&mut map, &mut v_id),
                            "type" => __p::next(&mut map, &mut v_type),
                            "enabled" => __p::next(&mut map, &mut v_enabled),
                            "iteration_length" => {
                                __p::next(&mut map, &mut v_iteration_length)
                            }
                            "price" => __p::next(&mut map, &mut v_price),
                            "note" => __p::next(&mut map, &mut v_note),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(PaymentPeriodsItem {
                        id: __p::required(v_id, "id")?,
                        r#type: __p::required(v_type, "type")?,
                        enabled: __p::required(v_enabled, "enabled")?,
                        iteration_length: __p::required(
                            v_iteration_length,
                            "iteration_length",
                        )?,
                        price: __p::required(v_price, "price")?,
                        note: __p::optional(v_note),
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PaymentPeriodsItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(
                        deserializer,
                        "a `PaymentPeriodsItem` object",
                    )
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentPeriodsItem",
                        &[
                            ("id", &self.id),
                            ("type", &self.r#type),
                            ("enabled", &self.enabled),
                            ("iteration_length", &self.iteration_length),
                            ("price", &self.price),
                            ("note", &self.note),
                        ],
                    )
                }
            }
            /// The request of `payment_periods` (v1 of section `catalog`): set its parameters, then `.send().await`. Started by [`super::CatalogV1::payment_periods`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PaymentPeriodsRequest<
                'c,
                A,
                S = payment_periods_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                query: PaymentPeriodsQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > PaymentPeriodsRequest<'c, A, payment_periods_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    PaymentPeriodsRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`PaymentPeriodsRequest`](super::PaymentPeriodsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod payment_periods_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.code(...)` has been called, `Unset` before.
                    type Code;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<Code>(::std::marker::PhantomData<fn() -> (Code,)>);
                impl<Code> sealed::Sealed for Tracked<Code> {}
                impl<Code> State for Tracked<Code> {
                    type Code = Code;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `code` set.
                pub type SetCode = Tracked<__p::Set>;
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PaymentPeriodsRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: payment_periods_request_state::State,
            > PaymentPeriodsRequest<'c, A, S> {
                fn into_state<T>(self) -> PaymentPeriodsRequest<'c, A, T> {
                    PaymentPeriodsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The package code.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<Code>,
                ) -> PaymentPeriodsRequest<
                    'c,
                    A,
                    payment_periods_request_state::SetCode,
                > {
                    let value = Some(value);
                    self.query.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// How many to return at most.
                ///
                /// Optional.
                pub fn limit(self, value: impl __rt::IntoValue<i64>) -> Self {
                    self.maybe_limit(Some(value))
                }
                /// Like [`Self::limit`], taking an `Option`: `None` leaves `limit` unset. The builder's type is the same either way.
                pub fn maybe_limit(
                    mut self,
                    value: Option<impl __rt::IntoValue<i64>>,
                ) -> Self {
                    self.query.limit = self.problems.check_maybe("limit", value);
                    self
                }
                /// The `kind` parameter.
                ///
                /// Optional.
                pub fn kind(self, value: impl __rt::IntoValue<Kind>) -> Self {
                    self.maybe_kind(Some(value))
                }
                /// Like [`Self::kind`], taking an `Option`: `None` leaves `kind` unset. The builder's type is the same either way.
                pub fn maybe_kind(
                    mut self,
                    value: Option<impl __rt::IntoValue<Kind>>,
                ) -> Self {
                    self.query.kind = self.problems.check_maybe("kind", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &PaymentPeriodsQuery {
                    &self.query
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<Vec<PaymentPeriodsItem>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: payment_periods_request_state::CodeIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Items<PaymentPeriodsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for PaymentPeriodsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Look up a product (v1) (`POST /external/api/v1/catalog/lookup`): see [`super::CatalogV1::lookup`].
        pub mod lookup {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "catalog.v1.lookup",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/catalog/lookup",
                scope: "/external/catalog/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code"],
            };
            /// Who sells the product; only partly documented, so other fields are kept.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct Vendor {
                /// The `id` field.
                pub id: String,
                /// Fields the spec does not list (this object is only partly documented).
                pub extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl Vendor {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    Vendor {
                        id: id.into(),
                        extra: ::std::collections::BTreeMap::new(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for Vendor {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<Vendor, M::Error> {
                    let mut v_id = None;
                    let mut extra = ::std::collections::BTreeMap::new();
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "id" => __p::next(&mut map, &mut v_id),
                            _ => __p::keep(&mut map, &mut extra, key.as_str()),
                        }?;
                    }
                    Ok(Vendor {
                        id: __p::required(v_id, "id")?,
                        extra,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for Vendor {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `Vendor` object")
                }
            }
            impl ::std::fmt::Debug for Vendor {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "Vendor", &[("id", &self.id)])
                }
            }
            /// The JSON body of `lookup`.
            #[derive(Clone, Default, PartialEq)]
            pub struct LookupBody {
                code: Option<String>,
            }
            impl __p::serde::Serialize for LookupBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for LookupBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "LookupBody", &[("code", &self.code)])
                }
            }
            /// The response of `lookup`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct LookupResponse {
                /// The `name` field.
                pub name: String,
                /// Who sells the product; only partly documented, so other fields are kept.
                ///
                /// Not always present.
                pub vendor: Option<Vendor>,
            }
            impl LookupResponse {
                /// A response with the required fields `name`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(name: impl Into<String>) -> Self {
                    LookupResponse {
                        name: name.into(),
                        vendor: None,
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for LookupResponse {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<LookupResponse, M::Error> {
                    let mut v_name = None;
                    let mut v_vendor = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "name" => __p::next(&mut map, &mut v_name),
                            "vendor" => __p::next(&mut map, &mut v_vendor),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(LookupResponse {
                        name: __p::required(v_name, "name")?,
                        vendor: __p::optional(v_vendor),
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for LookupResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `LookupResponse` object")
                }
            }
            impl ::std::fmt::Debug for LookupResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "LookupResponse",
                        &[("name", &self.name), ("vendor", &self.vendor)],
                    )
                }
            }
            /// The request of `lookup` (v1 of section `catalog`): set its parameters, then `.send().await`. Started by [`super::CatalogV1::lookup`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct LookupRequest<'c, A, S = lookup_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<LookupBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> LookupRequest<'c, A, lookup_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    LookupRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`LookupRequest`](super::LookupRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod lookup_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.code(...)` has been called, `Unset` before.
                    type Code;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<Code>(::std::marker::PhantomData<fn() -> (Code,)>);
                impl<Code> sealed::Sealed for Tracked<Code> {}
                impl<Code> State for Tracked<Code> {
                    type Code = Code;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `code` set.
                pub type SetCode = Tracked<__p::Set>;
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`LookupRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
            }
            impl<'c, A, S: lookup_request_state::State> LookupRequest<'c, A, S> {
                fn into_state<T>(self) -> LookupRequest<'c, A, T> {
                    LookupRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `code` parameter.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> LookupRequest<'c, A, lookup_request_state::SetCode> {
                    let value = Some(value);
                    self.body.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &LookupBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<LookupResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: lookup_request_state::CodeIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Item<LookupResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for LookupRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
    /// Version 2 of the `catalog` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `catalog`: each method starts a request.
        pub struct CatalogV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> CatalogV2<'c, A> {
            /// Look up a product (v2), with tags.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/catalog/lookup` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | **Yes**: the access token must be bound to a customer identity |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v2 |
            pub fn lookup(&self) -> lookup::LookupRequest<'c, A>
            where
                A: __rt::Auth,
                A::Identity: __rt::HasCustomerIdentity,
            {
                lookup::LookupRequest::new(self.connection)
            }
        }
        /// Look up a product (v2), with tags (`POST /external/api/v2/catalog/lookup`): see [`super::CatalogV2::lookup`].
        pub mod lookup {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "catalog.v2.lookup",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v2/catalog/lookup",
                scope: "/external/catalog/r",
                identity: true,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code"],
            };
            /// The JSON body of `lookup`.
            #[derive(Clone, Default, PartialEq)]
            pub struct LookupBody {
                code: Option<String>,
                tags: Option<Vec<String>>,
            }
            impl __p::serde::Serialize for LookupBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.entry("tags", &self.tags);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for LookupBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "LookupBody",
                        &[("code", &self.code), ("tags", &self.tags)],
                    )
                }
            }
            /// The response of `lookup`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct LookupResponse {
                /// The `name` field.
                pub name: String,
                /// The `tags` field.
                pub tags: Vec<String>,
            }
            impl LookupResponse {
                /// A response with the required fields `name`, `tags`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    name: impl Into<String>,
                    tags: impl Into<Vec<String>>,
                ) -> Self {
                    LookupResponse {
                        name: name.into(),
                        tags: tags.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for LookupResponse {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<LookupResponse, M::Error> {
                    let mut v_name = None;
                    let mut v_tags = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "name" => __p::next(&mut map, &mut v_name),
                            "tags" => __p::next(&mut map, &mut v_tags),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(LookupResponse {
                        name: __p::required(v_name, "name")?,
                        tags: __p::required(v_tags, "tags")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for LookupResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `LookupResponse` object")
                }
            }
            impl ::std::fmt::Debug for LookupResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "LookupResponse",
                        &[("name", &self.name), ("tags", &self.tags)],
                    )
                }
            }
            /// The request of `lookup` (v2 of section `catalog`): set its parameters, then `.send().await`. Started by [`super::CatalogV2::lookup`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct LookupRequest<'c, A, S = lookup_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<LookupBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> LookupRequest<'c, A, lookup_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    LookupRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`LookupRequest`](super::LookupRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod lookup_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.code(...)` has been called, `Unset` before.
                    type Code;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<Code>(::std::marker::PhantomData<fn() -> (Code,)>);
                impl<Code> sealed::Sealed for Tracked<Code> {}
                impl<Code> State for Tracked<Code> {
                    type Code = Code;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `code` set.
                pub type SetCode = Tracked<__p::Set>;
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`LookupRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
            }
            impl<'c, A, S: lookup_request_state::State> LookupRequest<'c, A, S> {
                fn into_state<T>(self) -> LookupRequest<'c, A, T> {
                    LookupRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `code` parameter.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> LookupRequest<'c, A, lookup_request_state::SetCode> {
                    let value = Some(value);
                    self.body.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// The `tags` parameter.
                ///
                /// Optional.
                pub fn tags(self, value: impl IntoIterator<Item = String>) -> Self {
                    self.maybe_tags(Some(value.into_iter().collect()))
                }
                /// Like [`Self::tags`], taking an `Option`: `None` leaves `tags` unset. The builder's type is the same either way.
                pub fn maybe_tags(mut self, value: Option<Vec<String>>) -> Self {
                    self.body.tags = self.problems.list("tags", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &LookupBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<LookupResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: lookup_request_state::CodeIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Item<LookupResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for LookupRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `accounts` section of the API.
///
/// Shapes of other sections' pages (account archive, reconciliations).
pub mod accounts {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `accounts` section: pick a version, e.g. `.v1()`.
    pub struct Accounts<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Accounts<'c, A> {
        /// Version 1 of the `accounts` endpoints.
        pub fn v1(&self) -> v1::AccountsV1<'c, A> {
            v1::AccountsV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `accounts` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `accounts`: each method starts a request.
        pub struct AccountsV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> AccountsV1<'c, A> {
            /// Archive an account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `DELETE /external/api/v1/accounts/archive` |
            /// | Scope | `/external/account/archive/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `accounts`, v1 |
            pub fn archive(&self) -> archive::ArchiveRequest<'c, A>
            where
                A: __rt::Auth,
            {
                archive::ArchiveRequest::new(self.connection)
            }
            /// Register a reconciliation.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/accounts/register` |
            /// | Scope | `/external/account/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `accounts`, v1 |
            pub fn register(&self) -> register::RegisterRequest<'c, A>
            where
                A: __rt::Auth,
            {
                register::RegisterRequest::new(self.connection)
            }
            /// Update a session, or delete it.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/accounts/update_session` |
            /// | Scope | `/external/account/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `accounts`, v1 |
            pub fn update_session(&self) -> update_session::UpdateSessionRequest<'c, A>
            where
                A: __rt::Auth,
            {
                update_session::UpdateSessionRequest::new(self.connection)
            }
        }
        /// Archive an account (`DELETE /external/api/v1/accounts/archive`): see [`super::AccountsV1::archive`].
        pub mod archive {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "accounts.v1.archive",
                method: __rt::HttpMethod::Delete,
                path: "/external/api/v1/accounts/archive",
                scope: "/external/account/archive/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["account_id"],
            };
            /// A checked value of `account_id`.
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            ///
            /// Make one with `new`, or pass text to the setter, which checks it.
            pub type AccountId = __rt::CheckedText<AccountIdKind>;
            /// The name and rules of [`AccountId`], the checked values of `account_id`.
            pub enum AccountIdKind {}
            impl __rt::TextKind for AccountIdKind {
                const NAME: &'static str = "AccountId";
                const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(24usize),
                    pattern: Some({
                        static PATTERN: __p::Pattern = __p::Pattern::new(
                            "(?i)^[a-f\\d]{24}$",
                        );
                        &PATTERN
                    }),
                };
                const SENSITIVE: bool = false;
            }
            /// The query parameters of `archive`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ArchiveQuery {
                account_id: Option<AccountId>,
            }
            impl __p::serde::Serialize for ArchiveQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ArchiveQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ArchiveQuery",
                        &[("account_id", &self.account_id)],
                    )
                }
            }
            /// The request of `archive` (v1 of section `accounts`): set its parameters, then `.send().await`. Started by [`super::AccountsV1::archive`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ArchiveRequest<'c, A, S = archive_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                query: ArchiveQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> ArchiveRequest<'c, A, archive_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    ArchiveRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ArchiveRequest`](super::ArchiveRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod archive_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.account_id(...)` has been called, `Unset` before.
                    type AccountId;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<AccountId>(
                    ::std::marker::PhantomData<fn() -> (AccountId,)>,
                );
                impl<AccountId> sealed::Sealed for Tracked<AccountId> {}
                impl<AccountId> State for Tracked<AccountId> {
                    type AccountId = AccountId;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `account_id` set.
                pub type SetAccountId = Tracked<__p::Set>;
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ArchiveRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
            }
            impl<'c, A, S: archive_request_state::State> ArchiveRequest<'c, A, S> {
                fn into_state<T>(self) -> ArchiveRequest<'c, A, T> {
                    ArchiveRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `account_id` parameter.
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> ArchiveRequest<'c, A, archive_request_state::SetAccountId> {
                    let value = Some(value);
                    self.query.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &ArchiveQuery {
                    &self.query
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client resends it only when it provably never reached the server, and reports an unanswered attempt as [`Error::OutcomeUnknown`].
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                /// [`Error::OutcomeUnknown`]: __rt::Error::OutcomeUnknown
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<(), __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: archive_request_state::AccountIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Empty,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for ArchiveRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ArchiveRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Register a reconciliation (`POST /external/api/v1/accounts/register`): see [`super::AccountsV1::register`].
        pub mod register {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "accounts.v1.register",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/accounts/register",
                scope: "/external/account/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &[],
            };
            /// The JSON body of `register`.
            #[derive(Clone, Default, PartialEq)]
            pub struct RegisterBody {
                happened_at: Option<__rt::DateTime>,
            }
            impl __p::serde::Serialize for RegisterBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("happened_at", &self.happened_at);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for RegisterBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "RegisterBody",
                        &[("happened_at", &self.happened_at)],
                    )
                }
            }
            /// The response of `register`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct RegisterResponse {
                /// The `id` field.
                pub id: String,
            }
            impl RegisterResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    RegisterResponse { id: id.into() }
                }
            }
            impl<'de> __p::FromMap<'de> for RegisterResponse {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<RegisterResponse, M::Error> {
                    let mut v_id = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "id" => __p::next(&mut map, &mut v_id),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(RegisterResponse {
                        id: __p::required(v_id, "id")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for RegisterResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `RegisterResponse` object")
                }
            }
            impl ::std::fmt::Debug for RegisterResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "RegisterResponse", &[("id", &self.id)])
                }
            }
            /// The request of `register` (v1 of section `accounts`): set its parameters, then `.send().await`. Started by [`super::AccountsV1::register`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct RegisterRequest<'c, A, S = register_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<RegisterBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> RegisterRequest<'c, A, register_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    RegisterRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`RegisterRequest`](super::RegisterRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod register_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.happened_at(...)` has been called, `Unset` before.
                    type HappenedAt;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<HappenedAt>(
                    ::std::marker::PhantomData<fn() -> (HappenedAt,)>,
                );
                impl<HappenedAt> sealed::Sealed for Tracked<HappenedAt> {}
                impl<HappenedAt> State for Tracked<HappenedAt> {
                    type HappenedAt = HappenedAt;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `happened_at` set.
                pub type SetHappenedAt = Tracked<__p::Set>;
                /// Implemented once `happened_at` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RegisterRequest` cannot be sent: the required parameter `happened_at` is not set",
                    label = "call `.happened_at(...)` before `.send()`"
                )]
                pub trait HappenedAtIsSet {}
                impl HappenedAtIsSet for __p::Set {}
            }
            impl<'c, A, S: register_request_state::State> RegisterRequest<'c, A, S> {
                fn into_state<T>(self) -> RegisterRequest<'c, A, T> {
                    RegisterRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `happened_at` parameter.
                ///
                /// **Required.**
                pub fn happened_at(
                    mut self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> RegisterRequest<'c, A, register_request_state::SetHappenedAt> {
                    let value = Some(value);
                    self.body.happened_at = self
                        .problems
                        .check_maybe("happened_at", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &RegisterBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client resends it only when it provably never reached the server, and reports an unanswered attempt as [`Error::OutcomeUnknown`].
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                /// [`Error::OutcomeUnknown`]: __rt::Error::OutcomeUnknown
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<RegisterResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::HappenedAt: register_request_state::HappenedAtIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Bare<RegisterResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for RegisterRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(RegisterRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Update a session, or delete it (`POST /external/api/v1/accounts/update_session`): see [`super::AccountsV1::update_session`].
        pub mod update_session {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "accounts.v1.update_session",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/accounts/update_session",
                scope: "/external/account/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["session_id"],
            };
            /// The JSON body of `update_session`.
            #[derive(Clone, Default, PartialEq)]
            pub struct UpdateSessionBody {
                session_id: Option<String>,
            }
            impl __p::serde::Serialize for UpdateSessionBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("session_id", &self.session_id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for UpdateSessionBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "UpdateSessionBody",
                        &[("session_id", &self.session_id)],
                    )
                }
            }
            /// The response of `update_session`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct UpdateSessionResponse {
                /// The `id` field.
                pub id: String,
            }
            impl UpdateSessionResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    UpdateSessionResponse {
                        id: id.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for UpdateSessionResponse {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<UpdateSessionResponse, M::Error> {
                    let mut v_id = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "id" => __p::next(&mut map, &mut v_id),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(UpdateSessionResponse {
                        id: __p::required(v_id, "id")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for UpdateSessionResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(
                        deserializer,
                        "a `UpdateSessionResponse` object",
                    )
                }
            }
            impl ::std::fmt::Debug for UpdateSessionResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "UpdateSessionResponse", &[("id", &self.id)])
                }
            }
            /// The request of `update_session` (v1 of section `accounts`): set its parameters, then `.send().await`. Started by [`super::AccountsV1::update_session`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct UpdateSessionRequest<
                'c,
                A,
                S = update_session_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<UpdateSessionBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > UpdateSessionRequest<'c, A, update_session_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    UpdateSessionRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`UpdateSessionRequest`](super::UpdateSessionRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod update_session_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.session_id(...)` has been called, `Unset` before.
                    type SessionId;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<SessionId>(
                    ::std::marker::PhantomData<fn() -> (SessionId,)>,
                );
                impl<SessionId> sealed::Sealed for Tracked<SessionId> {}
                impl<SessionId> State for Tracked<SessionId> {
                    type SessionId = SessionId;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `session_id` set.
                pub type SetSessionId = Tracked<__p::Set>;
                /// Implemented once `session_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateSessionRequest` cannot be sent: the required parameter `session_id` is not set",
                    label = "call `.session_id(...)` before `.send()`"
                )]
                pub trait SessionIdIsSet {}
                impl SessionIdIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: update_session_request_state::State,
            > UpdateSessionRequest<'c, A, S> {
                fn into_state<T>(self) -> UpdateSessionRequest<'c, A, T> {
                    UpdateSessionRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `session_id` parameter.
                ///
                /// **Required.**
                pub fn session_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> UpdateSessionRequest<
                    'c,
                    A,
                    update_session_request_state::SetSessionId,
                > {
                    let value = Some(value);
                    self.body.session_id = self
                        .problems
                        .check_maybe("session_id", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &UpdateSessionBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client resends it only when it provably never reached the server, and reports an unanswered attempt as [`Error::OutcomeUnknown`].
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                /// [`Error::OutcomeUnknown`]: __rt::Error::OutcomeUnknown
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<Option<UpdateSessionResponse>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::SessionId: update_session_request_state::SessionIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Maybe<__p::Bare<UpdateSessionResponse>>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for UpdateSessionRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(UpdateSessionRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `useragreements` section of the API.
pub mod useragreements {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `useragreements` section: pick a version, e.g. `.v3()`.
    pub struct Useragreements<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Useragreements<'c, A> {
        /// Version 3 of the `useragreements` endpoints.
        pub fn v3(&self) -> v3::UseragreementsV3<'c, A> {
            v3::UseragreementsV3 {
                connection: self.connection,
            }
        }
    }
    /// Version 3 of the `useragreements` section.
    pub mod v3 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v3 endpoints of `useragreements`: each method starts a request.
        pub struct UseragreementsV3<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> UseragreementsV3<'c, A> {
            /// Get user agreements.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v3/useragreements` |
            /// | Scope | `/external/me/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `useragreements`, v3 |
            pub fn get(&self) -> get::GetRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get::GetRequest::new(self.connection)
            }
        }
        /// Get user agreements (`GET /external/api/v3/useragreements`): see [`super::UseragreementsV3::get`].
        pub mod get {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "useragreements.v3.get",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v3/useragreements",
                scope: "/external/me/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &[],
            };
            /// One element of the list `get` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct GetItem {
                /// The `id` field.
                pub id: String,
                /// The `created_at` field.
                pub created_at: __rt::DateTime,
            }
            impl GetItem {
                /// A response with the required fields `id`, `created_at`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    created_at: impl Into<__rt::DateTime>,
                ) -> Self {
                    GetItem {
                        id: id.into(),
                        created_at: created_at.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for GetItem {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<GetItem, M::Error> {
                    let mut v_id = None;
                    let mut v_created_at = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "id" => __p::next(&mut map, &mut v_id),
                            "created_at" => __p::next(&mut map, &mut v_created_at),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(GetItem {
                        id: __p::required(v_id, "id")?,
                        created_at: __p::required(v_created_at, "created_at")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for GetItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `GetItem` object")
                }
            }
            impl ::std::fmt::Debug for GetItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetItem",
                        &[("id", &self.id), ("created_at", &self.created_at)],
                    )
                }
            }
            /// The request of `get` (v3 of section `useragreements`): set its parameters, then `.send().await`. Started by [`super::UseragreementsV3::get`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct GetRequest<'c, A, S = get_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> GetRequest<'c, A, get_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    GetRequest {
                        connection,
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`GetRequest`](super::GetRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod get_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {}
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked(::std::marker::PhantomData<fn() -> ()>);
                impl sealed::Sealed for Tracked {}
                impl State for Tracked {}
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked;
            }
            impl<'c, A, S: get_request_state::State> GetRequest<'c, A, S> {
                fn into_state<T>(self) -> GetRequest<'c, A, T> {
                    GetRequest {
                        connection: self.connection,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<Vec<GetItem>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Items<GetItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for GetRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `userproducts` section of the API.
///
/// Path parameters, a GET with a body, a PUT and a 207 answer.
pub mod userproducts {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `userproducts` section: pick a version, e.g. `.v1()`.
    pub struct Userproducts<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Userproducts<'c, A> {
        /// Version 1 of the `userproducts` endpoints.
        pub fn v1(&self) -> v1::UserproductsV1<'c, A> {
            v1::UserproductsV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `userproducts` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `userproducts`: each method starts a request.
        pub struct UserproductsV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> UserproductsV1<'c, A> {
            /// An account's active products.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/userproducts/{account_id}/` |
            /// | Scope | `/external/userproducts/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `userproducts`, v1 |
            pub fn active_products(
                &self,
            ) -> active_products::ActiveProductsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                active_products::ActiveProductsRequest::new(self.connection)
            }
            /// Rename one of an account's products.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `PUT /external/api/v1/userproducts/{account_id}/products/{position}` |
            /// | Scope | `/external/userproducts/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `userproducts`, v1 |
            pub fn rename_product(&self) -> rename_product::RenameProductRequest<'c, A>
            where
                A: __rt::Auth,
            {
                rename_product::RenameProductRequest::new(self.connection)
            }
            /// Search packages, with the criteria in a JSON body.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/userproducts/search/package` |
            /// | Scope | `/external/userproducts/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `userproducts`, v1 |
            pub fn search_package(&self) -> search_package::SearchPackageRequest<'c, A>
            where
                A: __rt::Auth,
            {
                search_package::SearchPackageRequest::new(self.connection)
            }
            /// One log entry to several accounts, one result per account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `PUT /external/api/v1/userproducts/log_to_accounts` |
            /// | Scope | `/external/userproducts/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `userproducts`, v1 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            pub fn log_to_accounts(&self) -> log_to_accounts::LogToAccountsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                log_to_accounts::LogToAccountsRequest::new(self.connection)
            }
        }
        /// An account's active products (`GET /external/api/v1/userproducts/{account_id}/`): see [`super::UserproductsV1::active_products`].
        pub mod active_products {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.active_products",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/userproducts/{account_id}/",
                scope: "/external/userproducts/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["account_id"],
            };
            /// A checked value of `account_id`.
            ///
            /// The account.
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            ///
            /// Make one with `new`, or pass text to the setter, which checks it.
            pub type AccountId = __rt::CheckedText<AccountIdKind>;
            /// The name and rules of [`AccountId`], the checked values of `account_id`.
            pub enum AccountIdKind {}
            impl __rt::TextKind for AccountIdKind {
                const NAME: &'static str = "AccountId";
                const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(24usize),
                    pattern: Some({
                        static PATTERN: __p::Pattern = __p::Pattern::new(
                            "(?i)^[a-f\\d]{24}$",
                        );
                        &PATTERN
                    }),
                };
                const SENSITIVE: bool = false;
            }
            /// The path parameters of `active_products`, each sent as one percent-encoded segment of `/external/api/v1/userproducts/{account_id}/`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ActiveProductsPath {
                account_id: Option<AccountId>,
            }
            impl __p::serde::Serialize for ActiveProductsPath {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ActiveProductsPath {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ActiveProductsPath",
                        &[("account_id", &self.account_id)],
                    )
                }
            }
            /// The query parameters of `active_products`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ActiveProductsQuery {
                active: Option<bool>,
            }
            impl __p::serde::Serialize for ActiveProductsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("active", &self.active);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ActiveProductsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ActiveProductsQuery",
                        &[("active", &self.active)],
                    )
                }
            }
            /// One element of the list `active_products` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct ActiveProductsItem {
                /// The `product_code` field.
                pub product_code: String,
            }
            impl ActiveProductsItem {
                /// A response with the required fields `product_code`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(product_code: impl Into<String>) -> Self {
                    ActiveProductsItem {
                        product_code: product_code.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for ActiveProductsItem {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<ActiveProductsItem, M::Error> {
                    let mut v_product_code = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "product_code" => __p::next(&mut map, &mut v_product_code),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(ActiveProductsItem {
                        product_code: __p::required(v_product_code, "product_code")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for ActiveProductsItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(
                        deserializer,
                        "a `ActiveProductsItem` object",
                    )
                }
            }
            impl ::std::fmt::Debug for ActiveProductsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ActiveProductsItem",
                        &[("product_code", &self.product_code)],
                    )
                }
            }
            /// The request of `active_products` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::active_products`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ActiveProductsRequest<
                'c,
                A,
                S = active_products_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                path: ActiveProductsPath,
                query: ActiveProductsQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > ActiveProductsRequest<'c, A, active_products_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    ActiveProductsRequest {
                        connection,
                        path: Default::default(),
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ActiveProductsRequest`](super::ActiveProductsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod active_products_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.account_id(...)` has been called, `Unset` before.
                    type AccountId;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<AccountId>(
                    ::std::marker::PhantomData<fn() -> (AccountId,)>,
                );
                impl<AccountId> sealed::Sealed for Tracked<AccountId> {}
                impl<AccountId> State for Tracked<AccountId> {
                    type AccountId = AccountId;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `account_id` set.
                pub type SetAccountId = Tracked<__p::Set>;
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ActiveProductsRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: active_products_request_state::State,
            > ActiveProductsRequest<'c, A, S> {
                fn into_state<T>(self) -> ActiveProductsRequest<'c, A, T> {
                    ActiveProductsRequest {
                        connection: self.connection,
                        path: self.path,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The account.
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> ActiveProductsRequest<
                    'c,
                    A,
                    active_products_request_state::SetAccountId,
                > {
                    let value = Some(value);
                    self.path.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The `active` parameter.
                ///
                /// Optional.
                pub fn active(self, value: impl __rt::IntoValue<bool>) -> Self {
                    self.maybe_active(Some(value))
                }
                /// Like [`Self::active`], taking an `Option`: `None` leaves `active` unset. The builder's type is the same either way.
                pub fn maybe_active(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.query.active = self.problems.check_maybe("active", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The path parameters as set so far.
                pub fn path(&self) -> &ActiveProductsPath {
                    &self.path
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &ActiveProductsQuery {
                    &self.query
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<Vec<ActiveProductsItem>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: active_products_request_state::AccountIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Items<ActiveProductsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.path),
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for ActiveProductsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ActiveProductsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("path", &self.path)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Rename one of an account's products (`PUT /external/api/v1/userproducts/{account_id}/products/{position}`): see [`super::UserproductsV1::rename_product`].
        pub mod rename_product {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.rename_product",
                method: __rt::HttpMethod::Put,
                path: "/external/api/v1/userproducts/{account_id}/products/{position}",
                scope: "/external/userproducts/w",
                identity: false,
                retry_safe: false,
                sensitive: &["account_id"],
                identifying: &["title", "note"],
            };
            /// A checked value of `note`.
            ///
            /// A valid value has at most 40 characters.
            ///
            /// Make one with `new`, or pass text to the setter, which checks it.
            pub type Note = __rt::CheckedText<NoteKind>;
            /// The name and rules of [`Note`], the checked values of `note`.
            pub enum NoteKind {}
            impl __rt::TextKind for NoteKind {
                const NAME: &'static str = "Note";
                const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(40usize),
                    pattern: None,
                };
                const SENSITIVE: bool = false;
            }
            /// The path parameters of `rename_product`, each sent as one percent-encoded segment of `/external/api/v1/userproducts/{account_id}/products/{position}`.
            #[derive(Clone, Default, PartialEq)]
            pub struct RenameProductPath {
                account_id: Option<String>,
                position: Option<i64>,
            }
            impl __p::serde::Serialize for RenameProductPath {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("position", &self.position);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for RenameProductPath {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "RenameProductPath",
                        &[
                            ("account_id", &__p::redact(&self.account_id)),
                            ("position", &self.position),
                        ],
                    )
                }
            }
            /// The JSON body of `rename_product`.
            #[derive(Clone, Default, PartialEq)]
            pub struct RenameProductBody {
                title: Option<String>,
                note: Option<Note>,
                position_hint: Option<i64>,
                __cleared: __p::Cleared,
            }
            impl __p::serde::Serialize for RenameProductBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("title", &self.title);
                    map.entry_or_unset("note", &self.note, &self.__cleared);
                    map.entry_or_unset(
                        "position_hint",
                        &self.position_hint,
                        &self.__cleared,
                    );
                    map.end()
                }
            }
            impl ::std::fmt::Debug for RenameProductBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "RenameProductBody",
                        &[
                            ("title", &self.title),
                            ("note", &self.note),
                            ("position_hint", &self.position_hint),
                        ],
                    )
                }
            }
            /// The response of `rename_product`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct RenameProductResponse {
                /// The `title` field.
                pub title: String,
            }
            impl RenameProductResponse {
                /// A response with the required fields `title`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(title: impl Into<String>) -> Self {
                    RenameProductResponse {
                        title: title.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for RenameProductResponse {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<RenameProductResponse, M::Error> {
                    let mut v_title = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "title" => __p::next(&mut map, &mut v_title),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(RenameProductResponse {
                        title: __p::required(v_title, "title")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for RenameProductResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(
                        deserializer,
                        "a `RenameProductResponse` object",
                    )
                }
            }
            impl ::std::fmt::Debug for RenameProductResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "RenameProductResponse",
                        &[("title", &self.title)],
                    )
                }
            }
            /// The request of `rename_product` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::rename_product`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct RenameProductRequest<
                'c,
                A,
                S = rename_product_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                path: RenameProductPath,
                body: ::std::boxed::Box<RenameProductBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > RenameProductRequest<'c, A, rename_product_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    RenameProductRequest {
                        connection,
                        path: Default::default(),
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`RenameProductRequest`](super::RenameProductRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod rename_product_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.account_id(...)` has been called, `Unset` before.
                    type AccountId;
                    /// `Set` once `.position(...)` has been called, `Unset` before.
                    type Position;
                    /// `Set` once `.title(...)` has been called, `Unset` before.
                    type Title;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<AccountId, Position, Title>(
                    ::std::marker::PhantomData<fn() -> (AccountId, Position, Title)>,
                );
                impl<AccountId, Position, Title> sealed::Sealed
                for Tracked<AccountId, Position, Title> {}
                impl<AccountId, Position, Title> State
                for Tracked<AccountId, Position, Title> {
                    type AccountId = AccountId;
                    type Position = Position;
                    type Title = Title;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset, __p::Unset, __p::Unset>;
                /// The state `S` with `account_id` set.
                pub type SetAccountId<S> = Tracked<
                    __p::Set,
                    <S as State>::Position,
                    <S as State>::Title,
                >;
                /// The state `S` with `position` set.
                pub type SetPosition<S> = Tracked<
                    <S as State>::AccountId,
                    __p::Set,
                    <S as State>::Title,
                >;
                /// The state `S` with `title` set.
                pub type SetTitle<S> = Tracked<
                    <S as State>::AccountId,
                    <S as State>::Position,
                    __p::Set,
                >;
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RenameProductRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `position` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RenameProductRequest` cannot be sent: the required parameter `position` is not set",
                    label = "call `.position(...)` before `.send()`"
                )]
                pub trait PositionIsSet {}
                impl PositionIsSet for __p::Set {}
                /// Implemented once `title` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RenameProductRequest` cannot be sent: the required parameter `title` is not set",
                    label = "call `.title(...)` before `.send()`"
                )]
                pub trait TitleIsSet {}
                impl TitleIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: rename_product_request_state::State,
            > RenameProductRequest<'c, A, S> {
                fn into_state<T>(self) -> RenameProductRequest<'c, A, T> {
                    RenameProductRequest {
                        connection: self.connection,
                        path: self.path,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `account_id` parameter.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> RenameProductRequest<
                    'c,
                    A,
                    rename_product_request_state::SetAccountId<S>,
                > {
                    let value = Some(value);
                    self.path.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The `position` parameter.
                ///
                /// **Required.**
                pub fn position(
                    mut self,
                    value: impl __rt::IntoValue<i64>,
                ) -> RenameProductRequest<
                    'c,
                    A,
                    rename_product_request_state::SetPosition<S>,
                > {
                    let value = Some(value);
                    self.path.position = self.problems.check_maybe("position", value);
                    self.into_state()
                }
                /// The `title` parameter.
                ///
                /// **Required.**
                pub fn title(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> RenameProductRequest<
                    'c,
                    A,
                    rename_product_request_state::SetTitle<S>,
                > {
                    let value = Some(value);
                    self.body.title = self.problems.check_maybe("title", value);
                    self.into_state()
                }
                /// The `note` parameter.
                ///
                /// Optional.
                pub fn note(self, value: impl __rt::IntoValue<Note>) -> Self {
                    self.maybe_note(Some(value))
                }
                /// Like [`Self::note`], taking an `Option`: `None` leaves `note` unset. The builder's type is the same either way.
                pub fn maybe_note(
                    mut self,
                    value: Option<impl __rt::IntoValue<Note>>,
                ) -> Self {
                    self.body.note = self.problems.check_maybe("note", value);
                    if self.body.note.is_some() {
                        self.body.__cleared.keep("note");
                    }
                    self
                }
                /// Clears `note` on the server: sends `"__UNSET__"` in its place, as the docs allow for it. Setting and clearing are one choice: the last call of [`Self::note`], [`Self::maybe_note`] (with `Some`) or this one wins.
                pub fn clear_note(mut self) -> Self {
                    let value = None::<Note>;
                    self.body.note = self.problems.check_maybe("note", value);
                    self.body.__cleared.clear("note");
                    self
                }
                /// The `position_hint` parameter.
                ///
                /// Optional.
                pub fn position_hint(self, value: impl __rt::IntoValue<i64>) -> Self {
                    self.maybe_position_hint(Some(value))
                }
                /// Like [`Self::position_hint`], taking an `Option`: `None` leaves `position_hint` unset. The builder's type is the same either way.
                pub fn maybe_position_hint(
                    mut self,
                    value: Option<impl __rt::IntoValue<i64>>,
                ) -> Self {
                    self.body.position_hint = self
                        .problems
                        .check_maybe("position_hint", value);
                    if self.body.position_hint.is_some() {
                        self.body.__cleared.keep("position_hint");
                    }
                    self
                }
                /// Clears `position_hint` on the server: sends `"__UNSET__"` in its place, as the docs allow for it. Setting and clearing are one choice: the last call of [`Self::position_hint`], [`Self::maybe_position_hint`] (with `Some`) or this one wins.
                pub fn clear_position_hint(mut self) -> Self {
                    let value = None::<i64>;
                    self.body.position_hint = self
                        .problems
                        .check_maybe("position_hint", value);
                    self.body.__cleared.clear("position_hint");
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The path parameters as set so far.
                pub fn path(&self) -> &RenameProductPath {
                    &self.path
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &RenameProductBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client resends it only when it provably never reached the server, and reports an unanswered attempt as [`Error::OutcomeUnknown`].
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                /// [`Error::OutcomeUnknown`]: __rt::Error::OutcomeUnknown
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<RenameProductResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: rename_product_request_state::AccountIdIsSet,
                    S::Position: rename_product_request_state::PositionIsSet,
                    S::Title: rename_product_request_state::TitleIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Item<RenameProductResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.path),
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for RenameProductRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(RenameProductRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("path", &self.path)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Search packages, with the criteria in a JSON body (`GET /external/api/v1/userproducts/search/package`): see [`super::UserproductsV1::search_package`].
        pub mod search_package {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.search_package",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/userproducts/search/package",
                scope: "/external/userproducts/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &[],
            };
            /// The JSON body of `search_package`.
            #[derive(Clone, Default, PartialEq)]
            pub struct SearchPackageBody {
                codes: Option<Vec<String>>,
            }
            impl __p::serde::Serialize for SearchPackageBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("codes", &self.codes);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for SearchPackageBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "SearchPackageBody", &[("codes", &self.codes)])
                }
            }
            /// One element of the list `search_package` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct SearchPackageItem {
                /// The `code` field.
                pub code: String,
            }
            impl SearchPackageItem {
                /// A response with the required fields `code`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(code: impl Into<String>) -> Self {
                    SearchPackageItem {
                        code: code.into(),
                    }
                }
            }
            impl<'de> __p::FromMap<'de> for SearchPackageItem {
                fn from_map<M: __p::serde::de::MapAccess<'de>>(
                    mut map: M,
                ) -> Result<SearchPackageItem, M::Error> {
                    let mut v_code = None;
                    while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                        match key.as_str() {
                            "code" => __p::next(&mut map, &mut v_code),
                            _ => __p::skip(&mut map),
                        }?;
                    }
                    Ok(SearchPackageItem {
                        code: __p::required(v_code, "code")?,
                    })
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for SearchPackageItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    __p::deserialize_object(deserializer, "a `SearchPackageItem` object")
                }
            }
            impl ::std::fmt::Debug for SearchPackageItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "SearchPackageItem", &[("code", &self.code)])
                }
            }
            /// The request of `search_package` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::search_package`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct SearchPackageRequest<
                'c,
                A,
                S = search_package_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<SearchPackageBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > SearchPackageRequest<'c, A, search_package_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    SearchPackageRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`SearchPackageRequest`](super::SearchPackageRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod search_package_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.codes(...)` has been called, `Unset` before.
                    type Codes;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<Codes>(::std::marker::PhantomData<fn() -> (Codes,)>);
                impl<Codes> sealed::Sealed for Tracked<Codes> {}
                impl<Codes> State for Tracked<Codes> {
                    type Codes = Codes;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `codes` set.
                pub type SetCodes = Tracked<__p::Set>;
                /// Implemented once `codes` is set.
                #[diagnostic::on_unimplemented(
                    message = "`SearchPackageRequest` cannot be sent: the required parameter `codes` is not set",
                    label = "call `.codes(...)` before `.send()`"
                )]
                pub trait CodesIsSet {}
                impl CodesIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: search_package_request_state::State,
            > SearchPackageRequest<'c, A, S> {
                fn into_state<T>(self) -> SearchPackageRequest<'c, A, T> {
                    SearchPackageRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `codes` parameter.
                ///
                /// **Required.**
                pub fn codes(
                    mut self,
                    value: impl IntoIterator<Item = String>,
                ) -> SearchPackageRequest<
                    'c,
                    A,
                    search_package_request_state::SetCodes,
                > {
                    let value = Some(value.into_iter().collect());
                    self.body.codes = self.problems.list("codes", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &SearchPackageBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<Vec<SearchPackageItem>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Codes: search_package_request_state::CodesIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Items<SearchPackageItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for SearchPackageRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(SearchPackageRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// One log entry to several accounts, one result per account (`PUT /external/api/v1/userproducts/log_to_accounts`): see [`super::UserproductsV1::log_to_accounts`].
        pub mod log_to_accounts {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.log_to_accounts",
                method: __rt::HttpMethod::Put,
                path: "/external/api/v1/userproducts/log_to_accounts",
                scope: "/external/userproducts/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &[],
            };
            /// Create one with [`ChangeLog::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct ChangeLog {
                account_id: Option<String>,
                message: Option<String>,
                problems: __p::Problems,
            }
            impl ChangeLog {
                /// Starts building a value.
                pub fn builder() -> ChangeLogBuilder<change_log_builder_state::Empty> {
                    ChangeLogBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for ChangeLog {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for ChangeLog {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("message", &self.message);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ChangeLog {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ChangeLog",
                        &[("account_id", &self.account_id), ("message", &self.message)],
                    )
                }
            }
            /// Builds a [`ChangeLog`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct ChangeLogBuilder<S = change_log_builder_state::Empty> {
                value: ChangeLog,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`ChangeLogBuilder`](super::ChangeLogBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod change_log_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.account_id(...)` has been called, `Unset` before.
                    type AccountId;
                    /// `Set` once `.message(...)` has been called, `Unset` before.
                    type Message;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<AccountId, Message>(
                    ::std::marker::PhantomData<fn() -> (AccountId, Message)>,
                );
                impl<AccountId, Message> sealed::Sealed for Tracked<AccountId, Message> {}
                impl<AccountId, Message> State for Tracked<AccountId, Message> {
                    type AccountId = AccountId;
                    type Message = Message;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset, __p::Unset>;
                /// The state `S` with `account_id` set.
                pub type SetAccountId<S> = Tracked<__p::Set, <S as State>::Message>;
                /// The state `S` with `message` set.
                pub type SetMessage<S> = Tracked<<S as State>::AccountId, __p::Set>;
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ChangeLog` cannot be built: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.build()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `message` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ChangeLog` cannot be built: the required parameter `message` is not set",
                    label = "call `.message(...)` before `.build()`"
                )]
                pub trait MessageIsSet {}
                impl MessageIsSet for __p::Set {}
            }
            impl<S: change_log_builder_state::State> ChangeLogBuilder<S> {
                fn into_state<T>(self) -> ChangeLogBuilder<T> {
                    ChangeLogBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `account_id` parameter.
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> ChangeLogBuilder<change_log_builder_state::SetAccountId<S>> {
                    let value = Some(value);
                    self.value.account_id = self
                        .value
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The `message` parameter.
                ///
                /// **Required.**
                pub fn message(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> ChangeLogBuilder<change_log_builder_state::SetMessage<S>> {
                    let value = Some(value);
                    self.value.message = self
                        .value
                        .problems
                        .check_maybe("message", value);
                    self.into_state()
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> ChangeLog
                where
                    S::AccountId: change_log_builder_state::AccountIdIsSet,
                    S::Message: change_log_builder_state::MessageIsSet,
                {
                    self.value
                }
            }
            /// The JSON body of `log_to_accounts`.
            #[derive(Clone, Default, PartialEq)]
            pub struct LogToAccountsBody {
                change_logs: Option<Vec<ChangeLog>>,
            }
            impl __p::serde::Serialize for LogToAccountsBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("change_logs", &self.change_logs);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for LogToAccountsBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "LogToAccountsBody",
                        &[("change_logs", &self.change_logs)],
                    )
                }
            }
            /// The response of `log_to_accounts`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct LogToAccountsResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for LogToAccountsResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| LogToAccountsResponse { json })
                }
            }
            impl __p::Envelope for LogToAccountsResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for LogToAccountsResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "LogToAccountsResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `log_to_accounts` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::log_to_accounts`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct LogToAccountsRequest<
                'c,
                A,
                S = log_to_accounts_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: ::std::boxed::Box<LogToAccountsBody>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > LogToAccountsRequest<'c, A, log_to_accounts_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    LogToAccountsRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`LogToAccountsRequest`](super::LogToAccountsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, turns it into that parameter's `Set…` state.
            pub mod log_to_accounts_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.change_logs(...)` has been called, `Unset` before.
                    type ChangeLogs;
                }
                /// A state: one type parameter per tracked parameter, `Unset` or `Set`. Name it
                /// through [`Empty`] and the `Set…` aliases.
                pub struct Tracked<ChangeLogs>(
                    ::std::marker::PhantomData<fn() -> (ChangeLogs,)>,
                );
                impl<ChangeLogs> sealed::Sealed for Tracked<ChangeLogs> {}
                impl<ChangeLogs> State for Tracked<ChangeLogs> {
                    type ChangeLogs = ChangeLogs;
                }
                /// The state of a fresh builder: nothing set.
                pub type Empty = Tracked<__p::Unset>;
                /// The state `S` with `change_logs` set.
                pub type SetChangeLogs = Tracked<__p::Set>;
                /// Implemented once `change_logs` is set.
                #[diagnostic::on_unimplemented(
                    message = "`LogToAccountsRequest` cannot be sent: the required parameter `change_logs` is not set",
                    label = "call `.change_logs(...)` before `.send()`"
                )]
                pub trait ChangeLogsIsSet {}
                impl ChangeLogsIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: log_to_accounts_request_state::State,
            > LogToAccountsRequest<'c, A, S> {
                fn into_state<T>(self) -> LogToAccountsRequest<'c, A, T> {
                    LogToAccountsRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `change_logs` parameter.
                ///
                /// **Required.**
                pub fn change_logs(
                    mut self,
                    value: impl IntoIterator<Item = ChangeLog>,
                ) -> LogToAccountsRequest<
                    'c,
                    A,
                    log_to_accounts_request_state::SetChangeLogs,
                > {
                    let value = Some(value.into_iter().collect());
                    self.body.change_logs = self
                        .problems
                        .nested_list("change_logs", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &LogToAccountsBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client resends it only when it provably never reached the server, and reports an unanswered attempt as [`Error::OutcomeUnknown`].
                ///
                /// [`Error::InvalidRequest`]: __rt::Error::InvalidRequest
                /// [`Error::OutcomeUnknown`]: __rt::Error::OutcomeUnknown
                pub fn send(
                    self,
                ) -> ::std::pin::Pin<
                    Box<
                        dyn ::std::future::Future<
                            Output = Result<LogToAccountsResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::ChangeLogs: log_to_accounts_request_state::ChangeLogsIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        LogToAccountsResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S> ::std::fmt::Debug for LogToAccountsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LogToAccountsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
