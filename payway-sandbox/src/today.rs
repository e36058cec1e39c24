//! Today's date (UTC), and a moment as UTC text, without a date library: the days since 1970
//! turned into a civil date (Howard Hinnant's `civil_from_days`).

use std::time::{SystemTime, UNIX_EPOCH};

use payway_values::Date;

/// Today's date in UTC (`None` only if the clock is set beyond the year 9999).
pub(crate) fn today() -> Option<Date> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).ok()?)
}

/// `at` as `2026-12-03T08:45:40Z` (UTC, whole seconds).
pub(crate) fn timestamp(at: SystemTime) -> String {
    let seconds = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let date = i64::try_from(seconds / 86_400)
        .ok()
        .and_then(civil_from_days)
        .map_or_else(|| "?".to_string(), |d| d.to_string());
    let of_day = seconds % 86_400;
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

fn civil_from_days(days: i64) -> Option<Date> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        let date = |days| civil_from_days(days).map(|d| d.to_string());
        assert_eq!(date(0).as_deref(), Some("1970-01-01"));
        assert_eq!(date(18_930).as_deref(), Some("2021-10-30"));
        assert_eq!(date(19_782).as_deref(), Some("2024-02-29"));
        assert!(today().is_some_and(|d| d.year() >= 2024));
        let at = UNIX_EPOCH + std::time::Duration::from_secs(18_930 * 86_400 + 3_723);
        assert_eq!(timestamp(at), "2021-10-30T01:02:03Z");
    }
}
