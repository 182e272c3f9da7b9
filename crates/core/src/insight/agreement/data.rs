//! Reliability data: coders × units, a value or nothing in each cell.

use serde::Serialize;

use super::error::AgreementError;

/// Reliability data: one row per coder (or assessor), one column per unit, `None` where the
/// coder gave the unit no value. Values are finite numbers; categories given as labels are
/// numbered in sorted order by [`Ratings::from_labels`].
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::Ratings;
/// // Three assessors, four units; the third left the last unit unrated.
/// let r = Ratings::new(vec![
///     vec![Some(3.0), Some(4.0), Some(2.0), Some(4.0)],
///     vec![Some(3.0), Some(4.0), Some(3.0), Some(4.0)],
///     vec![Some(3.0), Some(5.0), Some(2.0), None],
/// ])?;
/// assert_eq!((r.coders(), r.units()), (3, 4));
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Ratings {
    rows: Vec<Vec<Option<f64>>>,
    units: usize,
}

impl Ratings {
    /// Reliability data from rows of equal length with finite values.
    ///
    /// # Errors
    ///
    /// [`AgreementError::RaggedRow`] and [`AgreementError::NotFinite`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// assert!(Ratings::new(vec![vec![Some(1.0), None], vec![Some(2.0), Some(1.0)]]).is_ok());
    /// // A row shorter than the first, or a value that is not a number, is refused.
    /// let ragged = Ratings::new(vec![vec![Some(1.0), None], vec![Some(2.0)]]).unwrap_err();
    /// assert_eq!(ragged.kind(), "ragged_row");
    /// assert!(ragged.to_string().starts_with("coder 1:"), "the second row, counted from 0");
    /// let nan = Ratings::new(vec![vec![Some(f64::NAN)]]).unwrap_err();
    /// assert_eq!(nan.kind(), "not_finite");
    /// ```
    pub fn new(rows: Vec<Vec<Option<f64>>>) -> Result<Self, AgreementError> {
        let units = rows.first().map_or(0, Vec::len);
        for (coder, row) in rows.iter().enumerate() {
            if row.len() != units {
                return Err(AgreementError::RaggedRow {
                    coder,
                    expected: units,
                    found: row.len(),
                });
            }
            if let Some(unit) = row.iter().position(|v| v.is_some_and(|x| !x.is_finite())) {
                return Err(AgreementError::NotFinite { coder, unit });
            }
        }
        Ok(Ratings { rows, units })
    }

    /// Reliability data from category labels: the distinct labels, sorted, become 0, 1, 2 …
    /// (the order weighted κ and ordinal α use). Returns the data and the sorted labels.
    ///
    /// # Errors
    ///
    /// [`AgreementError::RaggedRow`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// let (r, labels) = Ratings::from_labels(&[
    ///     vec![Some("tinggi"), Some("rendah"), None],
    ///     vec![Some("sedang"), Some("rendah"), Some("tinggi")],
    /// ])?;
    /// // Sorted labels, numbered from 0; an empty cell stays empty.
    /// assert_eq!(labels, ["rendah", "sedang", "tinggi"]);
    /// assert_eq!(r.rows()[0], [Some(2.0), Some(0.0), None]);
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn from_labels<S: AsRef<str>>(
        rows: &[Vec<Option<S>>],
    ) -> Result<(Self, Vec<String>), AgreementError> {
        let mut labels: Vec<String> = rows
            .iter()
            .flatten()
            .flatten()
            .map(|s| s.as_ref().to_owned())
            .collect();
        labels.sort();
        labels.dedup();
        let index = |s: &S| {
            labels
                .binary_search_by(|l| l.as_str().cmp(s.as_ref()))
                .ok()
                .map(|i| i as f64)
        };
        let numbered = rows
            .iter()
            .map(|row| row.iter().map(|v| v.as_ref().and_then(index)).collect())
            .collect();
        Ok((Ratings::new(numbered)?, labels))
    }

    /// Rows known to be rectangular with finite values (built by this module's callers
    /// from whole numbers).
    pub(crate) fn trusted(rows: Vec<Vec<Option<f64>>>) -> Self {
        let units = rows.first().map_or(0, Vec::len);
        Ratings { rows, units }
    }

    /// The number of coders (rows).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// let r = Ratings::new(vec![vec![Some(1.0), None, Some(2.0)]; 4])?;
    /// assert_eq!(r.coders(), 4);
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn coders(&self) -> usize {
        self.rows.len()
    }

    /// The number of units (columns).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// let r = Ratings::new(vec![vec![Some(1.0), None, Some(2.0)]; 4])?;
    /// // An empty cell is still a unit.
    /// assert_eq!(r.units(), 3);
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn units(&self) -> usize {
        self.units
    }

    /// The rows, one per coder.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// let rows = vec![vec![Some(1.0), None], vec![Some(2.0), Some(1.0)]];
    /// let r = Ratings::new(rows.clone())?;
    /// assert_eq!(r.rows(), rows.as_slice());
    /// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
    /// ```
    pub fn rows(&self) -> &[Vec<Option<f64>>] {
        &self.rows
    }

    /// The values of each unit, in coder order, without the missing ones.
    pub(crate) fn unit_values(&self) -> Vec<Vec<f64>> {
        (0..self.units)
            .map(|u| {
                self.rows
                    .iter()
                    .filter_map(|row| row.get(u).copied().flatten())
                    .collect()
            })
            .collect()
    }
}

/// The distinct values, sorted.
pub(crate) fn distinct(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut all: Vec<f64> = values.collect();
    all.sort_by(f64::total_cmp);
    all.dedup();
    all
}

/// The index of `v` among the sorted distinct `values` (it is there by construction).
pub(crate) fn rank(values: &[f64], v: f64) -> usize {
    values.partition_point(|x| x.total_cmp(&v).is_lt())
}
