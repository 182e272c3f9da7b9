//! Issue 15, the items left after the first pass: the seeds read exactly (40,255 persons,
//! seed 004's recommendations, the facts no seed states marked inferred), the case's notes
//! shown, and the comparison's Ansell–Gash cell with coverage and no band below it.

use berdaya::frameworks::ansell_gash::Scores;
use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::figure::Metric;
use berdaya::prelude::*;
use berdaya::render::report::{compare, Report, Unit};

fn report(case: &Case, lang: Lang) -> String {
    Report::new(case, &Thresholds::default()).markdown(lang)
}

/// Seed 002: "40.255 ribu orang dengan jumlah pendamping PKH sebanyak 60 orang" — persons.
#[test]
fn forty_thousand_two_hundred_fifty_five_are_persons_in_the_report() {
    let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    let f = case.figures.iter().find(|f| f.value == 40_255.0).unwrap();
    assert_eq!(f.metric, Metric::BeneficiaryPersons);
    let id = report(&case, Lang::Id);
    let en = report(&case, Lang::En);
    assert!(id.contains("40.255") && en.contains("40,255"));
    assert!(!id.contains("Keluarga penerima manfaat"), "{id}");
    assert!(!en.contains("Beneficiary families"), "{en}");
    assert!(id.contains("Penerima manfaat (orang)"));
    assert!(en.contains("Beneficiaries (persons)"));
    // No caseload is computed per family from persons: no 670.92 anywhere.
    assert!(!id.contains("670,92") && !en.contains("670.92"));
}

/// Seed 004's three recommendations are in its case, quoted, and in its report as the
/// source's own, in both languages.
#[test]
fn seed_004_recommendations_are_the_sources_and_shown_in_the_report() {
    let case = berdaya::cases::load("wrse-junrejo").unwrap();
    assert_eq!(case.recommendations.len(), 3);
    let quotes: Vec<&str> = case
        .recommendations
        .iter()
        .map(|r| {
            assert_eq!(r.evidence.len(), 1);
            case.evidence_item(&r.evidence[0]).unwrap().text.as_str()
        })
        .collect();
    assert!(quotes[0].contains("lebih baik diberikan secara perorangan"));
    assert!(quotes[1].contains("pendampingan yang lebih intensif"));
    assert!(
        quotes[2].contains("tidak dapat dicapai hanya dengan program yang berorientasi ekonomi")
    );
    for (lang, heading, whose) in [
        (
            Lang::Id,
            "Rekomendasi dari sumber",
            "Dinyatakan oleh sumber",
        ),
        (Lang::En, "The source recommends", "Stated by the source"),
    ] {
        let text = report(&case, lang);
        let at = text.find(heading).unwrap_or_else(|| panic!("{text}"));
        let section = &text[at..];
        assert!(section.contains(whose), "{section}");
        for r in &case.recommendations {
            assert!(section.contains(&*r.text.get(lang)), "{lang:?}");
        }
        // Each recommendation's quote is in the appendix of evidence cited.
        for q in &quotes {
            assert!(text.contains(&q[..40]), "{q}");
        }
    }
}

/// Facts no seed states are marked inferred, with the model's means: a path into the
/// document and a reason, listed in the report apart from what the source states.
#[test]
fn facts_no_seed_states_are_marked_inferred() {
    use serde_json::json;
    let expected = [
        // Seed 000 never says APBD, and 2019–2020 is the community-service period.
        (
            "p2wkss-bekasi-utara",
            "/programme/funding/0/source",
            json!("apbd_city"),
        ),
        (
            "p2wkss-bekasi-utara",
            "/programme/fiscal_years",
            json!([2019, 2020]),
        ),
        // Seed 001: the chair spoke at an event on 03/12/2025; that it was the rechecking is
        // the case author's reading.
        (
            "p2wkss-bojong-menteng-2025",
            "/activities/3/start",
            json!("2025-12-03"),
        ),
        (
            "p2wkss-bojong-menteng-2025",
            "/activities/3/site",
            json!("gedung-kesenian-rawalumbu"),
        ),
        (
            "p2wkss-bojong-menteng-2025",
            "/adi/0/stages/5/actual_start",
            json!("2025-12-03"),
        ),
        // Seed 002: UU 11/2009 and the Pedoman come from the reference list.
        (
            "p2k2-karawaci",
            "/programme/legal_basis/0/number",
            json!("11 Tahun 2009"),
        ),
        // Seed 000: the trainings' activity group; seed 002: 2021 is the restart after the
        // pandemic pause; seed 003: cooking is inferred from the equipment.
        (
            "p2wkss-bekasi-utara",
            "/activities/8/group",
            json!("lanjutan"),
        ),
        ("p2k2-karawaci", "/activities/0/start", json!("2021")),
        (
            "sekoper-cinta-mustikasari",
            "/activities/4/topics/3",
            json!("cooking"),
        ),
        // Seed 004: the whole 192-person cohort as aid recipients.
        (
            "wrse-junrejo",
            "/assistance/0/recipients",
            json!([{"cohort": "wrse-kota-batu"}]),
        ),
    ];
    for (name, path, value) in expected {
        let case = berdaya::cases::load(name).unwrap();
        let doc = serde_json::to_value(&case).unwrap();
        assert_eq!(doc.pointer(path), Some(&value), "{name} {path}");
        let marked = case
            .inferred
            .iter()
            .filter(|i| path == i.path || path.starts_with(&format!("{}/", i.path)))
            .any(|i| !i.reason.get(Lang::En).is_empty());
        assert!(marked, "{name}: {path} is not marked inferred");
        for (lang, heading) in [
            (Lang::Id, "Disimpulkan penyusun kasus"),
            (Lang::En, "Inferred by the case author"),
        ] {
            let text = report(&case, lang);
            assert!(text.contains(heading), "{name}");
            assert!(case.inferred.iter().all(|i| text.contains(&i.path)));
        }
    }
    // Seed 004 names batik only in its abstract: nothing says batik is sold.
    let wrse = berdaya::cases::load("wrse-junrejo").unwrap();
    let batik = wrse
        .activities
        .iter()
        .find(|a| a.id.as_str() == "pelatihan-batik")
        .unwrap();
    assert_eq!(batik.skill_use, None);
}

/// An inferred path must point at something in the document; a recommendation needs its
/// quote; a note needs its text — each refused with its path.
#[test]
fn inferred_paths_recommendations_and_notes_are_validated() {
    let base = berdaya::cases::load("wrse-junrejo").unwrap();
    let codes = |case: &Case| -> Vec<(String, String)> {
        case.validate()
            .err()
            .map(|e| {
                e.problems
                    .iter()
                    .map(|p| (p.path.clone(), p.kind.code().to_owned()))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(codes(&base).is_empty());

    let mut c = base.clone();
    c.inferred[0].path = "/assistance/9/recipients".into();
    assert_eq!(
        codes(&c),
        [(
            "/inferred/0/path".to_owned(),
            "unknown_reference".to_owned()
        )]
    );
    let mut c = base.clone();
    c.inferred[0].path = "/inferred/1".into();
    assert_eq!(
        codes(&c)[0].0,
        "/inferred/0/path",
        "an inference about itself"
    );

    let mut c = base.clone();
    c.recommendations[0].evidence.clear();
    assert_eq!(
        codes(&c),
        [("/recommendations/0/evidence".to_owned(), "empty".to_owned())]
    );
    let mut c = base.clone();
    c.recommendations[1].evidence[0] = berdaya::model::ids::EvidenceId::new("e-none");
    assert_eq!(
        codes(&c),
        [(
            "/recommendations/1/evidence/0".to_owned(),
            "unknown_reference".to_owned()
        )]
    );
    let c = base.clone().with_note(Text::new(" ", ""));
    let at = format!("/notes/{}/id", base.notes.len());
    assert_eq!(codes(&c), [(at, "empty".to_owned())]);

    // The JSON way in gives the same problems.
    let mut doc = serde_json::to_value(&base).unwrap();
    doc["inferred"][0]["path"] = "/nowhere".into();
    let err = Case::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.problems[0].path, "/inferred/0/path");
}

/// Every bundled case answers the review items it does not fix in its own notes, and the
/// report shows them in both languages.
#[test]
fn every_bundled_case_carries_notes_and_the_report_shows_them() {
    for case in berdaya::cases::all().unwrap() {
        assert!(!case.notes.is_empty(), "{}", case.id);
        for (lang, heading) in [
            (Lang::Id, "Catatan penyusun kasus"),
            (Lang::En, "The case author's notes"),
        ] {
            let text = report(&case, lang);
            let at = text.find(heading).unwrap_or_else(|| panic!("{}", case.id));
            for n in &case.notes {
                assert!(text[at..].contains(&*n.get(lang)), "{}", case.id);
            }
        }
    }
}

/// The comparison's Ansell–Gash cell: the caller's banding, coverage beside the mean, and no
/// band below the minimum coverage — as the report does.
#[test]
fn the_comparison_shows_coverage_and_no_band_below_it() {
    let sekoper = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let s = Scores::of(sekoper.ansell_gash.as_ref().unwrap()).unwrap();
    let cases = [sekoper.clone()];
    let table = compare(&Unit::cases(&cases), &Thresholds::default(), Lang::En);
    let cell = format!("{}/{} rated", s.rated, s.total);
    assert!(table.contains(&cell), "{table}");
    assert!(table.contains("(Borderline)"), "{table}");

    // Three of the rubric's indicators rated: a mean, its coverage, no band.
    let mut thin = sekoper.clone();
    let a = thin.ansell_gash.as_mut().unwrap();
    a.ratings.retain(|r| r.score.is_some());
    a.ratings.truncate(3);
    let cases = [thin];
    for (lang, words) in [
        (Lang::En, "no band: coverage too thin"),
        (Lang::Id, "tanpa kategori: cakupan kurang"),
    ] {
        let table = compare(&Unit::cases(&cases), &Thresholds::default(), lang);
        assert!(table.contains(words), "{table}");
        assert!(table.contains("3/22"), "{table}");
    }

    // The caller's banding is the one used: a minimum coverage of 100 % leaves no band.
    let mut strict = Thresholds::default();
    strict.ansell_gash_min_coverage_percent = 100.0;
    let cases = [sekoper];
    let table = compare(&Unit::cases(&cases), &strict, Lang::En);
    assert!(table.contains("no band: coverage too thin"), "{table}");
}

/// Review item 3: Karawaci's capacity finding quotes the facilitators' own felt need, not an
/// earlier study's finding cut from its lead-in.
#[test]
fn karawacis_capacity_finding_quotes_the_facilitators_own_need() {
    let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    let f = case
        .five_m
        .iter()
        .find(|f| f.id == "man-kompetensi")
        .unwrap();
    for id in &f.evidence {
        let text = &case.evidence_item(id).unwrap().text;
        assert!(text.starts_with("Pendamping PKH merasa perlu"), "{text}");
    }
    assert!(case
        .evidence
        .iter()
        .all(|e| !e.text.starts_with("kompetensi dan kapabilitas pendamping")));
}

/// Review item 10: 5M Machine is technology (seed 003's WhatsApp), equipment is Material.
#[test]
fn machine_is_technology_and_equipment_is_material() {
    use berdaya::frameworks::fivem::Factor;
    assert!(Factor::Machine.label(Lang::Id).contains("teknologi"));
    assert!(!Factor::Machine.label(Lang::Id).contains("sarana"));
    let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let factor = |id: &str| case.five_m.iter().find(|f| f.id == id).unwrap().factor;
    assert_eq!(factor("machine-whatsapp"), Factor::Machine);
    assert_eq!(factor("material-peralatan"), Factor::Material);
}

/// Issue 15, "also found": each coded score shows the evidence it rests on, so a reader can
/// judge the coding (Sekoper's facilitative leadership 4 rests partly on "cukup baik").
#[test]
fn each_coded_score_cites_the_words_it_rests_on() {
    let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let a = case.ansell_gash.as_ref().unwrap();
    let leadership = a
        .ratings
        .iter()
        .find(|r| r.indicator == "leadership")
        .unwrap();
    let md = report(&case, Lang::En);
    let row = md
        .lines()
        .find(|l| l.starts_with("| Facilitative leadership | 4 |"))
        .unwrap_or_else(|| panic!("{md}"));
    // One citation per evidence item, and each quoted in the appendix.
    assert_eq!(
        row.matches("\\[").count(),
        leadership.evidence.len(),
        "{row}"
    );
    for id in &leadership.evidence {
        let quote = &case.evidence_item(id).unwrap().text;
        assert!(md.contains(quote.as_str()), "{quote}");
    }
    assert!(leadership.evidence.iter().any(|id| case
        .evidence_item(id)
        .unwrap()
        .text
        .contains("cukup baik")));
}

/// Review item 18: a kota's instruments are the Wali Kota's, and the borderline band is not
/// worded like the warning severity ("Perhatian").
#[test]
fn indonesian_names_a_kotas_instruments_and_keeps_bands_apart_from_severities() {
    let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    let id = report(&case, Lang::Id);
    assert!(id.contains("Peraturan Wali Kota Nomor 27/2008"), "{id}");
    assert!(!id.contains("Wali Kota/Bupati"));
    let sekoper = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    let id = report(&sekoper, Lang::Id);
    assert!(id.contains("Keputusan Wali Kota Nomor 260/KEP.36.A-DPPPA/I/2022"));
    assert!(!id.contains("Perlu perhatian"));
    assert!(id.contains("| Batas |"), "{id}");
    let en = report(&sekoper, Lang::En);
    assert!(
        en.contains("Mayor's decree No. 260/KEP.36.A-DPPPA/I/2022"),
        "{en}"
    );
}

/// Review item 18: a comparison names each training topic once per cell.
#[test]
fn the_comparison_names_each_topic_once_per_cell() {
    let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::Id);
    let row = table
        .lines()
        .find(|l| l.starts_with("| Pelatihan |"))
        .unwrap_or_else(|| panic!("{table}"));
    for cell in row.split(" | ").skip(1) {
        assert!(
            cell.matches("Kelompok Wanita Tani (KWT)").count() <= 1,
            "{row}"
        );
    }
    assert_eq!(
        row.matches("Kelompok Wanita Tani (KWT)").count(),
        2,
        "{row}"
    );
}
