//! Integration tests of the berdaya core, compiled as one binary.

// The core is edition 2024; see the same allow in src/lib.rs.
#![allow(clippy::collapsible_if)]

mod bad_inputs;
mod bundled;
mod eligibility;
mod error_json;
mod exchange_messages;
mod fidelity;
mod one_language;
mod parsing;
mod props;
mod provenance;
mod render_safety;
mod render_words;
#[cfg(feature = "schema")]
mod schema;
mod seeds;
mod validation;
