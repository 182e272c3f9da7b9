//! Registry scale: columnar (struct-of-arrays) screening, quota selection, attendance
//! compliance and stage distribution over plain slices — no Arrow in the core.
//!
//! Each routine gives the same answers as the per-document API on the same people (property
//! tests compare them), but works a criterion at a time over whole columns. Bindings feed it
//! one record batch at a time, so memory stays bounded by the batch size.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
//! use berdaya::model::participant::Sex;
//! use berdaya::screening::registry::{screen_columns, Households};
//! let wrse = preset(PresetId::Wrse, &PresetParams::default());
//! let sex = [Some(Sex::Female), Some(Sex::Male)];
//! let age = [Some(30), Some(30)];
//! let batch = Households::new(2).with_sex(&sex).with_age(&age);
//! let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
//! let out = screen_columns(&batch, &wrse.rule, on).unwrap();
//! assert_eq!(out.eligibility, vec![Eligibility::Undetermined, Eligibility::NotEligible]);
//! ```

mod attendance;
mod batch;
mod columns;
mod cpu;
mod error;
mod households;
mod plan;
mod rank;
mod setters;

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

pub use self::attendance::{
    attendance_compliance, stage_distribution, FacilitatorAttendance, ParticipantAttendance,
};
pub use self::batch::{
    bitmap_of, days_since_epoch, encode_dictionary, encode_text, Bitmap, DayColumn, DictionaryKeys,
    FlagColumn, IntColumn, IntValues, KeyValues, Offsets, OwnedBatch, RegistryBatch, TextColumn,
    DICTIONARY_VALUES, NULL_CODE,
};
pub use self::columns::{
    ages, assistance_column, check_birth_dates, columns_needed, counts, first_missing, narrow,
    no_nulls, ColumnNeed,
};
pub use self::error::{ColumnType, RegistryError};
pub use self::households::{AssistanceMask, Households, ASSISTANCE_NOT_RECORDED};
pub use self::plan::{
    all_below, check_values, eligibility_code, reason_code, CodedScreening, FailedMask,
    ScreeningPlan, CHUNK, MASK_CRITERIA,
};

use crate::model::participant::Sex;
use crate::screening::eligibility::{Criterion, Eligibility, Reason, Rule};
use crate::screening::quota::QuotaPolicy;

/// Screening results, column by column.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// use berdaya::screening::registry::{screen_columns, Households};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let age = [Some(30), Some(41), None];
/// let batch = Households::new(3).with_age(&age);
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let out = screen_columns(&batch, &wrse.rule, on)?;
/// // One result per row, one reason column per criterion, each as long as the batch.
/// assert_eq!(out.eligibility.len(), 3);
/// assert_eq!(out.reasons.len(), out.criteria.len());
/// assert!(out.reasons.iter().all(|column| column.len() == 3));
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ScreeningColumns {
    /// Overall result per row.
    pub eligibility: Vec<Eligibility>,
    /// The rule's criteria, depth first (one reason column each).
    pub criteria: Vec<Criterion>,
    /// `reasons[c][row]`: the reason of criterion `c` for `row`.
    pub reasons: Vec<Vec<Reason>>,
}

fn at<T: Copy>(col: Option<&[Option<T>]>, i: usize) -> Option<T> {
    col.and_then(|c| c.get(i).copied().flatten())
}

/// Screens a batch against `rule` on the date `on`, with a reason per row and criterion.
///
/// The per-row view of [`ScreeningPlan::screen`]: the columns are laid out for the engine
/// ([`OwnedBatch`]) and the codes read back as [`Eligibility`] and [`Reason`] values.
///
/// # Errors
///
/// [`RegistryError`] when the rule is refused or a column's length is not `h.rows`.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
/// use berdaya::screening::registry::{screen_columns, Households};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let sex = [Some(Sex::Male), None];
/// let batch = Households::new(2).with_sex(&sex);
/// let out = screen_columns(&batch, &wrse.rule, on)?;
/// // WRSE is for women: a man is not eligible; a row with nothing known cannot be judged.
/// assert_eq!(out.eligibility, [Eligibility::NotEligible, Eligibility::Undetermined]);
/// // A column shorter than the batch is refused, not read past its end.
/// let short = Households::new(3).with_sex(&sex);
/// assert!(screen_columns(&short, &wrse.rule, on).is_err());
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
pub fn screen_columns(
    h: &Households<'_>,
    rule: &Rule,
    on: NaiveDate,
) -> Result<ScreeningColumns, RegistryError> {
    let plan = ScreeningPlan::compile(rule, on)?;
    h.check()?;
    let owned = OwnedBatch::from_households(h);
    let coded = plan.screen(&owned.view())?;
    let reason = |c: &u8| Reason::ALL.get(usize::from(*c)).copied();
    let eligibility = |c: &u8| Eligibility::ALL.get(usize::from(*c)).copied();
    Ok(ScreeningColumns {
        eligibility: coded.eligibility.iter().filter_map(eligibility).collect(),
        criteria: coded.criteria,
        reasons: coded
            .reasons
            .iter()
            .map(|col| col.iter().filter_map(reason).collect())
            .collect(),
    })
}

/// Quota ranks over columns: the rank of each eligible row within its kelurahan (1 first);
/// rows ranked at most `policy.per_village` are the selection [`crate::screening::quota::select`] makes.
///
/// `village` groups rows (`None`: no kelurahan, never ranked); `ids` break ties in
/// ascending order and must be unique.
///
/// # Errors
///
/// [`RegistryError`] when a column's length is not the batch's or an id repeats.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Eligibility::{Eligible, NotEligible};
/// use berdaya::screening::quota::{QuotaPolicy, RankKey};
/// use berdaya::screening::registry::{select_columns, Households};
/// let income = [Some(900_000), Some(400_000), Some(600_000), Some(100_000)];
/// let batch = Households::new(4).with_monthly_income(&income);
/// let eligible = [Eligible, Eligible, Eligible, NotEligible];
/// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let policy = QuotaPolicy::new(2, vec![RankKey::LowestIncome]);
/// let ranks = select_columns(&[1, 2, 3, 4], &[Some(7); 4], &eligible, &batch, on, &policy)?;
/// // The poorest eligible first; the row that is not eligible is not ranked, however poor.
/// assert_eq!(ranks, [Some(3), Some(1), Some(2), None]);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
///
/// Each eligible row's ranking values are packed into one integer (up to 256 bits; 100 for
/// the default ranking) whose order is the ranking's, and the rows sorted once by
/// (kelurahan, key, id). Memory besides the input and the ranks: a copy of the ids (8 bytes a
/// row, to check they are unique) and one sort entry per eligible row (32 to 64 bytes).
pub fn select_columns(
    ids: &[i64],
    village: &[Option<u32>],
    eligibility: &[Eligibility],
    h: &Households<'_>,
    on: NaiveDate,
    policy: &QuotaPolicy,
) -> Result<Vec<Option<u32>>, RegistryError> {
    same_length(h.rows, ids.len(), village.len(), eligibility.len())?;
    h.check()?;
    let candidate = |i: usize| rank::Candidate {
        income: at(h.monthly_income, i),
        dependants: at(h.dependants, i),
        age: h.age_at(i, on),
        head: at(h.household_head, i),
        female: at(h.sex, i).map(|s| s == Sex::Female),
    };
    let eligible = |i: usize| eligibility.get(i) == Some(&Eligibility::Eligible);
    rank_rows(ids, village, eligible, candidate, policy)
}

/// The quota's own columns (ids, kelurahan, eligibility) are as long as the batch.
fn same_length(
    rows: usize,
    ids: usize,
    village: usize,
    eligibility: usize,
) -> Result<(), RegistryError> {
    for (column, found) in [
        ("ids", ids),
        ("village", village),
        ("eligibility", eligibility),
    ] {
        if found != rows {
            return Err(RegistryError::LengthMismatch {
                column,
                expected: rows,
                found,
            });
        }
    }
    Ok(())
}

/// Quota ranks over a batch in the engine's layout, with the eligibility codes
/// [`ScreeningPlan::screen`] gave it: the same ranks as [`select_columns`] gives for the same
/// rows, without the per-row view.
///
/// # Errors
///
/// [`RegistryError`] when a column's length is not the batch's, an id repeats, or a non-null
/// row's `sex` key points at no dictionary value (the ranking reads sex whatever the rule read).
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Eligibility::{Eligible, NotEligible};
/// use berdaya::screening::quota::{QuotaPolicy, RankKey};
/// use berdaya::screening::registry::*;
/// let income = [Some(900_000), Some(400_000), Some(600_000), Some(100_000)];
/// let h = Households::new(4).with_monthly_income(&income);
/// let eligible = [Eligible, Eligible, Eligible, NotEligible];
/// let codes = eligible.map(eligibility_code);
/// let (ids, village) = ([1, 2, 3, 4], [Some(7); 4]);
/// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let policy = QuotaPolicy::new(2, vec![RankKey::LowestIncome]);
/// let batch = OwnedBatch::from_households(&h);
/// let ranks = rank_batch(&ids, &village, &codes, &batch.view(), on, &policy)?;
/// assert_eq!(ranks, select_columns(&ids, &village, &eligible, &h, on, &policy)?);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
pub fn rank_batch(
    ids: &[i64],
    village: &[Option<u32>],
    eligibility: &[u8],
    b: &RegistryBatch<'_>,
    on: NaiveDate,
    policy: &QuotaPolicy,
) -> Result<Vec<Option<u32>>, RegistryError> {
    same_length(b.rows, ids.len(), village.len(), eligibility.len())?;
    b.check_lengths()?;
    // Screening checks only the keys its rule reads; a key outside is never an unknown sex.
    if let Some(keys) = &b.sex_keys {
        keys.check("sex")?;
    }
    let yes = eligibility_code(Eligibility::Eligible);
    let candidate = |i: usize| rank::Candidate {
        income: b.monthly_income.and_then(|c| c.get(i)),
        dependants: b
            .dependants
            .and_then(|c| c.get(i))
            .and_then(|d| u32::try_from(d).ok()),
        age: b.age_at(i, on),
        head: b.household_head.and_then(|f| f.get(i)),
        female: b.sex_at(i).map(|s| s == Sex::Female),
    };
    rank_rows(
        ids,
        village,
        |i| eligibility.get(i) == Some(&yes),
        candidate,
        policy,
    )
}

/// Ranks the eligible rows with a kelurahan: each row's packed ranking key (see `rank`),
/// sorted with the kelurahan first and the id last.
fn rank_rows(
    ids: &[i64],
    village: &[Option<u32>],
    eligible: impl Fn(usize) -> bool,
    candidate: impl Fn(usize) -> rank::Candidate,
    policy: &QuotaPolicy,
) -> Result<Vec<Option<u32>>, RegistryError> {
    unique(ids)?;
    let n = ids.len();
    let keys = rank::effective(&policy.ranking);
    let ranked = (0..n).filter_map(|i| {
        let v = village.get(i).copied().flatten()?;
        let id = *ids.get(i)?;
        eligible(i).then(|| {
            let (hi, lo) = rank::pack(&keys, &candidate(i));
            (v, (hi, lo), id, i as u32)
        })
    });
    let mut rank = vec![None; n];
    let width = rank::bits(&keys);
    if width <= 64 {
        let rows = ranked
            .map(|(v, (_, lo), id, i)| (v, lo as u64, id, i))
            .collect();
        rank::rank_sorted(rows, &mut rank);
    } else if width <= 128 {
        let rows = ranked.map(|(v, (_, lo), id, i)| (v, lo, id, i)).collect();
        rank::rank_sorted(rows, &mut rank);
    } else {
        rank::rank_sorted(ranked.collect(), &mut rank);
    }
    Ok(rank)
}

/// Refuses a repeated id, naming the row that repeats it and the row that had it first:
/// increasing ids pass in one pass, others by a sort of a copy; only a repeat found that way
/// makes a map find which rows.
fn unique(ids: &[i64]) -> Result<(), RegistryError> {
    // Ids in increasing order (a registry sorted by id) are unique: one pass tells.
    if ids.windows(2).all(|w| w.first() < w.get(1)) {
        return Ok(());
    }
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    if sorted.windows(2).all(|w| w.first() != w.get(1)) {
        return Ok(());
    }
    drop(sorted);
    let mut first: HashMap<i64, usize> = HashMap::with_capacity(ids.len());
    for (row, id) in ids.iter().enumerate() {
        if let Some(&earlier) = first.get(id) {
            return Err(RegistryError::DuplicateId {
                column: "id",
                row: row as u64,
                first: earlier as u64,
            });
        }
        first.insert(*id, row);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_ids_are_refused_naming_both_rows() {
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let h = Households {
            rows: 3,
            ..Households::default()
        };
        let eligible = [Eligibility::Eligible; 3];
        let village = [Some(0), Some(0), Some(0)];
        let policy = QuotaPolicy::with_default_ranking(2);
        let err = select_columns(&[5, 9, 5], &village, &eligible, &h, on, &policy).unwrap_err();
        assert_eq!(
            err,
            RegistryError::DuplicateId {
                column: "id",
                row: 2,
                first: 0
            }
        );
        assert_eq!(err.path(), "id[2]");
        let ranks = select_columns(&[5, 9, 7], &village, &eligible, &h, on, &policy).unwrap();
        assert_eq!(ranks, vec![Some(1), Some(3), Some(2)]);
    }

    #[test]
    fn a_sex_key_outside_its_dictionary_is_refused_by_the_ranking_not_read_as_unknown() {
        use crate::screening::quota::RankKey;
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let policy = QuotaPolicy::new(1, vec![RankKey::WomenFirst]);
        let codes = [0u8, 1]; // two values: female, male
        let yes = eligibility_code(Eligibility::Eligible);
        let rank = |keys: &[i8]| {
            let b = RegistryBatch::new(3).with_sex_keys(DictionaryKeys::new(
                KeyValues::I8(keys),
                None,
                &codes,
            ));
            rank_batch(&[1, 2, 3], &[Some(0); 3], &[yes; 3], &b, on, &policy)
        };
        // Row 1 is female, rows 0 and 2 male: the woman first, then the ids.
        assert_eq!(rank(&[1, 0, 1]).unwrap(), vec![Some(2), Some(1), Some(3)]);
        // -1 points at no value: an error naming the row, not a row of unknown sex.
        let err = rank(&[1, 0, -1]).unwrap_err();
        assert_eq!(
            (err.code(), err.path()),
            ("dictionary_key", "sex[2]".to_owned())
        );
    }
}
