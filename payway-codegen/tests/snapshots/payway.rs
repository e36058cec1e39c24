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
/// sandbox, a proxy).
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The scope `/external/klarna_payments/w`.
    pub const KLARNA_PAYMENTS_W: &str = "/external/klarna_payments/w";
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
    /// The `klarna_payments` section: pick a version, e.g. `.v2()`.
    pub struct KlarnaPayments<'c, A> {
        pub(crate) connection: &'c ::payway_client::Connection<A>,
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
        /// The v1 endpoints of `klarna_payments`: each method starts a request.
        pub struct KlarnaPaymentsV1<'c, A> {
            pub(crate) connection: &'c ::payway_client::Connection<A>,
        }
        impl<'c, A> KlarnaPaymentsV1<'c, A> {
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
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v1/create_session/>
            pub fn create_session(&self) -> create_session::CreateSessionRequest<'c, A>
            where
                A: ::payway_client::Auth,
                A::Identity: ::payway_client::HasCustomerIdentity,
            {
                create_session::CreateSessionRequest::new(self.connection)
            }
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
        /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v1/create_session/>
        pub mod create_session {
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: ::payway_client::EndpointInfo = ::payway_client::EndpointInfo {
                name: "klarna_payments.v1.create_session",
                method: ::payway_client::HttpMethod::Post,
                path: "/external/api/v1/klarna_payments/create_session",
                scope: "/external/klarna_payments/w",
                identity: true,
                retry_safe: true,
            };
            /// One of `limited`, `recurring`: the values of `period_type`.
            ///
            /// Limited or recurring. Always set to recurring for campaigns.
            ///
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
                type Err = ::payway_client::InvalidValue;
                fn from_str(text: &str) -> ::std::result::Result<Self, Self::Err> {
                    match text {
                        "limited" => ::std::result::Result::Ok(PeriodType::Limited),
                        "recurring" => ::std::result::Result::Ok(PeriodType::Recurring),
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
            ::payway_client::__private::impl_wire_enum!(PeriodType);
            /// Images of the payment method.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct AssetUrls {
                /// URL of the descriptive badge.
                #[serde(rename = "descriptive")]
                pub descriptive: ::payway_client::Url,
                /// URL of the standard badge.
                #[serde(rename = "standard")]
                pub standard: ::payway_client::Url,
            }
            impl ::std::fmt::Debug for AssetUrls {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(AssetUrls))
                        .field("descriptive", &self.descriptive)
                        .field("standard", &self.standard)
                        .finish_non_exhaustive()
                }
            }
            /// A payment method offered by Klarna for the session.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct PaymentMethodCategory {
                /// The payment method's identifier, e.g. `direct_debit` or `pay_later`.
                #[serde(rename = "identifier")]
                pub identifier: ::std::string::String,
                /// The payment method's display name.
                #[serde(rename = "name")]
                pub name: ::std::string::String,
                /// Images of the payment method.
                #[serde(rename = "asset_urls")]
                pub asset_urls: AssetUrls,
            }
            impl ::std::fmt::Debug for PaymentMethodCategory {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PaymentMethodCategory))
                        .field("identifier", &self.identifier)
                        .field("name", &self.name)
                        .field("asset_urls", &self.asset_urls)
                        .finish_non_exhaustive()
                }
            }
            /// The JSON body of `create_session`.
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct CreateSessionBody {
                #[serde(
                    rename = "code",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                code: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "period_type",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                period_type: ::std::option::Option<PeriodType>,
                #[serde(
                    rename = "period_id",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                period_id: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "confirmation_url",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                confirmation_url: ::std::option::Option<::payway_client::Url>,
                #[serde(
                    rename = "start_date",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                start_date: ::std::option::Option<::payway_client::Date>,
                #[serde(
                    rename = "disable_account_info_overwrite",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                disable_account_info_overwrite: ::std::option::Option<bool>,
            }
            impl CreateSessionBody {
                /// The `code` value, if set.
                pub fn code(&self) -> ::std::option::Option<&::std::string::String> {
                    self.code.as_ref()
                }
                /// The `period_type` value, if set.
                pub fn period_type(&self) -> ::std::option::Option<&PeriodType> {
                    self.period_type.as_ref()
                }
                /// The `period_id` value, if set.
                pub fn period_id(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.period_id.as_ref()
                }
                /// The `confirmation_url` value, if set.
                pub fn confirmation_url(
                    &self,
                ) -> ::std::option::Option<&::payway_client::Url> {
                    self.confirmation_url.as_ref()
                }
                /// The `start_date` value, if set.
                pub fn start_date(
                    &self,
                ) -> ::std::option::Option<&::payway_client::Date> {
                    self.start_date.as_ref()
                }
                /// The `disable_account_info_overwrite` value, if set.
                pub fn disable_account_info_overwrite(
                    &self,
                ) -> ::std::option::Option<&bool> {
                    self.disable_account_info_overwrite.as_ref()
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
                    if self.period_type.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("period_type"),
                        );
                    }
                    if self.confirmation_url.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("confirmation_url"),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for CreateSessionBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionBody))
                        .field("code", &self.code)
                        .field("period_type", &self.period_type)
                        .field("period_id", &self.period_id)
                        .field("confirmation_url", &self.confirmation_url)
                        .field("start_date", &self.start_date)
                        .field(
                            "disable_account_info_overwrite",
                            &self.disable_account_info_overwrite,
                        )
                        .finish_non_exhaustive()
                }
            }
            /// The response of `create_session`.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct CreateSessionResponse {
                /// The id of the session that was just created. Needed when you place the order; store it in the customer's session in your backend.
                #[serde(rename = "klarna_payments_session_id")]
                pub klarna_payments_session_id: ::std::string::String,
                /// The token to use when you build the Klarna Payments widget on your site.
                #[serde(rename = "klarna_client_token")]
                pub klarna_client_token: ::std::string::String,
                /// Payment methods available for that payment session.
                #[serde(rename = "payment_method_categories")]
                pub payment_method_categories: ::std::vec::Vec<PaymentMethodCategory>,
            }
            impl ::std::fmt::Debug for CreateSessionResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionResponse))
                        .field(
                            "klarna_payments_session_id",
                            &self.klarna_payments_session_id,
                        )
                        .field("klarna_client_token", &self.klarna_client_token)
                        .field(
                            "payment_method_categories",
                            &self.payment_method_categories,
                        )
                        .finish_non_exhaustive()
                }
            }
            /// The request of `create_session` (v1 of section `klarna_payments`). Set its parameters, then `.send().await`.
            ///
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
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v1/create_session/>
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct CreateSessionRequest<
                'c,
                A,
                CodeState = ::payway_client::__private::Unset,
                PeriodTypeState = ::payway_client::__private::Unset,
                ConfirmationUrlState = ::payway_client::__private::Unset,
            > {
                connection: &'c ::payway_client::Connection<A>,
                body: CreateSessionBody,
                problems: ::payway_client::__private::Problems,
                state: ::std::marker::PhantomData<
                    fn() -> (CodeState, PeriodTypeState, ConfirmationUrlState),
                >,
            }
            impl<
                'c,
                A,
            > CreateSessionRequest<
                'c,
                A,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
            > {
                pub(crate) fn new(
                    connection: &'c ::payway_client::Connection<A>,
                ) -> Self {
                    CreateSessionRequest {
                        connection,
                        body: ::std::default::Default::default(),
                        problems: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// Typestate markers of [`CreateSessionRequest`]: which required parameters are set.
            #[doc(hidden)]
            pub mod create_session_request_state {
                /// Implemented once `code` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `code` is not set",
                    label = "`code` is not set",
                    note = "call `.code(...)` before `.send()`"
                )]
                pub trait CodeIsSet {}
                impl CodeIsSet for ::payway_client::__private::Set {}
                /// Implemented once `period_type` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `period_type` is not set",
                    label = "`period_type` is not set",
                    note = "call `.period_type(...)` before `.send()`"
                )]
                pub trait PeriodTypeIsSet {}
                impl PeriodTypeIsSet for ::payway_client::__private::Set {}
                /// Implemented once `confirmation_url` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CreateSessionRequest` cannot be sent: the required parameter `confirmation_url` is not set",
                    label = "`confirmation_url` is not set",
                    note = "call `.confirmation_url(...)` before `.send()`"
                )]
                pub trait ConfirmationUrlIsSet {}
                impl ConfirmationUrlIsSet for ::payway_client::__private::Set {}
            }
            impl<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > CreateSessionRequest<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > {
                fn into_state<NewCodeState, NewPeriodTypeState, NewConfirmationUrlState>(
                    self,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    NewCodeState,
                    NewPeriodTypeState,
                    NewConfirmationUrlState,
                > {
                    CreateSessionRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The code of the package or campaign, e.g. `adeprimo_digital`.
                ///
                /// **Required.**
                pub fn code(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    ::payway_client::__private::Set,
                    PeriodTypeState,
                    ConfirmationUrlState,
                > {
                    self.body.code = self
                        .problems
                        .check("code", ::payway_client::IntoValue::into_value(value));
                    self.into_state()
                }
                /// Limited or recurring. Always set to recurring for campaigns.
                ///
                /// **Required.**
                pub fn period_type(
                    mut self,
                    value: impl ::payway_client::IntoValue<PeriodType>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    CodeState,
                    ::payway_client::__private::Set,
                    ConfirmationUrlState,
                > {
                    self.body.period_type = self
                        .problems
                        .check(
                            "period_type",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// Specific payment period id. Required for trial orders but not regular orders; use the payment periods API for fetching available payment periods.
                ///
                /// Optional.
                pub fn period_id(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.body.period_id = self
                        .problems
                        .check(
                            "period_id",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `period_id` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_period_id(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.period_id(value),
                        ::std::option::Option::None => {
                            self.problems.clear("period_id");
                            self.body.period_id = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// URL to your confirmation page for the customer.
                ///
                /// **Required.**
                pub fn confirmation_url(
                    mut self,
                    value: impl ::payway_client::IntoValue<::payway_client::Url>,
                ) -> CreateSessionRequest<
                    'c,
                    A,
                    CodeState,
                    PeriodTypeState,
                    ::payway_client::__private::Set,
                > {
                    self.body.confirmation_url = self
                        .problems
                        .check(
                            "confirmation_url",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// Start date of the subscription; must be today or a future date if supplied.
                ///
                /// Optional.
                pub fn start_date(
                    mut self,
                    value: impl ::payway_client::IntoValue<::payway_client::Date>,
                ) -> Self {
                    self.body.start_date = self
                        .problems
                        .check(
                            "start_date",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `start_date` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_start_date(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::payway_client::Date>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.start_date(value),
                        ::std::option::Option::None => {
                            self.problems.clear("start_date");
                            self.body.start_date = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Prevent existing account information from being overwritten by the information received through Klarna Payments. The fields first_name, last_name, mobile_phone, ssn and birthdate are updated if they are empty; the account address only if all of its fields are empty. Only has an effect on an actual purchase, not on a trial order.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn disable_account_info_overwrite(
                    mut self,
                    value: impl ::payway_client::IntoValue<bool>,
                ) -> Self {
                    self.body.disable_account_info_overwrite = self
                        .problems
                        .check(
                            "disable_account_info_overwrite",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `disable_account_info_overwrite` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_disable_account_info_overwrite(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<bool>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.disable_account_info_overwrite(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("disable_account_info_overwrite");
                            self.body.disable_account_info_overwrite = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > CreateSessionRequest<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > {
                /// The JSON body as set so far.
                pub fn body(&self) -> &CreateSessionBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network.
                ///
                /// [`Error::InvalidRequest`]: ::payway_client::Error::InvalidRequest
                pub async fn send(
                    self,
                ) -> ::std::result::Result<CreateSessionResponse, ::payway_client::Error>
                where
                    A: ::payway_client::Auth,
                    CodeState: create_session_request_state::CodeIsSet,
                    PeriodTypeState: create_session_request_state::PeriodTypeIsSet,
                    ConfirmationUrlState: create_session_request_state::ConfirmationUrlIsSet,
                {
                    self.connection
                        .send::<
                            _,
                            _,
                            ::payway_client::__private::Item<CreateSessionResponse>,
                        >(
                            &ENDPOINT,
                            self.problems,
                            ::std::option::Option::None::<&()>,
                            ::std::option::Option::Some(&self.body),
                        )
                        .await
                }
            }
            impl<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > ::std::fmt::Debug
            for CreateSessionRequest<
                'c,
                A,
                CodeState,
                PeriodTypeState,
                ConfirmationUrlState,
            > {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CreateSessionRequest))
                        .field("endpoint", &ENDPOINT.name)
                        .field("body", &self.body)
                        .finish_non_exhaustive()
                }
            }
        }
    }
    /// Version 2 of the `klarna_payments` section.
    pub mod v2 {
        /// The v2 endpoints of `klarna_payments`: each method starts a request.
        pub struct KlarnaPaymentsV2<'c, A> {
            pub(crate) connection: &'c ::payway_client::Connection<A>,
        }
        impl<'c, A> KlarnaPaymentsV2<'c, A> {
            /// Place trial order.
            ///
            /// Creates a Klarna payments trial order without the need of an existing customer account: a free campaign that transitions to a standard subscription. The purchase session used to initiate the purchase must support this. Klarna payments only supports Direct Debit for 0 amount purchases. This endpoint might affect the information saved on the customer's account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/klarna_payments/place_trial_order` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client never resends it on its own |
            /// | Since release | 4.7.5 |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v2/place_trial_order/>
            pub fn place_trial_order(
                &self,
            ) -> place_trial_order::PlaceTrialOrderRequest<'c, A>
            where
                A: ::payway_client::Auth,
            {
                place_trial_order::PlaceTrialOrderRequest::new(self.connection)
            }
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
        /// | Safe to retry | **No**: sending it twice has a second effect, so the client never resends it on its own |
        /// | Since release | 4.7.5 |
        /// | Section, version | `klarna_payments`, v2 |
        ///
        /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v2/place_trial_order/>
        pub mod place_trial_order {
            /// How this endpoint is called, as the spec describes it.
            pub const ENDPOINT: ::payway_client::EndpointInfo = ::payway_client::EndpointInfo {
                name: "klarna_payments.v2.place_trial_order",
                method: ::payway_client::HttpMethod::Post,
                path: "/external/api/v2/klarna_payments/place_trial_order",
                scope: "/external/klarna_payments/w",
                identity: false,
                retry_safe: false,
            };
            /// Address object. Its fields are not listed on the published page, so it is open: set any field by name. List the fields here once they are documented.
            ///
            ///
            /// Create one with [`Address::builder`].
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct Address {
                #[serde(flatten)]
                extra: ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::payway_client::__private::serde_json::Value,
                >,
                #[serde(skip)]
                problems: ::payway_client::__private::Problems,
            }
            impl Address {
                /// Starts building a value.
                pub fn builder() -> AddressBuilder {
                    AddressBuilder {
                        value: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for Address {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(Address)).finish_non_exhaustive()
                }
            }
            /// Builds a [`Address`]. Every required parameter must be set before `build()` compiles.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct AddressBuilder {
                value: Address,
                state: ::std::marker::PhantomData<fn() -> ()>,
            }
            /// Typestate markers of [`AddressBuilder`]: which required parameters are set.
            #[doc(hidden)]
            pub mod address_builder_state {}
            impl AddressBuilder {
                fn into_state(self) -> AddressBuilder {
                    AddressBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            impl AddressBuilder {
                /// Sets a field the spec does not list (this object is only partly documented).
                pub fn field(
                    mut self,
                    name: impl ::std::convert::Into<::std::string::String>,
                    value: impl ::std::convert::Into<
                        ::payway_client::__private::serde_json::Value,
                    >,
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
            ///
            /// Create one with [`CustomerInfo::builder`].
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct CustomerInfo {
                #[serde(
                    rename = "email",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                email: ::std::option::Option<::payway_client::Email>,
                #[serde(
                    rename = "first_name",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                first_name: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "last_name",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                last_name: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "mobile_phone_number",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                mobile_phone_number: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "social_security_number",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                social_security_number: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "birth_date",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                birth_date: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "company_name",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                company_name: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "company_registration_number",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                company_registration_number: ::std::option::Option<
                    ::std::string::String,
                >,
                #[serde(
                    rename = "account_origin",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                account_origin: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "alias",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                alias: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "address",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                address: ::std::option::Option<Address>,
                #[serde(skip)]
                problems: ::payway_client::__private::Problems,
            }
            impl CustomerInfo {
                /// Starts building a value.
                pub fn builder() -> CustomerInfoBuilder<
                    ::payway_client::__private::Unset,
                > {
                    CustomerInfoBuilder {
                        value: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `email` value, if set.
                pub fn email(&self) -> ::std::option::Option<&::payway_client::Email> {
                    self.email.as_ref()
                }
                /// The `first_name` value, if set.
                pub fn first_name(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.first_name.as_ref()
                }
                /// The `last_name` value, if set.
                pub fn last_name(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.last_name.as_ref()
                }
                /// The `mobile_phone_number` value, if set.
                pub fn mobile_phone_number(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.mobile_phone_number.as_ref()
                }
                /// The `social_security_number` value, if set.
                pub fn social_security_number(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.social_security_number.as_ref()
                }
                /// The `birth_date` value, if set.
                pub fn birth_date(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.birth_date.as_ref()
                }
                /// The `company_name` value, if set.
                pub fn company_name(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.company_name.as_ref()
                }
                /// The `company_registration_number` value, if set.
                pub fn company_registration_number(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.company_registration_number.as_ref()
                }
                /// The `account_origin` value, if set.
                pub fn account_origin(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.account_origin.as_ref()
                }
                /// The `alias` value, if set.
                pub fn alias(&self) -> ::std::option::Option<&::std::string::String> {
                    self.alias.as_ref()
                }
                /// The `address` value, if set.
                pub fn address(&self) -> ::std::option::Option<&Address> {
                    self.address.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    if self.email.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("email"),
                        );
                    }
                    if let ::std::option::Option::Some(value) = &self.address
                        && let ::std::option::Option::Some(inner) = value
                            .missing_required()
                    {
                        return ::std::option::Option::Some(
                            ::std::format!("{}.{}", "address", inner),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for CustomerInfo {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CustomerInfo))
                        .field(
                            "email",
                            &self
                                .email
                                .as_ref()
                                .map(|_| ::payway_client::__private::Redacted),
                        )
                        .field("first_name", &self.first_name)
                        .field("last_name", &self.last_name)
                        .field(
                            "mobile_phone_number",
                            &self
                                .mobile_phone_number
                                .as_ref()
                                .map(|_| ::payway_client::__private::Redacted),
                        )
                        .field(
                            "social_security_number",
                            &self
                                .social_security_number
                                .as_ref()
                                .map(|_| ::payway_client::__private::Redacted),
                        )
                        .field(
                            "birth_date",
                            &self
                                .birth_date
                                .as_ref()
                                .map(|_| ::payway_client::__private::Redacted),
                        )
                        .field("company_name", &self.company_name)
                        .field(
                            "company_registration_number",
                            &self.company_registration_number,
                        )
                        .field("account_origin", &self.account_origin)
                        .field("alias", &self.alias)
                        .field("address", &self.address)
                        .finish_non_exhaustive()
                }
            }
            /// Builds a [`CustomerInfo`]. Every required parameter must be set before `build()` compiles.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct CustomerInfoBuilder<
                EmailState = ::payway_client::__private::Unset,
            > {
                value: CustomerInfo,
                state: ::std::marker::PhantomData<fn() -> (EmailState,)>,
            }
            /// Typestate markers of [`CustomerInfoBuilder`]: which required parameters are set.
            #[doc(hidden)]
            pub mod customer_info_builder_state {
                /// Implemented once `email` is set.
                #[diagnostic::on_unimplemented(
                    message = "`CustomerInfo` cannot be built: the required parameter `email` is not set",
                    label = "`email` is not set",
                    note = "call `.email(...)` before `.build()`"
                )]
                pub trait EmailIsSet {}
                impl EmailIsSet for ::payway_client::__private::Set {}
            }
            impl<EmailState> CustomerInfoBuilder<EmailState> {
                fn into_state<NewEmailState>(
                    self,
                ) -> CustomerInfoBuilder<NewEmailState> {
                    CustomerInfoBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Email of the customer.
                ///
                /// **Required.** Personal data: never shown in `Debug` output or logs.
                pub fn email(
                    mut self,
                    value: impl ::payway_client::IntoValue<::payway_client::Email>,
                ) -> CustomerInfoBuilder<::payway_client::__private::Set> {
                    self.value.email = self
                        .value
                        .problems
                        .check("email", ::payway_client::IntoValue::into_value(value));
                    self.into_state()
                }
                /// First name of the customer. Overwritten by information fetched from Klarna if the customer already has a Klarna account.
                ///
                /// Optional.
                pub fn first_name(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.first_name = self
                        .value
                        .problems
                        .check(
                            "first_name",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `first_name` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_first_name(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.first_name(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("first_name");
                            self.value.first_name = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Last name of the customer. Overwritten by information fetched from Klarna if the customer already has a Klarna account.
                ///
                /// Optional.
                pub fn last_name(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.last_name = self
                        .value
                        .problems
                        .check(
                            "last_name",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `last_name` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_last_name(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.last_name(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("last_name");
                            self.value.last_name = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The phone number. Must be a valid phone number, with or without country code.
                ///
                /// Optional. Personal data: never shown in `Debug` output or logs.
                pub fn mobile_phone_number(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.mobile_phone_number = self
                        .value
                        .problems
                        .check(
                            "mobile_phone_number",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `mobile_phone_number` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_mobile_phone_number(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.mobile_phone_number(value)
                        }
                        ::std::option::Option::None => {
                            self.value.problems.clear("mobile_phone_number");
                            self.value.mobile_phone_number = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The social security number. Must be a valid social security number (SSN) in the country of the organisation.
                ///
                /// Optional. Personal data: never shown in `Debug` output or logs.
                pub fn social_security_number(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.social_security_number = self
                        .value
                        .problems
                        .check(
                            "social_security_number",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `social_security_number` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_social_security_number(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.social_security_number(value)
                        }
                        ::std::option::Option::None => {
                            self.value.problems.clear("social_security_number");
                            self.value.social_security_number = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The birth date. Must be in a DateTime parseable format.
                ///
                /// Optional. Personal data: never shown in `Debug` output or logs.
                pub fn birth_date(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.birth_date = self
                        .value
                        .problems
                        .check(
                            "birth_date",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `birth_date` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_birth_date(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.birth_date(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("birth_date");
                            self.value.birth_date = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Company name, if applicable.
                ///
                /// Optional.
                pub fn company_name(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.company_name = self
                        .value
                        .problems
                        .check(
                            "company_name",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `company_name` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_company_name(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.company_name(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("company_name");
                            self.value.company_name = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Company registration number (CRN), if applicable.
                ///
                /// Optional.
                pub fn company_registration_number(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.company_registration_number = self
                        .value
                        .problems
                        .check(
                            "company_registration_number",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `company_registration_number` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_company_registration_number(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.company_registration_number(value)
                        }
                        ::std::option::Option::None => {
                            self.value.problems.clear("company_registration_number");
                            self.value.company_registration_number = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The origin of the account.
                ///
                /// Optional.
                pub fn account_origin(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.account_origin = self
                        .value
                        .problems
                        .check(
                            "account_origin",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `account_origin` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_account_origin(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.account_origin(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("account_origin");
                            self.value.account_origin = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The alias of the account.
                ///
                /// Optional.
                pub fn alias(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.value.alias = self
                        .value
                        .problems
                        .check("alias", ::payway_client::IntoValue::into_value(value));
                    self
                }
                /// Sets `alias` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_alias(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.alias(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("alias");
                            self.value.alias = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Address object. Its fields are not listed on the published page, so it is open: set any field by name. List the fields here once they are documented.
                ///
                /// Optional.
                pub fn address(mut self, mut value: Address) -> Self {
                    self.value
                        .problems
                        .absorb("address", ::std::mem::take(&mut value.problems));
                    self.value.address = ::std::option::Option::Some(value);
                    self
                }
                /// Sets `address` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_address(
                    mut self,
                    value: ::std::option::Option<Address>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.address(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("address");
                            self.value.address = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl<EmailState> CustomerInfoBuilder<EmailState> {
                /// Finishes the value. Values that failed their checks are reported when the request
                /// is sent, before anything goes over the network.
                pub fn build(self) -> CustomerInfo
                where
                    EmailState: customer_info_builder_state::EmailIsSet,
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
            pub struct PaywallId(::std::string::String);
            impl PaywallId {
                /// The rules a value must follow, from the spec.
                pub const RULES: ::payway_client::__private::TextRules = ::payway_client::__private::TextRules {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(24usize),
                    pattern: ::std::option::Option::Some({
                        static PATTERN: ::payway_client::__private::Pattern = ::payway_client::__private::Pattern::new(
                            "(?i)^[a-f\\d]{24}$",
                        );
                        &PATTERN
                    }),
                };
                /// Checks `value` against the spec's rules.
                pub fn new(
                    value: impl ::std::convert::Into<::std::string::String>,
                ) -> ::std::result::Result<Self, ::payway_client::InvalidValue> {
                    let value = value.into();
                    Self::RULES.check(&value)?;
                    ::std::result::Result::Ok(PaywallId(value))
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
            ::payway_client::__private::impl_checked_text!(PaywallId);
            /// Information about custom URLs, i.e. where to send the user afterwards.
            ///
            ///
            /// Create one with [`CustomUrls::builder`].
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct CustomUrls {
                #[serde(
                    rename = "reset_password_url",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                reset_password_url: ::std::option::Option<::payway_client::Url>,
                #[serde(
                    rename = "return_url",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                return_url: ::std::option::Option<::payway_client::Url>,
                #[serde(skip)]
                problems: ::payway_client::__private::Problems,
            }
            impl CustomUrls {
                /// Starts building a value.
                pub fn builder() -> CustomUrlsBuilder {
                    CustomUrlsBuilder {
                        value: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
                /// The `reset_password_url` value, if set.
                pub fn reset_password_url(
                    &self,
                ) -> ::std::option::Option<&::payway_client::Url> {
                    self.reset_password_url.as_ref()
                }
                /// The `return_url` value, if set.
                pub fn return_url(
                    &self,
                ) -> ::std::option::Option<&::payway_client::Url> {
                    self.return_url.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for CustomUrls {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(CustomUrls))
                        .field("reset_password_url", &self.reset_password_url)
                        .field("return_url", &self.return_url)
                        .finish_non_exhaustive()
                }
            }
            /// Builds a [`CustomUrls`]. Every required parameter must be set before `build()` compiles.
            #[must_use = "a builder does nothing until `.build()` is called"]
            pub struct CustomUrlsBuilder {
                value: CustomUrls,
                state: ::std::marker::PhantomData<fn() -> ()>,
            }
            /// Typestate markers of [`CustomUrlsBuilder`]: which required parameters are set.
            #[doc(hidden)]
            pub mod custom_urls_builder_state {}
            impl CustomUrlsBuilder {
                fn into_state(self) -> CustomUrlsBuilder {
                    CustomUrlsBuilder {
                        value: self.value,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Absolute URI to a page allowing the customer to reset their current password.
                ///
                /// Optional.
                pub fn reset_password_url(
                    mut self,
                    value: impl ::payway_client::IntoValue<::payway_client::Url>,
                ) -> Self {
                    self.value.reset_password_url = self
                        .value
                        .problems
                        .check(
                            "reset_password_url",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `reset_password_url` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_reset_password_url(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::payway_client::Url>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.reset_password_url(value)
                        }
                        ::std::option::Option::None => {
                            self.value.problems.clear("reset_password_url");
                            self.value.reset_password_url = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Absolute URI to a page where the customer should be sent after a successful purchase.
                ///
                /// Optional.
                pub fn return_url(
                    mut self,
                    value: impl ::payway_client::IntoValue<::payway_client::Url>,
                ) -> Self {
                    self.value.return_url = self
                        .value
                        .problems
                        .check(
                            "return_url",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `return_url` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_return_url(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::payway_client::Url>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.return_url(value),
                        ::std::option::Option::None => {
                            self.value.problems.clear("return_url");
                            self.value.return_url = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl CustomUrlsBuilder {
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
                Unknown(::std::string::String),
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
                fn from_str(text: &str) -> ::std::result::Result<Self, Self::Err> {
                    ::std::result::Result::Ok(
                        match text {
                            "known" => AccountStatus::Known,
                            "created" => AccountStatus::Created,
                            other => {
                                AccountStatus::Unknown(
                                    ::std::string::ToString::to_string(other),
                                )
                            }
                        },
                    )
                }
            }
            ::payway_client::__private::impl_wire_enum!(AccountStatus);
            /// The JSON body of `place_trial_order`.
            #[derive(
                Clone,
                Default,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde", deny_unknown_fields)]
            pub struct PlaceTrialOrderBody {
                #[serde(
                    rename = "customer_info",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                customer_info: ::std::option::Option<CustomerInfo>,
                #[serde(
                    rename = "klarna_authorization_token",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                klarna_authorization_token: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "klarna_payments_session_id",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                klarna_payments_session_id: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "browser_ip",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                browser_ip: ::std::option::Option<::std::net::IpAddr>,
                #[serde(
                    rename = "browser_language",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                browser_language: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "browser_user_agent",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                browser_user_agent: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "traffic_source",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                traffic_source: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "merchant_reference",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                merchant_reference: ::std::option::Option<::std::string::String>,
                #[serde(
                    rename = "paywall_id",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                paywall_id: ::std::option::Option<PaywallId>,
                #[serde(
                    rename = "custom_urls",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                custom_urls: ::std::option::Option<CustomUrls>,
                #[serde(
                    rename = "raise_on_ssn_already_taken_error",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                raise_on_ssn_already_taken_error: ::std::option::Option<bool>,
                #[serde(
                    rename = "raise_on_ssn_already_set_error",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                raise_on_ssn_already_set_error: ::std::option::Option<bool>,
                #[serde(
                    rename = "raise_on_account_update_error",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                raise_on_account_update_error: ::std::option::Option<bool>,
                #[serde(
                    rename = "raise_on_delivery_address_error",
                    default,
                    skip_serializing_if = "::std::option::Option::is_none"
                )]
                raise_on_delivery_address_error: ::std::option::Option<bool>,
            }
            impl PlaceTrialOrderBody {
                /// The `customer_info` value, if set.
                pub fn customer_info(&self) -> ::std::option::Option<&CustomerInfo> {
                    self.customer_info.as_ref()
                }
                /// The `klarna_authorization_token` value, if set.
                pub fn klarna_authorization_token(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.klarna_authorization_token.as_ref()
                }
                /// The `klarna_payments_session_id` value, if set.
                pub fn klarna_payments_session_id(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.klarna_payments_session_id.as_ref()
                }
                /// The `browser_ip` value, if set.
                pub fn browser_ip(&self) -> ::std::option::Option<&::std::net::IpAddr> {
                    self.browser_ip.as_ref()
                }
                /// The `browser_language` value, if set.
                pub fn browser_language(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.browser_language.as_ref()
                }
                /// The `browser_user_agent` value, if set.
                pub fn browser_user_agent(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.browser_user_agent.as_ref()
                }
                /// The `traffic_source` value, if set.
                pub fn traffic_source(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.traffic_source.as_ref()
                }
                /// The `merchant_reference` value, if set.
                pub fn merchant_reference(
                    &self,
                ) -> ::std::option::Option<&::std::string::String> {
                    self.merchant_reference.as_ref()
                }
                /// The `paywall_id` value, if set.
                pub fn paywall_id(&self) -> ::std::option::Option<&PaywallId> {
                    self.paywall_id.as_ref()
                }
                /// The `custom_urls` value, if set.
                pub fn custom_urls(&self) -> ::std::option::Option<&CustomUrls> {
                    self.custom_urls.as_ref()
                }
                /// The `raise_on_ssn_already_taken_error` value, if set.
                pub fn raise_on_ssn_already_taken_error(
                    &self,
                ) -> ::std::option::Option<&bool> {
                    self.raise_on_ssn_already_taken_error.as_ref()
                }
                /// The `raise_on_ssn_already_set_error` value, if set.
                pub fn raise_on_ssn_already_set_error(
                    &self,
                ) -> ::std::option::Option<&bool> {
                    self.raise_on_ssn_already_set_error.as_ref()
                }
                /// The `raise_on_account_update_error` value, if set.
                pub fn raise_on_account_update_error(
                    &self,
                ) -> ::std::option::Option<&bool> {
                    self.raise_on_account_update_error.as_ref()
                }
                /// The `raise_on_delivery_address_error` value, if set.
                pub fn raise_on_delivery_address_error(
                    &self,
                ) -> ::std::option::Option<&bool> {
                    self.raise_on_delivery_address_error.as_ref()
                }
                /// The path of the first required parameter that is absent (e.g. `customer_info.email`),
                /// or `None` when every required parameter is present.
                pub fn missing_required(
                    &self,
                ) -> ::std::option::Option<::std::string::String> {
                    if self.customer_info.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("customer_info"),
                        );
                    }
                    if let ::std::option::Option::Some(value) = &self.customer_info
                        && let ::std::option::Option::Some(inner) = value
                            .missing_required()
                    {
                        return ::std::option::Option::Some(
                            ::std::format!("{}.{}", "customer_info", inner),
                        );
                    }
                    if self.klarna_authorization_token.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("klarna_authorization_token"),
                        );
                    }
                    if self.klarna_payments_session_id.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("klarna_payments_session_id"),
                        );
                    }
                    if self.browser_ip.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("browser_ip"),
                        );
                    }
                    if self.browser_language.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("browser_language"),
                        );
                    }
                    if self.browser_user_agent.is_none() {
                        return ::std::option::Option::Some(
                            ::std::string::String::from("browser_user_agent"),
                        );
                    }
                    if let ::std::option::Option::Some(value) = &self.custom_urls
                        && let ::std::option::Option::Some(inner) = value
                            .missing_required()
                    {
                        return ::std::option::Option::Some(
                            ::std::format!("{}.{}", "custom_urls", inner),
                        );
                    }
                    ::std::option::Option::None
                }
            }
            impl ::std::fmt::Debug for PlaceTrialOrderBody {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PlaceTrialOrderBody))
                        .field("customer_info", &self.customer_info)
                        .field(
                            "klarna_authorization_token",
                            &self.klarna_authorization_token,
                        )
                        .field(
                            "klarna_payments_session_id",
                            &self.klarna_payments_session_id,
                        )
                        .field("browser_ip", &self.browser_ip)
                        .field("browser_language", &self.browser_language)
                        .field("browser_user_agent", &self.browser_user_agent)
                        .field("traffic_source", &self.traffic_source)
                        .field("merchant_reference", &self.merchant_reference)
                        .field("paywall_id", &self.paywall_id)
                        .field("custom_urls", &self.custom_urls)
                        .field(
                            "raise_on_ssn_already_taken_error",
                            &self.raise_on_ssn_already_taken_error,
                        )
                        .field(
                            "raise_on_ssn_already_set_error",
                            &self.raise_on_ssn_already_set_error,
                        )
                        .field(
                            "raise_on_account_update_error",
                            &self.raise_on_account_update_error,
                        )
                        .field(
                            "raise_on_delivery_address_error",
                            &self.raise_on_delivery_address_error,
                        )
                        .finish_non_exhaustive()
                }
            }
            /// The response of `place_trial_order`.
            ///
            #[derive(
                Clone,
                PartialEq,
                ::payway_client::__private::serde::Serialize,
                ::payway_client::__private::serde::Deserialize
            )]
            #[serde(crate = "::payway_client::__private::serde")]
            pub struct PlaceTrialOrderResponse {
                /// URL where you should redirect the customer.
                #[serde(rename = "redirect_url")]
                pub redirect_url: ::payway_client::Url,
                /// The Payway order id.
                #[serde(rename = "pw_order_id")]
                pub pw_order_id: ::std::string::String,
                /// The Klarna order id.
                #[serde(rename = "klarna_order_id")]
                pub klarna_order_id: ::std::string::String,
                /// The account id of the registered customer account.
                #[serde(rename = "account_id")]
                pub account_id: ::std::string::String,
                /// Whether the account was known since before (`known`) or a new account was registered (`created`).
                #[serde(rename = "account_status")]
                pub account_status: AccountStatus,
            }
            impl ::std::fmt::Debug for PlaceTrialOrderResponse {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(stringify!(PlaceTrialOrderResponse))
                        .field("redirect_url", &self.redirect_url)
                        .field("pw_order_id", &self.pw_order_id)
                        .field("klarna_order_id", &self.klarna_order_id)
                        .field("account_id", &self.account_id)
                        .field("account_status", &self.account_status)
                        .finish_non_exhaustive()
                }
            }
            /// The request of `place_trial_order` (v2 of section `klarna_payments`). Set its parameters, then `.send().await`.
            ///
            /// Place trial order.
            ///
            /// Creates a Klarna payments trial order without the need of an existing customer account: a free campaign that transitions to a standard subscription. The purchase session used to initiate the purchase must support this. Klarna payments only supports Direct Debit for 0 amount purchases. This endpoint might affect the information saved on the customer's account.
            ///
            /// | | |
            /// |---|---|
            /// | Request | `POST /external/api/v2/klarna_payments/place_trial_order` |
            /// | Scope | `/external/klarna_payments/w` |
            /// | Identity | No: an application token is enough |
            /// | Safe to retry | **No**: sending it twice has a second effect, so the client never resends it on its own |
            /// | Since release | 4.7.5 |
            /// | Section, version | `klarna_payments`, v2 |
            ///
            /// Documentation: <https://docs.worldoftulo.com/payway/integration/payway_api/klarna_payments_api/v2/place_trial_order/>
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct PlaceTrialOrderRequest<
                'c,
                A,
                CustomerInfoState = ::payway_client::__private::Unset,
                KlarnaAuthorizationTokenState = ::payway_client::__private::Unset,
                KlarnaPaymentsSessionIdState = ::payway_client::__private::Unset,
                BrowserIpState = ::payway_client::__private::Unset,
                BrowserLanguageState = ::payway_client::__private::Unset,
                BrowserUserAgentState = ::payway_client::__private::Unset,
            > {
                connection: &'c ::payway_client::Connection<A>,
                body: PlaceTrialOrderBody,
                problems: ::payway_client::__private::Problems,
                state: ::std::marker::PhantomData<
                    fn() -> (
                        CustomerInfoState,
                        KlarnaAuthorizationTokenState,
                        KlarnaPaymentsSessionIdState,
                        BrowserIpState,
                        BrowserLanguageState,
                        BrowserUserAgentState,
                    ),
                >,
            }
            impl<
                'c,
                A,
            > PlaceTrialOrderRequest<
                'c,
                A,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
                ::payway_client::__private::Unset,
            > {
                pub(crate) fn new(
                    connection: &'c ::payway_client::Connection<A>,
                ) -> Self {
                    PlaceTrialOrderRequest {
                        connection,
                        body: ::std::default::Default::default(),
                        problems: ::std::default::Default::default(),
                        state: ::std::marker::PhantomData,
                    }
                }
            }
            /// Typestate markers of [`PlaceTrialOrderRequest`]: which required parameters are set.
            #[doc(hidden)]
            pub mod place_trial_order_request_state {
                /// Implemented once `customer_info` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `customer_info` is not set",
                    label = "`customer_info` is not set",
                    note = "call `.customer_info(...)` before `.send()`"
                )]
                pub trait CustomerInfoIsSet {}
                impl CustomerInfoIsSet for ::payway_client::__private::Set {}
                /// Implemented once `klarna_authorization_token` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `klarna_authorization_token` is not set",
                    label = "`klarna_authorization_token` is not set",
                    note = "call `.klarna_authorization_token(...)` before `.send()`"
                )]
                pub trait KlarnaAuthorizationTokenIsSet {}
                impl KlarnaAuthorizationTokenIsSet for ::payway_client::__private::Set {}
                /// Implemented once `klarna_payments_session_id` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `klarna_payments_session_id` is not set",
                    label = "`klarna_payments_session_id` is not set",
                    note = "call `.klarna_payments_session_id(...)` before `.send()`"
                )]
                pub trait KlarnaPaymentsSessionIdIsSet {}
                impl KlarnaPaymentsSessionIdIsSet for ::payway_client::__private::Set {}
                /// Implemented once `browser_ip` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_ip` is not set",
                    label = "`browser_ip` is not set",
                    note = "call `.browser_ip(...)` before `.send()`"
                )]
                pub trait BrowserIpIsSet {}
                impl BrowserIpIsSet for ::payway_client::__private::Set {}
                /// Implemented once `browser_language` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_language` is not set",
                    label = "`browser_language` is not set",
                    note = "call `.browser_language(...)` before `.send()`"
                )]
                pub trait BrowserLanguageIsSet {}
                impl BrowserLanguageIsSet for ::payway_client::__private::Set {}
                /// Implemented once `browser_user_agent` is set.
                #[diagnostic::on_unimplemented(
                    message = "`PlaceTrialOrderRequest` cannot be sent: the required parameter `browser_user_agent` is not set",
                    label = "`browser_user_agent` is not set",
                    note = "call `.browser_user_agent(...)` before `.send()`"
                )]
                pub trait BrowserUserAgentIsSet {}
                impl BrowserUserAgentIsSet for ::payway_client::__private::Set {}
            }
            impl<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > PlaceTrialOrderRequest<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > {
                fn into_state<
                    NewCustomerInfoState,
                    NewKlarnaAuthorizationTokenState,
                    NewKlarnaPaymentsSessionIdState,
                    NewBrowserIpState,
                    NewBrowserLanguageState,
                    NewBrowserUserAgentState,
                >(
                    self,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    NewCustomerInfoState,
                    NewKlarnaAuthorizationTokenState,
                    NewKlarnaPaymentsSessionIdState,
                    NewBrowserIpState,
                    NewBrowserLanguageState,
                    NewBrowserUserAgentState,
                > {
                    PlaceTrialOrderRequest {
                        connection: self.connection,
                        body: self.body,
                        problems: self.problems,
                        state: ::std::marker::PhantomData,
                    }
                }
                /// Information about the customer that should be registered. This information may be overwritten by Klarna.
                ///
                /// **Required.**
                pub fn customer_info(
                    mut self,
                    mut value: CustomerInfo,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    ::payway_client::__private::Set,
                    KlarnaAuthorizationTokenState,
                    KlarnaPaymentsSessionIdState,
                    BrowserIpState,
                    BrowserLanguageState,
                    BrowserUserAgentState,
                > {
                    self.problems
                        .absorb("customer_info", ::std::mem::take(&mut value.problems));
                    self.body.customer_info = ::std::option::Option::Some(value);
                    self.into_state()
                }
                /// The authorization token acquired from the Klarna widget.
                ///
                /// **Required.**
                pub fn klarna_authorization_token(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    CustomerInfoState,
                    ::payway_client::__private::Set,
                    KlarnaPaymentsSessionIdState,
                    BrowserIpState,
                    BrowserLanguageState,
                    BrowserUserAgentState,
                > {
                    self.body.klarna_authorization_token = self
                        .problems
                        .check(
                            "klarna_authorization_token",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// The id of the session that was returned by the `create_session` call.
                ///
                /// **Required.**
                pub fn klarna_payments_session_id(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    CustomerInfoState,
                    KlarnaAuthorizationTokenState,
                    ::payway_client::__private::Set,
                    BrowserIpState,
                    BrowserLanguageState,
                    BrowserUserAgentState,
                > {
                    self.body.klarna_payments_session_id = self
                        .problems
                        .check(
                            "klarna_payments_session_id",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// The IPv4 or IPv6 address of the browser, e.g. 81.208.13.50 or 2002:51d0:0d32::51d0:0d32.
                ///
                /// **Required.**
                pub fn browser_ip(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::net::IpAddr>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    CustomerInfoState,
                    KlarnaAuthorizationTokenState,
                    KlarnaPaymentsSessionIdState,
                    ::payway_client::__private::Set,
                    BrowserLanguageState,
                    BrowserUserAgentState,
                > {
                    self.body.browser_ip = self
                        .problems
                        .check(
                            "browser_ip",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// The browser language, e.g. `sv-SE`.
                ///
                /// **Required.**
                pub fn browser_language(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    CustomerInfoState,
                    KlarnaAuthorizationTokenState,
                    KlarnaPaymentsSessionIdState,
                    BrowserIpState,
                    ::payway_client::__private::Set,
                    BrowserUserAgentState,
                > {
                    self.body.browser_language = self
                        .problems
                        .check(
                            "browser_language",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// The user agent of the browser.
                ///
                /// **Required.**
                pub fn browser_user_agent(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> PlaceTrialOrderRequest<
                    'c,
                    A,
                    CustomerInfoState,
                    KlarnaAuthorizationTokenState,
                    KlarnaPaymentsSessionIdState,
                    BrowserIpState,
                    BrowserLanguageState,
                    ::payway_client::__private::Set,
                > {
                    self.body.browser_user_agent = self
                        .problems
                        .check(
                            "browser_user_agent",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self.into_state()
                }
                /// The source of the purchase, e.g. facebook, web. Traffic sources need to be set up in PAP.
                ///
                /// Optional.
                pub fn traffic_source(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.body.traffic_source = self
                        .problems
                        .check(
                            "traffic_source",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `traffic_source` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_traffic_source(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.traffic_source(value),
                        ::std::option::Option::None => {
                            self.problems.clear("traffic_source");
                            self.body.traffic_source = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// An optional customer reference; can be a code or a URL.
                ///
                /// Optional.
                pub fn merchant_reference(
                    mut self,
                    value: impl ::payway_client::IntoValue<::std::string::String>,
                ) -> Self {
                    self.body.merchant_reference = self
                        .problems
                        .check(
                            "merchant_reference",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `merchant_reference` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_merchant_reference(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<::std::string::String>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.merchant_reference(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("merchant_reference");
                            self.body.merchant_reference = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// The ID of the paywall.
                ///
                /// Optional.
                pub fn paywall_id(
                    mut self,
                    value: impl ::payway_client::IntoValue<PaywallId>,
                ) -> Self {
                    self.body.paywall_id = self
                        .problems
                        .check(
                            "paywall_id",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `paywall_id` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_paywall_id(
                    mut self,
                    value: ::std::option::Option<
                        impl ::payway_client::IntoValue<PaywallId>,
                    >,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.paywall_id(value),
                        ::std::option::Option::None => {
                            self.problems.clear("paywall_id");
                            self.body.paywall_id = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// Information about custom URLs, i.e. where to send the user afterwards.
                ///
                /// Optional.
                pub fn custom_urls(mut self, mut value: CustomUrls) -> Self {
                    self.problems
                        .absorb("custom_urls", ::std::mem::take(&mut value.problems));
                    self.body.custom_urls = ::std::option::Option::Some(value);
                    self
                }
                /// Sets `custom_urls` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_custom_urls(
                    mut self,
                    value: ::std::option::Option<CustomUrls>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => self.custom_urls(value),
                        ::std::option::Option::None => {
                            self.problems.clear("custom_urls");
                            self.body.custom_urls = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// If true, the request raises an error if the SSN is already taken by another user in Payway.
                ///
                /// Optional. Default: `true` (applied by the server when the parameter is not sent).
                pub fn raise_on_ssn_already_taken_error(
                    mut self,
                    value: impl ::payway_client::IntoValue<bool>,
                ) -> Self {
                    self.body.raise_on_ssn_already_taken_error = self
                        .problems
                        .check(
                            "raise_on_ssn_already_taken_error",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `raise_on_ssn_already_taken_error` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_raise_on_ssn_already_taken_error(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<bool>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.raise_on_ssn_already_taken_error(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("raise_on_ssn_already_taken_error");
                            self.body.raise_on_ssn_already_taken_error = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// If true, the request raises an error if an SSN update is performed on a user with an SSN.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_ssn_already_set_error(
                    mut self,
                    value: impl ::payway_client::IntoValue<bool>,
                ) -> Self {
                    self.body.raise_on_ssn_already_set_error = self
                        .problems
                        .check(
                            "raise_on_ssn_already_set_error",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `raise_on_ssn_already_set_error` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_raise_on_ssn_already_set_error(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<bool>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.raise_on_ssn_already_set_error(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("raise_on_ssn_already_set_error");
                            self.body.raise_on_ssn_already_set_error = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// If true, the request raises an error if errors are encountered during an account update. An account update consists of "name", "birth date" and "account address" updates.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_account_update_error(
                    mut self,
                    value: impl ::payway_client::IntoValue<bool>,
                ) -> Self {
                    self.body.raise_on_account_update_error = self
                        .problems
                        .check(
                            "raise_on_account_update_error",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `raise_on_account_update_error` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_raise_on_account_update_error(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<bool>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.raise_on_account_update_error(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("raise_on_account_update_error");
                            self.body.raise_on_account_update_error = ::std::option::Option::None;
                            self
                        }
                    }
                }
                /// If true, the request raises an error if errors are encountered during the order delivery address validation.
                ///
                /// Optional. Default: `false` (applied by the server when the parameter is not sent).
                pub fn raise_on_delivery_address_error(
                    mut self,
                    value: impl ::payway_client::IntoValue<bool>,
                ) -> Self {
                    self.body.raise_on_delivery_address_error = self
                        .problems
                        .check(
                            "raise_on_delivery_address_error",
                            ::payway_client::IntoValue::into_value(value),
                        );
                    self
                }
                /// Sets `raise_on_delivery_address_error` when `value` is `Some`, and clears it when `None`; the builder's type stays the same either way.
                pub fn maybe_raise_on_delivery_address_error(
                    mut self,
                    value: ::std::option::Option<impl ::payway_client::IntoValue<bool>>,
                ) -> Self {
                    match value {
                        ::std::option::Option::Some(value) => {
                            self.raise_on_delivery_address_error(value)
                        }
                        ::std::option::Option::None => {
                            self.problems.clear("raise_on_delivery_address_error");
                            self.body.raise_on_delivery_address_error = ::std::option::Option::None;
                            self
                        }
                    }
                }
            }
            impl<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > PlaceTrialOrderRequest<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > {
                /// The JSON body as set so far.
                pub fn body(&self) -> &PlaceTrialOrderBody {
                    &self.body
                }
                /// Checks every value, then sends the request. Values that failed their checks are reported as [`Error::InvalidRequest`] before anything goes over the network. This request is not safe to retry: the client never sends it a second time on its own.
                ///
                /// [`Error::InvalidRequest`]: ::payway_client::Error::InvalidRequest
                pub async fn send(
                    self,
                ) -> ::std::result::Result<
                    PlaceTrialOrderResponse,
                    ::payway_client::Error,
                >
                where
                    A: ::payway_client::Auth,
                    CustomerInfoState: place_trial_order_request_state::CustomerInfoIsSet,
                    KlarnaAuthorizationTokenState: place_trial_order_request_state::KlarnaAuthorizationTokenIsSet,
                    KlarnaPaymentsSessionIdState: place_trial_order_request_state::KlarnaPaymentsSessionIdIsSet,
                    BrowserIpState: place_trial_order_request_state::BrowserIpIsSet,
                    BrowserLanguageState: place_trial_order_request_state::BrowserLanguageIsSet,
                    BrowserUserAgentState: place_trial_order_request_state::BrowserUserAgentIsSet,
                {
                    self.connection
                        .send::<
                            _,
                            _,
                            ::payway_client::__private::Item<PlaceTrialOrderResponse>,
                        >(
                            &ENDPOINT,
                            self.problems,
                            ::std::option::Option::None::<&()>,
                            ::std::option::Option::Some(&self.body),
                        )
                        .await
                }
            }
            impl<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > ::std::fmt::Debug
            for PlaceTrialOrderRequest<
                'c,
                A,
                CustomerInfoState,
                KlarnaAuthorizationTokenState,
                KlarnaPaymentsSessionIdState,
                BrowserIpState,
                BrowserLanguageState,
                BrowserUserAgentState,
            > {
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
