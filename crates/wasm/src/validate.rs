//! Reading and checking documents (`berdaya::validate`): a case from JSON text or from an
//! object, with every problem at its path.

use berdaya::Case;
use wasm_bindgen::prelude::*;

use crate::convert::{json_of, lang_of, to_js};
use crate::errors::{problem_rows, validation_error};

/// A case object → a valid `Case`, or a `BerdayaError` listing every problem.
pub fn case_of(value: &JsValue) -> Result<Case, JsValue> {
    Case::from_json(&json_of(value)?).map_err(|e| validation_error(&e))
}

/// Reads a case from JSON text (a file the user opened); throws a `BerdayaError` listing
/// every problem when it is invalid. Text goes straight to the core's reader, which stops at
/// its own depth limit without recursion and names the path there, as on every face.
#[wasm_bindgen(js_name = parseCase, unchecked_return_type = "Case")]
pub fn parse_case(json: &str) -> Result<JsValue, JsValue> {
    let case = Case::from_json(json).map_err(|e| validation_error(&e))?;
    to_js(&case)
}

/// Every problem of a case object, each with its path, kind and message in `lang`; an empty
/// array when it is valid. Never throws for a bad document (only for one that is not
/// JSON-like or nested too deep to read).
#[wasm_bindgen(unchecked_return_type = "ProblemRow[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "unknown")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang)?;
    let problems = match Case::from_json(&json_of(&case)?) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    };
    to_js(&problem_rows(&problems, lang))
}
