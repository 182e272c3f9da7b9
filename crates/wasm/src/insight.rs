//! Insight (`berdaya::insight`): the analysis rows and the diagnostics' thresholds.

use berdaya::insight::analysis::Analysis;
use berdaya::insight::diagnostics::Thresholds;
use wasm_bindgen::prelude::*;

use crate::convert::{json_of, lang_of, to_js};
use crate::errors::error;
use crate::validate::case_of;

/// The thresholds of a call: the core's defaults unless an object overrides them.
pub fn thresholds_of(value: &JsValue) -> Result<Thresholds, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Thresholds::default());
    }
    serde_json::from_str(&json_of(value)?)
        .map_err(|e| error("malformed", &format!("thresholds: {e}"), Some("")))
}

/// Every analysis of a case, labelled in `lang`.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyse(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
    #[wasm_bindgen(unchecked_param_type = "Partial<Thresholds> | null | undefined")]
    thresholds: JsValue,
) -> Result<JsValue, JsValue> {
    let case = case_of(&case)?;
    to_js(&Analysis::of(
        &case,
        &thresholds_of(&thresholds)?,
        lang_of(lang)?,
    ))
}
