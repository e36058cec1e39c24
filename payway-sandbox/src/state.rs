//! Everything the sandbox remembers, in memory behind one mutex: accounts, tickets, tokens,
//! Klarna sessions, the Klarna widget's authorizations, orders and request counts. The lock is never held across an
//! `.await`, and a poisoned lock is recovered (the data stays consistent: every update is a
//! single insert or removal).
//!
//! Memory stays bounded under long use: expired tickets, tokens, refresh tokens and sessions
//! are swept out (at most once a second, when something new is stored), requests are
//! counted for at most [`MAX_COUNTED_PATHS`] distinct paths, the rest together, and the newest
//! [`MAX_ACCOUNTS`] accounts and [`MAX_ORDERS`] orders are kept (the oldest forgotten), so that
//! orders each bringing a new customer email cannot grow it either.
//! The page lists the latest [`MAX_LISTED_ORDERS`] of them.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use crate::ids;

/// A customer account, created by a ticket request or a trial order.
#[derive(Debug, Clone)]
pub(crate) struct Account {
    /// The account id, 24 hex characters.
    pub(crate) id: String,
    /// When it was created.
    pub(crate) created_at: SystemTime,
}

/// What an access token grants.
#[derive(Debug, Clone)]
pub(crate) struct TokenGrant {
    /// The scopes the token carries.
    pub(crate) scopes: BTreeSet<String>,
    /// The account the token is bound to, for identity tokens.
    pub(crate) identity: Option<String>,
    /// When the token stops working.
    pub(crate) expires_at: Instant,
}

/// What a refresh token renews.
#[derive(Debug, Clone)]
pub(crate) struct RefreshGrant {
    pub(crate) scopes: BTreeSet<String>,
    pub(crate) identity: String,
    /// When it stops working.
    pub(crate) expires_at: Instant,
}

/// An unused ticket.
#[derive(Debug, Clone)]
struct Ticket {
    account_id: String,
    expires_at: Instant,
}

/// A Klarna payments purchase session.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    /// The `klarna_client_token` handed to the widget, which finds the session by it.
    pub(crate) client_token: String,
    pub(crate) code: String,
    pub(crate) period_type: String,
    pub(crate) period_id: Option<String>,
    pub(crate) confirmation_url: String,
    /// The account of the customer who created the session, when created with an identity.
    pub(crate) customer: Option<String>,
    pub(crate) created_at: SystemTime,
    pub(crate) expires_at: Instant,
}

/// An order the sandbox placed, as it remembers it.
#[derive(Clone, PartialEq, Eq)]
pub struct PlacedOrder {
    /// The order's `pw_order_id`, e.g. `ORDER-12`.
    pub order_id: String,
    /// `"trial"` or `"paid"`.
    pub kind: &'static str,
    /// The customer's email as the order gave it (`customer_info.email`); `None` for an order
    /// placed with a customer identity (v1 `place_order`).
    pub email: Option<String>,
}

impl std::fmt::Debug for PlacedOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The email is personal data.
        f.debug_struct("PlacedOrder")
            .field("order_id", &self.order_id)
            .field("kind", &self.kind)
            .field("email", &self.email.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// An authorization the Klarna widget gave for a session: its token places one order, on that
/// session only.
#[derive(Debug, Clone)]
struct Authorization {
    session_id: String,
    used: bool,
    expires_at: Instant,
}

/// Why an authorization token cannot place an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AuthorizationRefusal {
    /// The widget never gave it (or it expired long ago and was forgotten).
    Unknown,
    /// It was given for another purchase session.
    OtherSession,
    /// It placed an order already.
    Used,
    /// It is older than [`AUTHORIZATION_LIFETIME`].
    Expired,
}

/// An order placed, as the sandbox remembers it: its page lists it, and [`Store::orders`] gives
/// it as a [`PlacedOrder`].
#[derive(Clone)]
pub(crate) struct Order {
    pub(crate) pw_order_id: String,
    pub(crate) klarna_order_id: String,
    /// `trial` or `paid`.
    pub(crate) kind: &'static str,
    /// The package or campaign ordered.
    pub(crate) code: String,
    pub(crate) session_id: String,
    pub(crate) account_id: String,
    /// The customer's email as the order gave it (`customer_info.email`); `None` for an order
    /// placed with a customer identity (v1 `place_order`).
    pub(crate) email: Option<String>,
    pub(crate) placed_at: SystemTime,
}

impl std::fmt::Debug for Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The email is personal data.
        f.debug_struct("Order")
            .field("pw_order_id", &self.pw_order_id)
            .field("klarna_order_id", &self.klarna_order_id)
            .field("kind", &self.kind)
            .field("code", &self.code)
            .field("session_id", &self.session_id)
            .field("account_id", &self.account_id)
            .field("email", &self.email.as_ref().map(|_| "<redacted>"))
            .field("placed_at", &self.placed_at)
            .finish()
    }
}

/// A snapshot of what the sandbox's page shows: accounts (without their email's local part),
/// live sessions and the latest orders.
#[derive(Debug, Clone, Default)]
pub(crate) struct Overview {
    /// (account id, masked email, created at), oldest first.
    pub(crate) accounts: Vec<(String, String, SystemTime)>,
    /// (session id, session), oldest first.
    pub(crate) sessions: Vec<(String, Session)>,
    /// Oldest first.
    pub(crate) orders: Vec<Order>,
}

/// Whether an account was found or made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AccountStatus {
    Known,
    Created,
}

impl AccountStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Known => "known",
            AccountStatus::Created => "created",
        }
    }
}

/// Expired tokens are kept this long, so that using one is answered "expired" rather than
/// "unknown"; after that they are forgotten.
const EXPIRED_TOKEN_MEMORY: Duration = Duration::from_secs(3600);
/// How long a ticket can be exchanged: the docs say "short-lived" without a figure.
const TICKET_LIFETIME: Duration = Duration::from_secs(600);
/// How long an unused refresh token works: undocumented; long enough for any test.
const REFRESH_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
/// The time between two sweeps of expired entries.
const SWEEP_INTERVAL: Duration = Duration::from_secs(1);
/// How long an authorization token can place an order: Klarna's 60 minutes.
pub(crate) const AUTHORIZATION_LIFETIME: Duration = Duration::from_secs(3600);
/// How many of the latest orders the sandbox lists.
pub(crate) const MAX_LISTED_ORDERS: usize = 500;
/// Requests are counted by path for this many distinct paths; others together under
/// [`OTHER_PATHS`], so that requests to arbitrary paths cannot grow the counters.
pub(crate) const MAX_COUNTED_PATHS: usize = 256;
/// The counter of the paths beyond [`MAX_COUNTED_PATHS`].
pub(crate) const OTHER_PATHS: &str = "(other paths)";
/// The most accounts kept; creating one more forgets the oldest (its email then makes a new one).
pub const MAX_ACCOUNTS: usize = 100_000;
/// The most orders remembered (see `Sandbox::orders`); placing one more forgets the oldest.
pub const MAX_ORDERS: usize = 200_000;

/// How much the store keeps of what has no expiry.
#[derive(Debug, Clone, Copy)]
struct Limits {
    accounts: usize,
    orders: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            accounts: MAX_ACCOUNTS,
            orders: MAX_ORDERS,
        }
    }
}

#[derive(Debug, Default)]
struct State {
    /// By email, lowercased.
    accounts: HashMap<String, Account>,
    /// The keys of `accounts`, oldest first, to forget the oldest beyond the limit.
    account_order: VecDeque<String>,
    /// The orders placed, oldest first (the newest `limits.orders`).
    placed: VecDeque<Order>,
    limits: Limits,
    /// Unused tickets.
    tickets: HashMap<String, Ticket>,
    tokens: HashMap<String, TokenGrant>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    sessions: HashMap<String, Session>,
    /// By authorization token.
    authorizations: HashMap<String, Authorization>,
    orders: u64,
    requests: BTreeMap<String, u64>,
    next_sweep: Option<Instant>,
}

impl State {
    /// Forgets what has expired, at most once per [`SWEEP_INTERVAL`].
    fn sweep(&mut self, now: Instant) {
        if self.next_sweep.is_some_and(|next| now < next) {
            return;
        }
        self.next_sweep = now.checked_add(SWEEP_INTERVAL);
        self.tickets.retain(|_, ticket| ticket.expires_at > now);
        self.tokens.retain(|_, grant| {
            grant
                .expires_at
                .checked_add(EXPIRED_TOKEN_MEMORY)
                .is_none_or(|forget_at| forget_at > now)
        });
        self.refresh_tokens
            .retain(|_, grant| grant.expires_at > now);
        self.sessions.retain(|_, session| session.expires_at > now);
        // Kept past their lifetime, like tokens, so a late use is told "expired".
        self.authorizations.retain(|_, authorization| {
            authorization
                .expires_at
                .checked_add(EXPIRED_TOKEN_MEMORY)
                .is_none_or(|forget_at| forget_at > now)
        });
    }
}

/// `now + lifetime`, or a time far ahead when that is past what the clock can hold.
fn after(now: Instant, lifetime: Duration) -> Instant {
    now.checked_add(lifetime)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(now)
}

/// The sandbox's memory.
#[derive(Debug, Default)]
pub(crate) struct Store {
    state: Mutex<State>,
}

impl Store {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts one request to `path` (under [`OTHER_PATHS`] once [`MAX_COUNTED_PATHS`] paths
    /// have their own counter).
    pub(crate) fn count_request(&self, path: &str) {
        let mut state = self.lock();
        if let Some(count) = state.requests.get_mut(path) {
            *count += 1;
            return;
        }
        let key = if state.requests.len() < MAX_COUNTED_PATHS {
            path
        } else {
            OTHER_PATHS
        };
        *state.requests.entry(key.to_string()).or_insert(0) += 1;
    }

    pub(crate) fn request_count(&self, path: &str) -> u64 {
        self.lock().requests.get(path).copied().unwrap_or(0)
    }

    pub(crate) fn request_counts(&self) -> BTreeMap<String, u64> {
        self.lock().requests.clone()
    }

    /// The account of `email` (compared without case), created if unknown.
    pub(crate) fn find_or_create_account(&self, email: &str) -> (Account, AccountStatus) {
        let key = email.to_lowercase();
        let mut state = self.lock();
        if let Some(account) = state.accounts.get(&key) {
            return (account.clone(), AccountStatus::Known);
        }
        let account = Account {
            id: ids::object_id(),
            created_at: SystemTime::now(),
        };
        while state.account_order.len() >= state.limits.accounts.max(1) {
            let Some(oldest) = state.account_order.pop_front() else {
                break;
            };
            state.accounts.remove(&oldest);
        }
        state.account_order.push_back(key.clone());
        state.accounts.insert(key, account.clone());
        (account, AccountStatus::Created)
    }

    /// A new one-time ticket for `account_id`.
    pub(crate) fn issue_ticket(&self, account_id: &str) -> String {
        let ticket = ids::secret("tkt");
        let now = Instant::now();
        let mut state = self.lock();
        state.sweep(now);
        state.tickets.insert(
            ticket.clone(),
            Ticket {
                account_id: account_id.to_string(),
                expires_at: after(now, TICKET_LIFETIME),
            },
        );
        ticket
    }

    /// Uses up `ticket`: the account it was issued for, or `None` if it is unknown, used or
    /// expired.
    pub(crate) fn take_ticket(&self, ticket: &str) -> Option<String> {
        let now = Instant::now();
        self.lock()
            .tickets
            .remove(ticket)
            .filter(|ticket| ticket.expires_at > now)
            .map(|ticket| ticket.account_id)
    }

    /// Stores a new access token, and a refresh token for identity tokens.
    pub(crate) fn issue_token(
        &self,
        scopes: BTreeSet<String>,
        identity: Option<String>,
        lifetime: Duration,
    ) -> (String, Option<String>) {
        let now = Instant::now();
        let access = ids::secret("at");
        let refresh = identity.as_ref().map(|_| ids::secret("rt"));
        let mut state = self.lock();
        state.sweep(now);
        if let (Some(refresh), Some(identity)) = (&refresh, &identity) {
            state.refresh_tokens.insert(
                refresh.clone(),
                RefreshGrant {
                    scopes: scopes.clone(),
                    identity: identity.clone(),
                    expires_at: after(now, REFRESH_LIFETIME),
                },
            );
        }
        state.tokens.insert(
            access.clone(),
            TokenGrant {
                scopes,
                identity,
                expires_at: after(now, lifetime),
            },
        );
        (access, refresh)
    }

    /// Uses up `refresh_token`: what it renews, or `None` if it is unknown or used.
    pub(crate) fn take_refresh_token(&self, refresh_token: &str) -> Option<RefreshGrant> {
        let now = Instant::now();
        self.lock()
            .refresh_tokens
            .remove(refresh_token)
            .filter(|grant| grant.expires_at > now)
    }

    /// What `access_token` grants, if it was ever issued (expired or not).
    pub(crate) fn token(&self, access_token: &str) -> Option<TokenGrant> {
        self.lock().tokens.get(access_token).cloned()
    }

    /// Stores `session` under a new id, which it returns.
    pub(crate) fn create_session(&self, session: Session) -> String {
        let id = ids::object_id();
        let mut state = self.lock();
        state.sweep(Instant::now());
        state.sessions.insert(id.clone(), session);
        id
    }

    /// The session `id`, if it exists and has not expired.
    pub(crate) fn session(&self, id: &str) -> Option<Session> {
        let now = Instant::now();
        self.lock()
            .sessions
            .get(id)
            .filter(|session| session.expires_at > now)
            .cloned()
    }

    /// The live session whose `klarna_client_token` is `client_token`, with its id.
    pub(crate) fn session_by_client_token(&self, client_token: &str) -> Option<(String, Session)> {
        let now = Instant::now();
        self.lock()
            .sessions
            .iter()
            .find(|(_, session)| session.client_token == client_token && session.expires_at > now)
            .map(|(id, session)| (id.clone(), session.clone()))
    }

    /// A new authorization token for the session `session_id`, as the widget's approval
    /// gives.
    pub(crate) fn authorize(&self, session_id: &str) -> String {
        let token = ids::uuid();
        let now = Instant::now();
        let mut state = self.lock();
        state.sweep(now);
        state.authorizations.insert(
            token.clone(),
            Authorization {
                session_id: session_id.to_string(),
                used: false,
                expires_at: after(now, AUTHORIZATION_LIFETIME),
            },
        );
        token
    }

    /// Uses up `token` for an order on `session_id`: it must have been given for that session,
    /// be unused and not expired. A refused token stays as it was.
    pub(crate) fn redeem_authorization(
        &self,
        token: &str,
        session_id: &str,
    ) -> Result<(), AuthorizationRefusal> {
        let now = Instant::now();
        let mut state = self.lock();
        let authorization = state
            .authorizations
            .get_mut(token)
            .ok_or(AuthorizationRefusal::Unknown)?;
        if authorization.session_id != session_id {
            return Err(AuthorizationRefusal::OtherSession);
        }
        if authorization.used {
            return Err(AuthorizationRefusal::Used);
        }
        if authorization.expires_at <= now {
            return Err(AuthorizationRefusal::Expired);
        }
        authorization.used = true;
        Ok(())
    }

    /// Places `order` (its `pw_order_id` is given here) and remembers it; the oldest order is
    /// forgotten beyond the limit. Returns the new `pw_order_id`.
    pub(crate) fn place_order(&self, mut order: Order) -> String {
        let mut state = self.lock();
        state.orders += 1;
        order.pw_order_id = format!("ORDER-{}", state.orders);
        let order_id = order.pw_order_id.clone();
        while state.placed.len() >= state.limits.orders.max(1) {
            state.placed.pop_front();
        }
        state.placed.push_back(order);
        order_id
    }

    /// The orders remembered, oldest first.
    pub(crate) fn orders(&self) -> Vec<PlacedOrder> {
        self.lock()
            .placed
            .iter()
            .map(|order| PlacedOrder {
                order_id: order.pw_order_id.clone(),
                kind: order.kind,
                email: order.email.clone(),
            })
            .collect()
    }

    /// The codes of the packages `account_id` ordered, each once, in order of purchase (of the
    /// orders remembered).
    pub(crate) fn ordered_codes(&self, account_id: &str) -> Vec<String> {
        let state = self.lock();
        let mut codes: Vec<String> = Vec::new();
        for order in state.placed.iter().filter(|o| o.account_id == account_id) {
            if !codes.contains(&order.code) {
                codes.push(order.code.clone());
            }
        }
        codes
    }

    /// What the sandbox's page shows. Emails keep only their first character and domain.
    pub(crate) fn overview(&self) -> Overview {
        let now = Instant::now();
        let state = self.lock();
        let mut accounts: Vec<(String, String, SystemTime)> = state
            .accounts
            .iter()
            .map(|(email, account)| (account.id.clone(), mask_email(email), account.created_at))
            .collect();
        accounts.sort_by_key(|(_, _, created)| *created);
        let mut sessions: Vec<(String, Session)> = state
            .sessions
            .iter()
            .filter(|(_, session)| session.expires_at > now)
            .map(|(id, session)| (id.clone(), session.clone()))
            .collect();
        sessions.sort_by_key(|(_, session)| session.created_at);
        Overview {
            accounts,
            sessions,
            orders: {
                let skip = state.placed.len().saturating_sub(MAX_LISTED_ORDERS);
                state.placed.iter().skip(skip).cloned().collect()
            },
        }
    }
}

/// `p***@adeprimo.se` for `payway@adeprimo.se`: enough to tell test customers apart, not the
/// address.
pub(crate) fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_counters_stay_bounded_whatever_the_paths() {
        let store = Store::default();
        store.count_request("/known");
        for i in 0..10 * MAX_COUNTED_PATHS {
            store.count_request(&format!("/random/{i}"));
        }
        store.count_request("/known");
        let counts = store.request_counts();
        assert_eq!(counts.len(), MAX_COUNTED_PATHS + 1);
        assert_eq!(store.request_count("/known"), 2);
        assert_eq!(
            store.request_count(OTHER_PATHS),
            (10 * MAX_COUNTED_PATHS - (MAX_COUNTED_PATHS - 1)) as u64
        );
    }

    #[test]
    fn expired_entries_are_swept_out() {
        let store = Store::default();
        let past = Instant::now();
        {
            let mut state = store.lock();
            state.tickets.insert(
                "t".into(),
                Ticket {
                    account_id: "a".into(),
                    expires_at: past,
                },
            );
            state.sessions.insert(
                "s".into(),
                Session {
                    client_token: "ct".into(),
                    code: "c".into(),
                    period_type: "recurring".into(),
                    period_id: None,
                    confirmation_url: "https://x".into(),
                    customer: None,
                    created_at: SystemTime::now(),
                    expires_at: past,
                },
            );
            state.refresh_tokens.insert(
                "r".into(),
                RefreshGrant {
                    scopes: BTreeSet::new(),
                    identity: "a".into(),
                    expires_at: past,
                },
            );
        }
        // An expired token is remembered for an hour, then forgotten.
        let (old, _) = store.issue_token(BTreeSet::new(), None, Duration::ZERO);
        store
            .lock()
            .tokens
            .get_mut(&old)
            .expect("issued")
            .expires_at = past.checked_sub(EXPIRED_TOKEN_MEMORY).unwrap_or(past);
        store.lock().next_sweep = None;
        let (fresh, _) = store.issue_token(BTreeSet::new(), None, Duration::from_secs(60));
        let state = store.lock();
        assert!(state.tickets.is_empty() && state.sessions.is_empty());
        assert!(state.refresh_tokens.is_empty());
        assert!(!state.tokens.contains_key(&old) && state.tokens.contains_key(&fresh));
    }

    #[test]
    fn accounts_and_orders_stay_bounded_when_every_order_brings_a_new_email() {
        let store = Store::default();
        store.lock().limits = Limits {
            accounts: 50,
            orders: 80,
        };
        for i in 0..1000 {
            let email = format!("customer-{i}@example.com");
            let (_, status) = store.find_or_create_account(&email);
            assert_eq!(status, AccountStatus::Created);
            store.place_order(Order {
                pw_order_id: String::new(),
                klarna_order_id: String::new(),
                kind: "trial",
                code: "code".into(),
                session_id: String::new(),
                account_id: String::new(),
                email: Some(email),
                placed_at: SystemTime::now(),
            });
        }
        {
            let state = store.lock();
            assert_eq!(state.accounts.len(), 50);
            assert_eq!(state.account_order.len(), 50);
            assert_eq!(state.placed.len(), 80);
        }
        // The newest are kept: the last account is known, the first forgotten.
        let (_, status) = store.find_or_create_account("CUSTOMER-999@example.com");
        assert_eq!(status, AccountStatus::Known);
        let (_, status) = store.find_or_create_account("customer-0@example.com");
        assert_eq!(status, AccountStatus::Created);
        let orders = store.orders();
        assert_eq!(
            orders.first().map(|o| o.order_id.as_str()),
            Some("ORDER-921")
        );
        assert_eq!(
            orders.last().map(|o| o.order_id.as_str()),
            Some("ORDER-1000")
        );
        assert!(
            !format!("{orders:?}").contains("customer-"),
            "emails redacted"
        );
    }

    #[test]
    fn a_huge_lifetime_does_not_overflow_the_clock() {
        let store = Store::default();
        let (token, _) = store.issue_token(BTreeSet::new(), None, Duration::MAX);
        assert!(store.token(&token).is_some());
    }
}
