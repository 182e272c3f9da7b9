//! WebAssembly binding of `berdaya` — not built yet.
//!
//! This crate reserves the place of the wasm-bindgen binding described in the design card
//! (`crates/wasm`, a thin layer for the offline assessment page). It holds no binding code
//! yet: the WebAssembly package is its own issue. Nothing here re-implements the core.

/// The version of the core this binding will wrap.
pub fn core_version() -> &'static str {
    berdaya::VERSION
}
