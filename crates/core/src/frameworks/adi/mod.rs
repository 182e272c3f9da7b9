//! The Adi seven-stage empowerment process (seed 000; Adi 2003, 2008).
//!
//! An [`AdiProcess`] holds one [`StageRecord`] per stage — status, planned and actual dates,
//! the stage's checklist, each actor's involvement, obstacles and evidence — and the
//! follow-ups recorded after termination. Transitions are checked against the rules of the
//! process ([`AdiRule`]): stages advance in order; evaluation may run alongside
//! implementation; termination needs an evaluation; monitoring after termination is recorded
//! as a follow-up and only once termination has begun.
//!
//! * `rules` — the transition rules, [`AdiRule`] and [`TransitionError`].
//! * `checklist` — the checklist items as data, each quoting seed 000, and the
//!   [`ChecklistProfile`]s that choose among them: Adi's generic stage activities (the
//!   default) or the P2WKSS practice of Kota Bekasi (named, optional).
//! * `analysis` — completeness against a profile, involvement, timeline, follow-ups.
//!
//! **Involvement scale.** Each actor's involvement in a stage is rated on the IAP2 Spectrum of
//! Public Participation — inform, consult, involve, collaborate, empower. It is chosen because
//! it is published, widely used by public agencies, ordinal, and describes what is promised to
//! the public *at a step of a process*, which is exactly what a stage record needs; its top
//! level, "empower" (the public decides), is the programme's own aim. An actor absent from a
//! stage's list was not involved in it.
//!
//! # Examples
//!
//! ```
//! use berdaya::frameworks::adi::{AdiProcess, AdiRule, AdiStage, StageStatus};
//! let mut p = AdiProcess::new("demo");
//! p.transition(AdiStage::Preparation, StageStatus::Completed).unwrap();
//! let err = p.transition(AdiStage::ActionPlan, StageStatus::InProgress).unwrap_err();
//! assert_eq!(err.rule(), AdiRule::StagesInOrder);
//! ```

pub use crate::model::records::adi::*;

mod analysis;
mod checklist;

pub use analysis::{
    first_beyond_inform, first_direct_involvement, first_involved_above, stage_items,
    stages_without_evidence, target_group_involvement, Completeness, StageCompleteness, Timeline,
    TimelineEntry,
};
pub use checklist::{
    profile_items, standard_item, standard_items, StandardItem, STANDARD_CHECKLIST,
};
