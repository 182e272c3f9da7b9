//! Who may take part: eligibility rules with reason codes and the seeds' presets
//! ([`eligibility`]), deterministic selection per kelurahan ([`quota`]), the columnar engine
//! that does both over registries of millions of rows ([`registry`]), and seeded synthetic
//! registries for tests and benchmarks ([`synthetic`]). Reads only the [`model`](crate::model).

pub mod eligibility;
pub mod quota;
pub mod registry;
/// Seeded synthetic registries for tests and benchmarks (used by the bindings; not part of
/// the supported API).
#[doc(hidden)]
pub mod synthetic;
