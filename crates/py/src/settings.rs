//! Settings (`berdaya.settings`): the fields of the presets' parameters with their defaults,
//! the basis of each default and its explanation in both languages, all from the core.

use berdaya::screening::eligibility::{PresetParam, PresetParams};
use berdaya::{Labelled, Lang};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::to_py;

/// Every parameter of the presets with its default, the basis of the default, its label and
/// explanation in both languages, for `berdaya.PresetParams`.
#[pyfunction]
pub fn preset_param_fields(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    let defaults = to_py(py, &PresetParams::default())?;
    PresetParam::ALL
        .iter()
        .map(|&p| {
            let d = PyDict::new(py);
            d.set_item("name", p.code())?;
            d.set_item("default", defaults.get_item(p.code())?)?;
            d.set_item("basis", p.default_basis().code())?;
            d.set_item("basis_en", p.default_basis().label(Lang::En))?;
            d.set_item("basis_id", p.default_basis().label(Lang::Id))?;
            d.set_item("label_en", p.label(Lang::En))?;
            d.set_item("label_id", p.label(Lang::Id))?;
            d.set_item("explanation_en", p.explanation(Lang::En))?;
            d.set_item("explanation_id", p.explanation(Lang::Id))?;
            Ok(d)
        })
        .collect()
}

/// Every kind of eligibility criterion with its fields, label and explanation in both
/// languages, for `berdaya.rules`.
#[pyfunction]
pub fn criterion_kinds(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    use berdaya::screening::eligibility::CriterionKind;
    CriterionKind::ALL
        .iter()
        .map(|&k| {
            let d = PyDict::new(py);
            d.set_item("name", k.code())?;
            d.set_item("fields", k.fields().to_vec())?;
            d.set_item("label_en", k.label(Lang::En))?;
            d.set_item("label_id", k.label(Lang::Id))?;
            d.set_item("explanation_en", k.explanation(Lang::En))?;
            d.set_item("explanation_id", k.explanation(Lang::Id))?;
            Ok(d)
        })
        .collect()
}
