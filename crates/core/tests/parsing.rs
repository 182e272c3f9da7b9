//! The parse path: serde validates, every structural problem comes at once in words a user
//! knows, duplicate keys and senseless numbers are refused, and problems serialise with
//! their codes.

use berdaya::model::lang::Lang;
use berdaya::validate::{ProblemKind, Shape, COUNT_MAX};
use berdaya::{cases, Case, ValidationError};
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "schema_version": 1,
        "id": "t",
        "title": {"id": "Uji", "en": "Test"},
        "reference_date": "2024-01-01",
        "programme": {
            "name": {"id": "Program", "en": "Programme"},
            "acronym": "P", "kind": "custom", "level": "city"
        },
        "sites": [{"id": "s1", "province": "Jawa Barat", "city": "Bekasi", "city_kind": "kota"}],
        "activities": [{"id": "a1", "kind": "training",
            "title": {"id": "Pelatihan", "en": "Training"}, "start": "2023-02"}],
        "participants": [
            {"id": "p1", "age": 30, "site": "s1"},
            {"id": "p2", "age": 40},
            {"id": "p3", "birth_date": "1980-05-06"}
        ],
        "figures": [{"id": "f1", "metric": "beneficiaries", "value": 120}]
    })
}

fn refused(doc: &Value) -> ValidationError {
    Case::from_json(&doc.to_string()).expect_err("the document should be refused")
}

fn codes_at(err: &ValidationError) -> Vec<(String, &'static str)> {
    err.problems
        .iter()
        .map(|p| (p.path.clone(), p.kind.code()))
        .collect()
}

#[test]
fn serde_refuses_what_from_json_refuses() {
    Case::from_json(&base().to_string()).unwrap();
    serde_json::from_value::<Case>(base()).unwrap();

    for (edit, needle) in [
        (json!({"schema_version": 99}), "unsupported_schema_version"),
        (
            json!({"participants": [{"id": "p1", "site": "nowhere"}]}),
            "unknown_reference",
        ),
        (
            json!({"participants": [{"id": "p1", "age": 250}]}),
            "age_out_of_range",
        ),
    ] {
        let mut doc = base();
        for (k, v) in edit.as_object().unwrap() {
            doc[k] = v.clone();
        }
        let err = serde_json::from_str::<Case>(&doc.to_string()).unwrap_err();
        assert!(err.to_string().contains(needle), "{needle}: {err}");
        let err = Case::from_json(&doc.to_string()).unwrap_err();
        assert!(err.problems.iter().any(|p| p.kind.code() == needle));
    }
    // The draft path still reads a document that breaks a cross-record rule.
    let mut doc = base();
    doc["participants"][0]["site"] = json!("nowhere");
    assert!(Case::from_json_unchecked(&doc.to_string()).is_ok());
}

#[test]
fn every_structural_problem_at_once_with_its_path() {
    let text = r#"{
        "schema_version": 1, "id": "t", "title": {"id": "Uji", "en": "Test"},
        "programme": {"name": {"id": "P", "en": "P"}, "acronym": "P", "kind": "p3wkss", "level": "city"},
        "sites": [{"id": "s1", "province": "Jawa Barat", "city": "Bekasi", "city_kind": "kota", "kelurahan": "x"}],
        "activities": [{"id": "a1", "kind": "training", "title": {"id": "x", "en": "x"}, "start": "2023-13"}],
        "participants": [
            {"id": "p1", "age": "thirty"},
            {"age": 40},
            {"id": "p3", "birth_date": "1980-02-30", "dependants": 0.5},
            {"id": "p4", "id": "p5"}
        ]
    }"#;
    let err = Case::from_json(text).unwrap_err();
    let got = codes_at(&err);
    let want = [
        ("/programme/kind", "unknown_code"),
        ("/sites/0/kelurahan", "unknown_field"),
        ("/activities/0/start", "invalid_date"),
        ("/participants/0/age", "wrong_type"),
        ("/participants/1", "missing_field"),
        ("/participants/2/birth_date", "invalid_date"),
        ("/participants/2/dependants", "not_whole_number"),
        ("/participants/3", "duplicate_key"),
    ];
    for (path, code) in want {
        assert!(
            got.iter().any(|(p, c)| p == path && *c == code),
            "{path} {code} not in {got:?}"
        );
    }
    assert_eq!(got.len(), want.len(), "{got:?}");
    for p in &err.problems {
        let (id, en) = (p.message(Lang::Id), p.message(Lang::En));
        assert_ne!(id, en);
        for m in [&id, &en] {
            assert!(m.starts_with(if p.path.is_empty() { "/" } else { &p.path }));
            for leak in ["i32", "u32", "struct", "enum ", "variant", "Text"] {
                assert!(!m.contains(leak), "{m}");
            }
        }
    }
    // The field's meaning and an example of a valid value, in both languages.
    let age = err.at("/participants/0/age").next().unwrap();
    assert!(age.message(Lang::Id).contains("usia dalam tahun"));
    assert!(age.message(Lang::En).contains("e.g. 30"));
}

#[test]
fn duplicate_keys_are_reported_at_the_object_in_any_object() {
    for (text, path) in [
        (r#"{"schema_version": 1, "schema_version": 1}"#, ""),
        (
            r#"{"schema_version": 1, "id": "a", "title": {"id": "x", "en": "y", "en": "z"}}"#,
            "/title",
        ),
    ] {
        let err = Case::from_json(text).unwrap_err();
        let dup = err
            .problems
            .iter()
            .find(|p| p.kind.code() == "duplicate_key")
            .unwrap_or_else(|| panic!("{err}"));
        assert_eq!(dup.path, path);
        assert!(dup.message(Lang::Id).contains("hanya sekali"));
        assert!(dup.message(Lang::En).contains("only once"));
    }
    let mut doc = base().to_string();
    doc = doc.replacen(r#""id":"p2""#, r#""id":"p2","id":"p9""#, 1);
    let err = Case::from_json(&doc).unwrap_err();
    assert_eq!(
        codes_at(&err),
        [("/participants/1".to_owned(), "duplicate_key")]
    );
}

#[test]
fn counts_are_whole_and_plausible() {
    let figure = |metric: &str, value: Value| {
        let mut doc = base();
        doc["figures"][0] = json!({"id": "f1", "metric": metric, "value": value});
        refused(&doc)
    };
    let err = figure("beneficiaries", json!(1e308));
    assert_eq!(err.problems.len(), 1);
    assert_eq!(err.problems[0].path, "/figures/0/value");
    assert!(matches!(err.problems[0].kind,
        ProblemKind::OutOfRange { max, .. } if max == COUNT_MAX as f64));
    assert!(err.problems[0].message(Lang::Id).contains("300.000.000"));
    assert!(err.problems[0].message(Lang::En).contains("300,000,000"));

    let err = figure("facilitators", json!(0.5));
    assert_eq!(
        codes_at(&err),
        [("/figures/0/value".to_owned(), "not_whole_number")]
    );
    assert!(err.problems[0].message(Lang::Id).contains("0,5"));

    // A percentage keeps its own range; a plausible count passes.
    let err = figure("attendance_rate", json!(101));
    assert_eq!(err.problems[0].kind.code(), "out_of_range");
    let mut doc = base();
    doc["figures"][0]["value"] = json!(COUNT_MAX);
    Case::from_json(&doc.to_string()).unwrap();

    let mut doc = base();
    doc["participants"][1]["dependants"] = json!(4_000_000_000u64);
    let err = refused(&doc);
    assert_eq!(
        codes_at(&err),
        [("/participants/1/dependants".to_owned(), "out_of_range")]
    );
}

#[test]
fn a_number_beyond_any_float_is_not_finite_at_its_path() {
    let text = base()
        .to_string()
        .replace(r#""value":120"#, r#""value":1e400"#);
    let err = Case::from_json(&text).unwrap_err();
    assert_eq!(
        codes_at(&err),
        [("/figures/0/value".to_owned(), "not_finite")]
    );
}

#[test]
fn problems_serialise_with_their_code_and_both_languages() {
    let mut doc = base();
    doc["participants"][0]["age"] = json!("thirty");
    doc["sites"][0]["kecamatan"] = json!(7);
    let err = refused(&doc);
    let json = serde_json::to_value(&err).unwrap();
    let problems = json["problems"].as_array().unwrap();
    assert_eq!(problems.len(), err.problems.len());
    for (p, v) in err.problems.iter().zip(problems) {
        assert_eq!(v["code"], p.kind.code());
        assert_eq!(v["path"], p.path.as_str());
        assert_eq!(v["message"]["id"], p.message(Lang::Id).as_str());
        assert_eq!(v["message"]["en"], p.message(Lang::En).as_str());
    }
    let at = |path: &str| problems.iter().find(|v| v["path"] == path).unwrap();
    assert_eq!(at("/sites/0/kecamatan")["expected"], "text");
    assert_eq!(at("/sites/0/kecamatan")["found"], "whole_number");
    assert_eq!(at("/participants/0/age")["expected"], "whole_number");

    // Every semantic kind a bundled case can break serialises under its own code.
    let mut case = cases::load("p2wkss-bekasi-utara").unwrap();
    case.schema_version = 7;
    case.participants.clear();
    let err = case.validate().unwrap_err();
    for p in &err.problems {
        assert_eq!(serde_json::to_value(p).unwrap()["code"], p.kind.code());
    }
}

#[test]
fn a_wrong_shape_for_a_whole_record_is_one_problem() {
    let mut doc = base();
    doc["title"] = json!("Uji");
    doc["programme"] = json!([1]);
    let err = refused(&doc);
    // In document order (json! writes keys alphabetically).
    assert_eq!(
        codes_at(&err),
        [
            ("/programme".to_owned(), "wrong_type"),
            ("/title".to_owned(), "wrong_type")
        ]
    );
    assert!(matches!(
        err.problems[0].kind,
        ProblemKind::WrongType {
            expected: Shape::Object,
            found: Shape::Array
        }
    ));
}
