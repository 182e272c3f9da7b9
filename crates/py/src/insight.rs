//! Insight (`berdaya::insight`): the diagnostics' thresholds and the analysis rows.

use berdaya::insight::analysis::Analysis;
use berdaya::insight::diagnostics::{Threshold, Thresholds};
use berdaya::Case;
use berdaya::{Labelled, Lang};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::{from_py, to_py};
use crate::errors;

/// The thresholds of a call: the core's defaults unless a dict (or a `berdaya.Thresholds`,
/// through its `to_dict`) overrides them. An unknown key is an `ArgumentError` naming it and
/// listing the known ones.
pub fn thresholds(py: Python<'_>, t: Option<&Bound<'_, PyAny>>) -> PyResult<Thresholds> {
    let obj = match t {
        Some(obj) if !obj.is_none() => obj,
        _ => return Ok(Thresholds::default()),
    };
    let obj = if obj.hasattr("to_dict")? {
        &obj.call_method0("to_dict")?
    } else {
        obj
    };
    if let Ok(dict) = obj.cast::<PyDict>() {
        for key in dict.keys() {
            let key = key.str()?.to_string();
            if Threshold::from_code(&key).is_none() {
                let known: Vec<&str> = Threshold::ALL.iter().map(|t| t.code()).collect();
                return Err(errors::simple(
                    py,
                    "ArgumentError",
                    "unknown_threshold",
                    format!("unknown threshold `{key}`; known: {}", known.join(", ")),
                ));
            }
        }
    }
    from_py(py, obj)
}

/// Every threshold with its default, the basis of the default and its explanation in both
/// languages, for `berdaya.Thresholds`.
#[pyfunction]
pub fn threshold_fields(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    let defaults = to_py(py, &Thresholds::default())?;
    Threshold::ALL
        .iter()
        .map(|&t| {
            let d = PyDict::new(py);
            d.set_item("name", t.code())?;
            d.set_item("default", defaults.get_item(t.code())?)?;
            d.set_item("basis", t.default_basis().code())?;
            d.set_item("basis_en", t.default_basis().label(Lang::En))?;
            d.set_item("basis_id", t.default_basis().label(Lang::Id))?;
            d.set_item("label_en", t.label(Lang::En))?;
            d.set_item("label_id", t.label(Lang::Id))?;
            d.set_item("explanation_en", t.explanation(Lang::En))?;
            d.set_item("explanation_id", t.explanation(Lang::Id))?;
            Ok(d)
        })
        .collect()
}

/// Every analysis of `case` as labelled rows, as a dict.
pub fn analysis<'py>(
    py: Python<'py>,
    case: &Case,
    lang: Option<&Bound<'py, PyAny>>,
    thresholds: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let t = self::thresholds(py, thresholds)?;
    to_py(py, &Analysis::of(case, &t, errors::lang(py, lang)?))
}

/// Every code a column of `berdaya.tables` can hold, family by family (Adi stages, statuses,
/// 5M factors, diagnostics…), in the core's order: the categories of the frames, fixed
/// whatever the data so that frames of different cases concatenate without losing a dtype.
#[pyfunction]
pub fn code_lists(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    use berdaya::frameworks::adi::{AdiStage, Involvement, StageStatus};
    use berdaya::frameworks::ansell_gash::{Component, RUBRIC};
    use berdaya::frameworks::fivem::{Direction, Factor};
    use berdaya::frameworks::sulistiyani::SulistiyaniStage;
    use berdaya::insight::diagnostics::{DiagnosticId, Severity};
    use berdaya::insight::provenance::{Basis, Whose};
    use berdaya::model::catalogue::Dimension;
    use berdaya::model::evidence::EvidenceKind;
    use berdaya::model::participant::{Education, MaritalStatus, Sex};

    let d = PyDict::new(py);
    macro_rules! family {
        ($($name:literal => $ty:ty),+ $(,)?) => {$(
            d.set_item($name, <$ty>::ALL.iter().map(|v| v.code()).collect::<Vec<_>>())?;
        )+};
    }
    family! {
        "adi_stage" => AdiStage,
        "stage_status" => StageStatus,
        "involvement" => Involvement,
        "sulistiyani_stage" => SulistiyaniStage,
        "dimension" => Dimension,
        "factor" => Factor,
        "direction" => Direction,
        "component" => Component,
        "diagnostic" => DiagnosticId,
        "severity" => Severity,
        "evidence_kind" => EvidenceKind,
        "sex" => Sex,
        "marital_status" => MaritalStatus,
        "education" => Education,
        "whose" => Whose,
        "basis" => Basis,
    }
    d.set_item(
        "indicator",
        RUBRIC.indicators.iter().map(|i| i.id).collect::<Vec<_>>(),
    )?;
    Ok(d)
}
