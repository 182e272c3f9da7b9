//! The document: what a case records, and nothing that judges it.
//!
//! A [`Case`](case::Case) is one programme at its sites: its [`programme`], [`site`]s,
//! [`stakeholder`]s, [`activity`]s with attendance, the module [`catalogue`], pseudonymous
//! [`participant`]s or [`cohort`] aggregates, [`assistance`], key [`figure`]s and
//! [`evidence`] with its codes, plus the framework [`records`] an assessor keeps (Adi stage
//! records, Sulistiyani progressions, 5M findings, Ansell–Gash ratings), each judgement with
//! its [`coding`]: whose it is.
//!
//! This layer imports nothing from the layers above it (frameworks, screening, insight,
//! render, validate): it is plain data with serde, constructors and small accessors.

pub mod activity;
pub mod assistance;
pub(crate) mod builders;
pub mod case;
pub mod catalogue;
pub mod coding;
pub mod cohort;
pub mod date;
pub(crate) mod error_json;
pub mod evidence;
pub mod figure;
pub mod ids;
pub mod lang;
pub mod money;
pub mod number;
pub(crate) mod order;
pub mod participant;
pub mod programme;
pub(crate) mod random;
pub(crate) mod read;
pub mod records;
pub mod site;
pub mod stakeholder;
