//! A user's program, compiled against berdaya's public API only: what a small Dinas Sosial
//! service does with the crate — read a case sent to it (refusing a bad one with its problems
//! as JSON), run every analysis, screen people with a preset and fill a quota, and write the
//! report. It lives outside the core crate (edition 2021, like most users), so a change that
//! breaks users' code fails this build in the test command. Run:
//! `cargo run -p berdaya-examples --bin user-api`

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

    // The summary and the report, in both languages.
    for lang in [Lang::Id, Lang::En] {
        assert!(!CaseSummary::of(&case).render(lang).is_empty());
        assert!(Report::new(&case, &thresholds)
            .html(lang)
            .starts_with("<!DOCTYPE html>"));
    }
    Ok(())
}
