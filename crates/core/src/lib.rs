//! # berdaya
//!
//! `berdaya` ("empowered") models community-empowerment programmes for women and poor
//! families in Indonesia — P2WKSS, P2K2/PKH, Sekoper Cinta, the Dinas Sosial programmes for
//! WRSE — and the frameworks used to run and judge them.
//!
//! This crate is the pure domain core: serde-ready types, pure functions, no clock (a date is
//! always a parameter), no I/O beyond parsing the strings you give it, and no panics on any
//! input. The Python and WebAssembly bindings convert and delegate to it.
//!
//! * [`Case`] — one programme at its sites: [`programme`], [`site`]s, [`stakeholder`]s,
//!   [`activity`]s with attendance, the module [`catalogue`], pseudonymous [`participant`]s or
//!   [`cohort`] aggregates, [`assistance`], key [`figure`]s and [`evidence`] with its codes.
//! * [`validate`] — every problem in a document, each with a JSON-pointer path.
//! * [`eligibility`] — composable criteria with reason codes, and the seeds' presets (WRSE,
//!   P2WKSS, PENA, PKHP, UEP); [`quota`] — deterministic selection per kelurahan.
//! * [`adi`] — the Adi seven-stage process: stage records, seed-derived checklists,
//!   involvement on the IAP2 spectrum, transition rules, completeness, timeline,
//!   documentation gaps and sustainability after termination.
//! * [`sulistiyani`] — the three-stage progression per dimension, graduation readiness and
//!   the distribution of a cohort across stages.
//! * [`fivem`] — 5M drivers and inhibitors; [`ansell_gash`] — the collaborative-governance
//!   rubric (versioned data), ratings with evidence, aggregates and bands.
//! * [`diagnostics`] — rules across a case that turn the seeds' findings into warnings with
//!   a recommendation; [`report`] — the structured report and its Markdown and HTML
//!   renderings in both languages.
//! * [`cases`] — the programmes of the five source documents, bundled as data.
//! * [`summary`] — a readable summary of a case in Bahasa Indonesia or English.
//!
//! ```
//! use berdaya::{cases, lang::Lang, summary::Summary};
//! let case = cases::load("wrse-junrejo").unwrap();
//! let text = Summary::of(&case).render(Lang::En);
//! assert!(text.contains("Junrejo"));
//! ```
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

pub mod activity;
pub mod adi;
pub mod analysis;
pub mod ansell_gash;
pub mod assistance;
pub mod cases;
pub mod catalogue;
pub mod cohort;
pub mod date;
pub mod diagnostics;
pub mod document;
pub mod eligibility;
pub mod evidence;
pub mod figure;
pub mod fivem;
pub mod ids;
pub mod lang;
pub mod money;
pub mod participant;
pub mod programme;
pub mod quota;
pub mod registry;
pub mod report;
pub mod site;
pub mod stakeholder;
pub mod sulistiyani;
pub mod summary;
pub mod synthetic;
pub mod validate;
pub mod vocabulary;

pub use document::{Case, SCHEMA_VERSION};
pub use lang::{Labelled, Lang, Text};
pub use validate::{Problem, ProblemKind, ValidationError};

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust examples, compiled and run as doc tests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
