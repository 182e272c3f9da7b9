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
//! use berdaya::insight::agreement::{krippendorff_alpha, Level, Ratings};
//! // Krippendorff (2011), 2 coders × 10 units, binary.
//! let r = Ratings::new(vec![
//!     [0., 1., 0., 0., 0., 0., 0., 0., 1., 0.].map(Some).to_vec(),
//!     [1., 1., 1., 0., 0., 1., 0., 0., 0., 0.].map(Some).to_vec(),
//! ]).unwrap();
//! let a = krippendorff_alpha(&r, Level::Nominal, None).unwrap();
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

pub use bootstrap::{Bootstrap, Interval, BOOTSTRAP_REPLICATES_MAX};
pub use data::Ratings;
pub use error::AgreementError;
pub use kappa::{cohen_kappa, fleiss_kappa, fleiss_kappa_table};
pub use krippendorff::krippendorff_alpha;

use serde::{Deserialize, Serialize};

use crate::model::lang::labelled_enum;

labelled_enum! {
    /// The level of measurement of Krippendorff's α: which differences between values count
    /// and how much.
    pub enum Level {
        /// Categories: any two different values disagree equally.
        Nominal => ("nominal", "Nominal", "Nominal"),
        /// Ranks: the difference grows with the values observed between the two.
        Ordinal => ("ordinal", "Ordinal", "Ordinal"),
        /// Numbers on an interval scale: the squared difference.
        Interval => ("interval", "Interval", "Interval"),
        /// Non-negative numbers with a true zero: the squared difference over the sum.
        Ratio => ("ratio", "Rasio", "Ratio"),
    }
}

labelled_enum! {
    /// The weights of Cohen's κ. Weights are on the index of a value in the sorted list of the
    /// values observed (as scikit-learn computes them), not on the value itself.
    pub enum Weights {
        /// Unweighted: any disagreement counts fully.
        Unweighted => ("unweighted", "Tanpa bobot", "Unweighted"),
        /// Linear: |i − j|.
        Linear => ("linear", "Linear", "Linear"),
        /// Quadratic: (i − j)².
        Quadratic => ("quadratic", "Kuadratik", "Quadratic"),
    }
}

/// Which statistic an [`Agreement`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Statistic {
    /// Cohen's κ for two coders.
    CohenKappa {
        /// The weights.
        weights: Weights,
    },
    /// Fleiss' κ for the same number of coders on every unit.
    FleissKappa,
    /// Krippendorff's α.
    KrippendorffAlpha {
        /// The level of measurement.
        level: Level,
    },
}

/// Why a statistic has no value on these data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Undefined {
    /// No unit has values from two coders (or fewer than two coders were given).
    NoPairableUnits,
    /// Only one value occurs: there is no variation, so expected disagreement is zero and
    /// the ratio of observed to expected disagreement is 0/0.
    OneValueOnly,
}

impl Undefined {
    /// A stable machine code.
    pub fn code(self) -> &'static str {
        match self {
            Undefined::NoPairableUnits => "no_pairable_units",
            Undefined::OneValueOnly => "one_value_only",
        }
    }
}

/// A statistic's value, or why it has none.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// The statistic is defined on these data.
    Defined {
        /// Its value (1 is perfect agreement, 0 agreement at chance level).
        value: f64,
    },
    /// The statistic is undefined on these data.
    Undefined {
        /// Why.
        reason: Undefined,
    },
}

impl Outcome {
    /// The value, if defined.
    pub fn value(self) -> Option<f64> {
        match self {
            Outcome::Defined { value } => Some(value),
            Outcome::Undefined { .. } => None,
        }
    }

    fn from_ratio(numerator: f64, denominator: f64) -> Outcome {
        if denominator == 0.0 {
            Outcome::Undefined {
                reason: Undefined::OneValueOnly,
            }
        } else {
            Outcome::Defined {
                value: 1.0 - numerator / denominator,
            }
        }
    }
}

/// An agreement statistic with what it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Agreement {
    /// The statistic.
    pub statistic: Statistic,
    /// Its value or why it has none.
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The coders (or assessors) compared.
    pub coders: usize,
    /// The units it rests on: those with values from at least two coders.
    pub units: usize,
    /// The pairable values: the values in those units.
    pub pairable_values: usize,
    /// The bootstrap interval, when one was asked for and some replicate was defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
}

impl Agreement {
    /// The value, if defined.
    pub fn value(&self) -> Option<f64> {
        self.outcome.value()
    }
}
