//! The keys of the spec's maps, one table per kind of map, one row per key: its name, where its
//! value comes from, and (for a type's own keys) the type it belongs to. The loader reads each
//! map with its table (any other key is an error with a "did you mean" hint); payway-spec's
//! importer reads the sources to know what a docs page may overwrite.
//!
//! Maps keyed by names (environments, sections, grant types, parameters and fields) have no
//! table: their keys are names the spec chooses.

use super::TypeKind;

/// Where a key's value comes from, which decides what an import of a docs page may do with it.
/// Outside endpoints an import only adds sections and endpoints, so there every key is
/// [`Source::Person`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The docs page states it: an import writes it, and removes it when the page no longer does.
    Page,
    /// The docs page states it when it shows it (an address, a release, a description): an
    /// import writes it, and keeps it when the page does not show it.
    PageWhenShown,
    /// A person decides it, because a page cannot say (`retry_safe`, `sensitive`) or a person
    /// shaped it (object `name`s, `example`): an import writes it in a new entry only.
    Person,
}

/// One key of a map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key as written in the spec.
    pub name: &'static str,
    /// Where its value comes from.
    pub source: Source,
    /// For a type's own keys ([`TYPE`]): the kind of type that takes it.
    pub of_type: Option<TypeKind>,
}

const fn key(name: &'static str, source: Source) -> Key {
    Key {
        name,
        source,
        of_type: None,
    }
}

const fn page(name: &'static str) -> Key {
    key(name, Source::Page)
}

const fn shown(name: &'static str) -> Key {
    key(name, Source::PageWhenShown)
}

const fn person(name: &'static str) -> Key {
    key(name, Source::Person)
}

impl Key {
    const fn of(self, kind: TypeKind) -> Key {
        Key {
            of_type: Some(kind),
            ..self
        }
    }
}

/// The top level of the spec.
pub const SPEC: &[Key] = &[
    person("api"),
    person("environments"),
    person("token_endpoint"),
    person("sections"),
];

/// `api`.
pub const API: &[Key] = &[person("name"), person("docs")];

/// One environment under `environments`.
pub const ENVIRONMENT: &[Key] = &[person("base_url"), person("description")];

/// `token_endpoint`.
pub const TOKEN_ENDPOINT: &[Key] = &[person("path"), person("description"), person("grant_types")];

/// One section under `sections`.
pub const SECTION: &[Key] = &[person("description"), person("docs"), person("endpoints")];

/// One endpoint in a section's `endpoints`.
pub const ENDPOINT: &[Key] = &[
    shown("action"),
    shown("version"),
    page("method"),
    page("path"),
    page("summary"),
    shown("description"),
    shown("docs"),
    shown("release"),
    page("scope"),
    page("identity"),
    person("retry_safe"),
    page("path_parameters"),
    page("query"),
    page("body"),
    shown("required_one_of"),
    shown("additional_parameters"),
    page("response"),
    person("example"),
];

/// An endpoint's `response`.
pub const RESPONSE: &[Key] = &[
    page("envelope"),
    page("status"),
    page("may_be_empty"),
    page("fields"),
];

/// A parameter or response field, besides the keys of its type ([`TYPE`]).
pub const FIELD: &[Key] = &[
    page("type"),
    page("required"),
    page("default"),
    shown("description"),
    person("sensitive"),
    page("unsettable"),
];

/// A list's `items`, besides the keys of its type ([`TYPE`]).
pub const ITEMS: &[Key] = &[page("type"), shown("description")];

/// The keys that belong to one kind of type, allowed in a field and in a list's `items` (where
/// any other type's key is reported as misplaced).
pub const TYPE: &[Key] = &[
    page("pattern").of(TypeKind::String),
    page("min_length").of(TypeKind::String),
    page("max_length").of(TypeKind::String),
    page("values").of(TypeKind::Enum),
    page("fields").of(TypeKind::Object),
    page("items").of(TypeKind::List),
    person("name").of(TypeKind::Object),
    person("additional_fields").of(TypeKind::Object),
];

/// The row of `name` in the first of `tables` that has one.
pub fn find(tables: &[&'static [Key]], name: &str) -> Option<&'static Key> {
    tables
        .iter()
        .copied()
        .flatten()
        .find(|key| key.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_table_names_a_key_twice() {
        let combined: &[&[&[Key]]] = &[
            &[SPEC],
            &[API],
            &[ENVIRONMENT],
            &[TOKEN_ENDPOINT],
            &[SECTION],
            &[ENDPOINT],
            &[RESPONSE],
            &[FIELD, TYPE],
            &[ITEMS, TYPE],
        ];
        for tables in combined {
            let names: Vec<&str> = tables.iter().copied().flatten().map(|k| k.name).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!names[..i].contains(name), "`{name}` twice");
            }
        }
    }

    #[test]
    fn type_keys_name_their_type_and_no_other_key_does() {
        assert!(TYPE.iter().all(|k| k.of_type.is_some()));
        for table in [
            SPEC,
            API,
            ENVIRONMENT,
            TOKEN_ENDPOINT,
            SECTION,
            ENDPOINT,
            RESPONSE,
            FIELD,
            ITEMS,
        ] {
            assert!(table.iter().all(|k| k.of_type.is_none()));
        }
    }
}
