//! `Date`: a calendar day.

use std::fmt;
use std::str::FromStr;

use crate::InvalidValue;

/// A calendar date, sent as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, checked against the calendar (leap years included).
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, InvalidValue> {
        if !(1..=9999).contains(&year) {
            return Err(InvalidValue::new("year must be between 1 and 9999"));
        }
        if !(1..=12).contains(&month) {
            return Err(InvalidValue::new("month must be between 01 and 12"));
        }
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day == 0 || day > days {
            return Err(InvalidValue::new(format!(
                "day must be between 01 and {days} in that month"
            )));
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let format = || InvalidValue::new("must be a date in the form YYYY-MM-DD, e.g. 2021-10-30");
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(format());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, InvalidValue> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| format())
            } else {
                Err(format())
            }
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| format())?;
        let day = u8::try_from(number(8..10)?).map_err(|_| format())?;
        Date::new(year, month, day)
    }

    /// The date `days` days after 1970-01-01 (before it when negative), e.g. of a
    /// `SystemTime`'s seconds since the epoch divided by 86,400; `None` outside the years 1 to
    /// 9999. Howard Hinnant's `civil_from_days`, so no date library is needed.
    pub fn from_days_since_epoch(days: i64) -> Option<Self> {
        // Days from 0000-03-01, so that the leap day ends each 400-year era.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = era
            .checked_mul(400)?
            .checked_add(year_of_era + i64::from(month <= 2))?;
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
        .ok()
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = InvalidValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Date::parse(text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_calendar() {
        assert_eq!(Date::parse("2021-10-30").unwrap().to_string(), "2021-10-30");
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2021-13-01").is_err());
        assert!(Date::parse("2021-1-01").is_err());
        assert!(Date::parse("2021-10-3x").is_err());
        assert!(Date::parse("２０２１-10-30").is_err());
    }

    #[test]
    fn days_since_the_epoch_become_dates() {
        let date = |days| Date::from_days_since_epoch(days).map(|d| d.to_string());
        assert_eq!(date(0).as_deref(), Some("1970-01-01"));
        assert_eq!(date(-1).as_deref(), Some("1969-12-31"));
        assert_eq!(date(59).as_deref(), Some("1970-03-01"));
        assert_eq!(date(18_930).as_deref(), Some("2021-10-30"));
        assert_eq!(date(19_782).as_deref(), Some("2024-02-29"));
        assert_eq!(date(11_016).as_deref(), Some("2000-02-29"));
        assert_eq!(date(-719_162).as_deref(), Some("0001-01-01"));
        assert_eq!(date(2_932_896).as_deref(), Some("9999-12-31"));
        for outside in [-719_163, 2_932_897, i64::MIN, i64::MAX] {
            assert_eq!(date(outside), None, "{outside}");
        }
        // Every day of 1900 to 2100 follows the one before it.
        let mut previous = Date::from_days_since_epoch(-25_567).unwrap();
        assert_eq!(previous.to_string(), "1900-01-01");
        for days in -25_566..=47_846 {
            let next = Date::from_days_since_epoch(days).unwrap();
            let same_month = (next.year, next.month) == (previous.year, previous.month);
            if same_month {
                assert_eq!(next.day, previous.day + 1, "{next}");
            } else {
                assert_eq!(next.day, 1, "{next}");
                assert!(Date::new(previous.year, previous.month, previous.day + 1).is_err());
            }
            previous = next;
        }
        assert_eq!(previous.to_string(), "2100-12-31");
    }

    #[test]
    fn dates_are_days_of_the_calendar() {
        for yes in [
            "2021-10-30",
            "2020-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert!(Date::parse(yes).is_ok(), "{yes}");
        }
        for no in [
            "2021-02-29",
            "1900-02-29",
            "2021-04-31",
            "2021-13-01",
            "2021-00-10",
            "2021-01-00",
            "0000-01-01",
            "2021-1-01",
            "2021/01/01",
            "20210101",
            "2021-01-01T",
            "２０２１-01-01",
        ] {
            assert!(Date::parse(no).is_err(), "{no}");
        }
    }
}
