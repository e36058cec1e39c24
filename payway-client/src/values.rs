//! Typed values for parameters: dates, email addresses, checked text, and the conversion trait
//! setters accept.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;
use std::sync::OnceLock;

pub use url::Url;

/// Why a value was rejected. Carries no copy of the value, so it is safe to log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    reason: String,
}

impl InvalidValue {
    /// A rejection for `reason` (e.g. "must be at most 24 characters").
    pub fn new(reason: impl Into<String>) -> Self {
        InvalidValue {
            reason: reason.into(),
        }
    }

    /// A rejection of a value outside a closed set.
    pub fn not_one_of(allowed: &[&str]) -> Self {
        InvalidValue::new(format!("must be one of: {}", allowed.join(", ")))
    }

    /// What is wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for InvalidValue {}

/// Conversion into a parameter's type, checked. Setters take `impl IntoValue<T>`, so they accept
/// the typed value itself or, where the type has a text form, a string to be checked. A value
/// that fails its check is reported when the request is sent, before any network I/O.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a `{T}` parameter value",
    label = "expected a `{T}` here",
    note = "setters take a `{T}`, or text for the types that parse and check it (`String`, `AbsoluteUrl`, `Date`, `DateTime`, `Email`, `IpAddr`, checked strings); a generated enum takes one of its variants, not text"
)]
pub trait IntoValue<T> {
    /// Converts and checks the value.
    fn into_value(self) -> Result<T, InvalidValue>;
}

impl<T> IntoValue<T> for T {
    fn into_value(self) -> Result<T, InvalidValue> {
        Ok(self)
    }
}

impl IntoValue<String> for &str {
    fn into_value(self) -> Result<String, InvalidValue> {
        Ok(self.to_string())
    }
}

impl IntoValue<String> for &String {
    fn into_value(self) -> Result<String, InvalidValue> {
        Ok(self.clone())
    }
}

impl IntoValue<i64> for i32 {
    fn into_value(self) -> Result<i64, InvalidValue> {
        Ok(i64::from(self))
    }
}

impl IntoValue<i64> for u32 {
    fn into_value(self) -> Result<i64, InvalidValue> {
        Ok(i64::from(self))
    }
}

impl IntoValue<f64> for f32 {
    fn into_value(self) -> Result<f64, InvalidValue> {
        Ok(f64::from(self))
    }
}

impl IntoValue<f64> for i32 {
    fn into_value(self) -> Result<f64, InvalidValue> {
        Ok(f64::from(self))
    }
}

impl IntoValue<IpAddr> for Ipv4Addr {
    fn into_value(self) -> Result<IpAddr, InvalidValue> {
        Ok(IpAddr::V4(self))
    }
}

impl IntoValue<IpAddr> for Ipv6Addr {
    fn into_value(self) -> Result<IpAddr, InvalidValue> {
        Ok(IpAddr::V6(self))
    }
}

/// Text forms of types that parse from text: `&str`, `String` and `&String`.
macro_rules! from_text {
    ($($ty:ty => $parse:expr),* $(,)?) => {$(
        impl IntoValue<$ty> for &str {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(self)
            }
        }
        impl IntoValue<$ty> for String {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(&self)
            }
        }
        impl IntoValue<$ty> for &String {
            fn into_value(self) -> Result<$ty, InvalidValue> {
                $parse(self)
            }
        }
    )*};
}

from_text! {
    AbsoluteUrl => AbsoluteUrl::parse,
    Date => Date::parse,
    Email => Email::parse,
    IpAddr => |text: &str| IpAddr::from_str(text)
        .map_err(|_| InvalidValue::new("must be an IPv4 or IPv6 address, e.g. 81.208.13.50")),
}

impl IntoValue<AbsoluteUrl> for Url {
    fn into_value(self) -> Result<AbsoluteUrl, InvalidValue> {
        AbsoluteUrl::from_url(self)
    }
}

impl IntoValue<AbsoluteUrl> for &Url {
    fn into_value(self) -> Result<AbsoluteUrl, InvalidValue> {
        AbsoluteUrl::from_url(self.clone())
    }
}

/// An absolute `http` or `https` URL with a host, for parameters that name a page (a
/// confirmation page, a return page). Sent exactly as given: `https://example.com` stays without
/// the `/` that [`Url`] would add.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct AbsoluteUrl {
    text: String,
    url: Url,
}

impl AbsoluteUrl {
    /// Checks `text` is an absolute `http` or `https` URL with a host.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let url = Url::parse(text).map_err(|error| {
            InvalidValue::new(format!(
                "must be an absolute URL, e.g. https://example.com/ ({error})"
            ))
        })?;
        Self::check(&url)?;
        Ok(AbsoluteUrl {
            text: text.to_string(),
            url,
        })
    }

    /// A parsed URL, checked to be `http` or `https` with a host; sent as [`Url`] writes it.
    pub fn from_url(url: Url) -> Result<Self, InvalidValue> {
        Self::check(&url)?;
        Ok(AbsoluteUrl {
            text: url.as_str().to_string(),
            url,
        })
    }

    fn check(url: &Url) -> Result<(), InvalidValue> {
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(InvalidValue::new(
                "must be an absolute http or https URL with a host, e.g. https://example.com/",
            ));
        }
        Ok(())
    }

    /// The URL as it is sent.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The URL, parsed.
    pub fn url(&self) -> &Url {
        &self.url
    }
}

impl fmt::Debug for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AbsoluteUrl").field(&self.text).finish()
    }
}

impl fmt::Display for AbsoluteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for AbsoluteUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

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

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// An email address, checked for a plausible shape. Personal data: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Checks `text` is shaped like `local@domain.tld`: one `@`, no spaces, a dotted domain.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let invalid = || InvalidValue::new("must be an email address like name@example.com");
        if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = text.rsplit_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && domain
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if local.is_empty() || local.len() > 64 || local.contains('@') || !domain_ok {
            return Err(invalid());
        }
        Ok(Email(text.to_string()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(<redacted>)")
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Email::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The length and pattern rules of a constrained text parameter, from the spec.
#[derive(Debug, Clone, Copy)]
pub struct TextRules {
    /// Minimum length in characters.
    pub min_length: Option<usize>,
    /// Maximum length in characters.
    pub max_length: Option<usize>,
    /// Pattern the whole value must match.
    pub pattern: Option<&'static Pattern>,
}

impl TextRules {
    /// Checks `text` against every rule.
    pub fn check(&self, text: &str) -> Result<(), InvalidValue> {
        let length = text.chars().count();
        if let Some(min) = self.min_length
            && length < min
        {
            return Err(InvalidValue::new(format!(
                "must be at least {min} characters long, is {length}"
            )));
        }
        if let Some(max) = self.max_length
            && length > max
        {
            return Err(InvalidValue::new(format!(
                "must be at most {max} characters long, is {length}"
            )));
        }
        if let Some(pattern) = self.pattern {
            pattern.check(text)?;
        }
        Ok(())
    }
}

/// A regular expression from the spec, compiled on first use. The spec's patterns are checked
/// when the client is compiled, so compiling here does not fail in practice; if it ever did,
/// values are rejected with a clear reason rather than the program panicking.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex_lite::Regex>>,
}

impl Pattern {
    /// A pattern from its source text.
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern's source text.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Checks `text` matches.
    pub fn check(&self, text: &str) -> Result<(), InvalidValue> {
        let compiled = self
            .compiled
            .get_or_init(|| regex_lite::Regex::new(self.source).ok());
        match compiled {
            Some(regex) if regex.is_match(text) => Ok(()),
            Some(_) => Err(InvalidValue::new(format!(
                "must match the pattern {}",
                self.source
            ))),
            None => Err(InvalidValue::new(format!(
                "cannot be checked: the spec's pattern {} does not compile",
                self.source
            ))),
        }
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
    fn emails_need_a_plausible_shape() {
        assert!(Email::parse("payway@adeprimo.se").is_ok());
        for bad in ["", "a", "a@b", "@b.se", "a b@c.se", "a@b..se", "a@-b.se"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            format!("{:?}", Email::parse("payway@adeprimo.se").unwrap()),
            "Email(<redacted>)"
        );
    }

    #[test]
    fn text_rules_check_length_and_pattern() {
        static PATTERN: Pattern = Pattern::new(r"(?i)^[a-f\d]{24}$");
        let rules = TextRules {
            min_length: None,
            max_length: Some(24),
            pattern: Some(&PATTERN),
        };
        assert!(rules.check("5F0D9EA795CFEBFB8544AB12").is_ok());
        assert!(rules.check("5f0d9ea795cfebfb8544ab1").is_err());
        let too_long = rules.check("5f0d9ea795cfebfb8544ab12a").unwrap_err();
        assert!(too_long.reason().contains("at most 24"), "{too_long}");
    }

    #[test]
    fn broken_patterns_reject_instead_of_panicking() {
        static BROKEN: Pattern = Pattern::new("(");
        assert!(BROKEN.check("anything").is_err());
    }

    #[test]
    fn urls_must_be_absolute_web_addresses_and_keep_their_text() {
        let url = AbsoluteUrl::parse("https://confirmation_url.com").unwrap();
        assert_eq!(url.as_str(), "https://confirmation_url.com");
        assert_eq!(url.url().as_str(), "https://confirmation_url.com/");
        for bad in [
            "/relative",
            "mailto:a@b.se",
            "file:///etc/passwd",
            "ftp://example.com/x",
        ] {
            assert!(AbsoluteUrl::parse(bad).is_err(), "{bad}");
        }
        let parsed = Url::parse("https://example.com").unwrap();
        assert_eq!(
            IntoValue::<AbsoluteUrl>::into_value(parsed)
                .unwrap()
                .as_str(),
            "https://example.com/"
        );
    }
}
