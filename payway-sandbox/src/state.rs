//! Everything the sandbox remembers, in memory behind one mutex: accounts, tickets, tokens,
//! Klarna sessions, order numbers and request counts. The lock is never held across an
//! `.await`, and a poisoned lock is recovered (the data stays consistent: every update is a
//! single insert or removal).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::ids;

/// A customer account, created by a ticket request or a trial order.
#[derive(Debug, Clone)]
pub(crate) struct Account {
    /// The account id, 24 hex characters.
    pub(crate) id: String,
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
}

/// A Klarna payments purchase session.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub(crate) code: String,
    pub(crate) period_type: String,
    pub(crate) period_id: Option<String>,
    pub(crate) confirmation_url: String,
    /// The account of the customer who created the session, when created with an identity.
    pub(crate) customer: Option<String>,
    pub(crate) expires_at: Instant,
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

#[derive(Debug, Default)]
struct State {
    /// By email, lowercased.
    accounts: HashMap<String, Account>,
    /// Unused tickets and the account each was issued for.
    tickets: HashMap<String, String>,
    tokens: HashMap<String, TokenGrant>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    sessions: HashMap<String, Session>,
    orders: u64,
    requests: BTreeMap<String, u64>,
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

    /// Counts one request to `path`.
    pub(crate) fn count_request(&self, path: &str) {
        let mut state = self.lock();
        match state.requests.get_mut(path) {
            Some(count) => *count += 1,
            None => {
                state.requests.insert(path.to_string(), 1);
            }
        }
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
        };
        state.accounts.insert(key, account.clone());
        (account, AccountStatus::Created)
    }

    /// A new one-time ticket for `account_id`.
    pub(crate) fn issue_ticket(&self, account_id: &str) -> String {
        let ticket = ids::secret("tkt");
        self.lock()
            .tickets
            .insert(ticket.clone(), account_id.to_string());
        ticket
    }

    /// Uses up `ticket`: the account it was issued for, or `None` if it is unknown or used.
    pub(crate) fn take_ticket(&self, ticket: &str) -> Option<String> {
        self.lock().tickets.remove(ticket)
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
        state
            .tokens
            .retain(|_, grant| grant.expires_at + EXPIRED_TOKEN_MEMORY > now);
        if let (Some(refresh), Some(identity)) = (&refresh, &identity) {
            state.refresh_tokens.insert(
                refresh.clone(),
                RefreshGrant {
                    scopes: scopes.clone(),
                    identity: identity.clone(),
                },
            );
        }
        state.tokens.insert(
            access.clone(),
            TokenGrant {
                scopes,
                identity,
                expires_at: now + lifetime,
            },
        );
        (access, refresh)
    }

    /// Uses up `refresh_token`: what it renews, or `None` if it is unknown or used.
    pub(crate) fn take_refresh_token(&self, refresh_token: &str) -> Option<RefreshGrant> {
        self.lock().refresh_tokens.remove(refresh_token)
    }

    /// What `access_token` grants, if it was ever issued (expired or not).
    pub(crate) fn token(&self, access_token: &str) -> Option<TokenGrant> {
        self.lock().tokens.get(access_token).cloned()
    }

    /// Stores `session` under a new id, which it returns.
    pub(crate) fn create_session(&self, session: Session) -> String {
        let id = ids::object_id();
        self.lock().sessions.insert(id.clone(), session);
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

    /// The next order number.
    pub(crate) fn next_order_number(&self) -> u64 {
        let mut state = self.lock();
        state.orders += 1;
        state.orders
    }
}
