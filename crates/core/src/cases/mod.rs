//! The programmes of the five source documents, bundled as data.
//!
//! Each case is a JSON document compiled into the library, so every example, test and demo
//! runs on real content with no set-up. Each names the seed file it encodes
//! ([`SourceDocument::seed`](crate::model::case::SourceDocument::seed)); every evidence text in
//! it is copied verbatim from that seed, and where a seed gives aggregates the case keeps
//! aggregates.
//!
//! The JSON is compiled in with the `bundled-cases` feature (on by default). Without it (the
//! WebAssembly package) only [`names`] is here, and the documents travel as data files
//! (`cases/<name>.json`) read by the host's own from-JSON path ([`Case::from_json`](crate::model::case::Case::from_json)).

mod template;

pub use template::{template, template_names};

#[cfg(feature = "bundled-cases")]
use crate::model::case::Case;
use crate::validate::ValidationError;

/// The names of the bundled cases, in seed order.
const NAMES: &[&str] = &[
    "p2wkss-bekasi-utara",
    "p2wkss-bojong-menteng-2025",
    "p2k2-karawaci",
    "sekoper-cinta-mustikasari",
    "wrse-junrejo",
];

/// A bundled case: its name and its JSON.
#[cfg(feature = "bundled-cases")]
struct Bundled {
    name: &'static str,
    json: &'static str,
}

#[cfg(feature = "bundled-cases")]
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
///
/// # Examples
///
/// ```
/// use berdaya::cases::{self, CaseError};
/// let err = cases::load("bekasi").unwrap_err();
/// assert!(matches!(&err, CaseError::Unknown { name } if name == "bekasi"));
/// assert_eq!(err.code(), "unknown_case");
/// assert!(err.to_string().contains("p2wkss-bekasi-utara"), "the message lists the names");
/// ```
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
    /// A stable machine-readable code: `unknown_case`, `unknown_template` or `invalid_case`.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::cases::template("no-such-programme").unwrap_err();
    /// assert_eq!(err.code(), "unknown_template");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::Unknown { .. } => "unknown_case",
            CaseError::UnknownTemplate { .. } => "unknown_template",
            CaseError::Invalid { .. } => "invalid_case",
        }
    }
}

/// The names of the bundled cases, in seed order.
///
/// # Examples
///
/// ```
/// let names = berdaya::cases::names();
/// assert_eq!(names.len(), 5);
/// assert!(names.contains(&"wrse-junrejo"));
/// ```
pub fn names() -> Vec<&'static str> {
    NAMES.to_vec()
}

/// The name of a bundled case as the library spells it, or [`CaseError::Unknown`]: with or
/// without the `bundled-cases` feature, so a host that ships the documents as files (the
/// WebAssembly package's `cases/<name>.json`) checks a name before it becomes part of a path.
///
/// # Examples
///
/// ```
/// assert_eq!(berdaya::cases::known("wrse-junrejo").unwrap(), "wrse-junrejo");
/// assert!(berdaya::cases::known("../wrse-junrejo").is_err());
/// ```
pub fn known(name: &str) -> Result<&'static str, CaseError> {
    NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .ok_or_else(|| CaseError::Unknown {
            name: name.to_owned(),
        })
}

/// The JSON text of a bundled case.
///
/// # Examples
///
/// ```
/// let text = berdaya::cases::json("p2k2-karawaci").unwrap();
/// let case = berdaya::Case::from_json(text).unwrap();
/// assert_eq!(case.id, "p2k2-karawaci");
/// ```
#[cfg(feature = "bundled-cases")]
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
///
/// # Examples
///
/// ```
/// let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
/// assert_eq!(case.programme.acronym, "Sekoper Cinta");
/// assert!(case.validate().is_ok());
/// ```
#[cfg(feature = "bundled-cases")]
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
///
/// # Examples
///
/// ```
/// let all = berdaya::cases::all().unwrap();
/// let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
/// assert_eq!(ids, berdaya::cases::names());
/// ```
#[cfg(feature = "bundled-cases")]
pub fn all() -> Result<Vec<Case>, CaseError> {
    BUNDLED.iter().map(|b| load(b.name)).collect()
}

#[cfg(all(test, feature = "bundled-cases"))]
mod tests {
    #[test]
    fn known_names_only() {
        assert_eq!(super::known("wrse-junrejo"), Ok("wrse-junrejo"));
        let err = super::known("../wrse-junrejo").unwrap_err();
        assert_eq!(err.code(), "unknown_case");
        assert!(err.to_string().contains("p2k2-karawaci"), "{err}");
    }

    #[test]
    fn the_names_are_the_bundled_documents_in_order() {
        let bundled: Vec<&str> = super::BUNDLED.iter().map(|b| b.name).collect();
        assert_eq!(super::NAMES, bundled.as_slice());
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(CaseError, CaseError::code);
