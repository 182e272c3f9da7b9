//! Which registry columns a rule reads, and the checks a column's values must pass before a
//! batch is screened, so that nothing a registry holds silently becomes *unknown*.
//!
//! A binding asks [`columns_needed`] which columns a rule (and a quota ranking) reads and
//! refuses a batch that lacks one unless its caller said the data was not collected; it
//! narrows integer columns with [`ages`] and [`counts`], which report a value out of range
//! with its row instead of dropping it, as the document path does.

use chrono::NaiveDate;

use crate::model::date::age_on;
use crate::model::participant::AGE_RANGE;
use crate::screening::eligibility::{Criterion, Rule};
use crate::screening::quota::RankKey;
use crate::screening::registry::error::{ColumnType, RegistryError};

/// A criterion's (or a ranking key's) need for data: any one of the columns will do.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{Criterion, Rule};
/// use berdaya::screening::registry::columns_needed;
/// let needs = columns_needed(&Rule::test(Criterion::AgeBetween { min: 18, max: 60 }), &[]);
/// // An age can come from either column.
/// let columns: Vec<&str> = needs[0].any_of.iter().map(|(c, _)| c.as_str()).collect();
/// assert_eq!(columns, ["age", "birth_date"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ColumnNeed {
    /// What reads the columns (a criterion or ranking key code).
    pub needed_by: &'static str,
    /// The columns that can supply it, each with the type it must hold.
    pub any_of: Vec<(String, ColumnType)>,
}

fn need(needed_by: &'static str, columns: &[(&str, ColumnType)]) -> ColumnNeed {
    ColumnNeed {
        needed_by,
        any_of: columns.iter().map(|(c, t)| ((*c).to_owned(), *t)).collect(),
    }
}

fn criterion_needs(c: &Criterion, out: &mut Vec<ColumnNeed>) {
    use ColumnType::{Boolean, Code, Date, Integer};
    match c {
        Criterion::Sex { .. } => out.push(need("sex", &[("sex", Code)])),
        Criterion::AgeBetween { .. } => out.push(need(
            "age_between",
            &[("age", Integer), ("birth_date", Date)],
        )),
        Criterion::MaritalStatusIn { .. } => {
            out.push(need("marital_status_in", &[("marital_status", Code)]))
        }
        Criterion::HouseholdHead => {
            out.push(need("household_head", &[("household_head", Boolean)]))
        }
        Criterion::MainBreadwinner => {
            out.push(need("main_breadwinner", &[("main_breadwinner", Boolean)]))
        }
        Criterion::IncomeBelow { .. } => {
            out.push(need("income_below", &[("monthly_income", Integer)]))
        }
        Criterion::ReceivesAssistance { any_of } => {
            for a in any_of {
                out.push(ColumnNeed {
                    needed_by: "receives_assistance",
                    any_of: vec![(assistance_column(*a), Boolean)],
                });
            }
        }
        Criterion::NoElderlyMember => out.push(need(
            "no_elderly_member",
            &[("household_has_elderly", Boolean)],
        )),
        Criterion::NoDisabledMember => out.push(need(
            "no_disabled_member",
            &[("household_has_disabled", Boolean)],
        )),
        Criterion::HasBusiness => out.push(need("has_business", &[("has_business", Boolean)])),
        Criterion::InIntegratedDatabase => out.push(need(
            "in_integrated_database",
            &[("in_integrated_database", Boolean)],
        )),
        // The columnar engine reads no designation: a registry row carries no decree, so
        // this criterion is undetermined (designation_unknown) on every row, never a pass.
        Criterion::DesignatedSite { .. } => {}
    }
}

/// The column that says whether a household receives `a`: `receives_<code>`.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::SocialAssistance;
/// use berdaya::screening::registry::assistance_column;
/// let column = assistance_column(SocialAssistance::Pkh);
/// assert_eq!(column, format!("receives_{}", SocialAssistance::Pkh.code()));
/// ```
pub fn assistance_column(a: crate::model::participant::SocialAssistance) -> String {
    format!("receives_{}", a.code())
}

/// The columns `rule` reads (and, for a quota, the columns `ranking` reads), one need per
/// criterion or key, without repeats.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{Criterion, Rule};
/// use berdaya::screening::quota::RankKey;
/// use berdaya::screening::registry::columns_needed;
/// let rule = Rule::test(Criterion::HasBusiness);
/// let needs = columns_needed(&rule, &[RankKey::LowestIncome]);
/// // The rule's column, then the ranking's.
/// let by: Vec<&str> = needs.iter().map(|n| n.needed_by).collect();
/// assert_eq!(by.len(), 2);
/// assert!(needs[1].any_of.iter().any(|(c, _)| c == "monthly_income"));
/// ```
pub fn columns_needed(rule: &Rule, ranking: &[RankKey]) -> Vec<ColumnNeed> {
    use ColumnType::{Boolean, Date, Integer};
    let mut out = Vec::new();
    for c in rule.criteria() {
        criterion_needs(c, &mut out);
    }
    for key in ranking {
        let (by, cols): (&'static str, &[(&str, ColumnType)]) = match key {
            RankKey::LowestIncomePerMember => {
                ("lowest_income_per_member", &[("monthly_income", Integer)])
            }
            RankKey::LowestIncome => ("lowest_income", &[("monthly_income", Integer)]),
            RankKey::MostDependants => ("most_dependants", &[("dependants", Integer)]),
            RankKey::Oldest | RankKey::Youngest => {
                ("age", &[("age", Integer), ("birth_date", Date)])
            }
            RankKey::HouseholdHeadFirst => ("household_head_first", &[("household_head", Boolean)]),
            RankKey::WomenFirst => ("women_first", &[("sex", ColumnType::Code)]),
        };
        out.push(need(by, cols));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|n| seen.insert(n.any_of.clone()));
    out
}

/// The first need none of whose columns `has_column` finds, as the error to raise.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{Criterion, Rule};
/// use berdaya::screening::registry::{columns_needed, first_missing};
/// let needs = columns_needed(&Rule::test(Criterion::AgeBetween { min: 18, max: 60 }), &[]);
/// // Either column will do; with neither, the error names both.
/// assert!(first_missing(&needs, |c| c == "birth_date").is_ok());
/// let err = first_missing(&needs, |_| false).unwrap_err();
/// assert_eq!((err.code(), err.path()), ("missing_column", "age | birth_date".to_owned()));
/// ```
pub fn first_missing(
    needs: &[ColumnNeed],
    has_column: impl Fn(&str) -> bool,
) -> Result<(), RegistryError> {
    for n in needs {
        if !n.any_of.iter().any(|(c, _)| has_column(c)) {
            // Named as the alternatives (`age | birth_date`), typed as the first.
            let expected = n.any_of.first().map_or(ColumnType::Code, |(_, t)| *t);
            let column = n
                .any_of
                .iter()
                .map(|(c, _)| c.as_str())
                .collect::<Vec<_>>()
                .join(" | ");
            return Err(RegistryError::MissingColumn {
                column,
                expected,
                needed_by: n.needed_by,
            });
        }
    }
    Ok(())
}

/// The first bad row of a column and how many follow it.
fn first_bad<T>(values: &[T], bad: impl Fn(&T) -> bool) -> Option<(usize, &T, u64)> {
    let mut first = None;
    let mut further = 0u64;
    for (row, v) in values.iter().enumerate() {
        if bad(v) {
            if first.is_none() {
                first = Some((row, v));
            } else {
                further += 1;
            }
        }
    }
    first.map(|(row, v)| (row, v, further))
}

/// Narrows `values` to `min..=max`, or names the first row outside it (and counts the rest).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::narrow;
/// let narrowed: Vec<Option<u8>> = narrow("weight", &[Some(3), None, Some(5)], (1, 5))?;
/// assert_eq!(narrowed, [Some(3), None, Some(5)]);
/// // Out of range is an error at its row, never clamped or dropped.
/// let err = narrow::<u8>("weight", &[Some(3), Some(9)], (1, 5)).unwrap_err();
/// assert_eq!(err.path(), "weight[1]");
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
// For the bindings: they turn a host language's whole numbers and dates into checked
// columns; a Rust caller has typed columns already.
#[doc(hidden)]
pub fn narrow<T: TryFrom<i64>>(
    column: &str,
    values: &[Option<i64>],
    (min, max): (i64, i64),
) -> Result<Vec<Option<T>>, RegistryError> {
    let outside =
        |v: &Option<i64>| v.is_some_and(|v| v < min || v > max || T::try_from(v).is_err());
    if let Some((row, v, further)) = first_bad(values, outside) {
        return Err(RegistryError::OutOfRange {
            column: column.to_owned(),
            row: row as u64,
            found: v.unwrap_or_default(),
            min,
            max,
            further,
        });
    }
    Ok(values
        .iter()
        .map(|v| v.and_then(|v| T::try_from(v).ok()))
        .collect())
}

/// An `age` column, checked against the ages the document path admits ([`AGE_RANGE`]).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::ages;
/// assert_eq!(ages(&[Some(34), None])?, [Some(34), None]);
/// // The age a document could not hold is refused here too.
/// assert_eq!(ages(&[Some(34), Some(250)]).unwrap_err().path(), "age[1]");
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
// For the bindings: they turn a host language's whole numbers and dates into checked
// columns; a Rust caller has typed columns already.
#[doc(hidden)]
pub fn ages(values: &[Option<i64>]) -> Result<Vec<Option<i32>>, RegistryError> {
    narrow(
        "age",
        values,
        (i64::from(AGE_RANGE.0), i64::from(AGE_RANGE.1)),
    )
}

/// A column of counts (e.g. `dependants`): whole numbers from zero.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::counts;
/// assert_eq!(counts("dependants", &[Some(0), Some(4)])?, [Some(0), Some(4)]);
/// assert_eq!(counts("dependants", &[Some(-1)]).unwrap_err().path(), "dependants[0]");
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
// For the bindings: they turn a host language's whole numbers and dates into checked
// columns; a Rust caller has typed columns already.
#[doc(hidden)]
pub fn counts(column: &str, values: &[Option<i64>]) -> Result<Vec<Option<u32>>, RegistryError> {
    narrow(column, values, (0, i64::from(u32::MAX)))
}

/// A `birth_date` column: the age each date gives on `on` must be one the document path
/// admits ([`AGE_RANGE`]), as for a participant's birth date at the reference date.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::check_birth_dates;
/// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let born = |y| chrono::NaiveDate::from_ymd_opt(y, 6, 1);
/// assert!(check_birth_dates(&[born(1990), None], on).is_ok());
/// // Born in 1700: an age no document admits on the screening date.
/// assert!(check_birth_dates(&[born(1990), born(1700)], on).is_err());
/// ```
// For the bindings: they turn a host language's whole numbers and dates into checked
// columns; a Rust caller has typed columns already.
#[doc(hidden)]
pub fn check_birth_dates(values: &[Option<NaiveDate>], on: NaiveDate) -> Result<(), RegistryError> {
    let (min, max) = AGE_RANGE;
    let outside = |d: &Option<NaiveDate>| d.is_some_and(|d| !(min..=max).contains(&age_on(d, on)));
    match first_bad(values, outside) {
        Some((row, d, further)) => Err(RegistryError::OutOfRange {
            column: "birth_date".to_owned(),
            row: row as u64,
            found: d.map_or(0, |d| i64::from(age_on(d, on))),
            min: i64::from(min),
            max: i64::from(max),
            further,
        }),
        None => Ok(()),
    }
}

/// Names the first null of a column that must have a value in every row.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::no_nulls;
/// assert!(no_nulls("id", &[Some(1), Some(2)]).is_ok());
/// assert_eq!(no_nulls("id", &[Some(1), None]).unwrap_err().path(), "id[1]");
/// ```
// For the bindings: they turn a host language's whole numbers and dates into checked
// columns; a Rust caller has typed columns already.
#[doc(hidden)]
pub fn no_nulls<T>(column: &str, values: &[Option<T>]) -> Result<(), RegistryError> {
    match first_bad(values, Option::is_none) {
        Some((row, _, further)) => Err(RegistryError::MissingValue {
            column: column.to_owned(),
            row: row as u64,
            further,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::eligibility::{preset, PresetId, PresetParams};

    #[test]
    fn wrse_reads_its_five_columns_and_age_may_come_from_the_birth_date() {
        let wrse = preset(PresetId::Wrse, &PresetParams::default());
        let needs = columns_needed(&wrse.rule, &[]);
        let names: Vec<Vec<&str>> = needs
            .iter()
            .map(|n| n.any_of.iter().map(|(c, _)| c.as_str()).collect())
            .collect();
        assert!(names.contains(&vec!["sex"]));
        assert!(names.contains(&vec!["age", "birth_date"]));
        assert!(names.contains(&vec!["monthly_income"]));
        let only_age = [
            "age",
            "sex",
            "marital_status",
            "main_breadwinner",
            "monthly_income",
        ];
        assert_eq!(first_missing(&needs, |c| only_age.contains(&c)), Ok(()));
        let err = first_missing(&needs, |c| c != "sex");
        assert!(
            matches!(err, Err(RegistryError::MissingColumn { ref column, .. }) if column == "sex")
        );
    }

    #[test]
    fn out_of_range_ages_are_named_with_their_row_and_the_rest_counted() {
        let err = ages(&[Some(30), None, Some(1 << 40), Some(-5), Some(40)]);
        assert_eq!(
            err,
            Err(RegistryError::OutOfRange {
                column: "age".into(),
                row: 2,
                found: 1 << 40,
                min: 0,
                max: 120,
                further: 1,
            })
        );
        let shifted = err.map_err(|e| e.offset_rows(600_000)).unwrap_err();
        assert_eq!(shifted.path(), "age[600002]");
        assert!(shifted
            .message(crate::model::lang::Lang::Id)
            .contains("dan 1 baris lain"));
        assert_eq!(
            ages(&[Some(0), Some(120), None]),
            Ok(vec![Some(0), Some(120), None])
        );
    }

    #[test]
    fn birth_dates_giving_impossible_ages_are_refused() {
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let born = |y| NaiveDate::from_ymd_opt(y, 6, 1);
        assert_eq!(check_birth_dates(&[born(1990), None], on), Ok(()));
        let err = check_birth_dates(&[born(1990), born(2030)], on).unwrap_err();
        assert_eq!(err.path(), "birth_date[1]");
        assert_eq!(
            counts("dependants", &[Some(-1)]).unwrap_err().code(),
            "out_of_range"
        );
        assert_eq!(
            no_nulls("id", &[Some(1), None, None])
                .unwrap_err()
                .message(crate::model::lang::Lang::En),
            "id[1]: expected a value; found null (and 1 more rows in this batch)"
        );
    }
}
