//! The field reference: every field of every record of the case document, with its meaning in
//! both languages, its type, its allowed codes and whether it is required — read from the
//! generated [schema](super::schema) and the validator's meanings
//! ([`validate::fields`](crate::validate::fields)), so that it says what the reader accepts.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::validate::fields::meaning;

/// One field of one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FieldDoc {
    /// The record the field belongs to (`Case`, `Programme`, `Site` …).
    pub record: String,
    /// The JSON key.
    pub key: String,
    /// Whether a document must give it.
    pub required: bool,
    /// Its type in words: `text`, `integer`, `list of Site`, `date (YYYY-MM-DD)` …
    pub kind: String,
    /// The codes it accepts, when it takes one of a fixed set (each with its description).
    pub allowed: Vec<(String, String)>,
    /// What the field holds (the model's documentation).
    pub description: String,
    /// Its meaning in Indonesian, when the validator knows the key.
    pub meaning_id: Option<String>,
    /// Its meaning in English, when the validator knows the key.
    pub meaning_en: Option<String>,
}

/// Every field of the document, record by record: `Case` first, then the records in name
/// order, each record's fields in key order.
///
/// # Examples
///
/// ```
/// let fields = berdaya::exchange::fields::reference();
/// let kind = fields.iter().find(|f| f.record == "Programme" && f.key == "kind").unwrap();
/// assert!(kind.required);
/// assert!(kind.allowed.iter().any(|(code, _)| code == "p2k2"));
/// ```
pub fn reference() -> Vec<FieldDoc> {
    let schema = super::schema::case_schema();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut fields = record_fields("Case", &schema, &defs);
    for (name, def) in &defs {
        fields.extend(record_fields(name, def, &defs));
    }
    fields
}

fn record_fields(record: &str, def: &Value, defs: &Map<String, Value>) -> Vec<FieldDoc> {
    let Some(properties) = def.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    let required: Vec<&str> = def
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    properties
        .iter()
        .map(|(key, property)| {
            let meaning = meaning(key);
            FieldDoc {
                record: record.to_owned(),
                key: key.clone(),
                required: required.contains(&key.as_str()),
                kind: kind_of(property, defs),
                allowed: allowed(property, defs),
                description: text(property, "description"),
                meaning_id: meaning.map(|(id, _)| id.to_owned()),
                meaning_en: meaning.map(|(_, en)| en.to_owned()),
            }
        })
        .collect()
}

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The definition a `$ref` points to, with its name.
fn target<'a>(value: &Value, defs: &'a Map<String, Value>) -> Option<(&'a str, &'a Value)> {
    let name = value.get("$ref")?.as_str()?.strip_prefix("#/$defs/")?;
    defs.get_key_value(name).map(|(k, v)| (k.as_str(), v))
}

/// The alternatives of an optional value without the `null`.
fn non_null(value: &Value) -> Option<&Value> {
    let options = value.get("anyOf")?.as_array()?;
    let mut rest = options
        .iter()
        .filter(|o| o.get("type") != Some(&"null".into()));
    let first = rest.next()?;
    rest.next().is_none().then_some(first)
}

fn kind_of(value: &Value, defs: &Map<String, Value>) -> String {
    if let Some(inner) = non_null(value) {
        return format!("{} or null", kind_of(inner, defs));
    }
    if let Some((name, def)) = target(value, defs) {
        return match def.get("type").and_then(Value::as_str) {
            Some("string") if def.get("pattern").is_some() => {
                format!("date ({})", pattern_words(def))
            }
            Some("string") if def.get("oneOf").is_none() && def.get("enum").is_none() => {
                format!("text ({name})")
            }
            Some("integer") | Some("number") => format!("number ({name})"),
            _ if def.get("properties").is_some() => format!("object {name}"),
            _ => format!("code ({name})"),
        };
    }
    if let Some(types) = value.get("type").and_then(Value::as_array) {
        // `["string", "null"]`: an optional value of a plain type.
        let mut one = value.clone();
        if let (Some(object), Some(first)) = (
            one.as_object_mut(),
            types.iter().find(|t| t.as_str() != Some("null")),
        ) {
            object.insert("type".into(), first.clone());
        }
        return format!("{} or null", kind_of(&one, defs));
    }
    match value.get("type").and_then(Value::as_str) {
        Some("array") => match value.get("items") {
            Some(items) => format!("list of {}", kind_of(items, defs)),
            None => "list".to_owned(),
        },
        Some("string") => match value.get("format").and_then(Value::as_str) {
            Some("date") => "date (YYYY-MM-DD)".to_owned(),
            _ => "text".to_owned(),
        },
        Some("integer") => bounded("integer", value),
        Some("number") => bounded("number", value),
        Some("boolean") => "true or false".to_owned(),
        Some("object") => "object".to_owned(),
        _ if value.get("oneOf").is_some() || value.get("anyOf").is_some() => {
            "one of several forms (see the schema)".to_owned()
        }
        _ => "any".to_owned(),
    }
}

/// A patterned string in words: its examples, `2020 / 2023-03 / …`.
fn pattern_words(def: &Value) -> String {
    def.get("examples")
        .and_then(Value::as_array)
        .map(|e| {
            e.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_else(|| text(def, "pattern"))
}

fn bounded(kind: &str, value: &Value) -> String {
    match (value.get("minimum"), value.get("maximum")) {
        (Some(min), Some(max)) if min == max => format!("{kind}, exactly {min}"),
        (Some(min), Some(max)) => format!("{kind} {min}–{max}"),
        (Some(min), None) if min == &Value::from(0) => format!("{kind} ≥ 0"),
        _ => kind.to_owned(),
    }
}

fn allowed(value: &Value, defs: &Map<String, Value>) -> Vec<(String, String)> {
    let value = non_null(value).unwrap_or(value);
    let value = value.get("items").unwrap_or(value);
    let Some((_, def)) = target(value, defs) else {
        return Vec::new();
    };
    def.get("oneOf")
        .and_then(Value::as_array)
        .map(|options| {
            options
                .iter()
                .filter_map(|o| {
                    Some((o.get("const")?.as_str()?.to_owned(), text(o, "description")))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_of_the_document_is_listed_with_its_fields() {
        let fields = reference();
        let records: std::collections::BTreeSet<&str> =
            fields.iter().map(|f| f.record.as_str()).collect();
        for record in [
            "Case",
            "Programme",
            "Site",
            "Stakeholder",
            "Activity",
            "Participant",
        ] {
            assert!(records.contains(record), "{record} missing");
        }
        let date = fields
            .iter()
            .find(|f| f.record == "Case" && f.key == "reference_date")
            .unwrap();
        assert!(date.kind.starts_with("date"), "{}", date.kind);
        assert!(!date.required);
    }

    #[test]
    fn most_fields_have_a_meaning_in_both_languages() {
        let fields = reference();
        let known = fields.iter().filter(|f| f.meaning_en.is_some()).count();
        assert!(
            known * 10 >= fields.len() * 9,
            "{known} of {}",
            fields.len()
        );
    }
}
