//! WebAssembly binding of `berdaya`: what the offline assessment page calls.
//!
//! A thin layer: documents cross as plain JavaScript objects (as JSON text, depth-checked:
//! `convert.rs`), results come back as plain objects typed by `berdaya.d.ts`, and core errors
//! become JavaScript `Error`s whose `name` is `BerdayaError` and whose `code` (and `path`,
//! `problems`) say what went wrong (`errors.rs`). No rule, threshold or label lives here. One
//! file per area of the core: `cases.rs`, `validate.rs` (reading and checking documents),
//! `frameworks.rs`, `insight.rs`, `render.rs`.

mod cases;
mod convert;
mod editing;
mod errors;
mod exchange;
mod frameworks;
mod insight;
mod render;
mod types;
mod validate;

use wasm_bindgen::prelude::*;

pub use cases::{bundled_case_file, bundled_names};
pub use editing::{
    case_view, checklist_items, choices, field_label, officer_problems, page_words, rubric,
    template, template_choices, untranslated_marker,
};
pub use exchange::qda_labels;
#[cfg(feature = "qda")]
pub use exchange::{framework_codebook_qdc, read_qdc, read_qdpx};
pub use frameworks::transition;
pub use insight::analyse;
pub use render::{report_html, report_html_body, report_markdown, vocabulary};
pub use validate::{parse_case, validate};

/// The version of berdaya.
#[wasm_bindgen]
pub fn version() -> String {
    berdaya::VERSION.to_owned()
}
