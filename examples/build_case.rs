//! A case built by hand with the prelude: a site, two actors, a training with attendance,
//! four participants, Adi, 5M, Ansell–Gash and Sulistiyani — then validated and reported.
//! The data are an invented illustration of the API, not one of the seeds' programmes.
//!
//! The same case is the example on the crate root (`berdaya`). Run:
//! `cargo run -p berdaya-examples --bin build-case`

use berdaya::prelude::*;
use berdaya::{render::report::Report, Thresholds};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t = |id: &str, en: &str| Text::new(id, en);
    let people = ["p-1", "p-2", "p-3", "p-4"];
    let present = people.iter().zip([true, true, false, true]);
    let attendance = present.map(|(p, here)| Attendance::new(*p, here));
    let training = Activity::new("jahit", ActivityKind::Training, t("Menjahit", "Sewing"));
    let training = training.on("2024-07".parse()?).at("rw-02");
    let training = training.facilitated_by("pkk").with_attendance(attendance);
    let kota = Site::new("rw-02", "Jawa Barat", "Bekasi", CityKind::Kota);
    let site = kota.with_village("Teluk Pucung", VillageKind::Kelurahan);
    let pkk = Stakeholder::new("pkk", "TP PKK", Sector::Community).with_role(Role::Implementer);
    let dinsos = Stakeholder::new("dinsos", "Dinas Sosial", Sector::Government);
    let seen = Evidence::new("e-1", EvidenceKind::Observation, "Berlatih menjahit.");
    let seen = seen.supporting(Target::AdiStage(AdiStage::Implementation));
    let mut adi = AdiProcess::new("rw-02");
    adi.transition(AdiStage::Preparation, StageStatus::Completed)?;
    let (social, stage) = (Dimension::Social, Some(SulistiyaniStage::Transformation));
    let progress = |p| Progression::of_participant(p).with_stage(social, stage, &["e-1"]);
    let (lack, inhibits) = (t("Mesin kurang", "Too few machines"), Direction::Inhibitor);
    let machines = Finding::new("alat", Factor::Material, inhibits, lack, 2, &["e-1"]);
    let dialogue = AnsellGashAssessment::new("berdaya-ansell-gash/1");
    let dialogue = dialogue.rate("dialogue", Some(4), &["e-1"]);
    let custom = ProgrammeKind::Custom;
    let programme = Programme::new(t("Contoh", "Example"), "PC", custom, Level::City);
    let case = Case::new("contoh", t("Contoh", "Example"), programme)
        .with_sites([site])
        .with_stakeholders([pkk, dinsos.with_role(Role::Funder)])
        .with_activity(training.with_topic(Topic::Sewing))
        .with_evidence(seen)
        .with_participants(people.map(Participant::new))
        .with_sulistiyani(people.map(progress))
        .with_adi(adi)
        .with_five_m(machines)
        .with_ansell_gash(dialogue);
    case.validate()?;
    let report = Report::new(&case, &Thresholds::default());
    println!("{}", report.markdown(Lang::En));
    Ok(())
}
