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
