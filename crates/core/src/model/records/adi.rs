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
//! The rules, checklist data and analyses that read these records are in
//! [`frameworks::adi`](crate::frameworks::adi).

use serde::{Deserialize, Serialize};

use crate::model::date::PartialDate;
use crate::model::ids::{ActivityId, EvidenceId, SiteId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;

labelled_enum! {
    /// One of the seven stages, in their order.
    pub enum AdiStage {
        /// Tahap persiapan.
        Preparation => ("persiapan", "Persiapan", "Preparation"),
        /// Tahap asesmen.
        Assessment => ("asesmen", "Asesmen", "Assessment"),
        /// Tahap perencanaan alternatif program.
        AlternativePlanning => ("perencanaan_alternatif", "Perencanaan alternatif program", "Alternative programme planning"),
        /// Tahap perumusan rencana aksi.
        ActionPlan => ("rencana_aksi", "Perumusan rencana aksi", "Action-plan formulation"),
        /// Tahap pelaksanaan.
        Implementation => ("pelaksanaan", "Pelaksanaan", "Implementation"),
        /// Tahap evaluasi.
        Evaluation => ("evaluasi", "Evaluasi", "Evaluation"),
        /// Tahap terminasi.
        Termination => ("terminasi", "Terminasi", "Termination"),
    }
}

impl AdiStage {
    /// The stage's position, 1 to 7.
    pub fn number(self) -> u8 {
        match self {
            AdiStage::Preparation => 1,
            AdiStage::Assessment => 2,
            AdiStage::AlternativePlanning => 3,
            AdiStage::ActionPlan => 4,
            AdiStage::Implementation => 5,
            AdiStage::Evaluation => 6,
            AdiStage::Termination => 7,
        }
    }
}

labelled_enum! {
    /// Where a stage stands.
    pub enum StageStatus {
        /// Not started.
        NotStarted => ("not_started", "Belum dimulai", "Not started"),
        /// Under way.
        InProgress => ("in_progress", "Sedang berjalan", "In progress"),
        /// Completed.
        Completed => ("completed", "Selesai", "Completed"),
        /// The source does not say; never counted as a breach of the rules.
        Unknown => ("unknown", "Tidak diketahui", "Unknown"),
    }
}

impl StageStatus {
    pub(crate) fn started(self) -> bool {
        matches!(self, StageStatus::InProgress | StageStatus::Completed)
    }

    /// Under way, completed, or unknown (which cannot be shown to block anything).
    pub(crate) fn begun_or_unknown(self) -> bool {
        self != StageStatus::NotStarted
    }

    /// Completed, or unknown (which cannot be shown to block anything).
    pub(crate) fn done_or_unknown(self) -> bool {
        matches!(self, StageStatus::Completed | StageStatus::Unknown)
    }

    pub(crate) fn rank(self) -> Option<u8> {
        match self {
            StageStatus::NotStarted => Some(0),
            StageStatus::InProgress => Some(1),
            StageStatus::Completed => Some(2),
            StageStatus::Unknown => None,
        }
    }
}

labelled_enum! {
    /// The IAP2 Spectrum of Public Participation, lowest to highest.
    pub enum Involvement {
        /// Inform: balanced information to understand the problem and options.
        Inform => ("inform", "Diberi informasi", "Inform"),
        /// Consult: feedback obtained on analysis, alternatives or decisions.
        Consult => ("consult", "Dimintai pendapat", "Consult"),
        /// Involve: working directly throughout, concerns reflected in what is done.
        Involve => ("involve", "Dilibatkan langsung", "Involve"),
        /// Collaborate: partner in each aspect of the decision.
        Collaborate => ("collaborate", "Berkolaborasi", "Collaborate"),
        /// Empower: the final decision is in the public's hands.
        Empower => ("empower", "Memutuskan sendiri", "Empower"),
    }
}

/// A checklist item as recorded: a standard item by id, or a custom item with its label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// How far one actor was involved in one stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorInvolvement {
    /// The actor.
    pub stakeholder: StakeholderId,
    /// Level on the IAP2 spectrum.
    pub level: Involvement,
    /// Evidence for the level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

/// An obstacle met in a stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obstacle {
    /// What it is.
    pub description: Text,
    /// Evidence for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

/// The record of one stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

impl StageRecord {
    /// An empty record of `stage`, not started.
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
    pub fn all_evidence(&self) -> impl Iterator<Item = &EvidenceId> {
        self.evidence
            .iter()
            .chain(self.checklist.iter().flat_map(|c| c.evidence.iter()))
            .chain(self.involvement.iter().flat_map(|i| i.evidence.iter()))
            .chain(self.obstacles.iter().flat_map(|o| o.evidence.iter()))
    }

    /// Ticks a checklist item (adding it if it is not recorded yet).
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// The seven-stage process at one site (or for the whole case).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

impl AdiProcess {
    /// An empty process.
    pub fn new(id: impl Into<String>) -> Self {
        let id = id.into();
        AdiProcess {
            label: Text::new(id.clone(), id.clone()),
            id,
            site: None,
            stages: Vec::new(),
            follow_ups: Vec::new(),
        }
    }

    /// The record of `stage`, if there is one.
    pub fn record(&self, stage: AdiStage) -> Option<&StageRecord> {
        self.stages.iter().find(|r| r.stage == stage)
    }

    /// The record of `stage`, created (not started) if missing, kept in stage order.
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
    pub fn status(&self, stage: AdiStage) -> StageStatus {
        self.record(stage)
            .map_or(StageStatus::NotStarted, |r| r.status)
    }
}
