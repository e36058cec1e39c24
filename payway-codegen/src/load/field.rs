//! Parameters and fields: a map of names, each with its type (and the keys that belong to the
//! type), `required`, `default`, `description` and `sensitive`.

use super::{Context, Loader, read::MapReader};
use crate::model::keys;
use crate::model::{
    DefaultValue, EnumType, Field, ObjectType, StringRules, Type, TypeKind, UnfitDefault,
};
use crate::naming::{self, UnfitValue};
use crate::yaml::{Node, Value};

impl Loader {
    /// A map of field name to field definition.
    pub(super) fn fields(&mut self, node: &Node, what: &str, context: Context) -> Vec<Field> {
        let Some(map) = self.map(node, what, &[]) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in map.entries.iter().map(|e| (&e.0, &e.1)) {
            if !self.snake_name(key.location, &key.text, "parameter name") {
                continue;
            }
            if context != Context::Response {
                let setter_clash = naming::BUILDER_METHODS.contains(&key.text.as_str())
                    || ["maybe_", "clear_"].iter().any(|prefix| {
                        key.text.strip_prefix(prefix).is_some_and(|rest| {
                            map.entries.iter().any(|(other, _)| other.text == rest)
                        })
                    });
                if setter_clash {
                    self.error(
                        key.location,
                        format!(
                            "parameter `{}` in {what} would give a setter that clashes with a \
                             builder method of the same name; this name cannot be generated",
                            key.text
                        ),
                    );
                    continue;
                }
            }
            if let Some(field) = self.field(&key.text, value, context) {
                out.push(field);
            }
        }
        out
    }

    pub(super) fn field(&mut self, name: &str, node: &Node, context: Context) -> Option<Field> {
        let what = format!("parameter `{name}`");
        let map = self.map(node, &what, &[keys::FIELD, keys::TYPE])?;
        let ty = self.type_of(&map, name, &what, context);
        // A documented response field is expected unless marked otherwise; a request parameter
        // is optional unless marked required.
        let required = self
            .optional_bool(&map, "required")
            .unwrap_or(matches!(context, Context::Response | Context::Path));
        if context == Context::Path
            && !required
            && let Some(node) = map.get("required")
        {
            self.error(
                node.location,
                format!("{what} is a path parameter, which is always required: remove `required`"),
            );
        }
        let description = self.optional_text(&map, "description");
        let sensitive = self.optional_bool(&map, "sensitive").unwrap_or(false)
            || matches!(ty, Some(Type::Email));
        let unsettable = self.optional_bool(&map, "unsettable").unwrap_or(false);
        if unsettable && let Some(node) = map.get("unsettable") {
            let why = match context {
                Context::Response => Some("a response field is read as the server sends it"),
                Context::Path => Some("a path parameter is always set"),
                Context::Query | Context::Body if required => {
                    Some("a required parameter is always set: make it optional")
                }
                Context::Query | Context::Body => None,
            };
            if let Some(why) = why {
                self.error(
                    node.location,
                    format!("{what} cannot be `unsettable` (cleared with `__UNSET__`): {why}"),
                );
            }
        }
        let default = match (map.get("default"), &ty) {
            (Some(node), Some(ty)) => self.default(node, ty, &what),
            _ => None,
        };
        if required
            && context != Context::Response
            && let Some(node) = map.get("default")
        {
            self.error(
                node.location,
                format!("{what} is required, so a `default` would never apply: remove one of them"),
            );
        }
        Some(Field {
            name: name.to_string(),
            ty: ty?,
            required,
            default,
            description,
            sensitive,
            unsettable,
        })
    }

    pub(super) fn default(&mut self, node: &Node, ty: &Type, what: &str) -> Option<DefaultValue> {
        let text = self.text(node, &format!("`default` of {what}"))?;
        let values = match ty {
            Type::Enum(e) => e.values.as_slice(),
            _ => &[],
        };
        let why = match DefaultValue::from_text(ty.kind(), values, &text) {
            Ok(default) => return Some(default),
            Err(UnfitDefault::NotABoolean) => {
                format!("`default` of {what} must be `true` or `false`")
            }
            Err(UnfitDefault::NotAWholeNumber) => {
                format!("`default` of {what} must be a whole number")
            }
            Err(UnfitDefault::NotAValue) => format!(
                "`default` of {what} must be one of its `values` ({}), found `{text}`",
                values.join(", ")
            ),
            Err(UnfitDefault::NoDefault) => {
                format!("{what} is an object or a list, which cannot have a `default`")
            }
        };
        self.error(node.location, why);
        None
    }

    /// Reads `type` and the keys that belong to it; reports keys that belong to another type.
    pub(super) fn type_of(
        &mut self,
        map: &MapReader<'_>,
        field_name: &str,
        what: &str,
        context: Context,
    ) -> Option<Type> {
        let type_node = self.required(map, "type", "string")?;
        let type_name = self.text(type_node, &format!("`type` of {what}"))?;
        let Some(kind) = TypeKind::from_word(&type_name) else {
            let words: Vec<&str> = TypeKind::ALL.iter().map(|k| k.word()).collect();
            let hint = match naming::closest(&type_name, &words) {
                Some(close) => format!("did you mean `{close}`?"),
                None => format!("use one of: {}", words.join(", ")),
            };
            self.error(
                type_node.location,
                format!("unknown type `{type_name}` for {what}: {hint}"),
            );
            return None;
        };
        // A type's own keys on another type are misplaced; a string's rules are for requests.
        for key in keys::TYPE {
            let applies = key.of_type == Some(kind)
                && !(kind == TypeKind::String && context == Context::Response);
            if let Some(node) = map.get(key.name)
                && !applies
            {
                let key = key.name;
                self.error(
                    node.location,
                    if context == Context::Response && kind == TypeKind::String {
                        format!(
                            "`{key}` does not apply to {what}: a response is read as the server \
                             sends it, so constraints belong on request parameters only"
                        )
                    } else {
                        format!("`{key}` does not apply to {what} of type `{type_name}`: remove it")
                    },
                );
            }
        }
        if context == Context::Path
            && !matches!(kind, TypeKind::String | TypeKind::Integer | TypeKind::Enum)
        {
            self.error(
                type_node.location,
                format!(
                    "{what} is a path parameter, which is a `string`, an `integer` or an `enum`, \
                     not `{type_name}`"
                ),
            );
            return None;
        }
        let ty = match kind {
            TypeKind::String => Type::String(self.string_rules(map, what)),
            TypeKind::Boolean => Type::Boolean,
            TypeKind::Integer => Type::Integer,
            TypeKind::Number => Type::Number,
            TypeKind::Date => Type::Date,
            TypeKind::DateTime => Type::DateTime,
            TypeKind::Url => Type::Url,
            TypeKind::IpAddress => Type::IpAddress,
            TypeKind::Email => Type::Email,
            TypeKind::Enum => Type::Enum(self.enum_type(map, what)?),
            TypeKind::Object | TypeKind::List if context == Context::Query => {
                self.error(
                    type_node.location,
                    format!(
                        "{what} is in the query string, which only carries single values, \
                         not `{type_name}`"
                    ),
                );
                return None;
            }
            TypeKind::Object => Type::Object(self.object_type(map, field_name, what, context)?),
            TypeKind::List => {
                let items = self.required(map, "items", "{ type: string }")?;
                let item_what = format!("the items of {what}");
                let items_map = self.map(items, &item_what, &[keys::ITEMS, keys::TYPE])?;
                let item_name = format!("{field_name}_item");
                Type::List(Box::new(
                    self.type_of(&items_map, &item_name, &item_what, context)?,
                ))
            }
        };
        Some(ty)
    }

    pub(super) fn string_rules(&mut self, map: &MapReader<'_>, what: &str) -> StringRules {
        let min_length = map
            .get("min_length")
            .and_then(|n| self.count(n, &format!("`min_length` of {what}")));
        let max_length = map
            .get("max_length")
            .and_then(|n| self.count(n, &format!("`max_length` of {what}")));
        if let (Some(min), Some(max)) = (min_length, max_length)
            && min > max
            && let Some(node) = map.get("min_length")
        {
            self.error(
                node.location,
                format!("`min_length` ({min}) of {what} is larger than its `max_length` ({max})"),
            );
        }
        let pattern = map.get("pattern").and_then(|n| {
            let pattern = self.text(n, &format!("`pattern` of {what}"))?;
            match regex_lite::Regex::new(&pattern) {
                Ok(_) => Some(pattern),
                Err(error) => {
                    let reason = error.to_string().replace('\n', " ");
                    self.error(
                        n.location,
                        format!("`pattern` of {what} is not a valid regular expression: {reason}"),
                    );
                    None
                }
            }
        });
        StringRules {
            min_length,
            max_length,
            pattern,
        }
    }

    pub(super) fn enum_type(&mut self, map: &MapReader<'_>, what: &str) -> Option<EnumType> {
        let node = self.required(map, "values", "[limited, recurring]")?;
        let Value::List(items) = &node.value else {
            self.error(
                node.location,
                format!("`values` of {what} must be a list, e.g. `[limited, recurring]`"),
            );
            return None;
        };
        if items.is_empty() {
            self.error(
                node.location,
                format!("`values` of {what} is empty: list at least one"),
            );
            return None;
        }
        let mut values: Vec<String> = Vec::new();
        for item in items {
            let Some(value) = self.text(item, &format!("a value of {what}")) else {
                continue;
            };
            let why = match naming::enum_variant(&value, &values) {
                Ok(_) => {
                    values.push(value);
                    continue;
                }
                Err(UnfitValue::Repeated) => format!("duplicate value `{value}` in {what}"),
                Err(UnfitValue::NoVariantName) => format!(
                    "value `{value}` of {what} must start with a letter so that it can name an \
                     enum variant"
                ),
                Err(UnfitValue::Unknown) => format!(
                    "value `{value}` of {what} would clash with the `Unknown` variant kept for \
                     values the server adds later: it cannot be used"
                ),
                Err(UnfitValue::SameVariant(variant)) => format!(
                    "value `{value}` of {what} gives the same Rust name `{variant}` as another \
                     value"
                ),
            };
            self.error(item.location, why);
        }
        Some(EnumType { values })
    }

    pub(super) fn object_type(
        &mut self,
        map: &MapReader<'_>,
        field_name: &str,
        what: &str,
        context: Context,
    ) -> Option<ObjectType> {
        let name = match map.get("name") {
            Some(node) => {
                let name = self.text(node, &format!("`name` of {what}"))?;
                if !naming::is_pascal_case(&name) {
                    self.error(
                        node.location,
                        format!(
                            "`name` of {what} must be PascalCase, e.g. `PaymentMethodCategory`, \
                             found `{name}`"
                        ),
                    );
                    return None;
                }
                name
            }
            None => naming::pascal_case(field_name),
        };
        let fields_node = self.required(map, "fields", "{ id: { type: string } }")?;
        let fields = self.fields(fields_node, &format!("`fields` of {what}"), context);
        let description = self.optional_text(map, "description");
        let additional_fields = self
            .optional_bool(map, "additional_fields")
            .unwrap_or(false);
        Some(ObjectType {
            name,
            description,
            fields,
            additional_fields,
        })
    }
}
