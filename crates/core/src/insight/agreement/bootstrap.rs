//! A seeded, deterministic percentile bootstrap over units: the same data, seed and number of
//! replicates give the same interval on every machine.

use serde::{Deserialize, Serialize};

use super::error::AgreementError;
use super::result::{Interval, Outcome};
use crate::model::random::SplitMix64;

/// At most this many bootstrap replicates.
pub const BOOTSTRAP_REPLICATES_MAX: u32 = 100_000;

/// How to bootstrap a confidence interval: resample the units with replacement `replicates`
/// times from a generator seeded with `seed`, and take the percentiles (linear interpolation,
/// as numpy's default) of the replicates on which the statistic is defined.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{krippendorff_alpha, Bootstrap, MeasurementLevel, Ratings};
/// let r = Ratings::new(vec![
///     vec![Some(1.0), Some(2.0), Some(3.0), Some(3.0), Some(2.0), Some(1.0)],
///     vec![Some(1.0), Some(2.0), Some(3.0), Some(3.0), Some(2.0), Some(2.0)],
/// ])?;
/// let mut boot = Bootstrap::default();
/// (boot.replicates, boot.seed) = (200, 7);
/// let a = krippendorff_alpha(&r, MeasurementLevel::Ordinal, Some(boot))?;
/// let i = a.interval.unwrap();
/// assert!(i.lower <= a.value().unwrap() && a.value().unwrap() <= i.upper);
/// // Seeded: the same data and seed give the same interval.
/// let again = krippendorff_alpha(&r, MeasurementLevel::Ordinal, Some(boot))?;
/// assert_eq!(again.interval, Some(i));
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Bootstrap {
    /// Replicates, 1 to [`BOOTSTRAP_REPLICATES_MAX`]. Default 1,000.
    pub replicates: u32,
    /// The generator's seed. Default 0.
    pub seed: u64,
    /// The confidence level, strictly between 0 and 1. Default 0.95.
    pub confidence: f64,
}

impl Default for Bootstrap {
    fn default() -> Self {
        Bootstrap {
            replicates: 1000,
            seed: 0,
            confidence: 0.95,
        }
    }
}

impl Bootstrap {
    /// Checks the parameters.
    ///
    /// # Errors
    ///
    /// [`AgreementError::Parameter`] naming the one out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Bootstrap;
    /// assert!(Bootstrap::default().check().is_ok());
    /// // A confidence of 1 would be an interval covering everything: refused, with its name.
    /// let mut sure = Bootstrap::default();
    /// sure.confidence = 1.0;
    /// assert!(sure.check().unwrap_err().to_string().contains("bootstrap.confidence"));
    /// ```
    pub fn check(&self) -> Result<(), AgreementError> {
        if !(1..=BOOTSTRAP_REPLICATES_MAX).contains(&self.replicates) {
            return Err(AgreementError::Parameter {
                parameter: "bootstrap.replicates",
                expected: "a whole number from 1 to 100000",
                found: self.replicates.to_string(),
            });
        }
        if !(self.confidence > 0.0 && self.confidence < 1.0) {
            return Err(AgreementError::Parameter {
                parameter: "bootstrap.confidence",
                expected: "a number strictly between 0 and 1",
                found: self.confidence.to_string(),
            });
        }
        Ok(())
    }

    /// The interval of `statistic` over resamples of `units`; `None` when there are no units
    /// or no replicate is defined.
    pub(crate) fn interval<U: Clone>(
        &self,
        units: &[U],
        statistic: impl Fn(&[U]) -> Outcome,
    ) -> Option<Interval> {
        if units.is_empty() {
            return None;
        }
        let mut rng = SplitMix64(self.seed);
        let mut values = Vec::with_capacity(self.replicates as usize);
        let mut sample: Vec<U> = Vec::with_capacity(units.len());
        for _ in 0..self.replicates {
            sample.clear();
            for _ in 0..units.len() {
                if let Some(u) = units.get(rng.below(units.len())) {
                    sample.push(u.clone());
                }
            }
            if let Some(v) = statistic(&sample).value() {
                values.push(v);
            }
        }
        values.sort_by(f64::total_cmp);
        let tail = (1.0 - self.confidence) / 2.0;
        Some(Interval {
            lower: percentile(&values, tail)?,
            upper: percentile(&values, 1.0 - tail)?,
            confidence: self.confidence,
            replicates: self.replicates,
            undefined_replicates: self.replicates - values.len() as u32,
            seed: self.seed,
        })
    }
}

/// The `q`-quantile of sorted values by linear interpolation (numpy's default).
fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * q;
    let lo = h.floor() as usize;
    let a = *sorted.get(lo)?;
    let b = sorted.get(lo + 1).copied().unwrap_or(a);
    Some(a + (h - lo as f64) * (b - a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_interpolates_like_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&v, 0.5), Some(2.5));
        assert_eq!(percentile(&v, 0.0), Some(1.0));
        assert_eq!(percentile(&v, 1.0), Some(4.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn parameters_are_checked() {
        let b = Bootstrap {
            replicates: 0,
            ..Bootstrap::default()
        };
        assert_eq!(b.check().unwrap_err().kind(), "parameter");
        let b = Bootstrap {
            confidence: 1.0,
            ..Bootstrap::default()
        };
        assert!(b.check().is_err());
        assert!(Bootstrap::default().check().is_ok());
    }
}
