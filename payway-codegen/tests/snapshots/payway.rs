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
    /// The scope `/external/account_change_log/r`.
    pub const ACCOUNT_CHANGE_LOG_R: &str = "/external/account_change_log/r";
    /// The scope `/external/address/r`.
    pub const ADDRESS_R: &str = "/external/address/r";
    /// The scope `/external/distribution/r`.
    pub const DISTRIBUTION_R: &str = "/external/distribution/r";
    /// The scope `/external/distribution/w`.
    pub const DISTRIBUTION_W: &str = "/external/distribution/w";
    /// The scope `/external/identity_mapping/w`.
    pub const IDENTITY_MAPPING_W: &str = "/external/identity_mapping/w";
    /// The scope `/external/klarna_payments/r`.
    pub const KLARNA_PAYMENTS_R: &str = "/external/klarna_payments/r";
    /// The scope `/external/klarna_payments/w`.
    pub const KLARNA_PAYMENTS_W: &str = "/external/klarna_payments/w";
    /// The scope `/external/marketing_permission/r`.
    pub const MARKETING_PERMISSION_R: &str = "/external/marketing_permission/r";
    /// The scope `/external/marketing_permission/w`.
    pub const MARKETING_PERMISSION_W: &str = "/external/marketing_permission/w";
    /// The scope `/external/me/w`.
    pub const ME_W: &str = "/external/me/w";
    /// The scope `/external/product/r`.
    pub const PRODUCT_R: &str = "/external/product/r";
    /// The scope `/external/useragreement/r`.
    pub const USERAGREEMENT_R: &str = "/external/useragreement/r";
    /// The scope `/external/userproduct/w`.
    pub const USERPRODUCT_W: &str = "/external/userproduct/w";
    /// The scope `/external/voucher/w`.
    pub const VOUCHER_W: &str = "/external/voucher/w";
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
    /// The `marketing_permissions` endpoints.
    pub fn marketing_permissions(
        &self,
    ) -> marketing_permissions::MarketingPermissions<'_, A> {
        marketing_permissions::MarketingPermissions {
            connection: &self.connection,
        }
    }
    /// The `products` endpoints.
    pub fn products(&self) -> products::Products<'_, A> {
        products::Products {
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
    /// The `vouchers` endpoints.
    pub fn vouchers(&self) -> vouchers::Vouchers<'_, A> {
        vouchers::Vouchers {
            connection: &self.connection,
        }
    }
    /// The `account_change_log` endpoints.
    pub fn account_change_log(&self) -> account_change_log::AccountChangeLog<'_, A> {
        account_change_log::AccountChangeLog {
            connection: &self.connection,
        }
    }
    /// The `address` endpoints.
    pub fn address(&self) -> address::Address<'_, A> {
        address::Address {
            connection: &self.connection,
        }
    }
    /// The `identity_mapping` endpoints.
    pub fn identity_mapping(&self) -> identity_mapping::IdentityMapping<'_, A> {
        identity_mapping::IdentityMapping {
            connection: &self.connection,
        }
    }
    /// The `temporary_address` endpoints.
    pub fn temporary_address(&self) -> temporary_address::TemporaryAddress<'_, A> {
        temporary_address::TemporaryAddress {
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
                        __p::Items<PaymentPeriodsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        __p::Item<CreateSessionResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        CreateSessionWithoutAccountResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        PlaceOrderResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        __p::Items<PaymentPeriodsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        CreateSessionResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        PlaceOrderResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        __p::Item<PlaceTrialOrderResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
                        __p::Item<ActiveProductsResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
/// The `marketing_permissions` section of the API.
///
/// The organisation's marketing permissions (consents such as email or SMS) and the ones an account has given.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod marketing_permissions {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `marketing_permissions` section: pick a version, e.g. `.v2()`.
    pub struct MarketingPermissions<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> MarketingPermissions<'c, A> {
        /// Version 1 of the `marketing_permissions` endpoints.
        pub fn v1(&self) -> v1::MarketingPermissionsV1<'c, A> {
            v1::MarketingPermissionsV1 {
                connection: self.connection,
            }
        }
        /// Version 2 of the `marketing_permissions` endpoints.
        pub fn v2(&self) -> v2::MarketingPermissionsV2<'c, A> {
            v2::MarketingPermissionsV2 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `marketing_permissions` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `marketing_permissions`: each method starts a request.
        pub struct MarketingPermissionsV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> MarketingPermissionsV1<'c, A> {
            /// Get marketing permissions.
            ///
            /// Lists the organisation's marketing permissions, leaving out those tied to a product (v2 lists those too).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/marketing_permissions/get_marketing_permissions` |
            /// | Scope | `/external/marketing_permission/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `marketing_permissions`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/marketing_permissions_api/v1/get_marketing_permissions>
            pub fn get_marketing_permissions(
                &self,
            ) -> get_marketing_permissions::GetMarketingPermissionsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get_marketing_permissions::GetMarketingPermissionsRequest::new(
                    self.connection,
                )
            }
            /// Update marketing permissions.
            ///
            /// Sets which marketing permissions an account gives or withdraws.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `PUT /external/api/v1/marketing_permissions/update` |
            /// | Scope | `/external/marketing_permission/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `marketing_permissions`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/marketing_permissions_api/v1/update>
            pub fn update(&self) -> update::UpdateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                update::UpdateRequest::new(self.connection)
            }
        }
        /// Get marketing permissions (`GET /external/api/v1/marketing_permissions/get_marketing_permissions`): see [`super::MarketingPermissionsV1::get_marketing_permissions`].
        pub mod get_marketing_permissions {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "marketing_permissions.v1.get_marketing_permissions",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/marketing_permissions/get_marketing_permissions",
                scope: "/external/marketing_permission/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["filter"],
            };
            /// A checked value of `filter`.
            ///
            /// Filter by name.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Filter(String);
            impl Filter {
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
                    Ok(Filter(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Filter {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Filter)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Filter);
            /// The query parameters of `get_marketing_permissions`.
            #[derive(Clone, Default, PartialEq)]
            pub struct GetMarketingPermissionsQuery {
                active: Option<bool>,
                filter: Option<Filter>,
            }
            impl __p::serde::Serialize for GetMarketingPermissionsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("active", &self.active);
                    map.entry("filter", &self.filter);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for GetMarketingPermissionsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetMarketingPermissionsQuery",
                        &[("active", &self.active), ("filter", &self.filter)],
                    )
                }
            }
            /// One element of the list `get_marketing_permissions` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct GetMarketingPermissionsItem {
                /// The marketing permission's id.
                pub id: String,
                /// Its name, e.g. `Email`.
                pub name: String,
                /// Its type, e.g. `email` or `sms`.
                pub r#type: String,
                /// Whether it is active.
                pub active: bool,
                /// The text shown to the customer.
                pub description: String,
                /// When it was created.
                pub created: __rt::DateTime,
            }
            impl GetMarketingPermissionsItem {
                /// A response with the required fields `id`, `name`, `type`, `active`, `description`, `created`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    name: impl Into<String>,
                    r#type: impl Into<String>,
                    active: impl Into<bool>,
                    description: impl Into<String>,
                    created: impl Into<__rt::DateTime>,
                ) -> Self {
                    GetMarketingPermissionsItem {
                        id: id.into(),
                        name: name.into(),
                        r#type: r#type.into(),
                        active: active.into(),
                        description: description.into(),
                        created: created.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for GetMarketingPermissionsItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = GetMarketingPermissionsItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `GetMarketingPermissionsItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<GetMarketingPermissionsItem, M::Error> {
                            let mut v_id = None;
                            let mut v_name = None;
                            let mut v_type = None;
                            let mut v_active = None;
                            let mut v_description = None;
                            let mut v_created = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "name" => __p::next(&mut map, &mut v_name),
                                    "type" => __p::next(&mut map, &mut v_type),
                                    "active" => __p::next(&mut map, &mut v_active),
                                    "description" => __p::next(&mut map, &mut v_description),
                                    "created" => __p::next(&mut map, &mut v_created),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(GetMarketingPermissionsItem {
                                id: __p::required(v_id, "id")?,
                                name: __p::required(v_name, "name")?,
                                r#type: __p::required(v_type, "type")?,
                                active: __p::required(v_active, "active")?,
                                description: __p::required(v_description, "description")?,
                                created: __p::required(v_created, "created")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for GetMarketingPermissionsItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetMarketingPermissionsItem",
                        &[
                            ("id", &self.id),
                            ("name", &self.name),
                            ("type", &self.r#type),
                            ("active", &self.active),
                            ("description", &self.description),
                            ("created", &self.created),
                        ],
                    )
                }
            }
            /// The request of `get_marketing_permissions` (v1 of section `marketing_permissions`): set its parameters, then `.send().await`. Started by [`super::MarketingPermissionsV1::get_marketing_permissions`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct GetMarketingPermissionsRequest<
                'c,
                A,
                S = get_marketing_permissions_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                query: GetMarketingPermissionsQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > GetMarketingPermissionsRequest<
                'c,
                A,
                get_marketing_permissions_request_state::Empty,
            > {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    GetMarketingPermissionsRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`GetMarketingPermissionsRequest`](super::GetMarketingPermissionsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_marketing_permissions_request_state {
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
                S: get_marketing_permissions_request_state::State,
            > GetMarketingPermissionsRequest<'c, A, S> {
                fn into_state<T: get_marketing_permissions_request_state::State>(
                    self,
                ) -> GetMarketingPermissionsRequest<'c, A, T> {
                    GetMarketingPermissionsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Fetch active or inactive permissions. Leave empty to fetch both.
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
                /// Filter by name.
                ///
                /// Optional.
                pub fn filter(self, value: impl __rt::IntoValue<Filter>) -> Self {
                    self.maybe_filter(Some(value))
                }
                /// Like [`Self::filter`], taking an `Option`: `None` leaves `filter` unset. The builder's type is the same either way.
                pub fn maybe_filter(
                    mut self,
                    value: Option<impl __rt::IntoValue<Filter>>,
                ) -> Self {
                    self.query.filter = self.problems.check_maybe("filter", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &GetMarketingPermissionsQuery {
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
                            Output = Result<
                                Vec<GetMarketingPermissionsItem>,
                                __rt::Error,
                            >,
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
                        __p::Items<GetMarketingPermissionsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<
                'c,
                A,
                S: get_marketing_permissions_request_state::State,
            > ::std::fmt::Debug for GetMarketingPermissionsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetMarketingPermissionsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Update marketing permissions (`PUT /external/api/v1/marketing_permissions/update`): see [`super::MarketingPermissionsV1::update`].
        pub mod update {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "marketing_permissions.v1.update",
                method: __rt::HttpMethod::Put,
                path: "/external/api/v1/marketing_permissions/update",
                scope: "/external/marketing_permission/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["account_id"],
            };
            /// A checked value of `account_id`.
            ///
            /// The account whose permissions are set (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AccountId(String);
            impl AccountId {
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
                    Ok(AccountId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AccountId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AccountId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AccountId);
            /// Create one with [`MarketingPermissionChoice::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct MarketingPermissionChoice {
                id: Option<String>,
                enabled: Option<bool>,
                problems: __p::Problems,
            }
            impl MarketingPermissionChoice {
                /// Starts building a value.
                pub fn builder() -> MarketingPermissionChoiceBuilder<
                    marketing_permission_choice_builder_state::Empty,
                > {
                    MarketingPermissionChoiceBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for MarketingPermissionChoice {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for MarketingPermissionChoice {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("id", &self.id);
                    map.entry("enabled", &self.enabled);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for MarketingPermissionChoice {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "MarketingPermissionChoice",
                        &[("id", &self.id), ("enabled", &self.enabled)],
                    )
                }
            }
            /// Builds a [`MarketingPermissionChoice`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct MarketingPermissionChoiceBuilder<
                S = marketing_permission_choice_builder_state::Empty,
            > {
                value: MarketingPermissionChoice,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`MarketingPermissionChoiceBuilder`](super::MarketingPermissionChoiceBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod marketing_permission_choice_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.id(...)` has been called, `Unset` before.
                    type Id;
                    /// `Set` once `.enabled(...)` has been called, `Unset` before.
                    type Enabled;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Id = __p::Unset;
                    type Enabled = __p::Unset;
                }
                /// The state `S` with `id` set.
                pub struct SetId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetId<S> {}
                impl<S: State> State for SetId<S> {
                    type Id = __p::Set;
                    type Enabled = S::Enabled;
                }
                /// The state `S` with `enabled` set.
                pub struct SetEnabled<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetEnabled<S> {}
                impl<S: State> State for SetEnabled<S> {
                    type Id = S::Id;
                    type Enabled = __p::Set;
                }
                /// Implemented once `id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`MarketingPermissionChoice` cannot be built: the required parameter `id` is not set",
                    label = "call `.id(...)` before `.build()`"
                )]
                pub trait IdIsSet {}
                impl IdIsSet for __p::Set {}
                /// Implemented once `enabled` is set.
                #[diagnostic::on_unimplemented(
                    message = "`MarketingPermissionChoice` cannot be built: the required parameter `enabled` is not set",
                    label = "call `.enabled(...)` before `.build()`"
                )]
                pub trait EnabledIsSet {}
                impl EnabledIsSet for __p::Set {}
            }
            impl<
                S: marketing_permission_choice_builder_state::State,
            > MarketingPermissionChoiceBuilder<S> {
                fn into_state<T: marketing_permission_choice_builder_state::State>(
                    self,
                ) -> MarketingPermissionChoiceBuilder<T> {
                    MarketingPermissionChoiceBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The marketing permission's id.
                ///
                /// **Required.**
                pub fn id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> MarketingPermissionChoiceBuilder<
                    marketing_permission_choice_builder_state::SetId<S>,
                > {
                    let value = Some(value);
                    self.value.id = self.value.problems.check_maybe("id", value);
                    self.into_state()
                }
                /// Whether the account gives (`true`) or withdraws (`false`) it.
                ///
                /// **Required.**
                pub fn enabled(
                    mut self,
                    value: impl __rt::IntoValue<bool>,
                ) -> MarketingPermissionChoiceBuilder<
                    marketing_permission_choice_builder_state::SetEnabled<S>,
                > {
                    let value = Some(value);
                    self.value.enabled = self
                        .value
                        .problems
                        .check_maybe("enabled", value);
                    self.into_state()
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> MarketingPermissionChoice
                where
                    S::Id: marketing_permission_choice_builder_state::IdIsSet,
                    S::Enabled: marketing_permission_choice_builder_state::EnabledIsSet,
                {
                    self.value
                }
            }
            /// The JSON body of `update`.
            #[derive(Clone, Default, PartialEq)]
            pub struct UpdateBody {
                account_id: Option<AccountId>,
                marketing_permissions: Option<Vec<MarketingPermissionChoice>>,
            }
            impl __p::serde::Serialize for UpdateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("marketing_permissions", &self.marketing_permissions);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for UpdateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "UpdateBody",
                        &[
                            ("account_id", &self.account_id),
                            ("marketing_permissions", &self.marketing_permissions),
                        ],
                    )
                }
            }
            /// The response of `update`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct UpdateResponse {
                /// The id of the account that was updated.
                pub id: String,
            }
            impl UpdateResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    UpdateResponse { id: id.into() }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for UpdateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = UpdateResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `UpdateResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<UpdateResponse, M::Error> {
                            let mut v_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(UpdateResponse {
                                id: __p::required(v_id, "id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for UpdateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "UpdateResponse", &[("id", &self.id)])
                }
            }
            /// The request of `update` (v1 of section `marketing_permissions`): set its parameters, then `.send().await`. Started by [`super::MarketingPermissionsV1::update`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct UpdateRequest<'c, A, S = update_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: UpdateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> UpdateRequest<'c, A, update_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    UpdateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`UpdateRequest`](super::UpdateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod update_request_state {
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
                    /// `Set` once `.marketing_permissions(...)` has been called, `Unset` before.
                    type MarketingPermissions;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type AccountId = __p::Unset;
                    type MarketingPermissions = __p::Unset;
                }
                /// The state `S` with `account_id` set.
                pub struct SetAccountId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAccountId<S> {}
                impl<S: State> State for SetAccountId<S> {
                    type AccountId = __p::Set;
                    type MarketingPermissions = S::MarketingPermissions;
                }
                /// The state `S` with `marketing_permissions` set.
                pub struct SetMarketingPermissions<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetMarketingPermissions<S> {}
                impl<S: State> State for SetMarketingPermissions<S> {
                    type AccountId = S::AccountId;
                    type MarketingPermissions = __p::Set;
                }
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `marketing_permissions` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `marketing_permissions` is not set",
                    label = "call `.marketing_permissions(...)` before `.send()`"
                )]
                pub trait MarketingPermissionsIsSet {}
                impl MarketingPermissionsIsSet for __p::Set {}
            }
            impl<'c, A, S: update_request_state::State> UpdateRequest<'c, A, S> {
                fn into_state<T: update_request_state::State>(
                    self,
                ) -> UpdateRequest<'c, A, T> {
                    UpdateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The account whose permissions are set (24 hex characters).
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> UpdateRequest<'c, A, update_request_state::SetAccountId<S>> {
                    let value = Some(value);
                    self.body.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The permissions to set, each with its id and whether it is given.
                ///
                /// **Required.**
                pub fn marketing_permissions(
                    mut self,
                    value: impl IntoIterator<Item = MarketingPermissionChoice>,
                ) -> UpdateRequest<
                    'c,
                    A,
                    update_request_state::SetMarketingPermissions<S>,
                > {
                    let value = Some(value.into_iter().collect());
                    self.body.marketing_permissions = self
                        .problems
                        .nested_list("marketing_permissions", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &UpdateBody {
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
                            Output = Result<UpdateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: update_request_state::AccountIdIsSet,
                    S::MarketingPermissions: update_request_state::MarketingPermissionsIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<UpdateResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: update_request_state::State> ::std::fmt::Debug
            for UpdateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(UpdateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
    /// Version 2 of the `marketing_permissions` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `marketing_permissions`: each method starts a request.
        pub struct MarketingPermissionsV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> MarketingPermissionsV2<'c, A> {
            /// Get marketing permissions.
            ///
            /// Lists every marketing permission of the organisation, those tied to a product included (v1 leaves those out).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v2/marketing_permissions/get_marketing_permissions` |
            /// | Scope | `/external/marketing_permission/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `marketing_permissions`, v2 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/marketing_permissions_api/v2/get_marketing_permissions>
            pub fn get_marketing_permissions(
                &self,
            ) -> get_marketing_permissions::GetMarketingPermissionsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get_marketing_permissions::GetMarketingPermissionsRequest::new(
                    self.connection,
                )
            }
        }
        /// Get marketing permissions (`GET /external/api/v2/marketing_permissions/get_marketing_permissions`): see [`super::MarketingPermissionsV2::get_marketing_permissions`].
        pub mod get_marketing_permissions {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "marketing_permissions.v2.get_marketing_permissions",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v2/marketing_permissions/get_marketing_permissions",
                scope: "/external/marketing_permission/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["filter"],
            };
            /// A checked value of `filter`.
            ///
            /// Filter by name.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Filter(String);
            impl Filter {
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
                    Ok(Filter(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Filter {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Filter)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Filter);
            /// The query parameters of `get_marketing_permissions`.
            #[derive(Clone, Default, PartialEq)]
            pub struct GetMarketingPermissionsQuery {
                active: Option<bool>,
                filter: Option<Filter>,
            }
            impl __p::serde::Serialize for GetMarketingPermissionsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("active", &self.active);
                    map.entry("filter", &self.filter);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for GetMarketingPermissionsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetMarketingPermissionsQuery",
                        &[("active", &self.active), ("filter", &self.filter)],
                    )
                }
            }
            /// The response of `get_marketing_permissions`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct GetMarketingPermissionsResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for GetMarketingPermissionsResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| GetMarketingPermissionsResponse {
                            json,
                        })
                }
            }
            impl __p::Envelope for GetMarketingPermissionsResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for GetMarketingPermissionsResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetMarketingPermissionsResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `get_marketing_permissions` (v2 of section `marketing_permissions`): set its parameters, then `.send().await`. Started by [`super::MarketingPermissionsV2::get_marketing_permissions`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct GetMarketingPermissionsRequest<
                'c,
                A,
                S = get_marketing_permissions_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                query: GetMarketingPermissionsQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > GetMarketingPermissionsRequest<
                'c,
                A,
                get_marketing_permissions_request_state::Empty,
            > {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    GetMarketingPermissionsRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`GetMarketingPermissionsRequest`](super::GetMarketingPermissionsRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_marketing_permissions_request_state {
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
                S: get_marketing_permissions_request_state::State,
            > GetMarketingPermissionsRequest<'c, A, S> {
                fn into_state<T: get_marketing_permissions_request_state::State>(
                    self,
                ) -> GetMarketingPermissionsRequest<'c, A, T> {
                    GetMarketingPermissionsRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Fetch active or inactive permissions. Leave empty to fetch both.
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
                /// Filter by name.
                ///
                /// Optional.
                pub fn filter(self, value: impl __rt::IntoValue<Filter>) -> Self {
                    self.maybe_filter(Some(value))
                }
                /// Like [`Self::filter`], taking an `Option`: `None` leaves `filter` unset. The builder's type is the same either way.
                pub fn maybe_filter(
                    mut self,
                    value: Option<impl __rt::IntoValue<Filter>>,
                ) -> Self {
                    self.query.filter = self.problems.check_maybe("filter", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &GetMarketingPermissionsQuery {
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
                            Output = Result<GetMarketingPermissionsResponse, __rt::Error>,
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
                        GetMarketingPermissionsResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<
                'c,
                A,
                S: get_marketing_permissions_request_state::State,
            > ::std::fmt::Debug for GetMarketingPermissionsRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetMarketingPermissionsRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `products` section of the API.
///
/// Packages, campaigns and products of the organisation, and their payment periods.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod products {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `products` section: pick a version, e.g. `.v2()`.
    pub struct Products<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Products<'c, A> {
        /// Version 1 of the `products` endpoints.
        pub fn v1(&self) -> v1::ProductsV1<'c, A> {
            v1::ProductsV1 {
                connection: self.connection,
            }
        }
        /// Version 2 of the `products` endpoints.
        pub fn v2(&self) -> v2::ProductsV2<'c, A> {
            v2::ProductsV2 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `products` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `products`: each method starts a request.
        pub struct ProductsV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> ProductsV1<'c, A> {
            /// Get payment periods.
            ///
            /// Lists the payment periods of one package or campaign, given by id or by product code.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/products/payment_periods` |
            /// | Scope | `/external/product/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Since release | 4.1.7 |
            /// | Section, version | `products`, v1 |
            ///
            /// At least one of `id` or `product_code` must be set (both may be): `send()` does not compile until one is.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/product_api/payment_periods>
            pub fn payment_periods(
                &self,
            ) -> payment_periods::PaymentPeriodsRequest<'c, A>
            where
                A: __rt::Auth,
            {
                payment_periods::PaymentPeriodsRequest::new(self.connection)
            }
        }
        /// Get payment periods (`GET /external/api/v1/products/payment_periods`): see [`super::ProductsV1::payment_periods`].
        pub mod payment_periods {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "products.v1.payment_periods",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/products/payment_periods",
                scope: "/external/product/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["id", "product_code"],
            };
            /// Details of the payment method.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentMethodDetails {
                /// The method's name, e.g. `Credit Card`.
                pub name: String,
                /// The method's type, e.g. `scheme`.
                pub r#type: String,
            }
            impl PaymentMethodDetails {
                /// A response with the required fields `name`, `type`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
                    PaymentMethodDetails {
                        name: name.into(),
                        r#type: r#type.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for PaymentMethodDetails {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = PaymentMethodDetails;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `PaymentMethodDetails` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<PaymentMethodDetails, M::Error> {
                            let mut v_name = None;
                            let mut v_type = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "name" => __p::next(&mut map, &mut v_name),
                                    "type" => __p::next(&mut map, &mut v_type),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(PaymentMethodDetails {
                                name: __p::required(v_name, "name")?,
                                r#type: __p::required(v_type, "type")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for PaymentMethodDetails {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentMethodDetails",
                        &[("name", &self.name), ("type", &self.r#type)],
                    )
                }
            }
            /// The query parameters of `payment_periods`.
            #[derive(Clone, Default, PartialEq)]
            pub struct PaymentPeriodsQuery {
                id: Option<String>,
                product_code: Option<String>,
            }
            impl __p::serde::Serialize for PaymentPeriodsQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("id", &self.id);
                    map.entry("product_code", &self.product_code);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for PaymentPeriodsQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "PaymentPeriodsQuery",
                        &[("id", &self.id), ("product_code", &self.product_code)],
                    )
                }
            }
            /// One element of the list `payment_periods` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct PaymentPeriodsItem {
                /// The payment period's id.
                pub id: String,
                /// The payment method, e.g. `adyen` or `creditcard`.
                pub payment_method: String,
                /// The period's type, e.g. `recurring`.
                pub r#type: String,
                /// Whether the period is enabled.
                pub enabled: bool,
                /// The unit of one iteration, e.g. `month`.
                pub iteration_type: String,
                /// How many units one iteration lasts.
                pub iteration_length: i64,
                /// The price of the period.
                pub price: f64,
                /// Details of the payment method.
                ///
                /// Not always present.
                pub details: Option<PaymentMethodDetails>,
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
                        details: None,
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
                            let mut v_details = None;
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
                                    "details" => __p::next(&mut map, &mut v_details),
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
                                details: __p::optional(v_details),
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
                            ("details", &self.details),
                        ],
                    )
                }
            }
            /// The request of `payment_periods` (v1 of section `products`): set its parameters, then `.send().await`. Started by [`super::ProductsV1::payment_periods`], which documents the endpoint.
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
                    /// `Set` once `.id(...)` has been called, `Unset` before.
                    type Id;
                    /// `Set` once `.product_code(...)` has been called, `Unset` before.
                    type ProductCode;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Id = __p::Unset;
                    type ProductCode = __p::Unset;
                }
                /// The state `S` with `id` set.
                pub struct SetId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetId<S> {}
                impl<S: State> State for SetId<S> {
                    type Id = __p::Set;
                    type ProductCode = S::ProductCode;
                }
                /// The state `S` with `product_code` set.
                pub struct SetProductCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetProductCode<S> {}
                impl<S: State> State for SetProductCode<S> {
                    type Id = S::Id;
                    type ProductCode = __p::Set;
                }
                /// Implemented once `id` or `product_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PaymentPeriodsRequest` cannot be sent: set `id` or `product_code` (at least one of them is required)",
                    label = "call `.id(...)` or `.product_code(...)` before `.send()`"
                )]
                pub trait IdOrProductCodeIsSet {}
                #[diagnostic::do_not_recommend]
                impl<S1> IdOrProductCodeIsSet for (__p::Set, S1) {}
                #[diagnostic::do_not_recommend]
                impl IdOrProductCodeIsSet for (__p::Unset, __p::Set) {}
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
                /// The id of the package or campaign.
                ///
                /// Optional.
                pub fn id(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PaymentPeriodsRequest<
                    'c,
                    A,
                    payment_periods_request_state::SetId<S>,
                > {
                    let value = Some(value);
                    self.query.id = self.problems.check_maybe("id", value);
                    self.into_state()
                }
                /// Like [`Self::id`], taking an `Option`: `None` leaves `id` unset. The builder's type is the same either way, so this does not count towards the rule that one of its group must be set.
                pub fn maybe_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.query.id = self.problems.check_maybe("id", value);
                    self
                }
                /// The product code of the package or campaign.
                ///
                /// Optional.
                pub fn product_code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> PaymentPeriodsRequest<
                    'c,
                    A,
                    payment_periods_request_state::SetProductCode<S>,
                > {
                    let value = Some(value);
                    self.query.product_code = self
                        .problems
                        .check_maybe("product_code", value);
                    self.into_state()
                }
                /// Like [`Self::product_code`], taking an `Option`: `None` leaves `product_code` unset. The builder's type is the same either way, so this does not count towards the rule that one of its group must be set.
                pub fn maybe_product_code(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.query.product_code = self
                        .problems
                        .check_maybe("product_code", value);
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
                    (
                        S::Id,
                        S::ProductCode,
                    ): payment_periods_request_state::IdOrProductCodeIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Items<PaymentPeriodsItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
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
    }
    /// Version 2 of the `products` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `products`: each method starts a request.
        pub struct ProductsV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> ProductsV2<'c, A> {
            /// Get product.
            ///
            /// Looks up one campaign, package or product of the organisation, by id or by product code (one of them, not both).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v2/products` |
            /// | Scope | `/external/product/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Since release | 4.3.5 |
            /// | Section, version | `products`, v2 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/product_api/v2/product>
            pub fn get(&self) -> get::GetRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get::GetRequest::new(self.connection)
            }
        }
        /// Get product (`GET /external/api/v2/products`): see [`super::ProductsV2::get`].
        pub mod get {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "products.v2.get",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v2/products",
                scope: "/external/product/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &["product_id", "product_code"],
            };
            /// A checked value of `product_id`.
            ///
            /// The product's id (24 hex characters); not together with `product_code`.
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct ProductId(String);
            impl ProductId {
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
                    Ok(ProductId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for ProductId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(ProductId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(ProductId);
            /// A checked value of `product_code`.
            ///
            /// The product code of the product, package or campaign; not together with `product_id`.
            ///
            /// A valid value has at least 1 characters, at most 50 characters, matches `^[a-zA-Z-_0-9]+$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct ProductCode(String);
            impl ProductCode {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: Some(1usize),
                    max_length: Some(50usize),
                    pattern: Some({
                        static PATTERN: __p::Pattern = __p::Pattern::new(
                            "^[a-zA-Z-_0-9]+$",
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
                    Ok(ProductCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for ProductCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(ProductCode)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(ProductCode);
            /// The query parameters of `get`.
            #[derive(Clone, Default, PartialEq)]
            pub struct GetQuery {
                product_id: Option<ProductId>,
                product_code: Option<ProductCode>,
            }
            impl __p::serde::Serialize for GetQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("product_id", &self.product_id);
                    map.entry("product_code", &self.product_code);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for GetQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetQuery",
                        &[
                            ("product_id", &self.product_id),
                            ("product_code", &self.product_code),
                        ],
                    )
                }
            }
            /// The response of `get`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct GetResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for GetResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| GetResponse { json })
                }
            }
            impl __p::Envelope for GetResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for GetResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "GetResponse", &[("json", &__p::Redacted)])
                }
            }
            /// The request of `get` (v2 of section `products`): set its parameters, then `.send().await`. Started by [`super::ProductsV2::get`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct GetRequest<'c, A, S = get_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                query: GetQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> GetRequest<'c, A, get_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    GetRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`GetRequest`](super::GetRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_request_state {
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
            impl<'c, A, S: get_request_state::State> GetRequest<'c, A, S> {
                fn into_state<T: get_request_state::State>(
                    self,
                ) -> GetRequest<'c, A, T> {
                    GetRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The product's id (24 hex characters); not together with `product_code`.
                ///
                /// Optional.
                pub fn product_id(self, value: impl __rt::IntoValue<ProductId>) -> Self {
                    self.maybe_product_id(Some(value))
                }
                /// Like [`Self::product_id`], taking an `Option`: `None` leaves `product_id` unset. The builder's type is the same either way.
                pub fn maybe_product_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<ProductId>>,
                ) -> Self {
                    self.query.product_id = self
                        .problems
                        .check_maybe("product_id", value);
                    self
                }
                /// The product code of the product, package or campaign; not together with `product_id`.
                ///
                /// Optional.
                pub fn product_code(
                    self,
                    value: impl __rt::IntoValue<ProductCode>,
                ) -> Self {
                    self.maybe_product_code(Some(value))
                }
                /// Like [`Self::product_code`], taking an `Option`: `None` leaves `product_code` unset. The builder's type is the same either way.
                pub fn maybe_product_code(
                    mut self,
                    value: Option<impl __rt::IntoValue<ProductCode>>,
                ) -> Self {
                    self.query.product_code = self
                        .problems
                        .check_maybe("product_code", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &GetQuery {
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
                            Output = Result<GetResponse, __rt::Error>,
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
                        GetResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: get_request_state::State> ::std::fmt::Debug
            for GetRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `useragreements` section of the API.
///
/// The user agreements a customer accepts to get an account.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
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
        /// Version 2 of the `useragreements` endpoints.
        pub fn v2(&self) -> v2::UseragreementsV2<'c, A> {
            v2::UseragreementsV2 {
                connection: self.connection,
            }
        }
        /// Version 3 of the `useragreements` endpoints.
        pub fn v3(&self) -> v3::UseragreementsV3<'c, A> {
            v3::UseragreementsV3 {
                connection: self.connection,
            }
        }
    }
    /// Version 2 of the `useragreements` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `useragreements`: each method starts a request.
        pub struct UseragreementsV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> UseragreementsV2<'c, A> {
            /// Get user agreements.
            ///
            /// Lists every user agreement of the organisation, with its text as markup.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v2/useragreements` |
            /// | Scope | `/external/useragreement/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `useragreements`, v2 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/user_agreement/v2/get>
            pub fn get(&self) -> get::GetRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get::GetRequest::new(self.connection)
            }
        }
        /// Get user agreements (`GET /external/api/v2/useragreements`): see [`super::UseragreementsV2::get`].
        pub mod get {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "useragreements.v2.get",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v2/useragreements",
                scope: "/external/useragreement/r",
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
                /// The user agreement's id.
                pub id: String,
                /// Its name.
                pub name: String,
                /// Its text, in Payway's markup.
                pub markup: String,
                /// Whether it is active.
                pub active: bool,
                /// When it was created.
                pub created: __rt::DateTime,
                /// Whether the customer must accept it every time.
                pub must_always_accept: bool,
            }
            impl GetItem {
                /// A response with the required fields `id`, `name`, `markup`, `active`, `created`, `must_always_accept`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    name: impl Into<String>,
                    markup: impl Into<String>,
                    active: impl Into<bool>,
                    created: impl Into<__rt::DateTime>,
                    must_always_accept: impl Into<bool>,
                ) -> Self {
                    GetItem {
                        id: id.into(),
                        name: name.into(),
                        markup: markup.into(),
                        active: active.into(),
                        created: created.into(),
                        must_always_accept: must_always_accept.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for GetItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = GetItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `GetItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<GetItem, M::Error> {
                            let mut v_id = None;
                            let mut v_name = None;
                            let mut v_markup = None;
                            let mut v_active = None;
                            let mut v_created = None;
                            let mut v_must_always_accept = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "name" => __p::next(&mut map, &mut v_name),
                                    "markup" => __p::next(&mut map, &mut v_markup),
                                    "active" => __p::next(&mut map, &mut v_active),
                                    "created" => __p::next(&mut map, &mut v_created),
                                    "must_always_accept" => {
                                        __p::next(&mut map, &mut v_must_always_accept)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(GetItem {
                                id: __p::required(v_id, "id")?,
                                name: __p::required(v_name, "name")?,
                                markup: __p::required(v_markup, "markup")?,
                                active: __p::required(v_active, "active")?,
                                created: __p::required(v_created, "created")?,
                                must_always_accept: __p::required(
                                    v_must_always_accept,
                                    "must_always_accept",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for GetItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetItem",
                        &[
                            ("id", &self.id),
                            ("name", &self.name),
                            ("markup", &self.markup),
                            ("active", &self.active),
                            ("created", &self.created),
                            ("must_always_accept", &self.must_always_accept),
                        ],
                    )
                }
            }
            /// The request of `get` (v2 of section `useragreements`): set its parameters, then `.send().await`. Started by [`super::UseragreementsV2::get`], which documents the endpoint.
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
            /// The typestate of [`GetRequest`](super::GetRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_request_state {
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
            impl<'c, A, S: get_request_state::State> GetRequest<'c, A, S> {
                fn into_state<T: get_request_state::State>(
                    self,
                ) -> GetRequest<'c, A, T> {
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
                        __p::Items<GetItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: get_request_state::State> ::std::fmt::Debug
            for GetRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .finish_non_exhaustive()
                }
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
            /// Lists every user agreement of the organisation, with its text both in Payway's markdown and as HTML.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v3/useragreements` |
            /// | Scope | `/external/useragreement/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `useragreements`, v3 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/user_agreement/v3/get>
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
                scope: "/external/useragreement/r",
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
                /// The user agreement's id.
                pub id: String,
                /// Its name.
                pub name: String,
                /// Its text in Payway's markdown (`*bold*`, `_italic_`).
                pub payway_markdown: String,
                /// Its text as HTML.
                pub html_markup: String,
                /// Whether it is active.
                pub active: bool,
                /// When it was created.
                pub created: __rt::DateTime,
                /// Whether the customer must accept it every time.
                pub must_always_accept: bool,
            }
            impl GetItem {
                /// A response with the required fields `id`, `name`, `payway_markdown`, `html_markup`, `active`, `created`, `must_always_accept`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    name: impl Into<String>,
                    payway_markdown: impl Into<String>,
                    html_markup: impl Into<String>,
                    active: impl Into<bool>,
                    created: impl Into<__rt::DateTime>,
                    must_always_accept: impl Into<bool>,
                ) -> Self {
                    GetItem {
                        id: id.into(),
                        name: name.into(),
                        payway_markdown: payway_markdown.into(),
                        html_markup: html_markup.into(),
                        active: active.into(),
                        created: created.into(),
                        must_always_accept: must_always_accept.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for GetItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = GetItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `GetItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<GetItem, M::Error> {
                            let mut v_id = None;
                            let mut v_name = None;
                            let mut v_payway_markdown = None;
                            let mut v_html_markup = None;
                            let mut v_active = None;
                            let mut v_created = None;
                            let mut v_must_always_accept = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "name" => __p::next(&mut map, &mut v_name),
                                    "payway_markdown" => {
                                        __p::next(&mut map, &mut v_payway_markdown)
                                    }
                                    "html_markup" => __p::next(&mut map, &mut v_html_markup),
                                    "active" => __p::next(&mut map, &mut v_active),
                                    "created" => __p::next(&mut map, &mut v_created),
                                    "must_always_accept" => {
                                        __p::next(&mut map, &mut v_must_always_accept)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(GetItem {
                                id: __p::required(v_id, "id")?,
                                name: __p::required(v_name, "name")?,
                                payway_markdown: __p::required(
                                    v_payway_markdown,
                                    "payway_markdown",
                                )?,
                                html_markup: __p::required(v_html_markup, "html_markup")?,
                                active: __p::required(v_active, "active")?,
                                created: __p::required(v_created, "created")?,
                                must_always_accept: __p::required(
                                    v_must_always_accept,
                                    "must_always_accept",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for GetItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetItem",
                        &[
                            ("id", &self.id),
                            ("name", &self.name),
                            ("payway_markdown", &self.payway_markdown),
                            ("html_markup", &self.html_markup),
                            ("active", &self.active),
                            ("created", &self.created),
                            ("must_always_accept", &self.must_always_accept),
                        ],
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
            /// The typestate of [`GetRequest`](super::GetRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_request_state {
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
            impl<'c, A, S: get_request_state::State> GetRequest<'c, A, S> {
                fn into_state<T: get_request_state::State>(
                    self,
                ) -> GetRequest<'c, A, T> {
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
                        __p::Items<GetItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: get_request_state::State> ::std::fmt::Debug
            for GetRequest<'c, A, S> {
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
/// Subscriptions (user products) that an outside system provisions on an account; the API user needs a provision service defined in PAP.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
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
            /// Provision subscription.
            ///
            /// Gives an account a subscription (user product) to a package or campaign for a period, on behalf of the API user's provision service.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/userproducts` |
            /// | Scope | `/external/userproduct/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `userproducts`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/user_product_api/provision_user_product>
            pub fn provision(&self) -> provision::ProvisionRequest<'c, A>
            where
                A: __rt::Auth,
            {
                provision::ProvisionRequest::new(self.connection)
            }
            /// Update subscription.
            ///
            /// Changes the type, state or period of a provisioned subscription of an account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `PUT /external/api/v1/userproducts` |
            /// | Scope | `/external/userproduct/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `userproducts`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/user_product_api/update_user_product>
            pub fn update(&self) -> update::UpdateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                update::UpdateRequest::new(self.connection)
            }
        }
        /// Provision subscription (`POST /external/api/v1/userproducts`): see [`super::UserproductsV1::provision`].
        pub mod provision {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.provision",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/userproducts",
                scope: "/external/userproduct/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["account_id", "package_code"],
            };
            /// A checked value of `account_id`.
            ///
            /// The account that gets the subscription (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AccountId(String);
            impl AccountId {
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
                    Ok(AccountId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AccountId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AccountId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AccountId);
            /// A checked value of `package_code`.
            ///
            /// The code of the package or campaign to provision.
            ///
            /// A valid value has at most 50 characters, matches `^[a-zA-Z-_0-9]+$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct PackageCode(String);
            impl PackageCode {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: Some({
                        static PATTERN: __p::Pattern = __p::Pattern::new(
                            "^[a-zA-Z-_0-9]+$",
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
                    Ok(PackageCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for PackageCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(PackageCode)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(PackageCode);
            /// One of `recurring`, `limited`: the values of `subscription_type`.
            ///
            /// Whether the subscription renews (`recurring`) or ends (`limited`).
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum SubscriptionType {
                /// `recurring`
                Recurring,
                /// `limited`
                Limited,
            }
            impl SubscriptionType {
                /// Every value, in spec order.
                pub const ALL: &'static [SubscriptionType] = &[
                    SubscriptionType::Recurring,
                    SubscriptionType::Limited,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        SubscriptionType::Recurring => "recurring",
                        SubscriptionType::Limited => "limited",
                    }
                }
            }
            impl ::std::str::FromStr for SubscriptionType {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "recurring" => Ok(SubscriptionType::Recurring),
                        "limited" => Ok(SubscriptionType::Limited),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["recurring", "limited"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(SubscriptionType);
            /// The JSON body of `provision`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ProvisionBody {
                account_id: Option<AccountId>,
                package_code: Option<PackageCode>,
                subscription_type: Option<SubscriptionType>,
                valid_from: Option<__rt::DateTime>,
                valid_to: Option<__rt::DateTime>,
            }
            impl __p::serde::Serialize for ProvisionBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("package_code", &self.package_code);
                    map.entry("subscription_type", &self.subscription_type);
                    map.entry("valid_from", &self.valid_from);
                    map.entry("valid_to", &self.valid_to);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ProvisionBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ProvisionBody",
                        &[
                            ("account_id", &self.account_id),
                            ("package_code", &self.package_code),
                            ("subscription_type", &self.subscription_type),
                            ("valid_from", &self.valid_from),
                            ("valid_to", &self.valid_to),
                        ],
                    )
                }
            }
            /// The response of `provision`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct ProvisionResponse {
                /// The id of the provisioned user product.
                pub id: String,
            }
            impl ProvisionResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    ProvisionResponse { id: id.into() }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for ProvisionResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = ProvisionResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `ProvisionResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<ProvisionResponse, M::Error> {
                            let mut v_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(ProvisionResponse {
                                id: __p::required(v_id, "id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for ProvisionResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "ProvisionResponse", &[("id", &self.id)])
                }
            }
            /// The request of `provision` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::provision`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ProvisionRequest<'c, A, S = provision_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: ProvisionBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> ProvisionRequest<'c, A, provision_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    ProvisionRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ProvisionRequest`](super::ProvisionRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod provision_request_state {
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
                    /// `Set` once `.package_code(...)` has been called, `Unset` before.
                    type PackageCode;
                    /// `Set` once `.subscription_type(...)` has been called, `Unset` before.
                    type SubscriptionType;
                    /// `Set` once `.valid_from(...)` has been called, `Unset` before.
                    type ValidFrom;
                    /// `Set` once `.valid_to(...)` has been called, `Unset` before.
                    type ValidTo;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type AccountId = __p::Unset;
                    type PackageCode = __p::Unset;
                    type SubscriptionType = __p::Unset;
                    type ValidFrom = __p::Unset;
                    type ValidTo = __p::Unset;
                }
                /// The state `S` with `account_id` set.
                pub struct SetAccountId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAccountId<S> {}
                impl<S: State> State for SetAccountId<S> {
                    type AccountId = __p::Set;
                    type PackageCode = S::PackageCode;
                    type SubscriptionType = S::SubscriptionType;
                    type ValidFrom = S::ValidFrom;
                    type ValidTo = S::ValidTo;
                }
                /// The state `S` with `package_code` set.
                pub struct SetPackageCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPackageCode<S> {}
                impl<S: State> State for SetPackageCode<S> {
                    type AccountId = S::AccountId;
                    type PackageCode = __p::Set;
                    type SubscriptionType = S::SubscriptionType;
                    type ValidFrom = S::ValidFrom;
                    type ValidTo = S::ValidTo;
                }
                /// The state `S` with `subscription_type` set.
                pub struct SetSubscriptionType<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetSubscriptionType<S> {}
                impl<S: State> State for SetSubscriptionType<S> {
                    type AccountId = S::AccountId;
                    type PackageCode = S::PackageCode;
                    type SubscriptionType = __p::Set;
                    type ValidFrom = S::ValidFrom;
                    type ValidTo = S::ValidTo;
                }
                /// The state `S` with `valid_from` set.
                pub struct SetValidFrom<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetValidFrom<S> {}
                impl<S: State> State for SetValidFrom<S> {
                    type AccountId = S::AccountId;
                    type PackageCode = S::PackageCode;
                    type SubscriptionType = S::SubscriptionType;
                    type ValidFrom = __p::Set;
                    type ValidTo = S::ValidTo;
                }
                /// The state `S` with `valid_to` set.
                pub struct SetValidTo<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetValidTo<S> {}
                impl<S: State> State for SetValidTo<S> {
                    type AccountId = S::AccountId;
                    type PackageCode = S::PackageCode;
                    type SubscriptionType = S::SubscriptionType;
                    type ValidFrom = S::ValidFrom;
                    type ValidTo = __p::Set;
                }
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ProvisionRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `package_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ProvisionRequest` cannot be sent: the required parameter `package_code` is not set",
                    label = "call `.package_code(...)` before `.send()`"
                )]
                pub trait PackageCodeIsSet {}
                impl PackageCodeIsSet for __p::Set {}
                /// Implemented once `subscription_type` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ProvisionRequest` cannot be sent: the required parameter `subscription_type` is not set",
                    label = "call `.subscription_type(...)` before `.send()`"
                )]
                pub trait SubscriptionTypeIsSet {}
                impl SubscriptionTypeIsSet for __p::Set {}
                /// Implemented once `valid_from` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ProvisionRequest` cannot be sent: the required parameter `valid_from` is not set",
                    label = "call `.valid_from(...)` before `.send()`"
                )]
                pub trait ValidFromIsSet {}
                impl ValidFromIsSet for __p::Set {}
                /// Implemented once `valid_to` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ProvisionRequest` cannot be sent: the required parameter `valid_to` is not set",
                    label = "call `.valid_to(...)` before `.send()`"
                )]
                pub trait ValidToIsSet {}
                impl ValidToIsSet for __p::Set {}
            }
            impl<'c, A, S: provision_request_state::State> ProvisionRequest<'c, A, S> {
                fn into_state<T: provision_request_state::State>(
                    self,
                ) -> ProvisionRequest<'c, A, T> {
                    ProvisionRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The account that gets the subscription (24 hex characters).
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> ProvisionRequest<'c, A, provision_request_state::SetAccountId<S>> {
                    let value = Some(value);
                    self.body.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The code of the package or campaign to provision.
                ///
                /// **Required.**
                pub fn package_code(
                    mut self,
                    value: impl __rt::IntoValue<PackageCode>,
                ) -> ProvisionRequest<
                    'c,
                    A,
                    provision_request_state::SetPackageCode<S>,
                > {
                    let value = Some(value);
                    self.body.package_code = self
                        .problems
                        .check_maybe("package_code", value);
                    self.into_state()
                }
                /// Whether the subscription renews (`recurring`) or ends (`limited`).
                ///
                /// **Required.**
                pub fn subscription_type(
                    mut self,
                    value: impl __rt::IntoValue<SubscriptionType>,
                ) -> ProvisionRequest<
                    'c,
                    A,
                    provision_request_state::SetSubscriptionType<S>,
                > {
                    let value = Some(value);
                    self.body.subscription_type = self
                        .problems
                        .check_maybe("subscription_type", value);
                    self.into_state()
                }
                /// When the subscription starts to give access.
                ///
                /// **Required.**
                pub fn valid_from(
                    mut self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> ProvisionRequest<'c, A, provision_request_state::SetValidFrom<S>> {
                    let value = Some(value);
                    self.body.valid_from = self
                        .problems
                        .check_maybe("valid_from", value);
                    self.into_state()
                }
                /// When it stops giving access.
                ///
                /// **Required.**
                pub fn valid_to(
                    mut self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> ProvisionRequest<'c, A, provision_request_state::SetValidTo<S>> {
                    let value = Some(value);
                    self.body.valid_to = self.problems.check_maybe("valid_to", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &ProvisionBody {
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
                            Output = Result<ProvisionResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: provision_request_state::AccountIdIsSet,
                    S::PackageCode: provision_request_state::PackageCodeIsSet,
                    S::SubscriptionType: provision_request_state::SubscriptionTypeIsSet,
                    S::ValidFrom: provision_request_state::ValidFromIsSet,
                    S::ValidTo: provision_request_state::ValidToIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<ProvisionResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: provision_request_state::State> ::std::fmt::Debug
            for ProvisionRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ProvisionRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Update subscription (`PUT /external/api/v1/userproducts`): see [`super::UserproductsV1::update`].
        pub mod update {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "userproducts.v1.update",
                method: __rt::HttpMethod::Put,
                path: "/external/api/v1/userproducts",
                scope: "/external/userproduct/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["account_id", "product_id"],
            };
            /// A checked value of `account_id`.
            ///
            /// The account the subscription belongs to (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AccountId(String);
            impl AccountId {
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
                    Ok(AccountId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AccountId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AccountId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AccountId);
            /// A checked value of `product_id`.
            ///
            /// The id of the user product to change.
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct ProductId(String);
            impl ProductId {
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
                    Ok(ProductId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for ProductId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(ProductId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(ProductId);
            /// One of `recurring`, `limited`: the values of `subscription_type`.
            ///
            /// Whether the subscription renews (`recurring`) or ends (`limited`).
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum SubscriptionType {
                /// `recurring`
                Recurring,
                /// `limited`
                Limited,
            }
            impl SubscriptionType {
                /// Every value, in spec order.
                pub const ALL: &'static [SubscriptionType] = &[
                    SubscriptionType::Recurring,
                    SubscriptionType::Limited,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        SubscriptionType::Recurring => "recurring",
                        SubscriptionType::Limited => "limited",
                    }
                }
            }
            impl ::std::str::FromStr for SubscriptionType {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "recurring" => Ok(SubscriptionType::Recurring),
                        "limited" => Ok(SubscriptionType::Limited),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(&["recurring", "limited"]),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(SubscriptionType);
            /// One of `activated`, `deactivated`: the values of `state`.
            ///
            /// The user product's state.
            ///
            /// A later release may add values: a `match` needs a `_` arm.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[non_exhaustive]
            pub enum State {
                /// `activated`
                Activated,
                /// `deactivated`
                Deactivated,
            }
            impl State {
                /// Every value, in spec order.
                pub const ALL: &'static [State] = &[
                    State::Activated,
                    State::Deactivated,
                ];
                /// The value as sent on the wire.
                pub const fn as_str(&self) -> &'static str {
                    match self {
                        State::Activated => "activated",
                        State::Deactivated => "deactivated",
                    }
                }
            }
            impl ::std::str::FromStr for State {
                type Err = __rt::InvalidValue;
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match text {
                        "activated" => Ok(State::Activated),
                        "deactivated" => Ok(State::Deactivated),
                        _ => {
                            Err(
                                __rt::InvalidValue::not_one_of(
                                    &["activated", "deactivated"],
                                ),
                            )
                        }
                    }
                }
            }
            __p::impl_request_enum!(State);
            /// The JSON body of `update`.
            #[derive(Clone, Default, PartialEq)]
            pub struct UpdateBody {
                account_id: Option<AccountId>,
                product_id: Option<ProductId>,
                subscription_type: Option<SubscriptionType>,
                state: Option<State>,
                valid_from: Option<__rt::DateTime>,
                valid_to: Option<__rt::DateTime>,
            }
            impl __p::serde::Serialize for UpdateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("product_id", &self.product_id);
                    map.entry("subscription_type", &self.subscription_type);
                    map.entry("state", &self.state);
                    map.entry("valid_from", &self.valid_from);
                    map.entry("valid_to", &self.valid_to);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for UpdateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "UpdateBody",
                        &[
                            ("account_id", &self.account_id),
                            ("product_id", &self.product_id),
                            ("subscription_type", &self.subscription_type),
                            ("state", &self.state),
                            ("valid_from", &self.valid_from),
                            ("valid_to", &self.valid_to),
                        ],
                    )
                }
            }
            /// The response of `update`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct UpdateResponse {
                /// The id of the user product.
                pub id: String,
            }
            impl UpdateResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    UpdateResponse { id: id.into() }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for UpdateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = UpdateResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `UpdateResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<UpdateResponse, M::Error> {
                            let mut v_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(UpdateResponse {
                                id: __p::required(v_id, "id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for UpdateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "UpdateResponse", &[("id", &self.id)])
                }
            }
            /// The request of `update` (v1 of section `userproducts`): set its parameters, then `.send().await`. Started by [`super::UserproductsV1::update`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct UpdateRequest<'c, A, S = update_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: UpdateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> UpdateRequest<'c, A, update_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    UpdateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`UpdateRequest`](super::UpdateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod update_request_state {
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
                    /// `Set` once `.product_id(...)` has been called, `Unset` before.
                    type ProductId;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type AccountId = __p::Unset;
                    type ProductId = __p::Unset;
                }
                /// The state `S` with `account_id` set.
                pub struct SetAccountId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAccountId<S> {}
                impl<S: State> State for SetAccountId<S> {
                    type AccountId = __p::Set;
                    type ProductId = S::ProductId;
                }
                /// The state `S` with `product_id` set.
                pub struct SetProductId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetProductId<S> {}
                impl<S: State> State for SetProductId<S> {
                    type AccountId = S::AccountId;
                    type ProductId = __p::Set;
                }
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `product_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `product_id` is not set",
                    label = "call `.product_id(...)` before `.send()`"
                )]
                pub trait ProductIdIsSet {}
                impl ProductIdIsSet for __p::Set {}
            }
            impl<'c, A, S: update_request_state::State> UpdateRequest<'c, A, S> {
                fn into_state<T: update_request_state::State>(
                    self,
                ) -> UpdateRequest<'c, A, T> {
                    UpdateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The account the subscription belongs to (24 hex characters).
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> UpdateRequest<'c, A, update_request_state::SetAccountId<S>> {
                    let value = Some(value);
                    self.body.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// The id of the user product to change.
                ///
                /// **Required.**
                pub fn product_id(
                    mut self,
                    value: impl __rt::IntoValue<ProductId>,
                ) -> UpdateRequest<'c, A, update_request_state::SetProductId<S>> {
                    let value = Some(value);
                    self.body.product_id = self
                        .problems
                        .check_maybe("product_id", value);
                    self.into_state()
                }
                /// Whether the subscription renews (`recurring`) or ends (`limited`).
                ///
                /// Optional.
                pub fn subscription_type(
                    self,
                    value: impl __rt::IntoValue<SubscriptionType>,
                ) -> Self {
                    self.maybe_subscription_type(Some(value))
                }
                /// Like [`Self::subscription_type`], taking an `Option`: `None` leaves `subscription_type` unset. The builder's type is the same either way.
                pub fn maybe_subscription_type(
                    mut self,
                    value: Option<impl __rt::IntoValue<SubscriptionType>>,
                ) -> Self {
                    self.body.subscription_type = self
                        .problems
                        .check_maybe("subscription_type", value);
                    self
                }
                /// The user product's state.
                ///
                /// Optional.
                pub fn state(self, value: impl __rt::IntoValue<State>) -> Self {
                    self.maybe_state(Some(value))
                }
                /// Like [`Self::state`], taking an `Option`: `None` leaves `state` unset. The builder's type is the same either way.
                pub fn maybe_state(
                    mut self,
                    value: Option<impl __rt::IntoValue<State>>,
                ) -> Self {
                    self.body.state = self.problems.check_maybe("state", value);
                    self
                }
                /// When the subscription starts to give access.
                ///
                /// Optional.
                pub fn valid_from(
                    self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> Self {
                    self.maybe_valid_from(Some(value))
                }
                /// Like [`Self::valid_from`], taking an `Option`: `None` leaves `valid_from` unset. The builder's type is the same either way.
                pub fn maybe_valid_from(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::DateTime>>,
                ) -> Self {
                    self.body.valid_from = self
                        .problems
                        .check_maybe("valid_from", value);
                    self
                }
                /// When it stops giving access.
                ///
                /// Optional.
                pub fn valid_to(
                    self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> Self {
                    self.maybe_valid_to(Some(value))
                }
                /// Like [`Self::valid_to`], taking an `Option`: `None` leaves `valid_to` unset. The builder's type is the same either way.
                pub fn maybe_valid_to(
                    mut self,
                    value: Option<impl __rt::IntoValue<__rt::DateTime>>,
                ) -> Self {
                    self.body.valid_to = self.problems.check_maybe("valid_to", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &UpdateBody {
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
                            Output = Result<UpdateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: update_request_state::AccountIdIsSet,
                    S::ProductId: update_request_state::ProductIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<UpdateResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: update_request_state::State> ::std::fmt::Debug
            for UpdateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(UpdateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `vouchers` section of the API.
///
/// Voucher codes that give an account access to a package for a number of days.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod vouchers {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `vouchers` section: pick a version, e.g. `.v1()`.
    pub struct Vouchers<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Vouchers<'c, A> {
        /// Version 1 of the `vouchers` endpoints.
        pub fn v1(&self) -> v1::VouchersV1<'c, A> {
            v1::VouchersV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `vouchers` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `vouchers`: each method starts a request.
        pub struct VouchersV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> VouchersV1<'c, A> {
            /// Create voucher.
            ///
            /// Creates a voucher code that gives access to one package for a number of days.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/vouchers` |
            /// | Scope | `/external/voucher/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `vouchers`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/voucher_api/v1/create>
            pub fn create(&self) -> create::CreateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                create::CreateRequest::new(self.connection)
            }
            /// Get voucher(s).
            ///
            /// Looks up one voucher (by id or code), or the vouchers of one package.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/vouchers` |
            /// | Scope | `/external/voucher/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `vouchers`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/voucher_api/v1/get/>
            pub fn get(&self) -> get::GetRequest<'c, A>
            where
                A: __rt::Auth,
            {
                get::GetRequest::new(self.connection)
            }
            /// Redeem voucher.
            ///
            /// Redeems a voucher code for an account, which gets the package's access (events `voucher_redeemed` and `voucher_user_product_created`).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/vouchers/redeem` |
            /// | Scope | `/external/voucher/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `vouchers`, v1 |
            ///
            /// The docs page ends before its parameter table does, so the parameters listed here may not be all: set any other by name with `.parameter(name, value)`.
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/voucher_api/v1/redeem>
            pub fn redeem(&self) -> redeem::RedeemRequest<'c, A>
            where
                A: __rt::Auth,
            {
                redeem::RedeemRequest::new(self.connection)
            }
        }
        /// Create voucher (`POST /external/api/v1/vouchers`): see [`super::VouchersV1::create`].
        pub mod create {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "vouchers.v1.create",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/vouchers",
                scope: "/external/voucher/w",
                identity: false,
                retry_safe: false,
                sensitive: &["voucher_code"],
                identifying: &["package_code"],
            };
            /// A checked value of `package_code`.
            ///
            /// The code of the package the voucher opens.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct PackageCode(String);
            impl PackageCode {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(PackageCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for PackageCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(PackageCode)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(PackageCode);
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct CreatedVoucher {
                /// The voucher's id.
                pub id: String,
                /// The organisation it belongs to.
                pub organisation_id: String,
                /// The package it opens.
                pub package_code: String,
                /// How many days of access it gives.
                pub days_of_access: i64,
                /// The code to redeem.
                ///
                /// Personal or secret: never shown in `Debug` output or logs.
                pub voucher_code: String,
                /// When it was created.
                pub created_at: __rt::DateTime,
                /// When it expires.
                pub expires_at: __rt::DateTime,
                /// When it was redeemed.
                ///
                /// Not always present.
                pub redeemed_at: Option<String>,
            }
            impl CreatedVoucher {
                /// A response with the required fields `id`, `organisation_id`, `package_code`, `days_of_access`, `voucher_code`, `created_at`, `expires_at`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    organisation_id: impl Into<String>,
                    package_code: impl Into<String>,
                    days_of_access: impl Into<i64>,
                    voucher_code: impl Into<String>,
                    created_at: impl Into<__rt::DateTime>,
                    expires_at: impl Into<__rt::DateTime>,
                ) -> Self {
                    CreatedVoucher {
                        id: id.into(),
                        organisation_id: organisation_id.into(),
                        package_code: package_code.into(),
                        days_of_access: days_of_access.into(),
                        voucher_code: voucher_code.into(),
                        created_at: created_at.into(),
                        expires_at: expires_at.into(),
                        redeemed_at: None,
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for CreatedVoucher {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = CreatedVoucher;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `CreatedVoucher` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<CreatedVoucher, M::Error> {
                            let mut v_id = None;
                            let mut v_organisation_id = None;
                            let mut v_package_code = None;
                            let mut v_days_of_access = None;
                            let mut v_voucher_code = None;
                            let mut v_created_at = None;
                            let mut v_expires_at = None;
                            let mut v_redeemed_at = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "organisation_id" => {
                                        __p::next(&mut map, &mut v_organisation_id)
                                    }
                                    "package_code" => __p::next(&mut map, &mut v_package_code),
                                    "days_of_access" => {
                                        __p::next(&mut map, &mut v_days_of_access)
                                    }
                                    "voucher_code" => __p::next(&mut map, &mut v_voucher_code),
                                    "created_at" => __p::next(&mut map, &mut v_created_at),
                                    "expires_at" => __p::next(&mut map, &mut v_expires_at),
                                    "redeemed_at" => __p::next(&mut map, &mut v_redeemed_at),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(CreatedVoucher {
                                id: __p::required(v_id, "id")?,
                                organisation_id: __p::required(
                                    v_organisation_id,
                                    "organisation_id",
                                )?,
                                package_code: __p::required(
                                    v_package_code,
                                    "package_code",
                                )?,
                                days_of_access: __p::required(
                                    v_days_of_access,
                                    "days_of_access",
                                )?,
                                voucher_code: __p::required(
                                    v_voucher_code,
                                    "voucher_code",
                                )?,
                                created_at: __p::required(v_created_at, "created_at")?,
                                expires_at: __p::required(v_expires_at, "expires_at")?,
                                redeemed_at: __p::optional(v_redeemed_at),
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for CreatedVoucher {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreatedVoucher",
                        &[
                            ("id", &self.id),
                            ("organisation_id", &self.organisation_id),
                            ("package_code", &self.package_code),
                            ("days_of_access", &self.days_of_access),
                            ("voucher_code", &__p::Redacted),
                            ("created_at", &self.created_at),
                            ("expires_at", &self.expires_at),
                            ("redeemed_at", &self.redeemed_at),
                        ],
                    )
                }
            }
            /// The JSON body of `create`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateBody {
                package_code: Option<PackageCode>,
                expires_at: Option<__rt::DateTime>,
                days_of_access: Option<i64>,
            }
            impl __p::serde::Serialize for CreateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("package_code", &self.package_code);
                    map.entry("expires_at", &self.expires_at);
                    map.entry("days_of_access", &self.days_of_access);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateBody",
                        &[
                            ("package_code", &self.package_code),
                            ("expires_at", &self.expires_at),
                            ("days_of_access", &self.days_of_access),
                        ],
                    )
                }
            }
            /// The response of `create`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct CreateResponse {
                /// The created voucher.
                pub item: Vec<CreatedVoucher>,
            }
            impl CreateResponse {
                /// A response with the required fields `item`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(item: impl Into<Vec<CreatedVoucher>>) -> Self {
                    CreateResponse {
                        item: item.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for CreateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = CreateResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `CreateResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<CreateResponse, M::Error> {
                            let mut v_item = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "item" => __p::next(&mut map, &mut v_item),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(CreateResponse {
                                item: __p::required(v_item, "item")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for CreateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "CreateResponse", &[("item", &self.item)])
                }
            }
            /// The request of `create` (v1 of section `vouchers`): set its parameters, then `.send().await`. Started by [`super::VouchersV1::create`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateRequest<'c, A, S = create_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: CreateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> CreateRequest<'c, A, create_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateRequest`](super::CreateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.package_code(...)` has been called, `Unset` before.
                    type PackageCode;
                    /// `Set` once `.expires_at(...)` has been called, `Unset` before.
                    type ExpiresAt;
                    /// `Set` once `.days_of_access(...)` has been called, `Unset` before.
                    type DaysOfAccess;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type PackageCode = __p::Unset;
                    type ExpiresAt = __p::Unset;
                    type DaysOfAccess = __p::Unset;
                }
                /// The state `S` with `package_code` set.
                pub struct SetPackageCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetPackageCode<S> {}
                impl<S: State> State for SetPackageCode<S> {
                    type PackageCode = __p::Set;
                    type ExpiresAt = S::ExpiresAt;
                    type DaysOfAccess = S::DaysOfAccess;
                }
                /// The state `S` with `expires_at` set.
                pub struct SetExpiresAt<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetExpiresAt<S> {}
                impl<S: State> State for SetExpiresAt<S> {
                    type PackageCode = S::PackageCode;
                    type ExpiresAt = __p::Set;
                    type DaysOfAccess = S::DaysOfAccess;
                }
                /// The state `S` with `days_of_access` set.
                pub struct SetDaysOfAccess<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetDaysOfAccess<S> {}
                impl<S: State> State for SetDaysOfAccess<S> {
                    type PackageCode = S::PackageCode;
                    type ExpiresAt = S::ExpiresAt;
                    type DaysOfAccess = __p::Set;
                }
                /// Implemented once `package_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `package_code` is not set",
                    label = "call `.package_code(...)` before `.send()`"
                )]
                pub trait PackageCodeIsSet {}
                impl PackageCodeIsSet for __p::Set {}
                /// Implemented once `expires_at` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `expires_at` is not set",
                    label = "call `.expires_at(...)` before `.send()`"
                )]
                pub trait ExpiresAtIsSet {}
                impl ExpiresAtIsSet for __p::Set {}
                /// Implemented once `days_of_access` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `days_of_access` is not set",
                    label = "call `.days_of_access(...)` before `.send()`"
                )]
                pub trait DaysOfAccessIsSet {}
                impl DaysOfAccessIsSet for __p::Set {}
            }
            impl<'c, A, S: create_request_state::State> CreateRequest<'c, A, S> {
                fn into_state<T: create_request_state::State>(
                    self,
                ) -> CreateRequest<'c, A, T> {
                    CreateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package the voucher opens.
                ///
                /// **Required.**
                pub fn package_code(
                    mut self,
                    value: impl __rt::IntoValue<PackageCode>,
                ) -> CreateRequest<'c, A, create_request_state::SetPackageCode<S>> {
                    let value = Some(value);
                    self.body.package_code = self
                        .problems
                        .check_maybe("package_code", value);
                    self.into_state()
                }
                /// When the voucher can no longer be redeemed.
                ///
                /// **Required.**
                pub fn expires_at(
                    mut self,
                    value: impl __rt::IntoValue<__rt::DateTime>,
                ) -> CreateRequest<'c, A, create_request_state::SetExpiresAt<S>> {
                    let value = Some(value);
                    self.body.expires_at = self
                        .problems
                        .check_maybe("expires_at", value);
                    self.into_state()
                }
                /// How many days of access redeeming the voucher gives (the docs' size range is 1..9999).
                ///
                /// **Required.**
                pub fn days_of_access(
                    mut self,
                    value: impl __rt::IntoValue<i64>,
                ) -> CreateRequest<'c, A, create_request_state::SetDaysOfAccess<S>> {
                    let value = Some(value);
                    self.body.days_of_access = self
                        .problems
                        .check_maybe("days_of_access", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateBody {
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
                            Output = Result<CreateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::PackageCode: create_request_state::PackageCodeIsSet,
                    S::ExpiresAt: create_request_state::ExpiresAtIsSet,
                    S::DaysOfAccess: create_request_state::DaysOfAccessIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<CreateResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: create_request_state::State> ::std::fmt::Debug
            for CreateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Get voucher(s) (`GET /external/api/v1/vouchers`): see [`super::VouchersV1::get`].
        pub mod get {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "vouchers.v1.get",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/vouchers",
                scope: "/external/voucher/w",
                identity: false,
                retry_safe: true,
                sensitive: &["voucher_code"],
                identifying: &["package_code", "id"],
            };
            /// A checked value of `id`.
            ///
            /// The voucher's id (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Id(String);
            impl Id {
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
                    Ok(Id(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Id {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Id)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Id);
            /// The purchase behind a bought voucher.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct VoucherDetails {
                /// The details' id.
                pub id: String,
                /// The order the voucher was bought in.
                pub order_id: String,
                /// The id of the account that bought it.
                pub purchased_by: String,
                /// The id of the account that redeemed it.
                ///
                /// Not always present.
                pub redeemed_by: Option<String>,
                /// The user product the redemption created.
                ///
                /// Not always present.
                pub user_product_id: Option<String>,
                /// The payment period it was bought with.
                pub period_id: String,
            }
            impl VoucherDetails {
                /// A response with the required fields `id`, `order_id`, `purchased_by`, `period_id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    order_id: impl Into<String>,
                    purchased_by: impl Into<String>,
                    period_id: impl Into<String>,
                ) -> Self {
                    VoucherDetails {
                        id: id.into(),
                        order_id: order_id.into(),
                        purchased_by: purchased_by.into(),
                        redeemed_by: None,
                        user_product_id: None,
                        period_id: period_id.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for VoucherDetails {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = VoucherDetails;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `VoucherDetails` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<VoucherDetails, M::Error> {
                            let mut v_id = None;
                            let mut v_order_id = None;
                            let mut v_purchased_by = None;
                            let mut v_redeemed_by = None;
                            let mut v_user_product_id = None;
                            let mut v_period_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "order_id" => __p::next(&mut map, &mut v_order_id),
                                    "purchased_by" => __p::next(&mut map, &mut v_purchased_by),
                                    "redeemed_by" => __p::next(&mut map, &mut v_redeemed_by),
                                    "user_product_id" => {
                                        __p::next(&mut map, &mut v_user_product_id)
                                    }
                                    "period_id" => __p::next(&mut map, &mut v_period_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(VoucherDetails {
                                id: __p::required(v_id, "id")?,
                                order_id: __p::required(v_order_id, "order_id")?,
                                purchased_by: __p::required(
                                    v_purchased_by,
                                    "purchased_by",
                                )?,
                                redeemed_by: __p::optional(v_redeemed_by),
                                user_product_id: __p::optional(v_user_product_id),
                                period_id: __p::required(v_period_id, "period_id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for VoucherDetails {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "VoucherDetails",
                        &[
                            ("id", &self.id),
                            ("order_id", &self.order_id),
                            ("purchased_by", &self.purchased_by),
                            ("redeemed_by", &self.redeemed_by),
                            ("user_product_id", &self.user_product_id),
                            ("period_id", &self.period_id),
                        ],
                    )
                }
            }
            /// The query parameters of `get`.
            #[derive(Clone, Default, PartialEq)]
            pub struct GetQuery {
                voucher_code: Option<String>,
                package_code: Option<String>,
                id: Option<Id>,
            }
            impl __p::serde::Serialize for GetQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("voucher_code", &self.voucher_code);
                    map.entry("package_code", &self.package_code);
                    map.entry("id", &self.id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for GetQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetQuery",
                        &[
                            ("voucher_code", &__p::redact(&self.voucher_code)),
                            ("package_code", &self.package_code),
                            ("id", &self.id),
                        ],
                    )
                }
            }
            /// The response of `get`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct GetResponse {
                /// The voucher's id.
                pub id: String,
                /// When it was created.
                pub created_at: String,
                /// When it expires.
                pub expires_at: String,
                /// Whether it has been redeemed.
                pub redeemed: bool,
                /// When it was redeemed.
                ///
                /// Not always present.
                pub redeemed_at: Option<String>,
                /// How many days of access it gives.
                pub days_of_access: i64,
                /// The code to redeem.
                ///
                /// Personal or secret: never shown in `Debug` output or logs.
                pub voucher_code: String,
                /// The package it opens.
                pub package_code: String,
                /// Whether it has been deactivated.
                pub deactivated: bool,
                /// The purchase behind a bought voucher.
                pub voucher_details: VoucherDetails,
            }
            impl GetResponse {
                /// A response with the required fields `id`, `created_at`, `expires_at`, `redeemed`, `days_of_access`, `voucher_code`, `package_code`, `deactivated`, `voucher_details`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    created_at: impl Into<String>,
                    expires_at: impl Into<String>,
                    redeemed: impl Into<bool>,
                    days_of_access: impl Into<i64>,
                    voucher_code: impl Into<String>,
                    package_code: impl Into<String>,
                    deactivated: impl Into<bool>,
                    voucher_details: impl Into<VoucherDetails>,
                ) -> Self {
                    GetResponse {
                        id: id.into(),
                        created_at: created_at.into(),
                        expires_at: expires_at.into(),
                        redeemed: redeemed.into(),
                        redeemed_at: None,
                        days_of_access: days_of_access.into(),
                        voucher_code: voucher_code.into(),
                        package_code: package_code.into(),
                        deactivated: deactivated.into(),
                        voucher_details: voucher_details.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for GetResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = GetResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `GetResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<GetResponse, M::Error> {
                            let mut v_id = None;
                            let mut v_created_at = None;
                            let mut v_expires_at = None;
                            let mut v_redeemed = None;
                            let mut v_redeemed_at = None;
                            let mut v_days_of_access = None;
                            let mut v_voucher_code = None;
                            let mut v_package_code = None;
                            let mut v_deactivated = None;
                            let mut v_voucher_details = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "created_at" => __p::next(&mut map, &mut v_created_at),
                                    "expires_at" => __p::next(&mut map, &mut v_expires_at),
                                    "redeemed" => __p::next(&mut map, &mut v_redeemed),
                                    "redeemed_at" => __p::next(&mut map, &mut v_redeemed_at),
                                    "days_of_access" => {
                                        __p::next(&mut map, &mut v_days_of_access)
                                    }
                                    "voucher_code" => __p::next(&mut map, &mut v_voucher_code),
                                    "package_code" => __p::next(&mut map, &mut v_package_code),
                                    "deactivated" => __p::next(&mut map, &mut v_deactivated),
                                    "voucher_details" => {
                                        __p::next(&mut map, &mut v_voucher_details)
                                    }
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(GetResponse {
                                id: __p::required(v_id, "id")?,
                                created_at: __p::required(v_created_at, "created_at")?,
                                expires_at: __p::required(v_expires_at, "expires_at")?,
                                redeemed: __p::required(v_redeemed, "redeemed")?,
                                redeemed_at: __p::optional(v_redeemed_at),
                                days_of_access: __p::required(
                                    v_days_of_access,
                                    "days_of_access",
                                )?,
                                voucher_code: __p::required(
                                    v_voucher_code,
                                    "voucher_code",
                                )?,
                                package_code: __p::required(
                                    v_package_code,
                                    "package_code",
                                )?,
                                deactivated: __p::required(v_deactivated, "deactivated")?,
                                voucher_details: __p::required(
                                    v_voucher_details,
                                    "voucher_details",
                                )?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for GetResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "GetResponse",
                        &[
                            ("id", &self.id),
                            ("created_at", &self.created_at),
                            ("expires_at", &self.expires_at),
                            ("redeemed", &self.redeemed),
                            ("redeemed_at", &self.redeemed_at),
                            ("days_of_access", &self.days_of_access),
                            ("voucher_code", &__p::Redacted),
                            ("package_code", &self.package_code),
                            ("deactivated", &self.deactivated),
                            ("voucher_details", &self.voucher_details),
                        ],
                    )
                }
            }
            /// The request of `get` (v1 of section `vouchers`): set its parameters, then `.send().await`. Started by [`super::VouchersV1::get`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct GetRequest<'c, A, S = get_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                query: GetQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> GetRequest<'c, A, get_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    GetRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`GetRequest`](super::GetRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod get_request_state {
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
            impl<'c, A, S: get_request_state::State> GetRequest<'c, A, S> {
                fn into_state<T: get_request_state::State>(
                    self,
                ) -> GetRequest<'c, A, T> {
                    GetRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the voucher to look up.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn voucher_code(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_voucher_code(Some(value))
                }
                /// Like [`Self::voucher_code`], taking an `Option`: `None` leaves `voucher_code` unset. The builder's type is the same either way.
                pub fn maybe_voucher_code(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.query.voucher_code = self
                        .problems
                        .check_maybe("voucher_code", value);
                    self
                }
                /// The package whose vouchers to look up.
                ///
                /// Optional.
                pub fn package_code(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_package_code(Some(value))
                }
                /// Like [`Self::package_code`], taking an `Option`: `None` leaves `package_code` unset. The builder's type is the same either way.
                pub fn maybe_package_code(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.query.package_code = self
                        .problems
                        .check_maybe("package_code", value);
                    self
                }
                /// The voucher's id (24 hex characters).
                ///
                /// Optional.
                pub fn id(self, value: impl __rt::IntoValue<Id>) -> Self {
                    self.maybe_id(Some(value))
                }
                /// Like [`Self::id`], taking an `Option`: `None` leaves `id` unset. The builder's type is the same either way.
                pub fn maybe_id(
                    mut self,
                    value: Option<impl __rt::IntoValue<Id>>,
                ) -> Self {
                    self.query.id = self.problems.check_maybe("id", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &GetQuery {
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
                            Output = Result<GetResponse, __rt::Error>,
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
                        __p::Item<GetResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: get_request_state::State> ::std::fmt::Debug
            for GetRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(GetRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Redeem voucher (`POST /external/api/v1/vouchers/redeem`): see [`super::VouchersV1::redeem`].
        pub mod redeem {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "vouchers.v1.redeem",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/vouchers/redeem",
                scope: "/external/voucher/w",
                identity: false,
                retry_safe: false,
                sensitive: &[
                    "care_of",
                    "city",
                    "company_name",
                    "company_reference",
                    "delivery_address",
                    "first_name",
                    "last_name",
                    "street",
                    "voucher_code",
                    "zip_code",
                ],
                identifying: &["account_id"],
            };
            /// A checked value of `voucher_code`.
            ///
            /// The voucher code to redeem.
            ///
            /// A valid value has at most 10 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct VoucherCode(String);
            impl VoucherCode {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(10usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(VoucherCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for VoucherCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(VoucherCode), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(VoucherCode);
            /// A checked value of `account_id`.
            ///
            /// The account that gets the access (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AccountId(String);
            impl AccountId {
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
                    Ok(AccountId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AccountId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AccountId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AccountId);
            /// Where a bought voucher's paper product is delivered.
            ///
            /// Create one with [`VoucherDeliveryAddress::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct VoucherDeliveryAddress {
                first_name: Option<String>,
                last_name: Option<String>,
                care_of: Option<String>,
                street: Option<String>,
                zip_code: Option<String>,
                city: Option<String>,
                country_code: Option<String>,
                company_name: Option<String>,
                company_reference: Option<String>,
                company_department: Option<String>,
                problems: __p::Problems,
            }
            impl VoucherDeliveryAddress {
                /// Starts building a value.
                pub fn builder() -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::Empty,
                > {
                    VoucherDeliveryAddressBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for VoucherDeliveryAddress {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for VoucherDeliveryAddress {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("first_name", &self.first_name);
                    map.entry("last_name", &self.last_name);
                    map.entry("care_of", &self.care_of);
                    map.entry("street", &self.street);
                    map.entry("zip_code", &self.zip_code);
                    map.entry("city", &self.city);
                    map.entry("country_code", &self.country_code);
                    map.entry("company_name", &self.company_name);
                    map.entry("company_reference", &self.company_reference);
                    map.entry("company_department", &self.company_department);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for VoucherDeliveryAddress {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "VoucherDeliveryAddress",
                        &[
                            ("first_name", &__p::redact(&self.first_name)),
                            ("last_name", &__p::redact(&self.last_name)),
                            ("care_of", &__p::redact(&self.care_of)),
                            ("street", &__p::redact(&self.street)),
                            ("zip_code", &__p::redact(&self.zip_code)),
                            ("city", &__p::redact(&self.city)),
                            ("country_code", &self.country_code),
                            ("company_name", &__p::redact(&self.company_name)),
                            ("company_reference", &__p::redact(&self.company_reference)),
                            ("company_department", &self.company_department),
                        ],
                    )
                }
            }
            /// Builds a [`VoucherDeliveryAddress`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct VoucherDeliveryAddressBuilder<
                S = voucher_delivery_address_builder_state::Empty,
            > {
                value: VoucherDeliveryAddress,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`VoucherDeliveryAddressBuilder`](super::VoucherDeliveryAddressBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod voucher_delivery_address_builder_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.first_name(...)` has been called, `Unset` before.
                    type FirstName;
                    /// `Set` once `.last_name(...)` has been called, `Unset` before.
                    type LastName;
                    /// `Set` once `.street(...)` has been called, `Unset` before.
                    type Street;
                    /// `Set` once `.zip_code(...)` has been called, `Unset` before.
                    type ZipCode;
                    /// `Set` once `.city(...)` has been called, `Unset` before.
                    type City;
                    /// `Set` once `.country_code(...)` has been called, `Unset` before.
                    type CountryCode;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type FirstName = __p::Unset;
                    type LastName = __p::Unset;
                    type Street = __p::Unset;
                    type ZipCode = __p::Unset;
                    type City = __p::Unset;
                    type CountryCode = __p::Unset;
                }
                /// The state `S` with `first_name` set.
                pub struct SetFirstName<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetFirstName<S> {}
                impl<S: State> State for SetFirstName<S> {
                    type FirstName = __p::Set;
                    type LastName = S::LastName;
                    type Street = S::Street;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                }
                /// The state `S` with `last_name` set.
                pub struct SetLastName<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetLastName<S> {}
                impl<S: State> State for SetLastName<S> {
                    type FirstName = S::FirstName;
                    type LastName = __p::Set;
                    type Street = S::Street;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                }
                /// The state `S` with `street` set.
                pub struct SetStreet<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetStreet<S> {}
                impl<S: State> State for SetStreet<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type Street = __p::Set;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                }
                /// The state `S` with `zip_code` set.
                pub struct SetZipCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetZipCode<S> {}
                impl<S: State> State for SetZipCode<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type Street = S::Street;
                    type ZipCode = __p::Set;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                }
                /// The state `S` with `city` set.
                pub struct SetCity<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCity<S> {}
                impl<S: State> State for SetCity<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type Street = S::Street;
                    type ZipCode = S::ZipCode;
                    type City = __p::Set;
                    type CountryCode = S::CountryCode;
                }
                /// The state `S` with `country_code` set.
                pub struct SetCountryCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCountryCode<S> {}
                impl<S: State> State for SetCountryCode<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type Street = S::Street;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = __p::Set;
                }
                /// Implemented once `first_name` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `first_name` is not set",
                    label = "call `.first_name(...)` before `.build()`"
                )]
                pub trait FirstNameIsSet {}
                impl FirstNameIsSet for __p::Set {}
                /// Implemented once `last_name` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `last_name` is not set",
                    label = "call `.last_name(...)` before `.build()`"
                )]
                pub trait LastNameIsSet {}
                impl LastNameIsSet for __p::Set {}
                /// Implemented once `street` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `street` is not set",
                    label = "call `.street(...)` before `.build()`"
                )]
                pub trait StreetIsSet {}
                impl StreetIsSet for __p::Set {}
                /// Implemented once `zip_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `zip_code` is not set",
                    label = "call `.zip_code(...)` before `.build()`"
                )]
                pub trait ZipCodeIsSet {}
                impl ZipCodeIsSet for __p::Set {}
                /// Implemented once `city` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `city` is not set",
                    label = "call `.city(...)` before `.build()`"
                )]
                pub trait CityIsSet {}
                impl CityIsSet for __p::Set {}
                /// Implemented once `country_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`VoucherDeliveryAddress` cannot be built: the required parameter `country_code` is not set",
                    label = "call `.country_code(...)` before `.build()`"
                )]
                pub trait CountryCodeIsSet {}
                impl CountryCodeIsSet for __p::Set {}
            }
            impl<
                S: voucher_delivery_address_builder_state::State,
            > VoucherDeliveryAddressBuilder<S> {
                fn into_state<T: voucher_delivery_address_builder_state::State>(
                    self,
                ) -> VoucherDeliveryAddressBuilder<T> {
                    VoucherDeliveryAddressBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The recipient's first name.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn first_name(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetFirstName<S>,
                > {
                    let value = Some(value);
                    self.value.first_name = self
                        .value
                        .problems
                        .check_maybe("first_name", value);
                    self.into_state()
                }
                /// The recipient's last name.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn last_name(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetLastName<S>,
                > {
                    let value = Some(value);
                    self.value.last_name = self
                        .value
                        .problems
                        .check_maybe("last_name", value);
                    self.into_state()
                }
                /// Care of (c/o).
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn care_of(self, value: impl __rt::IntoValue<String>) -> Self {
                    self.maybe_care_of(Some(value))
                }
                /// Like [`Self::care_of`], taking an `Option`: `None` leaves `care_of` unset. The builder's type is the same either way.
                pub fn maybe_care_of(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.care_of = self
                        .value
                        .problems
                        .check_maybe("care_of", value);
                    self
                }
                /// The street.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn street(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetStreet<S>,
                > {
                    let value = Some(value);
                    self.value.street = self.value.problems.check_maybe("street", value);
                    self.into_state()
                }
                /// The postal code.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn zip_code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetZipCode<S>,
                > {
                    let value = Some(value);
                    self.value.zip_code = self
                        .value
                        .problems
                        .check_maybe("zip_code", value);
                    self.into_state()
                }
                /// The city.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn city(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetCity<S>,
                > {
                    let value = Some(value);
                    self.value.city = self.value.problems.check_maybe("city", value);
                    self.into_state()
                }
                /// The country code, e.g. `SE`.
                ///
                /// **Required.**
                pub fn country_code(
                    mut self,
                    value: impl __rt::IntoValue<String>,
                ) -> VoucherDeliveryAddressBuilder<
                    voucher_delivery_address_builder_state::SetCountryCode<S>,
                > {
                    let value = Some(value);
                    self.value.country_code = self
                        .value
                        .problems
                        .check_maybe("country_code", value);
                    self.into_state()
                }
                /// The company's name, if any.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
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
                /// The company's reference, if any.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn company_reference(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_company_reference(Some(value))
                }
                /// Like [`Self::company_reference`], taking an `Option`: `None` leaves `company_reference` unset. The builder's type is the same either way.
                pub fn maybe_company_reference(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.company_reference = self
                        .value
                        .problems
                        .check_maybe("company_reference", value);
                    self
                }
                /// The company's department, if any.
                ///
                /// Optional.
                pub fn company_department(
                    self,
                    value: impl __rt::IntoValue<String>,
                ) -> Self {
                    self.maybe_company_department(Some(value))
                }
                /// Like [`Self::company_department`], taking an `Option`: `None` leaves `company_department` unset. The builder's type is the same either way.
                pub fn maybe_company_department(
                    mut self,
                    value: Option<impl __rt::IntoValue<String>>,
                ) -> Self {
                    self.value.company_department = self
                        .value
                        .problems
                        .check_maybe("company_department", value);
                    self
                }
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> VoucherDeliveryAddress
                where
                    S::FirstName: voucher_delivery_address_builder_state::FirstNameIsSet,
                    S::LastName: voucher_delivery_address_builder_state::LastNameIsSet,
                    S::Street: voucher_delivery_address_builder_state::StreetIsSet,
                    S::ZipCode: voucher_delivery_address_builder_state::ZipCodeIsSet,
                    S::City: voucher_delivery_address_builder_state::CityIsSet,
                    S::CountryCode: voucher_delivery_address_builder_state::CountryCodeIsSet,
                {
                    self.value
                }
            }
            /// The JSON body of `redeem`.
            #[derive(Clone, Default, PartialEq)]
            pub struct RedeemBody {
                voucher_code: Option<VoucherCode>,
                account_id: Option<AccountId>,
                delivery_address: Option<VoucherDeliveryAddress>,
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl __p::serde::Serialize for RedeemBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("voucher_code", &self.voucher_code);
                    map.entry("account_id", &self.account_id);
                    map.entry("delivery_address", &self.delivery_address);
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for RedeemBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "RedeemBody",
                        &[
                            ("voucher_code", &__p::redact(&self.voucher_code)),
                            ("account_id", &self.account_id),
                            ("delivery_address", &__p::redact(&self.delivery_address)),
                        ],
                    )
                }
            }
            /// The response of `redeem`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct RedeemResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for RedeemResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| RedeemResponse { json })
                }
            }
            impl __p::Envelope for RedeemResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for RedeemResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "RedeemResponse", &[("json", &__p::Redacted)])
                }
            }
            /// The request of `redeem` (v1 of section `vouchers`): set its parameters, then `.send().await`. Started by [`super::VouchersV1::redeem`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct RedeemRequest<'c, A, S = redeem_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: RedeemBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> RedeemRequest<'c, A, redeem_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    RedeemRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`RedeemRequest`](super::RedeemRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod redeem_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.voucher_code(...)` has been called, `Unset` before.
                    type VoucherCode;
                    /// `Set` once `.account_id(...)` has been called, `Unset` before.
                    type AccountId;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type VoucherCode = __p::Unset;
                    type AccountId = __p::Unset;
                }
                /// The state `S` with `voucher_code` set.
                pub struct SetVoucherCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetVoucherCode<S> {}
                impl<S: State> State for SetVoucherCode<S> {
                    type VoucherCode = __p::Set;
                    type AccountId = S::AccountId;
                }
                /// The state `S` with `account_id` set.
                pub struct SetAccountId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAccountId<S> {}
                impl<S: State> State for SetAccountId<S> {
                    type VoucherCode = S::VoucherCode;
                    type AccountId = __p::Set;
                }
                /// Implemented once `voucher_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RedeemRequest` cannot be sent: the required parameter `voucher_code` is not set",
                    label = "call `.voucher_code(...)` before `.send()`"
                )]
                pub trait VoucherCodeIsSet {}
                impl VoucherCodeIsSet for __p::Set {}
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RedeemRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
            }
            impl<'c, A, S: redeem_request_state::State> RedeemRequest<'c, A, S> {
                fn into_state<T: redeem_request_state::State>(
                    self,
                ) -> RedeemRequest<'c, A, T> {
                    RedeemRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The voucher code to redeem.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn voucher_code(
                    mut self,
                    value: impl __rt::IntoValue<VoucherCode>,
                ) -> RedeemRequest<'c, A, redeem_request_state::SetVoucherCode<S>> {
                    let value = Some(value);
                    self.body.voucher_code = self
                        .problems
                        .check_maybe("voucher_code", value);
                    self.into_state()
                }
                /// The account that gets the access (24 hex characters).
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> RedeemRequest<'c, A, redeem_request_state::SetAccountId<S>> {
                    let value = Some(value);
                    self.body.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// Where a bought voucher's paper product is delivered.
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn delivery_address(self, value: VoucherDeliveryAddress) -> Self {
                    self.maybe_delivery_address(Some(value))
                }
                /// Like [`Self::delivery_address`], taking an `Option`: `None` leaves `delivery_address` unset. The builder's type is the same either way.
                pub fn maybe_delivery_address(
                    mut self,
                    value: Option<VoucherDeliveryAddress>,
                ) -> Self {
                    self.body.delivery_address = self
                        .problems
                        .nested("delivery_address", value);
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
                    if ["voucher_code", "account_id", "delivery_address"]
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
                pub fn body(&self) -> &RedeemBody {
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
                            Output = Result<RedeemResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::VoucherCode: redeem_request_state::VoucherCodeIsSet,
                    S::AccountId: redeem_request_state::AccountIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        RedeemResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: redeem_request_state::State> ::std::fmt::Debug
            for RedeemRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(RedeemRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `account_change_log` section of the API.
///
/// The account change log (timeline) of accounts, and its categories.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod account_change_log {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `account_change_log` section: pick a version, e.g. `.v1()`.
    pub struct AccountChangeLog<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> AccountChangeLog<'c, A> {
        /// Version 1 of the `account_change_log` endpoints.
        pub fn v1(&self) -> v1::AccountChangeLogV1<'c, A> {
            v1::AccountChangeLogV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `account_change_log` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `account_change_log`: each method starts a request.
        pub struct AccountChangeLogV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> AccountChangeLogV1<'c, A> {
            /// Get available logging categories.
            ///
            /// Lists the categories a change log entry can have (system, comment, subscription, ...), for use with log to accounts.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/account_change_log/available_categories` |
            /// | Scope | `/external/account_change_log/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Since release | 4.4.0 |
            /// | Section, version | `account_change_log`, v1 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/account_change_log_api/available_categories>
            pub fn available_categories(
                &self,
            ) -> available_categories::AvailableCategoriesRequest<'c, A>
            where
                A: __rt::Auth,
            {
                available_categories::AvailableCategoriesRequest::new(self.connection)
            }
        }
        /// Get available logging categories (`GET /external/api/v1/account_change_log/available_categories`): see [`super::AccountChangeLogV1::available_categories`].
        pub mod available_categories {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "account_change_log.v1.available_categories",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/account_change_log/available_categories",
                scope: "/external/account_change_log/r",
                identity: false,
                retry_safe: true,
                sensitive: &[],
                identifying: &[],
            };
            /// The response of `available_categories`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct AvailableCategoriesResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for AvailableCategoriesResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| AvailableCategoriesResponse {
                            json,
                        })
                }
            }
            impl __p::Envelope for AvailableCategoriesResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for AvailableCategoriesResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "AvailableCategoriesResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `available_categories` (v1 of section `account_change_log`): set its parameters, then `.send().await`. Started by [`super::AccountChangeLogV1::available_categories`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct AvailableCategoriesRequest<
                'c,
                A,
                S = available_categories_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > AvailableCategoriesRequest<
                'c,
                A,
                available_categories_request_state::Empty,
            > {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    AvailableCategoriesRequest {
                        connection,
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`AvailableCategoriesRequest`](super::AvailableCategoriesRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod available_categories_request_state {
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
                S: available_categories_request_state::State,
            > AvailableCategoriesRequest<'c, A, S> {
                fn into_state<T: available_categories_request_state::State>(
                    self,
                ) -> AvailableCategoriesRequest<'c, A, T> {
                    AvailableCategoriesRequest {
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
                            Output = Result<AvailableCategoriesResponse, __rt::Error>,
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
                        AvailableCategoriesResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: available_categories_request_state::State> ::std::fmt::Debug
            for AvailableCategoriesRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(AvailableCategoriesRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `address` section of the API.
///
/// Reading a written address into the parts Payway stores.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod address {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `address` section: pick a version, e.g. `.v2()`.
    pub struct Address<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> Address<'c, A> {
        /// Version 2 of the `address` endpoints.
        pub fn v2(&self) -> v2::AddressV2<'c, A> {
            v2::AddressV2 {
                connection: self.connection,
            }
        }
    }
    /// Version 2 of the `address` section.
    pub mod v2 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v2 endpoints of `address`: each method starts a request.
        pub struct AddressV2<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> AddressV2<'c, A> {
            /// Parse address.
            ///
            /// Reads an address (names, street address as one text, zip code, city, country) into the parts Payway stores. The page says the GET form (v1) will soon be deprecated.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/address` |
            /// | Scope | `/external/address/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Since release | 4.7.5 |
            /// | Section, version | `address`, v2 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/address_api/v2/parse_address>
            pub fn parse(&self) -> parse::ParseRequest<'c, A>
            where
                A: __rt::Auth,
            {
                parse::ParseRequest::new(self.connection)
            }
        }
        /// Parse address (`POST /external/api/v2/address`): see [`super::AddressV2::parse`].
        pub mod parse {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "address.v2.parse",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v2/address",
                scope: "/external/address/r",
                identity: false,
                retry_safe: false,
                sensitive: &[
                    "city",
                    "first_name",
                    "last_name",
                    "street_address",
                    "zip_code",
                ],
                identifying: &["country_code"],
            };
            /// A checked value of `first_name`.
            ///
            /// The first name.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct FirstName(String);
            impl FirstName {
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
                    Ok(FirstName(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for FirstName {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(FirstName), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(FirstName);
            /// A checked value of `last_name`.
            ///
            /// The last name.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct LastName(String);
            impl LastName {
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
                    Ok(LastName(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for LastName {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(LastName), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(LastName);
            /// A checked value of `zip_code`.
            ///
            /// The zip code.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct ZipCode(String);
            impl ZipCode {
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
                    Ok(ZipCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for ZipCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(ZipCode), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(ZipCode);
            /// A checked value of `city`.
            ///
            /// The city.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct City(String);
            impl City {
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
                    Ok(City(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for City {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(City), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(City);
            /// A checked value of `country_code`.
            ///
            /// The country code, e.g. `FI`.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct CountryCode(String);
            impl CountryCode {
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
                    Ok(CountryCode(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for CountryCode {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(CountryCode)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(CountryCode);
            /// A checked value of `street_address`.
            ///
            /// The street and number as one text, e.g. `Fakeaddress 123`.
            ///
            /// A valid value has at most 1024 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct StreetAddress(String);
            impl StreetAddress {
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
                    Ok(StreetAddress(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for StreetAddress {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!(stringify!(StreetAddress), "(<redacted>)"))
                }
            }
            __p::impl_checked_text!(StreetAddress);
            /// The JSON body of `parse`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ParseBody {
                first_name: Option<FirstName>,
                last_name: Option<LastName>,
                zip_code: Option<ZipCode>,
                city: Option<City>,
                country_code: Option<CountryCode>,
                street_address: Option<StreetAddress>,
            }
            impl __p::serde::Serialize for ParseBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("first_name", &self.first_name);
                    map.entry("last_name", &self.last_name);
                    map.entry("zip_code", &self.zip_code);
                    map.entry("city", &self.city);
                    map.entry("country_code", &self.country_code);
                    map.entry("street_address", &self.street_address);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ParseBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ParseBody",
                        &[
                            ("first_name", &__p::redact(&self.first_name)),
                            ("last_name", &__p::redact(&self.last_name)),
                            ("zip_code", &__p::redact(&self.zip_code)),
                            ("city", &__p::redact(&self.city)),
                            ("country_code", &self.country_code),
                            ("street_address", &__p::redact(&self.street_address)),
                        ],
                    )
                }
            }
            /// The response of `parse`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct ParseResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for ParseResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| ParseResponse { json })
                }
            }
            impl __p::Envelope for ParseResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for ParseResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "ParseResponse", &[("json", &__p::Redacted)])
                }
            }
            /// The request of `parse` (v2 of section `address`): set its parameters, then `.send().await`. Started by [`super::AddressV2::parse`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ParseRequest<'c, A, S = parse_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: ParseBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> ParseRequest<'c, A, parse_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    ParseRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ParseRequest`](super::ParseRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod parse_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.first_name(...)` has been called, `Unset` before.
                    type FirstName;
                    /// `Set` once `.last_name(...)` has been called, `Unset` before.
                    type LastName;
                    /// `Set` once `.zip_code(...)` has been called, `Unset` before.
                    type ZipCode;
                    /// `Set` once `.city(...)` has been called, `Unset` before.
                    type City;
                    /// `Set` once `.country_code(...)` has been called, `Unset` before.
                    type CountryCode;
                    /// `Set` once `.street_address(...)` has been called, `Unset` before.
                    type StreetAddress;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type FirstName = __p::Unset;
                    type LastName = __p::Unset;
                    type ZipCode = __p::Unset;
                    type City = __p::Unset;
                    type CountryCode = __p::Unset;
                    type StreetAddress = __p::Unset;
                }
                /// The state `S` with `first_name` set.
                pub struct SetFirstName<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetFirstName<S> {}
                impl<S: State> State for SetFirstName<S> {
                    type FirstName = __p::Set;
                    type LastName = S::LastName;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                    type StreetAddress = S::StreetAddress;
                }
                /// The state `S` with `last_name` set.
                pub struct SetLastName<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetLastName<S> {}
                impl<S: State> State for SetLastName<S> {
                    type FirstName = S::FirstName;
                    type LastName = __p::Set;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                    type StreetAddress = S::StreetAddress;
                }
                /// The state `S` with `zip_code` set.
                pub struct SetZipCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetZipCode<S> {}
                impl<S: State> State for SetZipCode<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type ZipCode = __p::Set;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                    type StreetAddress = S::StreetAddress;
                }
                /// The state `S` with `city` set.
                pub struct SetCity<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCity<S> {}
                impl<S: State> State for SetCity<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type ZipCode = S::ZipCode;
                    type City = __p::Set;
                    type CountryCode = S::CountryCode;
                    type StreetAddress = S::StreetAddress;
                }
                /// The state `S` with `country_code` set.
                pub struct SetCountryCode<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetCountryCode<S> {}
                impl<S: State> State for SetCountryCode<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = __p::Set;
                    type StreetAddress = S::StreetAddress;
                }
                /// The state `S` with `street_address` set.
                pub struct SetStreetAddress<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetStreetAddress<S> {}
                impl<S: State> State for SetStreetAddress<S> {
                    type FirstName = S::FirstName;
                    type LastName = S::LastName;
                    type ZipCode = S::ZipCode;
                    type City = S::City;
                    type CountryCode = S::CountryCode;
                    type StreetAddress = __p::Set;
                }
                /// Implemented once `first_name` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `first_name` is not set",
                    label = "call `.first_name(...)` before `.send()`"
                )]
                pub trait FirstNameIsSet {}
                impl FirstNameIsSet for __p::Set {}
                /// Implemented once `last_name` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `last_name` is not set",
                    label = "call `.last_name(...)` before `.send()`"
                )]
                pub trait LastNameIsSet {}
                impl LastNameIsSet for __p::Set {}
                /// Implemented once `zip_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `zip_code` is not set",
                    label = "call `.zip_code(...)` before `.send()`"
                )]
                pub trait ZipCodeIsSet {}
                impl ZipCodeIsSet for __p::Set {}
                /// Implemented once `city` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `city` is not set",
                    label = "call `.city(...)` before `.send()`"
                )]
                pub trait CityIsSet {}
                impl CityIsSet for __p::Set {}
                /// Implemented once `country_code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `country_code` is not set",
                    label = "call `.country_code(...)` before `.send()`"
                )]
                pub trait CountryCodeIsSet {}
                impl CountryCodeIsSet for __p::Set {}
                /// Implemented once `street_address` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ParseRequest` cannot be sent: the required parameter `street_address` is not set",
                    label = "call `.street_address(...)` before `.send()`"
                )]
                pub trait StreetAddressIsSet {}
                impl StreetAddressIsSet for __p::Set {}
            }
            impl<'c, A, S: parse_request_state::State> ParseRequest<'c, A, S> {
                fn into_state<T: parse_request_state::State>(
                    self,
                ) -> ParseRequest<'c, A, T> {
                    ParseRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The first name.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn first_name(
                    mut self,
                    value: impl __rt::IntoValue<FirstName>,
                ) -> ParseRequest<'c, A, parse_request_state::SetFirstName<S>> {
                    let value = Some(value);
                    self.body.first_name = self
                        .problems
                        .check_maybe("first_name", value);
                    self.into_state()
                }
                /// The last name.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn last_name(
                    mut self,
                    value: impl __rt::IntoValue<LastName>,
                ) -> ParseRequest<'c, A, parse_request_state::SetLastName<S>> {
                    let value = Some(value);
                    self.body.last_name = self.problems.check_maybe("last_name", value);
                    self.into_state()
                }
                /// The zip code.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn zip_code(
                    mut self,
                    value: impl __rt::IntoValue<ZipCode>,
                ) -> ParseRequest<'c, A, parse_request_state::SetZipCode<S>> {
                    let value = Some(value);
                    self.body.zip_code = self.problems.check_maybe("zip_code", value);
                    self.into_state()
                }
                /// The city.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn city(
                    mut self,
                    value: impl __rt::IntoValue<City>,
                ) -> ParseRequest<'c, A, parse_request_state::SetCity<S>> {
                    let value = Some(value);
                    self.body.city = self.problems.check_maybe("city", value);
                    self.into_state()
                }
                /// The country code, e.g. `FI`.
                ///
                /// **Required.**
                pub fn country_code(
                    mut self,
                    value: impl __rt::IntoValue<CountryCode>,
                ) -> ParseRequest<'c, A, parse_request_state::SetCountryCode<S>> {
                    let value = Some(value);
                    self.body.country_code = self
                        .problems
                        .check_maybe("country_code", value);
                    self.into_state()
                }
                /// The street and number as one text, e.g. `Fakeaddress 123`.
                ///
                /// **Required.** Personal or secret: never shown in `Debug` output or logs.
                pub fn street_address(
                    mut self,
                    value: impl __rt::IntoValue<StreetAddress>,
                ) -> ParseRequest<'c, A, parse_request_state::SetStreetAddress<S>> {
                    let value = Some(value);
                    self.body.street_address = self
                        .problems
                        .check_maybe("street_address", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &ParseBody {
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
                            Output = Result<ParseResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::FirstName: parse_request_state::FirstNameIsSet,
                    S::LastName: parse_request_state::LastNameIsSet,
                    S::ZipCode: parse_request_state::ZipCodeIsSet,
                    S::City: parse_request_state::CityIsSet,
                    S::CountryCode: parse_request_state::CountryCodeIsSet,
                    S::StreetAddress: parse_request_state::StreetAddressIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        ParseResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: parse_request_state::State> ::std::fmt::Debug
            for ParseRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ParseRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `identity_mapping` section of the API.
///
/// Links between a Payway account and its id in a third-party system (external ids).
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod identity_mapping {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `identity_mapping` section: pick a version, e.g. `.v1()`.
    pub struct IdentityMapping<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> IdentityMapping<'c, A> {
        /// Version 1 of the `identity_mapping` endpoints.
        pub fn v1(&self) -> v1::IdentityMappingV1<'c, A> {
            v1::IdentityMappingV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `identity_mapping` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `identity_mapping`: each method starts a request.
        pub struct IdentityMappingV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> IdentityMappingV1<'c, A> {
            /// Create or update identity mapping.
            ///
            /// Sets the value of one identity mapping (an external id) on an account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/identity_mapping` |
            /// | Scope | `/external/identity_mapping/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `identity_mapping`, v1 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/identity_mapping_api/create_or_update_identity_mapping>
            pub fn create_or_update(
                &self,
            ) -> create_or_update::CreateOrUpdateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                create_or_update::CreateOrUpdateRequest::new(self.connection)
            }
        }
        /// Create or update identity mapping (`POST /external/api/v1/identity_mapping`): see [`super::IdentityMappingV1::create_or_update`].
        pub mod create_or_update {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "identity_mapping.v1.create_or_update",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/identity_mapping",
                scope: "/external/identity_mapping/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["account_id", "identity_key", "value"],
            };
            /// A checked value of `account_id`.
            ///
            /// The account to set it on (24 hex characters).
            ///
            /// A valid value has at most 24 characters, matches `(?i)^[a-f\d]{24}$`.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AccountId(String);
            impl AccountId {
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
                    Ok(AccountId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AccountId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AccountId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AccountId);
            /// A checked value of `identity_key`.
            ///
            /// Which mapping, e.g. the name of the third-party system.
            ///
            /// A valid value has at most 128 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct IdentityKey(String);
            impl IdentityKey {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(128usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(IdentityKey(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for IdentityKey {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(IdentityKey)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(IdentityKey);
            /// A checked value of `value`.
            ///
            /// The account's id in that system.
            ///
            /// A valid value has at most 128 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Value(String);
            impl Value {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(128usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(Value(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Value {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Value)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Value);
            /// The JSON body of `create_or_update`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateOrUpdateBody {
                account_id: Option<AccountId>,
                identity_key: Option<IdentityKey>,
                value: Option<Value>,
            }
            impl __p::serde::Serialize for CreateOrUpdateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("account_id", &self.account_id);
                    map.entry("identity_key", &self.identity_key);
                    map.entry("value", &self.value);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateOrUpdateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateOrUpdateBody",
                        &[
                            ("account_id", &self.account_id),
                            ("identity_key", &self.identity_key),
                            ("value", &self.value),
                        ],
                    )
                }
            }
            /// The response of `create_or_update`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct CreateOrUpdateResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for CreateOrUpdateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| CreateOrUpdateResponse { json })
                }
            }
            impl __p::Envelope for CreateOrUpdateResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for CreateOrUpdateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateOrUpdateResponse",
                        &[("json", &__p::Redacted)],
                    )
                }
            }
            /// The request of `create_or_update` (v1 of section `identity_mapping`): set its parameters, then `.send().await`. Started by [`super::IdentityMappingV1::create_or_update`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateOrUpdateRequest<
                'c,
                A,
                S = create_or_update_request_state::Empty,
            > {
                connection: &'c __rt::Connection<A>,
                body: CreateOrUpdateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<
                'c,
                A,
            > CreateOrUpdateRequest<'c, A, create_or_update_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateOrUpdateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateOrUpdateRequest`](super::CreateOrUpdateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_or_update_request_state {
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
                    /// `Set` once `.identity_key(...)` has been called, `Unset` before.
                    type IdentityKey;
                    /// `Set` once `.value(...)` has been called, `Unset` before.
                    type Value;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type AccountId = __p::Unset;
                    type IdentityKey = __p::Unset;
                    type Value = __p::Unset;
                }
                /// The state `S` with `account_id` set.
                pub struct SetAccountId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAccountId<S> {}
                impl<S: State> State for SetAccountId<S> {
                    type AccountId = __p::Set;
                    type IdentityKey = S::IdentityKey;
                    type Value = S::Value;
                }
                /// The state `S` with `identity_key` set.
                pub struct SetIdentityKey<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetIdentityKey<S> {}
                impl<S: State> State for SetIdentityKey<S> {
                    type AccountId = S::AccountId;
                    type IdentityKey = __p::Set;
                    type Value = S::Value;
                }
                /// The state `S` with `value` set.
                pub struct SetValue<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetValue<S> {}
                impl<S: State> State for SetValue<S> {
                    type AccountId = S::AccountId;
                    type IdentityKey = S::IdentityKey;
                    type Value = __p::Set;
                }
                /// Implemented once `account_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateOrUpdateRequest` cannot be sent: the required parameter `account_id` is not set",
                    label = "call `.account_id(...)` before `.send()`"
                )]
                pub trait AccountIdIsSet {}
                impl AccountIdIsSet for __p::Set {}
                /// Implemented once `identity_key` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateOrUpdateRequest` cannot be sent: the required parameter `identity_key` is not set",
                    label = "call `.identity_key(...)` before `.send()`"
                )]
                pub trait IdentityKeyIsSet {}
                impl IdentityKeyIsSet for __p::Set {}
                /// Implemented once `value` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateOrUpdateRequest` cannot be sent: the required parameter `value` is not set",
                    label = "call `.value(...)` before `.send()`"
                )]
                pub trait ValueIsSet {}
                impl ValueIsSet for __p::Set {}
            }
            impl<
                'c,
                A,
                S: create_or_update_request_state::State,
            > CreateOrUpdateRequest<'c, A, S> {
                fn into_state<T: create_or_update_request_state::State>(
                    self,
                ) -> CreateOrUpdateRequest<'c, A, T> {
                    CreateOrUpdateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The account to set it on (24 hex characters).
                ///
                /// **Required.**
                pub fn account_id(
                    mut self,
                    value: impl __rt::IntoValue<AccountId>,
                ) -> CreateOrUpdateRequest<
                    'c,
                    A,
                    create_or_update_request_state::SetAccountId<S>,
                > {
                    let value = Some(value);
                    self.body.account_id = self
                        .problems
                        .check_maybe("account_id", value);
                    self.into_state()
                }
                /// Which mapping, e.g. the name of the third-party system.
                ///
                /// **Required.**
                pub fn identity_key(
                    mut self,
                    value: impl __rt::IntoValue<IdentityKey>,
                ) -> CreateOrUpdateRequest<
                    'c,
                    A,
                    create_or_update_request_state::SetIdentityKey<S>,
                > {
                    let value = Some(value);
                    self.body.identity_key = self
                        .problems
                        .check_maybe("identity_key", value);
                    self.into_state()
                }
                /// The account's id in that system.
                ///
                /// **Required.**
                pub fn value(
                    mut self,
                    value: impl __rt::IntoValue<Value>,
                ) -> CreateOrUpdateRequest<
                    'c,
                    A,
                    create_or_update_request_state::SetValue<S>,
                > {
                    let value = Some(value);
                    self.body.value = self.problems.check_maybe("value", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateOrUpdateBody {
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
                            Output = Result<CreateOrUpdateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::AccountId: create_or_update_request_state::AccountIdIsSet,
                    S::IdentityKey: create_or_update_request_state::IdentityKeyIsSet,
                    S::Value: create_or_update_request_state::ValueIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        CreateOrUpdateResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: create_or_update_request_state::State> ::std::fmt::Debug
            for CreateOrUpdateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateOrUpdateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
/// The `temporary_address` section of the API.
///
/// Temporary delivery addresses of a user product, for a period of time.
///
/// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/>
pub mod temporary_address {
    #[allow(unused_imports)]
    use ::payway_client as __rt;
    #[allow(unused_imports)]
    use ::payway_client::__private as __p;
    /// The `temporary_address` section: pick a version, e.g. `.v1()`.
    pub struct TemporaryAddress<'c, A> {
        pub(crate) connection: &'c __rt::Connection<A>,
    }
    impl<'c, A> TemporaryAddress<'c, A> {
        /// Version 1 of the `temporary_address` endpoints.
        pub fn v1(&self) -> v1::TemporaryAddressV1<'c, A> {
            v1::TemporaryAddressV1 {
                connection: self.connection,
            }
        }
    }
    /// Version 1 of the `temporary_address` section.
    pub mod v1 {
        #[allow(unused_imports)]
        use ::payway_client as __rt;
        #[allow(unused_imports)]
        use ::payway_client::__private as __p;
        /// The v1 endpoints of `temporary_address`: each method starts a request.
        pub struct TemporaryAddressV1<'c, A> {
            pub(crate) connection: &'c __rt::Connection<A>,
        }
        impl<'c, A> TemporaryAddressV1<'c, A> {
            /// List temporary addresses.
            ///
            /// Lists the temporary delivery addresses of one user product.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `GET /external/api/v1/temporary_address/list` |
            /// | Scope | `/external/distribution/r` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | Yes |
            /// | Section, version | `temporary_address`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/temporary_address_api/v1/list_temporary_addresses/>
            pub fn list(&self) -> list::ListRequest<'c, A>
            where
                A: __rt::Auth,
            {
                list::ListRequest::new(self.connection)
            }
            /// Create temporary address.
            ///
            /// Adds a temporary delivery address to a user product for a period. The user product may have only one configured distribution (several copies on it are fine).
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v1/temporary_address/create` |
            /// | Scope | `/external/distribution/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `temporary_address`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/temporary_address_api/v1/create_temporary_address>
            pub fn create(&self) -> create::CreateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                create::CreateRequest::new(self.connection)
            }
            /// Update temporary address.
            ///
            /// Changes the period, distribution method or address of a temporary address.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `PUT /external/api/v1/temporary_address/update` |
            /// | Scope | `/external/distribution/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `temporary_address`, v1 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/temporary_address_api/v1/update_temporary_address>
            pub fn update(&self) -> update::UpdateRequest<'c, A>
            where
                A: __rt::Auth,
            {
                update::UpdateRequest::new(self.connection)
            }
            /// Remove temporary address.
            ///
            /// Deletes a temporary address.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `DELETE /external/api/v1/temporary_address/remove` |
            /// | Scope | `/external/distribution/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client resends it only when it provably never reached the server |
            /// | Section, version | `temporary_address`, v1 |
            ///
            /// The docs do not show the response: the client keeps the whole JSON body as the server sent it.
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/endpoints/temporary_address_api/v1/remove_temporary_address>
            pub fn remove(&self) -> remove::RemoveRequest<'c, A>
            where
                A: __rt::Auth,
            {
                remove::RemoveRequest::new(self.connection)
            }
        }
        /// List temporary addresses (`GET /external/api/v1/temporary_address/list`): see [`super::TemporaryAddressV1::list`].
        pub mod list {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "temporary_address.v1.list",
                method: __rt::HttpMethod::Get,
                path: "/external/api/v1/temporary_address/list",
                scope: "/external/distribution/r",
                identity: false,
                retry_safe: true,
                sensitive: &["address"],
                identifying: &["user_product_id"],
            };
            /// A checked value of `user_product_id`.
            ///
            /// The user product whose addresses to list.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct UserProductId(String);
            impl UserProductId {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(UserProductId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for UserProductId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(UserProductId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(UserProductId);
            /// The address itself (a Payway Address).
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct TemporaryAddressDetails {
                /// Fields the spec does not list (this object is only partly documented).
                pub extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
            }
            impl TemporaryAddressDetails {
                /// A response with every field unset, e.g. for a test double; set fields by assignment.
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new() -> Self {
                    TemporaryAddressDetails {
                        extra: ::std::collections::BTreeMap::new(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for TemporaryAddressDetails {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = TemporaryAddressDetails;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `TemporaryAddressDetails` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<TemporaryAddressDetails, M::Error> {
                            let mut extra = ::std::collections::BTreeMap::new();
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    _ => __p::keep(&mut map, &mut extra, key.as_str()),
                                }?;
                            }
                            Ok(TemporaryAddressDetails { extra })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for TemporaryAddressDetails {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "TemporaryAddressDetails", &[])
                }
            }
            /// The query parameters of `list`.
            #[derive(Clone, Default, PartialEq)]
            pub struct ListQuery {
                user_product_id: Option<UserProductId>,
            }
            impl __p::serde::Serialize for ListQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("user_product_id", &self.user_product_id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for ListQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ListQuery",
                        &[("user_product_id", &self.user_product_id)],
                    )
                }
            }
            /// One element of the list `list` returns.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct ListItem {
                /// The temporary address's id.
                pub id: String,
                /// The distribution settings it applies to.
                pub product_distribution_settings_id: String,
                /// The user product it belongs to.
                pub user_product_id: String,
                /// The first day of the address.
                pub address_from: __rt::Date,
                /// The last day of the address.
                pub address_to: __rt::Date,
                /// How the product is delivered there.
                pub distribution_method: String,
                /// The address itself (a Payway Address).
                ///
                /// Personal or secret: never shown in `Debug` output or logs.
                pub address: TemporaryAddressDetails,
            }
            impl ListItem {
                /// A response with the required fields `id`, `product_distribution_settings_id`, `user_product_id`, `address_from`, `address_to`, `distribution_method`, `address`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(
                    id: impl Into<String>,
                    product_distribution_settings_id: impl Into<String>,
                    user_product_id: impl Into<String>,
                    address_from: impl Into<__rt::Date>,
                    address_to: impl Into<__rt::Date>,
                    distribution_method: impl Into<String>,
                    address: impl Into<TemporaryAddressDetails>,
                ) -> Self {
                    ListItem {
                        id: id.into(),
                        product_distribution_settings_id: product_distribution_settings_id
                            .into(),
                        user_product_id: user_product_id.into(),
                        address_from: address_from.into(),
                        address_to: address_to.into(),
                        distribution_method: distribution_method.into(),
                        address: address.into(),
                    }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for ListItem {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = ListItem;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `ListItem` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<ListItem, M::Error> {
                            let mut v_id = None;
                            let mut v_product_distribution_settings_id = None;
                            let mut v_user_product_id = None;
                            let mut v_address_from = None;
                            let mut v_address_to = None;
                            let mut v_distribution_method = None;
                            let mut v_address = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    "product_distribution_settings_id" => {
                                        __p::next(&mut map, &mut v_product_distribution_settings_id)
                                    }
                                    "user_product_id" => {
                                        __p::next(&mut map, &mut v_user_product_id)
                                    }
                                    "address_from" => __p::next(&mut map, &mut v_address_from),
                                    "address_to" => __p::next(&mut map, &mut v_address_to),
                                    "distribution_method" => {
                                        __p::next(&mut map, &mut v_distribution_method)
                                    }
                                    "address" => __p::next(&mut map, &mut v_address),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(ListItem {
                                id: __p::required(v_id, "id")?,
                                product_distribution_settings_id: __p::required(
                                    v_product_distribution_settings_id,
                                    "product_distribution_settings_id",
                                )?,
                                user_product_id: __p::required(
                                    v_user_product_id,
                                    "user_product_id",
                                )?,
                                address_from: __p::required(
                                    v_address_from,
                                    "address_from",
                                )?,
                                address_to: __p::required(v_address_to, "address_to")?,
                                distribution_method: __p::required(
                                    v_distribution_method,
                                    "distribution_method",
                                )?,
                                address: __p::required(v_address, "address")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for ListItem {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "ListItem",
                        &[
                            ("id", &self.id),
                            (
                                "product_distribution_settings_id",
                                &self.product_distribution_settings_id,
                            ),
                            ("user_product_id", &self.user_product_id),
                            ("address_from", &self.address_from),
                            ("address_to", &self.address_to),
                            ("distribution_method", &self.distribution_method),
                            ("address", &__p::Redacted),
                        ],
                    )
                }
            }
            /// The request of `list` (v1 of section `temporary_address`): set its parameters, then `.send().await`. Started by [`super::TemporaryAddressV1::list`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct ListRequest<'c, A, S = list_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                query: ListQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> ListRequest<'c, A, list_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    ListRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`ListRequest`](super::ListRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod list_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.user_product_id(...)` has been called, `Unset` before.
                    type UserProductId;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type UserProductId = __p::Unset;
                }
                /// The state `S` with `user_product_id` set.
                pub struct SetUserProductId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetUserProductId<S> {}
                impl<S: State> State for SetUserProductId<S> {
                    type UserProductId = __p::Set;
                }
                /// Implemented once `user_product_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`ListRequest` cannot be sent: the required parameter `user_product_id` is not set",
                    label = "call `.user_product_id(...)` before `.send()`"
                )]
                pub trait UserProductIdIsSet {}
                impl UserProductIdIsSet for __p::Set {}
            }
            impl<'c, A, S: list_request_state::State> ListRequest<'c, A, S> {
                fn into_state<T: list_request_state::State>(
                    self,
                ) -> ListRequest<'c, A, T> {
                    ListRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The user product whose addresses to list.
                ///
                /// **Required.**
                pub fn user_product_id(
                    mut self,
                    value: impl __rt::IntoValue<UserProductId>,
                ) -> ListRequest<'c, A, list_request_state::SetUserProductId<S>> {
                    let value = Some(value);
                    self.query.user_product_id = self
                        .problems
                        .check_maybe("user_product_id", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &ListQuery {
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
                            Output = Result<Vec<ListItem>, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::UserProductId: list_request_state::UserProductIdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Items<ListItem>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: list_request_state::State> ::std::fmt::Debug
            for ListRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(ListRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Create temporary address (`POST /external/api/v1/temporary_address/create`): see [`super::TemporaryAddressV1::create`].
        pub mod create {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "temporary_address.v1.create",
                method: __rt::HttpMethod::Post,
                path: "/external/api/v1/temporary_address/create",
                scope: "/external/distribution/w",
                identity: false,
                retry_safe: false,
                sensitive: &["address"],
                identifying: &[
                    "user_product_id",
                    "address_from",
                    "address_to",
                    "distribution_method",
                ],
            };
            /// A checked value of `user_product_id`.
            ///
            /// The user product that gets the address.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct UserProductId(String);
            impl UserProductId {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(UserProductId(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for UserProductId {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(UserProductId)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(UserProductId);
            /// A checked value of `address_from`.
            ///
            /// The first day of the temporary address, e.g. `2026-04-01`.
            ///
            /// A valid value has at most 25 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AddressFrom(String);
            impl AddressFrom {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(25usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(AddressFrom(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AddressFrom {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AddressFrom)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AddressFrom);
            /// A checked value of `address_to`.
            ///
            /// The last day of the temporary address.
            ///
            /// A valid value has at most 25 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AddressTo(String);
            impl AddressTo {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(25usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(AddressTo(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AddressTo {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AddressTo)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AddressTo);
            /// A checked value of `distribution_method`.
            ///
            /// How the product is delivered to the address.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct DistributionMethod(String);
            impl DistributionMethod {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(DistributionMethod(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for DistributionMethod {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(DistributionMethod)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(DistributionMethod);
            /// The address itself (a Payway Address).
            ///
            /// Create one with [`TemporaryAddressInput::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct TemporaryAddressInput {
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
                problems: __p::Problems,
            }
            impl TemporaryAddressInput {
                /// Starts building a value.
                pub fn builder() -> TemporaryAddressInputBuilder<
                    temporary_address_input_builder_state::Empty,
                > {
                    TemporaryAddressInputBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for TemporaryAddressInput {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for TemporaryAddressInput {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for TemporaryAddressInput {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "TemporaryAddressInput", &[])
                }
            }
            /// Builds a [`TemporaryAddressInput`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct TemporaryAddressInputBuilder<
                S = temporary_address_input_builder_state::Empty,
            > {
                value: TemporaryAddressInput,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`TemporaryAddressInputBuilder`](super::TemporaryAddressInputBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod temporary_address_input_builder_state {
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
                S: temporary_address_input_builder_state::State,
            > TemporaryAddressInputBuilder<S> {
                fn into_state<T: temporary_address_input_builder_state::State>(
                    self,
                ) -> TemporaryAddressInputBuilder<T> {
                    TemporaryAddressInputBuilder {
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
                pub fn build(self) -> TemporaryAddressInput {
                    self.value
                }
            }
            /// The JSON body of `create`.
            #[derive(Clone, Default, PartialEq)]
            pub struct CreateBody {
                user_product_id: Option<UserProductId>,
                address_from: Option<AddressFrom>,
                address_to: Option<AddressTo>,
                distribution_method: Option<DistributionMethod>,
                address: Option<TemporaryAddressInput>,
            }
            impl __p::serde::Serialize for CreateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("user_product_id", &self.user_product_id);
                    map.entry("address_from", &self.address_from);
                    map.entry("address_to", &self.address_to);
                    map.entry("distribution_method", &self.distribution_method);
                    map.entry("address", &self.address);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for CreateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "CreateBody",
                        &[
                            ("user_product_id", &self.user_product_id),
                            ("address_from", &self.address_from),
                            ("address_to", &self.address_to),
                            ("distribution_method", &self.distribution_method),
                            ("address", &__p::redact(&self.address)),
                        ],
                    )
                }
            }
            /// The response of `create`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct CreateResponse {
                /// The new temporary address's id.
                pub id: String,
            }
            impl CreateResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    CreateResponse { id: id.into() }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for CreateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = CreateResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `CreateResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<CreateResponse, M::Error> {
                            let mut v_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(CreateResponse {
                                id: __p::required(v_id, "id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for CreateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "CreateResponse", &[("id", &self.id)])
                }
            }
            /// The request of `create` (v1 of section `temporary_address`): set its parameters, then `.send().await`. Started by [`super::TemporaryAddressV1::create`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateRequest<'c, A, S = create_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: CreateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> CreateRequest<'c, A, create_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    CreateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`CreateRequest`](super::CreateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod create_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.user_product_id(...)` has been called, `Unset` before.
                    type UserProductId;
                    /// `Set` once `.address_from(...)` has been called, `Unset` before.
                    type AddressFrom;
                    /// `Set` once `.address_to(...)` has been called, `Unset` before.
                    type AddressTo;
                    /// `Set` once `.distribution_method(...)` has been called, `Unset` before.
                    type DistributionMethod;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type UserProductId = __p::Unset;
                    type AddressFrom = __p::Unset;
                    type AddressTo = __p::Unset;
                    type DistributionMethod = __p::Unset;
                }
                /// The state `S` with `user_product_id` set.
                pub struct SetUserProductId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetUserProductId<S> {}
                impl<S: State> State for SetUserProductId<S> {
                    type UserProductId = __p::Set;
                    type AddressFrom = S::AddressFrom;
                    type AddressTo = S::AddressTo;
                    type DistributionMethod = S::DistributionMethod;
                }
                /// The state `S` with `address_from` set.
                pub struct SetAddressFrom<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAddressFrom<S> {}
                impl<S: State> State for SetAddressFrom<S> {
                    type UserProductId = S::UserProductId;
                    type AddressFrom = __p::Set;
                    type AddressTo = S::AddressTo;
                    type DistributionMethod = S::DistributionMethod;
                }
                /// The state `S` with `address_to` set.
                pub struct SetAddressTo<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAddressTo<S> {}
                impl<S: State> State for SetAddressTo<S> {
                    type UserProductId = S::UserProductId;
                    type AddressFrom = S::AddressFrom;
                    type AddressTo = __p::Set;
                    type DistributionMethod = S::DistributionMethod;
                }
                /// The state `S` with `distribution_method` set.
                pub struct SetDistributionMethod<S>(
                    ::std::marker::PhantomData<fn() -> S>,
                );
                impl<S> sealed::Sealed for SetDistributionMethod<S> {}
                impl<S: State> State for SetDistributionMethod<S> {
                    type UserProductId = S::UserProductId;
                    type AddressFrom = S::AddressFrom;
                    type AddressTo = S::AddressTo;
                    type DistributionMethod = __p::Set;
                }
                /// Implemented once `user_product_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `user_product_id` is not set",
                    label = "call `.user_product_id(...)` before `.send()`"
                )]
                pub trait UserProductIdIsSet {}
                impl UserProductIdIsSet for __p::Set {}
                /// Implemented once `address_from` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `address_from` is not set",
                    label = "call `.address_from(...)` before `.send()`"
                )]
                pub trait AddressFromIsSet {}
                impl AddressFromIsSet for __p::Set {}
                /// Implemented once `address_to` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `address_to` is not set",
                    label = "call `.address_to(...)` before `.send()`"
                )]
                pub trait AddressToIsSet {}
                impl AddressToIsSet for __p::Set {}
                /// Implemented once `distribution_method` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateRequest` cannot be sent: the required parameter `distribution_method` is not set",
                    label = "call `.distribution_method(...)` before `.send()`"
                )]
                pub trait DistributionMethodIsSet {}
                impl DistributionMethodIsSet for __p::Set {}
            }
            impl<'c, A, S: create_request_state::State> CreateRequest<'c, A, S> {
                fn into_state<T: create_request_state::State>(
                    self,
                ) -> CreateRequest<'c, A, T> {
                    CreateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The user product that gets the address.
                ///
                /// **Required.**
                pub fn user_product_id(
                    mut self,
                    value: impl __rt::IntoValue<UserProductId>,
                ) -> CreateRequest<'c, A, create_request_state::SetUserProductId<S>> {
                    let value = Some(value);
                    self.body.user_product_id = self
                        .problems
                        .check_maybe("user_product_id", value);
                    self.into_state()
                }
                /// The first day of the temporary address, e.g. `2026-04-01`.
                ///
                /// **Required.**
                pub fn address_from(
                    mut self,
                    value: impl __rt::IntoValue<AddressFrom>,
                ) -> CreateRequest<'c, A, create_request_state::SetAddressFrom<S>> {
                    let value = Some(value);
                    self.body.address_from = self
                        .problems
                        .check_maybe("address_from", value);
                    self.into_state()
                }
                /// The last day of the temporary address.
                ///
                /// **Required.**
                pub fn address_to(
                    mut self,
                    value: impl __rt::IntoValue<AddressTo>,
                ) -> CreateRequest<'c, A, create_request_state::SetAddressTo<S>> {
                    let value = Some(value);
                    self.body.address_to = self
                        .problems
                        .check_maybe("address_to", value);
                    self.into_state()
                }
                /// How the product is delivered to the address.
                ///
                /// **Required.**
                pub fn distribution_method(
                    mut self,
                    value: impl __rt::IntoValue<DistributionMethod>,
                ) -> CreateRequest<
                    'c,
                    A,
                    create_request_state::SetDistributionMethod<S>,
                > {
                    let value = Some(value);
                    self.body.distribution_method = self
                        .problems
                        .check_maybe("distribution_method", value);
                    self.into_state()
                }
                /// The address itself (a Payway Address).
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn address(self, value: TemporaryAddressInput) -> Self {
                    self.maybe_address(Some(value))
                }
                /// Like [`Self::address`], taking an `Option`: `None` leaves `address` unset. The builder's type is the same either way.
                pub fn maybe_address(
                    mut self,
                    value: Option<TemporaryAddressInput>,
                ) -> Self {
                    self.body.address = self.problems.nested("address", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateBody {
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
                            Output = Result<CreateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::UserProductId: create_request_state::UserProductIdIsSet,
                    S::AddressFrom: create_request_state::AddressFromIsSet,
                    S::AddressTo: create_request_state::AddressToIsSet,
                    S::DistributionMethod: create_request_state::DistributionMethodIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<CreateResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: create_request_state::State> ::std::fmt::Debug
            for CreateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Update temporary address (`PUT /external/api/v1/temporary_address/update`): see [`super::TemporaryAddressV1::update`].
        pub mod update {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "temporary_address.v1.update",
                method: __rt::HttpMethod::Put,
                path: "/external/api/v1/temporary_address/update",
                scope: "/external/distribution/w",
                identity: false,
                retry_safe: false,
                sensitive: &["address"],
                identifying: &["id", "address_from", "address_to", "distribution_method"],
            };
            /// A checked value of `id`.
            ///
            /// The temporary address to change.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Id(String);
            impl Id {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(Id(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Id {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Id)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Id);
            /// A checked value of `address_from`.
            ///
            /// The first day of the temporary address, e.g. `2026-04-01`.
            ///
            /// A valid value has at most 25 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AddressFrom(String);
            impl AddressFrom {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(25usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(AddressFrom(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AddressFrom {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AddressFrom)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AddressFrom);
            /// A checked value of `address_to`.
            ///
            /// The last day of the temporary address.
            ///
            /// A valid value has at most 25 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct AddressTo(String);
            impl AddressTo {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(25usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(AddressTo(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for AddressTo {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(AddressTo)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(AddressTo);
            /// A checked value of `distribution_method`.
            ///
            /// How the product is delivered to the address.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct DistributionMethod(String);
            impl DistributionMethod {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(DistributionMethod(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for DistributionMethod {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(DistributionMethod)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(DistributionMethod);
            /// The address itself (a Payway Address).
            ///
            /// Create one with [`TemporaryAddressInput::builder`].
            #[derive(Clone, Default, PartialEq)]
            pub struct TemporaryAddressInput {
                extra: ::std::collections::BTreeMap<String, __p::serde_json::Value>,
                problems: __p::Problems,
            }
            impl TemporaryAddressInput {
                /// Starts building a value.
                pub fn builder() -> TemporaryAddressInputBuilder<
                    temporary_address_input_builder_state::Empty,
                > {
                    TemporaryAddressInputBuilder {
                        value: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl __p::Nested for TemporaryAddressInput {
                fn take_problems(&mut self) -> __p::Problems {
                    ::std::mem::take(&mut self.problems)
                }
            }
            impl __p::serde::Serialize for TemporaryAddressInput {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.extra(&self.extra);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for TemporaryAddressInput {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "TemporaryAddressInput", &[])
                }
            }
            /// Builds a [`TemporaryAddressInput`]: `build()` compiles once every required parameter is set.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct TemporaryAddressInputBuilder<
                S = temporary_address_input_builder_state::Empty,
            > {
                value: TemporaryAddressInput,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            /// The typestate of [`TemporaryAddressInputBuilder`](super::TemporaryAddressInputBuilder): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod temporary_address_input_builder_state {
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
                S: temporary_address_input_builder_state::State,
            > TemporaryAddressInputBuilder<S> {
                fn into_state<T: temporary_address_input_builder_state::State>(
                    self,
                ) -> TemporaryAddressInputBuilder<T> {
                    TemporaryAddressInputBuilder {
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
                pub fn build(self) -> TemporaryAddressInput {
                    self.value
                }
            }
            /// The JSON body of `update`.
            #[derive(Clone, Default, PartialEq)]
            pub struct UpdateBody {
                id: Option<Id>,
                address_from: Option<AddressFrom>,
                address_to: Option<AddressTo>,
                distribution_method: Option<DistributionMethod>,
                address: Option<TemporaryAddressInput>,
            }
            impl __p::serde::Serialize for UpdateBody {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("id", &self.id);
                    map.entry("address_from", &self.address_from);
                    map.entry("address_to", &self.address_to);
                    map.entry("distribution_method", &self.distribution_method);
                    map.entry("address", &self.address);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for UpdateBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(
                        f,
                        "UpdateBody",
                        &[
                            ("id", &self.id),
                            ("address_from", &self.address_from),
                            ("address_to", &self.address_to),
                            ("distribution_method", &self.distribution_method),
                            ("address", &__p::redact(&self.address)),
                        ],
                    )
                }
            }
            /// The response of `update`.
            ///
            /// A later release may add fields: destructure it with `..`, and build one with `new`.
            #[derive(Clone, PartialEq)]
            #[non_exhaustive]
            pub struct UpdateResponse {
                /// The temporary address's id.
                pub id: String,
            }
            impl UpdateResponse {
                /// A response with the required fields `id`, e.g. for a test double; every optional field is `None` (set them by assignment).
                #[allow(clippy::too_many_arguments, clippy::new_without_default)]
                pub fn new(id: impl Into<String>) -> Self {
                    UpdateResponse { id: id.into() }
                }
            }
            impl<'de> __p::serde::Deserialize<'de> for UpdateResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> __p::serde::de::Visitor<'de> for Visitor {
                        type Value = UpdateResponse;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter<'_>,
                        ) -> ::std::fmt::Result {
                            f.write_str("a `UpdateResponse` object")
                        }
                        fn visit_map<M: __p::serde::de::MapAccess<'de>>(
                            self,
                            mut map: M,
                        ) -> Result<UpdateResponse, M::Error> {
                            let mut v_id = None;
                            while let Some(key) = map.next_key::<__p::Key<'de>>()? {
                                match key.as_str() {
                                    "id" => __p::next(&mut map, &mut v_id),
                                    _ => __p::skip(&mut map),
                                }?;
                            }
                            Ok(UpdateResponse {
                                id: __p::required(v_id, "id")?,
                            })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
            impl ::std::fmt::Debug for UpdateResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "UpdateResponse", &[("id", &self.id)])
                }
            }
            /// The request of `update` (v1 of section `temporary_address`): set its parameters, then `.send().await`. Started by [`super::TemporaryAddressV1::update`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct UpdateRequest<'c, A, S = update_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                body: UpdateBody,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> UpdateRequest<'c, A, update_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    UpdateRequest {
                        connection,
                        body: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`UpdateRequest`](super::UpdateRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod update_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.id(...)` has been called, `Unset` before.
                    type Id;
                    /// `Set` once `.address_to(...)` has been called, `Unset` before.
                    type AddressTo;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Id = __p::Unset;
                    type AddressTo = __p::Unset;
                }
                /// The state `S` with `id` set.
                pub struct SetId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetId<S> {}
                impl<S: State> State for SetId<S> {
                    type Id = __p::Set;
                    type AddressTo = S::AddressTo;
                }
                /// The state `S` with `address_to` set.
                pub struct SetAddressTo<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetAddressTo<S> {}
                impl<S: State> State for SetAddressTo<S> {
                    type Id = S::Id;
                    type AddressTo = __p::Set;
                }
                /// Implemented once `id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `id` is not set",
                    label = "call `.id(...)` before `.send()`"
                )]
                pub trait IdIsSet {}
                impl IdIsSet for __p::Set {}
                /// Implemented once `address_to` is set.
                #[diagnostic::on_unimplemented(
                    message = "`UpdateRequest` cannot be sent: the required parameter `address_to` is not set",
                    label = "call `.address_to(...)` before `.send()`"
                )]
                pub trait AddressToIsSet {}
                impl AddressToIsSet for __p::Set {}
            }
            impl<'c, A, S: update_request_state::State> UpdateRequest<'c, A, S> {
                fn into_state<T: update_request_state::State>(
                    self,
                ) -> UpdateRequest<'c, A, T> {
                    UpdateRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The temporary address to change.
                ///
                /// **Required.**
                pub fn id(
                    mut self,
                    value: impl __rt::IntoValue<Id>,
                ) -> UpdateRequest<'c, A, update_request_state::SetId<S>> {
                    let value = Some(value);
                    self.body.id = self.problems.check_maybe("id", value);
                    self.into_state()
                }
                /// The first day of the temporary address, e.g. `2026-04-01`.
                ///
                /// Optional.
                pub fn address_from(
                    self,
                    value: impl __rt::IntoValue<AddressFrom>,
                ) -> Self {
                    self.maybe_address_from(Some(value))
                }
                /// Like [`Self::address_from`], taking an `Option`: `None` leaves `address_from` unset. The builder's type is the same either way.
                pub fn maybe_address_from(
                    mut self,
                    value: Option<impl __rt::IntoValue<AddressFrom>>,
                ) -> Self {
                    self.body.address_from = self
                        .problems
                        .check_maybe("address_from", value);
                    self
                }
                /// The last day of the temporary address.
                ///
                /// **Required.**
                pub fn address_to(
                    mut self,
                    value: impl __rt::IntoValue<AddressTo>,
                ) -> UpdateRequest<'c, A, update_request_state::SetAddressTo<S>> {
                    let value = Some(value);
                    self.body.address_to = self
                        .problems
                        .check_maybe("address_to", value);
                    self.into_state()
                }
                /// How the product is delivered to the address.
                ///
                /// Optional.
                pub fn distribution_method(
                    self,
                    value: impl __rt::IntoValue<DistributionMethod>,
                ) -> Self {
                    self.maybe_distribution_method(Some(value))
                }
                /// Like [`Self::distribution_method`], taking an `Option`: `None` leaves `distribution_method` unset. The builder's type is the same either way.
                pub fn maybe_distribution_method(
                    mut self,
                    value: Option<impl __rt::IntoValue<DistributionMethod>>,
                ) -> Self {
                    self.body.distribution_method = self
                        .problems
                        .check_maybe("distribution_method", value);
                    self
                }
                /// The address itself (a Payway Address).
                ///
                /// Optional. Personal or secret: never shown in `Debug` output or logs.
                pub fn address(self, value: TemporaryAddressInput) -> Self {
                    self.maybe_address(Some(value))
                }
                /// Like [`Self::address`], taking an `Option`: `None` leaves `address` unset. The builder's type is the same either way.
                pub fn maybe_address(
                    mut self,
                    value: Option<TemporaryAddressInput>,
                ) -> Self {
                    self.body.address = self.problems.nested("address", value);
                    self
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The JSON body as set so far.
                pub fn body(&self) -> &UpdateBody {
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
                            Output = Result<UpdateResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Id: update_request_state::IdIsSet,
                    S::AddressTo: update_request_state::AddressToIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        __p::Bare<UpdateResponse>,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        None::<()>,
                        Some(self.body),
                    )
                }
            }
            impl<'c, A, S: update_request_state::State> ::std::fmt::Debug
            for UpdateRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(UpdateRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
        /// Remove temporary address (`DELETE /external/api/v1/temporary_address/remove`): see [`super::TemporaryAddressV1::remove`].
        pub mod remove {
            #[allow(unused_imports)]
            use ::payway_client as __rt;
            #[allow(unused_imports)]
            use ::payway_client::__private as __p;
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: __rt::EndpointInfo = __rt::EndpointInfo {
                name: "temporary_address.v1.remove",
                method: __rt::HttpMethod::Delete,
                path: "/external/api/v1/temporary_address/remove",
                scope: "/external/distribution/w",
                identity: false,
                retry_safe: false,
                sensitive: &[],
                identifying: &["id"],
            };
            /// A checked value of `id`.
            ///
            /// The temporary address to delete.
            ///
            /// A valid value has at most 50 characters.
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub struct Id(String);
            impl Id {
                /// The rules a value must follow, from the spec.
                pub const RULES: __p::TextRules = __p::TextRules {
                    min_length: None,
                    max_length: Some(50usize),
                    pattern: None,
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl Into<String>,
                ) -> Result<Self, __rt::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    Ok(Id(value))
                }
                /// The checked text.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
            impl ::std::fmt::Debug for Id {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_tuple(stringify!(Id)).field(&self.0).finish()
                }
            }
            __p::impl_checked_text!(Id);
            /// The query parameters of `remove`.
            #[derive(Clone, Default, PartialEq)]
            pub struct RemoveQuery {
                id: Option<Id>,
            }
            impl __p::serde::Serialize for RemoveQuery {
                fn serialize<S: __p::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    let mut map = __p::MapWriter::new(serializer)?;
                    map.entry("id", &self.id);
                    map.end()
                }
            }
            impl ::std::fmt::Debug for RemoveQuery {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "RemoveQuery", &[("id", &self.id)])
                }
            }
            /// The response of `remove`. The docs do not show this response, so the client keeps the whole JSON body as the server sent it, whatever its shape: read it with [`serde_json::Value`]'s methods, e.g. `response.json.pointer("/item/id")`.
            #[derive(Clone, PartialEq)]
            pub struct RemoveResponse {
                /// The response body as the server sent it.
                pub json: __p::serde_json::Value,
            }
            impl<'de> __p::serde::Deserialize<'de> for RemoveResponse {
                fn deserialize<D: __p::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    <__p::serde_json::Value as __p::serde::Deserialize>::deserialize(
                            deserializer,
                        )
                        .map(|json| RemoveResponse { json })
                }
            }
            impl __p::Envelope for RemoveResponse {
                type Output = Self;
                fn open(self) -> Self {
                    self
                }
            }
            impl ::std::fmt::Debug for RemoveResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    __p::debug_struct(f, "RemoveResponse", &[("json", &__p::Redacted)])
                }
            }
            /// The request of `remove` (v1 of section `temporary_address`): set its parameters, then `.send().await`. Started by [`super::TemporaryAddressV1::remove`], which documents the endpoint.
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct RemoveRequest<'c, A, S = remove_request_state::Empty> {
                connection: &'c __rt::Connection<A>,
                query: RemoveQuery,
                problems: __p::Problems,
                options: __rt::RequestOptions,
                state: ::std::marker::PhantomData<fn() -> S>,
            }
            impl<'c, A> RemoveRequest<'c, A, remove_request_state::Empty> {
                pub(crate) fn new(connection: &'c __rt::Connection<A>) -> Self {
                    RemoveRequest {
                        connection,
                        query: Default::default(),
                        problems: Default::default(),
                        options: Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// The typestate of [`RemoveRequest`](super::RemoveRequest): which of its required parameters are set. Its one state parameter is [`Empty`] at first; each setter of a required parameter, or of a member of a group of which one must be set, wraps it in that parameter's `Set…` type.
            pub mod remove_request_state {
                #[allow(unused_imports)]
                use super::__p;
                mod sealed {
                    pub trait Sealed {}
                }
                /// Which of the builder's tracked parameters are set, one associated type each.
                /// Only this module's states implement it.
                pub trait State: sealed::Sealed {
                    /// `Set` once `.id(...)` has been called, `Unset` before.
                    type Id;
                }
                /// The state of a fresh builder: nothing set.
                pub enum Empty {}
                impl sealed::Sealed for Empty {}
                impl State for Empty {
                    type Id = __p::Unset;
                }
                /// The state `S` with `id` set.
                pub struct SetId<S>(::std::marker::PhantomData<fn() -> S>);
                impl<S> sealed::Sealed for SetId<S> {}
                impl<S: State> State for SetId<S> {
                    type Id = __p::Set;
                }
                /// Implemented once `id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`RemoveRequest` cannot be sent: the required parameter `id` is not set",
                    label = "call `.id(...)` before `.send()`"
                )]
                pub trait IdIsSet {}
                impl IdIsSet for __p::Set {}
            }
            impl<'c, A, S: remove_request_state::State> RemoveRequest<'c, A, S> {
                fn into_state<T: remove_request_state::State>(
                    self,
                ) -> RemoveRequest<'c, A, T> {
                    RemoveRequest {
                        connection: self.connection,
                        query: self.query,
                        problems: self.problems,
                        options: self.options,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The temporary address to delete.
                ///
                /// **Required.**
                pub fn id(
                    mut self,
                    value: impl __rt::IntoValue<Id>,
                ) -> RemoveRequest<'c, A, remove_request_state::SetId<S>> {
                    let value = Some(value);
                    self.query.id = self.problems.check_maybe("id", value);
                    self.into_state()
                }
                /// Settings of this call that override the client's (timeout, retries).
                pub fn request_options(mut self, options: __rt::RequestOptions) -> Self {
                    self.options = options;
                    self
                }
                /// The query parameters as set so far.
                pub fn query(&self) -> &RemoveQuery {
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
                            Output = Result<RemoveResponse, __rt::Error>,
                        > + Send + 'c,
                    >,
                >
                where
                    A: __rt::Auth,
                    S::Id: remove_request_state::IdIsSet,
                {
                    __p::send::<
                        _,
                        _,
                        _,
                        RemoveResponse,
                    >(
                        self.connection,
                        &ENDPOINT,
                        self.problems,
                        self.options,
                        Some(self.query),
                        None::<()>,
                    )
                }
            }
            impl<'c, A, S: remove_request_state::State> ::std::fmt::Debug
            for RemoveRequest<'c, A, S> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(RemoveRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("query", &self.query)
                        .finish_non_exhaustive()
                }
            }
        }
    }
}
