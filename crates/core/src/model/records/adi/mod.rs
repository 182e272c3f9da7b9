//! The Adi seven-stage records a case stores: one [`StageRecord`] per stage (status, planned
//! and actual dates, checklist, each actor's involvement on the IAP2 spectrum, obstacles,
//! evidence) in an [`AdiProcess`], with the follow-ups recorded after termination, and the
//! rules that keep a process consistent. Checklist data and analyses are in
//! [`frameworks::adi`](crate::frameworks::adi).

mod process;
mod stage;

pub use process::{
    ActorInvolvement, AdiProcess, AdiRule, ChecklistItem, FollowUp, Obstacle, StageRecord,
    TransitionError,
};
pub use stage::{AdiStage, ChecklistProfile, Involvement, StageStatus};
