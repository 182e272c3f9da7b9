//! Insight (`berdaya::insight`): the diagnostics' thresholds and the analysis rows.

use berdaya::insight::analysis::Analysis;
use berdaya::insight::diagnostics::Thresholds;
use berdaya::Case;
use pyo3::prelude::*;

use crate::convert::{from_py, to_py};
use crate::errors;

/// The thresholds of a call: the core's defaults unless a dict overrides them.
pub fn thresholds(py: Python<'_>, t: Option<&Bound<'_, PyAny>>) -> PyResult<Thresholds> {
    match t {
        Some(obj) if !obj.is_none() => from_py(py, obj),
        _ => Ok(Thresholds::default()),
    }
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
