//! `AbsoluteUrl`: a web address for parameters that name a page (feature `url`).

use std::fmt;

pub use url::Url;

use crate::InvalidValue;

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

#[cfg(feature = "serde")]
impl serde::Serialize for AbsoluteUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IntoValue;

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
