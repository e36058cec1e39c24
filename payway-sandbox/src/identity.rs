//! What the two identity providers share: the customers who can log in (email, password,
//! name), the API user's registered redirect URIs and organisation id, the signing key, and
//! their memory (authorization codes, SSO2 sessions, failed logins), behind one mutex never held
//! across an `.await`. Entries expire and are swept out; their number is capped.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::signing::SigningKey;

/// A customer who can log in.
#[derive(Clone)]
pub(crate) struct Customer {
    pub(crate) email: String,
    pub(crate) password: String,
    pub(crate) name: Option<String>,
}

impl std::fmt::Debug for Customer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Customer(<redacted>)")
    }
}

/// How the providers were configured.
#[derive(Debug, Clone)]
pub(crate) struct IdentitySettings {
    /// The sandbox's base URL: the OpenID issuer, and the prefix of every provider address.
    pub(crate) base_url: String,
    pub(crate) customers: Vec<Customer>,
    /// SSO2's `iss`: the Payway organisation id.
    pub(crate) organisation_id: String,
    /// The API user's Redirect URIs. OpenID's `redirect_uri` must be one of them when any is
    /// registered; SSO2's identify lands on the first.
    pub(crate) redirect_uris: Vec<String>,
    /// How long an ID token is valid (`exp` - `iat`).
    pub(crate) id_token_lifetime: Duration,
}

/// An authorization code waiting for its exchange.
#[derive(Debug, Clone)]
pub(crate) struct Code {
    pub(crate) client_id: String,
    pub(crate) redirect_uri: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) nonce: Option<String>,
    pub(crate) code_challenge: Option<String>,
    pub(crate) email: String,
    pub(crate) auth_time: u64,
    pub(crate) expires_at: Instant,
}

/// An SSO2 session's state, as SSO2 spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SessionState {
    Anonymous,
    LoggedIn,
    Terminated,
}

impl SessionState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SessionState::Anonymous => "anon",
            SessionState::LoggedIn => "loggedin",
            SessionState::Terminated => "terminated",
        }
    }
}

/// An SSO2 session.
#[derive(Debug, Clone)]
pub(crate) struct Sso2Session {
    pub(crate) state: SessionState,
    /// The logged-in customer's account id.
    pub(crate) account: Option<String>,
    pub(crate) expires_at: Instant,
}

/// Failed password logins of one email.
#[derive(Debug, Clone, Default)]
struct Failures {
    count: u32,
    frozen_until: Option<Instant>,
}

/// How long an authorization code can be exchanged (RFC 6749 suggests at most ten minutes).
const CODE_LIFETIME: Duration = Duration::from_secs(120);
/// How long an SSO2 session lives without use: undocumented; a day.
const SESSION_LIFETIME: Duration = Duration::from_secs(24 * 3600);
/// Failed logins before an account is frozen, and for how long: undocumented; the sandbox's own.
pub(crate) const ATTEMPTS: u32 = 5;
pub(crate) const FREEZE: Duration = Duration::from_secs(300);
/// At most this many codes and sessions are kept; the oldest-expiring go first.
const MAX_ENTRIES: usize = 10_000;

/// The result of a password check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Login {
    /// The customer (a copy).
    Ok(String),
    /// Wrong email or password, with the attempts left.
    Invalid { remaining: u32 },
    /// Too many failures: frozen for this many more seconds.
    Frozen { seconds: u64 },
}

#[derive(Debug, Default)]
struct Memory {
    codes: HashMap<String, Code>,
    sessions: HashMap<String, Sso2Session>,
    failures: HashMap<String, Failures>,
    /// Sign the next ID token with a key the JWKS does not list (a test switch).
    unlisted_key_once: bool,
}

/// The providers' state.
#[derive(Debug)]
pub(crate) struct Identity {
    pub(crate) settings: IdentitySettings,
    pub(crate) key: SigningKey,
    memory: Mutex<Memory>,
}

fn cap<V>(map: &mut HashMap<String, V>, expires: impl Fn(&V) -> Instant, now: Instant) {
    map.retain(|_, v| expires(v) > now);
    if map.len() >= MAX_ENTRIES
        && let Some(oldest) = map
            .iter()
            .min_by_key(|(_, v)| expires(v))
            .map(|(k, _)| k.clone())
    {
        map.remove(&oldest);
    }
}

impl Identity {
    pub(crate) fn new(settings: IdentitySettings) -> Result<Self, String> {
        Ok(Identity {
            settings,
            key: SigningKey::generate()?,
            memory: Mutex::new(Memory::default()),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Memory> {
        self.memory
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The customer with `email` (compared without case).
    pub(crate) fn customer(&self, email: &str) -> Option<&Customer> {
        self.settings
            .customers
            .iter()
            .find(|c| c.email.eq_ignore_ascii_case(email))
    }

    /// Checks a password login, counting failures and freezing after [`ATTEMPTS`].
    pub(crate) fn check_password(&self, email: &str, password: &str) -> Login {
        let key = email.to_lowercase();
        let now = Instant::now();
        let mut memory = self.lock();
        let failures = memory.failures.entry(key.clone()).or_default();
        if let Some(until) = failures.frozen_until {
            if until > now {
                return Login::Frozen {
                    seconds: (until - now).as_secs().max(1),
                };
            }
            *failures = Failures::default();
        }
        let matches = self
            .customer(email)
            .is_some_and(|c| crate::signing::same(&c.password, password));
        if matches {
            memory.failures.remove(&key);
            return Login::Ok(email.to_string());
        }
        failures.count += 1;
        if failures.count >= ATTEMPTS {
            failures.frozen_until = now.checked_add(FREEZE);
            return Login::Frozen {
                seconds: FREEZE.as_secs(),
            };
        }
        let remaining = ATTEMPTS - failures.count;
        if memory.failures.len() > MAX_ENTRIES {
            memory.failures.clear();
        }
        Login::Invalid { remaining }
    }

    /// Stores `code` under a new random value, which it returns.
    pub(crate) fn issue_code(&self, mut code: Code) -> String {
        let now = Instant::now();
        code.expires_at = now.checked_add(CODE_LIFETIME).unwrap_or(now);
        let value = crate::ids::secret("code");
        let mut memory = self.lock();
        cap(&mut memory.codes, |c| c.expires_at, now);
        memory.codes.insert(value.clone(), code);
        value
    }

    /// Uses up `code`: what it was issued for, or `None` if it is unknown, used or expired.
    pub(crate) fn take_code(&self, code: &str) -> Option<Code> {
        let now = Instant::now();
        self.lock()
            .codes
            .remove(code)
            .filter(|c| c.expires_at > now)
    }

    /// A new anonymous session's id.
    pub(crate) fn new_session(&self) -> String {
        let sid = crate::ids::secret("sid");
        let now = Instant::now();
        let mut memory = self.lock();
        cap(&mut memory.sessions, |s| s.expires_at, now);
        memory.sessions.insert(
            sid.clone(),
            Sso2Session {
                state: SessionState::Anonymous,
                account: None,
                expires_at: now.checked_add(SESSION_LIFETIME).unwrap_or(now),
            },
        );
        sid
    }

    /// The live session `sid`, its lifetime renewed by the use.
    pub(crate) fn session(&self, sid: &str) -> Option<Sso2Session> {
        let now = Instant::now();
        let mut memory = self.lock();
        let session = memory
            .sessions
            .get_mut(sid)
            .filter(|s| s.expires_at > now)?;
        session.expires_at = now.checked_add(SESSION_LIFETIME).unwrap_or(now);
        Some(session.clone())
    }

    /// Sets the state (and the customer) of the live session `sid`; whether it exists.
    pub(crate) fn set_session(
        &self,
        sid: &str,
        state: SessionState,
        account: Option<String>,
    ) -> bool {
        let now = Instant::now();
        let mut memory = self.lock();
        match memory.sessions.get_mut(sid).filter(|s| s.expires_at > now) {
            Some(session) => {
                session.state = state;
                session.account = account;
                true
            }
            None => false,
        }
    }

    /// Makes the next ID token be signed by a key the JWKS does not list.
    pub(crate) fn sign_next_with_unlisted_key(&self) {
        self.lock().unlisted_key_once = true;
    }

    /// Whether this ID token is to be signed by an unlisted key (the switch is used up).
    pub(crate) fn take_unlisted_key_switch(&self) -> bool {
        std::mem::take(&mut self.lock().unlisted_key_once)
    }
}

/// Seconds since 1970.
pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> Identity {
        Identity::new(IdentitySettings {
            base_url: "http://127.0.0.1:1".into(),
            customers: vec![Customer {
                email: "a@example.com".into(),
                password: "pw".into(),
                name: None,
            }],
            organisation_id: "org".into(),
            redirect_uris: vec![],
            id_token_lifetime: Duration::from_secs(60),
        })
        .expect("identity")
    }

    #[test]
    fn wrong_passwords_count_down_then_freeze() {
        let id = identity();
        assert_eq!(
            id.check_password("a@example.com", "nope"),
            Login::Invalid {
                remaining: ATTEMPTS - 1
            }
        );
        for _ in 1..ATTEMPTS - 1 {
            id.check_password("A@example.com", "nope");
        }
        assert!(matches!(
            id.check_password("a@example.com", "nope"),
            Login::Frozen { .. }
        ));
        // Even the right password waits for the freeze to end.
        assert!(matches!(
            id.check_password("a@example.com", "pw"),
            Login::Frozen { .. }
        ));
    }

    #[test]
    fn a_code_works_once() {
        let id = identity();
        let code = id.issue_code(Code {
            client_id: "c".into(),
            redirect_uri: "http://x/cb".into(),
            scopes: vec![],
            nonce: None,
            code_challenge: None,
            email: "a@example.com".into(),
            auth_time: 0,
            expires_at: Instant::now(),
        });
        assert!(id.take_code(&code).is_some());
        assert!(id.take_code(&code).is_none());
    }
}
