//! The endpoints that do more than answer a synthesized response, keyed by (section,
//! version, action). Each gets a request that has passed authentication and the spec's
//! validation, and returns the response data (what goes in the `item` or `items` envelope, or
//! the whole body for a response the docs do not show).
//!
//! - `klarna_payments` v1 and v2 `payment_periods`: the periods of a package the sandbox sells
//!   (`catalogue.rs`); an unknown code is 404 `not_found`.
//! - v1 `create_session` (identity), v1 `create_session_without_account` and v2
//!   `create_session` (no identity): store a purchase session for 48 hours (or the builder's
//!   `session_lifetime`), for a package the sandbox sells and, when given, one of its periods.
//! - v2 `place_trial_order`: needs a live session created with a `period_id`; finds or creates
//!   the customer's account by email and places an order.
//! - v1 `place_order` (the identity's account) and v2 `place_order` (the account of
//!   `customer_info.email`, found or created): a paid order on a live session.
//! - Every order needs a `klarna_authorization_token` the Klarna widget stand-in (`widget.rs`)
//!   gave for that very session, unused and at most an hour old: it places one order.
//!
//! - `me` v1 `active_products`: the identity's account, and the codes of the packages its
//!   orders bought (the sandbox's packages stand for their products).
//!
//! The docs do not show the responses of the no-account sessions and of the paid orders: the
//! sandbox answers them as their documented siblings answer (`{"item": {...}}` with
//! create_session's and place_trial_order's fields), which the client keeps as JSON.
//!
//! An endpoint the spec has but this table lacks is served generically; an entry whose
//! endpoint the spec lacks is never used.

use std::time::{Duration, Instant, SystemTime};

use http::StatusCode;
use payway_values::{Date, Url};
use serde_json::{Map, Value, json};

use crate::reply::ApiError;
use crate::state::{AccountStatus, AuthorizationRefusal, Order, Session, Store, TokenGrant};
use crate::{catalogue, ids, today};

/// A validated request, as a behaviour sees it: the request and the little of the sandbox a
/// behaviour needs.
pub(crate) struct Call<'a> {
    /// The sandbox's memory.
    pub(crate) store: &'a Store,
    /// How long a new purchase session lives.
    pub(crate) session_lifetime: Duration,
    /// What the bearer token grants.
    pub(crate) grant: &'a TokenGrant,
    /// The query parameters, typed (empty for a body request).
    pub(crate) query: &'a Map<String, Value>,
    /// The JSON body (empty for GET).
    pub(crate) body: &'a Map<String, Value>,
}

/// A specific behaviour: the response data, or an error answer.
pub(crate) type Behaviour = fn(&Call<'_>) -> Result<Value, ApiError>;

/// The behaviour of an endpoint, if it has one.
pub(crate) fn find(section: &str, version: u32, action: &str) -> Option<Behaviour> {
    match (section, version, action) {
        ("klarna_payments", 1 | 2, "payment_periods") => Some(payment_periods),
        ("klarna_payments", 1, "create_session") => Some(create_session),
        ("klarna_payments", 1, "create_session_without_account")
        | ("klarna_payments", 2, "create_session") => Some(create_session_without_account),
        ("klarna_payments", 2, "place_trial_order") => Some(place_trial_order),
        ("klarna_payments", 1, "place_order") => Some(place_order_with_identity),
        ("klarna_payments", 2, "place_order") => Some(place_order_without_account),
        ("me", 1, "active_products") => Some(active_products),
        _ => None,
    }
}

fn text<'v>(map: &'v Map<String, Value>, name: &str) -> Option<&'v str> {
    map.get(name).and_then(Value::as_str)
}

const BADGE: &str = "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg";

fn payment_periods(call: &Call<'_>) -> Result<Value, ApiError> {
    let code = text(call.query, "code").unwrap_or_default();
    let periods = catalogue::periods(code).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!(
                "no package or campaign with this code; the sandbox sells: {}",
                catalogue::codes().join(", ")
            ),
        )
        .with_field("code")
    })?;
    Ok(Value::Array(
        periods.iter().map(|period| period.to_item()).collect(),
    ))
}

fn create_session(call: &Call<'_>) -> Result<Value, ApiError> {
    let session = new_session(call, call.grant.identity.clone())?;
    Ok(open_session(call.store, session))
}

/// v1 `create_session_without_account` and v2 `create_session`: a session for nobody yet, in
/// the envelope v1 `create_session` documents.
fn create_session_without_account(call: &Call<'_>) -> Result<Value, ApiError> {
    let session = new_session(call, None)?;
    Ok(json!({ "item": open_session(call.store, session) }))
}

/// The session the body asks for: a package the sandbox sells, one of its periods when
/// `period_id` is given (its type then stands in for a missing `period_type`), and a start
/// date that is not in the past.
fn new_session(call: &Call<'_>, customer: Option<String>) -> Result<Session, ApiError> {
    let body = call.body;
    if let (Some(start), Some(today)) = (
        text(body, "start_date").and_then(|d| Date::parse(d).ok()),
        today::today(),
    ) && start < today
    {
        return Err(ApiError::invalid_parameter(
            "start_date",
            "parameter `start_date` must be today or a future date",
        ));
    }
    let code = text(body, "code").unwrap_or_default();
    let periods = catalogue::periods(code).ok_or_else(|| {
        ApiError::invalid_parameter(
            "code",
            format!(
                "parameter `code` names no package or campaign the sandbox sells ({})",
                catalogue::codes().join(", ")
            ),
        )
    })?;
    let period_id = text(body, "period_id");
    let period = match period_id {
        Some(id) => Some(periods.iter().find(|p| p.id == id).ok_or_else(|| {
            ApiError::invalid_parameter(
                "period_id",
                "parameter `period_id` is not a payment period of this package: list them with \
                 payment_periods",
            )
        })?),
        None => None,
    };
    let period_type = text(body, "period_type")
        .or(period.map(|p| p.period_type))
        .unwrap_or_default();
    Ok(Session {
        client_token: format!(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{}.{}",
            ids::hex(48),
            ids::hex(43)
        ),
        code: code.to_string(),
        period_type: period_type.to_string(),
        period_id: period_id.map(str::to_string),
        confirmation_url: text(body, "confirmation_url")
            .unwrap_or_default()
            .to_string(),
        customer,
        created_at: SystemTime::now(),
        expires_at: Instant::now() + call.session_lifetime,
    })
}

/// Stores `session` and gives the documented create_session data.
fn open_session(store: &Store, session: Session) -> Value {
    tracing::debug!(
        code = session.code.as_str(),
        period_type = session.period_type.as_str(),
        "klarna session created"
    );
    let client_token = session.client_token.clone();
    let id = store.create_session(session);
    json!({
        "klarna_payments_session_id": id,
        "klarna_client_token": client_token,
        "payment_method_categories": PAYMENT_METHOD_CATEGORIES.clone(),
    })
}

/// The payment method categories of every session: Direct Debit, which Payway requires for
/// trial (zero-amount) orders, and pay later.
pub(crate) static PAYMENT_METHOD_CATEGORIES: std::sync::LazyLock<Value> =
    std::sync::LazyLock::new(|| {
        json!([
            {
                "identifier": "direct_debit",
                "name": "Bankkonto",
                "asset_urls": { "descriptive": BADGE, "standard": BADGE },
            },
            {
                "identifier": "pay_later",
                "name": "Få först. Betala sen.",
                "asset_urls": { "descriptive": BADGE, "standard": BADGE },
            },
        ])
    });

/// The live session the body names, with its id.
fn live_session(call: &Call<'_>) -> Result<(String, Session), ApiError> {
    let session_field = "klarna_payments_session_id";
    text(call.body, session_field)
        .and_then(|id| Some((id.to_string(), call.store.session(id)?)))
        .ok_or_else(|| {
            ApiError::invalid_parameter(
                session_field,
                "parameter `klarna_payments_session_id` names no session, or one that expired \
                 (sessions last 48 hours): create one with create_session",
            )
        })
}

/// The email of `customer_info`, which the sandbox needs to find or create the account.
fn customer_email(body: &Map<String, Value>) -> Result<&str, ApiError> {
    body.get("customer_info")
        .and_then(Value::as_object)
        .and_then(|info| text(info, "email"))
        .ok_or_else(|| {
            ApiError::invalid_parameter(
                "customer_info.email",
                "parameter `customer_info.email` is required",
            )
        })
}

/// Uses up the body's `klarna_authorization_token` for an order on `session_id`.
fn redeem_authorization(call: &Call<'_>, session_id: &str) -> Result<(), ApiError> {
    let field = "klarna_authorization_token";
    let token = text(call.body, field).unwrap_or_default();
    call.store
        .redeem_authorization(token, session_id)
        .map_err(|refusal| {
            let why = match refusal {
                AuthorizationRefusal::Unknown => {
                    "is not one the Klarna widget gave: authorize the purchase in the widget first"
                }
                AuthorizationRefusal::OtherSession => {
                    "was given for another purchase session: authorize this session's purchase"
                }
                AuthorizationRefusal::Used => {
                    "placed an order already: an authorization places one order"
                }
                AuthorizationRefusal::Expired => {
                    "has expired (authorizations last 60 minutes): authorize the purchase again"
                }
            };
            ApiError::invalid_parameter(field, format!("parameter `{field}` {why}"))
        })
}

/// Places an order on `session` for `account_id` (its authorization redeemed): the documented
/// place_trial_order data.
fn place(
    call: &Call<'_>,
    (session_id, session): &(String, Session),
    account_id: &str,
    status: AccountStatus,
    kind: &'static str,
) -> Value {
    let klarna_order_id = ids::uuid();
    let order = call.store.place_order(Order {
        pw_order_id: String::new(),
        klarna_order_id: klarna_order_id.clone(),
        kind,
        code: session.code.clone(),
        session_id: session_id.clone(),
        account_id: account_id.to_string(),
        email: customer_email(call.body).ok().map(str::to_string),
        placed_at: SystemTime::now(),
    });
    let return_url = call
        .body
        .get("custom_urls")
        .and_then(Value::as_object)
        .and_then(|urls| text(urls, "return_url"))
        .unwrap_or(&session.confirmation_url);
    let redirect_url = match Url::parse(return_url) {
        Ok(mut url) => {
            url.query_pairs_mut().append_pair("pw_order_id", &order);
            url.to_string()
        }
        Err(_) => return_url.to_string(),
    };
    tracing::debug!(
        order = order.as_str(),
        kind,
        account_status = status.as_str(),
        same_customer = session.customer.as_deref() == Some(account_id),
        "klarna order placed"
    );
    json!({
        "redirect_url": redirect_url,
        "pw_order_id": order,
        "klarna_order_id": klarna_order_id,
        "account_id": account_id,
        "account_status": status.as_str(),
    })
}

/// v1 `place_order`: the paid order of the customer the token is bound to, on a session of
/// theirs or of nobody yet.
fn place_order_with_identity(call: &Call<'_>) -> Result<Value, ApiError> {
    let session = live_session(call)?;
    // Authentication let the call through only with an identity.
    let account = call.grant.identity.clone().unwrap_or_default();
    if session
        .1
        .customer
        .as_deref()
        .is_some_and(|customer| customer != account)
    {
        return Err(ApiError::invalid_parameter(
            "klarna_payments_session_id",
            "the session was created for another customer",
        ));
    }
    redeem_authorization(call, &session.0)?;
    let order = place(call, &session, &account, AccountStatus::Known, "paid");
    Ok(json!({ "item": order }))
}

/// v2 `place_order`: the paid order of a customer who may have no account yet.
fn place_order_without_account(call: &Call<'_>) -> Result<Value, ApiError> {
    let session = live_session(call)?;
    let email = customer_email(call.body)?;
    redeem_authorization(call, &session.0)?;
    let (account, status) = call.store.find_or_create_account(email);
    let order = place(call, &session, &account.id, status, "paid");
    Ok(json!({ "item": order }))
}

/// v1 `active_products`: what the identity's account bought here.
fn active_products(call: &Call<'_>) -> Result<Value, ApiError> {
    // Authentication let the call through only with an identity.
    let account = call.grant.identity.clone().unwrap_or_default();
    let codes = call.store.ordered_codes(&account);
    Ok(json!({ "id": account, "active_products": codes }))
}

fn place_trial_order(call: &Call<'_>) -> Result<Value, ApiError> {
    let session = live_session(call)?;
    if session.1.period_id.is_none() {
        return Err(ApiError::invalid_parameter(
            "klarna_payments_session_id",
            "the session was created without `period_id`, which trial orders require",
        ));
    }
    let email = customer_email(call.body)?;
    redeem_authorization(call, &session.0)?;
    let (account, status) = call.store.find_or_create_account(email);
    Ok(place(call, &session, &account.id, status, "trial"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn behaviours_exist_for_endpoints_of_the_spec() {
        let spec = payway_codegen::load(crate::PAYWAY_SPEC).expect("the embedded spec loads");
        let mut found = 0;
        for section in &spec.sections {
            for endpoint in &section.endpoints {
                if super::find(&section.name, endpoint.version, &endpoint.action).is_some() {
                    found += 1;
                }
            }
        }
        assert_eq!(found, 9);
    }
}
