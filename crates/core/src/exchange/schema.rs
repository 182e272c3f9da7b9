//! The JSON Schema of the case document, generated from the model's types so that it cannot
//! drift from what [`Case::from_json`](crate::Case::from_json) reads.
//!
//! The schema describes the shape of a document (fields, types, allowed codes, date formats);
//! the cross-record checks (references resolve, ids are unique, stages in order …) are the
//! validator's, and a document the schema accepts may still have problems there.

use crate::model::case::Case;

/// The `$id` the schema is published under in the repository.
pub const SCHEMA_ID: &str = "https://github.com/berdaya/berdaya/schema/case.schema.json";

/// The JSON Schema (draft 2020-12) of the case document as a JSON value.
///
/// # Examples
///
/// ```
/// let schema = berdaya::exchange::schema::case_schema();
/// assert_eq!(schema["title"], "Case");
/// assert!(schema["required"].as_array().unwrap().iter().any(|k| k == "programme"));
/// ```
pub fn case_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Case).to_value();
    if let Some(object) = schema.as_object_mut() {
        object.insert("$id".into(), SCHEMA_ID.into());
    }
    schema
}

/// The JSON Schema as pretty-printed JSON text, ending with a newline (the form committed in
/// `schema/case.schema.json`).
pub fn case_schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&case_schema()).unwrap_or_default();
    text.push('\n');
    text
}
