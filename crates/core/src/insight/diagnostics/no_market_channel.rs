//! `no_market_channel` — trainings whose products are made but not sold, with no market
//! access for their topic.
//!
//! **Why it matters** (seeds 000 and 003): "Untuk menyulampun, ibu rumah prasejahtera
//! kesulitan dalam memasarkan produk"; "tidak jelas pemasarannya karena tidak ada wadah yang
//! menangani urusan tersebut".
//!
//! **What must be recorded**: the training's `skill_use` (`practised` means made but not
//! regularly sold), the market-access activities, and for "no market channel" to be a finding,
//! the statement that the training's market access is recorded in full
//! (`market_access_recorded_in_full`: whose statement, on what evidence). A case that simply
//! records no market access says nothing about one: without that statement the training is
//! listed as not judgeable, never as a finding. A skill not practised at all is a question of
//! tools, not of markets (`training_without_assistance`); a skill use not recorded is not
//! judgeable. **Thresholds**: none.

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::insight::provenance::Whose;
use crate::model::activity::{ActivityKind, SkillUse, Topic};
use crate::model::evidence::Target;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "no_market_channel",
    title: Words::new(
        "Tidak ada saluran pemasaran produk",
        "No marketing channel for products",
    ),
    severity: Severity::Warning,
    seed: "003_fa23540ed5a04d93.txt",
    seed_quote: "Untuk menyulampun, ibu rumah prasejahtera kesulitan dalam memasarkan produk",
    finds: Words::new(
        "Pelatihan yang produknya tercatat dibuat tetapi tidak dijual, tanpa kegiatan akses pasar untuk topiknya dalam catatan akses pasar yang dinyatakan lengkap.",
        "Trainings whose products are recorded as made but not sold, with no market-access activity for their topic in a market-access record stated to be complete.",
    ),
    needs: Words::new(
        "Catat apakah produk pelatihan dijual (skill_use), kegiatan akses pasar (pasar tani, bazar, mitra), dan apakah akses pasar itu tercatat lengkap (market_access_recorded_in_full).",
        "Record whether the training's products are sold (skill_use), the market-access activities (farmers' markets, bazaars, partners), and whether that market access is recorded in full (market_access_recorded_in_full).",
    ),
    recommendation: Words::new(
        "Sediakan wadah pemasaran untuk produk hasil pelatihan — pasar tani, bazar, mitra usaha, pemasaran digital.",
        "Give the products of the trainings a marketing channel — farmers' markets, bazaars, business partners, digital marketing.",
    ),
    thresholds: &[],
    tailor: None,
};

const SKILL_USE_NOT_RECORDED: Words = Words::new(
    "Tidak tercatat apakah produk pelatihan ini dijual: catat skill_use dan kegiatan akses pasarnya.",
    "Whether this training's products are sold is not recorded: record skill_use and its market access.",
);

const MARKET_ACCESS_NOT_RECORDED: Words = Words::new(
    "Tidak tercatat bahwa akses pasar untuk produk pelatihan ini tercatat lengkap: tidak ada kegiatan akses pasar yang tercatat belum berarti tidak ada saluran pemasaran. Catat kegiatan akses pasarnya, atau nyatakan bahwa akses pasarnya tercatat lengkap (market_access_recorded_in_full) — oleh sumber atau penilai, dengan buktinya.",
    "It is not recorded that the market access for this training's products is recorded in full: no market-access activity recorded is not the same as no marketing channel. Record its market access, or state that its market access is recorded in full (market_access_recorded_in_full) — by the source or an assessor, with the evidence.",
);

/// Training topics whose products must be sold.
fn product_topic(t: Topic) -> bool {
    use Topic::*;
    matches!(
        t,
        Cooking | Baking | KwtFarming | Hantaran | Embroidery | Batik
    )
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let case = cx.case;
    let mut any_market = false;
    let mut marketed: Vec<Topic> = Vec::new();
    for m in case
        .activities
        .iter()
        .filter(|a| a.kind == ActivityKind::MarketAccess)
    {
        any_market |= m.topics.is_empty();
        marketed.extend(m.topics.iter().copied());
    }
    let mut verdict = Verdict::default();
    let mut found = Found::default();
    let mut pool = Vec::new();
    for a in case.activities.iter().filter(|a| {
        a.kind == ActivityKind::Training
            && a.topics
                .iter()
                .any(|&t| product_topic(t) && !any_market && !marketed.contains(&t))
    }) {
        match a.skill_use {
            Some(SkillUse::Sold | SkillUse::NotPractised | SkillUse::Hindered) => {}
            None => verdict.cannot_judge(vec![Trigger::Activity(a.id.clone())], SKILL_USE_NOT_RECORDED),
            Some(SkillUse::Practised) => match &a.market_access_recorded_in_full {
                None => verdict.cannot_judge(
                    vec![Trigger::Activity(a.id.clone())],
                    MARKET_ACCESS_NOT_RECORDED,
                ),
                Some(full) => {
                    found.triggers.push(Trigger::Activity(a.id.clone()));
                    found
                        .triggers
                        .push(Trigger::RecordedInFull(Whose::of(Some(&full.coding))));
                    found.about.push(Target::Activity(a.id.clone()));
                    pool.extend(a.evidence.iter().chain(&full.evidence));
                }
            },
        }
    }
    // One pass over the evidence for all the trainings found (the programme's evidence is
    // added once, not once per training): linear in the case.
    if !found.triggers.is_empty() {
        let pool = pool.into_iter().chain(cx.programme_evidence());
        found.evidence = cx.evidence_for(ABOUT.code, pool, &found.about);
    }
    verdict.find(found);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, training};
    use crate::model::activity::RecordedInFull;
    use crate::model::coding::Coding;
    use crate::model::evidence::{Evidence, EvidenceKind};
    use crate::model::ids::EvidenceId;

    fn cooking(use_: Option<SkillUse>) -> crate::model::case::Case {
        case_with(|c| {
            let mut t = training("t", use_);
            t.topics = vec![Topic::Cooking];
            c.activities.push(t);
        })
    }

    /// A cooking training whose market access `coding` states is recorded in full.
    fn cooking_stated(use_: Option<SkillUse>, coding: Coding) -> crate::model::case::Case {
        let mut case = cooking(use_);
        case.activities[0].market_access_recorded_in_full =
            Some(RecordedInFull::new(coding, ["e-wadah"]));
        case
    }

    #[test]
    fn unknown_sales_are_not_judgeable() {
        let case = cooking(None);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged.len(), 1);
    }

    #[test]
    fn a_skill_not_practised_is_not_a_market_problem() {
        let case = cooking(Some(SkillUse::NotPractised));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }

    #[test]
    fn no_market_access_recorded_is_not_judgeable() {
        // Made but unsold, and no market-access activity in the document — but nothing says
        // the document holds all of them (principle 1).
        let case = cooking(Some(SkillUse::Practised));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged.len(), 1);
        assert_eq!(v.unjudged[0].needs, MARKET_ACCESS_NOT_RECORDED);
        assert!(MARKET_ACCESS_NOT_RECORDED
            .indonesian
            .contains("market_access_recorded_in_full"));
    }

    #[test]
    fn made_but_unsold_products_with_market_access_stated_as_none_fire() {
        let mut case = cooking_stated(Some(SkillUse::Practised), Coding::coded_by("Tim Penilai"));
        case.evidence.push(Evidence::new(
            "e-wadah",
            EvidenceKind::Observation,
            "tidak ada wadah yang menangani urusan tersebut",
        ));
        case.evidence[0].supports = vec![Target::Activity("t".into())];
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.unjudged.is_empty());
        assert_eq!(v.found.len(), 1);
        assert_eq!(
            v.found[0].triggers,
            [
                Trigger::Activity("t".into()),
                Trigger::RecordedInFull(Whose::CodedByAssessor)
            ]
        );
        assert_eq!(v.found[0].evidence, [EvidenceId::new("e-wadah")]);
    }

    #[test]
    fn a_statement_does_not_make_unknown_sales_a_finding() {
        let case = cooking_stated(None, Coding::stated_by_source());
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged[0].needs, SKILL_USE_NOT_RECORDED);
    }

    #[test]
    fn a_market_for_the_topic_clears_it() {
        let mut case = cooking_stated(Some(SkillUse::Practised), Coding::stated_by_source());
        let mut m = training("m", None);
        m.kind = ActivityKind::MarketAccess;
        m.topics = vec![Topic::Cooking];
        case.activities.push(m);
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }
}
