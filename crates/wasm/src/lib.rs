//! WebAssembly binding of `berdaya`: what the offline assessment page calls.
//!
//! A thin layer: documents cross as plain JavaScript objects (through serde), results come
//! back as plain objects typed by `berdaya.d.ts`, and core errors become JavaScript `Error`s
//! whose `name` is `BerdayaError` and whose `code` (and `path`, `problems`) say what went
//! wrong. No rule, threshold or label lives here.

mod errors;

use berdaya::insight::analysis::Analysis;
use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::lang::Lang;
use berdaya::render::report::Report;
use berdaya::render::vocabulary::Vocabulary;
use berdaya::Case;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use errors::{error, validation_error};

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    // Maps as plain objects, so results read like JSON in JavaScript.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| error("serialisation", &e.to_string(), None))
}

/// A JavaScript value → JSON text (through serde), so that the core's parser reports each
/// problem at its path.
fn json_of(value: &JsValue) -> Result<String, JsValue> {
    let v: serde_json::Value = serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
        error(
            "malformed",
            &format!("expected a JSON-like object: {e}"),
            Some(""),
        )
    })?;
    Ok(v.to_string())
}

fn case_of(value: &JsValue) -> Result<Case, JsValue> {
    Case::from_json(&json_of(value)?).map_err(|e| validation_error(&e))
}

fn lang_of(lang: &str) -> Result<Lang, JsValue> {
    lang.parse()
        .map_err(|e: berdaya::model::lang::UnknownLang| error("unknown_lang", &e.to_string(), None))
}

fn thresholds_of(value: &JsValue) -> Result<Thresholds, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Thresholds::default());
    }
    serde_json::from_str(&json_of(value)?)
        .map_err(|e| error("malformed", &format!("thresholds: {e}"), Some("")))
}

/// The version of berdaya.
#[wasm_bindgen]
pub fn version() -> String {
    berdaya::VERSION.to_owned()
}

/// The names of the bundled cases.
#[wasm_bindgen(js_name = bundledNames)]
pub fn bundled_names() -> Result<JsValue, JsValue> {
    to_js(&berdaya::cases::names())
}

/// A bundled case, as a plain object.
#[wasm_bindgen(js_name = loadBundled)]
pub fn load_bundled(name: &str) -> Result<JsValue, JsValue> {
    let case = berdaya::cases::load(name).map_err(|e| error(e.code(), &e.to_string(), None))?;
    to_js(&case)
}

/// Reads a case from JSON text (a file the user opened); throws a `BerdayaError` listing
/// every problem when it is invalid.
#[wasm_bindgen(js_name = parseCase)]
pub fn parse_case(json: &str) -> Result<JsValue, JsValue> {
    let case = Case::from_json(json).map_err(|e| validation_error(&e))?;
    to_js(&case)
}

/// Every problem of a case object, each with its path, kind and message in `lang`; an empty
/// array when it is valid. Never throws for a bad document.
#[wasm_bindgen]
pub fn validate(case: JsValue, lang: &str) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang)?;
    let problems = match json_of(&case) {
        Err(e) => return Err(e),
        Ok(json) => match Case::from_json(&json) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems,
        },
    };
    to_js(&errors::problem_rows(&problems, lang))
}

/// Every analysis of a case, labelled in `lang`.
#[wasm_bindgen]
pub fn analyse(case: JsValue, lang: &str, thresholds: JsValue) -> Result<JsValue, JsValue> {
    let case = case_of(&case)?;
    to_js(&Analysis::of(
        &case,
        &thresholds_of(&thresholds)?,
        lang_of(lang)?,
    ))
}

/// The report as Markdown in `lang`.
#[wasm_bindgen(js_name = reportMarkdown)]
pub fn report_markdown(case: JsValue, lang: &str) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).markdown(lang_of(lang)?))
}

/// The report as a self-contained HTML page in `lang`.
#[wasm_bindgen(js_name = reportHtml)]
pub fn report_html(case: JsValue, lang: &str) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).html(lang_of(lang)?))
}

/// The report's HTML body (to show inside a page) in `lang`.
#[wasm_bindgen(js_name = reportHtmlBody)]
pub fn report_html_body(case: JsValue, lang: &str) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).html_body(lang_of(lang)?))
}

/// A copy of the case with one Adi stage moved to `status`; throws a `BerdayaError` whose
/// code names the rule when the move breaks one.
#[wasm_bindgen]
pub fn transition(
    case: JsValue,
    process: &str,
    stage: &str,
    status: &str,
) -> Result<JsValue, JsValue> {
    let mut case = case_of(&case)?;
    let stage = berdaya::frameworks::adi::AdiStage::from_code(stage)
        .ok_or_else(|| error("unknown_stage", &format!("stage: unknown `{stage}`"), None))?;
    let status = berdaya::frameworks::adi::StageStatus::from_code(status).ok_or_else(|| {
        error(
            "unknown_status",
            &format!("status: unknown `{status}`"),
            None,
        )
    })?;
    let p = case
        .adi
        .iter_mut()
        .find(|p| p.id == process)
        .ok_or_else(|| {
            error(
                "unknown_process",
                &format!("adi: no process `{process}`"),
                None,
            )
        })?;
    p.transition(stage, status)
        .map_err(|e| error(e.rule().code(), &e.to_string(), None))?;
    to_js(&case)
}

/// The vocabulary of the form (choices, labels, rubric, page words) in `lang`.
#[wasm_bindgen]
pub fn vocabulary(lang: &str) -> Result<JsValue, JsValue> {
    to_js(&Vocabulary::new(lang_of(lang)?))
}
