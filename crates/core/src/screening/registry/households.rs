//! One batch of households as the engine reads it, column by column: the columns a rule or
//! a ranking may read, each optional (a column left out is unknown for every row).

use chrono::NaiveDate;

use crate::model::date::age_on;
use crate::model::participant::{MaritalStatus, Sex, SocialAssistance};
use crate::screening::registry::error::RegistryError;

/// A bit per [`SocialAssistance`] received (bit `i` for `SocialAssistance::ALL[i]`).
pub type AssistanceMask = u16;

/// The bit of an [`AssistanceMask`] that says the row's assistance is not recorded
/// ([`SocialAssistance::NOT_RECORDED`]): an assistance criterion none of whose kinds is set
/// is then unknown for the row, not failed.
pub const ASSISTANCE_NOT_RECORDED: AssistanceMask = SocialAssistance::NOT_RECORDED;

/// One batch of households, column by column; a column left out is unknown for every row.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
/// use berdaya::screening::registry::{screen_columns, Households};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// // No columns at all: nothing is known, so nobody is judged either way.
/// let blank = Households::new(2);
/// let out = screen_columns(&blank, &wrse.rule, on)?;
/// assert_eq!(out.eligibility, [Eligibility::Undetermined; 2]);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct Households<'a> {
    /// Number of rows.
    pub rows: usize,
    /// Sex.
    pub sex: Option<&'a [Option<Sex>]>,
    /// Age in years (used when the birth date is unknown).
    pub age: Option<&'a [Option<i32>]>,
    /// Birth date.
    pub birth_date: Option<&'a [Option<NaiveDate>]>,
    /// Marital status.
    pub marital_status: Option<&'a [Option<MaritalStatus>]>,
    /// Heads the household.
    pub household_head: Option<&'a [Option<bool>]>,
    /// Main breadwinner.
    pub main_breadwinner: Option<&'a [Option<bool>]>,
    /// Monthly income in rupiah.
    pub monthly_income: Option<&'a [Option<i64>]>,
    /// Dependants.
    pub dependants: Option<&'a [Option<u32>]>,
    /// An elderly member in the household.
    pub household_has_elderly: Option<&'a [Option<bool>]>,
    /// A disabled member in the household.
    pub household_has_disabled: Option<&'a [Option<bool>]>,
    /// Runs a business.
    pub has_business: Option<&'a [Option<bool>]>,
    /// In the integrated database.
    pub in_integrated_database: Option<&'a [Option<bool>]>,
    /// Assistance received, as bits, with [`ASSISTANCE_NOT_RECORDED`] on rows without a
    /// record ([`SocialAssistance::mask`]); a missing column is not recorded for every row.
    pub assistance: Option<&'a [AssistanceMask]>,
}

fn check<T>(name: &'static str, col: Option<&[T]>, rows: usize) -> Result<(), RegistryError> {
    match col {
        Some(c) if c.len() != rows => Err(RegistryError::LengthMismatch {
            column: name,
            expected: rows,
            found: c.len(),
        }),
        _ => Ok(()),
    }
}

impl Households<'_> {
    /// A batch of `rows` households with no column: every value unknown until a `with_*`
    /// setter adds its column.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::Households;
    /// let income = [Some(400_000), None];
    /// let h = Households::new(2).with_monthly_income(&income);
    /// assert_eq!((h.rows, h.monthly_income, h.sex), (2, Some(&income[..]), None));
    /// ```
    #[inline]
    #[must_use]
    pub fn new(rows: usize) -> Self {
        Households {
            rows,
            ..Households::default()
        }
    }

    pub(crate) fn check(&self) -> Result<(), RegistryError> {
        let n = self.rows;
        check("sex", self.sex, n)?;
        check("age", self.age, n)?;
        check("birth_date", self.birth_date, n)?;
        check("marital_status", self.marital_status, n)?;
        check("household_head", self.household_head, n)?;
        check("main_breadwinner", self.main_breadwinner, n)?;
        check("monthly_income", self.monthly_income, n)?;
        check("dependants", self.dependants, n)?;
        check("household_has_elderly", self.household_has_elderly, n)?;
        check("household_has_disabled", self.household_has_disabled, n)?;
        check("has_business", self.has_business, n)?;
        check("in_integrated_database", self.in_integrated_database, n)?;
        check("assistance", self.assistance, n)
    }

    fn get<T: Copy>(col: Option<&[Option<T>]>, i: usize) -> Option<T> {
        col.and_then(|c| c.get(i).copied().flatten())
    }

    /// Age of row `i` on `on`: from the birth date when known, else the recorded age.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::Households;
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// let born = [chrono::NaiveDate::from_ymd_opt(1990, 6, 2), None];
    /// let age = [Some(99), Some(40)];
    /// let h = Households::new(2).with_age(&age).with_birth_date(&born);
    /// // The birth date wins over a recorded age: 33 the day before the 34th birthday.
    /// assert_eq!(h.age_at(0, on), Some(33));
    /// assert_eq!(h.age_at(1, on), Some(40));
    /// ```
    pub fn age_at(&self, i: usize, on: NaiveDate) -> Option<i32> {
        match Self::get(self.birth_date, i) {
            Some(b) => Some(age_on(b, on)),
            None => Self::get(self.age, i),
        }
    }
}
