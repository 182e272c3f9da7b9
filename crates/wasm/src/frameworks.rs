//! The frameworks (`berdaya::frameworks`): Adi stage transitions.

use berdaya::frameworks::adi::{AdiStage, StageStatus};
use wasm_bindgen::prelude::*;

use crate::convert::to_js;
use crate::errors::error;
use crate::validate::case_of;

/// A copy of the case with one Adi stage moved to `status`; throws a `BerdayaError` whose
/// code names the rule when the move breaks one.
#[wasm_bindgen(unchecked_return_type = "Case")]
pub fn transition(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    process: &str,
    #[wasm_bindgen(unchecked_param_type = "AdiStage")] stage: &str,
    #[wasm_bindgen(unchecked_param_type = "StageStatus")] status: &str,
) -> Result<JsValue, JsValue> {
    let mut case = case_of(&case)?;
    let stage = AdiStage::from_code(stage)
        .ok_or_else(|| error("unknown_stage", &format!("stage: unknown `{stage}`"), None))?;
    let status = StageStatus::from_code(status).ok_or_else(|| {
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
