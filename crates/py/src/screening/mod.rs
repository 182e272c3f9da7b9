//! Screening (`berdaya::screening`): eligibility and quota per document, and the registry
//! routines over Arrow tables.

pub mod arrow;
pub mod attendance;
pub mod columns;
pub mod eligibility;
pub mod households;
pub mod pool;
pub mod registry;
pub mod synthetic;
