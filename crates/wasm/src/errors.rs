//! Core errors → JavaScript `Error`s named `BerdayaError` with a `code` (ruff's `into_error`).

use berdaya::model::lang::Lang;
use berdaya::{Problem, ValidationError};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// One problem as the page shows it.
#[derive(Serialize, tsify::Tsify)]
pub struct ProblemRow {
    path: String,
    kind: &'static str,
    message: String,
}

/// Problems as rows, messages in `lang`.
pub fn problem_rows(problems: &[Problem], lang: Lang) -> Vec<ProblemRow> {
    problems
        .iter()
        .map(|p| ProblemRow {
            path: p.path.clone(),
            kind: p.kind.code(),
            message: p.message(lang),
        })
        .collect()
}

fn set(target: &js_sys::Error, key: &str, value: &JsValue) {
    // Setting a property on a fresh Error cannot fail; ignore the impossible.
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}

/// A `BerdayaError` with `code` and, when known, the JSON-pointer `path`.
pub fn error(code: &str, message: &str, path: Option<&str>) -> JsValue {
    let e = js_sys::Error::new(message);
    e.set_name("BerdayaError");
    set(&e, "code", &JsValue::from_str(code));
    if let Some(p) = path {
        set(&e, "path", &JsValue::from_str(p));
    }
    e.into()
}

/// A validation `BerdayaError` carrying every problem (`problems`) and the first one's path.
pub fn validation_error(err: &ValidationError) -> JsValue {
    let first = err.problems.first();
    let e = error(
        "validation",
        &err.to_string(),
        Some(first.map_or("", |p| p.path.as_str())),
    );
    let rows = problem_rows(&err.problems, Lang::En);
    if let Ok(v) = crate::convert::to_js(&rows) {
        let _ = js_sys::Reflect::set(&e, &JsValue::from_str("problems"), &v);
    }
    e
}
