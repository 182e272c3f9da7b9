//! Arrow columns → the core's columnar slices, strictly: a column of a type that cannot hold
//! what is read from it is refused (never cast to nulls), every unreadable value is named by
//! its row, and ids keep their own type through every routine.
//!
//! Errors found here are the core's [`RegistryError`]s (their messages and codes live in the
//! core); [`Fail`] carries one across the GIL-free section to be raised afterwards.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Date64Type, Float64Type, Int64Type, UInt64Type, UInt8Type};
use arrow_array::{
    Array, ArrayRef, DictionaryArray, Int64Array, RecordBatch, StringArray, UInt32Array,
};
use arrow_schema::{DataType, Field, Schema};
use berdaya::screening::registry::{all_below, ColumnType, RegistryError};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::errors;

/// An error found without the GIL, raised once it is held again.
pub enum Fail {
    /// A core registry error (its rows already counted over the whole input).
    Registry(RegistryError),
    /// Anything else: `berdaya.errors.<class>` with a code and a message.
    Other {
        class: &'static str,
        code: &'static str,
        message: String,
    },
}

impl From<RegistryError> for Fail {
    fn from(e: RegistryError) -> Self {
        Fail::Registry(e)
    }
}

impl Fail {
    /// An Arrow error (building an output batch).
    pub fn arrow(e: impl std::fmt::Display) -> Self {
        Fail::Other {
            class: "BerdayaError",
            code: "arrow",
            message: e.to_string(),
        }
    }

    /// The same failure with its rows counted from `offset`.
    pub fn offset_rows(self, offset: u64) -> Self {
        match self {
            Fail::Registry(e) => Fail::Registry(e.offset_rows(offset)),
            other => other,
        }
    }

    /// The exception: `ColumnError` for a missing or mistyped column, `RuleError` for a rule,
    /// `ValidationError` (one problem at `column[row]`) for a value.
    pub fn raise(self, py: Python<'_>) -> PyErr {
        let e = match self {
            Fail::Other {
                class,
                code,
                message,
            } => return errors::simple(py, class, code, message),
            Fail::Registry(e) => e,
        };
        let (en, id) = (e.message(berdaya::Lang::En), e.message(berdaya::Lang::Id));
        if matches!(
            e,
            RegistryError::Rule(_) | RegistryError::TooManyCriteria { .. }
        ) {
            return errors::raise(py, "RuleError", (en, e.code(), id));
        }
        if e.is_argument() {
            return errors::raise(py, "ColumnError", (en, e.code(), id, e.path()));
        }
        let problem = PyDict::new(py);
        let built = problem
            .set_item("path", e.path())
            .and_then(|_| problem.set_item("kind", e.code()))
            .and_then(|_| problem.set_item("expected", &en))
            .and_then(|_| problem.set_item("found", py.None()))
            .and_then(|_| problem.set_item("message", &en))
            .and_then(|_| problem.set_item("message_id", &id))
            .and_then(|_| PyList::new(py, [problem]));
        match built {
            Ok(problems) => errors::raise(py, "ValidationError", (en, problems, id)),
            Err(err) => err,
        }
    }
}

/// A column of the batch by name.
pub fn column(batch: &RecordBatch, name: &str) -> Option<ArrayRef> {
    // Not `Schema::index_of`, whose error for a missing column formats every field's name.
    batch.column_by_name(name).cloned()
}

pub fn wrong_type(name: &str, expected: ColumnType, found: &DataType) -> Fail {
    Fail::Registry(RegistryError::ColumnType {
        column: name.to_owned(),
        expected,
        found: found.to_string(),
    })
}

pub fn cast(a: &ArrayRef, to: &DataType) -> Result<ArrayRef, Fail> {
    arrow_cast::cast(a, to).map_err(Fail::arrow)
}

/// Names the first bad row of a column (and counts the rest in this batch).
fn bad_values<'a>(
    name: &str,
    expected: ColumnType,
    allowed: Option<&str>,
    mut bad: impl Iterator<Item = (usize, String)> + 'a,
) -> Result<(), Fail> {
    if let Some((row, found)) = bad.next() {
        return Err(Fail::Registry(RegistryError::BadValue {
            column: name.to_owned(),
            row: row as u64,
            found,
            expected,
            allowed: allowed.map(str::to_owned),
            further: bad.count() as u64,
        }));
    }
    Ok(())
}

fn is_text(t: &DataType) -> bool {
    match t {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => true,
        DataType::Dictionary(_, v) => is_text(v),
        _ => false,
    }
}

fn is_integer(t: &DataType) -> bool {
    t.is_integer()
}

/// A column of text codes, each parsed by `parse`.
pub fn codes<T>(
    batch: &RecordBatch,
    name: &str,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Result<Option<Vec<Option<T>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    if a.data_type() == &DataType::Null {
        return Ok(Some((0..a.len()).map(|_| None).collect()));
    }
    if !is_text(a.data_type()) {
        return Err(wrong_type(name, ColumnType::Code, a.data_type()));
    }
    let a = cast(&a, &DataType::Utf8)?;
    let strings = a.as_string::<i32>();
    let bad = strings.iter().enumerate().filter_map(|(row, v)| {
        v.filter(|s| parse(s).is_none())
            .map(|s| (row, s.to_owned()))
    });
    bad_values(name, ColumnType::Code, Some(expected), bad)?;
    Ok(Some(strings.iter().map(|v| v.and_then(parse)).collect()))
}

/// A column of true/false values (Arrow booleans, or text that reads as true or false).
pub fn bools(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<bool>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    match a.data_type() {
        DataType::Null => Ok(Some(vec![None; a.len()])),
        DataType::Boolean => Ok(Some(a.as_boolean().iter().collect())),
        // Text flags (Dask and pandas turn a flag column with gaps into strings): each must
        // read as true or false, or its row is named.
        t if is_text(t) => {
            let text = cast(&a, &DataType::Utf8)?;
            let flags = cast(&text, &DataType::Boolean)?;
            let (text, flags) = (text.as_string::<i32>(), flags.as_boolean());
            let bad = text
                .iter()
                .zip(flags.iter())
                .enumerate()
                .filter_map(|(row, (s, b))| s.filter(|_| b.is_none()).map(|s| (row, s.to_owned())));
            bad_values(name, ColumnType::Boolean, None, bad)?;
            Ok(Some(flags.iter().collect()))
        }
        other => Err(wrong_type(name, ColumnType::Boolean, other)),
    }
}

/// A column of whole numbers: any integer type, or floats that hold whole numbers (pandas
/// turns an integer column with gaps into floats).
pub fn ints(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<i64>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let t = a.data_type();
    if t == &DataType::Null {
        return Ok(Some(vec![None; a.len()]));
    }
    if matches!(t, DataType::UInt64) {
        let values = a.as_primitive::<UInt64Type>();
        let bad = values.iter().enumerate().filter_map(|(row, v)| {
            v.filter(|v| i64::try_from(*v).is_err())
                .map(|v| (row, v.to_string()))
        });
        bad_values(name, ColumnType::Integer, None, bad)?;
        return Ok(Some(
            values
                .iter()
                .map(|v| v.and_then(|v| i64::try_from(v).ok()))
                .collect(),
        ));
    }
    if is_integer(t) {
        let a = cast(&a, &DataType::Int64)?;
        return Ok(Some(a.as_primitive::<Int64Type>().iter().collect()));
    }
    if t.is_floating() {
        let a = cast(&a, &DataType::Float64)?;
        let floats = a.as_primitive::<Float64Type>();
        let whole = |v: f64| v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e18;
        let bad = floats
            .iter()
            .enumerate()
            .filter_map(|(row, v)| v.filter(|v| !whole(*v)).map(|v| (row, v.to_string())));
        bad_values(name, ColumnType::Integer, None, bad)?;
        #[allow(clippy::cast_possible_truncation)] // whole and within i64, checked above
        return Ok(Some(floats.iter().map(|v| v.map(|v| v as i64)).collect()));
    }
    Err(wrong_type(name, ColumnType::Integer, t))
}

/// A column of dates: Arrow dates, timestamps, or ISO `YYYY-MM-DD` text.
pub fn dates(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<NaiveDate>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    let from_days = |d: i64| epoch.checked_add_signed(chrono::TimeDelta::try_days(d)?);
    let days: Vec<Option<i64>> = match a.data_type() {
        DataType::Null => return Ok(Some(vec![None; a.len()])),
        DataType::Date32 => a
            .as_primitive::<Date32Type>()
            .iter()
            .map(|d| d.map(i64::from))
            .collect(),
        DataType::Date64 => a
            .as_primitive::<Date64Type>()
            .iter()
            .map(|d| d.map(|ms| ms.div_euclid(86_400_000)))
            .collect(),
        DataType::Timestamp(..) => {
            let a = cast(&a, &DataType::Date32)?;
            a.as_primitive::<Date32Type>()
                .iter()
                .map(|d| d.map(i64::from))
                .collect()
        }
        t if is_text(t) => {
            let a = cast(&a, &DataType::Utf8)?;
            let strings = a.as_string::<i32>();
            let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            let bad = strings.iter().enumerate().filter_map(|(row, v)| {
                v.filter(|s| parse(s).is_none())
                    .map(|s| (row, s.to_owned()))
            });
            bad_values(name, ColumnType::Date, None, bad)?;
            return Ok(Some(strings.iter().map(|v| v.and_then(parse)).collect()));
        }
        other => return Err(wrong_type(name, ColumnType::Date, other)),
    };
    let bad = days.iter().enumerate().filter_map(|(row, d)| {
        d.filter(|d| from_days(*d).is_none())
            .map(|d| (row, format!("{d} days from 1970-01-01")))
    });
    bad_values(name, ColumnType::Date, None, bad)?;
    Ok(Some(
        days.into_iter().map(|d| d.and_then(from_days)).collect(),
    ))
}

/// An id column as order-preserving integer codes (integer ids are their own codes; text ids
/// are ranked), with, per code, the first row that holds it — so that results can give the
/// caller's own ids back in their own type.
pub struct Ids {
    /// The column as given.
    pub original: ArrayRef,
    /// One code per row (`None` for null); codes order like the ids.
    pub codes: Vec<Option<i64>>,
    /// Per code, the first row holding it — not for numeric ids (a number is its own code).
    first_row: Option<HashMap<i64, u32>>,
}

impl Ids {
    /// Reads an id column of whole numbers or text.
    pub fn read(name: &str, a: ArrayRef) -> Result<Ids, Fail> {
        let codes = Ids::codes(name, &a)?;
        let numeric = is_integer(a.data_type()) || a.data_type().is_floating();
        let first_row = (!numeric).then(|| {
            let mut first_row = HashMap::new();
            for (row, c) in codes.iter().enumerate() {
                if let Some(c) = c {
                    first_row.entry(*c).or_insert(row as u32);
                }
            }
            first_row
        });
        Ok(Ids {
            original: a,
            codes,
            first_row,
        })
    }

    /// The order-preserving codes of an id column (without the map back to the ids).
    pub fn codes(name: &str, a: &ArrayRef) -> Result<Vec<Option<i64>>, Fail> {
        Ok(
            if is_integer(a.data_type()) || a.data_type().is_floating() {
                let batch = RecordBatch::try_from_iter([(name, a.clone())]).map_err(Fail::arrow)?;
                ints(&batch, name)?.unwrap_or_default()
            } else if is_text(a.data_type()) {
                let text = cast(a, &DataType::Utf8)?;
                let strings = text.as_string::<i32>();
                let mut sorted: Vec<&str> = strings.iter().flatten().collect();
                sorted.sort_unstable();
                sorted.dedup();
                let rank: HashMap<&str, i64> = sorted
                    .iter()
                    .enumerate()
                    .map(|(k, s)| (*s, k as i64))
                    .collect();
                strings
                    .iter()
                    .map(|v| v.and_then(|s| rank.get(s).copied()))
                    .collect()
            } else if a.data_type() == &DataType::Null {
                vec![None; a.len()]
            } else {
                return Err(wrong_type(name, ColumnType::Id, a.data_type()));
            },
        )
    }

    /// The caller's ids for `codes`, in the column's own type.
    pub fn give_back(&self, codes: impl Iterator<Item = i64>) -> Result<ArrayRef, Fail> {
        let Some(first_row) = &self.first_row else {
            // Numbers are their own codes: back to the column's own type.
            let numbers: ArrayRef = Arc::new(Int64Array::from_iter_values(codes));
            return cast(&numbers, self.original.data_type());
        };
        let rows: Vec<Option<u32>> = codes.map(|c| first_row.get(&c).copied()).collect();
        arrow_select::take::take(&self.original, &UInt32Array::from(rows), None)
            .map_err(Fail::arrow)
    }
}

/// A dictionary-encoded string column of `values` indexed by `keys`.
pub fn dictionary(keys: Vec<u8>, values: &[&str]) -> Result<ArrayRef, Fail> {
    coded(
        Codes::whole(keys, values.len())?,
        &(Arc::new(StringArray::from(values.to_vec())) as ArrayRef),
    )
}

/// `u8` codes each below `values`, the number of values of the dictionary they index; the
/// only way codes reach [`coded`]. Checked whole as they come in (one vectorised pass;
/// Arrow's own check looks at each code in turn).
pub struct Codes {
    codes: Vec<u8>,
    values: usize,
}

impl Codes {
    /// `codes` whole; an Arrow error (never a column silently emptied) when one is past the
    /// values, which the core's codes never are.
    pub fn whole(codes: Vec<u8>, values: usize) -> Result<Self, Fail> {
        if !all_below(&codes, values) {
            return Err(Fail::arrow(format!(
                "a dictionary code is past the {values} values of its dictionary"
            )));
        }
        Ok(Codes { codes, values })
    }
}

/// `codes` over the shared dictionary `values`, without copying the codes (whose buffer
/// [`super::pool`] keeps for reuse once the array is dropped).
pub fn coded(codes: Codes, values: &ArrayRef) -> Result<ArrayRef, Fail> {
    if codes.values != values.len() {
        return Err(Fail::arrow(format!(
            "codes checked against {} values are given a dictionary of {}",
            codes.values,
            values.len()
        )));
    }
    // Handed over without a copy; the buffer goes back to the pool once Python drops it.
    let keys = super::pool::codes_array(codes.codes);
    // The one `unsafe` of the binding. SAFETY: `new_unchecked` is sound when `try_new` would
    // succeed: the keys are `u8` without nulls and each is below the number of `values`
    // (every code in a `Codes` was checked below `codes.values` as it came in, and that
    // number is `values.len()`, checked just above), so each indexes a value.
    #[allow(unsafe_code)]
    let d = unsafe { DictionaryArray::<UInt8Type>::new_unchecked(keys, values.clone()) };
    Ok(Arc::new(d))
}

/// The Arrow type of a dictionary-encoded string column.
pub fn dictionary_type() -> DataType {
    DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8))
}

/// A record batch of `fields` and `arrays`.
pub fn batch_of(fields: Vec<Field>, arrays: Vec<ArrayRef>) -> Result<RecordBatch, Fail> {
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(Fail::arrow)
}

/// The codes of a labelled enum's values, for messages (`female, male`).
pub fn all_codes<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_past_the_values_is_an_arrow_error_not_an_empty_column() {
        let good = dictionary(vec![1, 0, 1], &["a", "b"]).ok().map(|a| a.len());
        assert_eq!(good, Some(3));
        match dictionary(vec![0, 2], &["a", "b"]) {
            Err(Fail::Other { code, .. }) => assert_eq!(code, "arrow"),
            Err(Fail::Registry(e)) => panic!("expected the Arrow error, got {e}"),
            Ok(a) => panic!("expected an error, got a column of {} rows", a.len()),
        }
    }

    #[test]
    fn codes_past_the_values_are_refused_and_checked_codes_fit_only_their_own_dictionary() {
        assert!(Codes::whole(vec![0, 2, 1, 3], 3).is_err());
        let values: ArrayRef = Arc::new(StringArray::from(vec!["a", "b", "c"]));
        let codes = Codes::whole(vec![0, 2, 1], 3).ok();
        let column = codes.and_then(|c| coded(c, &values).ok());
        assert_eq!(column.map(|a| a.len()), Some(3));
        // Codes checked against three values do not index a dictionary of two.
        let two: ArrayRef = Arc::new(StringArray::from(vec!["a", "b"]));
        let checked = Codes::whole(vec![2], 3).ok();
        assert!(checked.is_some_and(|c| coded(c, &two).is_err()));
    }
}
