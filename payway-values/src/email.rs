//! `Email`: an address of plausible shape, personal data.

use std::fmt;

use crate::InvalidValue;

/// An email address, checked for a plausible shape. Personal data: `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Checks `text` is shaped like `local@domain.tld`: one `@`, no spaces, a dotted domain.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        // Most addresses are ASCII: the local part, then the domain, each walked once, where the
        // rule on chars walks the text six times (BENCHMARKS.md §1). Both say the same of every
        // ASCII text (tested).
        let plausible = if text.is_ascii() {
            ascii_shape(text.as_bytes())
        } else {
            shape(text)
        };
        if !plausible {
            return Err(InvalidValue::new(
                "must be an email address like name@example.com",
            ));
        }
        Ok(Email(text.to_string()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The rule, on chars: at most 254 bytes without whitespace or control characters; a local
/// part of 1 to 64 bytes before the one `@`; a domain of letters, digits, `-` and `.` with a
/// `.` in it, whose labels are not empty and neither start nor end with `-`.
fn shape(text: &str) -> bool {
    if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let domain_ok = domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    !local.is_empty() && local.len() <= 64 && !local.contains('@') && domain_ok
}

/// [`shape`] for ASCII text, in one pass over the bytes: the local part up to the first `@`,
/// then the domain, where a second `@` is refused with every other byte a label may not hold.
/// ASCII's whitespace other than the space is made of control characters (below `0x20`, and
/// `0x7f`).
fn ascii_shape(text: &[u8]) -> bool {
    if text.len() > 254 {
        return false;
    }
    let mut at = None;
    for (index, &byte) in text.iter().enumerate() {
        match byte {
            b'@' => {
                at = Some(index);
                break;
            }
            0..=0x20 | 0x7f => return false,
            _ => {}
        }
    }
    let Some(at) = at.filter(|at| (1..=64).contains(at)) else {
        return false;
    };
    // Labels of letters, digits and `-`, neither empty nor starting or ending with `-`.
    let (mut dotted, mut label_start, mut last) = (false, true, b'.');
    for &byte in &text[at + 1..] {
        match byte {
            b'.' if label_start || last == b'-' => return false,
            b'.' => (dotted, label_start) = (true, true),
            b'-' if label_start => return false,
            b'-' | b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => label_start = false,
            _ => return false,
        }
        last = byte;
    }
    dotted && !label_start && last != b'-'
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(<redacted>)")
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Email {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Email {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Email::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(
            Email::parse("åsa@exempel.se").is_ok(),
            "not ASCII: the rule on chars"
        );
        assert!(Email::parse("a@b\u{a0}.se").is_err(), "a no-break space");
    }

    /// Every text of up to five characters from an alphabet of what the rule looks at, and the
    /// length limits: the one-pass check says what the rule on chars says.
    #[test]
    fn the_ascii_pass_agrees_with_the_rule_on_chars() {
        const ALPHABET: &[u8] = b"a0-.@ \t\x0b\x7f_";
        let mut texts = vec![Vec::new()];
        let mut last = vec![Vec::new()];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|text: &Vec<u8>| {
                    ALPHABET.iter().map(move |&byte| {
                        let mut longer = text.clone();
                        longer.push(byte);
                        longer
                    })
                })
                .collect();
            texts.extend(last.iter().cloned());
        }
        for local in [63, 64, 65] {
            for domain in [186, 188, 189, 190] {
                let mut text = "l".repeat(local) + "@";
                text += &"d".repeat(domain - 3);
                text += ".se";
                texts.push(text.into_bytes());
            }
        }
        for text in &texts {
            let text = std::str::from_utf8(text).unwrap();
            assert_eq!(ascii_shape(text.as_bytes()), shape(text), "{text:?}");
        }
        assert!(texts.iter().any(|t| ascii_shape(t)), "some texts pass");
    }
}
