//! The bundled cases load, validate, hold the seeds' figures and render in both languages.

use berdaya::assistance::Item;
use berdaya::cases::{self, CaseError};
use berdaya::cohort::Share;
use berdaya::figure::{Bound, Metric};
use berdaya::lang::Lang;
use berdaya::money::Rupiah;
use berdaya::participant::{Education, MaritalStatus};
use berdaya::stakeholder::Sector;
use berdaya::summary::Summary;
use berdaya::Case;

fn figure(case: &Case, metric: Metric) -> (f64, Bound) {
    let f = case
        .figures
        .iter()
        .find(|f| f.metric == metric)
        .unwrap_or_else(|| panic!("{}: no {metric} figure", case.id));
    (f.value, f.bound)
}

#[test]
fn five_cases_in_seed_order() {
    assert_eq!(
        cases::names(),
        vec![
            "p2wkss-bekasi-utara",
            "p2wkss-bojong-menteng-2025",
            "p2k2-karawaci",
            "sekoper-cinta-mustikasari",
            "wrse-junrejo"
        ]
    );
    for name in cases::names() {
        let case = cases::load(name).unwrap();
        assert_eq!(case.id, name);
        assert!(case.validate().is_ok());
    }
}

#[test]
fn an_unknown_case_is_a_typed_error_listing_the_names() {
    let err = cases::load("p2wkss-bekasi").unwrap_err();
    assert_eq!(err.code(), "unknown_case");
    assert!(matches!(&err, CaseError::Unknown { name } if name == "p2wkss-bekasi"));
    assert!(err.to_string().contains("wrse-junrejo"));
}

#[test]
fn bekasi_utara_has_both_kelurahan_and_their_trainings() {
    let case = cases::load("p2wkss-bekasi-utara").unwrap();
    let villages: Vec<_> = case
        .sites
        .iter()
        .filter_map(|s| s.village.as_deref())
        .collect();
    assert_eq!(villages, vec!["Harapan Jaya", "Teluk Pucung"]);
    let trainings_at = |site: &str| {
        case.activities
            .iter()
            .filter(|a| a.site.as_ref().map(|s| s.as_str()) == Some(site))
            .filter(|a| a.kind == berdaya::activity::ActivityKind::Training)
            .count()
    };
    // Seed 000 lists five trainings in each kelurahan.
    assert_eq!(trainings_at("teluk-pucung"), 5);
    assert_eq!(trainings_at("harapan-jaya"), 5);
    assert_eq!(figure(&case, Metric::Groups).0, 6.0);
    // Only the KWT farming group received equipment; the other trainings received none.
    assert_eq!(case.assistance.len(), 1);
    assert_eq!(
        case.assistance[0].items,
        vec![Item::FarmingTools, Item::Seeds]
    );
}

#[test]
fn karawaci_holds_caseload_attendance_and_pena() {
    let case = cases::load("p2k2-karawaci").unwrap();
    assert_eq!(
        figure(&case, Metric::Beneficiaries),
        (40_255.0, Bound::Exact)
    );
    assert_eq!(figure(&case, Metric::Facilitators), (60.0, Bound::Exact));
    assert_eq!(figure(&case, Metric::AttendanceRate), (50.0, Bound::AtMost));
    let pena = case
        .assistance
        .iter()
        .find(|a| a.id.as_str() == "a-pena")
        .unwrap();
    assert_eq!(pena.value_each, Some(Rupiah(6_000_000)));
    assert_eq!(pena.total_value(), Some(Rupiah(120_000_000)));
    let monthly = case
        .activities
        .iter()
        .find(|a| a.id.as_str() == "p2k2-bulanan")
        .unwrap();
    assert_eq!(monthly.in_working_hours, Some(true));
}

#[test]
fn sekoper_cinta_has_ten_facilitators_and_no_business_or_academia() {
    let case = cases::load("sekoper-cinta-mustikasari").unwrap();
    assert_eq!(figure(&case, Metric::Facilitators).0, 10.0);
    let summary = Summary::of(&case);
    assert!(summary.missing_sectors.contains(&Sector::Business));
    assert!(summary.missing_sectors.contains(&Sector::Academia));
    let number = case.programme.legal_basis[0].number.as_deref();
    assert_eq!(number, Some("260/KEP.36.A-DPPPA/I/2022"));
}

#[test]
fn junrejo_keeps_the_cohort_aggregates() {
    let case = cases::load("wrse-junrejo").unwrap();
    let city = &case.cohorts[0];
    let district = &case.cohorts[1];
    assert_eq!(city.size, Some(192));
    assert_eq!(district.size, Some(97));
    assert_eq!(district.part_of.as_ref(), Some(&city.id));
    assert_eq!(
        city.marital_status,
        vec![
            Share {
                category: MaritalStatus::Widowed,
                percent: 70.0
            },
            Share {
                category: MaritalStatus::Divorced,
                percent: 30.0
            }
        ]
    );
    let education: Vec<(Education, f64)> = city
        .education
        .iter()
        .map(|s| (s.category, s.percent))
        .collect();
    assert_eq!(
        education,
        vec![
            (Education::Sd, 50.0),
            (Education::Smp, 30.0),
            (Education::Sma, 20.0)
        ]
    );
    assert_eq!(city.monthly_income_below, Some(Rupiah(500_000)));
    let d = city.dependants.unwrap();
    assert_eq!((d.min, d.max), (3, 5));
    // Aggregates only: no invented individuals anywhere.
    assert!(cases::all()
        .unwrap()
        .iter()
        .all(|c| c.participants.is_empty()));
}

#[test]
fn summaries_render_in_both_languages() {
    for case in cases::all().unwrap() {
        let id = Summary::of(&case).render(Lang::Id);
        let en = Summary::of(&case).render(Lang::En);
        assert_ne!(id, en, "{}", case.id);
        assert!(id.contains(&case.title.id) && en.contains(&case.title.en));
        assert!(id.contains("Pemangku kepentingan") && en.contains("Stakeholders"));
        for s in &case.sites {
            if let Some(v) = &s.village {
                assert!(id.contains(v.as_str()) && en.contains(v.as_str()));
            }
        }
    }
}

#[test]
fn bundled_json_round_trips() {
    for case in cases::all().unwrap() {
        let again = Case::from_json(&case.to_json()).unwrap();
        assert_eq!(again, case);
    }
}

mod frameworks {
    use berdaya::adi::{AdiStage, Involvement, StageStatus};
    use berdaya::cases;
    use berdaya::catalogue::Dimension;
    use berdaya::evidence::EvidenceKind;
    use berdaya::sulistiyani::{distribution, GraduationPolicy, SulistiyaniStage};

    #[test]
    fn bekasi_utara_target_group_is_consulted_at_planning_and_involved_at_implementation() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        assert_eq!(case.adi.len(), 2, "one process per kelurahan");
        for p in &case.adi {
            // Seed 000, stage 3: "Selanjutnya para kelompok binaan merespon kegiatan ..." —
            // feedback on alternatives, IAP2 consult.
            assert_eq!(
                p.first_beyond_inform(&case),
                Some((AdiStage::AlternativePlanning, Involvement::Consult))
            );
            // Seed 000, conclusion: "Pada tahapan pelaksanaan, ibu-ibu rumah tangga mulai
            // dilibatkan secara langsung."
            assert_eq!(
                p.first_direct_involvement(&case),
                Some((AdiStage::Implementation, Involvement::Involve))
            );
            let planning = p.record(AdiStage::AlternativePlanning).unwrap();
            let consult = planning
                .involvement
                .iter()
                .find(|i| i.level == Involvement::Consult)
                .unwrap();
            let quote = case.evidence_item(&consult.evidence[0]).unwrap();
            assert!(quote.text.contains("kelompok binaan merespon"));
        }
    }

    #[test]
    fn bekasi_utara_terminated_in_teluk_pucung_only_and_kwt_runs_a_year_on() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let tp = case.adi.iter().find(|p| p.id == "teluk-pucung").unwrap();
        let hj = case.adi.iter().find(|p| p.id == "harapan-jaya").unwrap();
        assert!(AdiStage::ALL
            .iter()
            .all(|&s| tp.status(s) == StageStatus::Completed));
        assert_eq!(hj.status(AdiStage::Implementation), StageStatus::InProgress);
        assert_eq!(hj.status(AdiStage::Termination), StageStatus::NotStarted);
        assert!(tp.violations().is_empty() && hj.violations().is_empty());

        let (running, stopped) = tp.sustained_after(12);
        assert!(stopped.is_empty());
        assert!(running
            .iter()
            .any(|f| f.activity.as_ref().map(|a| a.as_str()) == Some("tp-kwt")));

        // The obstacles of implementation are the seed's: no tools, no market for embroidery.
        let imp = tp.record(AdiStage::Implementation).unwrap();
        let texts: Vec<&str> = imp
            .obstacles
            .iter()
            .map(|o| o.description.en.as_str())
            .collect();
        assert!(texts.iter().any(|t| t.contains("tools")));
        assert!(texts.iter().any(|t| t.contains("Embroidered")));
        // The capital-and-tools item of implementation is not done.
        let c = tp.completeness();
        let imp = &c.stages[4];
        assert_eq!((imp.items_done, imp.items_total), (3, 4));
        assert!(c.overall < 1.0 && c.overall > 0.9);
    }

    #[test]
    fn bojong_menteng_lacks_photo_documentation() {
        let case = cases::load("p2wkss-bojong-menteng-2025").unwrap();
        let p = &case.adi[0];
        assert!(p.stages_without_evidence(&case, None).is_empty());
        assert_eq!(
            p.stages_without_evidence(&case, Some(EvidenceKind::Photo)),
            vec![AdiStage::Implementation, AdiStage::Evaluation]
        );
        assert_eq!(p.status(AdiStage::Preparation), StageStatus::Unknown);
        assert!(
            p.violations().is_empty(),
            "unknown earlier stages do not break the order"
        );
    }

    #[test]
    fn karawaci_is_not_ready_to_graduate_for_want_of_economic_progress() {
        let case = cases::load("p2k2-karawaci").unwrap();
        let kpm = &case.sulistiyani[0];
        assert_eq!(
            kpm.reached(Dimension::Social),
            Some(SulistiyaniStage::Enhancement)
        );
        assert_eq!(
            kpm.reached(Dimension::Economic),
            Some(SulistiyaniStage::Transformation)
        );
        let r = kpm.readiness(&GraduationPolicy::default());
        assert!(!r.ready);
        assert_eq!(r.missing.len(), 1);
        assert_eq!(r.missing[0].dimension, Dimension::Economic);
        let dist = distribution(&case);
        let economic = dist
            .iter()
            .find(|d| d.dimension == Dimension::Economic)
            .unwrap();
        let at_two = economic
            .rows
            .iter()
            .find(|r| r.stage == Some(SulistiyaniStage::Transformation))
            .unwrap();
        assert_eq!(at_two.units_of_unknown_size, 1);
    }

    #[test]
    fn the_report_shows_stages_and_progression_in_both_languages() {
        use berdaya::lang::Lang;
        use berdaya::summary::Summary;
        let case = cases::load("p2k2-karawaci").unwrap();
        let en = Summary::of(&case).render(Lang::En);
        assert!(en.contains("Readiness for self-graduation: not ready — Economic"));
        let id = Summary::of(&case).render(Lang::Id);
        assert!(id.contains("Kesiapan graduasi mandiri: belum siap — Ekonomi"));
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let id = Summary::of(&case).render(Lang::Id);
        assert!(id.contains("Kelompok sasaran pertama kali dilibatkan langsung: Pelaksanaan"));
        assert!(id.contains("| 7. Terminasi | Selesai |"));
    }
}
