//! The endpoints that do more than answer a synthesized response, keyed by (section,
//! version, action). Each gets a request that has passed authentication and the spec's
//! validation, and returns the response data (what goes in the `item` or `items` envelope).
//!
//! - `klarna_payments` v1 `create_session`: stores a purchase session for 48 hours (or the
//!   builder's `session_lifetime`).
//! - `klarna_payments` v2 `place_trial_order`: needs a live session created with a
//!   `period_id`; finds or creates the customer's account by email and places an order.
//!
//! An endpoint the spec has but this table lacks is served generically; an entry whose
//! endpoint the spec lacks is never used.

use std::time::Instant;

use payway_client::{Date, Url};
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::reply::ApiError;
use crate::state::{Session, TokenGrant};
use crate::{ids, today};

/// A validated request, as a behaviour sees it.
pub(crate) struct Call<'a> {
    pub(crate) app: &'a App,
    /// What the bearer token grants.
    pub(crate) grant: &'a TokenGrant,
    /// The JSON body (empty for GET).
    pub(crate) body: &'a Map<String, Value>,
}

/// A specific behaviour: the response data, or an error answer.
pub(crate) type Behaviour = fn(&Call<'_>) -> Result<Value, ApiError>;

/// The behaviour of an endpoint, if it has one.
pub(crate) fn find(section: &str, version: u32, action: &str) -> Option<Behaviour> {
    match (section, version, action) {
        ("klarna_payments", 1, "create_session") => Some(create_session),
        ("klarna_payments", 2, "place_trial_order") => Some(place_trial_order),
        _ => None,
    }
}

fn text<'v>(map: &'v Map<String, Value>, name: &str) -> Option<&'v str> {
    map.get(name).and_then(Value::as_str)
}

const BADGE: &str = "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg";

fn create_session(call: &Call<'_>) -> Result<Value, ApiError> {
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
    let session = Session {
        code: text(body, "code").unwrap_or_default().to_string(),
        period_type: text(body, "period_type").unwrap_or_default().to_string(),
        period_id: text(body, "period_id").map(str::to_string),
        confirmation_url: text(body, "confirmation_url")
            .unwrap_or_default()
            .to_string(),
        customer: call.grant.identity.clone(),
        expires_at: Instant::now() + call.app.settings().session_lifetime,
    };
    tracing::debug!(
        code = session.code.as_str(),
        period_type = session.period_type.as_str(),
        "klarna session created"
    );
    let id = call.app.state().create_session(session);
    Ok(json!({
        "klarna_payments_session_id": id,
        "klarna_client_token": format!("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{}.{}", ids::hex(48), ids::hex(43)),
        "payment_method_categories": [
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
        ],
    }))
}

fn place_trial_order(call: &Call<'_>) -> Result<Value, ApiError> {
    let body = call.body;
    let session_field = "klarna_payments_session_id";
    let session = text(body, session_field)
        .and_then(|id| call.app.state().session(id))
        .ok_or_else(|| {
            ApiError::invalid_parameter(
                session_field,
                "parameter `klarna_payments_session_id` names no session, or one that expired \
                 (sessions last 48 hours): create one with create_session",
            )
        })?;
    if session.period_id.is_none() {
        return Err(ApiError::invalid_parameter(
            session_field,
            "the session was created without `period_id`, which trial orders require",
        ));
    }
    let email = body
        .get("customer_info")
        .and_then(Value::as_object)
        .and_then(|info| text(info, "email"))
        .ok_or_else(|| {
            ApiError::invalid_parameter(
                "customer_info.email",
                "parameter `customer_info.email` is required",
            )
        })?;
    let (account, status) = call.app.state().find_or_create_account(email);
    let order = format!("ORDER-{}", call.app.state().next_order_number());
    let return_url = body
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
        account_status = status.as_str(),
        same_customer = session.customer.as_deref() == Some(account.id.as_str()),
        "klarna trial order placed"
    );
    Ok(json!({
        "redirect_url": redirect_url,
        "pw_order_id": order,
        "klarna_order_id": ids::uuid(),
        "account_id": account.id,
        "account_status": status.as_str(),
    }))
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
        assert_eq!(found, 2);
    }
}
