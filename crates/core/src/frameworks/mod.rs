//! The four frameworks that run and judge a programme. Each reads the [`model`](crate::model)
//! and none reads another framework's internals.
//!
//! * [`adi`] — the Adi seven-stage process: transition rules, checklist data, analyses.
//! * [`sulistiyani`] — the three-stage progression and graduation readiness.
//! * [`fivem`] — 5M drivers and inhibitors per factor.
//! * [`ansell_gash`] — the collaborative-governance rubric (data) and its scoring.
//!
//! Each framework module re-exports the record types of [`model::records`](crate::model::records)
//! that it reads, so `berdaya::frameworks::adi::AdiStage` and the record's own path name the
//! same type.

pub mod adi;
pub mod ansell_gash;
pub mod fivem;
pub mod sulistiyani;
