//! Every bundled case names its seed, and every evidence text in it is found verbatim in that
//! seed. The seeds live in `shared/seeds/` beside the project (or where `BERDAYA_SEEDS`
//! points); when they cannot be found these tests fail and say so — they never pass silently.

use std::path::PathBuf;

use berdaya::cases;
use berdaya::model::catalogue::{p2k2, Dimension};
use berdaya::screening::eligibility::{preset, PresetId, PresetParams};

fn seeds_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("BERDAYA_SEEDS") {
        return PathBuf::from(dir);
    }
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // crates/core → project root → its parent, where shared/ sits.
    let dir = manifest.join("../../../shared/seeds");
    assert!(
        dir.is_dir(),
        "the seed documents were not found at {} — put the project beside shared/ (as in CI) \
         or set BERDAYA_SEEDS to the folder holding 000_…txt to 004_…txt",
        dir.display()
    );
    dir
}

/// PDF extraction breaks lines and pages inside sentences; compare with runs of white space
/// folded to one space, and nothing else changed.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_text(file: &str) -> String {
    let path = seeds_dir().join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read seed {}: {e}", path.display()));
    fold(&text)
}

#[test]
fn every_bundled_case_names_an_existing_seed() {
    let mut seeds = Vec::new();
    for case in cases::all().unwrap() {
        let seed = case
            .source
            .as_ref()
            .and_then(|s| s.seed.clone())
            .unwrap_or_else(|| panic!("case {} names no seed", case.id));
        assert!(
            seeds_dir().join(&seed).is_file(),
            "{}: no seed file {seed}",
            case.id
        );
        seeds.push(seed);
    }
    seeds.sort();
    seeds.dedup();
    assert_eq!(seeds.len(), 5, "the five cases should cover the five seeds");
}

#[test]
fn every_evidence_text_is_verbatim_from_its_seed() {
    let mut checked = 0;
    for case in cases::all().unwrap() {
        let seed = case.source.as_ref().and_then(|s| s.seed.clone()).unwrap();
        let text = seed_text(&seed);
        assert!(!case.evidence.is_empty(), "{} has no evidence", case.id);
        for e in &case.evidence {
            assert!(
                text.contains(&fold(&e.text)),
                "{} evidence {} is not verbatim in {seed}: {:?}",
                case.id,
                e.id,
                e.text
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} evidence items checked");
}

#[test]
fn every_informant_code_appears_in_its_seed() {
    for case in cases::all().unwrap() {
        let seed = case.source.as_ref().and_then(|s| s.seed.clone()).unwrap();
        let text = seed_text(&seed);
        for e in &case.evidence {
            if let Some(i) = &e.informant {
                // Seed 002 cites as "(SY, SDM PKH, Maret 2023)"; seed 001 names the speaker.
                let cited = format!("({}, {}", i.code, i.role);
                assert!(
                    text.contains(&cited) || case.id.contains("bojong-menteng"),
                    "{}: informant {cited} not cited in {seed}",
                    case.id
                );
            }
        }
    }
}

#[test]
fn preset_bases_are_verbatim_from_their_seeds() {
    for &id in PresetId::ALL {
        let p = preset(id, &PresetParams::default());
        let text = seed_text(p.seed);
        for basis in p.basis {
            assert!(
                text.contains(&fold(basis)),
                "{id}: {basis:?} not in {}",
                p.seed
            );
        }
    }
}

#[test]
fn p2k2_catalogue_matches_table_1_of_seed_002() {
    let text = seed_text("002_831a8dccfd84b5b2.txt");
    let catalogue = p2k2();
    for m in &catalogue.modules {
        if m.supplementary {
            assert!(text.contains("modul pencegahan serta penanganan stunting"));
            continue;
        }
        assert!(
            text.contains(&m.title.indonesian),
            "module {} not in seed",
            m.title.indonesian
        );
        for s in &m.sessions {
            let cited = format!(
                "Sesi {}: \"{}\"",
                s.code.trim_start_matches('S'),
                s.title.indonesian
            );
            assert!(text.contains(&cited), "{cited} not in seed 002");
        }
    }
    assert_eq!(catalogue.sessions_serving(Dimension::Economic), (3, 14));
    // Every module's row quotes seed 002 verbatim.
    for (code, quote) in berdaya::model::catalogue::p2k2_quotes() {
        assert!(
            text.contains(&fold(quote)),
            "{code}: {quote:?} not in seed 002"
        );
    }
    // The bundled P2K2 case carries the same modules and sessions.
    let case = cases::load("p2k2-karawaci").unwrap();
    assert_eq!(case.module_catalogue.unwrap().modules, catalogue.modules);
}

#[test]
fn adi_standard_checklists_quote_seed_000() {
    use berdaya::frameworks::adi::{standard_items, AdiStage, STANDARD_CHECKLIST};
    let text = seed_text("000_beadda07b4a83157.txt");
    for item in STANDARD_CHECKLIST {
        assert!(
            text.contains(&fold(item.seed)),
            "{} / {}: {:?} not in seed 000",
            item.stage,
            item.id,
            item.seed
        );
        assert!(!item.label_id.is_empty() && !item.label_en.is_empty());
    }
    // Every stage has a standard checklist, and ids are unique within a stage.
    for &stage in AdiStage::ALL {
        let mut ids: Vec<&str> = standard_items(stage).map(|i| i.id).collect();
        assert!(!ids.is_empty(), "{stage} has no standard items");
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{stage} repeats an item id");
    }
}
