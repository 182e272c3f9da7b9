//! The bad-input catalogue (`tests/bad-inputs/catalogue.jsonl` at the repository root, shared
//! with the Python and WASM tests): every entry is refused, without a panic, with a problem
//! of its code at its path, worded in both languages.

use std::panic::catch_unwind;

use berdaya::model::lang::Lang;
use berdaya::Case;
use serde_json::Value;

fn catalogue() -> Vec<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/bad-inputs/catalogue.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("the catalogue is in the repository");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect()
}

/// What is wrong with one entry's answer, if anything.
fn check(entry: &Value) -> Option<String> {
    let name = entry["name"].as_str()?;
    let input = entry["input"].as_str()?;
    let (code, path) = (entry["code"].as_str()?, entry["path"].as_str()?);
    let Ok(result) = catch_unwind(|| Case::from_json(input)) else {
        return Some(format!("{name}: panicked"));
    };
    let Err(err) = result else {
        return Some(format!("{name}: accepted"));
    };
    for p in &err.problems {
        if p.message(Lang::Id).is_empty() || p.message(Lang::En).is_empty() {
            return Some(format!("{name}: a problem without words: {p:?}"));
        }
    }
    if serde_json::from_str::<Case>(input).is_ok() {
        return Some(format!("{name}: serde accepted what from_json refused"));
    }
    let found = err
        .problems
        .iter()
        .any(|p| p.path == path && p.kind.code() == code);
    (!found).then(|| {
        let got: Vec<String> = err
            .problems
            .iter()
            .take(5)
            .map(|p| format!("{} {:?}", p.kind.code(), p.path))
            .collect();
        format!("{name}: expected {code} at {path:?}; got {got:?}")
    })
}

#[test]
fn every_bad_input_is_refused_with_its_code_and_path() {
    let entries = catalogue();
    assert!(entries.len() >= 200, "{} entries", entries.len());
    let failures: Vec<String> = entries.iter().filter_map(check).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_entry_names_its_code_and_path() {
    for e in catalogue() {
        for key in ["name", "input", "code", "path"] {
            assert!(e[key].is_string(), "{e}: {key}");
        }
    }
}
