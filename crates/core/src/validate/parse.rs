//! The parse path of a case: JSON text straight into the types (no intermediate tree, so the
//! peak memory of a valid document stays a small multiple of its text), then the schema
//! version. Only when this fast read refuses a document is it read again by `structure`,
//! which lists every structural problem with its path.

use crate::model::case::{Case, SCHEMA_VERSION};
use crate::validate::problem::{Problem, ProblemKind, ValidationError};
use crate::validate::structure;
use crate::validate::unchecked::Unchecked;

/// Reads a document: straight into the types, or, when that is refused, every structural
/// problem. The schema version must be the one this build reads.
pub(crate) fn parse(json: &str) -> Result<Case, ValidationError> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let fast = Unchecked::deserialize(&mut reader).and_then(|case| reader.end().map(|()| case));
    match fast {
        Ok(case) if case.schema_version == SCHEMA_VERSION => Ok(case),
        Ok(case) => Err(ValidationError {
            problems: vec![Problem::new(
                "/schema_version",
                ProblemKind::UnsupportedSchemaVersion {
                    found: Some(i64::from(case.schema_version)),
                },
            )],
        }),
        Err(error) => Err(ValidationError {
            problems: structure::problems(json, &error),
        }),
    }
}
