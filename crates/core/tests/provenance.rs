//! Principle 2 of issue 15: every judgement says whose it is. Each bundled case's ratings,
//! weights, involvement levels, stages and codes resolve to a coding; every diagnostic cites
//! its seed and every threshold it used says what kind of number it is; the Ansell–Gash bands
//! are named as a borrowed convention and need coverage.

use berdaya::frameworks::ansell_gash::{Banding, Scores};
use berdaya::insight::diagnostics::{Diagnosis, Threshold, Thresholds};
use berdaya::insight::provenance::{Basis, Whose};
use berdaya::model::coding::{Coding, CodingKind};
use berdaya::prelude::*;
use berdaya::render::report::Report;

fn whose(own: Option<&Coding>, case: &Case) -> Whose {
    Whose::of(Coding::resolve(own, case.coding.as_ref()))
}

#[test]
fn every_judgement_in_every_bundled_case_says_whose_it_is() {
    for name in berdaya::cases::names() {
        let case = berdaya::cases::load(name).unwrap();
        let mut judgements: Vec<(String, Whose)> = Vec::new();
        for f in &case.five_m {
            judgements.push((format!("5M {}", f.id), whose(f.coding.as_ref(), &case)));
        }
        if let Some(a) = &case.ansell_gash {
            let default = Coding::resolve(a.coding.as_ref(), case.coding.as_ref());
            for r in a.ratings.iter().filter(|r| r.score.is_some()) {
                let w = Whose::of(Coding::resolve(r.coding.as_ref(), default));
                judgements.push((format!("rating {}", r.indicator), w));
            }
        }
        for p in &case.adi {
            for r in &p.stages {
                for i in &r.involvement {
                    let w = whose(i.coding.as_ref(), &case);
                    judgements.push((format!("involvement {} {}", p.id, r.stage.code()), w));
                }
            }
        }
        for p in &case.sulistiyani {
            for d in &p.dimensions {
                let w = whose(d.coding.as_ref(), &case);
                judgements.push((format!("stage {}", d.dimension.code()), w));
            }
        }
        for c in &case.codes {
            judgements.push((format!("code {}", c.id), whose(c.coding.as_ref(), &case)));
        }
        for (what, w) in &judgements {
            assert_ne!(*w, Whose::NotRecorded, "{name}: {what}");
        }
        // The bundled cases' coding is berdaya's coding of the seed, not the seed's finding.
        let coding = case.coding.as_ref().unwrap();
        assert_eq!(coding.kind, CodingKind::CodedByAssessor, "{name}");
        let basis = coding.basis.as_ref().unwrap();
        assert!(
            basis.get(Lang::En).contains("not the seed's finding"),
            "{name}"
        );
        assert!(basis.get(Lang::Id).contains("bukan temuan seed"), "{name}");
    }
}

#[test]
fn every_diagnostic_and_threshold_says_what_kind_of_number_it_is() {
    let t = Thresholds::default();
    for name in berdaya::cases::names() {
        let case = berdaya::cases::load(name).unwrap();
        let diagnosis = Diagnosis::of(&case, &t);
        for d in &diagnosis.findings {
            assert!(d.id.seed().ends_with(".txt"), "{name}: {}", d.id.code());
            for u in &d.thresholds {
                assert_ne!(
                    u.basis,
                    Basis::SetByCaller,
                    "{name}: defaults are not the caller's"
                );
                assert_eq!(u.basis, t.basis(u.threshold));
            }
        }
        // Every section that shows a judgement says whose it is, in both languages.
        for lang in Lang::ALL {
            let md = Report::new(&case, &t).markdown(lang);
            let whose_line = Whose::CodedByAssessor.label(lang);
            let shown = case.five_m.is_empty()
                && case.ansell_gash.is_none()
                && case.adi.is_empty()
                && case.sulistiyani.is_empty()
                || md.contains(whose_line);
            assert!(shown, "{name} ({lang:?}): no provenance shown");
        }
    }
    for &th in Threshold::ALL {
        assert_ne!(t.basis(th), Basis::SetByCaller, "{}", th.code());
    }
    assert_eq!(
        t.basis(Threshold::AnsellGashStrengthFrom),
        Basis::BorrowedConvention
    );
}

#[test]
fn the_sign_off_reads_the_cases_assessor_and_date() {
    let case = berdaya::cases::load("wrse-junrejo").unwrap();
    let report = Report::new(&case, &Thresholds::default());
    let coding = case.coding.as_ref().unwrap();
    assert_eq!(report.sign_off.assessor, coding.by);
    assert_eq!(report.sign_off.date, coding.on);
    let mut unsigned = case.clone();
    unsigned.coding = Some(Coding::stated_by_source());
    assert_eq!(
        Report::new(&unsigned, &Thresholds::default())
            .sign_off
            .assessor,
        None
    );
}

#[test]
fn the_source_conclusion_stands_beside_the_coded_score() {
    let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let id = case
        .ansell_gash
        .as_ref()
        .unwrap()
        .source_conclusion
        .clone()
        .unwrap();
    let quote = &case.evidence_item(&id).unwrap().text;
    assert!(quote.contains("sudah cukup baik"));
    let md = Report::new(&case, &Thresholds::default()).markdown(Lang::Id);
    let line = md
        .lines()
        .find(|l| l.contains("sudah cukup baik.”"))
        .unwrap();
    assert!(
        line.contains("Kesimpulan sumber sendiri") && line.contains("3,42"),
        "{line}"
    );
    assert!(md.contains("Wilder Collaboration Factors Inventory"));
    assert!(md.contains("rata-rata semua indikator yang dinilai"));
}

#[test]
fn no_band_below_the_minimum_coverage() {
    // Three of 22 indicators rated (rubric /2): the overall mean is shown, its band is not.
    let a = AnsellGashAssessment::new(berdaya::RUBRIC.citation())
        .rate("balance", Some(3), &["e"])
        .rate("leadership", Some(4), &[])
        .rate("dialogue", Some(3), &[]);
    let s = Scores::of(&a).unwrap();
    assert!(s.overall.is_some());
    assert_eq!(s.overall_band, None);
    assert_eq!((s.rated, s.total), (3, 22));
    assert_eq!(s.indicator_mean, Some(10.0 / 3.0));
    // The leadership component (1 of 2 rated) keeps its band at the default half.
    let lead = s
        .component(berdaya::frameworks::ansell_gash::Component::FacilitativeLeadership)
        .unwrap();
    assert!(lead.band.is_some());
    let strict = Banding::default().with_min_coverage_percent(100.0);
    let s = Scores::banded(&a, &strict).unwrap();
    assert!(s.components.iter().all(|c| c.band.is_none()));
}

/// Issue 15, "done means": every diagnostic, score and threshold in every bundled case's
/// report carries a provenance — in the structured rows the tables and frames show, and in
/// the printed report.
#[test]
fn every_diagnostic_score_and_threshold_in_every_report_carries_a_provenance() {
    use berdaya::insight::analysis::Analysis;
    let t = Thresholds::default();
    let kinds = |lang| -> Vec<&'static str> { Whose::ALL.iter().map(|w| w.label(lang)).collect() };
    for name in berdaya::cases::names() {
        let case = berdaya::cases::load(name).unwrap();
        for lang in Lang::ALL {
            let a = Analysis::of(&case, &t, lang);
            let md = Report::new(&case, &t).markdown(lang);
            for r in &a.five_m {
                assert_eq!(r.whose, "coded_by_assessor", "{name}: 5M {}", r.id);
                assert!(kinds(lang).contains(&r.whose_label));
            }
            for r in a.ansell_gash.iter().filter(|r| r.score.is_some()) {
                assert_eq!(r.whose, "coded_by_assessor", "{name}: {}", r.indicator);
            }
            for r in &a.ansell_gash_components {
                assert_eq!(r.whose, "coded_by_assessor", "{name}: {}", r.component);
                assert_eq!(r.band_basis, "borrowed_convention");
            }
            for r in &a.progression {
                assert_ne!(r.whose, "not_recorded", "{name}: {}", r.subject);
            }
            for r in a.stages.iter().filter(|r| r.target_involvement.is_some()) {
                assert_eq!(r.involvement_whose, Some("coded_by_assessor"), "{name}");
            }
            for d in &a.diagnostics {
                assert!(d.seed.ends_with(".txt"), "{name}: {}", d.id);
                assert_eq!(d.threshold_bases.len(), d.thresholds.len(), "{name}");
                for b in &d.threshold_bases {
                    let basis = Basis::ALL.iter().find(|x| x.code() == *b).unwrap();
                    assert_ne!(*basis, Basis::SetByCaller);
                    // The printed report says what kind of number it is.
                    assert!(md.contains(basis.label(lang)), "{name}: {b}");
                }
                // And which seed the rule rests on.
                assert!(md.contains(d.seed), "{name}: {}", d.id);
            }
        }
    }
}

/// A rating that carries its own coding is shown as that coding's, not the case's.
#[test]
fn an_analysis_row_follows_a_judgements_own_coding() {
    use berdaya::insight::analysis::Analysis;
    let mut case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let a = case.ansell_gash.as_mut().unwrap();
    let rated = a.ratings.iter_mut().find(|r| r.score.is_some()).unwrap();
    rated.coding = Some(Coding::stated_by_source());
    let id = rated.indicator.clone();
    let f = &mut case.five_m[0];
    f.coding = Some(Coding::stated_by_source());
    let five_m_id = f.id.clone();
    let mut changed = Thresholds::default();
    changed.ansell_gash_strength_from = 4.5;
    let rows = Analysis::of(&case, &changed, Lang::En);
    let row = rows.ansell_gash.iter().find(|r| r.indicator == id).unwrap();
    assert_eq!(
        (row.whose, row.whose_label),
        ("stated_by_source", "Stated by the source")
    );
    let other = rows
        .ansell_gash
        .iter()
        .find(|r| r.indicator != id && r.score.is_some());
    assert_eq!(other.unwrap().whose, "coded_by_assessor");
    let f = rows.five_m.iter().find(|r| r.id == five_m_id).unwrap();
    assert_eq!(f.whose, "stated_by_source");
    assert!(rows
        .ansell_gash_components
        .iter()
        .all(|c| c.band_basis == "set_by_caller"));
}
