//! The bundled cases (`berdaya::cases`).

use pyo3::prelude::*;

use crate::errors;
use crate::model::PyCase;

/// Names of the bundled cases, in seed order.
#[pyfunction]
pub fn bundled_names() -> Vec<&'static str> {
    berdaya::cases::names()
}

/// Loads a bundled case by name; raises `UnknownCaseError` for a name that is not bundled.
#[pyfunction]
pub fn load(py: Python<'_>, name: &Bound<'_, PyAny>) -> PyResult<PyCase> {
    let name = errors::text(py, name, "name")?;
    berdaya::cases::load(&name)
        .map(PyCase)
        .map_err(|e| errors::simple(py, "UnknownCaseError", e.code(), e.to_string()))
}

/// A minimal valid case for a programme kind or an eligibility preset; raises
/// `ArgumentError` naming the known ones for any other name.
#[pyfunction]
pub fn template(py: Python<'_>, name: &Bound<'_, PyAny>) -> PyResult<PyCase> {
    let name = errors::text(py, name, "name")?;
    berdaya::cases::template(&name)
        .map(PyCase)
        .map_err(|e| errors::simple(py, "ArgumentError", e.code(), e.to_string()))
}

/// The names `template` accepts: programme kinds, then presets.
#[pyfunction]
pub fn template_names() -> Vec<&'static str> {
    berdaya::cases::template_names()
}
