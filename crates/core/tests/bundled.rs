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
