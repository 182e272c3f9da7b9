//! The parse path of a case: JSON text straight into the types (no intermediate tree, so the
//! peak memory of a valid document stays a small multiple of its text), then the schema
//! version. Only when this fast read refuses a document is it read again by `structure`,
//! which lists every structural problem with its path.
//!
//! On WebAssembly the first read goes through `structure`'s tree and reader too: the module
//! then carries one set of the model's deserializers instead of two (serde_json's over the
//! text and the structural reader's over the tree), 68 KB gzipped less of a page's module
//! (docs/wasm-size.md). Both reads give the same `Case` for the same text, and refuse the same
//! texts (`tests` below, over the bundled cases and the bad-input catalogue).

use crate::model::case::{Case, SCHEMA_VERSION};
use crate::validate::problem::{Problem, ProblemKind, ValidationError};
use crate::validate::structure;
use crate::validate::unchecked::Unchecked;

/// Reads a document: straight into the types, or, when that is refused, every structural
/// problem. The schema version must be the one this build reads.
pub(crate) fn parse(json: &str) -> Result<Case, ValidationError> {
    match first_read(json) {
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

#[cfg(not(target_arch = "wasm32"))]
fn first_read(json: &str) -> Result<Case, serde_json::Error> {
    from_text(json)
}

#[cfg(target_arch = "wasm32")]
fn first_read(json: &str) -> Result<Case, serde_json::Error> {
    from_tree(json)
}

/// Straight from the text into the types (serde_json's reader).
fn from_text(json: &str) -> Result<Case, serde_json::Error> {
    let mut reader = serde_json::Deserializer::from_str(json);
    Unchecked::deserialize(&mut reader).and_then(|case| reader.end().map(|()| case))
}

/// Through the structural tree and its reader; refused as soon as the reader notes a problem
/// (the structural pass then lists them all).
fn from_tree(json: &str) -> Result<Case, serde_json::Error> {
    structure::read_whole(json).ok_or_else(|| {
        <serde_json::Error as serde::de::Error>::custom("the document's structure was refused")
    })
}

/// The two first reads, for measuring them side by side natively
/// (`berdaya-parse-bench --readers`): not an API, and not kept stable.
#[doc(hidden)]
pub mod readers {
    use crate::model::case::Case;

    /// serde_json's reader, straight from the text into the types (native builds' first read).
    pub fn text(json: &str) -> Option<Case> {
        super::from_text(json).ok()
    }

    /// The structural tree and its reader (WebAssembly's first read).
    pub fn tree(json: &str) -> Option<Case> {
        super::from_tree(json).ok()
    }
}

#[cfg(all(test, feature = "bundled-cases"))]
mod tests {
    use super::*;

    /// Both reads: the same `Case`, or both refuse.
    fn same(name: &str, json: &str) {
        match (from_text(json), from_tree(json)) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{name}: the two reads differ"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!(
                "{name}: one read refused: text {:?}, tree {:?}",
                a.err().map(|e| e.to_string()),
                b.err().map(|e| e.to_string())
            ),
        }
    }

    #[test]
    fn the_tree_read_gives_what_the_text_read_gives() {
        for name in crate::cases::names() {
            // The bundled text as written, compact and pretty (`to_json` is pretty).
            let case = crate::cases::load(name).unwrap();
            same(name, crate::cases::json(name).unwrap());
            same(name, &serde_json::to_string(&case).unwrap());
            same(name, &case.to_json());
        }
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/bad-inputs/catalogue.jsonl"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let mut n = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let entry: serde_json::Value = serde_json::from_str(line).unwrap();
            same(
                entry["name"].as_str().unwrap(),
                entry["input"].as_str().unwrap(),
            );
            n += 1;
        }
        assert!(n > 100, "the catalogue was read ({n} entries)");
    }
}
