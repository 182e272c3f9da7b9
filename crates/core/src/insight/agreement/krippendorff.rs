//! Krippendorff's α for nominal, ordinal, interval and ratio data with missing values,
//! computed as Krippendorff (2011) and the `krippendorff` package do: only units with values
//! from two or more coders are pairable, and α = 1 − (n − 1)·Σ o·δ² / Σ nₖ·nₗ·δ².

use super::bootstrap::Bootstrap;
use super::data::Ratings;
use super::data::{distinct, rank};
use super::error::AgreementError;
use super::result::{Agreement, MeasurementLevel, Outcome, Statistic, Undefined};

/// Krippendorff's α of `ratings` at `level`. Units with fewer than two values drop out.
///
/// # Errors
///
/// [`AgreementError::NegativeRatio`] for a negative value at the ratio level; a bad
/// `bootstrap`.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{krippendorff_alpha, MeasurementLevel, Ratings};
/// // Wikipedia's example: 3 coders × 15 units with gaps; nominal α = 56/81.
/// let row = |v: &[i8]| v.iter().map(|&x| (x > 0).then_some(f64::from(x))).collect();
/// let r = Ratings::new(vec![
///     row(&[0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3]),
///     row(&[1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0]),
///     row(&[0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4]),
/// ]).unwrap();
/// let a = krippendorff_alpha(&r, MeasurementLevel::Nominal, None).unwrap();
/// assert!((a.value().unwrap() - 56.0 / 81.0).abs() < 1e-12);
/// assert_eq!(a.pairable_values, 26);
/// ```
pub fn krippendorff_alpha(
    ratings: &Ratings,
    level: MeasurementLevel,
    bootstrap: Option<Bootstrap>,
) -> Result<Agreement, AgreementError> {
    if level == MeasurementLevel::Ratio {
        check_non_negative(ratings)?;
    }
    if let Some(b) = &bootstrap {
        b.check()?;
    }
    let units: Vec<Vec<f64>> = ratings
        .unit_values()
        .into_iter()
        .filter(|u| u.len() >= 2)
        .collect();
    let statistic = |u: &[Vec<f64>]| alpha(u, level);
    Ok(Agreement {
        statistic: Statistic::KrippendorffAlpha { level },
        outcome: statistic(&units),
        coders: ratings.coders(),
        units: units.len(),
        pairable_values: units.iter().map(Vec::len).sum(),
        interval: bootstrap.and_then(|b| b.interval(&units, statistic)),
    })
}

fn check_non_negative(ratings: &Ratings) -> Result<(), AgreementError> {
    for (coder, row) in ratings.rows().iter().enumerate() {
        for (unit, v) in row.iter().enumerate() {
            if let Some(value) = v.filter(|x| *x < 0.0) {
                return Err(AgreementError::NegativeRatio { coder, unit, value });
            }
        }
    }
    Ok(())
}

/// The difference function δ² of a level, over the sorted distinct values and their counts.
struct Metric<'a> {
    level: MeasurementLevel,
    values: &'a [f64],
    /// `cumulative[i]` = the number of pairable values below the i-th value.
    cumulative: Vec<f64>,
}

impl Metric<'_> {
    fn count(&self, i: usize) -> f64 {
        let at = |j: usize| self.cumulative.get(j).copied().unwrap_or(0.0);
        at(i + 1) - at(i)
    }

    fn delta2(&self, i: usize, j: usize) -> f64 {
        if i == j {
            return 0.0;
        }
        let value = |k: usize| self.values.get(k).copied().unwrap_or(0.0);
        let d = match self.level {
            MeasurementLevel::Nominal => 1.0,
            MeasurementLevel::Ordinal => {
                let (lo, hi) = (i.min(j), i.max(j));
                let between = self.cumulative.get(hi + 1).copied().unwrap_or(0.0)
                    - self.cumulative.get(lo).copied().unwrap_or(0.0);
                between - (self.count(i) + self.count(j)) / 2.0
            }
            MeasurementLevel::Interval => value(i) - value(j),
            MeasurementLevel::Ratio => {
                let sum = value(i) + value(j);
                if sum == 0.0 {
                    0.0
                } else {
                    (value(i) - value(j)) / sum
                }
            }
        };
        d * d
    }
}

fn alpha(units: &[Vec<f64>], level: MeasurementLevel) -> Outcome {
    if units.is_empty() {
        return Outcome::Undefined {
            reason: Undefined::NoPairableUnits,
        };
    }
    let values = distinct(units.iter().flatten().copied());
    let ranked: Vec<Vec<usize>> = units
        .iter()
        .map(|u| u.iter().map(|&v| rank(&values, v)).collect())
        .collect();
    let mut counts = vec![0.0_f64; values.len()];
    for &r in ranked.iter().flatten() {
        if let Some(c) = counts.get_mut(r) {
            *c += 1.0;
        }
    }
    let mut cumulative = Vec::with_capacity(values.len() + 1);
    let mut running = 0.0;
    cumulative.push(0.0);
    for c in &counts {
        running += c;
        cumulative.push(running);
    }
    let n = running;
    let metric = Metric {
        level,
        values: &values,
        cumulative,
    };
    let mut observed = 0.0;
    for unit in &ranked {
        let mut within = 0.0;
        for (a, &i) in unit.iter().enumerate() {
            for (b, &j) in unit.iter().enumerate() {
                if a != b {
                    within += metric.delta2(i, j);
                }
            }
        }
        observed += within / (unit.len() as f64 - 1.0);
    }
    let mut expected = 0.0;
    for (i, ni) in counts.iter().enumerate() {
        for (j, nj) in counts.iter().enumerate() {
            expected += ni * nj * metric.delta2(i, j);
        }
    }
    Outcome::from_ratio(observed, expected / (n - 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rows(data: &[&[i8]]) -> Ratings {
        Ratings::new(
            data.iter()
                .map(|r| r.iter().map(|&x| (x > 0).then_some(f64::from(x))).collect())
                .collect(),
        )
        .unwrap()
    }

    /// Krippendorff (2011) p. 8: 4 coders × 12 units, 0 = missing.
    fn k1() -> Ratings {
        rows(&[
            &[1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
            &[1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
            &[0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
            &[1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
        ])
    }

    /// Wikipedia and the `krippendorff` docstring: 3 coders × 15 units.
    fn k2() -> Ratings {
        rows(&[
            &[0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3],
            &[1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0],
            &[0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4],
        ])
    }

    fn value(r: &Ratings, level: MeasurementLevel) -> f64 {
        krippendorff_alpha(r, level, None).unwrap().value().unwrap()
    }

    #[test]
    fn krippendorff_2011_all_levels() {
        let r = k1();
        assert!((value(&r, MeasurementLevel::Nominal) - 113.0 / 152.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Ordinal) - 108_577.0 / 133_160.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Interval) - 951.0 / 1120.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Ratio) - 18_222_619.0 / 22_852_465.0).abs() < 1e-12);
        let a = krippendorff_alpha(&r, MeasurementLevel::Nominal, None).unwrap();
        assert_eq!((a.pairable_values, a.units, a.coders), (40, 11, 4));
    }

    #[test]
    fn wikipedia_example_all_levels() {
        let r = k2();
        assert!((value(&r, MeasurementLevel::Nominal) - 56.0 / 81.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Interval) - 643.0 / 793.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Ordinal) - 112_173.0 / 139_048.0).abs() < 1e-12);
        assert!((value(&r, MeasurementLevel::Ratio) - 90_503.0 / 111_878.0).abs() < 1e-12);
    }

    #[test]
    fn one_value_and_no_pairs_are_typed() {
        let r = rows(&[&[2, 2, 2], &[2, 2, 0]]);
        let a = krippendorff_alpha(&r, MeasurementLevel::Interval, None).unwrap();
        assert_eq!(
            a.outcome,
            Outcome::Undefined {
                reason: Undefined::OneValueOnly
            }
        );
        let r = rows(&[&[1, 0], &[0, 2]]);
        let a = krippendorff_alpha(&r, MeasurementLevel::Nominal, None).unwrap();
        assert_eq!(
            a.outcome,
            Outcome::Undefined {
                reason: Undefined::NoPairableUnits
            }
        );
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["outcome"], "undefined");
        assert_eq!(json["reason"], "no_pairable_units");
    }

    #[test]
    fn ratio_refuses_negative_values() {
        let r = Ratings::new(vec![vec![Some(-1.0)], vec![Some(1.0)]]).unwrap();
        let e = krippendorff_alpha(&r, MeasurementLevel::Ratio, None).unwrap_err();
        assert_eq!(e.kind(), "negative_ratio");
        assert!(krippendorff_alpha(&r, MeasurementLevel::Interval, None).is_ok());
    }

    #[test]
    fn bootstrap_interval_brackets_the_value() {
        let b = Bootstrap {
            replicates: 500,
            seed: 7,
            confidence: 0.9,
        };
        let a = krippendorff_alpha(&k1(), MeasurementLevel::Interval, Some(b)).unwrap();
        let i = a.interval.unwrap();
        assert_eq!((i.replicates, i.seed), (500, 7));
        assert!(i.lower <= i.upper && i.upper <= 1.0);
    }

    fn matrix() -> impl Strategy<Value = Vec<Vec<Option<u8>>>> {
        (2usize..5, 1usize..12).prop_flat_map(|(c, u)| {
            prop::collection::vec(
                prop::collection::vec(prop::option::weighted(0.8, 0u8..5), u),
                c,
            )
        })
    }

    fn ratings(m: &[Vec<Option<u8>>]) -> Ratings {
        Ratings::new(
            m.iter()
                .map(|r| r.iter().map(|v| v.map(f64::from)).collect())
                .collect(),
        )
        .unwrap()
    }

    proptest! {
        #[test]
        fn prop_alpha_is_invariant_under_coder_and_unit_order(m in matrix(), level in 0usize..4) {
            let level = *MeasurementLevel::ALL.get(level).unwrap();
            let a = krippendorff_alpha(&ratings(&m), level, None).unwrap();
            let mut reversed: Vec<Vec<Option<u8>>> = m.iter().rev().cloned().collect();
            for row in &mut reversed { row.reverse(); }
            let b = krippendorff_alpha(&ratings(&reversed), level, None).unwrap();
            match (a.value(), b.value()) {
                (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                (x, y) => prop_assert_eq!(x, y),
            }
            prop_assert!(a.value().is_none_or(|v| v <= 1.0 + 1e-12));
        }

        #[test]
        fn prop_perfect_agreement_is_one_or_one_value_only(row in prop::collection::vec(0u8..4, 2..10)) {
            let m = vec![row.iter().map(|&v| Some(v)).collect::<Vec<_>>(); 3];
            let a = krippendorff_alpha(&ratings(&m), MeasurementLevel::Nominal, None).unwrap();
            match a.outcome {
                Outcome::Defined { value } => prop_assert!((value - 1.0).abs() < 1e-12),
                Outcome::Undefined { reason } => prop_assert_eq!(reason, Undefined::OneValueOnly),
            }
        }
    }
}
