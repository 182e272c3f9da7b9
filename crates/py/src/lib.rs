//! Python binding of `berdaya` — not built yet.
//!
//! This crate reserves the place of the pyo3 + maturin binding described in the design card
//! (`crates/py`, a thin layer that converts and delegates to the core). It holds no binding
//! code yet: the Python package is its own issue. Nothing here re-implements the core.

/// The version of the core this binding will wrap.
pub fn core_version() -> &'static str {
    berdaya::VERSION
}
