//! Text checked against a parameter's rules from the spec (length, pattern): one generic type,
//! so that each constrained parameter costs the generated code a marker and its rules, not a
//! dozen trait impls of its own.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

use payway_values::{IntoValue, InvalidValue, TextRules};

/// What makes one kind of [`CheckedText`]: its name and its rules, from the spec. The generator
/// declares one uninhabited marker per constrained parameter and implements this for it.
pub trait TextKind {
    /// The name of the checked type, as `Debug` shows it (`PaywallId`).
    const NAME: &'static str;
    /// The rules a value must follow.
    const RULES: TextRules;
    /// The value is personal or secret: `Debug` shows `<redacted>` instead of it.
    const SENSITIVE: bool;
}

/// Text that passed the rules of `K`. The generated code names each kind with an alias
/// (`PaywallId = CheckedText<PaywallIdKind>`); make one with `new`, or pass text to the
/// setter, which checks it.
pub struct CheckedText<K> {
    text: String,
    // `fn() -> K`: the marker is never stored, so the type is `Send`, `Sync` and `Unpin` whatever
    // `K` is.
    kind: PhantomData<fn() -> K>,
}

impl<K: TextKind> CheckedText<K> {
    /// The rules a value must follow, from the spec.
    pub const RULES: TextRules = K::RULES;

    /// Checks `value` against the spec's rules.
    pub fn new(value: impl Into<String>) -> Result<Self, InvalidValue> {
        let text = value.into();
        K::RULES.check(&text)?;
        Ok(CheckedText {
            text,
            kind: PhantomData,
        })
    }
}

impl<K> CheckedText<K> {
    /// The checked text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<K: TextKind> fmt::Debug for CheckedText<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if K::SENSITIVE {
            write!(f, "{}(<redacted>)", K::NAME)
        } else {
            f.debug_tuple(K::NAME).field(&self.text).finish()
        }
    }
}

// By hand rather than derived: a derive would ask the marker `K` for the same traits.
impl<K> Clone for CheckedText<K> {
    fn clone(&self) -> Self {
        CheckedText {
            text: self.text.clone(),
            kind: PhantomData,
        }
    }
}

impl<K> PartialEq for CheckedText<K> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<K> Eq for CheckedText<K> {}

impl<K> Hash for CheckedText<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl<K> AsRef<str> for CheckedText<K> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl<K> serde::Serialize for CheckedText<K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<K: TextKind> IntoValue<CheckedText<K>> for &str {
    fn into_value(self) -> Result<CheckedText<K>, InvalidValue> {
        CheckedText::new(self)
    }
}

impl<K: TextKind> IntoValue<CheckedText<K>> for String {
    fn into_value(self) -> Result<CheckedText<K>, InvalidValue> {
        CheckedText::new(self)
    }
}

impl<K: TextKind> IntoValue<CheckedText<K>> for &String {
    fn into_value(self) -> Result<CheckedText<K>, InvalidValue> {
        CheckedText::new(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use payway_values::Pattern;

    enum Code {}
    impl TextKind for Code {
        const NAME: &'static str = "Code";
        const RULES: TextRules = TextRules {
            min_length: Some(2),
            max_length: Some(4),
            pattern: Some({
                static PATTERN: Pattern = Pattern::new("^[a-z]+$");
                &PATTERN
            }),
        };
        const SENSITIVE: bool = false;
    }

    enum Secret {}
    impl TextKind for Secret {
        const NAME: &'static str = "Secret";
        const RULES: TextRules = TextRules {
            min_length: None,
            max_length: None,
            pattern: None,
        };
        const SENSITIVE: bool = true;
    }

    #[test]
    fn a_value_is_checked_against_its_kinds_rules() {
        assert_eq!(CheckedText::<Code>::new("abc").unwrap().as_str(), "abc");
        assert!(CheckedText::<Code>::new("a").is_err());
        assert!(CheckedText::<Code>::new("abcde").is_err());
        assert!(CheckedText::<Code>::new("AB").is_err());
        let from_text: Result<CheckedText<Code>, _> = "xy".into_value();
        assert_eq!(from_text.unwrap(), CheckedText::<Code>::new("xy").unwrap());
    }

    #[test]
    fn debug_shows_the_kinds_name_and_hides_a_sensitive_value() {
        let code = CheckedText::<Code>::new("abc").unwrap();
        assert_eq!(format!("{code:?}"), r#"Code("abc")"#);
        let secret = CheckedText::<Secret>::new("hunter2").unwrap();
        assert_eq!(format!("{secret:?}"), "Secret(<redacted>)");
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""abc""#);
    }
}
