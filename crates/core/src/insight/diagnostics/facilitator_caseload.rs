//! `facilitator_caseload` — more families per facilitator than the threshold, once per
//! (site, year) with the figures it used.
//!
//! **Why it matters** (seed 002): "Pendamping PKH di Kecamatan Karawaci memiliki jumlah
//! dampingan yang tidak ideal, sehingga tidak menjangkau semua".
//!
//! **What must be recorded**: a beneficiaries figure and a facilitators figure (more than
//! zero) for the same site and year. Where several figures of a kind describe one site and
//! year, the caseload is the most favourable pairing — the smallest beneficiaries figure over
//! the largest facilitators figure — so that a finding never rests on a worst case the
//! sources do not agree on. A beneficiaries figure counted in persons (`beneficiary_persons`,
//! seed 002's "40.255 ribu orang") is not a count of families: with no family count beside
//! it the caseload is *not judged*, never computed per person against a per-family line.
//! Cost is linear in the figures. **Thresholds**:
//! `caseload_max_families_per_facilitator` (default 250, an assumption).

use std::collections::BTreeMap;

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::{Threshold, Thresholds};
use crate::model::evidence::Target;
use crate::model::figure::{Figure, Metric};

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "facilitator_caseload",
    title: Words::new(
        "Beban dampingan pendamping terlalu besar",
        "Facilitator caseload too high",
    ),
    severity: Severity::Critical,
    seed: "002_831a8dccfd84b5b2.txt",
    seed_quote: "Pendamping PKH di Kecamatan Karawaci memiliki jumlah dampingan yang tidak ideal, sehingga tidak menjangkau semua",
    finds: Words::new(
        "Jumlah keluarga per pendamping di atas ambang, per wilayah dan tahun.",
        "Families per facilitator above the threshold, per site and year.",
    ),
    needs: Words::new(
        "Catat jumlah keluarga penerima manfaat (bukan jumlah orang) dan jumlah pendamping untuk wilayah dan tahun yang sama.",
        "Record the number of beneficiary families (not of persons) and of facilitators for the same site and year.",
    ),
    recommendation: Words::new(
        "Tambah pendamping atau bagi ulang dampingan agar pertemuan wajib bulanan menjangkau semua keluarga.",
        "Add facilitators or redistribute caseloads so the compulsory monthly meeting reaches every family.",
    ),
    thresholds: &[Threshold::CaseloadMaxFamiliesPerFacilitator],
    tailor: None,
};

/// The smallest beneficiaries figure and the largest facilitators figure of one site and year.
#[derive(Default)]
struct Group<'a> {
    beneficiaries: Option<&'a Figure>,
    persons: Option<&'a Figure>,
    facilitators: Option<&'a Figure>,
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, t: &Thresholds) -> Verdict {
    let mut groups: BTreeMap<(Option<&str>, Option<i32>), Group<'_>> = BTreeMap::new();
    for f in cx.case.figures.iter().filter(|f| f.value.is_finite()) {
        let key = (f.site.as_ref().map(|s| s.as_str()), f.year);
        match f.metric {
            Metric::Beneficiaries => {
                let g = groups.entry(key).or_default();
                if g.beneficiaries.is_none_or(|b| f.value < b.value) {
                    g.beneficiaries = Some(f);
                }
            }
            Metric::BeneficiaryPersons => {
                groups.entry(key).or_default().persons.get_or_insert(f);
            }
            Metric::Facilitators if f.value > 0.0 => {
                let g = groups.entry(key).or_default();
                if g.facilitators.is_none_or(|x| f.value > x.value) {
                    g.facilitators = Some(f);
                }
            }
            _ => {}
        }
    }
    let mut verdict = Verdict::default();
    if groups.is_empty() {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
    }
    let line = t.caseload_max_families_per_facilitator;
    for g in groups.values() {
        let (b, f) = match (g.beneficiaries, g.facilitators) {
            (Some(b), Some(f)) => (b, f),
            (b, f) => {
                let subjects = [b.or(g.persons), f]
                    .into_iter()
                    .flatten()
                    .map(|x| Trigger::Figure {
                        id: x.id.clone(),
                        value: x.value,
                    })
                    .collect();
                verdict.cannot_judge(subjects, ABOUT.needs);
                continue;
            }
        };
        let ratio = b.value / f.value;
        if ratio.partial_cmp(&line) != Some(std::cmp::Ordering::Greater) {
            continue;
        }
        let pool = b.evidence.iter().chain(f.evidence.iter());
        let subjects = [Target::Figure(b.id.clone()), Target::Figure(f.id.clone())];
        verdict.find(Found {
            triggers: vec![
                Trigger::Figure {
                    id: b.id.clone(),
                    value: b.value,
                },
                Trigger::Figure {
                    id: f.id.clone(),
                    value: f.value,
                },
                Trigger::Measure {
                    value: ratio,
                    threshold: line,
                },
            ],
            evidence: cx.evidence_for(ABOUT.code, pool, &subjects),
            about: subjects.to_vec(),
        });
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, figure};

    #[test]
    fn without_both_figures_it_is_not_judgeable() {
        let case = case_with(|_| {});
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
        let case = case_with(|c| c.figures.push(figure("b", Metric::Beneficiaries, 1000.0)));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn one_finding_per_site_and_year_with_the_favourable_pairing() {
        let case = case_with(|c| {
            c.figures.push(figure("b1", Metric::Beneficiaries, 3000.0));
            c.figures.push(figure("b2", Metric::Beneficiaries, 2600.0));
            c.figures.push(figure("f1", Metric::Facilitators, 5.0));
            c.figures.push(figure("f2", Metric::Facilitators, 10.0));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        assert!(v.found[0].triggers.contains(&Trigger::Measure {
            value: 260.0,
            threshold: 250.0
        }));
    }

    #[test]
    fn a_thousand_and_a_thousand_figures_make_one_finding_per_site_and_year() {
        let case = case_with(|c| {
            for i in 0..1000 {
                let mut b = figure(&format!("b{i}"), Metric::Beneficiaries, 40_000.0 + f64::from(i));
                b.year = Some(2000 + i % 10);
                c.figures.push(b);
                let mut f = figure(&format!("f{i}"), Metric::Facilitators, 60.0);
                f.year = Some(2000 + i % 10);
                c.figures.push(f);
            }
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 10, "one per year, not one per pair");
        assert!(v.unjudged.is_empty());
        for f in &v.found {
            assert_eq!(f.triggers.len(), 3, "the two figures used and the measure");
        }
    }

    #[test]
    fn persons_are_not_families_so_no_caseload_is_computed_from_them() {
        // Seed 002: "40.255 ribu orang dengan jumlah pendamping PKH sebanyak 60 orang".
        let case = case_with(|c| {
            c.figures
                .push(figure("orang", Metric::BeneficiaryPersons, 40_255.0));
            c.figures.push(figure("f", Metric::Facilitators, 60.0));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty(), "no per-family caseload from persons");
        assert_eq!(v.unjudged.len(), 1);
        let ids: Vec<_> = v.unjudged[0]
            .subjects
            .iter()
            .filter_map(|t| match t {
                Trigger::Figure { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["orang", "f"]);
        assert!(ABOUT.needs.english.contains("families (not of persons)"));
    }

    #[test]
    fn zero_or_non_finite_figures_never_make_a_finding() {
        let case = case_with(|c| {
            c.figures.push(figure("b", Metric::Beneficiaries, f64::INFINITY));
            c.figures.push(figure("f", Metric::Facilitators, 0.0));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
    }
}
