//! `DateTime`: a date and time of day with its UTC offset, in either of the two shapes the
//! Payway API writes (`2019-11-21T14:43:30+01:00` and `2020-04-23 12:16:50 +0200`).

use std::fmt;
use std::str::FromStr;

use crate::{Date, InvalidValue};

/// A date and time with a UTC offset. Kept as the text it was given in (so it is sent back
/// exactly as received) with its parts checked and readable.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateTime {
    text: String,
    date: Date,
    hour: u8,
    minute: u8,
    second: u8,
    offset_minutes: i16,
}

impl DateTime {
    /// Parses `YYYY-MM-DDTHH:MM:SS±HH:MM` (RFC 3339, also with `Z` and fractions of a second)
    /// or `YYYY-MM-DD HH:MM:SS ±HHMM`.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let invalid = || {
            InvalidValue::new(
                "must be a date and time like 2019-11-21T14:43:30+01:00 or \
                 2020-04-23 12:16:50 +0200",
            )
        };
        let date = Date::parse(text.get(..10).ok_or_else(invalid)?).map_err(|_| invalid())?;
        let rest = text.get(10..).ok_or_else(invalid)?;
        let rest = rest
            .strip_prefix('T')
            .or_else(|| rest.strip_prefix(' '))
            .ok_or_else(invalid)?;
        let bytes = rest.as_bytes();
        if bytes.len() < 8 || bytes[2] != b':' || bytes[5] != b':' {
            return Err(invalid());
        }
        let two = |at: usize| -> Result<u8, InvalidValue> {
            let part = rest.get(at..at + 2).ok_or_else(invalid)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| invalid())
            } else {
                Err(invalid())
            }
        };
        let (hour, minute, second) = (two(0)?, two(3)?, two(6)?);
        if hour > 23 || minute > 59 || second > 60 {
            return Err(invalid());
        }
        let mut zone = &rest[8..];
        if let Some(fraction) = zone.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(invalid());
            }
            zone = &fraction[digits..];
        }
        let zone = zone.strip_prefix(' ').unwrap_or(zone);
        let offset_minutes = match zone {
            "Z" | "z" => 0,
            _ => {
                let sign: i16 = match zone.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return Err(invalid()),
                };
                let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
                let colon_ok = (zone.len() == 6 && zone.as_bytes()[3] == b':') || zone.len() == 5;
                if digits.len() != 4 || !colon_ok || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(invalid());
                }
                let hours: i16 = digits[..2].parse().map_err(|_| invalid())?;
                let minutes: i16 = digits[2..].parse().map_err(|_| invalid())?;
                if hours > 23 || minutes > 59 {
                    return Err(invalid());
                }
                sign * (hours * 60 + minutes)
            }
        };
        Ok(DateTime {
            text: text.to_string(),
            date,
            hour,
            minute,
            second,
            offset_minutes,
        })
    }

    /// The text as given.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The calendar date (in the value's own offset).
    pub fn date(&self) -> Date {
        self.date
    }

    /// The hour, 0 to 23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, 0 to 60 (a leap second), fractions dropped.
    pub fn second(&self) -> u8 {
        self.second
    }

    /// The offset from UTC in minutes, e.g. `60` for `+01:00`.
    pub fn offset_minutes(&self) -> i16 {
        self.offset_minutes
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for DateTime {
    type Err = InvalidValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DateTime::parse(text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateTime::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_shapes_of_the_api() {
        let iso = DateTime::parse("2019-11-21T14:43:30+01:00").expect("iso");
        assert_eq!((iso.hour(), iso.minute(), iso.second()), (14, 43, 30));
        assert_eq!(iso.offset_minutes(), 60);
        let spaced = DateTime::parse("2020-04-23 12:16:50 +0200").expect("spaced");
        assert_eq!(spaced.offset_minutes(), 120);
        assert_eq!(spaced.date().to_string(), "2020-04-23");
        assert_eq!(spaced.to_string(), "2020-04-23 12:16:50 +0200");
        assert!(DateTime::parse("2020-04-23T12:16:50.123Z").is_ok());
        assert!(DateTime::parse("2020-04-23T12:16:50-05:30").is_ok());
    }

    #[test]
    fn other_text_is_rejected() {
        for bad in [
            "",
            "2020-04-23",
            "2020-04-23T25:00:00Z",
            "2020-02-30T10:00:00Z",
            "2020-04-23T12:16:50",
            "2020-04-23T12:16:50+2",
            "2020-04-23 12:16:50 +02:000",
            "2020-04-23T12:16:50+0200x",
        ] {
            assert!(DateTime::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn date_times_in_both_shapes_the_api_writes() {
        for yes in [
            "2019-11-21T14:43:30+01:00",
            "2020-04-23 12:16:50 +0200",
            "2020-04-23T12:16:50.123Z",
            "2020-04-23T12:16:50z",
            "2020-04-23T12:16:50-05:30",
            "2020-04-23 12:16:50+0200",
            "2020-04-23T12:16:50 +02:00",
            "2016-12-31T23:59:60Z",
        ] {
            assert!(DateTime::parse(yes).is_ok(), "{yes}");
        }
        for no in [
            "",
            "2020-04-23",
            "2020-04-23T25:00:00Z",
            "2020-04-23T12:60:00Z",
            "2020-04-23T12:16:61Z",
            "2020-02-30T10:00:00Z",
            "2020-04-23T12:16:50",
            "2020-04-23t12:16:50Z",
            "2020-04-23T12:16:50+2",
            "2020-04-23T12:16:50+24:00",
            "2020-04-23T12:16:50+01:60",
            "2020-04-23 12:16:50 +02:000",
            "2020-04-23T12:16:50+0200x",
            "2020-04-23T12:16:50.Z",
            "2020-04-23T12:16:50  +0200",
            "2020-04-23T1:16:50Z",
            "2020-04-23T12:16:50+02:0:",
            "2020-04-23T12:16:50é",
        ] {
            assert!(DateTime::parse(no).is_err(), "{no}");
        }
    }
}
