//! `documentation_gap` — Adi stages that have started (under way or completed) with no
//! evidence recorded; and, when an external assessment is recorded, started stages with no
//! photo evidence recorded.
//!
//! **Why it matters** (seed 001): "Terutama dokumentasi foto kegiatan yang mungkin belum
//! lengkap terarsip" — before the provincial rechecking, the assessors asked for concrete data
//! and photos.
//!
//! **What must be recorded**: the stages' status and their evidence. What it reports is what
//! the *document* lacks ("no evidence recorded"), not that a programme has no archive; photos
//! are only asked for when an assessment activity is recorded, as in seed 001. Stages of
//! unknown status are not judged. **Thresholds**: none.

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::model::activity::ActivityKind;
use crate::model::evidence::{EvidenceKind, Target};
use crate::model::records::adi::StageStatus;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "documentation_gap",
    title: Words::new(
        "Tahapan yang sudah dimulai tanpa bukti tercatat",
        "Started stages with no recorded evidence",
    ),
    severity: Severity::Warning,
    seed: "001_1afe135c291156ed.txt",
    seed_quote: "Terutama dokumentasi foto kegiatan yang mungkin belum lengkap terarsip",
    finds: Words::new(
        "Tahap Adi yang sedang berjalan atau selesai tanpa bukti tercatat; bila ada penilaian, tanpa bukti foto tercatat.",
        "Adi stages under way or completed with no evidence recorded; when an assessment is recorded, with no photo evidence recorded.",
    ),
    needs: Words::new(
        "Catat status setiap tahap Adi dan bukti yang mendukungnya.",
        "Record the status of every Adi stage and the evidence behind it.",
    ),
    recommendation: Words::new(
        "Arsipkan bukti setiap tahap — data konkret dan foto kegiatan — sebelum penilaian.",
        "Archive evidence of every stage — concrete data and photos of activities — before the assessment.",
    ),
    thresholds: &[],
    tailor: None,
};

fn stages(
    cx: &Context<'_>,
    kind: Option<EvidenceKind>,
    verdict: &mut Verdict,
) -> (Vec<Trigger>, Vec<Target>) {
    let (mut triggers, mut about) = (Vec::new(), Vec::new());
    for p in &cx.case.adi {
        for r in &p.stages {
            if r.status == StageStatus::Unknown {
                if kind.is_none() {
                    let subject = Trigger::Stage {
                        process: p.id.clone(),
                        stage: r.stage,
                    };
                    verdict.cannot_judge(vec![subject], ABOUT.needs);
                }
                continue;
            }
            if !matches!(r.status, StageStatus::InProgress | StageStatus::Completed) {
                continue;
            }
            let has = r.all_evidence().any(|id| match kind {
                None => true,
                Some(k) => cx.evidence(id).is_some_and(|e| e.kind == k),
            });
            if !has {
                triggers.push(Trigger::Stage {
                    process: p.id.clone(),
                    stage: r.stage,
                });
                about.push(Target::AdiStage(r.stage));
            }
        }
    }
    (triggers, about)
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let mut verdict = Verdict::default();
    let (triggers, about) = stages(cx, None, &mut verdict);
    verdict.find(Found {
        triggers,
        about,
        evidence: Vec::new(),
    });
    let assessments: Vec<_> = cx
        .case
        .activities
        .iter()
        .filter(|a| a.kind == ActivityKind::Assessment)
        .collect();
    if !assessments.is_empty() {
        let (stages, mut about) = stages(cx, Some(EvidenceKind::Photo), &mut verdict);
        if !stages.is_empty() {
            let mut triggers = vec![Trigger::NoEvidenceOfKind(EvidenceKind::Photo)];
            triggers.extend(stages);
            about.extend(assessments.iter().map(|a| Target::Activity(a.id.clone())));
            let pool = assessments.iter().flat_map(|a| a.evidence.iter());
            verdict.find(Found {
                evidence: cx.evidence_for(ABOUT.code, pool, &about),
                triggers,
                about,
            });
        }
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::case_with;
    use crate::model::records::adi::{AdiProcess, AdiStage};

    fn with_stage(status: StageStatus) -> crate::model::case::Case {
        case_with(|c| {
            let mut p = AdiProcess::new("p");
            p.record_mut(AdiStage::Implementation).status = status;
            c.adi.push(p);
        })
    }

    #[test]
    fn a_stage_of_unknown_status_is_not_judgeable() {
        let case = with_stage(StageStatus::Unknown);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn a_completed_stage_without_evidence_is_started_and_fires() {
        let case = with_stage(StageStatus::Completed);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        let case = with_stage(StageStatus::NotStarted);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }

    #[test]
    fn photos_are_asked_for_only_before_an_assessment() {
        let case = with_stage(StageStatus::InProgress);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.iter().all(|f| !f
            .triggers
            .contains(&Trigger::NoEvidenceOfKind(EvidenceKind::Photo))));
    }
}
