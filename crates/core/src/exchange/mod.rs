//! Formats in and out of the case document: its JSON Schema and the field reference built from
//! it (both behind the `schema` feature).

#[cfg(feature = "schema")]
pub mod fields;
#[cfg(feature = "schema")]
pub mod schema;
