//! `late_involvement` — the target group is first directly involved (IAP2 involve or higher)
//! only at implementation.
//!
//! **Why it matters** (seed 000): "Pada tahapan pelaksanaan, ibu-ibu rumah tangga mulai
//! dilibatkan secara langsung."
//!
//! **What must be recorded**: a target group (stakeholders in the participant role); the
//! status of every stage before implementation; the target group's involvement level in at
//! least one of them; implementation under way or completed. Otherwise the process is not
//! judgeable. **Thresholds**: none (IAP2 "involve" is the line of direct involvement).

use crate::model::records::adi::{AdiStage, StageStatus};
use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::model::evidence::Target;
use crate::frameworks::adi::first_direct_involvement;
use crate::model::records::adi::AdiProcess;
use crate::model::stakeholder::Role;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "late_involvement",
    title: Words::new(
        "Kelompok sasaran baru dilibatkan saat pelaksanaan",
        "Target group involved only at implementation",
    ),
    severity: Severity::Warning,
    seed: "000_beadda07b4a83157.txt",
    seed_quote: "Pada tahapan pelaksanaan, ibu-ibu rumah tangga mulai dilibatkan secara langsung",
    finds: Words::new(
        "Proses Adi yang kelompok sasarannya baru terlibat langsung (tingkat IAP2 'involve' ke atas) pada tahap pelaksanaan.",
        "Adi processes whose target group is first directly involved (IAP2 'involve' or higher) at implementation.",
    ),
    needs: Words::new(
        "Catat kelompok sasaran (peran peserta), status setiap tahap sebelum pelaksanaan, dan tingkat keterlibatan kelompok sasaran pada tahap-tahap itu.",
        "Record the target group (participant role), the status of every stage before implementation, and the target group's involvement in those stages.",
    ),
    recommendation: Words::new(
        "Libatkan kelompok sasaran secara langsung sejak asesmen dan perencanaan, bukan baru saat pelaksanaan.",
        "Involve the target group directly from assessment and planning on, not only at implementation.",
    ),
    thresholds: &[],
    tailor: None,
};

fn judgeable(p: &AdiProcess, target: &[&crate::model::ids::StakeholderId]) -> bool {
    let before = || {
        p.stages
            .iter()
            .filter(|r| r.stage < AdiStage::Implementation)
    };
    let all_known = AdiStage::ALL
        .iter()
        .filter(|&&s| s < AdiStage::Implementation)
        .all(|&s| p.status(s) != StageStatus::Unknown);
    let level_recorded = before().any(|r| {
        r.involvement
            .iter()
            .any(|i| target.contains(&&i.stakeholder))
    });
    all_known && level_recorded
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let case = cx.case;
    let mut verdict = Verdict::default();
    let target: Vec<_> = case
        .stakeholders
        .iter()
        .filter(|s| s.has_role(Role::Participant))
        .map(|s| &s.id)
        .collect();
    for p in &case.adi {
        let implementing = matches!(
            p.status(AdiStage::Implementation),
            StageStatus::InProgress | StageStatus::Completed
        );
        if !implementing {
            continue;
        }
        let subject = Trigger::Stage {
            process: p.id.clone(),
            stage: AdiStage::Implementation,
        };
        if target.is_empty() || !judgeable(p, &target) {
            verdict.cannot_judge(vec![subject], ABOUT.needs);
            continue;
        }
        let first = first_direct_involvement(p, case).map(|(s, _)| s);
        if first.is_some_and(|s| s < AdiStage::Implementation) {
            continue;
        }
        let stage = first.unwrap_or(AdiStage::Implementation);
        let subjects: Vec<Target> = target
            .iter()
            .map(|id| Target::Stakeholder((*id).clone()))
            .collect();
        let pool = p
            .record(stage)
            .into_iter()
            .flat_map(|r| r.involvement.iter().flat_map(|i| i.evidence.iter()));
        verdict.find(Found {
            triggers: vec![Trigger::Stage {
                process: p.id.clone(),
                stage,
            }],
            evidence: cx.evidence_for(ABOUT.code, pool, &subjects),
            about: subjects,
        });
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::records::adi::Involvement;
    use crate::insight::diagnostics::testing::{case_with, stakeholder};
    use crate::model::records::adi::ActorInvolvement;
    use crate::model::stakeholder::Sector;

    fn process(levels: &[(AdiStage, Option<Involvement>)]) -> crate::model::case::Case {
        case_with(|c| {
            let mut t = stakeholder("warga", Sector::Community);
            t.roles = vec![Role::Participant];
            c.stakeholders.push(t);
            let mut p = AdiProcess::new("p");
            for &(stage, level) in levels {
                let r = p.record_mut(stage);
                r.status = StageStatus::Completed;
                if let Some(level) = level {
                    r.involvement.push(ActorInvolvement {
                        stakeholder: "warga".into(),
                        level,
                        evidence: Vec::new(),
                        coding: None,
                    });
                }
            }
            c.adi.push(p);
        })
    }

    #[test]
    fn unrecorded_involvement_is_not_judgeable() {
        use AdiStage::*;
        let case = process(&[
            (Preparation, None),
            (Assessment, None),
            (AlternativePlanning, None),
            (ActionPlan, None),
            (Implementation, Some(Involvement::Involve)),
        ]);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn informed_before_and_involved_at_implementation_fires() {
        use AdiStage::*;
        let case = process(&[
            (Preparation, None),
            (Assessment, Some(Involvement::Inform)),
            (AlternativePlanning, Some(Involvement::Consult)),
            (ActionPlan, Some(Involvement::Inform)),
            (Implementation, Some(Involvement::Involve)),
        ]);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
    }

    #[test]
    fn involved_in_planning_is_clear() {
        use AdiStage::*;
        let case = process(&[
            (Preparation, None),
            (Assessment, Some(Involvement::Involve)),
            (AlternativePlanning, None),
            (ActionPlan, None),
            (Implementation, Some(Involvement::Involve)),
        ]);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }
}
