//! A case built by hand with the prelude: a site, two actors, a training with attendance,
//! four participants, Adi, 5M, Ansell–Gash and Sulistiyani — then validated and reported.
//! The data are an invented illustration of the API, not one of the seeds' programmes.
//!
//! Run: `cargo run -p berdaya-examples --bin build-case`

use berdaya::prelude::*;
use berdaya::{render::report::Report, Thresholds};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let day = |d| PartialDate::day(2024, 7, d).ok_or("bad date");
    let programme = Programme::new(
        Text::new("Program contoh", "Example programme"),
        "PC",
        ProgrammeKind::Custom,
        Level::City,
    );
    let mut training = Activity::new(
        "jahit",
        ActivityKind::Training,
        Text::new("Pelatihan menjahit", "Sewing training"),
    )
    .with_topic(Topic::Sewing)
    .on(day(10)?)
    .at("rw-02")
    .facilitated_by("pkk")
    .with_evidence("e-1");
    let mut case = Case::new("contoh", Text::new("Contoh", "Example"), programme)
        .with_reference_date(NaiveDate::from_ymd_opt(2024, 12, 31).ok_or("bad date")?)
        .with_site(
            Site::new("rw-02", "Jawa Barat", "Bekasi", CityKind::Kota)
                .with_kecamatan("Bekasi Utara")
                .with_village("Teluk Pucung", VillageKind::Kelurahan)
                .with_rw("02"),
        )
        .with_stakeholder(
            Stakeholder::new("pkk", "TP PKK Kelurahan", Sector::Community)
                .with_role(Role::Implementer),
        )
        .with_stakeholder(
            Stakeholder::new("dinsos", "Dinas Sosial", Sector::Government).with_role(Role::Funder),
        )
        .with_evidence(
            Evidence::new(
                "e-1",
                EvidenceKind::Observation,
                "Peserta hadir dan berlatih menjahit.",
            )
            .with_informant("I-01", "Kader PKK")
            .supporting(Target::AdiStage(AdiStage::Implementation)),
        );
    for (n, present) in [(1, true), (2, true), (3, false), (4, true)] {
        let id = format!("p-{n}");
        training = training.attended_by(id.as_str(), present);
        case = case.with_participant(Participant::new(id.as_str()));
        case = case.with_progression(Progression::of_participant(id).with_stage(
            Dimension::Social,
            Some(SulistiyaniStage::Transformation),
            &["e-1"],
        ));
    }
    let mut adi = AdiProcess::new("rw-02");
    adi.transition(AdiStage::Preparation, StageStatus::Completed)?;
    let case = case
        .with_activity(training)
        .with_adi(adi)
        .with_five_m(Finding::new(
            "alat",
            Factor::Material,
            Direction::Inhibitor,
            Text::new("Mesin jahit kurang", "Too few sewing machines"),
            2,
            &["e-1"],
        ))
        .with_ansell_gash(AnsellGashAssessment::new("berdaya-ansell-gash/1").rate(
            "dialogue",
            Some(4),
            &["e-1"],
        ));
    case.validate()?;
    println!(
        "{}",
        Report::new(&case, &Thresholds::default()).markdown(Lang::En)
    );
    Ok(())
}
