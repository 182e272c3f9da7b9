//! Text in one language (issue #13): a case written in the officer's working language only is
//! valid, and a report in the other language shows each such text as written, marked as
//! untranslated, rather than refusing.

use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::lang::Lang;
use berdaya::render::report::Report;
use berdaya::{cases, Case};
use serde_json::Value;

/// Removes the `drop` language from every bilingual text object of a document; returns how
/// many texts lost it.
fn keep_one_language(v: &mut Value, drop: &str) -> usize {
    match v {
        Value::Object(map) => {
            let is_text = map.len() == 2
                && map.get("id").is_some_and(Value::is_string)
                && map.get("en").is_some_and(Value::is_string);
            if is_text {
                map.remove(drop);
                return 1;
            }
            map.values_mut().map(|c| keep_one_language(c, drop)).sum()
        }
        Value::Array(items) => items.iter_mut().map(|c| keep_one_language(c, drop)).sum(),
        _ => 0,
    }
}

fn one_language(name: &str, drop: &str) -> (Case, usize) {
    let mut v = serde_json::to_value(cases::load(name).unwrap()).unwrap();
    let n = keep_one_language(&mut v, drop);
    let case = Case::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
    (case, n)
}

#[test]
fn every_bundled_case_in_indonesian_only_is_valid_and_reports_in_english() {
    for name in cases::names() {
        let (case, texts) = one_language(name, "en");
        assert!(texts > 0, "{name} has texts");
        let report = Report::new(&case, &Thresholds::default());
        let md = report.markdown(Lang::En);
        let title = case.title.indonesian.clone();
        assert!(
            md.contains(&format!("{title} \\[not translated\\]")),
            "{name}: the English report names the Indonesian title, marked"
        );
        // Markdown escapes the brackets (they would be link syntax): `\[not translated\]`.
        let html = report.html(Lang::En);
        assert!(html.contains("[not translated]"), "{name}");
        // In its own language nothing is marked.
        assert!(
            !report.markdown(Lang::Id).contains("belum diterjemahkan"),
            "{name}"
        );
        assert!(
            !report.html(Lang::Id).contains("[belum diterjemahkan]"),
            "{name}"
        );
    }
}

#[test]
fn english_only_texts_are_marked_in_the_indonesian_report() {
    let (case, _) = one_language("p2wkss-bekasi-utara", "id");
    let md = Report::new(&case, &Thresholds::default()).markdown(Lang::Id);
    assert!(md.contains("\\[belum diterjemahkan\\]"));
    assert!(!md.contains("not translated"));
}

#[test]
fn the_marked_text_stays_text_in_html() {
    let mut v = serde_json::to_value(cases::load("sekoper-cinta-mustikasari").unwrap()).unwrap();
    v["title"] = serde_json::json!({"id": "<img src=x onerror=alert(1)> Judul"});
    let case = Case::from_json(&v.to_string()).unwrap();
    let html = Report::new(&case, &Thresholds::default()).html(Lang::En);
    assert!(!html.contains("<img"), "user text never becomes markup");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; Judul [not translated]"));
}

#[test]
fn a_text_with_neither_language_is_a_problem_at_its_path() {
    let mut v = serde_json::to_value(cases::load("sekoper-cinta-mustikasari").unwrap()).unwrap();
    for empty in [
        serde_json::json!({}),
        serde_json::json!({"id": "", "en": "  "}),
    ] {
        v["title"] = empty.clone();
        let err = Case::from_json(&v.to_string()).unwrap_err();
        let p = err
            .at("/title/id")
            .next()
            .unwrap_or_else(|| panic!("{empty}: {err}"));
        assert_eq!(p.kind.code(), "empty");
    }
    // One language alone, either one, is enough.
    for one in [
        serde_json::json!({"id": "Judul"}),
        serde_json::json!({"en": "Title"}),
    ] {
        v["title"] = one;
        assert!(Case::from_json(&v.to_string()).is_ok());
    }
}

#[test]
fn a_one_language_case_round_trips_without_inventing_the_other() {
    let (case, _) = one_language("p2k2-karawaci", "en");
    let json = case.to_json();
    assert_eq!(Case::from_json(&json).unwrap(), case);
    assert!(
        !json.contains("\"en\":\"\""),
        "a text not given is not written as empty"
    );
}
