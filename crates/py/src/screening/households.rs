//! A record batch of households → the core's `Households` columns: the columns the rule reads
//! must be there (unless the caller said `missing="unknown"`), and every value is checked by
//! the core's bounds (ages, dependants, birth dates) before screening.

use arrow_array::RecordBatch;
use berdaya::model::participant::{MaritalStatus, Sex, SocialAssistance};
use berdaya::screening::eligibility::Rule;
use berdaya::screening::quota::RankKey;
use berdaya::screening::registry::{
    ages, assistance_column, check_birth_dates, columns_needed, counts, first_missing,
    AssistanceMask, Households,
};
use chrono::NaiveDate;

use crate::screening::arrow::{all_codes, bools, codes, column, dates, ints, Fail};

/// What to do with a column the rule reads that the batch lacks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Refuse the batch (the default): a misnamed column must not turn every row *unknown*.
    Error,
    /// The caller says the data was not collected: every row is *unknown* for it.
    Unknown,
}

/// The household columns of one batch, converted to the core's types.
pub struct Owned {
    rows: usize,
    sex: Option<Vec<Option<Sex>>>,
    marital: Option<Vec<Option<MaritalStatus>>>,
    age: Option<Vec<Option<i32>>>,
    birth: Option<Vec<Option<NaiveDate>>>,
    head: Option<Vec<Option<bool>>>,
    bread: Option<Vec<Option<bool>>>,
    income: Option<Vec<Option<i64>>>,
    dependants: Option<Vec<Option<u32>>>,
    elderly: Option<Vec<Option<bool>>>,
    disabled: Option<Vec<Option<bool>>>,
    business: Option<Vec<Option<bool>>>,
    dtks: Option<Vec<Option<bool>>>,
    assistance: Option<Vec<AssistanceMask>>,
}

fn assistance(batch: &RecordBatch) -> Result<Option<Vec<AssistanceMask>>, Fail> {
    let rows = batch.num_rows();
    let mut mask: Option<Vec<AssistanceMask>> = None;
    for a in SocialAssistance::ALL {
        if let Some(col) = bools(batch, &assistance_column(*a))? {
            let mask = mask.get_or_insert_with(|| vec![0; rows]);
            for (m, v) in mask.iter_mut().zip(col) {
                if v == Some(true) {
                    *m |= a.bit();
                }
            }
        }
    }
    Ok(mask)
}

impl Owned {
    /// Reads and checks a batch for `rule` (and a quota's `ranking`) on the date `on`.
    pub fn read(
        batch: &RecordBatch,
        rule: &Rule,
        ranking: &[RankKey],
        on: NaiveDate,
        missing: Missing,
    ) -> Result<Owned, Fail> {
        let owned = Owned::from_batch(batch)?;
        if let Some(birth) = &owned.birth {
            check_birth_dates(birth, on)?;
        }
        // A batch without rows loses nothing to a missing column.
        if missing == Missing::Error && batch.num_rows() > 0 {
            let needs = columns_needed(rule, ranking);
            first_missing(&needs, |c| column(batch, c).is_some())?;
        }
        Ok(owned)
    }

    fn from_batch(batch: &RecordBatch) -> Result<Owned, Fail> {
        let age = match ints(batch, "age")? {
            Some(v) => Some(ages(&v)?),
            None => None,
        };
        let dependants = match ints(batch, "dependants")? {
            Some(v) => Some(counts("dependants", &v)?),
            None => None,
        };
        Ok(Owned {
            rows: batch.num_rows(),
            sex: codes(batch, "sex", Sex::from_code, &all_codes(Sex::ALL))?,
            marital: codes(
                batch,
                "marital_status",
                MaritalStatus::from_code,
                &all_codes(MaritalStatus::ALL),
            )?,
            age,
            birth: dates(batch, "birth_date")?,
            head: bools(batch, "household_head")?,
            bread: bools(batch, "main_breadwinner")?,
            income: ints(batch, "monthly_income")?,
            dependants,
            elderly: bools(batch, "household_has_elderly")?,
            disabled: bools(batch, "household_has_disabled")?,
            business: bools(batch, "has_business")?,
            dtks: bools(batch, "in_integrated_database")?,
            assistance: assistance(batch)?,
        })
    }

    /// The core's view of the columns.
    pub fn households(&self) -> Households<'_> {
        Households {
            rows: self.rows,
            sex: self.sex.as_deref(),
            age: self.age.as_deref(),
            birth_date: self.birth.as_deref(),
            marital_status: self.marital.as_deref(),
            household_head: self.head.as_deref(),
            main_breadwinner: self.bread.as_deref(),
            monthly_income: self.income.as_deref(),
            dependants: self.dependants.as_deref(),
            household_has_elderly: self.elderly.as_deref(),
            household_has_disabled: self.disabled.as_deref(),
            has_business: self.business.as_deref(),
            in_integrated_database: self.dtks.as_deref(),
            assistance: self.assistance.as_deref(),
        }
    }
}
