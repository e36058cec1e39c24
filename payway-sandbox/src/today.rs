//! Today's date (UTC), and a moment as UTC text, without a date library: the days since 1970
//! turned into a date by `payway_values::Date::from_days_since_epoch`.

use std::time::{SystemTime, UNIX_EPOCH};

use payway_values::Date;

/// Today's date in UTC (`None` only if the clock is set beyond the year 9999).
pub(crate) fn today() -> Option<Date> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch(i64::try_from(seconds / 86_400).ok()?)
}

/// `at` as `2026-12-03T08:45:40Z` (UTC, whole seconds).
pub(crate) fn timestamp(at: SystemTime) -> String {
    let seconds = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let date = i64::try_from(seconds / 86_400)
        .ok()
        .and_then(Date::from_days_since_epoch)
        .map_or_else(|| "?".to_string(), |d| d.to_string());
    let of_day = seconds % 86_400;
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_and_timestamps() {
        assert!(today().is_some_and(|d| d.year() >= 2024));
        let at = UNIX_EPOCH + std::time::Duration::from_secs(18_930 * 86_400 + 3_723);
        assert_eq!(timestamp(at), "2021-10-30T01:02:03Z");
    }
}
