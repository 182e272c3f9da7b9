//! Cohen's κ (two coders; unweighted, linear, quadratic) and Fleiss' κ (the same number of
//! coders on every unit), computed as scikit-learn's `cohen_kappa_score` and statsmodels'
//! `fleiss_kappa` compute them.

use super::bootstrap::Bootstrap;
use super::data::Ratings;
use super::data::{distinct, rank};
use super::error::AgreementError;
use super::result::{Agreement, Outcome, Statistic, Undefined, Weights};

/// Cohen's κ between the two rows of `ratings`, over the units both coded (a unit either coder
/// left empty is left out). With weights, the distance of two values is that of their indices
/// in the sorted list of the values observed.
///
/// # Errors
///
/// [`AgreementError::CoderCount`] unless there are exactly two rows; a bad `bootstrap`.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{cohen_kappa, Ratings, Weights};
/// // scikit-learn's docstring: 11/16.
/// let (r, _) = Ratings::from_labels(&[
///     ["neg", "pos", "neg", "neu", "pos"].map(Some).to_vec(),
///     ["neg", "pos", "neg", "neu", "neg"].map(Some).to_vec(),
/// ]).unwrap();
/// let k = cohen_kappa(&r, Weights::Unweighted, None).unwrap();
/// assert!((k.value().unwrap() - 0.6875).abs() < 1e-12);
/// ```
pub fn cohen_kappa(
    ratings: &Ratings,
    weights: Weights,
    bootstrap: Option<Bootstrap>,
) -> Result<Agreement, AgreementError> {
    let [a, b] = ratings.rows() else {
        return Err(AgreementError::CoderCount {
            statistic: "Cohen's kappa",
            expected: "exactly 2",
            found: ratings.coders(),
        });
    };
    if let Some(b) = &bootstrap {
        b.check()?;
    }
    let pairs: Vec<(f64, f64)> = a
        .iter()
        .zip(b)
        .filter_map(|(x, y)| Some(((*x)?, (*y)?)))
        .collect();
    let statistic = |p: &[(f64, f64)]| cohen(p, weights);
    Ok(Agreement {
        statistic: Statistic::CohenKappa { weights },
        outcome: statistic(&pairs),
        coders: 2,
        units: pairs.len(),
        pairable_values: 2 * pairs.len(),
        interval: bootstrap.and_then(|b| b.interval(&pairs, statistic)),
    })
}

fn cohen(pairs: &[(f64, f64)], weights: Weights) -> Outcome {
    if pairs.is_empty() {
        return Outcome::Undefined {
            reason: Undefined::NoPairableUnits,
        };
    }
    let labels = distinct(pairs.iter().flat_map(|&(x, y)| [x, y]));
    let k = labels.len();
    let mut confusion = vec![0.0_f64; k * k];
    let (mut rows, mut cols) = (vec![0.0_f64; k], vec![0.0_f64; k]);
    for &(x, y) in pairs {
        let (i, j) = (rank(&labels, x), rank(&labels, y));
        if let Some(c) = confusion.get_mut(i * k + j) {
            *c += 1.0;
        }
        if let Some(r) = rows.get_mut(i) {
            *r += 1.0;
        }
        if let Some(c) = cols.get_mut(j) {
            *c += 1.0;
        }
    }
    let n = pairs.len() as f64;
    let weight = |i: usize, j: usize| {
        let d = i.abs_diff(j) as f64;
        match weights {
            Weights::Unweighted => f64::from(u8::from(i != j)),
            Weights::Linear => d,
            Weights::Quadratic => d * d,
        }
    };
    let (mut observed, mut expected) = (0.0, 0.0);
    for i in 0..k {
        for j in 0..k {
            let w = weight(i, j);
            observed += w * confusion.get(i * k + j).copied().unwrap_or(0.0);
            // scikit-learn: outer(column sums, row sums) / n.
            let e = cols.get(i).copied().unwrap_or(0.0) * rows.get(j).copied().unwrap_or(0.0) / n;
            expected += w * e;
        }
    }
    Outcome::from_ratio(observed, expected)
}

/// Fleiss' κ of `ratings`: every unit with a value must have the same number of values (at
/// least two); a unit no coder rated is left out. Categories are the distinct values.
///
/// # Errors
///
/// [`AgreementError::UnequalCoders`] for a unit with another number of values; a bad
/// `bootstrap`.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{fleiss_kappa, Ratings};
/// // Three assessors agree on every unit, and both categories occur: κ is 1.
/// let r = Ratings::new(vec![vec![Some(0.0), Some(1.0), Some(1.0)]; 3])?;
/// assert!((fleiss_kappa(&r, None)?.value().unwrap() - 1.0).abs() < 1e-12);
/// // A unit rated by two of the three while the others have three values is refused.
/// let uneven = Ratings::new(vec![
///     vec![Some(0.0), Some(1.0)],
///     vec![Some(0.0), Some(1.0)],
///     vec![Some(0.0), None],
/// ])?;
/// assert_eq!(fleiss_kappa(&uneven, None).unwrap_err().kind(), "unequal_coders");
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
pub fn fleiss_kappa(
    ratings: &Ratings,
    bootstrap: Option<Bootstrap>,
) -> Result<Agreement, AgreementError> {
    let units: Vec<Vec<f64>> = ratings
        .unit_values()
        .into_iter()
        .filter(|u| !u.is_empty())
        .collect();
    let categories = distinct(units.iter().flatten().copied());
    let table: Vec<Vec<u64>> = units
        .iter()
        .map(|u| {
            let mut row = vec![0_u64; categories.len()];
            for &v in u {
                if let Some(c) = row.get_mut(rank(&categories, v)) {
                    *c += 1;
                }
            }
            row
        })
        .collect();
    fleiss_kappa_table(&table, bootstrap)
}

/// Fleiss' κ of a table of counts: one row per unit, one column per category, each cell the
/// number of coders who put the unit in the category; every row sums to the same number of
/// coders (at least two for a value).
///
/// # Errors
///
/// [`AgreementError::UnequalCoders`] for a row with another sum; a bad `bootstrap`.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::fleiss_kappa_table;
/// let table = vec![vec![2, 0], vec![0, 2], vec![1, 1]];
/// let k = fleiss_kappa_table(&table, None).unwrap();
/// assert!((k.value().unwrap() - 1.0 / 3.0).abs() < 1e-12);
/// ```
pub fn fleiss_kappa_table(
    table: &[Vec<u64>],
    bootstrap: Option<Bootstrap>,
) -> Result<Agreement, AgreementError> {
    if let Some(b) = &bootstrap {
        b.check()?;
    }
    let m = table.first().map_or(0, |r| r.iter().sum::<u64>());
    for (unit, row) in table.iter().enumerate() {
        let found = row.iter().sum::<u64>();
        if found != m {
            return Err(AgreementError::UnequalCoders {
                unit,
                expected: m,
                found,
            });
        }
    }
    let paired = m >= 2;
    let units = if paired { table.len() } else { 0 };
    Ok(Agreement {
        statistic: Statistic::FleissKappa,
        outcome: fleiss(table, m),
        coders: usize::try_from(m).unwrap_or(usize::MAX),
        units,
        pairable_values: units.saturating_mul(usize::try_from(m).unwrap_or(usize::MAX)),
        interval: bootstrap.and_then(|b| b.interval(table, |t| fleiss(t, m))),
    })
}

fn fleiss(table: &[Vec<u64>], m: u64) -> Outcome {
    if m < 2 || table.is_empty() {
        return Outcome::Undefined {
            reason: Undefined::NoPairableUnits,
        };
    }
    let k = table.iter().map(Vec::len).max().unwrap_or(0);
    let m = m as f64;
    let total = table.len() as f64 * m;
    let mut per_category = vec![0.0_f64; k];
    let mut agreement_sum = 0.0;
    for row in table {
        for (c, &n) in per_category.iter_mut().zip(row) {
            *c += n as f64;
        }
        let squares: f64 = row.iter().map(|&n| (n as f64) * (n as f64)).sum();
        agreement_sum += (squares - m) / (m * (m - 1.0));
    }
    let observed = agreement_sum / table.len() as f64;
    let chance: f64 = per_category.iter().map(|c| (c / total) * (c / total)).sum();
    if chance == 1.0 {
        return Outcome::Undefined {
            reason: Undefined::OneValueOnly,
        };
    }
    Outcome::Defined {
        value: (observed - chance) / (1.0 - chance),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two(a: &[f64], b: &[f64]) -> Ratings {
        Ratings::new(vec![
            a.iter().copied().map(Some).collect(),
            b.iter().copied().map(Some).collect(),
        ])
        .unwrap()
    }

    fn repeat(parts: &[(f64, usize)]) -> Vec<f64> {
        parts
            .iter()
            .flat_map(|&(v, n)| std::iter::repeat_n(v, n))
            .collect()
    }

    fn kappa(a: &[f64], b: &[f64], w: Weights) -> f64 {
        cohen_kappa(&two(a, b), w, None).unwrap().value().unwrap()
    }

    #[test]
    fn artstein_poesio_table_1_is_8_23_and_symmetric() {
        let a = repeat(&[(0.0, 40), (1.0, 60)]);
        let b = repeat(&[(0.0, 20), (1.0, 20), (0.0, 10), (1.0, 50)]);
        assert!((kappa(&a, &b, Weights::Unweighted) - 8.0 / 23.0).abs() < 1e-12);
        assert!((kappa(&b, &a, Weights::Unweighted) - 8.0 / 23.0).abs() < 1e-12);
    }

    #[test]
    fn artstein_poesio_table_4_is_121_151() {
        let a = repeat(&[(0.0, 46), (1.0, 44), (2.0, 10)]);
        let b = repeat(&[(0.0, 52), (1.0, 32), (2.0, 16)]);
        assert!((kappa(&a, &b, Weights::Unweighted) - 121.0 / 151.0).abs() < 1e-12);
    }

    #[test]
    fn sklearn_weighted_examples() {
        let a = repeat(&[(0.0, 46), (1.0, 44), (2.0, 10)]);
        let b = repeat(&[(0.0, 50), (1.0, 40), (2.0, 10)]);
        assert!((kappa(&a, &b, Weights::Unweighted) - 68.0 / 73.0).abs() < 1e-12);
        assert!((kappa(&a, &b, Weights::Linear) - 16.0 / 17.0).abs() < 1e-12);
        assert!((kappa(&a, &b, Weights::Quadratic) - 104.0 / 109.0).abs() < 1e-12);
    }

    #[test]
    fn wikipedia_fifty_items_is_two_fifths() {
        // Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15.
        let a = repeat(&[(1.0, 25), (0.0, 25)]);
        let b = repeat(&[(1.0, 20), (0.0, 5), (1.0, 10), (0.0, 15)]);
        assert!((kappa(&a, &b, Weights::Unweighted) - 0.4).abs() < 1e-12);
    }

    #[test]
    fn binary_example_of_krippendorff_2011_is_1_11() {
        let a = [0., 1., 0., 0., 0., 0., 0., 0., 1., 0.];
        let b = [1., 1., 1., 0., 0., 1., 0., 0., 0., 0.];
        assert!((kappa(&a, &b, Weights::Unweighted) - 1.0 / 11.0).abs() < 1e-12);
    }

    #[test]
    fn one_category_is_undefined_not_nan() {
        let k = cohen_kappa(&two(&[1.0; 4], &[1.0; 4]), Weights::Unweighted, None).unwrap();
        assert_eq!(
            k.outcome,
            Outcome::Undefined {
                reason: Undefined::OneValueOnly
            }
        );
        let r = Ratings::new(vec![vec![Some(1.0), None], vec![None, Some(2.0)]]).unwrap();
        let k = cohen_kappa(&r, Weights::Linear, None).unwrap();
        assert_eq!(k.value(), None);
        assert_eq!(k.units, 0);
    }

    #[test]
    fn cohen_needs_two_coders() {
        let r = Ratings::new(vec![vec![Some(1.0)]; 3]).unwrap();
        let e = cohen_kappa(&r, Weights::Unweighted, None).unwrap_err();
        assert_eq!(e.kind(), "coder_count");
    }

    #[test]
    fn fleiss_wikipedia_example_is_4211_20059() {
        let table: Vec<Vec<u64>> = vec![
            vec![0, 0, 0, 0, 14],
            vec![0, 2, 6, 4, 2],
            vec![0, 0, 3, 5, 6],
            vec![0, 3, 9, 2, 0],
            vec![2, 2, 8, 1, 1],
            vec![7, 7, 0, 0, 0],
            vec![3, 2, 6, 3, 0],
            vec![2, 5, 3, 2, 2],
            vec![6, 5, 2, 1, 0],
            vec![0, 2, 2, 3, 7],
        ];
        let k = fleiss_kappa_table(&table, None).unwrap();
        assert!((k.value().unwrap() - 4211.0 / 20059.0).abs() < 1e-12);
        assert_eq!((k.units, k.pairable_values, k.coders), (10, 140, 14));
    }

    #[test]
    fn fleiss_refuses_ragged_units_and_names_one_value() {
        let e = fleiss_kappa_table(&[vec![2, 0], vec![1, 0]], None).unwrap_err();
        assert_eq!(e.kind(), "unequal_coders");
        let k = fleiss_kappa_table(&[vec![3], vec![3]], None).unwrap();
        assert_eq!(k.value(), None);
        let k = fleiss_kappa_table(&[vec![1, 0]], None).unwrap();
        assert_eq!(
            k.outcome,
            Outcome::Undefined {
                reason: Undefined::NoPairableUnits
            }
        );
    }

    #[test]
    fn bootstrap_is_deterministic() {
        let a = repeat(&[(0.0, 46), (1.0, 44), (2.0, 10)]);
        let b = repeat(&[(0.0, 50), (1.0, 40), (2.0, 10)]);
        let boot = Some(Bootstrap::default());
        let x = cohen_kappa(&two(&a, &b), Weights::Unweighted, boot).unwrap();
        let y = cohen_kappa(&two(&a, &b), Weights::Unweighted, boot).unwrap();
        let i = x.interval.unwrap();
        assert_eq!(Some(i), y.interval);
        assert!(i.lower <= x.value().unwrap() && x.value().unwrap() <= i.upper);
        assert!(i.lower < i.upper);
    }
}
