//! `TextRules` and `Pattern`: the length and pattern rules of the spec's strings.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::InvalidValue;

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
    source: Cow<'static, str>,
    compiled: OnceLock<Option<regex_lite::Regex>>,
}

impl Pattern {
    /// A pattern from its source text, for a `static` (generated code).
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source: Cow::Borrowed(source),
            compiled: OnceLock::new(),
        }
    }

    /// A pattern from text read at run time (the spec loader, the sandbox).
    pub fn owned(source: String) -> Self {
        Pattern {
            source: Cow::Owned(source),
            compiled: OnceLock::new(),
        }
    }

    /// The pattern's source text.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Checks `text` matches.
    pub fn check(&self, text: &str) -> Result<(), InvalidValue> {
        let compiled = self
            .compiled
            .get_or_init(|| regex_lite::Regex::new(&self.source).ok());
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
}
