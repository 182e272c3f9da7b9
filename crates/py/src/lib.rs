//! Python binding of `berdaya`: the compiled module `berdaya._core`.
//!
//! A thin layer: it converts Python data to the core's serde types and back and maps core
//! errors to the exception classes of `berdaya.errors`. No rule, threshold or label lives
//! here; everything is delegated to the `berdaya` crate. One file per area of the core:
//! `model.rs` (the `Case` class), `cases.rs`, `frameworks.rs`, `screening/` (eligibility,
//! quota and the Arrow registry routines), `insight.rs`, `settings.rs`, `agreement.rs`, `exchange.rs`, `render.rs`, and `errors.rs` (the
//! validation problems and every other error) with `convert.rs` (data across the boundary).

mod agreement;
mod cases;
mod convert;
mod errors;
mod exchange;
mod frameworks;
mod insight;
mod model;
mod render;
mod screening;
mod settings;

use pyo3::prelude::*;

/// The compiled core of the `berdaya` package.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VERSION", berdaya::VERSION)?;
    m.add("SCHEMA_VERSION", berdaya::SCHEMA_VERSION)?;
    m.add_class::<model::PyCase>()?;
    m.add_function(wrap_pyfunction!(cases::bundled_names, m)?)?;
    m.add_function(wrap_pyfunction!(cases::load, m)?)?;
    m.add_function(wrap_pyfunction!(cases::template, m)?)?;
    m.add_function(wrap_pyfunction!(cases::template_names, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::case_schema_json, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::field_reference, m)?)?;
    m.add_function(wrap_pyfunction!(insight::threshold_fields, m)?)?;
    m.add_function(wrap_pyfunction!(insight::code_lists, m)?)?;
    m.add_function(wrap_pyfunction!(settings::preset_param_fields, m)?)?;
    m.add_function(wrap_pyfunction!(settings::criterion_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(screening::eligibility::screen, m)?)?;
    m.add_function(wrap_pyfunction!(screening::eligibility::select_quota, m)?)?;
    m.add_function(wrap_pyfunction!(screening::eligibility::presets, m)?)?;
    m.add_function(wrap_pyfunction!(render::compare, m)?)?;
    m.add_function(wrap_pyfunction!(render::compare_sites, m)?)?;
    m.add_function(wrap_pyfunction!(render::comparison_rows, m)?)?;
    m.add_function(wrap_pyfunction!(render::site_comparison_rows, m)?)?;
    m.add_function(wrap_pyfunction!(render::phrase, m)?)?;
    m.add_function(wrap_pyfunction!(frameworks::rubric, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::cohen_kappa, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::fleiss_kappa, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::fleiss_kappa_ratings, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::krippendorff_alpha, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::coding_agreement, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::ansell_gash_ratings, m)?)?;
    m.add_function(wrap_pyfunction!(agreement::fivem_weights, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::framework_codebook, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::read_codebook, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::read_qdpx, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::read_qde, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::write_qdpx, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::write_qde, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::qda_evidence, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::qda_frequencies, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::qda_attach, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::write_qdc, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::stable_guid, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::project_summary, m)?)?;
    m.add_function(wrap_pyfunction!(exchange::codebook_summary, m)?)?;
    m.add_function(wrap_pyfunction!(
        screening::registry::registry_screen_batch,
        m
    )?)?;
    m.add_function(wrap_pyfunction!(
        screening::registry::registry_screen_stream,
        m
    )?)?;
    m.add_function(wrap_pyfunction!(
        screening::synthetic::synthetic_registry,
        m
    )?)?;
    m.add_function(wrap_pyfunction!(
        screening::registry::registry_quota_batch,
        m
    )?)?;
    m.add_function(wrap_pyfunction!(screening::registry::registry_labels, m)?)?;
    m.add_function(wrap_pyfunction!(
        screening::attendance::registry_attendance_batch,
        m
    )?)?;
    m.add_function(wrap_pyfunction!(
        screening::attendance::registry_distribution_batch,
        m
    )?)?;
    Ok(())
}
