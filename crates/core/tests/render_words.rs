//! The words of the reports (issues 11, 13 and 15): numbers per language, natural
//! Indonesian, no doubled acronyms, singular and plural, "—" where a figure does not apply,
//! per-site figures that are per site, evidence quoted with its informant, a sign-off block,
//! the title once; and comparisons whose cost grows linearly with the sites.

use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::ids::{ActivityId, SiteId};
use berdaya::model::lang::Lang;
use berdaya::render::report::{compare, Report, SignOff, Unit};
use berdaya::render::summary::CaseSummary;
use berdaya::{cases, Case};

fn row(table: &str, name: &str) -> Vec<String> {
    let line = table
        .lines()
        .find(|l| l.starts_with(&format!("| {name} |")))
        .unwrap_or_else(|| panic!("no row {name} in\n{table}"));
    line.trim_matches('|')
        .split(" | ")
        .skip(1)
        .map(|c| c.trim().to_owned())
        .collect()
}

#[test]
fn numbers_are_written_per_language() {
    let case = cases::load("p2k2-karawaci").unwrap();
    let id = CaseSummary::of(&case).render(Lang::Id);
    let en = CaseSummary::of(&case).render(Lang::En);
    assert!(id.contains("40.255") && en.contains("40,255"), "{id}");
    assert!(!id.contains("40255") && !en.contains("40255"));
    let case = cases::load("sekoper-cinta-mustikasari").unwrap();
    let report = Report::new(&case, &Thresholds::default());
    let overall = report.ansell_gash.as_ref().unwrap().overall.unwrap();
    let en_mean = format!("{overall:.2}");
    let id_mean = en_mean.replace('.', ",");
    assert!(report
        .markdown(Lang::En)
        .contains(&format!("**{en_mean}**")));
    assert!(report
        .markdown(Lang::Id)
        .contains(&format!("**{id_mean}**")));
    assert!(!report
        .markdown(Lang::Id)
        .contains(&format!("**{en_mean}**")));
}

#[test]
fn indonesian_reads_as_indonesian() {
    for case in cases::all().unwrap() {
        let report = Report::new(&case, &Thresholds::default());
        let id = report.markdown(Lang::Id);
        let en = report.markdown(Lang::En);
        assert!(
            !id.contains("Pita") && !id.contains("Leading sector"),
            "{}",
            case.id
        );
        assert!(!id.contains("Collaborative governance"), "{}", case.id);
        let acronym = format!("({})", case.programme.acronym);
        for text in [&id, &en] {
            assert!(
                !text.contains(&format!("{acronym} {acronym}")),
                "{}",
                case.id
            );
            assert!(!text.contains("(PKH) (P2K2)") && !text.contains(" 1 groups"));
            assert!(!text.contains(" 1 people") && !text.contains(" 1 recipients"));
        }
    }
    let case = cases::load("p2k2-karawaci").unwrap();
    let en = CaseSummary::of(&case).render(Lang::En);
    assert!(en.contains("1 group/cohort of unknown size"), "{en}");
    let id = CaseSummary::of(&cases::load("sekoper-cinta-mustikasari").unwrap()).render(Lang::Id);
    assert!(id.contains("**Sektor utama**"));
}

#[test]
fn a_figure_that_does_not_apply_reads_as_a_dash() {
    let all = cases::all().unwrap();
    let table = compare(&Unit::cases(&all), &Thresholds::default(), Lang::En);
    let running = row(&table, "Still running after termination");
    let stages = row(&table, "Stages completed");
    for ((case, r), s) in all.iter().zip(&running).zip(&stages) {
        if case.adi.is_empty() {
            assert_eq!(r, "—", "{}", case.id);
            assert_eq!(s, "—", "{}", case.id);
        } else {
            assert_ne!(r, "—", "{}", case.id);
        }
    }
}

#[test]
fn site_figures_are_per_site_or_marked_case_wide() {
    let case = cases::load("p2wkss-bekasi-utara").unwrap();
    let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::En);
    // One stakeholder is recorded at each kelurahan (the kelurahan office), one more (the
    // KWT) at Teluk Pucung; the rest have no site.
    let unsited = case
        .stakeholders
        .iter()
        .filter(|s| s.site.is_none())
        .count();
    assert_eq!(
        row(&table, "Stakeholders"),
        vec![
            format!("2 + {unsited} without a site"),
            format!("1 + {unsited} without a site")
        ]
    );
    // The farming tools went to the Teluk Pucung KWT.
    assert_eq!(row(&table, "Capital/equipment hand-overs"), vec!["1", "0"]);
    assert!(table.contains("| Pentahelix sectors missing (whole case) |"));
    assert!(table.contains("| 5M factors: drivers and inhibitors (whole case) |"));
    let id = compare(&Unit::processes(&case), &Thresholds::default(), Lang::Id);
    assert!(id.contains("(seluruh kasus) |"));
}

#[test]
fn evidence_is_quoted_with_its_informant_never_as_a_bare_id() {
    let case = cases::load("p2k2-karawaci").unwrap();
    let report = Report::new(&case, &Thresholds::default());
    for lang in Lang::ALL {
        let md = report.markdown(lang);
        let html = report.html(lang);
        for e in &case.evidence {
            let bare = format!("`{}`", e.id);
            assert!(!md.contains(&bare), "{lang}: bare id {bare}");
            assert!(
                !html.contains(&format!("<code>{}</code>", e.id)),
                "{lang}: {}",
                e.id
            );
        }
        let sy = case
            .evidence
            .iter()
            .find(|e| e.id.as_str() == "e-dy-dampingan")
            .unwrap();
        assert!(md.contains(&sy.text), "{lang}: the quote itself");
        assert!(md.contains("**DY**, SDM"), "{lang}: its informant and role");
        assert!(md.contains(lang.pick("Kutipan wawancara", "Interview quote")));
        // Every reference points at a note of the appendix.
        for href in html.split("href=\"#").skip(1) {
            let target = href.split('"').next().unwrap();
            assert!(html.contains(&format!("id=\"{target}\"")), "{target}");
        }
    }
    let news = cases::load("p2wkss-bojong-menteng-2025").unwrap();
    let md = Report::new(&news, &Thresholds::default()).markdown(Lang::Id);
    assert!(
        md.contains("(Pernyataan, 2025-12-03; Rakyat Bekasi)"),
        "{md}"
    );
    assert!(!md.contains("Kutipan wawancara"));
}

#[test]
fn the_printout_has_its_title_once_and_a_sign_off() {
    let case = cases::load("wrse-junrejo").unwrap();
    let report = Report::new(&case, &Thresholds::default());
    let html = report.html(Lang::Id);
    let title = &case.title.indonesian;
    assert_eq!(
        html.matches(&format!(">{title}</h")).count(),
        1,
        "title once"
    );
    assert!(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"));
    assert!(html.contains("Pengesahan penilaian") && html.contains("<span class=\"blank\">"));
    let signed = report
        .clone()
        .with_sign_off(
            SignOff::default()
                .with_assessor("Tim Penilai <Provinsi>")
                .on(chrono::NaiveDate::from_ymd_opt(2025, 12, 3).unwrap()),
        )
        .html(Lang::En);
    assert!(signed.contains("Tim Penilai &lt;Provinsi&gt;") && signed.contains("2025-12-03"));
    // Markdown draws no chart, so it prints no caption for one.
    let md = report.markdown(Lang::En);
    let sekoper = cases::load("sekoper-cinta-mustikasari").unwrap();
    let md_sekoper = Report::new(&sekoper, &Thresholds::default()).markdown(Lang::En);
    for text in [md, md_sekoper] {
        assert!(
            !text
                .lines()
                .any(|l| l.starts_with("Adi stage completeness")),
            "{text}"
        );
    }
}

/// `case` with `sites` copies of its first Adi process, each at a site of its own with
/// `1 + k % 3` trainings there, plus `filler` activities spread over the sites.
fn many_sites(sites: usize, filler: usize) -> Case {
    let mut case = cases::load("p2wkss-bekasi-utara").unwrap();
    let site = case.sites[0].clone();
    let process = case.adi[0].clone();
    let training = case
        .activities
        .iter()
        .find(|a| a.kind == berdaya::model::activity::ActivityKind::Training)
        .unwrap()
        .clone();
    let other = case.activities[0].clone();
    case.adi.clear();
    for k in 0..sites {
        let id = SiteId::new(format!("site-{k}"));
        let mut s = site.clone();
        s.id = id.clone();
        case.sites.push(s);
        let mut p = process.clone();
        p.id = format!("process-{k}");
        p.site = Some(id.clone());
        case.adi.push(p);
        for t in 0..(1 + k % 3) {
            let mut a = training.clone();
            a.id = ActivityId::new(format!("training-{k}-{t}"));
            a.site = Some(id.clone());
            case.activities.push(a);
        }
    }
    for n in 0..filler {
        let mut a = other.clone();
        a.id = ActivityId::new(format!("filler-{n}"));
        a.site = Some(SiteId::new(format!("site-{}", n % sites.max(1))));
        case.activities.push(a);
    }
    case
}

#[test]
fn comparing_many_sites_is_per_site_and_linear() {
    let (sites, filler) = (600, 9_000);
    let case = many_sites(sites, filler);
    let started = std::time::Instant::now();
    let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::En);
    let elapsed = started.elapsed();
    let trainings = row(&table, "Trainings");
    assert_eq!(trainings.len(), sites);
    for (k, cell) in trainings.iter().enumerate() {
        assert!(
            cell.starts_with(&format!("{} (", 1 + k % 3)),
            "site {k}: {cell}"
        );
    }
    assert_eq!(row(&table, "Stages completed").len(), sites);
    eprintln!(
        "compare_sites, {sites} sites × {} activities: {elapsed:?}",
        case.activities.len()
    );
}
