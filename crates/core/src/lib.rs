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
//! ## Layers
//!
//! Imports flow one way, from the model up; no module imports from a layer to its right.
//!
//! ```text
//!   model  ←  frameworks ─┐
//!     ↑                   ├─ ←  insight  ←  render
//!     └────  screening  ──┘
//!   validate and cases read the model and the frameworks' rules; nothing reads them back.
//! ```
//!
//! * [`model`] — the document: a [`Case`] with its programme, sites, stakeholders,
//!   activities, catalogue, participants, cohorts, figures, assistance and evidence, and the
//!   framework [`records`](model::records) an assessor keeps.
//! * [`frameworks`] — [`adi`](frameworks::adi) (the seven stages: transition rules, checklist
//!   data, analyses), [`sulistiyani`](frameworks::sulistiyani) (three-stage progression,
//!   graduation readiness), [`fivem`](frameworks::fivem) (5M drivers and inhibitors) and
//!   [`ansell_gash`](frameworks::ansell_gash) (the rubric as data, apart from its scoring).
//! * [`screening`] — eligibility rules and the seeds' presets, quota selection per kelurahan,
//!   the columnar registry engine and synthetic registries.
//! * [`insight`] — diagnostics (one unit per finding) and the flat analysis rows.
//! * [`exchange`] — formats in and out: REFI-QDA codebooks (`.qdc`), with berdaya's framework
//!   vocabularies as ready codebooks in both languages.
//! * [`render`] — the summary, the report (Markdown and HTML, both languages), comparisons
//!   and the vocabulary of every choice a form needs.
//! * [`validate`] — every problem in a document, each with a JSON-pointer path.
//! * [`cases`] — the programmes of the five source documents, bundled as data.
//!
//! ## Features
//!
//! * `bundled-cases` (default) — `cases::{json, load, all}`: the five seed cases compiled in
//!   (~350 KB of JSON).
//! * `qdpx` (default) — REFI-QDA projects as `.qdpx` zip archives:
//!   `exchange::Project::{from_qdpx, from_qdpx_with, to_qdpx}` and `exchange::Limits`, with
//!   the `zip` and `flate2` crates. Without it `exchange` still reads and writes `.qdc`
//!   codebooks and the `project.qde` document (`Project::{from_qde, to_qde}`), which need
//!   only the XML reader.
//! * `schema` — `exchange::{schema, fields}`: the case document's JSON Schema (`schemars`).
//! * `tsify` — TypeScript declarations of the types, for the WebAssembly package only.
//!
//! `berdaya = { version = "0.1", default-features = false }` builds everything else: the
//! document, validation, the frameworks, screening, diagnostics and the reports.
//!
//! The types most programs use are re-exported here: `berdaya::Case`, `berdaya::Lang`,
//! `berdaya::Report`, `berdaya::Rule` and their like.
//!
//! ```
//! use berdaya::{cases, render::summary::CaseSummary, Lang};
//! let case = cases::load("wrse-junrejo").unwrap();
//! let text = CaseSummary::of(&case).render(Lang::En);
//! assert!(text.contains("Junrejo"));
//! ```
//!
//! A case built by hand with the prelude — a site, two actors, a training with attendance, four
//! participants, Adi, 5M, Ansell–Gash and Sulistiyani (`examples/build_case.rs`; invented data):
//!
//! ```
//! use berdaya::prelude::*;
//! use berdaya::{render::report::Report, Thresholds};
//!
//! let t = |id: &str, en: &str| Text::new(id, en);
//! let people = ["p-1", "p-2", "p-3", "p-4"];
//! let present = people.iter().zip([true, true, false, true]);
//! let attendance = present.map(|(p, here)| Attendance::new(*p, here));
//! let training = Activity::new("jahit", ActivityKind::Training, t("Menjahit", "Sewing"));
//! let training = training.on("2024-07".parse()?).at("rw-02");
//! let training = training.facilitated_by("pkk").with_attendance(attendance);
//! let kota = Site::new("rw-02", "Jawa Barat", "Bekasi", CityKind::Kota);
//! let site = kota.with_village("Teluk Pucung", VillageKind::Kelurahan);
//! let pkk = Stakeholder::new("pkk", "TP PKK", Sector::Community).with_role(Role::Implementer);
//! let dinsos = Stakeholder::new("dinsos", "Dinas Sosial", Sector::Government);
//! let seen = Evidence::new("e-1", EvidenceKind::Observation, "Berlatih menjahit.");
//! let seen = seen.supporting(Target::AdiStage(AdiStage::Implementation));
//! let mut adi = AdiProcess::new("rw-02");
//! adi.transition(AdiStage::Preparation, StageStatus::Completed)?;
//! let (social, stage) = (Dimension::Social, Some(SulistiyaniStage::Transformation));
//! let progress = |p| Progression::of_participant(p).with_stage(social, stage, &["e-1"]);
//! let (lack, inhibits) = (t("Mesin kurang", "Too few machines"), Direction::Inhibitor);
//! let machines = Finding::new("alat", Factor::Material, inhibits, lack, 2, &["e-1"]);
//! let dialogue = AnsellGashAssessment::new("berdaya-ansell-gash/1");
//! let dialogue = dialogue.rate("dialogue", Some(4), &["e-1"]);
//! let custom = ProgrammeKind::Custom;
//! let programme = Programme::new(t("Contoh", "Example"), "PC", custom, Level::City);
//! let case = Case::new("contoh", t("Contoh", "Example"), programme)
//!     .with_sites([site])
//!     .with_stakeholders([pkk, dinsos.with_role(Role::Funder)])
//!     .with_activity(training.with_topic(Topic::Sewing))
//!     .with_evidence(seen)
//!     .with_participants(people.map(Participant::new))
//!     .with_sulistiyani(people.map(progress))
//!     .with_adi(adi)
//!     .with_five_m(machines)
//!     .with_ansell_gash(dialogue);
//! case.validate()?;
//! let report = Report::new(&case, &Thresholds::default());
//! assert!(report.markdown(Lang::En).contains("Teluk Pucung"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![warn(missing_docs)]
// Edition 2024 (for doc tests built as one binary) makes clippy ask for let chains in every
// module; the nested `if let`s stay until a change that owns those modules rewrites them.
#![allow(clippy::collapsible_if)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

pub mod cases;
pub mod exchange;
pub mod frameworks;
pub mod insight;
pub mod model;
pub mod prelude;
pub mod render;
pub mod screening;
pub mod validate;

pub use frameworks::adi::{AdiProcess, AdiStage, StageStatus};
pub use frameworks::ansell_gash::RUBRIC;
pub use frameworks::fivem::{Factor, Finding};
pub use insight::diagnostics::{Diagnosis, Diagnostic, Thresholds};
// The old verb, kept for callers written before `Diagnosis::of` (issue 19): hidden, deprecated.
#[allow(deprecated)]
#[doc(hidden)]
pub use insight::diagnostics::diagnose;
pub use model::case::{Case, SCHEMA_VERSION};
pub use model::lang::{Labelled, Lang, Text};
pub use render::report::Report;
pub use screening::eligibility::{Criterion, Rule, Screening};
pub use validate::{Problem, ProblemKind, ValidationError};

/// `chrono`, whose `NaiveDate` appears in berdaya's signatures, so that users need not add
/// (and keep in step) a dependency of their own.
pub use chrono;

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust examples, compiled and run as doc tests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
