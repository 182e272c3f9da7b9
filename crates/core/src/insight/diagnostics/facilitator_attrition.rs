//! `facilitator_attrition` — facilitators recorded as leaving.
//!
//! **Why it matters** (seed 003): it recommends finding out "faktor-faktor yang menyebabkan
//! pengunduran diri fasilitator" and recruiting and training new ones regularly.
//!
//! **What must be recorded**: an `attrition` record on a stakeholder in the facilitator role.
//! When no attrition is recorded at all, whether facilitators left is unknown: not judgeable.
//! **Thresholds**: none.

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::model::evidence::Target;
use crate::model::stakeholder::Role;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "facilitator_attrition",
    title: Words::new(
        "Fasilitator mengundurkan diri",
        "Facilitator attrition",
    ),
    severity: Severity::Warning,
    seed: "003_fa23540ed5a04d93.txt",
    seed_quote: "pengunduran diri fasilitator",
    finds: Words::new(
        "Pemangku kepentingan berperan fasilitator yang tercatat mengundurkan diri.",
        "Stakeholders in the facilitator role recorded as leaving.",
    ),
    needs: Words::new(
        "Catat pengunduran diri fasilitator (attrition) bila ada.",
        "Record facilitators leaving (attrition) where they do.",
    ),
    recommendation: Words::new(
        "Evaluasi penyebab pengunduran diri fasilitator, tingkatkan insentif, serta rekrut dan latih fasilitator baru secara berkala.",
        "Find out why facilitators resign, improve their incentives, and recruit and train new facilitators regularly.",
    ),
    thresholds: &[],
    tailor: None,
};

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let mut verdict = Verdict::default();
    let mut found = Found::default();
    for s in cx
        .case
        .stakeholders
        .iter()
        .filter(|s| s.has_role(Role::Facilitator))
    {
        let Some(a) = &s.attrition else { continue };
        found.triggers.push(Trigger::Stakeholder(s.id.clone()));
        let about = [Target::Stakeholder(s.id.clone())];
        found
            .evidence
            .extend(cx.evidence_for(ABOUT.code, &a.evidence, &about));
        found.about.extend(about);
    }
    if found.triggers.is_empty() && cx.case.stakeholders.iter().all(|s| s.attrition.is_none()) {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
    }
    verdict.find(found);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, stakeholder};
    use crate::model::stakeholder::{Attrition, Sector};

    #[test]
    fn no_attrition_record_is_not_judgeable() {
        let case = case_with(|c| {
            let mut f = stakeholder("f", Sector::Community);
            f.roles = vec![Role::Facilitator];
            c.stakeholders.push(f);
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn a_recorded_departure_fires() {
        let case = case_with(|c| {
            let mut f = stakeholder("f", Sector::Community);
            f.roles = vec![Role::Facilitator];
            f.attrition = Some(Attrition {
                left: Some(2),
                evidence: Vec::new(),
            });
            c.stakeholders.push(f);
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
    }
}
