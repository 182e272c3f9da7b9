//! The frameworks (`berdaya::frameworks`): Adi stage transitions and the Ansell–Gash rubric.

use berdaya::frameworks::adi::{AdiStage, StageStatus};
use berdaya::frameworks::ansell_gash::RUBRIC;
use berdaya::Case;
use pyo3::prelude::*;

use crate::errors;

/// A copy of `case` with one Adi stage moved to `status`; a `TransitionError` naming the rule
/// when the move breaks one.
pub fn with_stage_status(
    py: Python<'_>,
    case: &Case,
    process: &Bound<'_, PyAny>,
    stage: &Bound<'_, PyAny>,
    status: &Bound<'_, PyAny>,
) -> PyResult<Case> {
    let process = errors::text(py, process, "process")?;
    let stage = errors::text(py, stage, "stage")?;
    let status = errors::text(py, status, "status")?;
    let (process, stage, status) = (process.as_str(), stage.as_str(), status.as_str());
    let stage = AdiStage::from_code(stage).ok_or_else(|| {
        errors::simple(
            py,
            "ValidationError",
            "unknown_stage",
            format!(
                "stage: unknown `{stage}`; expected one of {}",
                codes(AdiStage::ALL)
            ),
        )
    })?;
    let status = StageStatus::from_code(status).ok_or_else(|| {
        errors::simple(
            py,
            "ValidationError",
            "unknown_status",
            format!(
                "status: unknown `{status}`; expected one of {}",
                codes(StageStatus::ALL)
            ),
        )
    })?;
    let mut case = case.clone();
    let Some(p) = case.adi.iter_mut().find(|p| p.id == process) else {
        return Err(errors::simple(
            py,
            "UnknownCaseError",
            "unknown_process",
            format!("adi: no process `{process}`"),
        ));
    };
    p.transition(stage, status)
        .map_err(|e| errors::simple(py, "TransitionError", e.rule().code(), e.to_string()))?;
    Ok(case)
}

/// The Ansell–Gash rubric that is scored, as Markdown in `lang`.
#[pyfunction]
#[pyo3(signature = (lang = None))]
pub fn rubric(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(RUBRIC.render(errors::lang(py, lang)?))
}

fn codes<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
