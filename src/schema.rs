//! Pieces of the JSON Schema of the data format (feature `schemars`).
//!
//! Types whose JSON is an object derive their schema from the same private
//! structs their serde impls go through, so the two cannot drift apart.
//! Types written as text (units, periods, decimals, codes, keys) describe
//! the text form with a pattern. A schema checks the shape of a document;
//! loading it also checks what a pattern cannot say (a 30 February, a range
//! that ends before it starts, a value too large for its magnitude).

use schemars::{Schema, SchemaGenerator, json_schema};

/// A decimal in plain notation, as [`crate::serde_util::decimal`] reads it.
pub(crate) const DECIMAL: &str = r"^-?[0-9]+(\.[0-9]+)?$";

/// The description of a decimal string.
const DECIMAL_TEXT: &str =
    "An exact decimal in plain notation, as a string (\"99.7\", \"-3\"): at most 28 digits.";

/// A string matching `pattern`.
pub(crate) fn string(pattern: &str, description: &str) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": pattern,
        "description": description,
    })
}

/// One of `codes`.
pub(crate) fn codes<'a>(codes: impl IntoIterator<Item = &'a str>, description: &str) -> Schema {
    json_schema!({
        "type": "string",
        "enum": codes.into_iter().collect::<Vec<_>>(),
        "description": description,
    })
}

/// A decimal string, for `#[schemars(schema_with)]`.
pub(crate) fn decimal(_: &mut SchemaGenerator) -> Schema {
    string(DECIMAL, DECIMAL_TEXT)
}

/// A decimal string or `null`, for `#[schemars(schema_with)]`.
pub(crate) fn optional_decimal(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "null"],
        "pattern": DECIMAL,
        "description": DECIMAL_TEXT,
    })
}

/// A calendar date (`2024-01-10`) or `null`, for `#[schemars(schema_with)]`:
/// the pattern says what `format` only annotates, which validators need not
/// check.
pub(crate) fn optional_date(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "null"],
        "format": "date",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        "description": "A calendar date, year-month-day.",
    })
}

/// A doc comment as a schema description: its prose up to the first
/// heading (`# Examples`), with the lines of each paragraph joined.
pub(crate) fn doc_prose(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in doc.lines().map(str::trim) {
        if line.starts_with('#') {
            break;
        }
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}

/// Rewrites the description of a schema and of its properties as
/// [`doc_prose`], for `#[schemars(transform)]`.
pub(crate) fn prose(schema: &mut Schema) {
    fn tidy(object: &mut serde_json::Map<String, serde_json::Value>) {
        if let Some(serde_json::Value::String(text)) = object.get_mut("description") {
            *text = doc_prose(text);
        }
    }
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    tidy(object);
    if let Some(properties) = object.get_mut("properties").and_then(|p| p.as_object_mut()) {
        for property in properties.values_mut() {
            if let Some(p) = property.as_object_mut() {
                tidy(p);
            }
        }
    }
}

/// Adds `rules` to the schema's `allOf`, for rules between fields that a
/// derived schema cannot state.
pub(crate) fn all_of(schema: &mut Schema, rules: impl IntoIterator<Item = serde_json::Value>) {
    let all = schema
        .ensure_object()
        .entry("allOf")
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    if let serde_json::Value::Array(list) = all {
        list.extend(rules);
    }
}

/// `field` must be present and not `null` exactly when `when` (a schema
/// for the object) holds; otherwise it is left out or `null`.
pub(crate) fn present_iff(when: serde_json::Value, field: &str) -> serde_json::Value {
    serde_json::json!({
        "if": when,
        "then": required(field),
        "else": absent(field),
    })
}

/// `field` is present and not `null`.
pub(crate) fn required(field: &str) -> serde_json::Value {
    serde_json::json!({ "required": [field], "properties": { field: { "not": { "type": "null" } } } })
}

/// `field` is left out or `null`.
pub(crate) fn absent(field: &str) -> serde_json::Value {
    serde_json::json!({ "properties": { field: { "type": "null" } } })
}

/// A schema for an object whose `field` has the value `value`.
pub(crate) fn field_is(field: &str, value: &str) -> serde_json::Value {
    serde_json::json!({ "required": [field], "properties": { field: { "const": value } } })
}

/// Implements `JsonSchema` for `$t`, named `$name` in a schema's `$defs`
/// (`$t` itself when no name is given), with `$body` as its schema and
/// `$g` the generator.
macro_rules! schema_impl {
    ($t:ident, |$g:pat_param| $body:expr) => {
        crate::schema::schema_impl!($t as $t, |$g| $body);
    };
    ($t:ident as $name:ident, |$g:pat_param| $body:expr) => {
        impl schemars::JsonSchema for $t {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("workreport::", stringify!($name)).into()
            }

            fn json_schema($g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $body
            }
        }
    };
}
pub(crate) use schema_impl;

/// Implements `JsonSchema` for a public type through the private struct
/// its serde impls read and write.
macro_rules! schema_as {
    ($public:ident, $raw:ty) => {
        crate::schema::schema_impl!($public, |generator| {
            let mut schema = <$raw as schemars::JsonSchema>::json_schema(generator);
            crate::schema::prose(&mut schema);
            schema
        });
    };
}
pub(crate) use schema_as;

/// Implements `JsonSchema` for a fieldless enum written as its code: one of
/// `ALL`'s codes, described by `$description` (a doc comment's text).
macro_rules! code_schema {
    ($t:ident, $description:expr) => {
        crate::schema::schema_impl!($t, |_| crate::schema::codes(
            $t::ALL.iter().map(|v| v.code()),
            &crate::schema::doc_prose($description),
        ));
    };
}
pub(crate) use code_schema;
