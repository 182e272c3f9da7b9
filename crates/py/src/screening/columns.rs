//! A record batch of households → the core's [`RegistryBatch`], borrowing Arrow's buffers
//! where their layout is the engine's (64- and 32-bit integers, `date32`, booleans, validity
//! bitmaps at any offset) and converting once where not: text codes are dictionary-encoded
//! once, a dictionary column's values are parsed once each, other types go through the strict
//! readers of `arrow.rs`. Every present column is checked as before (types, codes, ranges).

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef, BooleanArray, RecordBatch};
use arrow_schema::DataType;
use berdaya::model::participant::{MaritalStatus, Sex, SocialAssistance};
use berdaya::screening::eligibility::{Criterion, Rule};
use berdaya::screening::quota::RankKey;
use berdaya::screening::registry::{
    assistance_column, check_values, columns_needed, encode_dictionary, encode_text, first_missing,
    Bitmap, DayColumn, DictionaryKeys, FlagColumn, IntColumn, IntValues, KeyValues, Offsets,
    RegistryBatch, TextColumn, ASSISTANCE_NOT_RECORDED, DICTIONARY_VALUES, NULL_CODE,
};
use chrono::NaiveDate;

use crate::screening::arrow::{all_codes, bools, cast, column, dates, ints, wrong_type, Fail};
use crate::screening::households::Missing;
use berdaya::screening::registry::ColumnType;

/// A column kept alive (as given, or converted once) for the batch's view.
enum Held {
    Ints(ArrayRef),
    Owned(Vec<i64>, Vec<u8>),
    Days(ArrayRef),
    OwnedDays(Vec<i32>, Vec<u8>),
    Flags(BooleanArray),
}

/// A code column held for the batch's view: one code per row (text encoded once, a
/// dictionary's keys remapped), or a dictionary (any integer keys) as it is — its keys and its
/// values' codes — for the core to judge the keys directly.
enum Coded {
    Codes(Vec<u8>),
    Keys(ArrayRef, Vec<u8>),
}

/// The household columns of one batch, held for [`Prepared::view`].
pub struct Prepared {
    rows: usize,
    sex: Option<Coded>,
    marital: Option<Coded>,
    age: Option<Held>,
    birth: Option<Held>,
    income: Option<Held>,
    dependants: Option<Held>,
    flags: [Option<Held>; 6],
    assistance: Option<Vec<u16>>,
}

const FLAGS: [&str; 6] = [
    "household_head",
    "main_breadwinner",
    "household_has_elderly",
    "household_has_disabled",
    "has_business",
    "in_integrated_database",
];

/// The validity bitmap of `a` (`None`: no nulls), borrowed.
fn validity(a: &dyn Array) -> Option<Bitmap<'_>> {
    a.nulls()
        .map(|n| Bitmap::new(n.inner().inner().as_slice(), n.offset()))
}

fn owned_ints(values: Vec<Option<i64>>) -> Held {
    let valid = berdaya::screening::registry::bitmap_of(values.iter().map(Option::is_some));
    Held::Owned(
        values.into_iter().map(Option::unwrap_or_default).collect(),
        valid,
    )
}

/// An integer column: 64- and 32-bit integers borrowed, others converted by `ints`.
fn int_column(batch: &RecordBatch, name: &str) -> Result<Option<Held>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    match a.data_type() {
        DataType::Int64 | DataType::Int32 => Ok(Some(Held::Ints(a))),
        DataType::Int8 | DataType::Int16 | DataType::UInt8 | DataType::UInt16 => {
            Ok(Some(Held::Ints(cast(&a, &DataType::Int64)?)))
        }
        _ => Ok(ints(batch, name)?.map(owned_ints)),
    }
}

fn date_column(batch: &RecordBatch, name: &str) -> Result<Option<Held>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    if a.data_type() == &DataType::Date32 {
        return Ok(Some(Held::Days(a)));
    }
    Ok(dates(batch, name)?.map(|d| {
        let days = d
            .iter()
            .map(|d| {
                d.map_or(0, |d| {
                    i32::try_from(berdaya::screening::registry::days_since_epoch(d))
                        .unwrap_or(i32::MIN)
                })
            })
            .collect();
        let valid = berdaya::screening::registry::bitmap_of(d.iter().map(Option::is_some));
        Held::OwnedDays(days, valid)
    }))
}

fn flag_column(batch: &RecordBatch, name: &str) -> Result<Option<Held>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    if a.data_type() == &DataType::Boolean {
        return Ok(Some(Held::Flags(a.as_boolean().clone())));
    }
    Ok(bools(batch, name)?.map(|v| Held::Flags(BooleanArray::from(v))))
}

/// A text column of codes as positions in `all` (`NULL_CODE` for null): text encoded once,
/// a dictionary's values parsed once each — and a dictionary (any integer keys) of at most
/// [`DICTIONARY_VALUES`] values that all parse kept as it is, its keys checked here (the
/// error, and its place among the batch's errors, those of the remap) unless `check_keys` is
/// false (the caller's kernels check them).
fn code_column<T: Copy + PartialEq + std::fmt::Display>(
    batch: &RecordBatch,
    name: &str,
    all: &[T],
    parse: fn(&str) -> Option<T>,
    check_keys: bool,
) -> Result<Option<Coded>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let allowed = all_codes(all);
    let position = |s: &str| {
        parse(s)
            .and_then(|v| all.iter().position(|x| *x == v))
            .and_then(|p| u8::try_from(p).ok())
    };
    let text = |a: &dyn Array| -> Result<Vec<u8>, Fail> {
        let (offsets, bytes) = match a.data_type() {
            DataType::Utf8 => {
                let s = a.as_string::<i32>();
                (Offsets::I32(s.value_offsets()), s.values().as_slice())
            }
            DataType::LargeUtf8 => {
                let s = a.as_string::<i64>();
                (Offsets::I64(s.value_offsets()), s.values().as_slice())
            }
            other => return Err(wrong_type(name, ColumnType::Code, other)),
        };
        let col = TextColumn::new(offsets, bytes, validity(a));
        Ok(encode_text(name, &col, position, &allowed)?)
    };
    let codes = match a.data_type() {
        DataType::Null => vec![NULL_CODE; a.len()],
        DataType::Utf8 | DataType::LargeUtf8 => text(&a)?,
        DataType::Utf8View => text(&cast(&a, &DataType::Utf8)?)?,
        DataType::Dictionary(k, v) if is_text(v) => {
            if k.is_dictionary_key_type() {
                if let Some(codes) = value_codes(&a, position)? {
                    if let (Some(keys), true) = (keys_view(&a, &codes), check_keys) {
                        keys.check(name)?;
                    }
                    return Ok(Some(Coded::Keys(a, codes)));
                }
            }
            dictionary_codes(name, &a, position, &allowed)?
        }
        other => return Err(wrong_type(name, ColumnType::Code, other)),
    };
    Ok(Some(Coded::Codes(codes)))
}

/// The code of each value of a dictionary column, when there are at most
/// [`DICTIONARY_VALUES`] and every one parses (else `None`: the remap names the bad rows).
fn value_codes(
    a: &ArrayRef,
    position: impl Fn(&str) -> Option<u8>,
) -> Result<Option<Vec<u8>>, Fail> {
    let Some(d) = a.as_any_dictionary_opt() else {
        return Ok(None);
    };
    if d.values().len() > DICTIONARY_VALUES {
        return Ok(None);
    }
    let values = cast(d.values(), &DataType::Utf8)?;
    Ok(values
        .as_string::<i32>()
        .iter()
        .map(|v| v.and_then(&position))
        .collect())
}

/// The core's view of a dictionary column of any integer key type: its keys, their validity,
/// and `codes`, one per value.
fn keys_view<'a>(a: &'a ArrayRef, codes: &'a [u8]) -> Option<DictionaryKeys<'a>> {
    macro_rules! view {
        ($($t:ty => $v:ident),*) => {
            $(if let Some(d) = a.as_dictionary_opt::<$t>() {
                let k = d.keys();
                return Some(DictionaryKeys::new(KeyValues::$v(k.values()), validity(k), codes));
            })*
        };
    }
    view!(
        Int8Type => I8, UInt8Type => U8, Int16Type => I16, UInt16Type => U16,
        Int32Type => I32, UInt32Type => U32, Int64Type => I64, UInt64Type => U64
    );
    None
}

fn is_text(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
}

/// A dictionary column: each dictionary value parsed once, each key mapped through them.
fn dictionary_codes(
    name: &str,
    a: &ArrayRef,
    position: impl Fn(&str) -> Option<u8>,
    allowed: &str,
) -> Result<Vec<u8>, Fail> {
    macro_rules! keyed {
        ($($t:ty),*) => {
            $(if let Some(d) = a.as_dictionary_opt::<$t>() {
                let values = cast(d.values(), &DataType::Utf8)?;
                let parsed: Vec<Result<u8, String>> = values
                    .as_string::<i32>()
                    .iter()
                    .map(|v| {
                        let v = v.unwrap_or_default();
                        position(v).ok_or_else(|| v.to_owned())
                    })
                    .collect();
                let keys = d.keys();
                return Ok(encode_dictionary(name, keys.values(), validity(keys).as_ref(), &parsed, allowed)?);
            })*
        };
    }
    keyed!(
        Int8Type, Int16Type, Int32Type, Int64Type, UInt8Type, UInt16Type, UInt32Type, UInt64Type
    );
    Err(wrong_type(name, ColumnType::Code, a.data_type()))
}

/// The assistance bits of each row, from the `receives_<code>` columns; `None` when there
/// are none. Text flags are checked by `bools` whether or not the rule reads them.
///
/// `read` holds the bits of the kinds the rule asks about: a row whose value for one of them
/// is null, or every row when its column is absent, gets
/// [`ASSISTANCE_NOT_RECORDED`] — unknown unless another kind asked about is received.
fn assistance(batch: &RecordBatch, read: u16) -> Result<Option<Vec<u16>>, Fail> {
    let rows = batch.num_rows();
    let mut mask: Option<Vec<u16>> = None;
    for a in SocialAssistance::ALL {
        let name = assistance_column(*a);
        let asked = read & a.bit() != 0;
        let Some(col) = column(batch, &name) else {
            if asked {
                mask.get_or_insert_with(|| vec![0; rows])
                    .iter_mut()
                    .for_each(|m| *m |= ASSISTANCE_NOT_RECORDED);
            }
            continue;
        };
        let flags = match col.data_type() {
            DataType::Boolean => col.as_boolean().clone(),
            _ => BooleanArray::from(bools(batch, &name)?.unwrap_or_default()),
        };
        if read == 0 {
            continue;
        }
        let mask = mask.get_or_insert_with(|| vec![0; rows]);
        let values = Bitmap::new(flags.values().inner().as_slice(), flags.values().offset());
        let valid = validity(&flags);
        for (i, m) in mask.iter_mut().enumerate() {
            let known = valid.as_ref().is_none_or(|v| v.get(i));
            *m |= a.bit() * u16::from(values.get(i) && known);
            *m |= ASSISTANCE_NOT_RECORDED * u16::from(asked && !known);
        }
    }
    Ok(mask)
}

fn int_view(h: Option<&Held>) -> Option<IntColumn<'_>> {
    match h? {
        Held::Ints(a) => {
            let values = match a.data_type() {
                DataType::Int32 => IntValues::I32(a.as_primitive::<Int32Type>().values()),
                _ => IntValues::I64(a.as_primitive_opt::<Int64Type>()?.values()),
            };
            Some(IntColumn::new(values, validity(a)))
        }
        Held::Owned(v, valid) => Some(IntColumn::new(
            IntValues::I64(v),
            Some(Bitmap::new(valid, 0)),
        )),
        _ => None,
    }
}

fn day_view(h: Option<&Held>) -> Option<DayColumn<'_>> {
    match h? {
        Held::Days(a) => Some(DayColumn::new(
            a.as_primitive_opt::<arrow_array::types::Date32Type>()?
                .values(),
            validity(a),
        )),
        Held::OwnedDays(d, valid) => Some(DayColumn::new(d, Some(Bitmap::new(valid, 0)))),
        _ => None,
    }
}

fn flag_view(h: Option<&Held>) -> Option<FlagColumn<'_>> {
    match h? {
        Held::Flags(b) => Some(FlagColumn::new(
            b.len(),
            Bitmap::new(b.values().inner().as_slice(), b.values().offset()),
            validity(b),
        )),
        _ => None,
    }
}

/// The bits of the kinds of assistance the rule asks about.
fn reads_assistance(rule: &Rule) -> u16 {
    rule.criteria().iter().fold(0, |m, c| match c {
        Criterion::ReceivesAssistance { any_of } => any_of.iter().fold(m, |m, a| m | a.bit()),
        _ => m,
    })
}

impl Prepared {
    /// Reads and checks a batch for `rule` on the date `on`.
    pub fn read(
        batch: &RecordBatch,
        rule: &Rule,
        on: NaiveDate,
        missing: Missing,
    ) -> Result<Prepared, Fail> {
        Prepared::read_ranked(batch, rule, &[], on, missing)
    }

    /// [`Prepared::read`] for a quota: the ranking's columns are needed too.
    pub fn read_ranked(
        batch: &RecordBatch,
        rule: &Rule,
        ranking: &[RankKey],
        on: NaiveDate,
        missing: Missing,
    ) -> Result<Prepared, Fail> {
        let prepared = Prepared::read_columns(batch, rule)?;
        check_values(&prepared.view(), on)?;
        prepared.check_missing(batch, rule, ranking, missing)?;
        Ok(prepared)
    }

    /// The columns of `batch` that screening by `rule` reads, read (their types, and their
    /// codes parsed: an unknown code is an error) but their values not yet checked: the
    /// caller checks each part it screens with [`check_values`].
    pub fn read_columns(batch: &RecordBatch, rule: &Rule) -> Result<Prepared, Fail> {
        Prepared::read_columns_keyed(batch, rule, false)
    }

    /// [`Prepared::read_columns`]; with `kernels_check_keys`, the keys of a dictionary
    /// column the rule judges are not checked here: the plan's kernels find a key outside its
    /// values as they judge it, and the caller then reads the batch again whole, for the
    /// error in its place among the batch's. One pass over those keys fewer.
    pub fn read_columns_keyed(
        batch: &RecordBatch,
        rule: &Rule,
        kernels_check_keys: bool,
    ) -> Result<Prepared, Fail> {
        let judged =
            |f: fn(&Criterion) -> bool| kernels_check_keys && rule.criteria().iter().any(|c| f(c));
        let check_sex = !judged(|c| matches!(c, Criterion::Sex { .. }));
        let check_marital = !judged(|c| matches!(c, Criterion::MaritalStatusIn { .. }));
        let flags = [
            flag_column(batch, FLAGS[0])?,
            flag_column(batch, FLAGS[1])?,
            flag_column(batch, FLAGS[2])?,
            flag_column(batch, FLAGS[3])?,
            flag_column(batch, FLAGS[4])?,
            flag_column(batch, FLAGS[5])?,
        ];
        Ok(Prepared {
            rows: batch.num_rows(),
            sex: code_column(batch, "sex", Sex::ALL, Sex::from_code, check_sex)?,
            marital: code_column(
                batch,
                "marital_status",
                MaritalStatus::ALL,
                MaritalStatus::from_code,
                check_marital,
            )?,
            age: int_column(batch, "age")?,
            birth: date_column(batch, "birth_date")?,
            income: int_column(batch, "monthly_income")?,
            dependants: int_column(batch, "dependants")?,
            flags,
            assistance: assistance(batch, reads_assistance(rule))?,
        })
    }

    /// A column that `rule` (and the quota's `ranking`) reads and `batch` lacks is an error,
    /// unless `missing` says to read it as unknown.
    pub fn check_missing(
        &self,
        batch: &RecordBatch,
        rule: &Rule,
        ranking: &[RankKey],
        missing: Missing,
    ) -> Result<(), Fail> {
        // A batch without rows loses nothing to a missing column.
        if missing == Missing::Error && batch.num_rows() > 0 {
            first_missing(&columns_needed(rule, ranking), |c| {
                column(batch, c).is_some()
            })?;
        }
        Ok(())
    }

    /// The engine's view of the columns.
    pub fn view(&self) -> RegistryBatch<'_> {
        let flag = |k: usize| flag_view(self.flags.get(k).and_then(Option::as_ref));
        // The core's batch is `#[non_exhaustive]`: built by `new`, then every column held
        // (a column not held stays `None`, unknown for every row).
        let mut b = RegistryBatch::new(self.rows);
        match &self.sex {
            Some(Coded::Codes(c)) => b.sex = Some(c),
            Some(Coded::Keys(a, codes)) => b.sex_keys = keys_view(a, codes),
            None => {}
        }
        match &self.marital {
            Some(Coded::Codes(c)) => b.marital_status = Some(c),
            Some(Coded::Keys(a, codes)) => b.marital_status_keys = keys_view(a, codes),
            None => {}
        }
        b.age = int_view(self.age.as_ref());
        b.birth_date = day_view(self.birth.as_ref());
        b.household_head = flag(0);
        b.main_breadwinner = flag(1);
        b.household_has_elderly = flag(2);
        b.household_has_disabled = flag(3);
        b.has_business = flag(4);
        b.in_integrated_database = flag(5);
        b.monthly_income = int_view(self.income.as_ref());
        b.dependants = int_view(self.dependants.as_ref());
        b.assistance = self.assistance.as_deref();
        b
    }
}
