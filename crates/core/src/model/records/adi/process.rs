//! The Adi seven-stage records a case stores: one [`StageRecord`] per stage (status, planned
//! and actual dates, checklist, each actor's involvement on the IAP2 spectrum, obstacles,
//! evidence) in an [`AdiProcess`], with the follow-ups recorded after termination.
//!
//! **Involvement scale.** Each actor's involvement in a stage is rated on the IAP2 Spectrum of
//! Public Participation — inform, consult, involve, collaborate, empower. It is chosen because
//! it is published, widely used by public agencies, ordinal, and describes what is promised to
//! the public *at a step of a process*, which is exactly what a stage record needs; its top
//! level, "empower" (the public decides), is the programme's own aim. An actor absent from a
//! stage's list was not involved in it.
//!
//! The records keep the process's rules themselves (see [`AdiRule`]): a record that breaks
//! them cannot be built through [`AdiProcess::transition`], and validation reports one that
//! was written by hand.
//!
//! The rules of the Adi process and the transitions that keep them: stages advance in order;
//! evaluation may run alongside implementation but not before it; termination needs a
//! completed implementation and an evaluation; monitoring after termination is recorded only
//! once termination has begun; a status only moves forward.
//!
//! These are berdaya's rules for keeping a record consistent, not Adi's: seed 000 itself shows
//! stages overlapping (socialisation in asesmen and again in the action plan, the budget fixed
//! in persiapan a year ahead, evaluation "saat program sedang berjalan dan setelah"). A status
//! the source does not give ([`StageStatus::Unknown`]) never counts as a breach.

use serde::Serialize;

use crate::model::coding::Coding;
use crate::model::date::PartialDate;
use crate::model::ids::{ActivityId, EvidenceId, SiteId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::read::read_struct;
use crate::model::records::adi::stage::{AdiStage, ChecklistProfile, Involvement, StageStatus};

/// A checklist item as recorded: a standard item by id, or a custom item with its label.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

P2WKSS at Teluk Pucung, Bekasi Utara (seed 000): the written action plan is recorded as not
done, with no evidence:

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let teluk_pucung = &case.adi[0];
let plan = teluk_pucung.record(AdiStage::ActionPlan).unwrap();
let written = plan.checklist.iter().find(|c| c.id == "rencana-tertulis").unwrap();
assert!(!written.done);
assert!(written.evidence.is_empty());
// A standard item of the process's checklist profile takes its label from the profile.
assert!(written.label.is_none());
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ChecklistItem {
    /// Id: a standard item's id, or a custom id.
    pub id: String,
    /// Label, required for a custom item (a standard item takes its standard label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
    /// Evidence that it was done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    ChecklistItem {
        id: required,
        label: default,
        done: default,
        evidence: default,
    }
}

/// How far one actor was involved in one stage.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

In the assessment at Teluk Pucung (seed 000) the assisted group (kelompok binaan) was only
informed, the lowest rung of the IAP2 spectrum:

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let assessment = case.adi[0].record(AdiStage::Assessment).unwrap();
let group = assessment
    .involvement
    .iter()
    .find(|i| i.stakeholder.as_str() == "kelompok-binaan")
    .unwrap();
assert_eq!(group.level, Involvement::Inform);
assert!(Involvement::ALL.iter().all(|&level| group.level <= level));
assert!(!group.evidence.is_empty());
// No coding of its own: the case's coding says whose judgement the level is.
assert!(group.coding.is_none());
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ActorInvolvement {
    /// The actor.
    pub stakeholder: StakeholderId,
    /// Level on the IAP2 spectrum.
    pub level: Involvement,
    /// Evidence for the level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// Whose judgement this is (`None`: the case's [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
}

read_struct! {
    ActorInvolvement {
        stakeholder: required,
        level: required,
        evidence: default,
        coding: default,
    }
}

/// An obstacle met in a stage.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let implementation = case.adi[0].record(AdiStage::Implementation).unwrap();
// Three obstacles in implementation at Teluk Pucung (seed 000), each with its evidence.
assert_eq!(implementation.obstacles.len(), 3);
assert!(implementation.obstacles.iter().all(|o| !o.evidence.is_empty()));
assert!(implementation.obstacles.iter().any(|o| o.description.english.contains("tools")));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Obstacle {
    /// What it is.
    pub description: Text,
    /// Evidence for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Obstacle {
        description: required,
        evidence: default,
    }
}

/// The record of one stage.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Teluk Pucung (seed 000) went through all seven stages; each has its record, in stage order:

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let teluk_pucung = &case.adi[0];
let stages: Vec<AdiStage> = teluk_pucung.stages.iter().map(|r| r.stage).collect();
assert_eq!(stages, AdiStage::ALL);
assert!(teluk_pucung.stages.iter().all(|r| r.status == StageStatus::Completed));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct StageRecord {
    /// The stage.
    pub stage: AdiStage,
    /// Where it stands.
    pub status: StageStatus,
    /// Planned start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_start: Option<PartialDate>,
    /// Planned end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_end: Option<PartialDate>,
    /// Actual start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_start: Option<PartialDate>,
    /// Actual end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_end: Option<PartialDate>,
    /// Checklist items recorded (standard items not listed count as not done).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<ChecklistItem>,
    /// Involvement of each actor (an actor not listed was not involved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub involvement: Vec<ActorInvolvement>,
    /// Obstacles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obstacles: Vec<Obstacle>,
    /// Evidence for the stage as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    StageRecord {
        stage: required,
        status: required,
        planned_start: default,
        planned_end: default,
        actual_start: default,
        actual_end: default,
        checklist: default,
        involvement: default,
        obstacles: default,
        evidence: default,
    }
}

impl StageRecord {
    /// An empty record of `stage`, not started.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::StageRecord;
    /// let record = StageRecord::new(AdiStage::Evaluation);
    /// assert_eq!(record.status, StageStatus::NotStarted);
    /// // Nothing recorded: no dates, checklist, involvement or evidence.
    /// assert!(record.actual_start.is_none() && record.checklist.is_empty());
    /// assert_eq!(record.all_evidence().count(), 0);
    /// ```
    pub fn new(stage: AdiStage) -> Self {
        StageRecord {
            stage,
            status: StageStatus::NotStarted,
            planned_start: None,
            planned_end: None,
            actual_start: None,
            actual_end: None,
            checklist: Vec::new(),
            involvement: Vec::new(),
            obstacles: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// Every evidence id attached anywhere in the record.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::ids::EvidenceId;
    /// use berdaya::model::records::adi::StageRecord;
    /// let mut record = StageRecord::new(AdiStage::Assessment);
    /// record.evidence.push(EvidenceId::new("e-survei"));
    /// record.tick("survei-kebutuhan");
    /// record.checklist[0].evidence.push(EvidenceId::new("e-kuesioner"));
    /// // The stage's own evidence, then its checklist's.
    /// let all: Vec<&str> = record.all_evidence().map(|e| e.as_str()).collect();
    /// assert_eq!(all, ["e-survei", "e-kuesioner"]);
    /// ```
    pub fn all_evidence(&self) -> impl Iterator<Item = &EvidenceId> {
        self.evidence
            .iter()
            .chain(self.checklist.iter().flat_map(|c| c.evidence.iter()))
            .chain(self.involvement.iter().flat_map(|i| i.evidence.iter()))
            .chain(self.obstacles.iter().flat_map(|o| o.evidence.iter()))
    }

    /// Ticks a checklist item (adding it if it is not recorded yet).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::StageRecord;
    /// // An item recorded as not done is ticked in place.
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let mut plan = case.adi[0].record(AdiStage::ActionPlan).unwrap().clone();
    /// let items = plan.checklist.len();
    /// plan.tick("rencana-tertulis");
    /// assert!(plan.checklist.iter().any(|c| c.id == "rencana-tertulis" && c.done));
    /// assert_eq!(plan.checklist.len(), items);
    ///
    /// // An item not recorded yet is added once, however often it is ticked.
    /// let mut preparation = StageRecord::new(AdiStage::Preparation);
    /// preparation.tick("rakor-bappeda");
    /// preparation.tick("rakor-bappeda");
    /// assert_eq!(preparation.checklist.len(), 1);
    /// assert!(preparation.checklist[0].done);
    /// ```
    pub fn tick(&mut self, id: &str) {
        match self.checklist.iter_mut().find(|c| c.id == id) {
            Some(item) => item.done = true,
            None => self.checklist.push(ChecklistItem {
                id: id.to_owned(),
                label: None,
                done: true,
                evidence: Vec::new(),
            }),
        }
    }
}

/// Something still monitored or running after termination.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let (teluk_pucung, harapan_jaya) = (&case.adi[0], &case.adi[1]);
// Teluk Pucung (seed 000): three activities observed a year after termination, all running.
assert_eq!(teluk_pucung.follow_ups.len(), 3);
assert!(teluk_pucung
    .follow_ups
    .iter()
    .all(|f| f.months_after_termination == 12 && f.still_running));
// Harapan Jaya has not reached termination, so nothing is followed up there.
assert_eq!(harapan_jaya.status(AdiStage::Termination), StageStatus::NotStarted);
assert!(harapan_jaya.follow_ups.is_empty());
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FollowUp {
    /// What was followed up.
    pub description: Text,
    /// The activity concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityId>,
    /// How many months after termination it was observed.
    pub months_after_termination: u32,
    /// Whether it was still running then.
    pub still_running: bool,
    /// Evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    FollowUp {
        description: required,
        activity: default,
        months_after_termination: required,
        still_running: required,
        evidence: default,
    }
}

/// The seven-stage process at one site (or for the whole case).
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

P2WKSS in Bekasi Utara (seed 000) ran at two sites, each with its own process:

```
use berdaya::prelude::*;
use berdaya::model::records::adi::ChecklistProfile;
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let ids: Vec<&str> = case.adi.iter().map(|p| p.id.as_str()).collect();
assert_eq!(ids, ["teluk-pucung", "harapan-jaya"]);
let harapan_jaya = &case.adi[1];
// Evaluation runs alongside implementation, which the rules allow.
assert_eq!(harapan_jaya.status(AdiStage::Implementation), StageStatus::InProgress);
assert_eq!(harapan_jaya.status(AdiStage::Evaluation), StageStatus::InProgress);
assert!(harapan_jaya.violations().is_empty());
// Scored against Kota Bekasi's own P2WKSS practice, not Adi's generic activities.
assert_eq!(harapan_jaya.checklist_profile, ChecklistProfile::P2wkssKotaBekasi);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AdiProcess {
    /// Id, unique within the case.
    pub id: String,
    /// Label in both languages.
    pub label: Text,
    /// The site the process ran at, when it is one site of several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// One record per stage, in stage order (stages not listed have not started).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<StageRecord>,
    /// Monitoring after termination.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// The checklist the stages are scored against: Adi's generic stage activities unless
    /// the process followed a named local practice (e.g. P2WKSS in Kota Bekasi).
    #[serde(default, skip_serializing_if = "ChecklistProfile::is_default")]
    pub checklist_profile: ChecklistProfile,
}

read_struct! {
    AdiProcess {
        id: required,
        label: required,
        site: default,
        stages: default,
        follow_ups: default,
        checklist_profile: default,
    }
}

impl AdiProcess {
    /// Follow-ups observed at least `months` after termination, split into those still
    /// running and those that had stopped.
    ///
    /// # Examples
    ///
    /// ```
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let teluk_pucung = &case.adi[0];
    /// let (running, stopped) = teluk_pucung.sustained_after(12);
    /// assert_eq!((running.len(), stopped.len()), (3, 0));
    /// // Nothing was observed later than a year: neither running nor stopped, not recorded.
    /// let (running, stopped) = teluk_pucung.sustained_after(24);
    /// assert!(running.is_empty() && stopped.is_empty());
    /// ```
    pub fn sustained_after(&self, months: u32) -> (Vec<&FollowUp>, Vec<&FollowUp>) {
        self.follow_ups
            .iter()
            .filter(|f| f.months_after_termination >= months)
            .partition(|f| f.still_running)
    }

    /// An empty process.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let process = AdiProcess::new("rw-02");
    /// assert_eq!(process.id, "rw-02");
    /// assert!(process.stages.is_empty() && process.follow_ups.is_empty());
    /// assert_eq!(process.status(AdiStage::Preparation), StageStatus::NotStarted);
    /// assert!(process.checklist_profile.is_default());
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        let id = id.into();
        AdiProcess {
            label: Text::new(id.clone(), id.clone()),
            id,
            site: None,
            stages: Vec::new(),
            follow_ups: Vec::new(),
            checklist_profile: ChecklistProfile::default(),
        }
    }

    /// The record of `stage`, if there is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let harapan_jaya = &case.adi[1];
    /// let implementation = harapan_jaya.record(AdiStage::Implementation).unwrap();
    /// assert_eq!(implementation.status, StageStatus::InProgress);
    /// // A stage not reached has no record at all.
    /// assert!(harapan_jaya.record(AdiStage::Termination).is_none());
    /// ```
    pub fn record(&self, stage: AdiStage) -> Option<&StageRecord> {
        self.stages.iter().find(|r| r.stage == stage)
    }

    /// The record of `stage`, created (not started) if missing, kept in stage order.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let mut process = AdiProcess::new("rw-02");
    /// process.record_mut(AdiStage::Evaluation).tick("rakor-evaluasi");
    /// process.record_mut(AdiStage::Preparation);
    /// let order: Vec<AdiStage> = process.stages.iter().map(|r| r.stage).collect();
    /// assert_eq!(order, [AdiStage::Preparation, AdiStage::Evaluation]);
    /// // Created not started; a status set here is not checked (see `violations`).
    /// assert_eq!(process.status(AdiStage::Evaluation), StageStatus::NotStarted);
    /// ```
    #[allow(clippy::indexing_slicing)] // `pos` was just found or inserted, so it is in range
    pub fn record_mut(&mut self, stage: AdiStage) -> &mut StageRecord {
        let pos = match self.stages.iter().position(|r| r.stage == stage) {
            Some(pos) => pos,
            None => {
                let at = self
                    .stages
                    .iter()
                    .position(|r| r.stage > stage)
                    .unwrap_or(self.stages.len());
                self.stages.insert(at, StageRecord::new(stage));
                at
            }
        };
        &mut self.stages[pos]
    }

    /// The status of `stage` (not started when it has no record).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let harapan_jaya = &case.adi[1];
    /// assert_eq!(harapan_jaya.status(AdiStage::Preparation), StageStatus::Completed);
    /// // No record of termination: not started.
    /// assert!(harapan_jaya.record(AdiStage::Termination).is_none());
    /// assert_eq!(harapan_jaya.status(AdiStage::Termination), StageStatus::NotStarted);
    /// ```
    pub fn status(&self, stage: AdiStage) -> StageStatus {
        self.record(stage)
            .map_or(StageStatus::NotStarted, |r| r.status)
    }
}

labelled_enum! {
    in "berdaya::model::records::adi";
    /// A rule of the Adi process.
    #[non_exhaustive]
    pub enum AdiRule {
        /// Stages advance in order: a stage starts only when every earlier stage is done.
        StagesInOrder => ("stages_in_order", "Tahapan berjalan berurutan", "Stages advance in order"),
        /// Evaluation may run alongside implementation, but not before it starts.
        EvaluationNeedsImplementation => ("evaluation_needs_implementation", "Evaluasi baru dapat dimulai setelah pelaksanaan dimulai", "Evaluation starts only once implementation has started"),
        /// Termination needs a completed implementation.
        TerminationNeedsImplementation => ("termination_needs_implementation", "Terminasi memerlukan pelaksanaan yang selesai", "Termination needs implementation completed"),
        /// Termination needs an evaluation.
        TerminationNeedsEvaluation => ("termination_needs_evaluation", "Terminasi memerlukan evaluasi", "Termination needs an evaluation"),
        /// Monitoring after termination is recorded only once termination has begun.
        FollowUpNeedsTermination => ("follow_up_needs_termination", "Monitoring pascaterminasi memerlukan terminasi", "Post-termination monitoring needs termination"),
        /// A status moves forward only.
        StatusMovesForward => ("status_moves_forward", "Status tahapan hanya bergerak maju", "A stage's status only moves forward"),
    }
}

/// A transition or record that breaks a rule of the process.
///
/// # Examples
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::model::records::adi::TransitionError;
/// let mut process = AdiProcess::new("rw-02");
/// let err = process
///     .transition(AdiStage::Termination, StageStatus::InProgress)
///     .unwrap_err();
/// assert_eq!(
///     err,
///     TransitionError::OutOfOrder {
///         stage: AdiStage::Termination,
///         waiting_for: AdiStage::Preparation,
///     }
/// );
/// // The message names the rule by its code.
/// assert!(err.to_string().contains(err.rule().code()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TransitionError {
    /// A stage would start (or be done) before an earlier one is done.
    #[error("{stage}: cannot start before `{waiting_for}` is completed (rule stages_in_order)")]
    OutOfOrder {
        /// The stage.
        stage: AdiStage,
        /// The earlier stage that is not done.
        waiting_for: AdiStage,
    },
    /// Evaluation would start before implementation.
    #[error("evaluasi: cannot start before implementation has started (rule evaluation_needs_implementation)")]
    EvaluationBeforeImplementation,
    /// Termination would start before implementation is completed.
    #[error(
        "terminasi: implementation must be completed first (rule termination_needs_implementation)"
    )]
    TerminationBeforeImplementation,
    /// Termination would start with no evaluation.
    #[error(
        "terminasi: an evaluation must have started first (rule termination_needs_evaluation)"
    )]
    TerminationWithoutEvaluation,
    /// A follow-up would be recorded before termination.
    #[error("a post-termination follow-up needs termination started or completed (rule follow_up_needs_termination)")]
    FollowUpBeforeTermination,
    /// A status would move backward.
    #[error("{stage}: status cannot move from {from} back to {to} (rule status_moves_forward)")]
    StatusGoesBack {
        /// The stage.
        stage: AdiStage,
        /// Current status.
        from: StageStatus,
        /// Requested status.
        to: StageStatus,
    },
}

impl TransitionError {
    /// The rule broken.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::AdiRule;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// // Harapan Jaya is still implementing (seed 000): termination would break a rule.
    /// let mut harapan_jaya = case.adi[1].clone();
    /// let err = harapan_jaya
    ///     .transition(AdiStage::Termination, StageStatus::InProgress)
    ///     .unwrap_err();
    /// assert_eq!(err.rule(), AdiRule::TerminationNeedsImplementation);
    /// assert_ne!(err.rule().label(Lang::Id), err.rule().label(Lang::En));
    /// ```
    pub fn rule(&self) -> AdiRule {
        match self {
            TransitionError::OutOfOrder { .. } => AdiRule::StagesInOrder,
            TransitionError::EvaluationBeforeImplementation => {
                AdiRule::EvaluationNeedsImplementation
            }
            TransitionError::TerminationBeforeImplementation => {
                AdiRule::TerminationNeedsImplementation
            }
            TransitionError::TerminationWithoutEvaluation => AdiRule::TerminationNeedsEvaluation,
            TransitionError::FollowUpBeforeTermination => AdiRule::FollowUpNeedsTermination,
            TransitionError::StatusGoesBack { .. } => AdiRule::StatusMovesForward,
        }
    }
}

impl AdiProcess {
    /// Whether `stage` may be under way or done, given the other stages' statuses.
    fn may_run(&self, stage: AdiStage) -> Result<(), TransitionError> {
        // Every stage before implementation must be done (or unknown).
        let planning_done = |stage: AdiStage| match AdiStage::ALL
            .iter()
            .find(|&&s| s < AdiStage::Implementation && !self.status(s).done_or_unknown())
        {
            Some(&s) => Err(TransitionError::OutOfOrder {
                stage,
                waiting_for: s,
            }),
            None => Ok(()),
        };
        match stage {
            AdiStage::Evaluation => {
                planning_done(stage)?;
                if !self.status(AdiStage::Implementation).begun_or_unknown() {
                    return Err(TransitionError::EvaluationBeforeImplementation);
                }
                Ok(())
            }
            AdiStage::Termination => {
                planning_done(stage)?;
                if !self.status(AdiStage::Implementation).done_or_unknown() {
                    return Err(TransitionError::TerminationBeforeImplementation);
                }
                if !self.status(AdiStage::Evaluation).begun_or_unknown() {
                    return Err(TransitionError::TerminationWithoutEvaluation);
                }
                Ok(())
            }
            _ => match AdiStage::ALL
                .iter()
                .find(|&&s| s < stage && !self.status(s).done_or_unknown())
            {
                Some(&s) => Err(TransitionError::OutOfOrder {
                    stage,
                    waiting_for: s,
                }),
                None => Ok(()),
            },
        }
    }

    /// Every breach of the rules in the current state, with the stage it concerns (`None`
    /// for the follow-ups).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::TransitionError;
    /// let mut process = AdiProcess::new("rw-02");
    /// for stage in &AdiStage::ALL[..4] {
    ///     process.transition(*stage, StageStatus::Completed).unwrap();
    /// }
    /// assert!(process.violations().is_empty());
    /// // Written by hand, past `transition`: evaluation under way before implementation.
    /// process.record_mut(AdiStage::Evaluation).status = StageStatus::InProgress;
    /// assert_eq!(
    ///     process.violations(),
    ///     [(Some(AdiStage::Evaluation), TransitionError::EvaluationBeforeImplementation)]
    /// );
    /// ```
    pub fn violations(&self) -> Vec<(Option<AdiStage>, TransitionError)> {
        let mut out = Vec::new();
        for &stage in AdiStage::ALL {
            if self.status(stage).started() {
                if let Err(e) = self.may_run(stage) {
                    out.push((Some(stage), e));
                }
            }
        }
        let terminated = self.status(AdiStage::Termination).begun_or_unknown();
        if !self.follow_ups.is_empty() && !terminated {
            out.push((None, TransitionError::FollowUpBeforeTermination));
        }
        out
    }

    /// Moves `stage` to `to`, refusing a move that breaks a rule.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::{AdiRule, TransitionError};
    /// let mut process = AdiProcess::new("rw-02");
    /// let err = process
    ///     .transition(AdiStage::Implementation, StageStatus::InProgress)
    ///     .unwrap_err();
    /// assert_eq!(err.rule(), AdiRule::StagesInOrder);
    /// // Refused, the process is unchanged.
    /// assert!(process.stages.is_empty());
    ///
    /// process.transition(AdiStage::Preparation, StageStatus::Completed)?;
    /// let back = process
    ///     .transition(AdiStage::Preparation, StageStatus::InProgress)
    ///     .unwrap_err();
    /// assert_eq!(back.rule(), AdiRule::StatusMovesForward);
    /// assert_eq!(process.status(AdiStage::Preparation), StageStatus::Completed);
    /// # Ok::<(), TransitionError>(())
    /// ```
    pub fn transition(&mut self, stage: AdiStage, to: StageStatus) -> Result<(), TransitionError> {
        let from = self.status(stage);
        let backward = match (from.rank(), to.rank()) {
            (Some(f), Some(t)) => t < f,
            (Some(_), None) => true, // a known status cannot become unknown
            (None, _) => false,
        };
        if backward {
            return Err(TransitionError::StatusGoesBack { stage, from, to });
        }
        let saved = self.clone();
        let before = self.violations();
        self.record_mut(stage).status = to;
        let new_breach = self
            .violations()
            .into_iter()
            .find(|v| !before.contains(v))
            .map(|(_, e)| e);
        match new_breach {
            Some(e) => {
                *self = saved;
                Err(e)
            }
            None => Ok(()),
        }
    }

    /// Records monitoring after termination, refused before termination has begun.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::TransitionError;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let mut teluk_pucung = case.adi[0].clone();
    /// let follow_up = teluk_pucung.follow_ups[0].clone();
    /// teluk_pucung.record_follow_up(follow_up.clone())?;
    /// assert_eq!(teluk_pucung.follow_ups.len(), 4);
    /// // Harapan Jaya has not begun termination: refused, nothing recorded.
    /// let mut harapan_jaya = case.adi[1].clone();
    /// assert_eq!(
    ///     harapan_jaya.record_follow_up(follow_up),
    ///     Err(TransitionError::FollowUpBeforeTermination)
    /// );
    /// assert!(harapan_jaya.follow_ups.is_empty());
    /// # Ok::<(), TransitionError>(())
    /// ```
    pub fn record_follow_up(&mut self, follow_up: FollowUp) -> Result<(), TransitionError> {
        if !self.status(AdiStage::Termination).begun_or_unknown() {
            return Err(TransitionError::FollowUpBeforeTermination);
        }
        self.follow_ups.push(follow_up);
        Ok(())
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(TransitionError, |e| e.rule().code());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Text;
    use crate::model::records::adi::Involvement;
    use proptest::prelude::*;
    use proptest::sample::select;

    #[test]
    fn stages_are_numbered_in_declared_order() {
        let numbers: Vec<u8> = AdiStage::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6, 7]);
        assert!(Involvement::Inform < Involvement::Consult);
        assert!(Involvement::Collaborate < Involvement::Empower);
    }

    fn through(last: AdiStage) -> AdiProcess {
        let mut p = AdiProcess::new("t");
        for &s in AdiStage::ALL.iter().filter(|&&s| s <= last) {
            p.transition(s, StageStatus::Completed).unwrap();
        }
        p
    }

    #[test]
    fn stages_advance_in_order() {
        let mut p = AdiProcess::new("t");
        p.transition(AdiStage::Preparation, StageStatus::InProgress)
            .unwrap();
        let e = p
            .transition(AdiStage::Assessment, StageStatus::InProgress)
            .unwrap_err();
        assert_eq!(
            e,
            TransitionError::OutOfOrder {
                stage: AdiStage::Assessment,
                waiting_for: AdiStage::Preparation
            }
        );
        p.transition(AdiStage::Preparation, StageStatus::Completed)
            .unwrap();
        p.transition(AdiStage::Assessment, StageStatus::InProgress)
            .unwrap();
        // Skipping a stage is refused.
        let e = p
            .transition(AdiStage::ActionPlan, StageStatus::Completed)
            .unwrap_err();
        assert_eq!(e.rule(), AdiRule::StagesInOrder);
        assert_eq!(
            p.status(AdiStage::ActionPlan),
            StageStatus::NotStarted,
            "a refused move changes nothing"
        );
    }

    #[test]
    fn evaluation_may_run_alongside_implementation_but_not_before() {
        let mut p = through(AdiStage::ActionPlan);
        let e = p
            .transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap_err();
        assert_eq!(e, TransitionError::EvaluationBeforeImplementation);
        p.transition(AdiStage::Implementation, StageStatus::InProgress)
            .unwrap();
        p.transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap();
        p.transition(AdiStage::Implementation, StageStatus::Completed)
            .unwrap();
        assert!(p.violations().is_empty());
    }

    #[test]
    fn termination_needs_implementation_and_evaluation() {
        let mut p = through(AdiStage::ActionPlan);
        p.transition(AdiStage::Implementation, StageStatus::InProgress)
            .unwrap();
        p.transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap();
        let e = p
            .transition(AdiStage::Termination, StageStatus::InProgress)
            .unwrap_err();
        assert_eq!(e.rule(), AdiRule::TerminationNeedsImplementation);

        let mut p = through(AdiStage::Implementation);
        let e = p
            .transition(AdiStage::Termination, StageStatus::Completed)
            .unwrap_err();
        assert_eq!(e, TransitionError::TerminationWithoutEvaluation);
        p.transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap();
        p.transition(AdiStage::Termination, StageStatus::Completed)
            .unwrap();
        // Evaluation may still be completed after termination.
        p.transition(AdiStage::Evaluation, StageStatus::Completed)
            .unwrap();
    }

    #[test]
    fn follow_ups_need_termination() {
        let follow = FollowUp {
            description: Text::new("KWT", "KWT"),
            activity: None,
            months_after_termination: 12,
            still_running: true,
            evidence: vec![],
        };
        let mut p = through(AdiStage::Evaluation);
        assert_eq!(
            p.record_follow_up(follow.clone()),
            Err(TransitionError::FollowUpBeforeTermination)
        );
        p.transition(AdiStage::Termination, StageStatus::Completed)
            .unwrap();
        p.record_follow_up(follow).unwrap();
        let (running, stopped) = p.sustained_after(12);
        assert_eq!((running.len(), stopped.len()), (1, 0));
        assert!(p.sustained_after(13).0.is_empty());
    }

    #[test]
    fn status_moves_forward_only() {
        let mut p = through(AdiStage::Preparation);
        let e = p
            .transition(AdiStage::Preparation, StageStatus::InProgress)
            .unwrap_err();
        assert_eq!(e.rule(), AdiRule::StatusMovesForward);
        let e = p
            .transition(AdiStage::Preparation, StageStatus::Unknown)
            .unwrap_err();
        assert_eq!(e.rule(), AdiRule::StatusMovesForward);
    }

    #[test]
    fn unknown_stages_do_not_block() {
        let mut p = AdiProcess::new("t");
        for s in [
            AdiStage::Preparation,
            AdiStage::Assessment,
            AdiStage::AlternativePlanning,
            AdiStage::ActionPlan,
        ] {
            p.record_mut(s).status = StageStatus::Unknown;
        }
        p.transition(AdiStage::Implementation, StageStatus::Completed)
            .unwrap();
        p.transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap();
        // Learning that an unknown stage had in fact not started would break the order.
        let e = p
            .transition(AdiStage::Assessment, StageStatus::NotStarted)
            .unwrap_err();
        assert_eq!(e.rule(), AdiRule::StagesInOrder);
    }

    proptest! {
        #[test]
        fn prop_accepted_transitions_never_break_the_rules(
            moves in proptest::collection::vec(
                (select(AdiStage::ALL), select(StageStatus::ALL), any::<bool>()),
                0..40,
            )
        ) {
            let mut p = AdiProcess::new("p");
            for (stage, status, follow) in moves {
                if follow {
                    let _ = p.record_follow_up(FollowUp {
                        description: Text::new("x", "x"),
                        activity: None,
                        months_after_termination: 1,
                        still_running: true,
                        evidence: vec![],
                    });
                } else {
                    let before = p.clone();
                    if p.transition(stage, status).is_err() {
                        prop_assert_eq!(&p, &before, "a refused transition changed the process");
                    }
                }
                prop_assert!(p.violations().is_empty(), "{:?}", p.violations());
            }
        }

    }
}
