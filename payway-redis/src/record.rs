//! The shared record of one token, as a Redis hash: the access token, when it expires and when
//! replicas stop handing it out, the refresh token that renews it, and a generation that every
//! write increases (so a writer that lost its lock cannot overwrite a newer record).

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use payway_client::{AccessToken, Secret};

/// A stored token is handed out while more than this is left (or half its lifetime, for short
/// ones): the same margin the client's cache renews at, so a token read from the store is not
/// renewed again at once.
const RENEW_MARGIN: Duration = Duration::from_secs(60);

const GENERATION: &str = "generation";
const ACCESS: &str = "access";
const REFRESH: &str = "refresh";
const EXPIRES_AT: &str = "expires_at";
const RENEW_AT: &str = "renew_at";

/// A record as read. Fields that are missing or unreadable count as absent: a damaged record is
/// renewed, never a panic.
#[derive(Debug, Default)]
pub(crate) struct Record {
    pub(crate) generation: u64,
    pub(crate) access: Option<AccessToken>,
    pub(crate) refresh: Option<Secret>,
    /// Unix milliseconds.
    expires_at: u64,
    renew_at: u64,
}

impl Record {
    pub(crate) fn from_fields(mut fields: HashMap<String, String>) -> Self {
        let number = |name: &str| fields.get(name).and_then(|v| v.parse::<u64>().ok());
        let (generation, expires_at, renew_at) =
            (number(GENERATION), number(EXPIRES_AT), number(RENEW_AT));
        Record {
            generation: generation.unwrap_or(0),
            expires_at: expires_at.unwrap_or(0),
            renew_at: renew_at.unwrap_or(0),
            access: fields.remove(ACCESS).map(AccessToken::new),
            refresh: fields.remove(REFRESH).map(Secret::new),
        }
    }

    /// The access token and how long it is still valid, if it may be handed out at `now` (unix
    /// ms) and is not the one `refused` (a token the API refused is never handed out again).
    pub(crate) fn fresh(
        &self,
        now: u64,
        refused: Option<&AccessToken>,
    ) -> Option<(AccessToken, Duration)> {
        let access = self.access.as_ref()?;
        if now >= self.renew_at || refused == Some(access) {
            return None;
        }
        Some((
            access.clone(),
            Duration::from_millis(self.expires_at.saturating_sub(now)),
        ))
    }
}

/// What a renewal writes: the new access token (none after a refused refresh token) and the
/// refresh token to keep.
pub(crate) struct NewRecord {
    pub(crate) access: Option<(AccessToken, Duration)>,
    pub(crate) refresh: Option<Secret>,
}

impl NewRecord {
    /// The hash fields (generation aside), written at `now` (unix ms).
    pub(crate) fn fields(&self, now: u64) -> Vec<(&'static str, String)> {
        let mut fields = Vec::with_capacity(4);
        if let Some((access, valid_for)) = &self.access {
            let valid_ms = millis(*valid_for);
            let margin_ms = millis(RENEW_MARGIN.min(*valid_for / 2));
            fields.push((ACCESS, access.expose().to_string()));
            fields.push((EXPIRES_AT, now.saturating_add(valid_ms).to_string()));
            fields.push((
                RENEW_AT,
                now.saturating_add(valid_ms - margin_ms).to_string(),
            ));
        }
        if let Some(refresh) = &self.refresh {
            fields.push((REFRESH, refresh.expose().to_string()));
        }
        fields
    }
}

/// Now, in unix milliseconds (the clock every replica shares, give or take its skew).
pub(crate) fn now_ms() -> u64 {
    millis(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default(),
    )
}

/// `duration` in whole milliseconds, saturating.
pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(fields: &[(&str, String)]) -> Record {
        Record::from_fields(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn a_written_record_reads_back_fresh_until_its_margin() {
        let written = NewRecord {
            access: Some((AccessToken::new("a"), Duration::from_secs(3600))),
            refresh: Some(Secret::new("r")),
        };
        let now = 1_000_000;
        let mut fields = written.fields(now);
        fields.push((GENERATION, "3".into()));
        let record = read(&fields);
        assert_eq!(record.generation, 3);
        assert_eq!(record.refresh.as_ref().map(Secret::expose), Some("r"));
        let (token, left) = record.fresh(now, None).expect("fresh");
        assert_eq!(token.expose(), "a");
        assert_eq!(left, Duration::from_secs(3600));
        assert!(record.fresh(now + 3_540_000 - 1, None).is_some());
        assert!(record.fresh(now + 3_540_000, None).is_none());
        assert!(record.fresh(now, Some(&AccessToken::new("a"))).is_none());
        // A short token is handed out for half its life.
        let short = read(
            &NewRecord {
                access: Some((AccessToken::new("s"), Duration::from_secs(4))),
                refresh: None,
            }
            .fields(now),
        );
        assert!(short.fresh(now + 1_999, None).is_some());
        assert!(short.fresh(now + 2_000, None).is_none());
    }

    #[test]
    fn damaged_records_are_stale_not_a_panic() {
        let record = read(&[
            (GENERATION, "x".into()),
            (ACCESS, "a".into()),
            (RENEW_AT, "-5".into()),
            (EXPIRES_AT, "99999999999999999999999".into()),
        ]);
        assert_eq!(record.generation, 0);
        assert!(record.fresh(0, None).is_none());
        assert!(read(&[]).fresh(0, None).is_none());
        let huge = NewRecord {
            access: Some((AccessToken::new("a"), Duration::MAX)),
            refresh: None,
        };
        assert!(!huge.fields(u64::MAX).is_empty());
    }

    #[test]
    fn debug_shows_no_token() {
        let record = read(&[
            (ACCESS, "secret-access".into()),
            (REFRESH, "secret-refresh".into()),
        ]);
        let shown = format!("{record:?}");
        assert!(!shown.contains("secret-"), "{shown}");
    }
}
