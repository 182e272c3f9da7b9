//! Comparisons and the Ansell–Gash rubric.

use berdaya::frameworks::ansell_gash::RUBRIC;
use berdaya::render::report::{compare as compare_units, Unit};
use pyo3::prelude::*;

use crate::document::{thresholds, PyCase};
use crate::errors;

/// Several cases side by side, as a Markdown table in `lang`.
#[pyfunction]
#[pyo3(signature = (cases, lang = None, thresholds = None))]
pub fn compare(
    py: Python<'_>,
    cases: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    let cases: Vec<berdaya::Case> = cases
        .try_iter()
        .and_then(|it| {
            it.map(|c| c.and_then(|c| Ok(c.cast::<PyCase>()?.get().0.clone())))
                .collect()
        })
        .map_err(|_| {
            errors::simple(
                py,
                "ArgumentError",
                "argument",
                "cases: expected an iterable of Case".into(),
            )
        })?;
    Ok(compare_units(
        &Unit::cases(&cases),
        &t,
        errors::lang(py, lang)?,
    ))
}

/// The sites of one case (its Adi processes, e.g. the two kelurahan of seed 000) side by
/// side, as a Markdown table in `lang`.
#[pyfunction]
#[pyo3(signature = (case, lang = None, thresholds = None))]
pub fn compare_sites(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    let case = case.cast::<PyCase>().map_err(|_| {
        errors::simple(
            py,
            "ArgumentError",
            "argument",
            "case: expected a Case".into(),
        )
    })?;
    Ok(compare_units(
        &Unit::processes(&case.get().0),
        &t,
        errors::lang(py, lang)?,
    ))
}

/// The Ansell–Gash rubric that is scored, as Markdown in `lang`.
#[pyfunction]
#[pyo3(signature = (lang = None))]
pub fn rubric(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(RUBRIC.render(errors::lang(py, lang)?))
}
