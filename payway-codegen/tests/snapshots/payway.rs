/// Path of the token endpoint on every environment's host (`POST`, form-encoded).
///
/// Issues access tokens (OAuth 2.0 style). The request is sent as application/x-www-form-urlencoded with `client_id` and `client_secret`.
///
/// Grant types:
/// - `none`: An application token, not bound to any customer identity.
/// - `ticket`: Exchanges a short-lived, one-time authorization ticket for a token bound to that customer's identity.
/// - `refresh_token`: Renews a token with the refresh token issued alongside it.
pub const TOKEN_PATH: &str = "/api/authorization/access_token";
/// Where the API is: one of the spec's environments, or a base URL of your own (a local
/// sandbox, a proxy). A later release may add environments: a `match` needs a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// The stage environment, for integration and testing.
    ///
    /// Base URL: <https://payway-api.stage.adeprimo.se>
    Stage,
    /// The production environment.
    ///
    /// Base URL: <https://backend.worldoftulo.com>
    Production,
    /// A base URL of your choosing, e.g. `http://127.0.0.1:8080` for a local sandbox.
    Custom(::payway_client::Url),
}
impl Environment {
    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Stage => "https://payway-api.stage.adeprimo.se",
            Environment::Production => "https://backend.worldoftulo.com",
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
    /// The scope `/external/klarna_payments/r`.
    pub const KLARNA_PAYMENTS_R: &str = "/external/klarna_payments/r";
    /// The scope `/external/klarna_payments/w`.
    pub const KLARNA_PAYMENTS_W: &str = "/external/klarna_payments/w";
    /// The scope `/external/me/w`.
    pub const ME_W: &str = "/external/me/w";
}
/** A client for the Payway API.

 Create one with [`Client::new`], give it credentials or a token with [`Client::with_auth`], then start requests from a section, e.g. `client.klarna_payments()`. Cloning is cheap: clones share one connection pool.*/
///
/// API documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/>
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
    /// The `klarna_payments` endpoints.
    pub fn klarna_payments(&self) -> klarna_payments::KlarnaPayments<'_, A> {
        klarna_payments::KlarnaPayments {
            connection: &self.connection,
        }
    }
    /// The `me` endpoints.
    pub fn me(&self) -> me::Me<'_, A> {
        me::Me {
            connection: &self.connection,
        }
    }
}
impl<A> ::std::fmt::Debug for Client<A> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Client").field("connection", &self.connection).finish()
    }
}
/// The `klarna_payments` section of the API.
///
/// Klarna payments related endpoints. Klarna payments are offered in Sweden only; a purchase session is valid for 48 hours.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/>
pub mod klarna_payments {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `klarna_payments` section: pick a version, e.g. `.v2()`.
    pub struct KlarnaPayments<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> KlarnaPayments<'c, A> {
        /// Version 1 of the `klarna_payments` endpoints.
        pub fn v1(&self) -> v1::KlarnaPaymentsV1<'c, A> {
            v1::KlarnaPaymentsV1 {
                connection: self.connection,
            }
        }
        /// Version 2 of the `klarna_payments` endpoints.
        pub fn v2(&self) -> v2::KlarnaPaymentsV2<'c, A> {
            v2::KlarnaPaymentsV2 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `klarna_payments` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `klarna_payments`: each method starts a request.
        pub struct KlarnaPaymentsV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> KlarnaPaymentsV1<'c, A> {
            /// Get payment periods.
            ///
            /// Lists the Klarna payments payment periods of one package or campaign. A period's `id` is what `create_session` takes as `period_id`.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/klarna_payments/payment_periods` |
            /// | Scope | `/external/klarna_payments/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Since release | 4.2.3.1 |
            /// | Section, version | `klarna_payments`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v1/payment_periods>
            pub fn payment_periods(
                &self,
            ) -> payment_periods::PaymentPeriodsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                payment_periods::PaymentPeriodsRequest::new(self.connection)
            }
            /// Create purchase session.
            ///
            /// Creates a Klarna payments purchase session, needed for placing a Klarna payments order. Store the returned `klarna_payments_session_id` in the customer's session in your backend and hand `klarna_client_token` to the Klarna Payments widget on your page.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/klarna_payments/create_session` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | **Yes**: the access token must be bound to a customer identity |
            /// | Safe to retry | Yes |
            /// | Section, version | `klarna_payments`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v1/session/create_session>
            pub fn create_session(&self) -> create_session::CreateSessionRequest<'c, A>
            where
                A: __rt::Auth,
                A::Identity: __rt::HasCustomerIdentity,
            {
                create_session::CreateSessionRequest::new(self.connection)
            }
            /// Create purchase session without account.
            ///
            /// Creates a Klarna payments purchase session, as `create_session` does, for a customer who has no account yet. The public copy of the page ends inside its sixth parameter (`disable_account_info_overwrite`, whose type it does not show) and before the response.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/klarna_payments/create_session_without_account` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `klarna_payments`, v1 |
            ///
            /// The docs page ends before its parameter table does, so the parameters listed here may not be all: set any other by name with `.parameter(name, value)`.
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v1/session/create_session_without_account>
            pub fn create_session_without_account(
                &self,
            ) -> create_session_without_account::CreateSessionWithoutAccountRequest<
                'c,
                A,
            >
            where
                A: __rt::Auth,
            {
                create_session_without_account::CreateSessionWithoutAccountRequest::new(
                    self.connection,
                )
            }
            /// Place order.
            ///
            /// Carries out the Klarna payments purchase for a customer with an account. This endpoint might affect the information saved on the customer's account. The public copy of the page ends inside its third parameter (`browser_ip`) and before the response: the other parameters here are the keys of its example request, with the types of their example values, and none of them is known to be required.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/klarna_payments/place_order` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | **Yes**: the access token must be bound to a customer identity |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `klarna_payments`, v1 |
            ///
            /// The docs page ends before its parameter table does, so the parameters listed here may not be all: set any other by name with `.parameter(name, value)`.
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v1/order/place_order>
            pub fn place_order(&self) -> place_order::PlaceOrderRequest<'c, A>
            where
                A: __rt::Auth,
                A::Identity: __rt::HasCustomerIdentity,
            {
                place_order::PlaceOrderRequest::new(self.connection)
            }
        }
        /// Get payment periods (`GET /external/api/v1/klarna_payments/payment_periods`): see [`super::KlarnaPaymentsV1::payment_periods`].
        pub mod payment_periods {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v1.payment_periods",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/klarna_payments/payment_periods",
                scope: "/external/klarna_payments/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code"],
            };
            /// A checked value of `code`.
            ///
            /// The code of the package or campaign, e.g. `adeprimo_digital`.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Code(String);
            impl Code {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(1024usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(Code(value))
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
            __p::impl_checked_text!(Code);
            /// The query parameters of `payment_periods`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PaymentPeriodsQuery {
                code: Option<Code>,
            }
            impl __p::serde::Serialize for PaymentPeriodsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "PaymentPeriodsQuery", &[("code", &self.code)])
                }
            }
            /// One element of the list `payment_periods` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentPeriodsItem {
                /// The payment period's id (24 hex characters), e.g. `5e4bbd0e09c04c1f6498c57f`.
                pub id: String,
                /// The payment method, e.g. `klarna_payments`.
                pub payment_method: String,
                /// The period's type, e.g. `recurring`.
                pub r#type: String,
                /// Whether the period is enabled.
                pub enabled: bool,
                /// The unit of one iteration, e.g. `month`.
                pub iteration_type: String,
                /// How many units one iteration lasts, e.g. `1` or `2`.
                pub iteration_length: i64,
                /// The price of the period, e.g. `210`.
                pub price: f64,
            }
            impl PaymentPeriodsItem {
                /// A response with the required fields `id`, `payment_method`, `type`, `enabled`, `iteration_type`, `iteration_length`, `price`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    payment_method: impl Into<String>,
                    r#type: impl Into<String>,
                    enabled: impl Into<bool>,
                    iteration_type: impl Into<String>,
                    iteration_length: impl Into<i64>,
                    price: impl Into<f64>,
                ) -> Self {
                    PaymentPeriodsItem {
                        id: id.into(),
                        payment_method: payment_method.into(),
                        r#type: r#type.into(),
                        enabled: enabled.into(),
                        iteration_type: iteration_type.into(),
                        iteration_length: iteration_length.into(),
                        price: price.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PaymentPeriodsItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = PaymentPeriodsItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `PaymentPeriodsItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<PaymentPeriodsItem, M::Error> {
                            let mut v_id = None;
                            let mut v_payment_method = None;
                            let mut v_type = None;
                            let mut v_enabled = None;
                            let mut v_iteration_type = None;
                            let mut v_iteration_length = None;
                            let mut v_price = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "payment_method" => {
                                        __p::next(&mut map, &mut v_payment_method)
                                    }
                                    "type" => __p::next(&mut map, &mut v_type),
                                    "enabled" => __p::next(&mut map, &mut v_enabled),
                                    "iteration_type" => {
                                        __p::next(&mut map, &mut v_iteration_type)
                                    }
                                    "iteration_length" => {
                                        __p::next(&mut map, &mut v_iteration_length)
                                    }
                                    "price" => __p::next(&mut map, &mut v_price),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(PaymentPeriodsItem {
                                id: __p::required(v_id, "id")?,
                                payment_method: __p::required(
                                    v_payment_method,
                                    "payment_method",
                                )?,
                                r#type: __p::required(v_type, "type")?,
                                enabled: __p::required(v_enabled, "enabled")?,
                                iteration_type: __p::required(
                                    v_iteration_type,
                                    "iteration_type",
                                )?,
                                iteration_length: __p::required(
                                    v_iteration_length,
                                    "iteration_length",
                                )?,
                                price: __p::required(v_price, "price")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentPeriodsItem",
                        &[
                            ("id", &self.id),
                            ("payment_method", &self.payment_method),
                            ("type", &self.r#type),
                            ("enabled", &self.enabled),
                            ("iteration_type", &self.iteration_type),
                            ("iteration_length", &self.iteration_length),
                            ("price", &self.price),
                        ],
                    )
                }
            }
            /// The request of `payment_periods` (v1 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV1::payment_periods`], which documents the endpoint.
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
            /// The typestate of [`PaymentPeriodsRequest`](super::PaymentPeriodsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
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
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Code = __p::Unset;
                }
                /// The state `S` with `code` set.
                pub struct SetCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCode<S> {}
                impl<S: State> State for SetCode<S> {
                    type Code = __p::Set;
                }
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
                fn into_state<T: payment_periods_request_state::State>(
                    self,
                ) -> PaymentPeriodsRequest<'c, A, T> {
                    PaymentPeriodsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<Code>,
                ) -> PaymentPeriodsRequest<
                    'c,
                    A,
                    payment_periods_request_state::SetCode<S>,
                > {
                    let value = Some(value);
                    self.query.code = self.problems.check_maybe("code", value);
                    self.into_state()
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
            impl<'c, A, S: payment_periods_request_state::State> ::std::fmt::Debug
            for PaymentPeriodsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Create purchase session (`POST /external/api/v1/klarna_payments/create_session`): see [`super::KlarnaPaymentsV1::create_session`].
        pub mod create_session {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v1.create_session",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/klarna_payments/create_session",
                scope: "/external/klarna_payments/w",
                identity: true,
                retry_safe: true,
                sensitive: &["klarna_client_token"],
                identifying: &["code", "period_id"],
            };
            /// One of `limited`, `recurring`: the values of `period_type`.
            ///
            /// Limited or recurring. Always set to recurring for campaigns.
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum PeriodType {
                /// `limited`
                Limited,
                /// `recurring`
                Recurring,
            }
            impl PeriodType {
                /// Every value, in spec order.
                pub const ALL: &'static [PeriodType] = &[
                    PeriodType::Limited,
                    PeriodType::Recurring,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        PeriodType::Limited => "limited",
                        PeriodType::Recurring => "recurring",
                    }
                }
            }
            impl ::std::str::FromStr for PeriodType {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "limited" => Ok(PeriodType::Limited),
                        "recurring" => Ok(PeriodType::Recurring),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["limited", "recurring"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(PeriodType);
            /// Images of the payment method.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct AssetUrls {
                /// URL of the descriptive badge.
                pub descriptive: __rt::Url,
                /// URL of the standard badge.
                pub standard: __rt::Url,
            }
            impl AssetUrls {
                /// A response with the required fields `descriptive`, `standard`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    descriptive: impl Into<__rt::Url>,
                    standard: impl Into<__rt::Url>,
                ) -> Self {
                    AssetUrls {
                        descriptive: descriptive.into(),
                        standard: standard.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for AssetUrls {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = AssetUrls;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `AssetUrls` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<AssetUrls, M::Error> {
                            let mut v_descriptive = None;
                            let mut v_standard = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "descriptive" => __p::next(&mut map, &mut v_descriptive),
                                    "standard" => __p::next(&mut map, &mut v_standard),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(AssetUrls {
                                descriptive: __p::required(v_descriptive, "descriptive")?,
                                standard: __p::required(v_standard, "standard")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for AssetUrls {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "AssetUrls",
                        &[
                            ("descriptive", &self.descriptive),
                            ("standard", &self.standard),
                        ],
                    )
                }
            }
            /// A payment method offered by Klarna for the session.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentMethodCategory {
                /// The payment method's identifier, e.g. `direct_debit` or `pay_later`.
                pub identifier: String,
                /// The payment method's display name.
                pub name: String,
                /// Images of the payment method.
                pub asset_urls: AssetUrls,
            }
            impl PaymentMethodCategory {
                /// A response with the required fields `identifier`, `name`, `asset_urls`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    identifier: impl Into<String>,
                    name: impl Into<String>,
                    asset_urls: impl Into<AssetUrls>,
                ) -> Self {
                    PaymentMethodCategory {
                        identifier: identifier.into(),
                        name: name.into(),
                        asset_urls: asset_urls.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PaymentMethodCategory {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = PaymentMethodCategory;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `PaymentMethodCategory` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<PaymentMethodCategory, M::Error> {
                            let mut v_identifier = None;
                            let mut v_name = None;
                            let mut v_asset_urls = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "identifier" => __p::next(&mut map, &mut v_identifier),
                                    "name" => __p::next(&mut map, &mut v_name),
                                    "asset_urls" => __p::next(&mut map, &mut v_asset_urls),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(PaymentMethodCategory {
                                identifier: __p::required(v_identifier, "identifier")?,
                                name: __p::required(v_name, "name")?,
                                asset_urls: __p::required(v_asset_urls, "asset_urls")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for PaymentMethodCategory {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentMethodCategory",
                        &[
                            ("identifier", &self.identifier),
                            ("name", &self.name),
                            ("asset_urls", &self.asset_urls),
                        ],
                    )
                }
            }
            /// The JSON body of `create_session`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateSessionBody {
                code: Option<String>,
                period_type: Option<PeriodType>,
                period_id: Option<String>,
                confirmation_url: Option<__rt::AbsoluteUrl>,
                start_date: Option<__rt::Date>,
                disable_account_info_overwrite: Option<bool>,
            }
            impl __p::serde::Serialize for CreateSessionBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.entry("period_type", &self.period_type);
                    map.entry("period_id", &self.period_id);
                    map.entry("confirmation_url", &self.confirmation_url);
                    map.entry("start_date", &self.start_date);
                    map.entry(
                        "disable_account_info_overwrite",
                        &self.disable_account_info_overwrite,
                    );
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateSessionBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionBody",
                        &[
                            ("code", &self.code),
                            ("period_type", &self.period_type),
                            ("period_id", &self.period_id),
                            ("confirmation_url", &self.confirmation_url),
                            ("start_date", &self.start_date),
                            (
                                "disable_account_info_overwrite",
                                &self.disable_account_info_overwrite,
                            ),
                        ],
                    )
                }
            }
            /// The response of `create_session`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct CreateSessionResponse {
                /// The id of the session that was just created. Needed when you place the order; store it in the customer's session in your backend.
                pub klarna_payments_session_id: String,
                /// The token to use when you build the Klarna Payments widget on your site.
                ///
                /// Personal or secret: never shown in `Debug` output or logs.
                pub klarna_client_token: String,
                /// Payment methods available for that payment session.
                pub payment_method_categories: Vec<PaymentMethodCategory>,
            }
            impl CreateSessionResponse {
                /// A response with the required fields `klarna_payments_session_id`, `klarna_client_token`, `payment_method_categories`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    klarna_payments_session_id: impl Into<String>,
                    klarna_client_token: impl Into<String>,
                    payment_method_categories: impl Into<Vec<PaymentMethodCategory>>,
                ) -> Self {
                    CreateSessionResponse {
                        klarna_payments_session_id: klarna_payments_session_id.into(),
                        klarna_client_token: klarna_client_token.into(),
                        payment_method_categories: payment_method_categories.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for CreateSessionResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = CreateSessionResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `CreateSessionResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<CreateSessionResponse, M::Error> {
                            let mut v_klarna_payments_session_id = None;
                            let mut v_klarna_client_token = None;
                            let mut v_payment_method_categories = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "klarna_payments_session_id" => {
                                        __p::next(&mut map, &mut v_klarna_payments_session_id)
                                    }
                                    "klarna_client_token" => {
                                        __p::next(&mut map, &mut v_klarna_client_token)
                                    }
                                    "payment_method_categories" => {
                                        __p::next(&mut map, &mut v_payment_method_categories)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(CreateSessionResponse {
                                klarna_payments_session_id: __p::required(
                                    v_klarna_payments_session_id,
                                    "klarna_payments_session_id",
                                )?,
                                klarna_client_token: __p::required(
                                    v_klarna_client_token,
                                    "klarna_client_token",
                                )?,
                                payment_method_categories: __p::required(
                                    v_payment_method_categories,
                                    "payment_method_categories",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for CreateSessionResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionResponse",
                        &[
                            (
                                "klarna_payments_session_id",
                                &self.klarna_payments_session_id,
                            ),
                            ("klarna_client_token", &__p::Redacted),
                            (
                                "payment_method_categories",
                                &self.payment_method_categories,
                            ),
                        ],
                    )
                }
            }
            /// The request of `create_session` (v1 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV1::create_session`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateSessionRequest<
                'c,
                A,
                S = create_session_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: CreateSessionBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > CreateSessionRequest<'c, A, create_session_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateSessionRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateSessionRequest`](super::CreateSessionRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_session_request_state {
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
                    /// `Set` once `.period_type(...)` has been called, `Unset` before.
                    type PeriodType;
                    /// `Set` once `.confirmation_url(...)` has been called, `Unset` before.
                    type ConfirmationUrl;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Code = __p::Unset;
                    type PeriodType = __p::Unset;
                    type ConfirmationUrl = __p::Unset;
                }
                /// The state `S` with `code` set.
                pub struct SetCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCode<S> {}
                impl<S: State> State for SetCode<S> {
                    type Code = __p::Set;
                    type PeriodType = S::PeriodType;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `period_type` set.
                pub struct SetPeriodType<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPeriodType<S> {}
                impl<S: State> State for SetPeriodType<S> {
                    type Code = S::Code;
                    type PeriodType = __p::Set;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `confirmation_url` set.
                pub struct SetConfirmationUrl<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetConfirmationUrl<S> {}
                impl<S: State> State for SetConfirmationUrl<S> {
                    type Code = S::Code;
                    type PeriodType = S::PeriodType;
                    type ConfirmationUrl = __p::Set;
                }
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
                /// Implemented once `period_type` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `period_type` is not set",
                    label = "call `.period_type(...)` before `.send()`"
                )]
                pub trait PeriodTypeIsSet {}
                impl PeriodTypeIsSet for __p::Set {}
                /// Implemented once `confirmation_url` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `confirmation_url` is not set",
                    label = "call `.confirmation_url(...)` before `.send()`"
                )]
                pub trait ConfirmationUrlIsSet {}
                impl ConfirmationUrlIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: create_session_request_state::State,
            > CreateSessionRequest<'c, A, S> {
                fn into_state<T: create_session_request_state::State>(
                    self,
                ) -> CreateSessionRequest<'c, A, T> {
                    CreateSessionRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetCode<S>,
                > {
                    let value = Some(value);
                    self.body.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// Limited or recurring. Always set to recurring for campaigns.
                ///
                /// **Required.**
                pub fn period_type(
                    mut self,
                    value: impl __rt::IntoValue<PeriodType>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetPeriodType<S>,
                > {
                    let value = Some(value);
                    self.body.period_type = self
                        .problems
                        .check_maybe("period_type", value);
                    self.into_state()
                }
                /// Specific payment period id. Required for trial orders but not regular orders; use the payment periods API for fetching available payment periods.
                ///
                /// Optional.
                pub fn period_id(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_period_id(Some(value))
                }
                /// Like [`Self::period_id`], taking an `Option`: `None` leaves `period_id` unset. The builder's type is the same either way.
                pub fn maybe_period_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.period_id = self.problems.check_maybe("period_id", value);
                    self
                }
                /// URL to your confirmation page for the customer.
                ///
                /// **Required.**
                pub fn confirmation_url(
                    mut self,
                    value: impl __rt::IntoValue<__rt::AbsoluteUrl>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetConfirmationUrl<S>,
                > {
                    let value = Some(value);
                    self.body.confirmation_url = self
                        .problems
                        .check_maybe("confirmation_url", value);
                    self.into_state()
                }
                /// Start date of the subscription; must be today or a future date if supplied.
                ///
                /// Optional.
                pub fn start_date(
                    self,
                    value: impl __rt::IntoValue<__rt::Date>,
                ) -> Self {
                    self.maybe_start_date(Some(value))
                }
                /// Like [`Self::start_date`], taking an `Option`: `None` leaves `start_date` unset. The builder's type is the same either way.
                pub fn maybe_start_date(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::Date>>,
                ) -> Self {
                    self.body.start_date = self
                        .problems
                        .check_maybe("start_date", value);
                    self
                }
                /// Prevent existing account information from being overwritten by the information received through Klarna Payments. The fields first_name, last_name, mobile_phone, ssn and birthdate are updated if they are empty; the account address only if all of its fields are empty. Only has an effect on an actual purchase, not on a trial order.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn disable_account_info_overwrite(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_disable_account_info_overwrite(Some(value))
                }
                /// Like [`Self::disable_account_info_overwrite`], taking an `Option`: `None` leaves `disable_account_info_overwrite` unset. The builder's type is the same either way.
                pub fn maybe_disable_account_info_overwrite(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.disable_account_info_overwrite = self
                        .problems
                        .check_maybe("disable_account_info_overwrite", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateSessionBody {
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
                            Output = Result<CreateSessionResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: create_session_request_state::CodeIsSet,
                    S::PeriodType: create_session_request_state::PeriodTypeIsSet,
                    S::ConfirmationUrl: create_session_request_state::ConfirmationUrlIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Item<CreateSessionResponse>,
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
            impl<'c, A, S: create_session_request_state::State> ::std::fmt::Debug
            for CreateSessionRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Create purchase session without account (`POST /external/api/v1/klarna_payments/create_session_without_account`): see [`super::KlarnaPaymentsV1::create_session_without_account`].
        pub mod create_session_without_account {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v1.create_session_without_account",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/klarna_payments/create_session_without_account",
                scope: "/external/klarna_payments/w",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code", "period_id"],
            };
            /// One of `limited`, `recurring`: the values of `period_type`.
            ///
            /// Limited or recurring. Always set to recurring for campaigns.
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum PeriodType {
                /// `limited`
                Limited,
                /// `recurring`
                Recurring,
            }
            impl PeriodType {
                /// Every value, in spec order.
                pub const ALL: &'static [PeriodType] = &[
                    PeriodType::Limited,
                    PeriodType::Recurring,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        PeriodType::Limited => "limited",
                        PeriodType::Recurring => "recurring",
                    }
                }
            }
            impl ::std::str::FromStr for PeriodType {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "limited" => Ok(PeriodType::Limited),
                        "recurring" => Ok(PeriodType::Recurring),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["limited", "recurring"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(PeriodType);
            /// The JSON body of `create_session_without_account`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateSessionWithoutAccountBody {
                code: Option<String>,
                period_type: Option<PeriodType>,
                period_id: Option<String>,
                confirmation_url: Option<__rt::AbsoluteUrl>,
                start_date: Option<__rt::Date>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl __p::serde::Serialize for CreateSessionWithoutAccountBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.entry("period_type", &self.period_type);
                    map.entry("period_id", &self.period_id);
                    map.entry("confirmation_url", &self.confirmation_url);
                    map.entry("start_date", &self.start_date);
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateSessionWithoutAccountBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionWithoutAccountBody",
                        &[
                            ("code", &self.code),
                            ("period_type", &self.period_type),
                            ("period_id", &self.period_id),
                            ("confirmation_url", &self.confirmation_url),
                            ("start_date", &self.start_date),
                        ],
                    )
                }
            }
            /// The response of `create_session_without_account`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct CreateSessionWithoutAccountResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de>
            for CreateSessionWithoutAccountResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| CreateSessionWithoutAccountResponse {
                            json,
                        })
                }
            }
            impl __p::Envelope for CreateSessionWithoutAccountResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for CreateSessionWithoutAccountResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionWithoutAccountResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `create_session_without_account` (v1 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV1::create_session_without_account`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateSessionWithoutAccountRequest<
                'c,
                A,
                S = create_session_without_account_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: CreateSessionWithoutAccountBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > CreateSessionWithoutAccountRequest<
                'c,
                A,
                create_session_without_account_request_state::Empty,
            > {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateSessionWithoutAccountRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateSessionWithoutAccountRequest`](super::CreateSessionWithoutAccountRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_session_without_account_request_state {
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
                    /// `Set` once `.period_type(...)` has been called, `Unset` before.
                    type PeriodType;
                    /// `Set` once `.confirmation_url(...)` has been called, `Unset` before.
                    type ConfirmationUrl;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Code = __p::Unset;
                    type PeriodType = __p::Unset;
                    type ConfirmationUrl = __p::Unset;
                }
                /// The state `S` with `code` set.
                pub struct SetCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCode<S> {}
                impl<S: State> State for SetCode<S> {
                    type Code = __p::Set;
                    type PeriodType = S::PeriodType;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `period_type` set.
                pub struct SetPeriodType<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPeriodType<S> {}
                impl<S: State> State for SetPeriodType<S> {
                    type Code = S::Code;
                    type PeriodType = __p::Set;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `confirmation_url` set.
                pub struct SetConfirmationUrl<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetConfirmationUrl<S> {}
                impl<S: State> State for SetConfirmationUrl<S> {
                    type Code = S::Code;
                    type PeriodType = S::PeriodType;
                    type ConfirmationUrl = __p::Set;
                }
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionWithoutAccountRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
                /// Implemented once `period_type` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionWithoutAccountRequest` cannot be sent: the required parameter `period_type` is not set",
                    label = "call `.period_type(...)` before `.send()`"
                )]
                pub trait PeriodTypeIsSet {}
                impl PeriodTypeIsSet for __p::Set {}
                /// Implemented once `confirmation_url` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionWithoutAccountRequest` cannot be sent: the required parameter `confirmation_url` is not set",
                    label = "call `.confirmation_url(...)` before `.send()`"
                )]
                pub trait ConfirmationUrlIsSet {}
                impl ConfirmationUrlIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: create_session_without_account_request_state::State,
            > CreateSessionWithoutAccountRequest<'c, A, S> {
                fn into_state<T: create_session_without_account_request_state::State>(
                    self,
                ) -> CreateSessionWithoutAccountRequest<'c, A, T> {
                    CreateSessionWithoutAccountRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> CreateSessionWithoutAccountRequest<
                    'c,
                    A,
                    create_session_without_account_request_state::SetCode<S>,
                > {
                    let value = Some(value);
                    self.body.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// Limited or recurring. Always set to recurring for campaigns.
                ///
                /// **Required.**
                pub fn period_type(
                    mut self,
                    value: impl __rt::IntoValue<PeriodType>,
                ) -> CreateSessionWithoutAccountRequest<
                    'c,
                    A,
                    create_session_without_account_request_state::SetPeriodType<S>,
                > {
                    let value = Some(value);
                    self.body.period_type = self
                        .problems
                        .check_maybe("period_type", value);
                    self.into_state()
                }
                /// Specific payment period id. Required for trial orders but not regular orders; use the payment periods API for fetching available payment periods.
                ///
                /// Optional.
                pub fn period_id(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_period_id(Some(value))
                }
                /// Like [`Self::period_id`], taking an `Option`: `None` leaves `period_id` unset. The builder's type is the same either way.
                pub fn maybe_period_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.period_id = self.problems.check_maybe("period_id", value);
                    self
                }
                /// URL to your confirmation page for the customer.
                ///
                /// **Required.**
                pub fn confirmation_url(
                    mut self,
                    value: impl __rt::IntoValue<__rt::AbsoluteUrl>,
                ) -> CreateSessionWithoutAccountRequest<
                    'c,
                    A,
                    create_session_without_account_request_state::SetConfirmationUrl<S>,
                > {
                    let value = Some(value);
                    self.body.confirmation_url = self
                        .problems
                        .check_maybe("confirmation_url", value);
                    self.into_state()
                }
                /// Start date of the subscription; must be today or a future date if supplied.
                ///
                /// Optional.
                pub fn start_date(
                    self,
                    value: impl __rt::IntoValue<__rt::Date>,
                ) -> Self {
                    self.maybe_start_date(Some(value))
                }
                /// Like [`Self::start_date`], taking an `Option`: `None` leaves `start_date` unset. The builder's type is the same either way.
                pub fn maybe_start_date(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::Date>>,
                ) -> Self {
                    self.body.start_date = self
                        .problems
                        .check_maybe("start_date", value);
                    self
                }
                /// Sets a body parameter the spec does not list: the docs page ends before its
                /// parameter table does. A listed parameter is refused here (use its own setter):
                /// `send()` reports it as [`Error::InvalidRequest`] before any network I/O.
                pub fn parameter(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    let name = name.into();
                    if [
                        "code",
                        "period_type",
                        "period_id",
                        "confirmation_url",
                        "start_date",
                    ]
                        .contains(&name.as_str())
                    {
                        self.problems
                            .reject(
                                name,
                                "is listed by the spec: set it with its own setter",
                            );
                    } else {
                        self.body.extra.insert(name, value.into());
                    }
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateSessionWithoutAccountBody {
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
                            Output = Result<
                                CreateSessionWithoutAccountResponse,
                                __rt::Error,
                            >,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: create_session_without_account_request_state::CodeIsSet,
                    S::PeriodType: create_session_without_account_request_state::PeriodTypeIsSet,
                    S::ConfirmationUrl: create_session_without_account_request_state::ConfirmationUrlIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        CreateSessionWithoutAccountResponse,
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
            impl<
                'c,
                A,
                S: create_session_without_account_request_state::State,
            > ::std::fmt::Debug for CreateSessionWithoutAccountRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionWithoutAccountRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Place order (`POST /external/api/v1/klarna_payments/place_order`): see [`super::KlarnaPaymentsV1::place_order`].
        pub mod place_order {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v1.place_order",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/klarna_payments/place_order",
                scope: "/external/klarna_payments/w",
                identity: true,
                retry_safe: false,
                sensitive: &[
                    "browser_ip",
                    "browser_user_agent",
                    "klarna_authorization_token",
                ],
                identifying: &[
                    "klarna_payments_session_id",
                    "browser_language",
                    "traffic_source",
                    "merchant_reference",
                ],
            };
            /// The JSON body of `place_order`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PlaceOrderBody {
                klarna_authorization_token: Option<String>,
                klarna_payments_session_id: Option<String>,
                browser_ip: Option<::std::net::IpAddr>,
                browser_language: Option<String>,
                browser_user_agent: Option<String>,
                traffic_source: Option<String>,
                merchant_reference: Option<String>,
                raise_on_ssn_already_taken_error: Option<bool>,
                raise_on_ssn_already_set_error: Option<bool>,
                raise_on_account_update_error: Option<bool>,
                raise_on_delivery_address_error: Option<bool>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl __p::serde::Serialize for PlaceOrderBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry(
                        "klarna_authorization_token",
                        &self.klarna_authorization_token,
                    );
                    map.entry(
                        "klarna_payments_session_id",
                        &self.klarna_payments_session_id,
                    );
                    map.entry("browser_ip", &self.browser_ip);
                    map.entry("browser_language", &self.browser_language);
                    map.entry("browser_user_agent", &self.browser_user_agent);
                    map.entry("traffic_source", &self.traffic_source);
                    map.entry("merchant_reference", &self.merchant_reference);
                    map.entry(
                        "raise_on_ssn_already_taken_error",
                        &self.raise_on_ssn_already_taken_error,
                    );
                    map.entry(
                        "raise_on_ssn_already_set_error",
                        &self.raise_on_ssn_already_set_error,
                    );
                    map.entry(
                        "raise_on_account_update_error",
                        &self.raise_on_account_update_error,
                    );
                    map.entry(
                        "raise_on_delivery_address_error",
                        &self.raise_on_delivery_address_error,
                    );
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PlaceOrderBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceOrderBody",
                        &[
                            (
                                "klarna_authorization_token",
                                &__p::redact(&self.klarna_authorization_token),
                            ),
                            (
                                "klarna_payments_session_id",
                                &self.klarna_payments_session_id,
                            ),
                            ("browser_ip", &__p::redact(&self.browser_ip)),
                            ("browser_language", &self.browser_language),
                            (
                                "browser_user_agent",
                                &__p::redact(&self.browser_user_agent),
                            ),
                            ("traffic_source", &self.traffic_source),
                            ("merchant_reference", &self.merchant_reference),
                            (
                                "raise_on_ssn_already_taken_error",
                                &self.raise_on_ssn_already_taken_error,
                            ),
                            (
                                "raise_on_ssn_already_set_error",
                                &self.raise_on_ssn_already_set_error,
                            ),
                            (
                                "raise_on_account_update_error",
                                &self.raise_on_account_update_error,
                            ),
                            (
                                "raise_on_delivery_address_error",
                                &self.raise_on_delivery_address_error,
                            ),
                        ],
                    )
                }
            }
            /// The response of `place_order`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct PlaceOrderResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for PlaceOrderResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| PlaceOrderResponse { json })
                }
            }
            impl __p::Envelope for PlaceOrderResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for PlaceOrderResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceOrderResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `place_order` (v1 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV1::place_order`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PlaceOrderRequest<'c, A, S = place_order_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: PlaceOrderBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> PlaceOrderRequest<'c, A, place_order_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    PlaceOrderRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`PlaceOrderRequest`](super::PlaceOrderRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod place_order_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.klarna_authorization_token(...)` has been called, `Unset` before.
                    type KlarnaAuthorizationToken;
                    /// `Set` once `.klarna_payments_session_id(...)` has been called, `Unset` before.
                    type KlarnaPaymentsSessionId;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type KlarnaAuthorizationToken = __p::Unset;
                    type KlarnaPaymentsSessionId = __p::Unset;
                }
                /// The state `S` with `klarna_authorization_token` set.
                pub struct SetKlarnaAuthorizationToken<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaAuthorizationToken<S> {}
                impl<S: State> State for SetKlarnaAuthorizationToken<S> {
                    type KlarnaAuthorizationToken = __p::Set;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                }
                /// The state `S` with `klarna_payments_session_id` set.
                pub struct SetKlarnaPaymentsSessionId<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaPaymentsSessionId<S> {}
                impl<S: State> State for SetKlarnaPaymentsSessionId<S> {
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = __p::Set;
                }
                /// Implemented once `klarna_authorization_token` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceOrderRequest` cannot be sent: the required parameter `klarna_authorization_token` is not set",
                    label = "call `.klarna_authorization_token(...)` before `.send()`"
                )]
                pub trait KlarnaAuthorizationTokenIsSet {}
                impl KlarnaAuthorizationTokenIsSet for __p::Set {}
                /// Implemented once `klarna_payments_session_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceOrderRequest` cannot be sent: the required parameter `klarna_payments_session_id` is not set",
                    label = "call `.klarna_payments_session_id(...)` before `.send()`"
                )]
                pub trait KlarnaPaymentsSessionIdIsSet {}
                impl KlarnaPaymentsSessionIdIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: place_order_request_state::State,
            > PlaceOrderRequest<'c, A, S> {
                fn into_state<T: place_order_request_state::State>(
                    self,
                ) -> PlaceOrderRequest<'c, A, T> {
                    PlaceOrderRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The authorization token Klarna's authorize call returned (step 4 of the implementation guide).
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn klarna_authorization_token(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceOrderRequest<
                    'c,
                    A,
                    place_order_request_state::SetKlarnaAuthorizationToken<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_authorization_token = self
                        .problems
                        .check_maybe("klarna_authorization_token", value);
                    self.into_state()
                }
                /// The id of the session `create_session` returned (step 2 of the implementation guide).
                ///
                /// **Required.**
                pub fn klarna_payments_session_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceOrderRequest<
                    'c,
                    A,
                    place_order_request_state::SetKlarnaPaymentsSessionId<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_payments_session_id = self
                        .problems
                        .check_maybe("klarna_payments_session_id", value);
                    self.into_state()
                }
                /// The IPv4 or IPv6 address of the browser, e.g. 81.208.13.50.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_ip(
                    self,
                    value: impl __rt::IntoValue<::std::net::IpAddr>,
                ) -> Self {
                    self.maybe_browser_ip(Some(value))
                }
                /// Like [`Self::browser_ip`], taking an `Option`: `None` leaves `browser_ip` unset. The builder's type is the same either way.
                pub fn maybe_browser_ip(
                    mut self,
                    value: Option<impl __rt::IntoValue<::std::net::IpAddr>>,
                ) -> Self {
                    self.body.browser_ip = self
                        .problems
                        .check_maybe("browser_ip", value);
                    self
                }
                /// The browser language, e.g. `sv-SE`.
                ///
                /// Optional.
                pub fn browser_language(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_browser_language(Some(value))
                }
                /// Like [`Self::browser_language`], taking an `Option`: `None` leaves `browser_language` unset. The builder's type is the same either way.
                pub fn maybe_browser_language(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.browser_language = self
                        .problems
                        .check_maybe("browser_language", value);
                    self
                }
                /// The user agent of the browser.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_user_agent(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_browser_user_agent(Some(value))
                }
                /// Like [`Self::browser_user_agent`], taking an `Option`: `None` leaves `browser_user_agent` unset. The builder's type is the same either way.
                pub fn maybe_browser_user_agent(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.browser_user_agent = self
                        .problems
                        .check_maybe("browser_user_agent", value);
                    self
                }
                /// The source of the purchase, e.g. `facebook`.
                ///
                /// Optional.
                pub fn traffic_source(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_traffic_source(Some(value))
                }
                /// Like [`Self::traffic_source`], taking an `Option`: `None` leaves `traffic_source` unset. The builder's type is the same either way.
                pub fn maybe_traffic_source(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.traffic_source = self
                        .problems
                        .check_maybe("traffic_source", value);
                    self
                }
                /// A customer reference, e.g. `adeprimo-campaign-001`.
                ///
                /// Optional.
                pub fn merchant_reference(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_merchant_reference(Some(value))
                }
                /// Like [`Self::merchant_reference`], taking an `Option`: `None` leaves `merchant_reference` unset. The builder's type is the same either way.
                pub fn maybe_merchant_reference(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.merchant_reference = self
                        .problems
                        .check_maybe("merchant_reference", value);
                    self
                }
                /// Whether the request raises an error if the SSN is already taken by another user.
                ///
                /// Optional.
                pub fn raise_on_ssn_already_taken_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_taken_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_taken_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_taken_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_taken_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_taken_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_taken_error", value);
                    self
                }
                /// Whether the request raises an error if an SSN update is performed on a user with an SSN.
                ///
                /// Optional.
                pub fn raise_on_ssn_already_set_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_set_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_set_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_set_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_set_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_set_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_set_error", value);
                    self
                }
                /// Whether the request raises an error if errors are encountered during an account update.
                ///
                /// Optional.
                pub fn raise_on_account_update_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_account_update_error(Some(value))
                }
                /// Like [`Self::raise_on_account_update_error`], taking an `Option`: `None` leaves `raise_on_account_update_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_account_update_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_account_update_error = self
                        .problems
                        .check_maybe("raise_on_account_update_error", value);
                    self
                }
                /// Whether the request raises an error if errors are encountered during the delivery address validation.
                ///
                /// Optional.
                pub fn raise_on_delivery_address_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_delivery_address_error(Some(value))
                }
                /// Like [`Self::raise_on_delivery_address_error`], taking an `Option`: `None` leaves `raise_on_delivery_address_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_delivery_address_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_delivery_address_error = self
                        .problems
                        .check_maybe("raise_on_delivery_address_error", value);
                    self
                }
                /// Sets a body parameter the spec does not list: the docs page ends before its
                /// parameter table does. A listed parameter is refused here (use its own setter):
                /// `send()` reports it as [`Error::InvalidRequest`] before any network I/O.
                pub fn parameter(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    let name = name.into();
                    if [
                        "klarna_authorization_token",
                        "klarna_payments_session_id",
                        "browser_ip",
                        "browser_language",
                        "browser_user_agent",
                        "traffic_source",
                        "merchant_reference",
                        "raise_on_ssn_already_taken_error",
                        "raise_on_ssn_already_set_error",
                        "raise_on_account_update_error",
                        "raise_on_delivery_address_error",
                    ]
                        .contains(&name.as_str())
                    {
                        self.problems
                            .reject(
                                name,
                                "is listed by the spec: set it with its own setter",
                            );
                    } else {
                        self.body.extra.insert(name, value.into());
                    }
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &PlaceOrderBody {
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
                            Output = Result<PlaceOrderResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::KlarnaAuthorizationToken: place_order_request_state::KlarnaAuthorizationTokenIsSet,
                    S::KlarnaPaymentsSessionId: place_order_request_state::KlarnaPaymentsSessionIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        PlaceOrderResponse,
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
            impl<'c, A, S: place_order_request_state::State> ::std::fmt::Debug
            for PlaceOrderRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PlaceOrderRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
    /// Version 2 of the `klarna_payments` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `klarna_payments`: each method starts a request.
        pub struct KlarnaPaymentsV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> KlarnaPaymentsV2<'c, A> {
            /// Get payment periods.
            ///
            /// Lists the Klarna payments payment periods of one package or campaign. The page shows the same parameter and response as v1 and does not say how the two versions differ.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v2/klarna_payments/payment_periods` |
            /// | Scope | `/external/klarna_payments/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Since release | 4.7.5 |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v2/payment_periods>
            pub fn payment_periods(
                &self,
            ) -> payment_periods::PaymentPeriodsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                payment_periods::PaymentPeriodsRequest::new(self.connection)
            }
            /// Create purchase session without account.
            ///
            /// Creates a Klarna payments purchase session for a customer without an account (the page's heading calls it "create session without account"). Set `period_type`, `period_id`, or both. The public copy of the page ends inside its sixth parameter (`disable_account_info_overwrite`, whose type it does not show) and before the response.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/klarna_payments/create_session` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// At least one of `period_type` or `period_id` must be set (both may be): `send()` does not compile until one is.
            ///
            /// The docs page ends before its parameter table does, so the parameters listed here may not be all: set any other by name with `.parameter(name, value)`.
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v2/session/create_session/>
            pub fn create_session(&self) -> create_session::CreateSessionRequest<'c, A>
            where
                A: __rt::Auth,
            {
                create_session::CreateSessionRequest::new(self.connection)
            }
            /// Place order.
            ///
            /// Carries out the Klarna payments purchase for a customer without an existing account. This endpoint might affect the information saved on the customer's account. The public copy of the page ends inside its first parameter (`customer_info`) and before the response: the parameters here are the keys of its example request, with the types of their example values.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/klarna_payments/place_order` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Since release | 4.7.5 |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// The docs page ends before its parameter table does, so the parameters listed here may not be all: set any other by name with `.parameter(name, value)`.
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v2/order/place_order>
            pub fn place_order(&self) -> place_order::PlaceOrderRequest<'c, A>
            where
                A: __rt::Auth,
            {
                place_order::PlaceOrderRequest::new(self.connection)
            }
            /// Place trial order.
            ///
            /// Creates a Klarna payments trial order without the need of an existing customer account: a free campaign that transitions to a standard subscription. The purchase session used to initiate the purchase must support this. Klarna payments only supports Direct Debit for 0 amount purchases. This endpoint might affect the information saved on the customer's account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/klarna_payments/place_trial_order` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Since release | 4.7.5 |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/klarna_payments_api/v2/order/place_trial_order/>
            pub fn place_trial_order(
                &self,
            ) -> place_trial_order::PlaceTrialOrderRequest<'c, A>
            where
                A: __rt::Auth,
            {
                place_trial_order::PlaceTrialOrderRequest::new(self.connection)
            }
        }
        /// Get payment periods (`GET /external/api/v2/klarna_payments/payment_periods`): see [`super::KlarnaPaymentsV2::payment_periods`].
        pub mod payment_periods {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v2.payment_periods",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v2/klarna_payments/payment_periods",
                scope: "/external/klarna_payments/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code"],
            };
            /// A checked value of `code`.
            ///
            /// The code of the package or campaign, e.g. `adeprimo_digital`.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Code(String);
            impl Code {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(1024usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(Code(value))
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
            __p::impl_checked_text!(Code);
            /// The query parameters of `payment_periods`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PaymentPeriodsQuery {
                code: Option<Code>,
            }
            impl __p::serde::Serialize for PaymentPeriodsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "PaymentPeriodsQuery", &[("code", &self.code)])
                }
            }
            /// One element of the list `payment_periods` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentPeriodsItem {
                /// The payment period's id (24 hex characters), e.g. `5e4bbd0e09c04c1f6498c57f`.
                pub id: String,
                /// The payment method, e.g. `klarna_payments`.
                pub payment_method: String,
                /// The period's type, e.g. `recurring`.
                pub r#type: String,
                /// Whether the period is enabled.
                pub enabled: bool,
                /// The unit of one iteration, e.g. `month`.
                pub iteration_type: String,
                /// How many units one iteration lasts, e.g. `1` or `2`.
                pub iteration_length: i64,
                /// The price of the period, e.g. `210`.
                pub price: f64,
            }
            impl PaymentPeriodsItem {
                /// A response with the required fields `id`, `payment_method`, `type`, `enabled`, `iteration_type`, `iteration_length`, `price`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    payment_method: impl Into<String>,
                    r#type: impl Into<String>,
                    enabled: impl Into<bool>,
                    iteration_type: impl Into<String>,
                    iteration_length: impl Into<i64>,
                    price: impl Into<f64>,
                ) -> Self {
                    PaymentPeriodsItem {
                        id: id.into(),
                        payment_method: payment_method.into(),
                        r#type: r#type.into(),
                        enabled: enabled.into(),
                        iteration_type: iteration_type.into(),
                        iteration_length: iteration_length.into(),
                        price: price.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PaymentPeriodsItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = PaymentPeriodsItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `PaymentPeriodsItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<PaymentPeriodsItem, M::Error> {
                            let mut v_id = None;
                            let mut v_payment_method = None;
                            let mut v_type = None;
                            let mut v_enabled = None;
                            let mut v_iteration_type = None;
                            let mut v_iteration_length = None;
                            let mut v_price = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "payment_method" => {
                                        __p::next(&mut map, &mut v_payment_method)
                                    }
                                    "type" => __p::next(&mut map, &mut v_type),
                                    "enabled" => __p::next(&mut map, &mut v_enabled),
                                    "iteration_type" => {
                                        __p::next(&mut map, &mut v_iteration_type)
                                    }
                                    "iteration_length" => {
                                        __p::next(&mut map, &mut v_iteration_length)
                                    }
                                    "price" => __p::next(&mut map, &mut v_price),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(PaymentPeriodsItem {
                                id: __p::required(v_id, "id")?,
                                payment_method: __p::required(
                                    v_payment_method,
                                    "payment_method",
                                )?,
                                r#type: __p::required(v_type, "type")?,
                                enabled: __p::required(v_enabled, "enabled")?,
                                iteration_type: __p::required(
                                    v_iteration_type,
                                    "iteration_type",
                                )?,
                                iteration_length: __p::required(
                                    v_iteration_length,
                                    "iteration_length",
                                )?,
                                price: __p::required(v_price, "price")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentPeriodsItem",
                        &[
                            ("id", &self.id),
                            ("payment_method", &self.payment_method),
                            ("type", &self.r#type),
                            ("enabled", &self.enabled),
                            ("iteration_type", &self.iteration_type),
                            ("iteration_length", &self.iteration_length),
                            ("price", &self.price),
                        ],
                    )
                }
            }
            /// The request of `payment_periods` (v2 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV2::payment_periods`], which documents the endpoint.
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
            /// The typestate of [`PaymentPeriodsRequest`](super::PaymentPeriodsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
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
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Code = __p::Unset;
                }
                /// The state `S` with `code` set.
                pub struct SetCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCode<S> {}
                impl<S: State> State for SetCode<S> {
                    type Code = __p::Set;
                }
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
                fn into_state<T: payment_periods_request_state::State>(
                    self,
                ) -> PaymentPeriodsRequest<'c, A, T> {
                    PaymentPeriodsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<Code>,
                ) -> PaymentPeriodsRequest<
                    'c,
                    A,
                    payment_periods_request_state::SetCode<S>,
                > {
                    let value = Some(value);
                    self.query.code = self.problems.check_maybe("code", value);
                    self.into_state()
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
            impl<'c, A, S: payment_periods_request_state::State> ::std::fmt::Debug
            for PaymentPeriodsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentPeriodsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Create purchase session without account (`POST /external/api/v2/klarna_payments/create_session`): see [`super::KlarnaPaymentsV2::create_session`].
        pub mod create_session {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v2.create_session",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v2/klarna_payments/create_session",
                scope: "/external/klarna_payments/w",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["code", "period_id"],
            };
            /// One of `limited`, `recurring`: the values of `period_type`.
            ///
            /// Limited or recurring. Always set to recurring for campaigns. Required if `period_id` is not set.
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum PeriodType {
                /// `limited`
                Limited,
                /// `recurring`
                Recurring,
            }
            impl PeriodType {
                /// Every value, in spec order.
                pub const ALL: &'static [PeriodType] = &[
                    PeriodType::Limited,
                    PeriodType::Recurring,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        PeriodType::Limited => "limited",
                        PeriodType::Recurring => "recurring",
                    }
                }
            }
            impl ::std::str::FromStr for PeriodType {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "limited" => Ok(PeriodType::Limited),
                        "recurring" => Ok(PeriodType::Recurring),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["limited", "recurring"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(PeriodType);
            /// The JSON body of `create_session`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateSessionBody {
                code: Option<String>,
                period_type: Option<PeriodType>,
                period_id: Option<String>,
                confirmation_url: Option<__rt::AbsoluteUrl>,
                start_date: Option<__rt::Date>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl __p::serde::Serialize for CreateSessionBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("code", &self.code);
                    map.entry("period_type", &self.period_type);
                    map.entry("period_id", &self.period_id);
                    map.entry("confirmation_url", &self.confirmation_url);
                    map.entry("start_date", &self.start_date);
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateSessionBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionBody",
                        &[
                            ("code", &self.code),
                            ("period_type", &self.period_type),
                            ("period_id", &self.period_id),
                            ("confirmation_url", &self.confirmation_url),
                            ("start_date", &self.start_date),
                        ],
                    )
                }
            }
            /// The response of `create_session`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct CreateSessionResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for CreateSessionResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| CreateSessionResponse { json })
                }
            }
            impl __p::Envelope for CreateSessionResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for CreateSessionResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateSessionResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `create_session` (v2 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV2::create_session`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateSessionRequest<
                'c,
                A,
                S = create_session_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: CreateSessionBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > CreateSessionRequest<'c, A, create_session_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateSessionRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateSessionRequest`](super::CreateSessionRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_session_request_state {
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
                    /// `Set` once `.period_type(...)` has been called, `Unset` before.
                    type PeriodType;
                    /// `Set` once `.period_id(...)` has been called, `Unset` before.
                    type PeriodId;
                    /// `Set` once `.confirmation_url(...)` has been called, `Unset` before.
                    type ConfirmationUrl;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Code = __p::Unset;
                    type PeriodType = __p::Unset;
                    type PeriodId = __p::Unset;
                    type ConfirmationUrl = __p::Unset;
                }
                /// The state `S` with `code` set.
                pub struct SetCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCode<S> {}
                impl<S: State> State for SetCode<S> {
                    type Code = __p::Set;
                    type PeriodType = S::PeriodType;
                    type PeriodId = S::PeriodId;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `period_type` set.
                pub struct SetPeriodType<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPeriodType<S> {}
                impl<S: State> State for SetPeriodType<S> {
                    type Code = S::Code;
                    type PeriodType = __p::Set;
                    type PeriodId = S::PeriodId;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `period_id` set.
                pub struct SetPeriodId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPeriodId<S> {}
                impl<S: State> State for SetPeriodId<S> {
                    type Code = S::Code;
                    type PeriodType = S::PeriodType;
                    type PeriodId = __p::Set;
                    type ConfirmationUrl = S::ConfirmationUrl;
                }
                /// The state `S` with `confirmation_url` set.
                pub struct SetConfirmationUrl<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetConfirmationUrl<S> {}
                impl<S: State> State for SetConfirmationUrl<S> {
                    type Code = S::Code;
                    type PeriodType = S::PeriodType;
                    type PeriodId = S::PeriodId;
                    type ConfirmationUrl = __p::Set;
                }
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `code` is not set",
                    label = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for __p::Set {}
                /// Implemented once `confirmation_url` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `confirmation_url` is not set",
                    label = "call `.confirmation_url(...)` before `.send()`"
                )]
                pub trait ConfirmationUrlIsSet {}
                impl ConfirmationUrlIsSet for __p::Set {}
                /// Implemented once `period_type` or `period_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: set `period_type` or `period_id` (at least one of them is required)",
                    label = "call `.period_type(...)` or `.period_id(...)` before `.send()`"
                )]
                pub trait PeriodTypeOrPeriodIdIsSet {}
                #[diagnostic::do_not_recommend]
                impl<S1> PeriodTypeOrPeriodIdIsSet for (__p::Set, S1) {}
                #[diagnostic::do_not_recommend]
                impl PeriodTypeOrPeriodIdIsSet for (__p::Unset, __p::Set) {}
            }
            impl<
                'c,
                A,
                S: create_session_request_state::State,
            > CreateSessionRequest<'c, A, S> {
                fn into_state<T: create_session_request_state::State>(
                    self,
                ) -> CreateSessionRequest<'c, A, T> {
                    CreateSessionRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetCode<S>,
                > {
                    let value = Some(value);
                    self.body.code = self.problems.check_maybe("code", value);
                    self.into_state()
                }
                /// Limited or recurring. Always set to recurring for campaigns. Required if `period_id` is not set.
                ///
                /// Optional.
                pub fn period_type(
                    mut self,
                    value: impl __rt::IntoValue<PeriodType>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetPeriodType<S>,
                > {
                    let value = Some(value);
                    self.body.period_type = self
                        .problems
                        .check_maybe("period_type", value);
                    self.into_state()
                }
                /// Like [`Self::period_type`], taking an `Option`: `None` leaves `period_type` unset. The builder's type is the same either way, so this does not count towards the rule that one of its group must be set.
                pub fn maybe_period_type(
                    mut self,
                    value: Option<impl __rt::IntoValue<PeriodType>>,
                ) -> Self {
                    self.body.period_type = self
                        .problems
                        .check_maybe("period_type", value);
                    self
                }
                /// Specific payment period id; use the payment periods API for fetching available payment periods. Required for trial orders, and required if `period_type` is not set.
                ///
                /// Optional.
                pub fn period_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetPeriodId<S>,
                > {
                    let value = Some(value);
                    self.body.period_id = self.problems.check_maybe("period_id", value);
                    self.into_state()
                }
                /// Like [`Self::period_id`], taking an `Option`: `None` leaves `period_id` unset. The builder's type is the same either way, so this does not count towards the rule that one of its group must be set.
                pub fn maybe_period_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.period_id = self.problems.check_maybe("period_id", value);
                    self
                }
                /// URL to your confirmation page for the customer.
                ///
                /// **Required.**
                pub fn confirmation_url(
                    mut self,
                    value: impl __rt::IntoValue<__rt::AbsoluteUrl>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    create_session_request_state::SetConfirmationUrl<S>,
                > {
                    let value = Some(value);
                    self.body.confirmation_url = self
                        .problems
                        .check_maybe("confirmation_url", value);
                    self.into_state()
                }
                /// Start date of the subscription; must be today or a future date if supplied.
                ///
                /// Optional.
                pub fn start_date(
                    self,
                    value: impl __rt::IntoValue<__rt::Date>,
                ) -> Self {
                    self.maybe_start_date(Some(value))
                }
                /// Like [`Self::start_date`], taking an `Option`: `None` leaves `start_date` unset. The builder's type is the same either way.
                pub fn maybe_start_date(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::Date>>,
                ) -> Self {
                    self.body.start_date = self
                        .problems
                        .check_maybe("start_date", value);
                    self
                }
                /// Sets a body parameter the spec does not list: the docs page ends before its
                /// parameter table does. A listed parameter is refused here (use its own setter):
                /// `send()` reports it as [`Error::InvalidRequest`] before any network I/O.
                pub fn parameter(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    let name = name.into();
                    if [
                        "code",
                        "period_type",
                        "period_id",
                        "confirmation_url",
                        "start_date",
                    ]
                        .contains(&name.as_str())
                    {
                        self.problems
                            .reject(
                                name,
                                "is listed by the spec: set it with its own setter",
                            );
                    } else {
                        self.body.extra.insert(name, value.into());
                    }
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateSessionBody {
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
                            Output = Result<CreateSessionResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Code: create_session_request_state::CodeIsSet,
                    S::ConfirmationUrl: create_session_request_state::ConfirmationUrlIsSet,
                    (
                        S::PeriodType,
                        S::PeriodId,
                    ): create_session_request_state::PeriodTypeOrPeriodIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        CreateSessionResponse,
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
            impl<'c, A, S: create_session_request_state::State> ::std::fmt::Debug
            for CreateSessionRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Place order (`POST /external/api/v2/klarna_payments/place_order`): see [`super::KlarnaPaymentsV2::place_order`].
        pub mod place_order {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v2.place_order",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v2/klarna_payments/place_order",
                scope: "/external/klarna_payments/w",
                identity: false,
                retry_safe: false,
                sensitive: &[
                    "browser_ip",
                    "browser_user_agent",
                    "email",
                    "first_name",
                    "klarna_authorization_token",
                    "last_name",
                ],
                identifying: &[
                    "klarna_payments_session_id",
                    "browser_language",
                    "traffic_source",
                    "merchant_reference",
                ],
            };
            /// Information about the customer. The page's description of it is cut off and its example shows three fields, so it is open: set any other field by name.
            ///
            /// Create one with [`CustomerInfo::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct CustomerInfo {
                email: Option<__rt::Email>,
                first_name: Option<String>,
                last_name: Option<String>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
                problems: __p::Problems,
            }
            impl CustomerInfo {
                /// Starts building a value.
                pub fn builder() -> CustomerInfoBuilder<
                    customer_info_builder_state::Empty,
                > {
                    CustomerInfoBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for CustomerInfo {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for CustomerInfo {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("email", &self.email);
                    map.entry("first_name", &self.first_name);
                    map.entry("last_name", &self.last_name);
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CustomerInfo {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CustomerInfo",
                        &[
                            ("email", &__p::redact(&self.email)),
                            ("first_name", &__p::redact(&self.first_name)),
                            ("last_name", &__p::redact(&self.last_name)),
                        ],
                    )
                }
            }
            /// Builds a [`CustomerInfo`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct CustomerInfoBuilder<S = customer_info_builder_state::Empty> {
                value: CustomerInfo,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`CustomerInfoBuilder`](super::CustomerInfoBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod customer_info_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {}
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {}
            }
            impl<S: customer_info_builder_state::State> CustomerInfoBuilder<S> {
                fn into_state<T: customer_info_builder_state::State>(
                    self,
                ) -> CustomerInfoBuilder<T> {
                    CustomerInfoBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Email of the customer.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn email(self, value: impl __rt::IntoValue<__rt::Email>) -> Self {
                    self.maybe_email(Some(value))
                }
                /// Like [`Self::email`], taking an `Option`: `None` leaves `email` unset. The builder's type is the same either way.
                pub fn maybe_email(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::Email>>,
                ) -> Self {
                    self.value.email = self.value.problems.check_maybe("email", value);
                    self
                }
                /// First name of the customer.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn first_name(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_first_name(Some(value))
                }
                /// Like [`Self::first_name`], taking an `Option`: `None` leaves `first_name` unset. The builder's type is the same either way.
                pub fn maybe_first_name(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.first_name = self
                        .value
                        .problems
                        .check_maybe("first_name", value);
                    self
                }
                /// Last name of the customer.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn last_name(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_last_name(Some(value))
                }
                /// Like [`Self::last_name`], taking an `Option`: `None` leaves `last_name` unset. The builder's type is the same either way.
                pub fn maybe_last_name(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.last_name = self
                        .value
                        .problems
                        .check_maybe("last_name", value);
                    self
                }
                /// Sets a field the spec does not list (this object is only partly documented).
                pub fn field(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    self.value.extra.insert(name.into(), value.into());
                    self
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> CustomerInfo {
                    self.value
                }
            }
            /// The JSON body of `place_order`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PlaceOrderBody {
                customer_info: Option<CustomerInfo>,
                klarna_authorization_token: Option<String>,
                klarna_payments_session_id: Option<String>,
                browser_ip: Option<::std::net::IpAddr>,
                browser_language: Option<String>,
                browser_user_agent: Option<String>,
                traffic_source: Option<String>,
                merchant_reference: Option<String>,
                raise_on_ssn_already_taken_error: Option<bool>,
                raise_on_ssn_already_set_error: Option<bool>,
                raise_on_account_update_error: Option<bool>,
                raise_on_delivery_address_error: Option<bool>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl __p::serde::Serialize for PlaceOrderBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("customer_info", &self.customer_info);
                    map.entry(
                        "klarna_authorization_token",
                        &self.klarna_authorization_token,
                    );
                    map.entry(
                        "klarna_payments_session_id",
                        &self.klarna_payments_session_id,
                    );
                    map.entry("browser_ip", &self.browser_ip);
                    map.entry("browser_language", &self.browser_language);
                    map.entry("browser_user_agent", &self.browser_user_agent);
                    map.entry("traffic_source", &self.traffic_source);
                    map.entry("merchant_reference", &self.merchant_reference);
                    map.entry(
                        "raise_on_ssn_already_taken_error",
                        &self.raise_on_ssn_already_taken_error,
                    );
                    map.entry(
                        "raise_on_ssn_already_set_error",
                        &self.raise_on_ssn_already_set_error,
                    );
                    map.entry(
                        "raise_on_account_update_error",
                        &self.raise_on_account_update_error,
                    );
                    map.entry(
                        "raise_on_delivery_address_error",
                        &self.raise_on_delivery_address_error,
                    );
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PlaceOrderBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceOrderBody",
                        &[
                            ("customer_info", &self.customer_info),
                            (
                                "klarna_authorization_token",
                                &__p::redact(&self.klarna_authorization_token),
                            ),
                            (
                                "klarna_payments_session_id",
                                &self.klarna_payments_session_id,
                            ),
                            ("browser_ip", &__p::redact(&self.browser_ip)),
                            ("browser_language", &self.browser_language),
                            (
                                "browser_user_agent",
                                &__p::redact(&self.browser_user_agent),
                            ),
                            ("traffic_source", &self.traffic_source),
                            ("merchant_reference", &self.merchant_reference),
                            (
                                "raise_on_ssn_already_taken_error",
                                &self.raise_on_ssn_already_taken_error,
                            ),
                            (
                                "raise_on_ssn_already_set_error",
                                &self.raise_on_ssn_already_set_error,
                            ),
                            (
                                "raise_on_account_update_error",
                                &self.raise_on_account_update_error,
                            ),
                            (
                                "raise_on_delivery_address_error",
                                &self.raise_on_delivery_address_error,
                            ),
                        ],
                    )
                }
            }
            /// The response of `place_order`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct PlaceOrderResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for PlaceOrderResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| PlaceOrderResponse { json })
                }
            }
            impl __p::Envelope for PlaceOrderResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for PlaceOrderResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceOrderResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `place_order` (v2 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV2::place_order`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PlaceOrderRequest<'c, A, S = place_order_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: PlaceOrderBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> PlaceOrderRequest<'c, A, place_order_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    PlaceOrderRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`PlaceOrderRequest`](super::PlaceOrderRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod place_order_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.klarna_authorization_token(...)` has been called, `Unset` before.
                    type KlarnaAuthorizationToken;
                    /// `Set` once `.klarna_payments_session_id(...)` has been called, `Unset` before.
                    type KlarnaPaymentsSessionId;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type KlarnaAuthorizationToken = __p::Unset;
                    type KlarnaPaymentsSessionId = __p::Unset;
                }
                /// The state `S` with `klarna_authorization_token` set.
                pub struct SetKlarnaAuthorizationToken<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaAuthorizationToken<S> {}
                impl<S: State> State for SetKlarnaAuthorizationToken<S> {
                    type KlarnaAuthorizationToken = __p::Set;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                }
                /// The state `S` with `klarna_payments_session_id` set.
                pub struct SetKlarnaPaymentsSessionId<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaPaymentsSessionId<S> {}
                impl<S: State> State for SetKlarnaPaymentsSessionId<S> {
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = __p::Set;
                }
                /// Implemented once `klarna_authorization_token` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceOrderRequest` cannot be sent: the required parameter `klarna_authorization_token` is not set",
                    label = "call `.klarna_authorization_token(...)` before `.send()`"
                )]
                pub trait KlarnaAuthorizationTokenIsSet {}
                impl KlarnaAuthorizationTokenIsSet for __p::Set {}
                /// Implemented once `klarna_payments_session_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceOrderRequest` cannot be sent: the required parameter `klarna_payments_session_id` is not set",
                    label = "call `.klarna_payments_session_id(...)` before `.send()`"
                )]
                pub trait KlarnaPaymentsSessionIdIsSet {}
                impl KlarnaPaymentsSessionIdIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: place_order_request_state::State,
            > PlaceOrderRequest<'c, A, S> {
                fn into_state<T: place_order_request_state::State>(
                    self,
                ) -> PlaceOrderRequest<'c, A, T> {
                    PlaceOrderRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Information about the customer. The page's description of it is cut off and its example shows three fields, so it is open: set any other field by name.
                ///
                /// Optional.
                pub fn customer_info(self, value: CustomerInfo) -> Self {
                    self.maybe_customer_info(Some(value))
                }
                /// Like [`Self::customer_info`], taking an `Option`: `None` leaves `customer_info` unset. The builder's type is the same either way.
                pub fn maybe_customer_info(
                    mut self,
                    value: Option<CustomerInfo>,
                ) -> Self {
                    self.body.customer_info = self
                        .problems
                        .nested("customer_info", value);
                    self
                }
                /// The authorization token Klarna's authorize call returned (step 4 of the implementation guide).
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn klarna_authorization_token(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceOrderRequest<
                    'c,
                    A,
                    place_order_request_state::SetKlarnaAuthorizationToken<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_authorization_token = self
                        .problems
                        .check_maybe("klarna_authorization_token", value);
                    self.into_state()
                }
                /// The id of the session `create_session` returned (step 2 of the implementation guide).
                ///
                /// **Required.**
                pub fn klarna_payments_session_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceOrderRequest<
                    'c,
                    A,
                    place_order_request_state::SetKlarnaPaymentsSessionId<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_payments_session_id = self
                        .problems
                        .check_maybe("klarna_payments_session_id", value);
                    self.into_state()
                }
                /// The IPv4 or IPv6 address of the browser, e.g. 81.208.13.50.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_ip(
                    self,
                    value: impl __rt::IntoValue<::std::net::IpAddr>,
                ) -> Self {
                    self.maybe_browser_ip(Some(value))
                }
                /// Like [`Self::browser_ip`], taking an `Option`: `None` leaves `browser_ip` unset. The builder's type is the same either way.
                pub fn maybe_browser_ip(
                    mut self,
                    value: Option<impl __rt::IntoValue<::std::net::IpAddr>>,
                ) -> Self {
                    self.body.browser_ip = self
                        .problems
                        .check_maybe("browser_ip", value);
                    self
                }
                /// The browser language, e.g. `sv-SE`.
                ///
                /// Optional.
                pub fn browser_language(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_browser_language(Some(value))
                }
                /// Like [`Self::browser_language`], taking an `Option`: `None` leaves `browser_language` unset. The builder's type is the same either way.
                pub fn maybe_browser_language(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.browser_language = self
                        .problems
                        .check_maybe("browser_language", value);
                    self
                }
                /// The user agent of the browser.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_user_agent(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_browser_user_agent(Some(value))
                }
                /// Like [`Self::browser_user_agent`], taking an `Option`: `None` leaves `browser_user_agent` unset. The builder's type is the same either way.
                pub fn maybe_browser_user_agent(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.browser_user_agent = self
                        .problems
                        .check_maybe("browser_user_agent", value);
                    self
                }
                /// The source of the purchase, e.g. `facebook`.
                ///
                /// Optional.
                pub fn traffic_source(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_traffic_source(Some(value))
                }
                /// Like [`Self::traffic_source`], taking an `Option`: `None` leaves `traffic_source` unset. The builder's type is the same either way.
                pub fn maybe_traffic_source(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.traffic_source = self
                        .problems
                        .check_maybe("traffic_source", value);
                    self
                }
                /// A customer reference, e.g. `adeprimo-campaign-001`.
                ///
                /// Optional.
                pub fn merchant_reference(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_merchant_reference(Some(value))
                }
                /// Like [`Self::merchant_reference`], taking an `Option`: `None` leaves `merchant_reference` unset. The builder's type is the same either way.
                pub fn maybe_merchant_reference(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.merchant_reference = self
                        .problems
                        .check_maybe("merchant_reference", value);
                    self
                }
                /// Whether the request raises an error if the SSN is already taken by another user.
                ///
                /// Optional.
                pub fn raise_on_ssn_already_taken_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_taken_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_taken_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_taken_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_taken_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_taken_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_taken_error", value);
                    self
                }
                /// Whether the request raises an error if an SSN update is performed on a user with an SSN.
                ///
                /// Optional.
                pub fn raise_on_ssn_already_set_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_set_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_set_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_set_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_set_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_set_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_set_error", value);
                    self
                }
                /// Whether the request raises an error if errors are encountered during an account update.
                ///
                /// Optional.
                pub fn raise_on_account_update_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_account_update_error(Some(value))
                }
                /// Like [`Self::raise_on_account_update_error`], taking an `Option`: `None` leaves `raise_on_account_update_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_account_update_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_account_update_error = self
                        .problems
                        .check_maybe("raise_on_account_update_error", value);
                    self
                }
                /// Whether the request raises an error if errors are encountered during the delivery address validation.
                ///
                /// Optional.
                pub fn raise_on_delivery_address_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_delivery_address_error(Some(value))
                }
                /// Like [`Self::raise_on_delivery_address_error`], taking an `Option`: `None` leaves `raise_on_delivery_address_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_delivery_address_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_delivery_address_error = self
                        .problems
                        .check_maybe("raise_on_delivery_address_error", value);
                    self
                }
                /// Sets a body parameter the spec does not list: the docs page ends before its
                /// parameter table does. A listed parameter is refused here (use its own setter):
                /// `send()` reports it as [`Error::InvalidRequest`] before any network I/O.
                pub fn parameter(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    let name = name.into();
                    if [
                        "customer_info",
                        "klarna_authorization_token",
                        "klarna_payments_session_id",
                        "browser_ip",
                        "browser_language",
                        "browser_user_agent",
                        "traffic_source",
                        "merchant_reference",
                        "raise_on_ssn_already_taken_error",
                        "raise_on_ssn_already_set_error",
                        "raise_on_account_update_error",
                        "raise_on_delivery_address_error",
                    ]
                        .contains(&name.as_str())
                    {
                        self.problems
                            .reject(
                                name,
                                "is listed by the spec: set it with its own setter",
                            );
                    } else {
                        self.body.extra.insert(name, value.into());
                    }
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &PlaceOrderBody {
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
                            Output = Result<PlaceOrderResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::KlarnaAuthorizationToken: place_order_request_state::KlarnaAuthorizationTokenIsSet,
                    S::KlarnaPaymentsSessionId: place_order_request_state::KlarnaPaymentsSessionIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        PlaceOrderResponse,
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
            impl<'c, A, S: place_order_request_state::State> ::std::fmt::Debug
            for PlaceOrderRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PlaceOrderRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Place trial order (`POST /external/api/v2/klarna_payments/place_trial_order`): see [`super::KlarnaPaymentsV2::place_trial_order`].
        pub mod place_trial_order {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "klarna_payments.v2.place_trial_order",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v2/klarna_payments/place_trial_order",
                scope: "/external/klarna_payments/w",
                identity: false,
                retry_safe: false,
                sensitive: &[
                    "address",
                    "alias",
                    "birth_date",
                    "browser_ip",
                    "browser_user_agent",
                    "email",
                    "first_name",
                    "klarna_authorization_token",
                    "last_name",
                    "mobile_phone_number",
                    "social_security_number",
                ],
                identifying: &[
                    "klarna_payments_session_id",
                    "browser_language",
                    "traffic_source",
                    "merchant_reference",
                    "paywall_id",
                ],
            };
            /// Address object. Its fields are not listed on the published page, so it is open: set any field by name. List the fields here once they are documented.
            ///
            /// Create one with [`Address::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct Address {
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
                problems: __p::Problems,
            }
            impl Address {
                /// Starts building a value.
                pub fn builder() -> AddressBuilder<address_builder_state::Empty> {
                    AddressBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for Address {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for Address {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for Address {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "Address", &[])
                }
            }
            /// Builds a [`Address`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct AddressBuilder<S = address_builder_state::Empty> {
                value: Address,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`AddressBuilder`](super::AddressBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod address_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {}
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {}
            }
            impl<S: address_builder_state::State> AddressBuilder<S> {
                fn into_state<T: address_builder_state::State>(
                    self,
                ) -> AddressBuilder<T> {
                    AddressBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Sets a field the spec does not list (this object is only partly documented).
                pub fn field(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<__p::serde_json::Value>,
                ) -> Self {
                    self.value.extra.insert(name.into(), value.into());
                    self
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> Address {
                    self.value
                }
            }
            /// Information about the customer that should be registered. This information may be overwritten by Klarna.
            ///
            /// Create one with [`CustomerInfo::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct CustomerInfo {
                email: Option<__rt::Email>,
                first_name: Option<String>,
                last_name: Option<String>,
                mobile_phone_number: Option<String>,
                social_security_number: Option<String>,
                birth_date: Option<String>,
                company_name: Option<String>,
                company_registration_number: Option<String>,
                account_origin: Option<String>,
                alias: Option<String>,
                address: Option<Address>,
                problems: __p::Problems,
            }
            impl CustomerInfo {
                /// Starts building a value.
                pub fn builder() -> CustomerInfoBuilder<
                    customer_info_builder_state::Empty,
                > {
                    CustomerInfoBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for CustomerInfo {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for CustomerInfo {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("email", &self.email);
                    map.entry("first_name", &self.first_name);
                    map.entry("last_name", &self.last_name);
                    map.entry("mobile_phone_number", &self.mobile_phone_number);
                    map.entry("social_security_number", &self.social_security_number);
                    map.entry("birth_date", &self.birth_date);
                    map.entry("company_name", &self.company_name);
                    map.entry(
                        "company_registration_number",
                        &self.company_registration_number,
                    );
                    map.entry("account_origin", &self.account_origin);
                    map.entry("alias", &self.alias);
                    map.entry("address", &self.address);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CustomerInfo {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CustomerInfo",
                        &[
                            ("email", &__p::redact(&self.email)),
                            ("first_name", &__p::redact(&self.first_name)),
                            ("last_name", &__p::redact(&self.last_name)),
                            (
                                "mobile_phone_number",
                                &__p::redact(&self.mobile_phone_number),
                            ),
                            (
                                "social_security_number",
                                &__p::redact(&self.social_security_number),
                            ),
                            ("birth_date", &__p::redact(&self.birth_date)),
                            ("company_name", &self.company_name),
                            (
                                "company_registration_number",
                                &self.company_registration_number,
                            ),
                            ("account_origin", &self.account_origin),
                            ("alias", &__p::redact(&self.alias)),
                            ("address", &__p::redact(&self.address)),
                        ],
                    )
                }
            }
            /// Builds a [`CustomerInfo`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct CustomerInfoBuilder<S = customer_info_builder_state::Empty> {
                value: CustomerInfo,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`CustomerInfoBuilder`](super::CustomerInfoBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod customer_info_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.email(...)` has been called, `Unset` before.
                    type Email;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Email = __p::Unset;
                }
                /// The state `S` with `email` set.
                pub struct SetEmail<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetEmail<S> {}
                impl<S: State> State for SetEmail<S> {
                    type Email = __p::Set;
                }
                /// Implemented once `email` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CustomerInfo` cannot be built: the required parameter `email` is not set",
                    label = "call `.email(...)` before `.build()`"
                )]
                pub trait EmailIsSet {}
                impl EmailIsSet for __p::Set {}
            }
            impl<S: customer_info_builder_state::State> CustomerInfoBuilder<S> {
                fn into_state<T: customer_info_builder_state::State>(
                    self,
                ) -> CustomerInfoBuilder<T> {
                    CustomerInfoBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Email of the customer.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn email(
                    mut self,
                    value: impl __rt::IntoValue<__rt::Email>,
                ) -> CustomerInfoBuilder<customer_info_builder_state::SetEmail<S>> {
                    let value = Some(value);
                    self.value.email = self.value.problems.check_maybe("email", value);
                    self.into_state()
                }
                /// First name of the customer. Overwritten by information fetched from Klarna if the customer already has a Klarna account.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn first_name(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_first_name(Some(value))
                }
                /// Like [`Self::first_name`], taking an `Option`: `None` leaves `first_name` unset. The builder's type is the same either way.
                pub fn maybe_first_name(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.first_name = self
                        .value
                        .problems
                        .check_maybe("first_name", value);
                    self
                }
                /// Last name of the customer. Overwritten by information fetched from Klarna if the customer already has a Klarna account.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn last_name(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_last_name(Some(value))
                }
                /// Like [`Self::last_name`], taking an `Option`: `None` leaves `last_name` unset. The builder's type is the same either way.
                pub fn maybe_last_name(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.last_name = self
                        .value
                        .problems
                        .check_maybe("last_name", value);
                    self
                }
                /// The phone number. Must be a valid phone number, with or without country code.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn mobile_phone_number(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_mobile_phone_number(Some(value))
                }
                /// Like [`Self::mobile_phone_number`], taking an `Option`: `None` leaves `mobile_phone_number` unset. The builder's type is the same either way.
                pub fn maybe_mobile_phone_number(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.mobile_phone_number = self
                        .value
                        .problems
                        .check_maybe("mobile_phone_number", value);
                    self
                }
                /// The social security number. Must be a valid social security number (SSN) in the country of the organisation.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn social_security_number(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_social_security_number(Some(value))
                }
                /// Like [`Self::social_security_number`], taking an `Option`: `None` leaves `social_security_number` unset. The builder's type is the same either way.
                pub fn maybe_social_security_number(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.social_security_number = self
                        .value
                        .problems
                        .check_maybe("social_security_number", value);
                    self
                }
                /// The birth date. Must be in a DateTime parseable format.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn birth_date(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_birth_date(Some(value))
                }
                /// Like [`Self::birth_date`], taking an `Option`: `None` leaves `birth_date` unset. The builder's type is the same either way.
                pub fn maybe_birth_date(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.birth_date = self
                        .value
                        .problems
                        .check_maybe("birth_date", value);
                    self
                }
                /// Company name, if applicable.
                ///
                /// Optional.
                pub fn company_name(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_company_name(Some(value))
                }
                /// Like [`Self::company_name`], taking an `Option`: `None` leaves `company_name` unset. The builder's type is the same either way.
                pub fn maybe_company_name(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.company_name = self
                        .value
                        .problems
                        .check_maybe("company_name", value);
                    self
                }
                /// Company registration number (CRN), if applicable.
                ///
                /// Optional.
                pub fn company_registration_number(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_company_registration_number(Some(value))
                }
                /// Like [`Self::company_registration_number`], taking an `Option`: `None` leaves `company_registration_number` unset. The builder's type is the same either way.
                pub fn maybe_company_registration_number(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.company_registration_number = self
                        .value
                        .problems
                        .check_maybe("company_registration_number", value);
                    self
                }
                /// The origin of the account.
                ///
                /// Optional.
                pub fn account_origin(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_account_origin(Some(value))
                }
                /// Like [`Self::account_origin`], taking an `Option`: `None` leaves `account_origin` unset. The builder's type is the same either way.
                pub fn maybe_account_origin(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.account_origin = self
                        .value
                        .problems
                        .check_maybe("account_origin", value);
                    self
                }
                /// The alias of the account.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn alias(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_alias(Some(value))
                }
                /// Like [`Self::alias`], taking an `Option`: `None` leaves `alias` unset. The builder's type is the same either way.
                pub fn maybe_alias(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.alias = self.value.problems.check_maybe("alias", value);
                    self
                }
                /// Address object. Its fields are not listed on the published page, so it is open: set any field by name. List the fields here once they are documented.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn address(self, value: Address) -> Self {
                    self.maybe_address(Some(value))
                }
                /// Like [`Self::address`], taking an `Option`: `None` leaves `address` unset. The builder's type is the same either way.
                pub fn maybe_address(mut self, value: Option<Address>) -> Self {
                    self.value.address = self.value.problems.nested("address", value);
                    self
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> CustomerInfo
                where
                    S::Email: customer_info_builder_state::EmailIsSet,
                {
                    self.value
                }
            }
            /// A checked value of `paywall_id`.
            ///
            /// The ID of the paywall.
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct PaywallId(String);
            impl PaywallId {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(24usize),
                    pattern: Some({
                        static PATTERN: __p::Pattern = __p::Pattern::new(
                            "(?i)^[a-f\\d]{24}$",
                        );
                        &PATTERN
                    }),
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(PaywallId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for PaywallId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(PaywallId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(PaywallId);
            /// Information about custom URLs, i.e. where to send the user afterwards.
            ///
            /// Create one with [`CustomUrls::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct CustomUrls {
                reset_password_url: Option<__rt::AbsoluteUrl>,
                return_url: Option<__rt::AbsoluteUrl>,
                problems: __p::Problems,
            }
            impl CustomUrls {
                /// Starts building a value.
                pub fn builder() -> CustomUrlsBuilder<custom_urls_builder_state::Empty> {
                    CustomUrlsBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for CustomUrls {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for CustomUrls {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("reset_password_url", &self.reset_password_url);
                    map.entry("return_url", &self.return_url);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CustomUrls {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CustomUrls",
                        &[
                            ("reset_password_url", &self.reset_password_url),
                            ("return_url", &self.return_url),
                        ],
                    )
                }
            }
            /// Builds a [`CustomUrls`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct CustomUrlsBuilder<S = custom_urls_builder_state::Empty> {
                value: CustomUrls,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`CustomUrlsBuilder`](super::CustomUrlsBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod custom_urls_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {}
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {}
            }
            impl<S: custom_urls_builder_state::State> CustomUrlsBuilder<S> {
                fn into_state<T: custom_urls_builder_state::State>(
                    self,
                ) -> CustomUrlsBuilder<T> {
                    CustomUrlsBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Absolute URI to a page allowing the customer to reset their current password.
                ///
                /// Optional.
                pub fn reset_password_url(
                    self,
                    value: impl __rt::IntoValue<__rt::AbsoluteUrl>,
                ) -> Self {
                    self.maybe_reset_password_url(Some(value))
                }
                /// Like [`Self::reset_password_url`], taking an `Option`: `None` leaves `reset_password_url` unset. The builder's type is the same either way.
                pub fn maybe_reset_password_url(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::AbsoluteUrl>>,
                ) -> Self {
                    self.value.reset_password_url = self
                        .value
                        .problems
                        .check_maybe("reset_password_url", value);
                    self
                }
                /// Absolute URI to a page where the customer should be sent after a successful purchase.
                ///
                /// Optional.
                pub fn return_url(
                    self,
                    value: impl __rt::IntoValue<__rt::AbsoluteUrl>,
                ) -> Self {
                    self.maybe_return_url(Some(value))
                }
                /// Like [`Self::return_url`], taking an `Option`: `None` leaves `return_url` unset. The builder's type is the same either way.
                pub fn maybe_return_url(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::AbsoluteUrl>>,
                ) -> Self {
                    self.value.return_url = self
                        .value
                        .problems
                        .check_maybe("return_url", value);
                    self
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> CustomUrls {
                    self.value
                }
            }
            /// One of `known`, `created`: the values of `account_status`.
            ///
            /// Whether the account was known since before (`known`) or a new account was registered (`created`).
            ///
            /// Values this client does not know yet arrive as `Unknown`.
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum AccountStatus {
                /// `known`
                Known,
                /// `created`
                Created,
                /// A value the spec does not list, kept as sent.
                Unknown(String),
            }
            impl AccountStatus {
                /// The value as sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        AccountStatus::Known => "known",
                        AccountStatus::Created => "created",
                        AccountStatus::Unknown(other) => other,
                    }
                }
            }
            impl ::std::str::FromStr for AccountStatus {
                type Err = ::std::convert::Infallible;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    Ok(
                        match text {
                            "known" => AccountStatus::Known,
                            "created" => AccountStatus::Created,
                            other => AccountStatus::Unknown(other.to_string()),
                        },
                    )
                }
            }
            __p::impl_response_enum!(AccountStatus);
            /// The JSON body of `place_trial_order`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PlaceTrialOrderBody {
                customer_info: Option<CustomerInfo>,
                klarna_authorization_token: Option<String>,
                klarna_payments_session_id: Option<String>,
                browser_ip: Option<::std::net::IpAddr>,
                browser_language: Option<String>,
                browser_user_agent: Option<String>,
                traffic_source: Option<String>,
                merchant_reference: Option<String>,
                paywall_id: Option<PaywallId>,
                custom_urls: Option<CustomUrls>,
                raise_on_ssn_already_taken_error: Option<bool>,
                raise_on_ssn_already_set_error: Option<bool>,
                raise_on_account_update_error: Option<bool>,
                raise_on_delivery_address_error: Option<bool>,
            }
            impl __p::serde::Serialize for PlaceTrialOrderBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("customer_info", &self.customer_info);
                    map.entry(
                        "klarna_authorization_token",
                        &self.klarna_authorization_token,
                    );
                    map.entry(
                        "klarna_payments_session_id",
                        &self.klarna_payments_session_id,
                    );
                    map.entry("browser_ip", &self.browser_ip);
                    map.entry("browser_language", &self.browser_language);
                    map.entry("browser_user_agent", &self.browser_user_agent);
                    map.entry("traffic_source", &self.traffic_source);
                    map.entry("merchant_reference", &self.merchant_reference);
                    map.entry("paywall_id", &self.paywall_id);
                    map.entry("custom_urls", &self.custom_urls);
                    map.entry(
                        "raise_on_ssn_already_taken_error",
                        &self.raise_on_ssn_already_taken_error,
                    );
                    map.entry(
                        "raise_on_ssn_already_set_error",
                        &self.raise_on_ssn_already_set_error,
                    );
                    map.entry(
                        "raise_on_account_update_error",
                        &self.raise_on_account_update_error,
                    );
                    map.entry(
                        "raise_on_delivery_address_error",
                        &self.raise_on_delivery_address_error,
                    );
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PlaceTrialOrderBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceTrialOrderBody",
                        &[
                            ("customer_info", &self.customer_info),
                            (
                                "klarna_authorization_token",
                                &__p::redact(&self.klarna_authorization_token),
                            ),
                            (
                                "klarna_payments_session_id",
                                &self.klarna_payments_session_id,
                            ),
                            ("browser_ip", &__p::redact(&self.browser_ip)),
                            ("browser_language", &self.browser_language),
                            (
                                "browser_user_agent",
                                &__p::redact(&self.browser_user_agent),
                            ),
                            ("traffic_source", &self.traffic_source),
                            ("merchant_reference", &self.merchant_reference),
                            ("paywall_id", &self.paywall_id),
                            ("custom_urls", &self.custom_urls),
                            (
                                "raise_on_ssn_already_taken_error",
                                &self.raise_on_ssn_already_taken_error,
                            ),
                            (
                                "raise_on_ssn_already_set_error",
                                &self.raise_on_ssn_already_set_error,
                            ),
                            (
                                "raise_on_account_update_error",
                                &self.raise_on_account_update_error,
                            ),
                            (
                                "raise_on_delivery_address_error",
                                &self.raise_on_delivery_address_error,
                            ),
                        ],
                    )
                }
            }
            /// The response of `place_trial_order`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PlaceTrialOrderResponse {
                /// URL where you should redirect the customer.
                pub redirect_url: __rt::Url,
                /// The Payway order id.
                pub pw_order_id: String,
                /// The Klarna order id.
                pub klarna_order_id: String,
                /// The account id of the registered customer account.
                pub account_id: String,
                /// Whether the account was known since before (`known`) or a new account was registered (`created`).
                pub account_status: AccountStatus,
            }
            impl PlaceTrialOrderResponse {
                /// A response with the required fields `redirect_url`, `pw_order_id`, `klarna_order_id`, `account_id`, `account_status`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    redirect_url: impl Into<__rt::Url>,
                    pw_order_id: impl Into<String>,
                    klarna_order_id: impl Into<String>,
                    account_id: impl Into<String>,
                    account_status: impl Into<AccountStatus>,
                ) -> Self {
                    PlaceTrialOrderResponse {
                        redirect_url: redirect_url.into(),
                        pw_order_id: pw_order_id.into(),
                        klarna_order_id: klarna_order_id.into(),
                        account_id: account_id.into(),
                        account_status: account_status.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PlaceTrialOrderResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = PlaceTrialOrderResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `PlaceTrialOrderResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<PlaceTrialOrderResponse, M::Error> {
                            let mut v_redirect_url = None;
                            let mut v_pw_order_id = None;
                            let mut v_klarna_order_id = None;
                            let mut v_account_id = None;
                            let mut v_account_status = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "redirect_url" => __p::next(&mut map, &mut v_redirect_url),
                                    "pw_order_id" => __p::next(&mut map, &mut v_pw_order_id),
                                    "klarna_order_id" => {
                                        __p::next(&mut map, &mut v_klarna_order_id)
                                    }
                                    "account_id" => __p::next(&mut map, &mut v_account_id),
                                    "account_status" => {
                                        __p::next(&mut map, &mut v_account_status)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(PlaceTrialOrderResponse {
                                redirect_url: __p::required(
                                    v_redirect_url,
                                    "redirect_url",
                                )?,
                                pw_order_id: __p::required(v_pw_order_id, "pw_order_id")?,
                                klarna_order_id: __p::required(
                                    v_klarna_order_id,
                                    "klarna_order_id",
                                )?,
                                account_id: __p::required(v_account_id, "account_id")?,
                                account_status: __p::required(
                                    v_account_status,
                                    "account_status",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for PlaceTrialOrderResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PlaceTrialOrderResponse",
                        &[
                            ("redirect_url", &self.redirect_url),
                            ("pw_order_id", &self.pw_order_id),
                            ("klarna_order_id", &self.klarna_order_id),
                            ("account_id", &self.account_id),
                            ("account_status", &self.account_status),
                        ],
                    )
                }
            }
            /// The request of `place_trial_order` (v2 of section `klarna_payments`): set its parameters, then `.send().await`. Started by [`super::KlarnaPaymentsV2::place_trial_order`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PlaceTrialOrderRequest<
                'c,
                A,
                S = place_trial_order_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: PlaceTrialOrderBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > PlaceTrialOrderRequest<'c, A, place_trial_order_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    PlaceTrialOrderRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`PlaceTrialOrderRequest`](super::PlaceTrialOrderRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod place_trial_order_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.customer_info(...)` has been called, `Unset` before.
                    type CustomerInfo;
                    /// `Set` once `.klarna_authorization_token(...)` has been called, `Unset` before.
                    type KlarnaAuthorizationToken;
                    /// `Set` once `.klarna_payments_session_id(...)` has been called, `Unset` before.
                    type KlarnaPaymentsSessionId;
                    /// `Set` once `.browser_ip(...)` has been called, `Unset` before.
                    type BrowserIp;
                    /// `Set` once `.browser_language(...)` has been called, `Unset` before.
                    type BrowserLanguage;
                    /// `Set` once `.browser_user_agent(...)` has been called, `Unset` before.
                    type BrowserUserAgent;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type CustomerInfo = __p::Unset;
                    type KlarnaAuthorizationToken = __p::Unset;
                    type KlarnaPaymentsSessionId = __p::Unset;
                    type BrowserIp = __p::Unset;
                    type BrowserLanguage = __p::Unset;
                    type BrowserUserAgent = __p::Unset;
                }
                /// The state `S` with `customer_info` set.
                pub struct SetCustomerInfo<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCustomerInfo<S> {}
                impl<S: State> State for SetCustomerInfo<S> {
                    type CustomerInfo = __p::Set;
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                    type BrowserIp = S::BrowserIp;
                    type BrowserLanguage = S::BrowserLanguage;
                    type BrowserUserAgent = S::BrowserUserAgent;
                }
                /// The state `S` with `klarna_authorization_token` set.
                pub struct SetKlarnaAuthorizationToken<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaAuthorizationToken<S> {}
                impl<S: State> State for SetKlarnaAuthorizationToken<S> {
                    type CustomerInfo = S::CustomerInfo;
                    type KlarnaAuthorizationToken = __p::Set;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                    type BrowserIp = S::BrowserIp;
                    type BrowserLanguage = S::BrowserLanguage;
                    type BrowserUserAgent = S::BrowserUserAgent;
                }
                /// The state `S` with `klarna_payments_session_id` set.
                pub struct SetKlarnaPaymentsSessionId<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetKlarnaPaymentsSessionId<S> {}
                impl<S: State> State for SetKlarnaPaymentsSessionId<S> {
                    type CustomerInfo = S::CustomerInfo;
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = __p::Set;
                    type BrowserIp = S::BrowserIp;
                    type BrowserLanguage = S::BrowserLanguage;
                    type BrowserUserAgent = S::BrowserUserAgent;
                }
                /// The state `S` with `browser_ip` set.
                pub struct SetBrowserIp<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetBrowserIp<S> {}
                impl<S: State> State for SetBrowserIp<S> {
                    type CustomerInfo = S::CustomerInfo;
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                    type BrowserIp = __p::Set;
                    type BrowserLanguage = S::BrowserLanguage;
                    type BrowserUserAgent = S::BrowserUserAgent;
                }
                /// The state `S` with `browser_language` set.
                pub struct SetBrowserLanguage<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetBrowserLanguage<S> {}
                impl<S: State> State for SetBrowserLanguage<S> {
                    type CustomerInfo = S::CustomerInfo;
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                    type BrowserIp = S::BrowserIp;
                    type BrowserLanguage = __p::Set;
                    type BrowserUserAgent = S::BrowserUserAgent;
                }
                /// The state `S` with `browser_user_agent` set.
                pub struct SetBrowserUserAgent<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetBrowserUserAgent<S> {}
                impl<S: State> State for SetBrowserUserAgent<S> {
                    type CustomerInfo = S::CustomerInfo;
                    type KlarnaAuthorizationToken = S::KlarnaAuthorizationToken;
                    type KlarnaPaymentsSessionId = S::KlarnaPaymentsSessionId;
                    type BrowserIp = S::BrowserIp;
                    type BrowserLanguage = S::BrowserLanguage;
                    type BrowserUserAgent = __p::Set;
                }
                /// Implemented once `customer_info` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `customer_info` is not set",
                    label = "call `.customer_info(...)` before `.send()`"
                )]
                pub trait CustomerInfoIsSet {}
                impl CustomerInfoIsSet for __p::Set {}
                /// Implemented once `klarna_authorization_token` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `klarna_authorization_token` is not set",
                    label = "call `.klarna_authorization_token(...)` before `.send()`"
                )]
                pub trait KlarnaAuthorizationTokenIsSet {}
                impl KlarnaAuthorizationTokenIsSet for __p::Set {}
                /// Implemented once `klarna_payments_session_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `klarna_payments_session_id` is not set",
                    label = "call `.klarna_payments_session_id(...)` before `.send()`"
                )]
                pub trait KlarnaPaymentsSessionIdIsSet {}
                impl KlarnaPaymentsSessionIdIsSet for __p::Set {}
                /// Implemented once `browser_ip` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_ip` is not set",
                    label = "call `.browser_ip(...)` before `.send()`"
                )]
                pub trait BrowserIpIsSet {}
                impl BrowserIpIsSet for __p::Set {}
                /// Implemented once `browser_language` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_language` is not set",
                    label = "call `.browser_language(...)` before `.send()`"
                )]
                pub trait BrowserLanguageIsSet {}
                impl BrowserLanguageIsSet for __p::Set {}
                /// Implemented once `browser_user_agent` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_user_agent` is not set",
                    label = "call `.browser_user_agent(...)` before `.send()`"
                )]
                pub trait BrowserUserAgentIsSet {}
                impl BrowserUserAgentIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: place_trial_order_request_state::State,
            > PlaceTrialOrderRequest<'c, A, S> {
                fn into_state<T: place_trial_order_request_state::State>(
                    self,
                ) -> PlaceTrialOrderRequest<'c, A, T> {
                    PlaceTrialOrderRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Information about the customer that should be registered. This information may be overwritten by Klarna.
                ///
                /// **Required.**
                pub fn customer_info(
                    mut self,
                    value: CustomerInfo,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetCustomerInfo<S>,
                > {
                    let value = Some(value);
                    self.body.customer_info = self
                        .problems
                        .nested("customer_info", value);
                    self.into_state()
                }
                /// The authorization token acquired from the Klarna widget.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn klarna_authorization_token(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetKlarnaAuthorizationToken<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_authorization_token = self
                        .problems
                        .check_maybe("klarna_authorization_token", value);
                    self.into_state()
                }
                /// The id of the session that was returned by the `create_session` call.
                ///
                /// **Required.**
                pub fn klarna_payments_session_id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetKlarnaPaymentsSessionId<S>,
                > {
                    let value = Some(value);
                    self.body.klarna_payments_session_id = self
                        .problems
                        .check_maybe("klarna_payments_session_id", value);
                    self.into_state()
                }
                /// The IPv4 or IPv6 address of the browser, e.g. 81.208.13.50 or 2002:51d0:0d32::51d0:0d32.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_ip(
                    mut self,
                    value: impl __rt::IntoValue<::std::net::IpAddr>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetBrowserIp<S>,
                > {
                    let value = Some(value);
                    self.body.browser_ip = self
                        .problems
                        .check_maybe("browser_ip", value);
                    self.into_state()
                }
                /// The browser language, e.g. `sv-SE`.
                ///
                /// **Required.**
                pub fn browser_language(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetBrowserLanguage<S>,
                > {
                    let value = Some(value);
                    self.body.browser_language = self
                        .problems
                        .check_maybe("browser_language", value);
                    self.into_state()
                }
                /// The user agent of the browser.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn browser_user_agent(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    place_trial_order_request_state::SetBrowserUserAgent<S>,
                > {
                    let value = Some(value);
                    self.body.browser_user_agent = self
                        .problems
                        .check_maybe("browser_user_agent", value);
                    self.into_state()
                }
                /// The source of the purchase, e.g. facebook, web. Traffic sources need to be set up in PAP.
                ///
                /// Optional.
                pub fn traffic_source(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_traffic_source(Some(value))
                }
                /// Like [`Self::traffic_source`], taking an `Option`: `None` leaves `traffic_source` unset. The builder's type is the same either way.
                pub fn maybe_traffic_source(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.traffic_source = self
                        .problems
                        .check_maybe("traffic_source", value);
                    self
                }
                /// An optional customer reference; can be a code or a URL.
                ///
                /// Optional.
                pub fn merchant_reference(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_merchant_reference(Some(value))
                }
                /// Like [`Self::merchant_reference`], taking an `Option`: `None` leaves `merchant_reference` unset. The builder's type is the same either way.
                pub fn maybe_merchant_reference(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.body.merchant_reference = self
                        .problems
                        .check_maybe("merchant_reference", value);
                    self
                }
                /// The ID of the paywall.
                ///
                /// Optional.
                pub fn paywall_id(self, value: impl __rt::IntoValue<PaywallId>) -> Self {
                    self.maybe_paywall_id(Some(value))
                }
                /// Like [`Self::paywall_id`], taking an `Option`: `None` leaves `paywall_id` unset. The builder's type is the same either way.
                pub fn maybe_paywall_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<PaywallId>>,
                ) -> Self {
                    self.body.paywall_id = self
                        .problems
                        .check_maybe("paywall_id", value);
                    self
                }
                /// Information about custom URLs, i.e. where to send the user afterwards.
                ///
                /// Optional.
                pub fn custom_urls(self, value: CustomUrls) -> Self {
                    self.maybe_custom_urls(Some(value))
                }
                /// Like [`Self::custom_urls`], taking an `Option`: `None` leaves `custom_urls` unset. The builder's type is the same either way.
                pub fn maybe_custom_urls(mut self, value: Option<CustomUrls>) -> Self {
                    self.body.custom_urls = self.problems.nested("custom_urls", value);
                    self
                }
                /// If true, the request raises an error if the SSN is already taken by another user in Payway.
                ///
                /// Optional. Default: `true` (applied by the server when the parameter is not sent).
                pub fn raise_on_ssn_already_taken_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_taken_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_taken_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_taken_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_taken_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_taken_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_taken_error", value);
                    self
                }
                /// If true, the request raises an error if an SSN update is performed on a user with an SSN.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_ssn_already_set_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_ssn_already_set_error(Some(value))
                }
                /// Like [`Self::raise_on_ssn_already_set_error`], taking an `Option`: `None` leaves `raise_on_ssn_already_set_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_ssn_already_set_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_ssn_already_set_error = self
                        .problems
                        .check_maybe("raise_on_ssn_already_set_error", value);
                    self
                }
                /// If true, the request raises an error if errors are encountered during an account update. An account update consists of "name", "birth date" and "account address" updates.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_account_update_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_account_update_error(Some(value))
                }
                /// Like [`Self::raise_on_account_update_error`], taking an `Option`: `None` leaves `raise_on_account_update_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_account_update_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_account_update_error = self
                        .problems
                        .check_maybe("raise_on_account_update_error", value);
                    self
                }
                /// If true, the request raises an error if errors are encountered during the order delivery address validation.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_delivery_address_error(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_raise_on_delivery_address_error(Some(value))
                }
                /// Like [`Self::raise_on_delivery_address_error`], taking an `Option`: `None` leaves `raise_on_delivery_address_error` unset. The builder's type is the same either way.
                pub fn maybe_raise_on_delivery_address_error(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.body.raise_on_delivery_address_error = self
                        .problems
                        .check_maybe("raise_on_delivery_address_error", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &PlaceTrialOrderBody {
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
                            Output = Result<PlaceTrialOrderResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::CustomerInfo: place_trial_order_request_state::CustomerInfoIsSet,
                    S::KlarnaAuthorizationToken: place_trial_order_request_state::KlarnaAuthorizationTokenIsSet,
                    S::KlarnaPaymentsSessionId: place_trial_order_request_state::KlarnaPaymentsSessionIdIsSet,
                    S::BrowserIp: place_trial_order_request_state::BrowserIpIsSet,
                    S::BrowserLanguage: place_trial_order_request_state::BrowserLanguageIsSet,
                    S::BrowserUserAgent: place_trial_order_request_state::BrowserUserAgentIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        _,
                        __p::Item<PlaceTrialOrderResponse>,
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
            impl<'c, A, S: place_trial_order_request_state::State> ::std::fmt::Debug
            for PlaceTrialOrderRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PlaceTrialOrderRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `me` section of the API.
///
/// The logged-in customer's own data. Every endpoint needs a token bound to the customer (a ticket grant, or a login with OpenID Connect or SSO2).
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod me {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `me` section: pick a version, e.g. `.v1()`.
    pub struct Me<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Me<'c, A> {
        /// Version 1 of the `me` endpoints.
        pub fn v1(&self) -> v1::MeV1<'c, A> {
            v1::MeV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `me` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `me`: each method starts a request.
        pub struct MeV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> MeV1<'c, A> {
            /// Get active products.
            ///
            /// Lists the product codes the customer's account has access to now: purchased, provisioned by a third party or shared with the account, plus external plus-products when those are enabled.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/me/active_products` |
            /// | Scope | `/external/me/w` |
            /// | Identity | **Yes**: the access token must be bound to a customer identity |
            /// | Safe to retry | Yes |
            /// | Since release | 3.9.1 |
            /// | Section, version | `me`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/me_api/v1/active_products>
            pub fn active_products(
                &self,
            ) -> active_products::ActiveProductsRequest<'c, A>
            where
                A: __rt::Auth,
                A::Identity: __rt::HasCustomerIdentity,
            {
                active_products::ActiveProductsRequest::new(self.connection)
            }
        }
        /// Get active products (`GET /external/api/v1/me/active_products`): see [`super::MeV1::active_products`].
        pub mod active_products {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "me.v1.active_products",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/me/active_products",
                scope: "/external/me/w",
                identity: true,
                retry_safe: true,
                sensitive: &[],
                identifying: &[],
            };
            /// The query parameters of `active_products`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ActiveProductsQuery {
                include_articles: Option<bool>,
            }
            impl __p::serde::Serialize for ActiveProductsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("include_articles", &self.include_articles);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ActiveProductsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ActiveProductsQuery",
                        &[("include_articles", &self.include_articles)],
                    )
                }
            }
            /// The response of `active_products`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct ActiveProductsResponse {
                /// The account's id (24 hex characters).
                pub id: String,
                /// The codes of the active products, e.g. `aaa_digital`.
                pub active_products: Vec<String>,
            }
            impl ActiveProductsResponse {
                /// A response with the required fields `id`, `active_products`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    active_products: impl Into<Vec<String>>,
                ) -> Self {
                    ActiveProductsResponse {
                        id: id.into(),
                        active_products: active_products.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for ActiveProductsResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = ActiveProductsResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `ActiveProductsResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<ActiveProductsResponse, M::Error> {
                            let mut v_id = None;
                            let mut v_active_products = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "active_products" => {
                                        __p::next(&mut map, &mut v_active_products)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(ActiveProductsResponse {
                                id: __p::required(v_id, "id")?,
                                active_products: __p::required(
                                    v_active_products,
                                    "active_products",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for ActiveProductsResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ActiveProductsResponse",
                        &[("id", &self.id), ("active_products", &self.active_products)],
                    )
                }
            }
            /// The request of `active_products` (v1 of section `me`): set its parameters, then `.send().await`. Started by [`super::MeV1::active_products`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ActiveProductsRequest<
                'c,
                A,
                S = active_products_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
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
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ActiveProductsRequest`](super::ActiveProductsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod active_products_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {}
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {}
            }
            impl<
                'c,
                A,
                S: active_products_request_state::State,
            > ActiveProductsRequest<'c, A, S> {
                fn into_state<T: active_products_request_state::State>(
                    self,
                ) -> ActiveProductsRequest<'c, A, T> {
                    ActiveProductsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Whether the answer also lists the Payway articles the customer bought.
                ///
                /// Optional.
                pub fn include_articles(
                    self,
                    value: impl __rt::IntoValue<bool>,
                ) -> Self {
                    self.maybe_include_articles(Some(value))
                }
                /// Like [`Self::include_articles`], taking an `Option`: `None` leaves `include_articles` unset. The builder's type is the same either way.
                pub fn maybe_include_articles(
                    mut self,
                    value: Option<impl __rt::IntoValue<bool>>,
                ) -> Self {
                    self.query.include_articles = self
                        .problems
                        .check_maybe("include_articles", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
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
                            Output = Result<ActiveProductsResponse, __rt::Error>,
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
                        __p::Item<ActiveProductsResponse>,
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
            impl<'c, A, S: active_products_request_state::State> ::std::fmt::Debug
            for ActiveProductsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ActiveProductsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
