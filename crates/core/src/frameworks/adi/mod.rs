//! The Adi seven-stage empowerment process (seed 000; Adi 2003, 2008).
//!
//! An [`AdiProcess`] holds one [`StageRecord`] per stage — status, planned and actual dates,
//! the stage's checklist, each actor's involvement, obstacles and evidence — and the
//! follow-ups recorded after termination. Transitions are checked against the rules of the
//! process ([`AdiRule`]): stages advance in order; evaluation may run alongside
//! implementation; termination needs an evaluation; monitoring after termination is recorded
//! as a follow-up and only once termination has begun.
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

use serde::Serialize;

use crate::model::case::Case;
use crate::model::date::PartialDate;
use crate::model::evidence::EvidenceKind;
use crate::model::ids::StakeholderId;
use crate::model::lang::labelled_enum;
use crate::model::stakeholder::Role;

pub use crate::model::records::adi::*;

mod checklist;
pub use checklist::{standard_items, StandardItem, STANDARD_CHECKLIST};

labelled_enum! {
    /// A rule of the Adi process.
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

/// Completeness of one stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageCompleteness {
    /// The stage.
    pub stage: AdiStage,
    /// Its status.
    pub status: StageStatus,
    /// Checklist items done.
    pub items_done: usize,
    /// Checklist items in all (standard and custom).
    pub items_total: usize,
    /// Whether any evidence is attached to the record.
    pub has_evidence: bool,
    /// `(items_done + has_evidence) / (items_total + 1)`, 0 to 1: documentation counts as one
    /// more requirement of every stage.
    pub score: f64,
}

/// Completeness of a whole process.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Completeness {
    /// Each of the seven stages, in order.
    pub stages: Vec<StageCompleteness>,
    /// The mean of the seven stage scores.
    pub overall: f64,
}

/// One row of a timeline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// The stage.
    pub stage: AdiStage,
    /// Its status.
    pub status: StageStatus,
    /// Start: actual if recorded, else planned.
    pub start: Option<PartialDate>,
    /// End: actual if recorded, else planned.
    pub end: Option<PartialDate>,
    /// Whether the dates are the planned ones.
    pub planned: bool,
    /// Days from the earliest start to the latest end, both included.
    pub duration_days: Option<i64>,
}

/// A timeline of the stages with their overlaps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    /// Stages with a record, in order.
    pub entries: Vec<TimelineEntry>,
    /// Pairs of stages whose dates overlap.
    pub overlaps: Vec<(AdiStage, AdiStage)>,
}

impl StageRecord {
    /// The items of this stage's checklist: the standard ones, then custom ones, each with
    /// whether it is done.
    pub fn items(&self) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = standard_items(self.stage)
            .map(|s| {
                let done = self.checklist.iter().any(|c| c.id == s.id && c.done);
                (s.id.to_owned(), done)
            })
            .collect();
        for c in &self.checklist {
            if !out.iter().any(|(id, _)| id == &c.id) {
                out.push((c.id.clone(), c.done));
            }
        }
        out
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
    pub fn record_follow_up(&mut self, follow_up: FollowUp) -> Result<(), TransitionError> {
        if !self.status(AdiStage::Termination).begun_or_unknown() {
            return Err(TransitionError::FollowUpBeforeTermination);
        }
        self.follow_ups.push(follow_up);
        Ok(())
    }

    /// Completeness per stage and overall.
    pub fn completeness(&self) -> Completeness {
        let stages: Vec<StageCompleteness> = AdiStage::ALL
            .iter()
            .map(|&stage| {
                let empty = StageRecord::new(stage);
                let record = self.record(stage).unwrap_or(&empty);
                let items = record.items();
                let items_done = items.iter().filter(|(_, d)| *d).count();
                let has_evidence = record.all_evidence().next().is_some();
                let score =
                    (items_done + usize::from(has_evidence)) as f64 / (items.len() + 1) as f64;
                StageCompleteness {
                    stage,
                    status: record.status,
                    items_done,
                    items_total: items.len(),
                    has_evidence,
                    score,
                }
            })
            .collect();
        let overall = stages.iter().map(|s| s.score).sum::<f64>() / stages.len() as f64;
        Completeness { stages, overall }
    }

    /// The highest involvement of the case's target group (stakeholders in the participant
    /// role) in each stage with a record.
    pub fn target_group_involvement(&self, case: &Case) -> Vec<(AdiStage, Option<Involvement>)> {
        let target: Vec<&StakeholderId> = case
            .stakeholders
            .iter()
            .filter(|s| s.has_role(Role::Participant))
            .map(|s| &s.id)
            .collect();
        self.stages
            .iter()
            .map(|r| {
                let level = r
                    .involvement
                    .iter()
                    .filter(|i| target.contains(&&i.stakeholder))
                    .map(|i| i.level)
                    .max();
                (r.stage, level)
            })
            .collect()
    }

    /// The first stage in which the target group is involved above `level`.
    pub fn first_involved_above(
        &self,
        case: &Case,
        level: Involvement,
    ) -> Option<(AdiStage, Involvement)> {
        self.target_group_involvement(case)
            .into_iter()
            .find_map(|(stage, l)| l.filter(|l| *l > level).map(|l| (stage, l)))
    }

    /// The first stage in which the target group is more than informed (IAP2 consult or
    /// higher).
    pub fn first_beyond_inform(&self, case: &Case) -> Option<(AdiStage, Involvement)> {
        self.first_involved_above(case, Involvement::Inform)
    }

    /// The first stage in which the target group works directly in the process (IAP2 involve
    /// or higher).
    pub fn first_direct_involvement(&self, case: &Case) -> Option<(AdiStage, Involvement)> {
        self.first_involved_above(case, Involvement::Consult)
    }

    /// Stages under way or completed with no evidence attached — or, with `kind`, with no
    /// evidence of that kind (e.g. photos, which seed 001's assessors asked for).
    pub fn stages_without_evidence(
        &self,
        case: &Case,
        kind: Option<EvidenceKind>,
    ) -> Vec<AdiStage> {
        self.stages
            .iter()
            .filter(|r| r.status.started())
            .filter(|r| {
                !r.all_evidence().any(|id| match kind {
                    None => true,
                    Some(k) => case.evidence_item(id).is_some_and(|e| e.kind == k),
                })
            })
            .map(|r| r.stage)
            .collect()
    }

    /// The stages' dates, durations and overlaps.
    pub fn timeline(&self) -> Timeline {
        let entries: Vec<TimelineEntry> = self
            .stages
            .iter()
            .map(|r| {
                let actual = r.actual_start.is_some() || r.actual_end.is_some();
                let (start, end) = if actual {
                    (r.actual_start, r.actual_end)
                } else {
                    (r.planned_start, r.planned_end)
                };
                let duration_days = match (start, end) {
                    (Some(s), Some(e)) => {
                        Some((e.latest() - s.earliest()).num_days() + 1).filter(|d| *d > 0)
                    }
                    _ => None,
                };
                TimelineEntry {
                    stage: r.stage,
                    status: r.status,
                    start,
                    end,
                    planned: !actual && (start.is_some() || end.is_some()),
                    duration_days,
                }
            })
            .collect();
        let mut overlaps = Vec::new();
        for (i, a) in entries.iter().enumerate() {
            for b in entries.iter().skip(i + 1) {
                if let (Some(sa), Some(ea), Some(sb), Some(eb)) = (a.start, a.end, b.start, b.end) {
                    if sa.earliest() <= eb.latest() && sb.earliest() <= ea.latest() {
                        overlaps.push((a.stage, b.stage));
                    }
                }
            }
        }
        Timeline { entries, overlaps }
    }

    /// Follow-ups observed at least `months` after termination, split into those still
    /// running and those that had stopped.
    pub fn sustained_after(&self, months: u32) -> (Vec<&FollowUp>, Vec<&FollowUp>) {
        self.follow_ups
            .iter()
            .filter(|f| f.months_after_termination >= months)
            .partition(|f| f.still_running)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::EvidenceId;
    use crate::model::lang::Text;
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

    #[test]
    fn completeness_counts_items_and_documentation() {
        let mut p = AdiProcess::new("t");
        let n = standard_items(AdiStage::Termination).count();
        assert_eq!(n, 2);
        p.record_mut(AdiStage::Termination).tick("pemutusan-formal");
        let c = p.completeness();
        let t = &c.stages[6];
        assert_eq!((t.items_done, t.items_total, t.has_evidence), (1, 2, false));
        assert!((t.score - 1.0 / 3.0).abs() < 1e-12);
        p.record_mut(AdiStage::Termination)
            .evidence
            .push(EvidenceId::new("e"));
        assert!((p.completeness().stages[6].score - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn timeline_measures_durations_and_overlaps() {
        let mut p = through(AdiStage::Implementation);
        p.transition(AdiStage::Evaluation, StageStatus::InProgress)
            .unwrap();
        let imp = p.record_mut(AdiStage::Implementation);
        imp.actual_start = "2019-03".parse().ok();
        imp.actual_end = "2019-10".parse().ok();
        let ev = p.record_mut(AdiStage::Evaluation);
        ev.planned_start = "2019-09".parse().ok();
        ev.planned_end = "2019-12".parse().ok();
        let t = p.timeline();
        let imp = t
            .entries
            .iter()
            .find(|e| e.stage == AdiStage::Implementation)
            .unwrap();
        assert_eq!(imp.duration_days, Some(245));
        assert!(!imp.planned);
        assert!(
            t.entries
                .iter()
                .find(|e| e.stage == AdiStage::Evaluation)
                .unwrap()
                .planned
        );
        assert_eq!(
            t.overlaps,
            vec![(AdiStage::Implementation, AdiStage::Evaluation)]
        );
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

        #[test]
        fn prop_completeness_never_decreases_when_ticking_or_documenting(
            ticks in proptest::collection::vec((select(AdiStage::ALL), 0usize..12, any::<bool>()), 0..30)
        ) {
            let mut p = AdiProcess::new("p");
            let mut last = p.completeness();
            for (stage, which, evidence) in ticks {
                let ids: Vec<&str> = standard_items(stage).map(|i| i.id).collect();
                let rec = p.record_mut(stage);
                if evidence {
                    rec.evidence.push(EvidenceId::new("e"));
                } else if let Some(id) = ids.get(which % ids.len().max(1)) {
                    rec.tick(id);
                } else {
                    rec.tick(&format!("custom-{which}"));
                }
                let now = p.completeness();
                prop_assert!(now.overall + 1e-12 >= last.overall);
                for (a, b) in now.stages.iter().zip(&last.stages) {
                    if a.items_total == b.items_total {
                        prop_assert!(a.score + 1e-12 >= b.score);
                    }
                }
                last = now;
            }
        }
    }
}
