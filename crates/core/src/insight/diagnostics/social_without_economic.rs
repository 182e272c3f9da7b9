//! `social_without_economic` — a subject that has reached Sulistiyani's second stage or beyond
//! on the social dimension, and less far on the economic one.
//!
//! **Why it matters** (seed 002): "Pemberdayaan melalui P2K2 PKH bagi KPM belum sepenuhnya
//! mendukung ke perubahan ekonomi hanya ke perubahan sosial saja".
//!
//! **What must be recorded**: both the social and the economic dimension of a progression.
//! A progression with only one of them is not judgeable. **Thresholds**: none (stage 2,
//! transformasi kemampuan, is where seed 002 places the gap).

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::model::catalogue::Dimension;
use crate::model::evidence::Target;
use crate::model::records::sulistiyani::{Subject, SulistiyaniStage};

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "social_without_economic",
    title: Words::new(
        "Perubahan sosial tanpa perubahan ekonomi",
        "Social but not economic progress",
    ),
    severity: Severity::Warning,
    seed: "002_831a8dccfd84b5b2.txt",
    seed_quote: "Pemberdayaan melalui P2K2 PKH bagi KPM belum sepenuhnya mendukung ke perubahan ekonomi hanya ke perubahan sosial saja",
    finds: Words::new(
        "Subjek yang pada dimensi sosial sudah mencapai tahap transformasi atau lebih, tetapi pada dimensi ekonomi tertinggal.",
        "Subjects at the transformation stage or beyond on the social dimension but behind on the economic one.",
    ),
    needs: Words::new(
        "Catat tahap yang dicapai pada dimensi sosial dan ekonomi.",
        "Record the stage reached on both the social and the economic dimension.",
    ),
    recommendation: Words::new(
        "Tambahkan pelatihan keterampilan usaha, modal dan pemasaran agar perubahan ekonomi menyusul perubahan sosial.",
        "Add business-skills training, capital and marketing so economic change follows social change.",
    ),
    thresholds: &[],
    tailor: None,
};

fn target(s: &Subject) -> Target {
    match s {
        Subject::Participant(id) => Target::Participant(id.clone()),
        Subject::Cohort(id) => Target::Cohort(id.clone()),
        Subject::Group(id) => Target::Stakeholder(id.clone()),
    }
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let mut verdict = Verdict::default();
    for p in &cx.case.sulistiyani {
        let dim = |d: Dimension| p.dimensions.iter().find(|x| x.dimension == d);
        let (Some(social), Some(economic)) = (dim(Dimension::Social), dim(Dimension::Economic))
        else {
            verdict.cannot_judge(Vec::new(), ABOUT.needs);
            continue;
        };
        if social.reached < Some(SulistiyaniStage::Transformation)
            || economic.reached >= social.reached
        {
            continue;
        }
        let number = |s: Option<SulistiyaniStage>| s.map_or(0, |s| s.number());
        let about = vec![target(&p.subject)];
        let pool = social.evidence.iter().chain(economic.evidence.iter());
        verdict.find(Found {
            triggers: vec![
                Trigger::Dimension {
                    dimension: Dimension::Social,
                    reached: number(social.reached),
                },
                Trigger::Dimension {
                    dimension: Dimension::Economic,
                    reached: number(economic.reached),
                },
            ],
            evidence: cx.evidence_for(ABOUT.code, pool, &about),
            about,
        });
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::case_with;
    use crate::model::records::sulistiyani::Progression;

    fn progression(json: &str) -> Progression {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn one_dimension_only_is_not_judgeable() {
        let case = case_with(|c| {
            c.sulistiyani.push(progression(
                r#"{"subject": {"cohort": "k"}, "dimensions": [{"dimension": "social", "reached": "peningkatan"}]}"#,
            ))
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn social_ahead_of_economic_fires() {
        let case = case_with(|c| {
            c.sulistiyani.push(progression(
                r#"{"subject": {"cohort": "k"}, "dimensions": [
                    {"dimension": "social", "reached": "peningkatan"},
                    {"dimension": "economic", "reached": "penyadaran"}]}"#,
            ))
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
    }
}
