//! Formats in and out: REFI-QDA, the exchange standard of qualitative-analysis tools
//! (QualCoder, NVivo, ATLAS.ti, MAXQDA, Taguette) — codebooks (`.qdc`, namespace
//! `urn:QDA-XML:codebook:1.0`) read and written by [`codebook`], and berdaya's framework
//! vocabularies as ready codebooks in Indonesian and English ([`framework_codebook`]); and the
//! case document's JSON Schema with the field reference built from it (both behind the
//! `schema` feature).
//!
//! Reading never drops anything silently: every problem is an [`ExchangeError`] or a
//! [`Warning`], each with its XML [`Location`] (line, column and element path).

#[cfg(feature = "qdpx")]
mod archive;
mod builders;
pub mod codebook;
mod error;
#[cfg(feature = "schema")]
pub mod fields;
mod frameworks;
pub mod guid;
pub mod mapping;
mod message;
pub mod project;
#[cfg(feature = "schema")]
pub mod schema;
mod xml;

#[cfg(feature = "qdpx")]
pub use archive::Limits;
pub use codebook::{Code, CodeSet, Codebook, Rgb};
pub use error::{ExchangeError, Imported, Location, Warning, WarningKind};
pub use frameworks::framework_codebook;
pub use guid::Guid;
pub use project::Project;
