//! `missing_pentahelix` — pentahelix sectors the programme should involve, with no
//! stakeholder recorded in them.
//!
//! **Why it matters** (seed 003): "belum melibatkan pihak swasta dalam kerja samanya" — and no
//! university either; seed 003 recommends partnering with both.
//!
//! **What must be recorded**: the stakeholders with their sector. A case with no stakeholders
//! recorded is not judgeable. The finding names the missing sectors and its recommendation
//! names only them. **Thresholds**: `required_sectors` (stated by the source).

use crate::insight::diagnostics::rule::{
    About, Context, Found, Severity, Trigger, Verdict, Words,
};
use crate::insight::diagnostics::thresholds::{Threshold, Thresholds};
use crate::model::lang::Lang;
use crate::model::stakeholder::Sector;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "missing_pentahelix",
    title: Words::new(
        "Unsur pentahelix belum terlibat",
        "Pentahelix sectors missing",
    ),
    severity: Severity::Info,
    seed: "003_fa23540ed5a04d93.txt",
    seed_quote: "belum melibatkan pihak swasta dalam kerja samanya",
    finds: Words::new(
        "Unsur pentahelix yang diharapkan tanpa pemangku kepentingan yang tercatat.",
        "Expected pentahelix sectors with no stakeholder recorded.",
    ),
    needs: Words::new(
        "Catat pemangku kepentingan beserta unsurnya (pemerintah, dunia usaha, akademisi, masyarakat, media).",
        "Record the stakeholders with their sector (government, business, academia, community, media).",
    ),
    recommendation: Words::new(
        "Libatkan unsur pentahelix yang belum ada sebagai mitra.",
        "Bring in the missing pentahelix sectors as partners.",
    ),
    thresholds: &[Threshold::RequiredSectors],
    tailor: Some(recommend),
};

/// What each sector can bring, in both languages.
fn offer(sector: Sector) -> Words {
    match sector {
        Sector::Business => Words::new(
            "dunia usaha (melalui CSR): pendanaan, sarana, pasar",
            "business (through CSR): funding, facilities, markets",
        ),
        Sector::Academia => Words::new(
            "perguruan tinggi: pelatihan, pendampingan, penelitian",
            "universities: training, mentoring, research",
        ),
        Sector::Community => Words::new(
            "unsur masyarakat: penggerak dan pendamping warga",
            "the community: local movers and peer support",
        ),
        Sector::Media => Words::new(
            "media: publikasi dan pemasaran",
            "the media: publicity and marketing",
        ),
        Sector::Government => Words::new(
            "pemerintah: kebijakan dan anggaran",
            "government: policy and budget",
        ),
    }
}

/// The recommendation for the sectors a finding names, and only them.
fn recommend(triggers: &[Trigger], lang: Lang) -> String {
    let parts: Vec<&str> = triggers
        .iter()
        .filter_map(|t| match t {
            Trigger::Sector(s) => Some(offer(*s).get(lang)),
            _ => None,
        })
        .collect();
    format!(
        "{} {}.",
        lang.pick("Libatkan sebagai mitra", "Bring in as partners"),
        parts.join("; ")
    )
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, t: &Thresholds) -> Verdict {
    let case = cx.case;
    let mut verdict = Verdict::default();
    if case.stakeholders.is_empty() {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
        return verdict;
    }
    // One pass over the stakeholders marks each sector present (by its declaration index,
    // which `ALL` follows): linear however many sectors the thresholds require.
    let mut seen = [false; Sector::ALL.len()];
    for h in &case.stakeholders {
        if let Some(slot) = seen.get_mut(h.sector as usize) {
            *slot = true;
        }
    }
    let present = |s: &Sector| seen.get(*s as usize).copied().unwrap_or(false);
    let missing: Vec<Trigger> = t
        .required_sectors
        .iter()
        .filter(|s| !present(s))
        .map(|s| Trigger::Sector(*s))
        .collect();
    verdict.find(Found {
        triggers: missing,
        about: vec![crate::model::evidence::Target::Programme],
        evidence: Vec::new(),
    });
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, stakeholder};

    #[test]
    fn no_stakeholders_is_not_judgeable() {
        let case = case_with(|_| {});
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn names_only_the_missing_sectors_and_recommends_for_them() {
        let case = case_with(|c| {
            c.stakeholders.push(stakeholder("u", Sector::Academia));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found[0].triggers, vec![Trigger::Sector(Sector::Business)]);
        let en = recommend(&v.found[0].triggers, Lang::En);
        assert!(en.contains("business") && !en.contains("universit"), "{en}");
        let id = recommend(&v.found[0].triggers, Lang::Id);
        assert!(id.contains("dunia usaha") && !id.contains("perguruan tinggi"), "{id}");
    }

    #[test]
    fn all_present_is_clear() {
        let case = case_with(|c| {
            c.stakeholders.push(stakeholder("u", Sector::Academia));
            c.stakeholders.push(stakeholder("b", Sector::Business));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }
}
