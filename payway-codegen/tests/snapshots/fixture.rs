/// Path of the token endpoint on every environment's host (`POST`, form-encoded).
///
/// Grant types:
/// - `none`: An application token.
pub const TOKEN_PATH: &str = "/api/authorization/access_token";
/// Where the API is: one of the spec's environments, or a base URL of your own (a local
/// sandbox, a proxy).
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The scope `/external/catalog/r`.
    pub const CATALOG_R: &str = "/external/catalog/r";
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
    /// The `catalog` section: pick a version, e.g. `.v2()`.
    pub struct Catalog<'c, A> {
        pub(crate) connection: &'c ::payway_client::Connection<A>,
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
        /// The v1 endpoints of `catalog`: each method starts a request.
        pub struct CatalogV1<'c, A> {
            pub(crate) connection: &'c ::payway_client::Connection<A>,
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
                A: ::payway_client::Auth,
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
                A: ::payway_client::Auth,
            {
                lookup::LookupRequest::new(self.connection)
            }
        }
        /// List payment periods.
        ///
        /// | | |
        /// |---|---|
        /// | Request | `GET /external/api/v1/catalog/payment_periods` |
        /// | Scope | `/external/catalog/r` |
        /// | Identity | No: an application token is enough |
        /// | Safe to retry | Yes |
        /// | Section, version | `catalog`, v1 |
        pub mod payment_periods {
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: ::payway_client::EndpointInfo = ::payway_client::EndpointInfo {
                name: "catalog.v1.payment_periods",
                method: ::payway_client::HttpMethod::Get,
                path: "/external/api/v1/catalog/payment_periods",
                scope: "/external/catalog/r",
                identity: false,
                retry_safe: true,
            };
            /// A checked value of `code`.
            ///
            /// The package code.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Code(::std::string::String);
            impl Code {
                /// The rules a value must follow, from the spec.
                pub const RULES: ::payway_client::__private::TextRules = ::payway_client::__private::TextRules {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1024usize),
                    pattern: ::std::option::Option::None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl ::std::convert::Into<::std::string::String>,
                ) -> ::std::result::Result<Self, ::payway_client::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    ::std::result::Result::Ok(Code(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Code {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Code)).field(&self.0).finish()
                }
            }
            ::payway_client::__private::impl_checked_text!(Code);
            /// One of `limited`, `recurring`: the values of `kind`.
            ///
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
                type Err = ::payway_client::InvalidValue;
                fn from_str(text: &str) -> ::std::result::Result<Self, Self::Err> {
                    match text {
                        "limited" => ::std::result::Result::Ok(Kind::Limited),
                        "recurring" => ::std::result::Result::Ok(Kind::Recurring),
                        _ => {
                            ::std::result::Result::Err(
                                ::payway_client::InvalidValue::not_one_of(
                                    &["limited", "recurring"],
                                ),
                            )
                        }
                    }
                }
            }
            ::payway_client::__private::impl_wire_enum!(Kind);
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
                Unknown(::std::string::String),
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
                fn from_str(text: &str) -> ::std::result::Result<Self, Self::Err> {
                    ::std::result::Result::Ok(
                        match text {
                            "limited" => Type::Limited,
                            "recurring" => Type::Recurring,
                            other => {
                                Type::Unknown(::std::string::ToString::to_string(other))
                            }
                        },
                    )
                }
            }
            ::payway_client::__private::impl_wire_enum!(Type);
            /// The query parameters of `payment_periods`.
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct PaymentPeriodsQuery {
                #[serde(
                    rename = "code",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                code: ::std::option::Option<Code>,
                #[serde(
                    rename = "limit",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                limit: ::std::option::Option<i64>,
                #[serde(
                    rename = "kind",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                kind: ::std::option::Option<Kind>,
            }
            impl PaymentPeriodsQuery {
                /// The `code` value, if set.
                pub fn code(&self) -> ::std::option::Option<&Code> {
                    self.code.as_ref()
                }
                /// The `limit` value, if set.
                pub fn limit(&self) -> ::std::option::Option<&i64> {
                    self.limit.as_ref()
                }
                /// The `kind` value, if set.
                pub fn kind(&self) -> ::std::option::Option<&Kind> {
                    self.kind.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    if self.code.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("code"),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsQuery))
                        .field("code", &self.code)
                        .field("limit", &self.limit)
                        .field("kind", &self.kind)
                        .finish_non_exhaustive()
                }
            }
            /// One element of the list `payment_periods` returns.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct PaymentPeriodsItem {
                /// The `id` field.
                #[serde(rename = "id")]
                pub id: ::std::string::String,
                /// The `type` field.
                #[serde(rename = "type")]
                pub r#type: Type,
                /// The `enabled` field.
                #[serde(rename = "enabled")]
                pub enabled: bool,
                /// The `iteration_length` field.
                #[serde(rename = "iteration_length")]
                pub iteration_length: i64,
                /// The `price` field.
                #[serde(rename = "price")]
                pub price: f64,
                /// The `note` field.
                ///
                /// Not always present.
                #[serde(
                    rename = "note",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                pub note: ::std::option::Option<::std::string::String>,
            }
            impl ::std::fmt::Debug for PaymentPeriodsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsItem))
                        .field("id", &self.id)
                        .field("type", &self.r#type)
                        .field("enabled", &self.enabled)
                        .field("iteration_length", &self.iteration_length)
                        .field("price", &self.price)
                        .field("note", &self.note)
                        .finish_non_exhaustive()
                }
            }
            /// The request of `payment_periods` (v1 of section `catalog`). Set its parameters, then `.send().await`.
            ///
            /// List payment periods.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/catalog/payment_periods` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v1 |
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PaymentPeriodsRequest<
                'c,
                A,
                CodeState = ::payway_client::__private::Unset,
            > {
                connection: &'c ::payway_client::Connection<A>,
                query: PaymentPeriodsQuery,
                problems: ::payway_client::__private::Problems,
                state: ::std::marker::PhantomData<fn() -> (CodeState,)>,
            }
            impl<'c, A> PaymentPeriodsRequest<'c, A, ::payway_client::__private::Unset> {
                pub(crate) fn new(
                    connection: &'c ::payway_client::Connection<A>,
                ) -> Self {
                    PaymentPeriodsRequest {
                        connection,
                        query: ::std::default::Default::default(),
                        problems: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// Typestate markers of [`PaymentPeriodsRequest`]: which required parameters are set.
            #[doc(hidden)]
            pub mod payment_periods_request_state {
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PaymentPeriodsRequest` cannot be sent: the required parameter `code` is not set",
                    label = "`code` is not set",
                    note = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for ::payway_client::__private::Set {}
            }
            impl<'c, A, CodeState> PaymentPeriodsRequest<'c, A, CodeState> {
                fn into_state<NewCodeState>(
                    self,
                ) -> PaymentPeriodsRequest<'c, A, NewCodeState> {
                    PaymentPeriodsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The package code.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl ::payway_client::IntoValue<Code>,
                ) -> PaymentPeriodsRequest<'c, A, ::payway_client::__private::Set> {
                    self.query.code = self
                        .problems
                        .check("code", ::payway_client::IntoValue::into_value(value));
                    self.into_state()
                }
                /// How many to return at most.
                ///
                /// Optional.
                pub fn limit(
                    mut self,
                    value: impl ::payway_client::IntoValue<i64>,
                ) -> Self {
                    self.query.limit = self
                        .problems
                        .check("limit", ::payway_client::IntoValue::into_value(value));
                    self
                }
                /// Sets `limit` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_limit(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<i64>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.limit(value),
                        ::std::option::Option::None => {
                            self.problems.clear("limit");
                            self.query.limit = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The `kind` parameter.
                ///
                /// Optional.
                pub fn kind(
                    mut self,
                    value: impl ::payway_client::IntoValue<Kind>,
                ) -> Self {
                    self.query.kind = self
                        .problems
                        .check("kind", ::payway_client::IntoValue::into_value(value));
                    self
                }
                /// Sets `kind` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_kind(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<Kind>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.kind(value),
                        ::std::option::Option::None => {
                            self.problems.clear("kind");
                            self.query.kind = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl<'c, A, CodeState> PaymentPeriodsRequest<'c, A, CodeState> {
                /// The query parameters as set so far.
                pub fn query(&self) -> &PaymentPeriodsQuery {
                    &self.query
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: ::payway_client::Error::InvalidRequest
                pub async fn send(
                    self,
                ) -> ::std::result::Result<
                    ::std::vec::Vec<PaymentPeriodsItem>,
                    ::payway_client::Error,
                >
                where
                    A: ::payway_client::Auth,
                    CodeState: payment_periods_request_state::CodeIsSet,
                {
                    self.connection
                        .send::<
                            _,
                            _,
                            ::payway_client::__private::Items<PaymentPeriodsItem>,
                        >(
                            &ENDPOINT,
                            self.problems,
                            ::std::option::Option::Some(&self.query),
                            ::std::option::Option::None::<&()>,
                        )
                        .await
                }
            }
            impl<'c, A, CodeState> ::std::fmt::Debug
            for PaymentPeriodsRequest<'c, A, CodeState> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
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
        pub mod lookup {
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: ::payway_client::EndpointInfo = ::payway_client::EndpointInfo {
                name: "catalog.v1.lookup",
                method: ::payway_client::HttpMethod::Post,
                path: "/external/api/v1/catalog/lookup",
                scope: "/external/catalog/r",
                identity: false,
                retry_safe: true,
            };
            /// The JSON body of `lookup`.
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct LookupBody {
                #[serde(
                    rename = "code",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                code: ::std::option::Option<::std::string::String>,
            }
            impl LookupBody {
                /// The `code` value, if set.
                pub fn code(&self) -> ::std::option::Option<&::std::string::String> {
                    self.code.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    if self.code.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("code"),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for LookupBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupBody))
                        .field("code", &self.code)
                        .finish_non_exhaustive()
                }
            }
            /// The response of `lookup`.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct LookupResponse {
                /// The `name` field.
                #[serde(rename = "name")]
                pub name: ::std::string::String,
            }
            impl ::std::fmt::Debug for LookupResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupResponse))
                        .field("name", &self.name)
                        .finish_non_exhaustive()
                }
            }
            /// The request of `lookup` (v1 of section `catalog`). Set its parameters, then `.send().await`.
            ///
            /// Look up a product (v1).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/catalog/lookup` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v1 |
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct LookupRequest<
                'c,
                A,
                CodeState = ::payway_client::__private::Unset,
            > {
                connection: &'c ::payway_client::Connection<A>,
                body: LookupBody,
                problems: ::payway_client::__private::Problems,
                state: ::std::marker::PhantomData<fn() -> (CodeState,)>,
            }
            impl<'c, A> LookupRequest<'c, A, ::payway_client::__private::Unset> {
                pub(crate) fn new(
                    connection: &'c ::payway_client::Connection<A>,
                ) -> Self {
                    LookupRequest {
                        connection,
                        body: ::std::default::Default::default(),
                        problems: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// Typestate markers of [`LookupRequest`]: which required parameters are set.
            #[doc(hidden)]
            pub mod lookup_request_state {
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`LookupRequest` cannot be sent: the required parameter `code` is not set",
                    label = "`code` is not set",
                    note = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for ::payway_client::__private::Set {}
            }
            impl<'c, A, CodeState> LookupRequest<'c, A, CodeState> {
                fn into_state<NewCodeState>(self) -> LookupRequest<'c, A, NewCodeState> {
                    LookupRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `code` parameter.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> LookupRequest<'c, A, ::payway_client::__private::Set> {
                    self.body.code = self
                        .problems
                        .check("code", ::payway_client::IntoValue::into_value(value));
                    self.into_state()
                }
            }
            impl<'c, A, CodeState> LookupRequest<'c, A, CodeState> {
                /// The JSON body as set so far.
                pub fn body(&self) -> &LookupBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: ::payway_client::Error::InvalidRequest
                pub async fn send(
                    self,
                ) -> ::std::result::Result<LookupResponse, ::payway_client::Error>
                where
                    A: ::payway_client::Auth,
                    CodeState: lookup_request_state::CodeIsSet,
                {
                    self.connection
                        .send::<
                            _,
                            _,
                            ::payway_client::__private::Item<LookupResponse>,
                        >(
                            &ENDPOINT,
                            self.problems,
                            ::std::option::Option::None::<&()>,
                            ::std::option::Option::Some(&self.body),
                        )
                        .await
                }
            }
            impl<'c, A, CodeState> ::std::fmt::Debug
            for LookupRequest<'c, A, CodeState> {
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
        /// The v2 endpoints of `catalog`: each method starts a request.
        pub struct CatalogV2<'c, A> {
            pub(crate) connection: &'c ::payway_client::Connection<A>,
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
                A: ::payway_client::Auth,
                A::Identity: ::payway_client::HasCustomerIdentity,
            {
                lookup::LookupRequest::new(self.connection)
            }
        }
        /// Look up a product (v2), with tags.
        ///
        /// | | |
        /// |---|---|
        /// | Request | `POST /external/api/v2/catalog/lookup` |
        /// | Scope | `/external/catalog/r` |
        /// | Identity | **Yes**: the access token must be bound to a customer identity |
        /// | Safe to retry | Yes |
        /// | Section, version | `catalog`, v2 |
        pub mod lookup {
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: ::payway_client::EndpointInfo = ::payway_client::EndpointInfo {
                name: "catalog.v2.lookup",
                method: ::payway_client::HttpMethod::Post,
                path: "/external/api/v2/catalog/lookup",
                scope: "/external/catalog/r",
                identity: true,
                retry_safe: true,
            };
            /// The JSON body of `lookup`.
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct LookupBody {
                #[serde(
                    rename = "code",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                code: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "tags",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            }
            impl LookupBody {
                /// The `code` value, if set.
                pub fn code(&self) -> ::std::option::Option<&::std::string::String> {
                    self.code.as_ref()
                }
                /// The `tags` value, if set.
                pub fn tags(
                    &self,
                ) -> ::std::option::Option<&::std::vec::Vec<::std::string::String>> {
                    self.tags.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    if self.code.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("code"),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for LookupBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupBody))
                        .field("code", &self.code)
                        .field("tags", &self.tags)
                        .finish_non_exhaustive()
                }
            }
            /// The response of `lookup`.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct LookupResponse {
                /// The `name` field.
                #[serde(rename = "name")]
                pub name: ::std::string::String,
                /// The `tags` field.
                #[serde(rename = "tags")]
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
            impl ::std::fmt::Debug for LookupResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(LookupResponse))
                        .field("name", &self.name)
                        .field("tags", &self.tags)
                        .finish_non_exhaustive()
                }
            }
            /// The request of `lookup` (v2 of section `catalog`). Set its parameters, then `.send().await`.
            ///
            /// Look up a product (v2), with tags.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/catalog/lookup` |
            /// | Scope | `/external/catalog/r` |
            /// | Identity | **Yes**: the access token must be bound to a customer identity |
            /// | Safe to retry | Yes |
            /// | Section, version | `catalog`, v2 |
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct LookupRequest<
                'c,
                A,
                CodeState = ::payway_client::__private::Unset,
            > {
                connection: &'c ::payway_client::Connection<A>,
                body: LookupBody,
                problems: ::payway_client::__private::Problems,
                state: ::std::marker::PhantomData<fn() -> (CodeState,)>,
            }
            impl<'c, A> LookupRequest<'c, A, ::payway_client::__private::Unset> {
                pub(crate) fn new(
                    connection: &'c ::payway_client::Connection<A>,
                ) -> Self {
                    LookupRequest {
                        connection,
                        body: ::std::default::Default::default(),
                        problems: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// Typestate markers of [`LookupRequest`]: which required parameters are set.
            #[doc(hidden)]
            pub mod lookup_request_state {
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`LookupRequest` cannot be sent: the required parameter `code` is not set",
                    label = "`code` is not set",
                    note = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for ::payway_client::__private::Set {}
            }
            impl<'c, A, CodeState> LookupRequest<'c, A, CodeState> {
                fn into_state<NewCodeState>(self) -> LookupRequest<'c, A, NewCodeState> {
                    LookupRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `code` parameter.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> LookupRequest<'c, A, ::payway_client::__private::Set> {
                    self.body.code = self
                        .problems
                        .check("code", ::payway_client::IntoValue::into_value(value));
                    self.into_state()
                }
                /// The `tags` parameter.
                ///
                /// Optional.
                pub fn tags(
                    mut self,
                    value: impl ::std::iter::IntoIterator<Item = ::std::string::String>,
                ) -> Self {
                    self.problems.clear("tags");
                    self.body.tags = ::std::option::Option::Some(
                        value.into_iter().collect(),
                    );
                    self
                }
                /// Sets `tags` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_tags(
                    mut self,
                    value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.tags(value),
                        ::std::option::Option::None => {
                            self.problems.clear("tags");
                            self.body.tags = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl<'c, A, CodeState> LookupRequest<'c, A, CodeState> {
                /// The JSON body as set so far.
                pub fn body(&self) -> &LookupBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: ::payway_client::Error::InvalidRequest
                pub async fn send(
                    self,
                ) -> ::std::result::Result<LookupResponse, ::payway_client::Error>
                where
                    A: ::payway_client::Auth,
                    CodeState: lookup_request_state::CodeIsSet,
                {
                    self.connection
                        .send::<
                            _,
                            _,
                            ::payway_client::__private::Item<LookupResponse>,
                        >(
                            &ENDPOINT,
                            self.problems,
                            ::std::option::Option::None::<&()>,
                            ::std::option::Option::Some(&self.body),
                        )
                        .await
                }
            }
            impl<'c, A, CodeState> ::std::fmt::Debug
            for LookupRequest<'c, A, CodeState> {
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
