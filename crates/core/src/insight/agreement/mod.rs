//! Inter-coder and inter-assessor agreement: Cohen's κ (unweighted, linear, quadratic),
//! Fleiss' κ and Krippendorff's α (nominal, ordinal, interval, ratio, with missing values).
//!
//! Every statistic returns an [`Agreement`]: the value — or a typed [`Undefined`] reason,
//! never NaN — the number of units and of pairable values it rests on, and, on request, a
//! seeded, deterministic percentile [`Bootstrap`] interval over units. The formulas are those
//! of the reference packages (scikit-learn's `cohen_kappa_score`, statsmodels'
//! `fleiss_kappa`, the `krippendorff` package), and the tests pin the published examples.
//!
//! Two kinds of data feed them:
//!
//! * [`Ratings`] — coders × units, a value or nothing per cell: several assessors' Ansell–Gash
//!   ratings or 5M weights of one case ([`assessors`]), or any reliability data;
//! * coded text ([`coding`]) — coders' selections of the same sources, cut into units
//!   (sentences or fixed character segments, a parameter stated in the output), with α per
//!   code over whether each coder applied the code to each unit.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::agreement::{krippendorff_alpha, MeasurementLevel, Ratings};
//! // Krippendorff (2011), 2 coders × 10 units, binary.
//! let r = Ratings::new(vec![
//!     [0., 1., 0., 0., 0., 0., 0., 0., 1., 0.].map(Some).to_vec(),
//!     [1., 1., 1., 0., 0., 1., 0., 0., 0., 0.].map(Some).to_vec(),
//! ]).unwrap();
//! let a = krippendorff_alpha(&r, MeasurementLevel::Nominal, None).unwrap();
//! assert!((a.value().unwrap() - 2.0 / 21.0).abs() < 1e-12);
//! assert_eq!(a.pairable_values, 20);
//! ```

pub mod assessors;
mod bootstrap;
pub mod coding;
mod data;
mod error;
mod kappa;
mod krippendorff;
mod result;

pub use bootstrap::{Bootstrap, BOOTSTRAP_REPLICATES_MAX};
pub use data::Ratings;
pub use error::AgreementError;
pub use kappa::{cohen_kappa, fleiss_kappa, fleiss_kappa_table};
pub use krippendorff::krippendorff_alpha;
pub use result::{Agreement, Interval, MeasurementLevel, Outcome, Statistic, Undefined, Weights};
