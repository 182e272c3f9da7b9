//! Python binding of `berdaya`: the compiled module `berdaya._core`.
//!
//! A thin layer: it converts Python data to the core's serde types and back and maps core
//! errors to the exception classes of `berdaya.errors`. No rule, threshold or label lives
//! here; everything is delegated to the `berdaya` crate.

mod cases;
mod convert;
mod document;
mod eligibility;
mod errors;
mod registry;
mod report;

use pyo3::prelude::*;

/// The compiled core of the `berdaya` package.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VERSION", berdaya::VERSION)?;
    m.add("SCHEMA_VERSION", berdaya::SCHEMA_VERSION)?;
    m.add_class::<document::PyCase>()?;
    m.add_function(wrap_pyfunction!(cases::bundled_names, m)?)?;
    m.add_function(wrap_pyfunction!(cases::load, m)?)?;
    m.add_function(wrap_pyfunction!(eligibility::screen, m)?)?;
    m.add_function(wrap_pyfunction!(eligibility::select_quota, m)?)?;
    m.add_function(wrap_pyfunction!(eligibility::presets, m)?)?;
    m.add_function(wrap_pyfunction!(report::compare, m)?)?;
    m.add_function(wrap_pyfunction!(report::compare_sites, m)?)?;
    m.add_function(wrap_pyfunction!(report::rubric, m)?)?;
    m.add_function(wrap_pyfunction!(registry::registry_screen_batch, m)?)?;
    m.add_function(wrap_pyfunction!(registry::synthetic_registry, m)?)?;
    m.add_function(wrap_pyfunction!(registry::registry_quota_batch, m)?)?;
    m.add_function(wrap_pyfunction!(registry::registry_attendance_batch, m)?)?;
    m.add_function(wrap_pyfunction!(registry::registry_distribution_batch, m)?)?;
    Ok(())
}
