//! `thin_economic_modules` — a module catalogue whose share of economic sessions is below the
//! threshold.
//!
//! **Why it matters** (seed 002): "Dari 14 sesi di materi P2K2 tersebut hanya 3 sesi terkait
//! ekonomi".
//!
//! **What must be recorded**: a module catalogue with its sessions and their dimensions; a
//! case without one is not judgeable.
//! **Thresholds**: `economic_sessions_min_percent` (default 25, an assumption).

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::{Threshold, Thresholds};
use crate::model::catalogue::Dimension;
use crate::model::evidence::Target;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "thin_economic_modules",
    title: Words::new(
        "Sesi ekonomi dalam modul terlalu sedikit",
        "Module catalogue thin on economic sessions",
    ),
    severity: Severity::Info,
    seed: "002_831a8dccfd84b5b2.txt",
    seed_quote: "Dari 14 sesi di materi P2K2 tersebut hanya 3 sesi terkait ekonomi",
    finds: Words::new(
        "Katalog modul yang porsi sesi ekonominya (%) di bawah ambang.",
        "Module catalogues whose share of economic sessions (%) is below the threshold.",
    ),
    needs: Words::new(
        "Catat katalog modul beserta sesi dan dimensinya.",
        "Record the module catalogue with its sessions and their dimensions.",
    ),
    recommendation: Words::new(
        "Tambahkan sesi ekonomi: keterampilan usaha, pengelolaan usaha, pemasaran.",
        "Add economic sessions: business skills, business management, marketing.",
    ),
    thresholds: &[Threshold::EconomicSessionsMinPercent],
    tailor: None,
};

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, t: &Thresholds) -> Verdict {
    let mut verdict = Verdict::default();
    let Some(cat) = &cx.case.module_catalogue else {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
        return verdict;
    };
    let (economic, all) = cat.sessions_serving(Dimension::Economic);
    if all == 0 {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
        return verdict;
    }
    let share = 100.0 * economic as f64 / all as f64;
    let line = t.economic_sessions_min_percent;
    if share < line {
        let about = vec![Target::Programme];
        verdict.find(Found {
            triggers: vec![Trigger::Measure {
                value: share,
                threshold: line,
            }],
            evidence: cx.evidence_for(ABOUT.code, &cat.evidence, &about),
            about,
        });
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::case_with;

    #[test]
    fn without_a_catalogue_it_is_not_judgeable() {
        let case = case_with(|_| {});
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[cfg(feature = "bundled-cases")]
    #[test]
    fn three_economic_sessions_in_fourteen_are_thin() {
        let case = crate::cases::load("p2k2-karawaci").unwrap();
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(matches!(
            v.found[0].triggers[0],
            Trigger::Measure { value, .. } if (value - 300.0 / 14.0).abs() < 1e-9
        ));
    }
}
