//! A user's program, compiled against berdaya's public API only: what a small Dinas Sosial
//! service does with the crate — read a case sent to it (refusing a bad one with its problems
//! as JSON), run every analysis, screen people with a preset and fill a quota, and write the
//! report, and exchange coded interviews with a qualitative-analysis tool (REFI-QDA). It
//! lives outside the core crate (edition 2021, like most users), so a change that
//! breaks users' code fails this build in the test command. Run:
//! `cargo run -p berdaya-examples --bin user-api`

use berdaya::exchange::project::{Coding, Project, Selection, Stamp, TextSource, User};
use berdaya::exchange::{Code, Guid};
use berdaya::frameworks::adi::{Completeness, Timeline};
use berdaya::frameworks::ansell_gash::Scores;
use berdaya::frameworks::fivem::FiveMBalance;
use berdaya::frameworks::sulistiyani::{GraduationPolicy, Readiness};
use berdaya::insight::diagnostics::Diagnosis;
use berdaya::prelude::*;
use berdaya::render::{report::Report, summary::CaseSummary};
use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
use berdaya::screening::quota::{select, QuotaPolicy};
use berdaya::{Thresholds, ValidationError};

/// What a service shares between request threads must be `Send + Sync`.
fn shared<T: Send + Sync>() {}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    shared::<Case>();
    shared::<Thresholds>();
    shared::<ValidationError>();

    // A bad document is refused with every problem, serialisable for a 422 answer.
    let bad = r#"{"schema_version": 99, "id": "x"}"#;
    let refused: ValidationError = Case::from_json(bad).expect_err("version 99 is refused");
    let body = serde_json::to_value(&refused)?;
    assert!(body["problems"][0]["code"].is_string());
    assert!(
        serde_json::from_str::<Case>(bad).is_err(),
        "serde validates too"
    );

    // Every analysis of a bundled case, each read off its result type.
    let case = Case::from_json(&berdaya::cases::load("p2wkss-bekasi-utara")?.to_json())?;
    let thresholds = Thresholds::default();
    let diagnosis = Diagnosis::of(&case, &thresholds);
    for process in &case.adi {
        let done = Completeness::of(process);
        let _ = (done, Timeline::of(process));
    }
    let balance = FiveMBalance::of(&case.five_m);
    let policy = GraduationPolicy::default();
    let ready = case
        .sulistiyani
        .iter()
        .filter(|p| Readiness::of(p, &policy).ready)
        .count();
    let scores = case.ansell_gash.as_ref().map(Scores::of);
    println!(
        "{}: {} findings, {} not judged, 5M balance {}, {ready} ready to graduate, Ansell–Gash {}",
        case.id,
        diagnosis.findings.len(),
        diagnosis.not_judged.len(),
        balance.balance,
        if scores.is_some() {
            "scored"
        } else {
            "not recorded"
        },
    );

    // Screening with a seed's preset, and a quota per kelurahan.
    let karawaci = berdaya::cases::load("p2k2-karawaci")?;
    let on = NaiveDate::from_ymd_opt(2023, 6, 1).ok_or("date")?;
    let wrse = preset(PresetId::Wrse, &PresetParams::default());
    for p in &karawaci.participants {
        let _verdict = wrse.rule.screen(p, on).eligibility;
    }
    let quota = QuotaPolicy::with_default_ranking(2);
    let chosen = select(
        &karawaci.participants,
        &karawaci.sites,
        &wrse.rule,
        on,
        &quota,
    )?;
    println!("quota: {} selected", chosen.selected().count());

    // A coded interview built with the constructors, written as a .qdpx archive for a
    // qualitative-analysis tool and read back unchanged (the default `qdpx` feature).
    let (coder, code, source) = (
        Guid::stable("ani"),
        Guid::stable("dana"),
        Guid::stable("w1"),
    );
    let stamp = Stamp::default()
        .with_creating_user(coder)
        .with_created("2024-05-01T09:00:00Z");
    let project = Project::new("Wawancara kader")
        .with_stamp(stamp)
        .with_users([User::new(coder).with_name("Ani")])
        .with_codes([Code::new(code, "5M/dana terbatas")])
        .with_sources([TextSource::new(source, "Dana terbatas.")
            .with_selections([Selection::new(Guid::stable("s1"), 0, 13)
                .with_codings([Coding::new(Guid::stable("c1"), code)])])]);
    let qdpx = project.to_qdpx()?;
    let back = Project::from_qdpx(&qdpx)?;
    assert_eq!(back.value.sources[0].selections[0].codings[0].code, code);
    println!(
        "REFI-QDA: {} bytes, {} warnings",
        qdpx.len(),
        back.warnings.len()
    );

    // The summary and the report, in both languages.
    for lang in [Lang::Id, Lang::En] {
        assert!(!CaseSummary::of(&case).render(lang).is_empty());
        assert!(Report::new(&case, &thresholds)
            .html(lang)
            .starts_with("<!DOCTYPE html>"));
    }
    Ok(())
}
