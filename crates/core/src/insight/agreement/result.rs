//! What an agreement statistic returns: its [`Statistic`], an [`Outcome`] (a value or why
//! there is none) and what it rests on ([`Agreement`]); the levels and weights it takes.

use serde::{Deserialize, Serialize};

use crate::model::lang::labelled_enum;

labelled_enum! {
    in "berdaya::insight::agreement";
    /// The level of measurement of Krippendorff's α: which differences between values count
    /// and how much.
    #[cfg_attr(feature = "tsify", tsify(rename = "AgreementLevel"))]
    #[non_exhaustive]
    pub enum MeasurementLevel {
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
    in "berdaya::insight::agreement";
    /// The weights of Cohen's κ. Weights are on the index of a value in the sorted list of the
    /// values observed (as scikit-learn computes them), not on the value itself.
    #[non_exhaustive]
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
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{fleiss_kappa, Ratings, Statistic};
/// let r = Ratings::new(vec![vec![Some(0.0), Some(1.0)]; 3])?;
/// // The result says which statistic it is, so a table of several stays readable.
/// assert_eq!(fleiss_kappa(&r, None)?.statistic, Statistic::FleissKappa);
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
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
        level: MeasurementLevel,
    },
}

/// Why a statistic has no value on these data.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{fleiss_kappa, Outcome, Ratings, Undefined};
/// // Everyone gave every unit the same value: no variation, so no κ (not 1, not NaN).
/// let same = Ratings::new(vec![vec![Some(2.0), Some(2.0)]; 3])?;
/// let k = fleiss_kappa(&same, None)?;
/// assert_eq!(k.outcome, Outcome::Undefined { reason: Undefined::OneValueOnly });
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Undefined;
    /// // The codes a service can match on, one per reason.
    /// assert_eq!(Undefined::NoPairableUnits.code(), "no_pairable_units");
    /// assert_ne!(Undefined::OneValueOnly.code(), Undefined::NoPairableUnits.code());
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Undefined::NoPairableUnits => "no_pairable_units",
            Undefined::OneValueOnly => "one_value_only",
        }
    }
}

/// A statistic's value, or why it has none.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{krippendorff_alpha, MeasurementLevel, Outcome, Ratings};
/// // One coder only: nothing to compare, so no value, and the reason says so.
/// let alone = Ratings::new(vec![vec![Some(1.0), Some(2.0)]])?;
/// let a = krippendorff_alpha(&alone, MeasurementLevel::Nominal, None)?;
/// assert!(matches!(a.outcome, Outcome::Undefined { .. }));
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[non_exhaustive]
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::{Outcome, Undefined};
    /// assert_eq!(Outcome::Defined { value: 0.8 }.value(), Some(0.8));
    /// assert_eq!(Outcome::Undefined { reason: Undefined::OneValueOnly }.value(), None);
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn value(self) -> Option<f64> {
        match self {
            Outcome::Defined { value } => Some(value),
            Outcome::Undefined { .. } => None,
        }
    }

    pub(crate) fn from_ratio(numerator: f64, denominator: f64) -> Outcome {
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
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{krippendorff_alpha, MeasurementLevel, Ratings};
/// let r = Ratings::new(vec![
///     vec![Some(1.0), Some(2.0), None],
///     vec![Some(1.0), Some(3.0), Some(2.0)],
/// ])?;
/// let a = krippendorff_alpha(&r, MeasurementLevel::Interval, None)?;
/// // The third unit has one value, so nothing to pair: two units, four values.
/// assert_eq!((a.coders, a.units, a.pairable_values), (2, 2, 4));
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::{cohen_kappa, Ratings, Weights};
    /// let r = Ratings::new(vec![vec![Some(0.0), Some(1.0), Some(1.0), Some(0.0)]; 2])?;
    /// // Two coders in full agreement, both categories used: κ is 1.
    /// let k = cohen_kappa(&r, Weights::Unweighted, None)?;
    /// assert!((k.value().unwrap() - 1.0).abs() < 1e-12);
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn value(&self) -> Option<f64> {
        self.outcome.value()
    }
}

/// A bootstrap confidence interval.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{fleiss_kappa, Bootstrap, Ratings};
/// let r = Ratings::new(vec![
///     vec![Some(0.0), Some(1.0), Some(1.0), Some(0.0), Some(1.0)],
///     vec![Some(0.0), Some(1.0), Some(0.0), Some(0.0), Some(1.0)],
///     vec![Some(0.0), Some(1.0), Some(1.0), Some(1.0), Some(1.0)],
/// ])?;
/// let i = fleiss_kappa(&r, Some(Bootstrap::default()))?.interval.unwrap();
/// // It states how it was drawn: the default 1,000 replicates at 95 %.
/// assert_eq!((i.replicates, i.confidence), (1000, 0.95));
/// assert!(i.lower <= i.upper);
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Interval {
    /// The lower bound.
    pub lower: f64,
    /// The upper bound.
    pub upper: f64,
    /// The confidence level.
    pub confidence: f64,
    /// Replicates drawn.
    pub replicates: u32,
    /// Replicates on which the statistic was undefined (left out of the percentiles).
    pub undefined_replicates: u32,
    /// The seed.
    pub seed: u64,
}
