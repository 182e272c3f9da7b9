//! The programmes of the five source documents, bundled as data.
//!
//! Each case is a JSON document compiled into the library, so every example, test and demo
//! runs on real content with no set-up. Each names the seed file it encodes
//! ([`SourceDocument::seed`](crate::model::case::SourceDocument::seed)); every evidence text in
//! it is copied verbatim from that seed, and where a seed gives aggregates the case keeps
//! aggregates.
#![cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))] // #19: examples still to write

mod template;

pub use template::{template, template_names};

use crate::model::case::Case;
use crate::validate::ValidationError;

/// A bundled case: its name and its JSON.
struct Bundled {
    name: &'static str,
    json: &'static str,
}

const BUNDLED: &[Bundled] = &[
    Bundled {
        name: "p2wkss-bekasi-utara",
        json: include_str!("p2wkss-bekasi-utara.json"),
    },
    Bundled {
        name: "p2wkss-bojong-menteng-2025",
        json: include_str!("p2wkss-bojong-menteng-2025.json"),
    },
    Bundled {
        name: "p2k2-karawaci",
        json: include_str!("p2k2-karawaci.json"),
    },
    Bundled {
        name: "sekoper-cinta-mustikasari",
        json: include_str!("sekoper-cinta-mustikasari.json"),
    },
    Bundled {
        name: "wrse-junrejo",
        json: include_str!("wrse-junrejo.json"),
    },
];

/// Why a bundled case could not be loaded.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// No bundled case has that name.
    #[error("unknown bundled case `{name}`: expected one of {}", names().join(", "))]
    Unknown {
        /// The name asked for.
        name: String,
    },
    /// No programme kind or preset has that name.
    #[error("unknown template `{name}`: expected a programme kind or a preset, one of {}", template_names().join(", "))]
    UnknownTemplate {
        /// The name asked for.
        name: String,
    },
    /// The bundled document is invalid (a defect of this build).
    #[error("bundled case `{name}` is invalid: {source}")]
    Invalid {
        /// The case.
        name: &'static str,
        /// Its problems.
        source: ValidationError,
    },
}

impl CaseError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::Unknown { .. } => "unknown_case",
            CaseError::UnknownTemplate { .. } => "unknown_template",
            CaseError::Invalid { .. } => "invalid_case",
        }
    }
}

/// The names of the bundled cases, in seed order.
pub fn names() -> Vec<&'static str> {
    BUNDLED.iter().map(|b| b.name).collect()
}

/// The JSON text of a bundled case.
pub fn json(name: &str) -> Result<&'static str, CaseError> {
    BUNDLED
        .iter()
        .find(|b| b.name == name)
        .map(|b| b.json)
        .ok_or_else(|| CaseError::Unknown {
            name: name.to_owned(),
        })
}

/// Loads and validates a bundled case by name.
pub fn load(name: &str) -> Result<Case, CaseError> {
    let bundled = BUNDLED
        .iter()
        .find(|b| b.name == name)
        .ok_or_else(|| CaseError::Unknown {
            name: name.to_owned(),
        })?;
    Case::from_json(bundled.json).map_err(|source| CaseError::Invalid {
        name: bundled.name,
        source,
    })
}

/// Loads every bundled case, in seed order.
pub fn all() -> Result<Vec<Case>, CaseError> {
    BUNDLED.iter().map(|b| load(b.name)).collect()
}
