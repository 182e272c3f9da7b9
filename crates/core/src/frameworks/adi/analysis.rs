//! The analyses of an Adi process: completeness of each stage against a checklist profile,
//! the target group's involvement, stages without evidence, the timeline with its overlaps,
//! and what still runs after termination.

use std::collections::HashSet;

use serde::Serialize;

use crate::frameworks::adi::checklist::{profile_items, standard_item};
use crate::model::case::Case;
use crate::model::date::PartialDate;
use crate::model::evidence::EvidenceKind;
use crate::model::ids::StakeholderId;
use crate::model::records::adi::{
    AdiProcess, AdiStage, ChecklistProfile, Involvement, StageRecord, StageStatus,
};
use crate::model::stakeholder::Role;

/// Completeness of one stage.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{AdiProcess, AdiStage, Completeness};
/// let mut p = AdiProcess::new("rw02");
/// p.record_mut(AdiStage::Preparation).tick("persepsi-tim");
/// let prep = &Completeness::of(&p).stages[0];
/// // One of the stage's two generic items done, no documentation: 1 of 3 requirements met.
/// assert_eq!((prep.items_done, prep.items_total, prep.has_evidence), (1, 2, false));
/// assert!((prep.score - 1.0 / 3.0).abs() < 1e-12);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
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
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{AdiProcess, Completeness};
/// let c = Completeness::of(&AdiProcess::new("rw02"));
/// // Nothing recorded: all seven stages are listed, each at zero; none is skipped.
/// assert_eq!(c.stages.len(), 7);
/// assert!(c.stages.iter().all(|s| s.score == 0.0));
/// assert_eq!(c.overall, 0.0);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Completeness {
    /// The checklist profile the stages were scored against.
    pub profile: ChecklistProfile,
    /// Each of the seven stages, in order.
    pub stages: Vec<StageCompleteness>,
    /// The mean of the seven stage scores.
    pub overall: f64,
}

/// One row of a timeline.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{AdiProcess, AdiStage, Timeline};
/// let mut p = AdiProcess::new("rw02");
/// let prep = p.record_mut(AdiStage::Preparation);
/// prep.planned_start = Some("2024-06-01".parse()?);
/// prep.actual_start = Some("2024-07-01".parse()?);
/// prep.actual_end = Some("2024-07-10".parse()?);
/// // The actual dates win over the planned ones, and the entry says which it shows.
/// let row = &Timeline::of(&p).entries[0];
/// assert_eq!(row.start, Some("2024-07-01".parse()?));
/// assert!(!row.planned);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
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
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{AdiProcess, AdiStage, Timeline};
/// let mut p = AdiProcess::new("rw02");
/// let prep = p.record_mut(AdiStage::Preparation);
/// prep.actual_start = Some("2024-07-01".parse()?);
/// prep.actual_end = Some("2024-07-10".parse()?);
/// let next = p.record_mut(AdiStage::Assessment);
/// next.actual_start = Some("2024-07-08".parse()?);
/// next.actual_end = Some("2024-07-20".parse()?);
/// // The assessment began before the preparation ended.
/// assert_eq!(Timeline::of(&p).overlaps, [(AdiStage::Preparation, AdiStage::Assessment)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Timeline {
    /// Stages with a record, in order.
    pub entries: Vec<TimelineEntry>,
    /// Pairs of stages whose dates overlap.
    pub overlaps: Vec<(AdiStage, AdiStage)>,
}

impl Completeness {
    /// Completeness per stage and overall against the checklist profile the process follows
    /// ([`AdiProcess::checklist_profile`]; by default Adi's generic stage activities).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::adi::{AdiProcess, AdiStage, ChecklistProfile, Completeness};
    /// let mut p = AdiProcess::new("rw02");
    /// p.record_mut(AdiStage::Preparation).tick("persepsi-tim");
    /// // A process that names no local practice is scored on Adi's generic activities.
    /// let c = Completeness::of(&p);
    /// assert_eq!(c, Completeness::for_profile(&p, ChecklistProfile::Adi));
    /// let mean = c.stages.iter().map(|s| s.score).sum::<f64>() / 7.0;
    /// assert!((c.overall - mean).abs() < 1e-12);
    /// ```
    pub fn of(process: &AdiProcess) -> Completeness {
        Completeness::for_profile(process, process.checklist_profile)
    }

    /// Completeness per stage and overall against `profile`: each stage scores its done
    /// items plus one for documentation over its items plus one (see
    /// [`stage_items`] for which items count).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::adi::{AdiProcess, AdiStage, ChecklistProfile, Completeness};
    /// let mut p = AdiProcess::new("rw02");
    /// p.record_mut(AdiStage::Preparation).tick("persepsi-tim");
    /// let generic = Completeness::for_profile(&p, ChecklistProfile::Adi);
    /// assert_eq!((generic.stages[0].items_done, generic.stages[0].items_total), (1, 2));
    /// // Kota Bekasi's practice is a named profile, used only when asked for.
    /// let bekasi = Completeness::for_profile(&p, ChecklistProfile::P2wkssKotaBekasi);
    /// assert_eq!(bekasi.stages[0].items_total, 11);
    /// ```
    pub fn for_profile(process: &AdiProcess, profile: ChecklistProfile) -> Completeness {
        let stages: Vec<StageCompleteness> = AdiStage::ALL
            .iter()
            .map(|&stage| {
                let empty = StageRecord::new(stage);
                let record = process.record(stage).unwrap_or(&empty);
                let items = stage_items(record, profile);
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
        Completeness {
            profile,
            stages,
            overall,
        }
    }
}

impl Timeline {
    /// The stages' dates, durations and overlaps.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::adi::{AdiProcess, AdiStage, Timeline};
    /// let mut p = AdiProcess::new("rw02");
    /// let prep = p.record_mut(AdiStage::Preparation);
    /// prep.actual_start = Some("2024-07-01".parse()?);
    /// prep.actual_end = Some("2024-07-10".parse()?);
    /// p.record_mut(AdiStage::Assessment).planned_start = Some("2024-08".parse()?);
    /// let t = Timeline::of(&p);
    /// // 1 to 10 July, both days counted; the assessment has only a planned month, no end.
    /// assert_eq!(t.entries[0].duration_days, Some(10));
    /// assert!(t.entries[1].planned && t.entries[1].duration_days.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(process: &AdiProcess) -> Timeline {
        let entries: Vec<TimelineEntry> = process
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
}

/// The items of this stage's checklist against `profile`, each with whether it is done:
/// the profile's items first, then every other item the record lists (custom items and
/// other profiles' items) — except recommendations, which are no activity of a stage.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{stage_items, AdiProcess, AdiStage, ChecklistProfile};
/// let mut p = AdiProcess::new("rw02");
/// let prep = p.record_mut(AdiStage::Preparation);
/// prep.tick("persepsi-tim");
/// prep.tick("rapat-warga"); // an item of this process's own
/// let items = stage_items(prep, ChecklistProfile::Adi);
/// // The profile's items first, done or not, then the record's own.
/// let ids: Vec<(&str, bool)> = items.iter().map(|(id, done)| (id.as_str(), *done)).collect();
/// assert_eq!(ids, [("pembagian-tugas", false), ("persepsi-tim", true), ("rapat-warga", true)]);
/// ```
pub fn stage_items(record: &StageRecord, profile: ChecklistProfile) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = profile_items(profile, record.stage)
        .map(|s| {
            let done = record.checklist.iter().any(|c| c.id == s.id && c.done);
            (s.id.to_owned(), done)
        })
        .collect();
    let mut seen: HashSet<&str> = profile_items(profile, record.stage).map(|s| s.id).collect();
    for c in &record.checklist {
        let recommendation =
            standard_item(record.stage, &c.id).is_some_and(|i| i.is_recommendation());
        if !recommendation && seen.insert(c.id.as_str()) {
            out.push((c.id.clone(), c.done));
        }
    }
    out
}

/// The highest involvement of the case's target group (stakeholders in the participant
/// role) in each stage with a record.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::target_group_involvement;
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let process = &case.adi[0];
/// let rows = target_group_involvement(process, &case);
/// // One row per stage with a record, in the record's order.
/// let stages: Vec<_> = process.stages.iter().map(|r| r.stage).collect();
/// assert_eq!(rows.iter().map(|(s, _)| *s).collect::<Vec<_>>(), stages);
/// ```
pub fn target_group_involvement(
    process: &AdiProcess,
    case: &Case,
) -> Vec<(AdiStage, Option<Involvement>)> {
    let target: Vec<&StakeholderId> = case
        .stakeholders
        .iter()
        .filter(|s| s.has_role(Role::Participant))
        .map(|s| &s.id)
        .collect();
    process
        .stages
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
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{first_involved_above, Involvement};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let (_, level) = first_involved_above(&case.adi[0], &case, Involvement::Consult).unwrap();
/// assert!(level > Involvement::Consult);
/// // Nothing is above the top of the IAP2 spectrum.
/// assert_eq!(first_involved_above(&case.adi[0], &case, Involvement::Empower), None);
/// ```
pub fn first_involved_above(
    process: &AdiProcess,
    case: &Case,
    level: Involvement,
) -> Option<(AdiStage, Involvement)> {
    target_group_involvement(process, case)
        .into_iter()
        .find_map(|(stage, l)| l.filter(|l| *l > level).map(|l| (stage, l)))
}

/// The first stage in which the target group is more than informed (IAP2 consult or
/// higher).
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{first_beyond_inform, first_direct_involvement, Involvement};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let (consulted, level) = first_beyond_inform(&case.adi[0], &case).unwrap();
/// assert!(level > Involvement::Inform);
/// // Working directly in the process comes no earlier than being consulted.
/// let (direct, _) = first_direct_involvement(&case.adi[0], &case).unwrap();
/// assert!(consulted <= direct);
/// ```
pub fn first_beyond_inform(process: &AdiProcess, case: &Case) -> Option<(AdiStage, Involvement)> {
    first_involved_above(process, case, Involvement::Inform)
}

/// The first stage in which the target group works directly in the process (IAP2 involve
/// or higher).
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{first_direct_involvement, AdiProcess, Involvement};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let (_, level) = first_direct_involvement(&case.adi[0], &case).unwrap();
/// assert!(level >= Involvement::Involve);
/// // A process with no involvement recorded: not judged involved, not judged absent either.
/// assert_eq!(first_direct_involvement(&AdiProcess::new("baru"), &case), None);
/// ```
pub fn first_direct_involvement(
    process: &AdiProcess,
    case: &Case,
) -> Option<(AdiStage, Involvement)> {
    first_involved_above(process, case, Involvement::Consult)
}

/// Stages under way or completed with no evidence attached — or, with `kind`, with no
/// evidence of that kind (e.g. photos, which seed 001's assessors asked for).
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{stages_without_evidence, AdiProcess, AdiStage, StageStatus};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let mut p = AdiProcess::new("rw02");
/// p.transition(AdiStage::Preparation, StageStatus::InProgress)?;
/// p.record_mut(AdiStage::Assessment); // recorded, not started
/// // Under way with nothing attached: listed. A stage not started owes no evidence.
/// assert_eq!(stages_without_evidence(&p, &case, None), [AdiStage::Preparation]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn stages_without_evidence(
    process: &AdiProcess,
    case: &Case,
    kind: Option<EvidenceKind>,
) -> Vec<AdiStage> {
    process
        .stages
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frameworks::adi::checklist::standard_items;
    use crate::model::ids::EvidenceId;
    use proptest::prelude::*;
    use proptest::sample::select;

    #[test]
    fn completeness_counts_items_and_documentation() {
        let mut p = AdiProcess::new("t");
        let n = standard_items(AdiStage::Termination).count();
        assert_eq!(n, 2);
        let bekasi = ChecklistProfile::P2wkssKotaBekasi;
        assert_eq!(profile_items(bekasi, AdiStage::Termination).count(), 2);
        p.record_mut(AdiStage::Termination).tick("pemutusan-formal");
        let c = Completeness::for_profile(&p, bekasi);
        let t = &c.stages[6];
        assert_eq!((t.items_done, t.items_total, t.has_evidence), (1, 2, false));
        assert!((t.score - 1.0 / 3.0).abs() < 1e-12);
        p.record_mut(AdiStage::Termination)
            .evidence
            .push(EvidenceId::new("e"));
        assert!((Completeness::for_profile(&p, bekasi).stages[6].score - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn the_default_profile_is_adis_generic_stages_not_a_citys_practice() {
        let mut p = AdiProcess::new("rw02");
        assert_eq!(Completeness::of(&p).profile, ChecklistProfile::Adi);
        // Every stage has generic items of its own, far fewer than Bekasi's practice.
        for &stage in AdiStage::ALL {
            let generic = profile_items(ChecklistProfile::Adi, stage).count();
            assert!(generic >= 1, "{stage}");
            assert_eq!(
                Completeness::of(&p).stages[stage.number() as usize - 1].items_total,
                generic
            );
        }
        assert_eq!(Completeness::of(&p).stages[0].items_total, 2);
        assert_eq!(
            Completeness::for_profile(&p, ChecklistProfile::P2wkssKotaBekasi).stages[0].items_total,
            10
        );
        // A Bekasi item recorded elsewhere counts as one more recorded activity, not as the
        // yardstick; a recommendation counts under no profile.
        let imp = p.record_mut(AdiStage::Implementation);
        imp.tick("pelatihan");
        imp.tick("modal-alat");
        let c = Completeness::of(&p);
        assert_eq!((c.stages[4].items_done, c.stages[4].items_total), (1, 2));
        let c = Completeness::for_profile(&p, ChecklistProfile::P2wkssKotaBekasi);
        assert_eq!((c.stages[4].items_done, c.stages[4].items_total), (1, 3));
    }

    fn through(last: AdiStage) -> AdiProcess {
        let mut p = AdiProcess::new("t");
        for &s in AdiStage::ALL.iter().filter(|&&s| s <= last) {
            p.transition(s, StageStatus::Completed).unwrap();
        }
        p
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
        let t = Timeline::of(&p);
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
        fn prop_completeness_never_decreases_when_ticking_or_documenting(
            ticks in proptest::collection::vec((select(AdiStage::ALL), 0usize..12, any::<bool>()), 0..30)
        ) {
            let mut p = AdiProcess::new("p");
            let mut last = Completeness::of(&p);
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
                let now = Completeness::of(&p);
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
