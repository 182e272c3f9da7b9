//! What a case shows across frameworks: [`diagnostics`] (one unit per finding, each with the
//! seed it comes from and what must be recorded to judge it), the flat, labelled
//! [`analysis`] rows that tables, bindings and reports share, and the [`provenance`] of the
//! thresholds they use, and the [`agreement`] of coders and assessors (Cohen's and Fleiss'
//! κ, Krippendorff's α).

pub mod agreement;
pub mod analysis;
pub mod diagnostics;
pub mod provenance;
