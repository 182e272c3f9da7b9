//! A batch of households as the columnar engine reads it: value buffers and validity bitmaps
//! laid out as Arrow lays them out (LSB-first bits, a bit offset for sliced arrays), but as
//! plain slices, so a binding hands its Arrow buffers over without copying and the core
//! stays free of Arrow.
//!
//! Code columns (sex, marital status) arrive as one `u8` per row: the value's position in the
//! enum's `ALL` list, or [`NULL_CODE`]. A binding gets them from a dictionary-encoded column by
//! parsing each dictionary value once ([`encode_dictionary`]), or from plain text by
//! dictionary-encoding it once ([`encode_text`]).

use chrono::NaiveDate;

use crate::model::participant::{MaritalStatus, Sex};
use crate::screening::registry::cpu::{prefetch_block, prefetch_rows, with_avx2, AHEAD};
use crate::screening::registry::error::{ColumnType, RegistryError};
use crate::screening::registry::households::{AssistanceMask, Households};

/// The code of a null (or absent) value in a code column.
pub const NULL_CODE: u8 = u8::MAX;

/// A bitmap in Arrow's layout: bit `i` of the column is bit `(offset + i) % 8` of byte
/// `(offset + i) / 8`, least significant first.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::Bitmap;
/// // Bits 0 and 2 of the byte; with an offset of 1, the column starts at bit 1.
/// let b = Bitmap::new(&[0b0000_0101], 0);
/// assert!(b.get(0) && !b.get(1) && b.get(2));
/// assert!(Bitmap::new(&[0b0000_0101], 1).get(1));
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Bitmap<'a> {
    /// The bytes.
    pub bytes: &'a [u8],
    /// The bit at which the column starts.
    pub offset: usize,
}

impl<'a> Bitmap<'a> {
    /// The bitmap of `bytes` whose column starts at bit `offset`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::Bitmap;
    /// // The column starts at bit 2 of the byte.
    /// let b = Bitmap::new(&[0b0000_0100], 2);
    /// assert!(b.get(0) && !b.get(1));
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(bytes: &'a [u8], offset: usize) -> Self {
        Bitmap { bytes, offset }
    }

    /// Bit `i`, or `false` beyond the bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::Bitmap;
    /// let b = Bitmap::new(&[0b1000_0000], 0);
    /// assert!(b.get(7));
    /// // Beyond the bytes: false, never a panic (nor an overflow, whatever the offset).
    /// assert!(!b.get(8));
    /// assert!(!Bitmap::new(&[0xff], usize::MAX).get(1));
    /// ```
    pub fn get(&self, i: usize) -> bool {
        // Past usize, the bit is past the bytes.
        let Some(bit) = self.offset.checked_add(i) else {
            return false;
        };
        self.bytes
            .get(bit / 8)
            .is_some_and(|b| (b >> (bit % 8)) & 1 == 1)
    }

    /// The nine bytes from `byte` on, zeros beyond the bytes.
    #[cold]
    #[inline(never)]
    fn last_bytes(&self, byte: usize) -> [u8; 9] {
        let mut buf = [0u8; 9];
        for (k, slot) in buf.iter_mut().enumerate() {
            *slot = byte
                .checked_add(k)
                .and_then(|at| self.bytes.get(at))
                .copied()
                .unwrap_or(0);
        }
        buf
    }

    /// The 64 bits from bit `i` on (zeros beyond the bytes), bit `j` of the word being bit
    /// `i + j` of the column.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{bitmap_of, Bitmap};
    /// let bytes = bitmap_of((0..100).map(|i| i % 3 == 0));
    /// let b = Bitmap::new(&bytes, 0);
    /// // Bit j of the word is bit i + j of the column, across byte boundaries.
    /// let w = b.word(5);
    /// assert!((0..64).all(|j| (w >> j & 1 == 1) == b.get(5 + j)));
    /// // Near the end: the bits left, then zeros.
    /// let end = b.word(90);
    /// assert!((0..64).all(|j| (end >> j & 1 == 1) == (90 + j < 100 && (90 + j) % 3 == 0)));
    /// assert_ne!(end, 0);
    /// assert_eq!(Bitmap::new(&[0xff], usize::MAX).word(1), 0);
    /// ```
    // Inlined into the kernels' AVX2 build (a call per 64 rows was ~2 % of a profile); the
    // bitmap's last bytes take the out-of-line path.
    #[inline(always)]
    pub fn word(&self, i: usize) -> u64 {
        let Some(bit) = self.offset.checked_add(i) else {
            return 0;
        };
        let (byte, shift) = (bit / 8, bit % 8);
        let buf = match byte
            .checked_add(9)
            .and_then(|end| self.bytes.get(byte..end))
            .and_then(|nine| <[u8; 9]>::try_from(nine).ok())
        {
            Some(nine) => nine,
            None => self.last_bytes(byte),
        };
        let [a, b, c, d, e, f, g, h, top] = buf;
        let low = u64::from_le_bytes([a, b, c, d, e, f, g, h]);
        if shift == 0 {
            low
        } else {
            (low >> shift) | (u64::from(top) << (64 - shift))
        }
    }

    /// The same bits from bit `start` on: the bitmap of rows `start..` of its column.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::Bitmap;
    /// let b = Bitmap::new(&[0b0000_0100], 0);
    /// assert!(b.starting_at(2).get(0) && !b.starting_at(1).get(0));
    /// ```
    #[inline]
    #[must_use]
    pub const fn starting_at(self, start: usize) -> Self {
        Bitmap {
            bytes: self.bytes,
            offset: self.offset.saturating_add(start),
        }
    }
}

/// The validity word of rows `i..i+64`: all valid when there is no bitmap.
#[inline]
pub(crate) fn validity_word(v: Option<&Bitmap<'_>>, i: usize) -> u64 {
    v.map_or(u64::MAX, |b| b.word(i))
}

/// Whole numbers, 32- or 64-bit, with their validity.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{IntColumn, IntValues};
/// // The same numbers in either width read the same.
/// let narrow = IntColumn::new(IntValues::I32(&[1, 2]), None);
/// let wide = IntColumn::new(IntValues::I64(&[1, 2]), None);
/// assert_eq!(narrow.to_options(), wide.to_options());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum IntValues<'a> {
    /// 64-bit values.
    I64(&'a [i64]),
    /// 32-bit values.
    I32(&'a [i32]),
}

/// A column of whole numbers.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
/// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
/// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
/// assert_eq!(ages.to_options(), [Some(30), None, Some(70)]);
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct IntColumn<'a> {
    /// The values (a null row's value is ignored).
    pub values: IntValues<'a>,
    /// Which rows have a value (`None`: all).
    pub validity: Option<Bitmap<'a>>,
}

impl<'a> IntColumn<'a> {
    /// The column of `values`, `validity` saying which rows have a value (`None`: all).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let dependants = IntColumn::new(IntValues::I64(&[2, 9]), Some(Bitmap::new(&[0b01], 0)));
    /// // Row 1 is null: its 9 is ignored.
    /// assert_eq!(dependants.to_options(), [Some(2), None]);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(values: IntValues<'a>, validity: Option<Bitmap<'a>>) -> Self {
        IntColumn { values, validity }
    }

    /// Rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
    /// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
    /// // Null rows count: the column has three rows.
    /// assert_eq!(ages.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        match self.values {
            IntValues::I64(v) => v.len(),
            IntValues::I32(v) => v.len(),
        }
    }

    /// Whether the column has no rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
    /// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
    /// assert!(!ages.is_empty());
    /// let none = berdaya::screening::registry::IntColumn::new(IntValues::I64(&[]), None);
    /// assert!(none.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i`, `None` when null.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
    /// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
    /// assert_eq!((ages.get(0), ages.get(1)), (Some(30), None));
    /// assert_eq!(ages.get(3), None, "beyond the column");
    /// ```
    pub fn get(&self, i: usize) -> Option<i64> {
        if !self.validity.is_none_or(|b| b.get(i)) {
            return None;
        }
        match self.values {
            IntValues::I64(v) => v.get(i).copied(),
            IntValues::I32(v) => v.get(i).map(|x| i64::from(*x)),
        }
    }

    /// Whether a valid value lies outside `min..=max`. First the least and greatest value
    /// of every slot, null or not (a reduction the compiler vectorises); only when that range
    /// is not inside `min..=max` a second, exact pass that reads the validity.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
    /// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
    /// assert!(ages.any_outside((18, 60)), "70 is above 60");
    /// // A null row is no value at all, so never outside.
    /// assert!(!ages.any_outside((30, 70)));
    /// ```
    #[inline(always)]
    pub fn any_outside(&self, (min, max): (i64, i64)) -> bool {
        #[inline(always)]
        fn range<T: Copy + Ord>(values: &[T], first: T) -> (T, T) {
            values
                .chunks(64)
                .enumerate()
                .fold((first, first), |acc, (block, chunk)| {
                    prefetch_block(values, block * 64 + AHEAD);
                    chunk
                        .iter()
                        .fold(acc, |(lo, hi), v| ((*v).min(lo), (*v).max(hi)))
                })
        }
        let inside = match self.values {
            IntValues::I64(v) => v.first().is_none_or(|f| {
                let (lo, hi) = range(v, *f);
                lo >= min && hi <= max
            }),
            IntValues::I32(v) => v.first().is_none_or(|f| {
                let (lo, hi) = range(v, *f);
                i64::from(lo) >= min && i64::from(hi) <= max
            }),
        };
        if inside {
            return false;
        }
        #[inline(always)]
        fn outside<T: Copy + Into<i64>>(
            values: &[T],
            validity: Option<&Bitmap<'_>>,
            (min, max): (i64, i64),
        ) -> bool {
            let mut bad = 0u64;
            for (block, chunk) in values.chunks(64).enumerate() {
                let valid = validity_word(validity, block * 64);
                let mut out = 0u64;
                for (j, v) in chunk.iter().enumerate() {
                    let v: i64 = (*v).into();
                    out |= u64::from(v < min || v > max) << j;
                }
                bad |= out & valid;
            }
            bad != 0
        }
        match self.values {
            IntValues::I64(v) => outside(v, self.validity.as_ref(), (min, max)),
            IntValues::I32(v) => outside(v, self.validity.as_ref(), (min, max)),
        }
    }

    /// The column as options (for error reports and the slow paths).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues};
    /// let valid = [0b101u8]; // rows 0 and 2 have a value, row 1 is null
    /// let ages = IntColumn::new(IntValues::I32(&[30, 0, 70]), Some(Bitmap::new(&valid, 0)));
    /// assert_eq!(ages.to_options(), [Some(30), None, Some(70)]);
    /// ```
    pub fn to_options(&self) -> Vec<Option<i64>> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    /// Rows `start..start + len` (`None` past the column's rows).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{IntColumn, IntValues};
    /// let incomes = IntColumn::new(IntValues::I64(&[100, 200, 300]), None);
    /// assert_eq!(incomes.slice(1, 2).map(|c| c.to_options()), Some(vec![Some(200), Some(300)]));
    /// ```
    #[must_use]
    pub fn slice(&self, start: usize, len: usize) -> Option<Self> {
        let end = start.checked_add(len)?;
        let values = match self.values {
            IntValues::I64(v) => IntValues::I64(v.get(start..end)?),
            IntValues::I32(v) => IntValues::I32(v.get(start..end)?),
        };
        Some(IntColumn {
            values,
            validity: self.validity.map(|v| v.starting_at(start)),
        })
    }
}

/// A column of calendar dates as days since 1970-01-01 (Arrow's `date32`).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{days_since_epoch, DayColumn};
/// let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
/// let days = [i32::try_from(days_since_epoch(d)).unwrap()];
/// assert_eq!(DayColumn::new(&days, None).get(0), Some(Ok(d)));
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct DayColumn<'a> {
    /// Days since 1970-01-01.
    pub days: &'a [i32],
    /// Which rows have a value (`None`: all).
    pub validity: Option<Bitmap<'a>>,
}

/// The date `days` after 1970-01-01, if chrono can hold it.
pub(crate) fn date_of(days: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// Days since 1970-01-01 of `d` (Arrow's `date32` value).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::days_since_epoch;
/// let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(days_since_epoch(day(1970, 1, 1)), 0);
/// assert_eq!(days_since_epoch(day(1970, 2, 1)), 31);
/// assert_eq!(days_since_epoch(day(1969, 12, 31)), -1);
/// ```
pub fn days_since_epoch(d: NaiveDate) -> i64 {
    days_of(d)
}

/// Days since 1970-01-01 of `d`.
pub(crate) fn days_of(d: NaiveDate) -> i64 {
    NaiveDate::from_ymd_opt(1970, 1, 1).map_or(0, |e| (d - e).num_days())
}

impl<'a> DayColumn<'a> {
    /// The column of `days` (since 1970-01-01), `validity` saying which rows have a value
    /// (`None`: all).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, DayColumn};
    /// let born = DayColumn::new(&[31, 0], Some(Bitmap::new(&[0b01], 0)));
    /// assert_eq!(born.get(0), Some(Ok(chrono::NaiveDate::from_ymd_opt(1970, 2, 1).unwrap())));
    /// assert_eq!(born.get(1), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(days: &'a [i32], validity: Option<Bitmap<'a>>) -> Self {
        DayColumn { days, validity }
    }

    /// Row `i`, `None` when null; a day chrono cannot hold is `Err` with its day number.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::DayColumn;
    /// let days = [0, i32::MAX];
    /// let column = DayColumn::new(&days, None);
    /// assert_eq!(column.get(0), Some(Ok(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap())));
    /// // A day no calendar date holds is handed back with its number, not dropped.
    /// assert_eq!(column.get(1), Some(Err(i64::from(i32::MAX))));
    /// ```
    pub fn get(&self, i: usize) -> Option<Result<NaiveDate, i64>> {
        if !self.validity.is_none_or(|b| b.get(i)) {
            return None;
        }
        let d = i64::from(*self.days.get(i)?);
        Some(date_of(d).ok_or(d))
    }

    /// Rows `start..start + len` (`None` past the column's rows).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::DayColumn;
    /// let days = DayColumn::new(&[0, 1, 2], None);
    /// assert_eq!(days.slice(2, 1).map(|d| d.days), Some(&[2][..]));
    /// ```
    #[must_use]
    pub fn slice(&self, start: usize, len: usize) -> Option<Self> {
        Some(DayColumn {
            days: self.days.get(start..start.checked_add(len)?)?,
            validity: self.validity.map(|v| v.starting_at(start)),
        })
    }
}

/// A column of true/false values: a value bitmap and a validity bitmap.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{Bitmap, FlagColumn};
/// // Rows: true, false, null.
/// let heads = FlagColumn::new(3, Bitmap::new(&[0b001], 0), Some(Bitmap::new(&[0b011], 0)));
/// assert_eq!([heads.get(0), heads.get(1), heads.get(2)], [Some(true), Some(false), None]);
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct FlagColumn<'a> {
    /// Rows.
    pub len: usize,
    /// The values.
    pub values: Bitmap<'a>,
    /// Which rows have a value (`None`: all).
    pub validity: Option<Bitmap<'a>>,
}

impl<'a> FlagColumn<'a> {
    /// The column of `len` rows whose values are the bits of `values`, `validity` saying which
    /// rows have a value (`None`: all).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, FlagColumn};
    /// // Rows: false, true, null.
    /// let valid = Some(Bitmap::new(&[0b011], 0));
    /// let business = FlagColumn::new(3, Bitmap::new(&[0b010], 0), valid);
    /// let rows = [business.get(0), business.get(1), business.get(2)];
    /// assert_eq!(rows, [Some(false), Some(true), None]);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(len: usize, values: Bitmap<'a>, validity: Option<Bitmap<'a>>) -> Self {
        FlagColumn {
            len,
            values,
            validity,
        }
    }

    /// Row `i`, `None` when null.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, FlagColumn};
    /// let all_true = FlagColumn::new(2, Bitmap::new(&[0b11], 0), None);
    /// // No validity bitmap: every row has a value.
    /// assert_eq!((all_true.get(0), all_true.get(1)), (Some(true), Some(true)));
    /// ```
    pub fn get(&self, i: usize) -> Option<bool> {
        self.validity
            .is_none_or(|b| b.get(i))
            .then(|| self.values.get(i))
    }

    /// Rows `start..start + len` (`None` past the column's rows).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, FlagColumn};
    /// let heads = FlagColumn::new(3, Bitmap::new(&[0b100], 0), None);
    /// let part = heads.slice(1, 2).unwrap();
    /// assert_eq!([part.get(0), part.get(1)], [Some(false), Some(true)]);
    /// assert!(heads.slice(3, 1).is_none());
    /// ```
    #[must_use]
    pub fn slice(&self, start: usize, len: usize) -> Option<Self> {
        start.checked_add(len).filter(|end| *end <= self.len)?;
        Some(FlagColumn {
            len,
            values: self.values.starting_at(start),
            validity: self.validity.map(|v| v.starting_at(start)),
        })
    }
}

/// Dictionary keys as Arrow holds them: any of its eight integer key types. A key is the
/// position of a value; one that is negative, or at or past the values, points at none.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
/// // The same keys in any type read the same.
/// let codes = [1, 0];
/// let unsigned = DictionaryKeys::new(KeyValues::U8(&[0, 1]), None, &codes);
/// let signed = DictionaryKeys::new(KeyValues::I8(&[0, 1]), None, &codes);
/// let wide = DictionaryKeys::new(KeyValues::U32(&[0, 1]), None, &codes);
/// assert_eq!((unsigned.code(0), unsigned.code(1)), (signed.code(0), signed.code(1)));
/// assert_eq!((wide.code(0), wide.code(1)), (signed.code(0), signed.code(1)));
/// // Key 257 is no value of two, even though its low byte is 1.
/// assert_eq!(DictionaryKeys::new(KeyValues::U32(&[257]), None, &codes).code(0), None);
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum KeyValues<'a> {
    /// Unsigned 8-bit keys (what a polars `Enum` of few values exports).
    U8(&'a [u8]),
    /// Signed 8-bit keys (a pandas `Categorical` of few values).
    I8(&'a [i8]),
    /// Unsigned 16-bit keys.
    U16(&'a [u16]),
    /// Signed 16-bit keys.
    I16(&'a [i16]),
    /// Unsigned 32-bit keys (a polars `Categorical`).
    U32(&'a [u32]),
    /// Signed 32-bit keys (pyarrow's `dictionary_encode`, Parquet's `read_dictionary`).
    I32(&'a [i32]),
    /// Unsigned 64-bit keys.
    U64(&'a [u64]),
    /// Signed 64-bit keys.
    I64(&'a [i64]),
}

/// `$body` with `$k` bound to the keys of `$keys` (a [`KeyValues`]), whatever their type: one
/// copy of the code per key type, each compiled for its own width.
macro_rules! with_keys {
    ($keys:expr, $k:ident => $body:expr) => {
        match $keys {
            $crate::screening::registry::KeyValues::U8($k) => $body,
            $crate::screening::registry::KeyValues::I8($k) => $body,
            $crate::screening::registry::KeyValues::U16($k) => $body,
            $crate::screening::registry::KeyValues::I16($k) => $body,
            $crate::screening::registry::KeyValues::U32($k) => $body,
            $crate::screening::registry::KeyValues::I32($k) => $body,
            $crate::screening::registry::KeyValues::U64($k) => $body,
            $crate::screening::registry::KeyValues::I64($k) => $body,
        }
    };
}
pub(crate) use with_keys;

/// A key as a position (`None` when negative).
fn index<K: TryInto<usize>>(key: K) -> Option<usize> {
    key.try_into().ok()
}

/// Whether every key of `keys` is a position below `count`: the least and the greatest key
/// (a reduction the compiler vectorises), then one comparison each.
#[inline(always)]
fn keys_inside<K: Copy + Ord + TryInto<usize>>(keys: &[K], count: usize) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    let (lo, hi) = keys
        .chunks(64)
        .enumerate()
        .fold((*first, *first), |acc, (block, chunk)| {
            prefetch_block(keys, block * 64 + AHEAD);
            chunk
                .iter()
                .fold(acc, |(lo, hi), x| (lo.min(*x), hi.max(*x)))
        });
    lo.try_into().is_ok() && hi.try_into().is_ok_and(|hi: usize| hi < count)
}

/// The most values a dictionary handed to the engine as keys ([`DictionaryKeys`]) may have:
/// the engine judges a batch through a table of 256 entries per key byte, its last one kept
/// for keys outside the values.
pub const DICTIONARY_VALUES: usize = 255;

/// A dictionary-encoded code column (sex, marital status) handed over as it is: the keys of
/// each row, their validity, and per dictionary value its code — its position in the enum's
/// `ALL` list, or [`NULL_CODE`] for a value read as null. The engine judges each value once
/// and each row by its key, without remapping the keys to codes first (what
/// [`encode_dictionary`] does). At most [`DICTIONARY_VALUES`] values; a non-null row whose key
/// is outside them is malformed Arrow, [`RegistryError::DictionaryKey`], as with
/// [`encode_dictionary`]. A null row's key may be anything.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::registry::{Bitmap, DictionaryKeys, KeyValues};
/// // Dictionary ["male", "female"]: value 0 is `Sex::ALL[1]`, value 1 is `Sex::ALL[0]`.
/// let codes = [1, 0];
/// let valid = [0b011u8]; // row 2 is null: its key (7) points nowhere, and is ignored
/// let sex = DictionaryKeys::new(KeyValues::U8(&[1, 0, 7]), Some(Bitmap::new(&valid, 0)), &codes);
/// assert_eq!(sex.code(0), Some(0));
/// assert_eq!(sex.code(1).map(|c| Sex::ALL[usize::from(c)]), Some(Sex::Male));
/// assert_eq!(sex.code(2), None);
/// assert!(sex.check("sex").is_ok());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct DictionaryKeys<'a> {
    /// One key per row (a null row's key is ignored).
    pub keys: KeyValues<'a>,
    /// Which rows have a value (`None`: all).
    pub validity: Option<Bitmap<'a>>,
    /// Per dictionary value, its code: a position in the enum's `ALL` list, or [`NULL_CODE`].
    pub codes: &'a [u8],
}

impl<'a> DictionaryKeys<'a> {
    /// The column of `keys` into a dictionary whose values have the codes `codes`, `validity`
    /// saying which rows have a value (`None`: all).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
    /// // Keys into a dictionary of one value, `MaritalStatus::ALL[1]` (married).
    /// let married = DictionaryKeys::new(KeyValues::I8(&[0, 0]), None, &[1]);
    /// assert_eq!((married.len(), married.code(1)), (2, Some(1)));
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(keys: KeyValues<'a>, validity: Option<Bitmap<'a>>, codes: &'a [u8]) -> Self {
        DictionaryKeys {
            keys,
            validity,
            codes,
        }
    }

    /// Rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
    /// let sex = DictionaryKeys::new(KeyValues::U8(&[0, 1, 0]), None, &[0, 1]);
    /// assert_eq!(sex.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        with_keys!(self.keys, k => k.len())
    }

    /// Whether the column has no rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
    /// assert!(DictionaryKeys::new(KeyValues::U8(&[]), None, &[0, 1]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code of row `i`: `None` when the row is null, its key points outside the values, or
    /// its value's code is [`NULL_CODE`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
    /// let sex = DictionaryKeys::new(KeyValues::I8(&[1, -1, 2]), None, &[1, 0]);
    /// // Key 1 is the value coded 0; -1 and 2 point at no value.
    /// assert_eq!([sex.code(0), sex.code(1), sex.code(2)], [Some(0), None, None]);
    /// ```
    pub fn code(&self, i: usize) -> Option<u8> {
        if !self.validity.is_none_or(|b| b.get(i)) {
            return None;
        }
        let key = with_keys!(self.keys, k => index(*k.get(i)?)?);
        self.codes.get(key).copied().filter(|c| *c != NULL_CODE)
    }

    /// Every non-null row's key points at a value; else [`RegistryError::DictionaryKey`]
    /// naming the first row that does not and counting the rest in the column — the error
    /// [`encode_dictionary`] gives for the same keys. The least and greatest key first (a
    /// reduction the compiler vectorises); the rows are looked at only when a key is outside.
    ///
    /// # Errors
    ///
    /// [`RegistryError::DictionaryKey`], as above.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, DictionaryKeys, KeyValues};
    /// let codes = [0, 1];
    /// let keys = DictionaryKeys::new(KeyValues::I8(&[0, -3, 1, 2]), None, &codes);
    /// let err = keys.check("sex").unwrap_err();
    /// // Row 1's key -3 is the first outside the two values; row 3's is counted.
    /// assert_eq!((err.code(), err.path()), ("dictionary_key", "sex[1]".to_owned()));
    /// // The same rows null: nothing to refuse.
    /// let valid = [0b0101u8];
    /// let nulls = DictionaryKeys::new(KeyValues::I8(&[0, -3, 1, 2]), Some(Bitmap::new(&valid, 0)), &codes);
    /// assert!(nulls.check("sex").is_ok());
    /// ```
    pub fn check(&self, column: &str) -> Result<(), RegistryError> {
        let count = self.codes.len();
        let inside = with_avx2(
            #[inline(always)]
            || with_keys!(self.keys, k => keys_inside(k, count)),
        );
        if inside {
            return Ok(());
        }
        let error =
            with_keys!(self.keys, k => key_outside(column, k, self.validity.as_ref(), count, 0));
        error.map_or(Ok(()), Err)
    }

    /// Rows `start..start + len` (`None` past the keys).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues};
    /// let sex = DictionaryKeys::new(KeyValues::U8(&[0, 1, 0]), None, &[0, 1]);
    /// assert_eq!(sex.slice(1, 2).map(|k| k.code(0)), Some(Some(1)));
    /// assert!(sex.slice(2, 2).is_none());
    /// ```
    #[must_use]
    pub fn slice(&self, start: usize, len: usize) -> Option<Self> {
        let end = start.checked_add(len)?;
        let keys = match self.keys {
            KeyValues::U8(k) => KeyValues::U8(k.get(start..end)?),
            KeyValues::I8(k) => KeyValues::I8(k.get(start..end)?),
            KeyValues::U16(k) => KeyValues::U16(k.get(start..end)?),
            KeyValues::I16(k) => KeyValues::I16(k.get(start..end)?),
            KeyValues::U32(k) => KeyValues::U32(k.get(start..end)?),
            KeyValues::I32(k) => KeyValues::I32(k.get(start..end)?),
            KeyValues::U64(k) => KeyValues::U64(k.get(start..end)?),
            KeyValues::I64(k) => KeyValues::I64(k.get(start..end)?),
        };
        Some(DictionaryKeys {
            keys,
            validity: self.validity.map(|v| v.starting_at(start)),
            codes: self.codes,
        })
    }
}

/// One batch of households, column by column, in the engine's layout; a column left out is
/// unknown for every row.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::RegistryBatch;
/// // Sexes as codes: positions in `Sex::ALL`.
/// let sex = [0u8, 1];
/// let batch = RegistryBatch::new(2).with_sex(&sex);
/// assert!(batch.check_lengths().is_ok());
/// ```
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct RegistryBatch<'a> {
    /// Rows.
    pub rows: usize,
    /// Sex: position in [`Sex::ALL`] per row, [`NULL_CODE`] when null.
    pub sex: Option<&'a [u8]>,
    /// Marital status: position in [`MaritalStatus::ALL`], [`NULL_CODE`] when null.
    pub marital_status: Option<&'a [u8]>,
    /// Sex as a dictionary's keys, judged without a remap: instead of
    /// [`RegistryBatch::sex`], never with it.
    pub sex_keys: Option<DictionaryKeys<'a>>,
    /// Marital status as a dictionary's keys: instead of [`RegistryBatch::marital_status`],
    /// never with it.
    pub marital_status_keys: Option<DictionaryKeys<'a>>,
    /// Age in years (used when the birth date is unknown).
    pub age: Option<IntColumn<'a>>,
    /// Birth date.
    pub birth_date: Option<DayColumn<'a>>,
    /// Heads the household.
    pub household_head: Option<FlagColumn<'a>>,
    /// Main breadwinner.
    pub main_breadwinner: Option<FlagColumn<'a>>,
    /// Monthly income in rupiah.
    pub monthly_income: Option<IntColumn<'a>>,
    /// Dependants.
    pub dependants: Option<IntColumn<'a>>,
    /// An elderly member in the household.
    pub household_has_elderly: Option<FlagColumn<'a>>,
    /// A disabled member in the household.
    pub household_has_disabled: Option<FlagColumn<'a>>,
    /// Runs a business.
    pub has_business: Option<FlagColumn<'a>>,
    /// In the integrated database.
    pub in_integrated_database: Option<FlagColumn<'a>>,
    /// Assistance received, as bits, with
    /// [`ASSISTANCE_NOT_RECORDED`](crate::screening::registry::ASSISTANCE_NOT_RECORDED) on
    /// rows without a record.
    pub assistance: Option<&'a [AssistanceMask]>,
}

fn length(name: &'static str, len: Option<usize>, rows: usize) -> Result<(), RegistryError> {
    match len {
        Some(found) if found != rows => Err(RegistryError::LengthMismatch {
            column: name,
            expected: rows,
            found,
        }),
        _ => Ok(()),
    }
}

/// A code column's one form, of `rows` rows, its dictionary within the engine's table.
fn code_forms(
    name: &'static str,
    codes: Option<&[u8]>,
    keys: Option<DictionaryKeys<'_>>,
    rows: usize,
) -> Result<(), RegistryError> {
    if codes.is_some() && keys.is_some() {
        return Err(RegistryError::TwoForms { column: name });
    }
    if let Some(k) = keys {
        if k.codes.len() > DICTIONARY_VALUES {
            return Err(RegistryError::DictionaryTooLarge {
                column: name,
                values: k.codes.len(),
                limit: DICTIONARY_VALUES,
            });
        }
    }
    length(name, codes.map(<[u8]>::len).or(keys.map(|k| k.len())), rows)
}

impl<'a> RegistryBatch<'a> {
    /// A batch of `rows` rows with no column: every value unknown until a `with_*` setter adds
    /// its column.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::RegistryBatch;
    /// let sex = [0u8, 1];
    /// let batch = RegistryBatch::new(2).with_sex(&sex);
    /// assert_eq!((batch.rows, batch.sex, batch.age.is_none()), (2, Some(&sex[..]), true));
    /// ```
    #[inline]
    #[must_use]
    pub fn new(rows: usize) -> Self {
        RegistryBatch {
            rows,
            ..RegistryBatch::default()
        }
    }

    /// Every column has `rows` rows; a code column comes in one form (codes or dictionary
    /// keys, not both), its dictionary of at most [`DICTIONARY_VALUES`] values.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues, RegistryBatch};
    /// let sex = [0u8];
    /// let batch = RegistryBatch::new(2).with_sex(&sex);
    /// let err = batch.check_lengths().unwrap_err();
    /// assert_eq!((err.code(), err.path()), ("length_mismatch", "sex".to_owned()));
    /// // Codes and keys for the same column: which one to read? Refused.
    /// let keys = DictionaryKeys::new(KeyValues::U8(&[0]), None, &[0, 1]);
    /// let both = RegistryBatch::new(1).with_sex(&sex).with_sex_keys(keys);
    /// assert_eq!(both.check_lengths().unwrap_err().code(), "two_forms");
    /// ```
    pub fn check_lengths(&self) -> Result<(), RegistryError> {
        let n = self.rows;
        let flag = |f: Option<FlagColumn<'_>>| f.map(|f| f.len);
        code_forms("sex", self.sex, self.sex_keys, n)?;
        code_forms(
            "marital_status",
            self.marital_status,
            self.marital_status_keys,
            n,
        )?;
        length("age", self.age.map(|c| c.len()), n)?;
        length("birth_date", self.birth_date.map(|c| c.days.len()), n)?;
        length("household_head", flag(self.household_head), n)?;
        length("main_breadwinner", flag(self.main_breadwinner), n)?;
        length("monthly_income", self.monthly_income.map(|c| c.len()), n)?;
        length("dependants", self.dependants.map(|c| c.len()), n)?;
        length("household_has_elderly", flag(self.household_has_elderly), n)?;
        length(
            "household_has_disabled",
            flag(self.household_has_disabled),
            n,
        )?;
        length("has_business", flag(self.has_business), n)?;
        length(
            "in_integrated_database",
            flag(self.in_integrated_database),
            n,
        )?;
        length("assistance", self.assistance.map(<[u16]>::len), n)
    }

    /// The age of row `i` on the day whose number is `on`: from the birth date when known,
    /// else the recorded age.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Households, OwnedBatch};
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// let born = [chrono::NaiveDate::from_ymd_opt(1990, 6, 1)];
    /// let h = Households::new(1).with_birth_date(&born);
    /// let owned = OwnedBatch::from_households(&h);
    /// // 34 on the birthday itself, as in the per-row view.
    /// assert_eq!(owned.view().age_at(0, on), Some(34));
    /// assert_eq!(owned.view().age_at(0, on), h.age_at(0, on));
    /// ```
    pub fn age_at(&self, i: usize, on: NaiveDate) -> Option<i32> {
        let birth = self.birth_date.and_then(|c| c.get(i)).and_then(Result::ok);
        match birth {
            Some(b) => Some(crate::model::date::age_on(b, on)),
            None => self
                .age
                .and_then(|c| c.get(i))
                .and_then(|a| i32::try_from(a).ok()),
        }
    }

    /// The sex of row `i`, from whichever form the column has (codes or dictionary keys);
    /// `None` when null or the column is absent.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::registry::{DictionaryKeys, KeyValues, RegistryBatch};
    /// let codes = [1u8, 0]; // Sex::ALL positions: male, female
    /// let from_codes = RegistryBatch::new(2).with_sex(&codes);
    /// // The same rows as keys into the dictionary ["female", "male"].
    /// let keys = DictionaryKeys::new(KeyValues::I8(&[1, 0]), None, &[0, 1]);
    /// let from_keys = RegistryBatch::new(2).with_sex_keys(keys);
    /// assert_eq!(from_codes.sex_at(0), Some(Sex::Male));
    /// assert_eq!(from_keys.sex_at(0), from_codes.sex_at(0));
    /// assert_eq!(from_keys.sex_at(1), Some(Sex::Female));
    /// ```
    pub fn sex_at(&self, i: usize) -> Option<Sex> {
        let code = match (self.sex, self.sex_keys) {
            (Some(codes), _) => codes.get(i).copied(),
            (None, Some(keys)) => keys.code(i),
            (None, None) => None,
        };
        code.and_then(|c| Sex::ALL.get(usize::from(c)).copied())
    }

    /// Rows `start..start + len` of every column, borrowed: a batch screened part by part
    /// keeps each part's columns in cache without copying them. `None` when the batch has
    /// fewer rows or fails [`RegistryBatch::check_lengths`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Bitmap, IntColumn, IntValues, RegistryBatch};
    /// let sex = [0u8, 1, 1];
    /// let valid = [0b011u8]; // the last age is null
    /// let age = IntColumn::new(IntValues::I32(&[30, 40, 0]), Some(Bitmap::new(&valid, 0)));
    /// let batch = RegistryBatch::new(3).with_sex(&sex).with_age(age);
    /// let part = batch.slice(1, 2).unwrap();
    /// assert_eq!((part.rows, part.sex), (2, Some(&sex[1..])));
    /// assert_eq!(part.age.unwrap().to_options(), [Some(40), None]);
    /// // Past the batch's rows: no part; nor of a batch whose columns disagree on its rows.
    /// assert!(batch.slice(2, 2).is_none());
    /// assert!(RegistryBatch::new(2).with_sex(&sex).slice(0, 1).is_none());
    /// ```
    #[must_use]
    pub fn slice(&self, start: usize, len: usize) -> Option<Self> {
        fn each<T: Copy>(c: Option<T>, f: impl Fn(T) -> Option<T>) -> Option<Option<T>> {
            match c {
                Some(c) => f(c).map(Some),
                None => Some(None),
            }
        }
        self.check_lengths().ok()?;
        let end = start.checked_add(len).filter(|end| *end <= self.rows)?;
        let rows = |c: &'a [u8]| c.get(start..end);
        let flag = |c: FlagColumn<'a>| c.slice(start, len);
        let int = |c: IntColumn<'a>| c.slice(start, len);
        Some(RegistryBatch {
            rows: len,
            sex: each(self.sex, rows)?,
            marital_status: each(self.marital_status, rows)?,
            sex_keys: each(self.sex_keys, |k| k.slice(start, len))?,
            marital_status_keys: each(self.marital_status_keys, |k| k.slice(start, len))?,
            age: each(self.age, int)?,
            birth_date: each(self.birth_date, |c| c.slice(start, len))?,
            household_head: each(self.household_head, flag)?,
            main_breadwinner: each(self.main_breadwinner, flag)?,
            monthly_income: each(self.monthly_income, int)?,
            dependants: each(self.dependants, int)?,
            household_has_elderly: each(self.household_has_elderly, flag)?,
            household_has_disabled: each(self.household_has_disabled, flag)?,
            has_business: each(self.has_business, flag)?,
            in_integrated_database: each(self.in_integrated_database, flag)?,
            assistance: each(self.assistance, |c| c.get(start..end))?,
        })
    }
}

/// A bitmap of `bits`, LSB first.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::bitmap_of;
/// // Least significant bit first; nine bits take two bytes.
/// assert_eq!(bitmap_of([true, false, true].into_iter()), [0b101]);
/// assert_eq!(bitmap_of(std::iter::repeat_n(true, 9)), [0xFF, 0b1]);
/// ```
pub fn bitmap_of(bits: impl Iterator<Item = bool>) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, b) in bits.enumerate() {
        if i % 8 == 0 {
            out.push(0);
        }
        if let Some(last) = out.last_mut() {
            *last |= u8::from(b) << (i % 8);
        }
    }
    out
}

/// Owned columns in the engine's layout, built from [`Households`] (options per row): the
/// way the per-row API reaches the columnar engine, and a reference layout for tests.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{Households, OwnedBatch};
/// let income = [Some(400_000), None];
/// let h = Households::new(2).with_monthly_income(&income);
/// let owned = OwnedBatch::from_households(&h);
/// // The engine's column holds the same values, a null kept as a null.
/// let column = owned.view().monthly_income.unwrap();
/// assert_eq!(column.to_options(), [Some(400_000), None]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct OwnedBatch {
    rows: usize,
    sex: Option<Vec<u8>>,
    marital: Option<Vec<u8>>,
    age: Option<(Vec<i64>, Vec<u8>)>,
    birth: Option<(Vec<i32>, Vec<u8>)>,
    flags: [Option<(Vec<u8>, Vec<u8>)>; 6],
    income: Option<(Vec<i64>, Vec<u8>)>,
    dependants: Option<(Vec<i64>, Vec<u8>)>,
    assistance: Option<Vec<AssistanceMask>>,
}

fn code_of<T: PartialEq + Copy>(all: &[T], v: Option<T>) -> u8 {
    v.and_then(|v| all.iter().position(|x| *x == v))
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(NULL_CODE)
}

fn ints_of<T: Copy + Into<i64>>(col: Option<&[Option<T>]>) -> Option<(Vec<i64>, Vec<u8>)> {
    col.map(|c| {
        (
            c.iter().map(|v| v.map_or(0, Into::into)).collect(),
            bitmap_of(c.iter().map(Option::is_some)),
        )
    })
}

fn flags_of(col: Option<&[Option<bool>]>) -> Option<(Vec<u8>, Vec<u8>)> {
    col.map(|c| {
        (
            bitmap_of(c.iter().map(|v| v.unwrap_or(false))),
            bitmap_of(c.iter().map(Option::is_some)),
        )
    })
}

fn int_view(c: &Option<(Vec<i64>, Vec<u8>)>) -> Option<IntColumn<'_>> {
    c.as_ref().map(|(v, valid)| IntColumn {
        values: IntValues::I64(v),
        validity: Some(Bitmap {
            bytes: valid,
            offset: 0,
        }),
    })
}

impl OwnedBatch {
    /// The columns of `h` in the engine's layout. Birth dates chrono holds always fit `i32`
    /// days; an age beyond `i64` cannot occur.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Households, OwnedBatch};
    /// let head = [Some(true), None, Some(false)];
    /// let h = Households::new(3).with_household_head(&head);
    /// let view_of = OwnedBatch::from_households(&h);
    /// let flags = view_of.view().household_head.unwrap();
    /// assert_eq!([flags.get(0), flags.get(1), flags.get(2)], head);
    /// ```
    pub fn from_households(h: &Households<'_>) -> Self {
        let days = |d: &NaiveDate| i32::try_from(days_of(*d)).unwrap_or(i32::MIN);
        OwnedBatch {
            rows: h.rows,
            sex: h
                .sex
                .map(|c| c.iter().map(|v| code_of(Sex::ALL, *v)).collect()),
            marital: h
                .marital_status
                .map(|c| c.iter().map(|v| code_of(MaritalStatus::ALL, *v)).collect()),
            age: ints_of(h.age),
            birth: h.birth_date.map(|c| {
                (
                    c.iter().map(|v| v.as_ref().map_or(0, days)).collect(),
                    bitmap_of(c.iter().map(Option::is_some)),
                )
            }),
            flags: [
                flags_of(h.household_head),
                flags_of(h.main_breadwinner),
                flags_of(h.household_has_elderly),
                flags_of(h.household_has_disabled),
                flags_of(h.has_business),
                flags_of(h.in_integrated_database),
            ],
            income: ints_of(h.monthly_income),
            dependants: ints_of(h.dependants),
            assistance: h.assistance.map(<[u16]>::to_vec),
        }
    }

    /// The engine's view.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Households, OwnedBatch};
    /// let owned = OwnedBatch::from_households(&Households::new(4));
    /// let batch = owned.view();
    /// // The columns left out stay out: unknown for every row.
    /// assert_eq!(batch.rows, 4);
    /// assert!(batch.sex.is_none() && batch.age.is_none());
    /// ```
    pub fn view(&self) -> RegistryBatch<'_> {
        let flag = |k: usize| {
            self.flags
                .get(k)
                .and_then(Option::as_ref)
                .map(|(v, valid)| FlagColumn {
                    len: self.rows,
                    values: Bitmap {
                        bytes: v,
                        offset: 0,
                    },
                    validity: Some(Bitmap {
                        bytes: valid,
                        offset: 0,
                    }),
                })
        };
        RegistryBatch {
            rows: self.rows,
            sex: self.sex.as_deref(),
            marital_status: self.marital.as_deref(),
            sex_keys: None,
            marital_status_keys: None,
            age: int_view(&self.age),
            birth_date: self.birth.as_ref().map(|(d, valid)| DayColumn {
                days: d,
                validity: Some(Bitmap {
                    bytes: valid,
                    offset: 0,
                }),
            }),
            household_head: flag(0),
            main_breadwinner: flag(1),
            household_has_elderly: flag(2),
            household_has_disabled: flag(3),
            has_business: flag(4),
            in_integrated_database: flag(5),
            monthly_income: int_view(&self.income),
            dependants: int_view(&self.dependants),
            assistance: self.assistance.as_deref(),
        }
    }
}

/// Text offsets, 32- or 64-bit (Arrow's `utf8` and `large_utf8`).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{Offsets, TextColumn};
/// let narrow = TextColumn::new(Offsets::I32(&[0, 6, 10]), b"femalemale", None);
/// let wide = TextColumn::new(Offsets::I64(&[0, 6, 10]), b"femalemale", None);
/// assert_eq!(narrow.len(), wide.len());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Offsets<'a> {
    /// 32-bit offsets.
    I32(&'a [i32]),
    /// 64-bit offsets.
    I64(&'a [i64]),
}

/// A column of text in Arrow's layout: row `i` is `bytes[offsets[i]..offsets[i + 1]]`.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{encode_text, Offsets, TextColumn};
/// // Rows "female" and "male": bytes 0..6 and 6..10.
/// let sex = TextColumn::new(Offsets::I32(&[0, 6, 10]), b"femalemale", None);
/// let parse = |s: &str| ["female", "male"].iter().position(|c| *c == s).map(|p| p as u8);
/// assert_eq!(encode_text("sex", &sex, parse, "female, male")?, [0, 1]);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct TextColumn<'a> {
    /// `rows + 1` offsets.
    pub offsets: Offsets<'a>,
    /// The UTF-8 bytes.
    pub bytes: &'a [u8],
    /// Which rows have a value (`None`: all).
    pub validity: Option<Bitmap<'a>>,
}

impl<'a> TextColumn<'a> {
    /// The column whose row `i` is `bytes[offsets[i]..offsets[i + 1]]`, `validity` saying
    /// which rows have a value (`None`: all).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Offsets, TextColumn};
    /// let t = TextColumn::new(Offsets::I64(&[0, 4]), b"male", None);
    /// assert_eq!(t.len(), 1);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(offsets: Offsets<'a>, bytes: &'a [u8], validity: Option<Bitmap<'a>>) -> Self {
        TextColumn {
            offsets,
            bytes,
            validity,
        }
    }

    /// Rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Offsets, TextColumn};
    /// // Three offsets bound two rows.
    /// let t = TextColumn::new(Offsets::I32(&[0, 6, 10]), b"femalemale", None);
    /// assert_eq!(t.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        match self.offsets {
            Offsets::I32(o) => o.len().saturating_sub(1),
            Offsets::I64(o) => o.len().saturating_sub(1),
        }
    }

    /// Whether the column has no rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::{Offsets, TextColumn};
    /// let none = TextColumn::new(Offsets::I32(&[0]), b"", None);
    /// assert!(none.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A code that does not parse, as the error to raise (with the further bad rows counted).
fn bad_code(
    column: &str,
    allowed: &str,
    first: Option<(usize, String)>,
    further: u64,
) -> Result<(), RegistryError> {
    match first {
        Some((row, found)) => Err(RegistryError::BadValue {
            column: column.to_owned(),
            row: row as u64,
            found,
            expected: ColumnType::Code,
            allowed: Some(allowed.to_owned()),
            further,
        }),
        None => Ok(()),
    }
}

/// A text of at most 16 bytes packed as a key: its length and its first and last 8 bytes
/// (overlapping when it is 8 to 16 bytes long; a shorter one is its bytes, zero-filled, twice),
/// so that two such texts are equal exactly when their keys are. `None` for longer texts.
/// `bytes[a..b]` is the text; the 8-byte windows may reach before `a`, never beyond `b`.
#[inline]
fn packed(bytes: &[u8], a: usize, b: usize) -> Option<(u64, u64, u64)> {
    let len = b.checked_sub(a)?;
    let word = |at: usize| -> Option<u64> {
        let w: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
        Some(u64::from_le_bytes(w))
    };
    if len > 16 {
        None
    } else if len >= 8 {
        Some((len as u64, word(a)?, word(b - 8)?))
    } else if let Some(w) = b.checked_sub(8).and_then(word) {
        // The text is the top `len` bytes of the window ending at `b`.
        let v = w.checked_shr(8 * (8 - len) as u32).unwrap_or(0);
        Some((len as u64, v, v))
    } else {
        let mut buf = [0u8; 8];
        buf.get_mut(..len)?.copy_from_slice(bytes.get(a..b)?);
        let v = u64::from_le_bytes(buf);
        Some((len as u64, v, v))
    }
}

/// Distinct texts remembered (at most [`SEEN`]), as packed keys with their codes.
const SEEN: usize = 16;

/// The texts seen so far: packed keys, their codes, and an index from (length, first byte)
/// to the slot of the first text seen with them, so that a row costs one lookup and one
/// comparison of its key; only a text not seen yet (or sharing length and first byte with
/// another) goes on to compare with every slot, or to be parsed.
struct Seen {
    keys: [(u64, u64, u64); SEEN],
    codes: [u8; SEEN],
    used: usize,
    index: [[u8; 256]; 17],
}

impl Seen {
    fn new() -> Self {
        Seen {
            keys: [(u64::MAX, 0, 0); SEEN],
            codes: [NULL_CODE; SEEN],
            used: 0,
            index: [[NULL_CODE; 256]; 17],
        }
    }

    /// The code of a text by its key and first byte, if seen at its indexed slot.
    #[inline]
    fn quick(&self, key: (u64, u64, u64), first: u8) -> u8 {
        let slot = self
            .index
            .get(key.0 as usize)
            .and_then(|r| r.get(usize::from(first)))
            .copied()
            .map_or(usize::MAX, usize::from);
        match (self.keys.get(slot), self.codes.get(slot)) {
            (Some(k), Some(c)) if *k == key => *c,
            _ => NULL_CODE,
        }
    }

    /// The code of a text by comparing its key with every slot.
    fn scan(&self, key: (u64, u64, u64)) -> u8 {
        let mut code = NULL_CODE;
        for (k, c) in self.keys.iter().zip(self.codes).take(self.used) {
            code = if *k == key { c } else { code };
        }
        code
    }

    fn remember(&mut self, key: (u64, u64, u64), first: u8, code: u8) {
        let slot = self.used;
        if let (Some(k), Some(c)) = (self.keys.get_mut(slot), self.codes.get_mut(slot)) {
            *k = key;
            *c = code;
            self.used += 1;
            if let Some(i) = self
                .index
                .get_mut(key.0 as usize)
                .and_then(|r| r.get_mut(usize::from(first)))
            {
                if *i == NULL_CODE {
                    *i = slot as u8;
                }
            }
        }
    }
}

/// Dictionary-encodes a text column of codes once: each distinct text is parsed by `parse`
/// (a position in the enum's `ALL`) the first time it is seen; every later row is its packed
/// key (`packed`: length, first and last 8 bytes) looked up among the few texts seen so far
/// (`Seen`). A text that does not parse is named by its row.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::{encode_text, Offsets, TextColumn};
/// let parse = |s: &str| ["female", "male"].iter().position(|c| *c == s).map(|p| p as u8);
/// // "perempuan" is not a code: the error names its row and what is allowed.
/// let t = TextColumn::new(Offsets::I32(&[0, 4, 13]), b"maleperempuan", None);
/// let err = encode_text("sex", &t, parse, "female, male").unwrap_err();
/// assert_eq!((err.code(), err.path()), ("bad_value", "sex[1]".to_owned()));
/// ```
pub fn encode_text(
    column: &str,
    text: &TextColumn<'_>,
    parse: impl Fn(&str) -> Option<u8>,
    allowed: &str,
) -> Result<Vec<u8>, RegistryError> {
    let (out, first, further) = match text.offsets {
        Offsets::I32(o) => encode_offsets(o, text, &parse),
        Offsets::I64(o) => encode_offsets(o, text, &parse),
    };
    bad_code(column, allowed, first, further)?;
    Ok(out)
}

/// Rows of [`Fast`]: one per text length from 0 to 16, and one (17) for every longer text,
/// which holds nothing.
const LENGTHS: usize = 18;

/// Entries of [`Fast`] per length, chosen by a text's first byte.
const LEADS: usize = 32;

/// Per length (17: any longer), the bytes of the first and of the second word of a 16-byte
/// window that a text of that length covers.
const COVERS: [[u64; 2]; LENGTHS] = [
    cover(0),
    cover(1),
    cover(2),
    cover(3),
    cover(4),
    cover(5),
    cover(6),
    cover(7),
    cover(8),
    cover(9),
    cover(10),
    cover(11),
    cover(12),
    cover(13),
    cover(14),
    cover(15),
    cover(16),
    cover(17),
];

/// The low `k` bytes of a word (all of them from 8 on).
const fn low_bytes(k: usize) -> u64 {
    if k >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * k)) - 1
    }
}

/// [`COVERS`] of a text of `len` bytes.
const fn cover(len: usize) -> [u64; 2] {
    [low_bytes(len), low_bytes(len.saturating_sub(8))]
}

/// A text's key in [`Fast`]: its entry — its length's row (17 for any longer), and within
/// it the low four bits and the case bit (`0x20`) of its first byte, so that `female`,
/// `Female` and `male` each have one of their own — and its bytes zero-filled to 16, as two
/// words. Equal keys are equal texts.
#[inline]
fn fast_key(sixteen: &[u8; 16], len: usize) -> (usize, [u64; 2]) {
    let (a, b) = sixteen.split_at(8);
    let word = |w: &[u8]| u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
    let len = len.min(LENGTHS - 1);
    let [low, high] = COVERS.get(len).copied().unwrap_or([0; 2]);
    let words = [word(a) & low, word(b) & high];
    // The first byte (0 for an empty text: its word is masked to nothing).
    let lead = (words[0] & 0xff) as usize;
    (len * LEADS + ((lead & 15) | ((lead >> 1) & 16)), words)
}

/// The texts already parsed, each in the entry of its length and first byte (a text whose
/// entry is taken stays on the slow path): a row costs two unaligned loads, two masks and a
/// compare of two words, with no hash. An empty entry holds the words of nothing and the
/// code [`MISS`], so it gives `MISS` whatever it is compared with; so does every entry of
/// the row of texts longer than 16 bytes, which nothing is put in.
struct Fast {
    words: Box<[[u64; 2]; LENGTHS * LEADS]>,
    codes: Box<[u8; LENGTHS * LEADS]>,
}

/// The code [`Fast`] gives a row it has not seen.
const MISS: u8 = NULL_CODE - 1;

impl Fast {
    fn new() -> Self {
        Fast {
            words: Box::new([[0; 2]; LENGTHS * LEADS]),
            codes: Box::new([MISS; LENGTHS * LEADS]),
        }
    }

    /// The code of the text of `len` bytes at the start of `sixteen`, or [`MISS`].
    #[inline]
    fn get(&self, sixteen: &[u8; 16], len: usize) -> u8 {
        let (at, key) = fast_key(sixteen, len);
        match (self.words.get(at), self.codes.get(at)) {
            (Some(w), Some(c)) if (w[0] == key[0]) & (w[1] == key[1]) => *c,
            _ => MISS,
        }
    }

    /// The codes of the rows whose `offsets` (one more than the rows) are given, into `out`,
    /// and the rows the table missed as bits (row `j`: bit `j`; at most 64 rows). A row
    /// whose 16 bytes from its start run past `bytes` (or whose start is not in it) misses.
    #[inline]
    fn block<O: Copy>(
        &self,
        bytes: &[u8],
        offsets: &[O],
        at: &impl Fn(O) -> usize,
        out: &mut [u8],
    ) -> u64 {
        debug_assert!(out.len() <= 64 && offsets.len() == out.len() + 1);
        let (Some(last), Some((&first, rest))) =
            (bytes.len().checked_sub(16), offsets.split_first())
        else {
            return u64::MAX
                .checked_shr(64 - out.len().min(64) as u32)
                .unwrap_or(0);
        };
        let mut missed = 0u64;
        let mut a = at(first);
        for (j, (slot, &y)) in out.iter_mut().zip(rest).enumerate() {
            let b = at(y);
            // A start past `last` reads the last 16 bytes instead, and misses.
            let from = a.min(last);
            let quick = match bytes.get(from..from + 16).and_then(|s| s.try_into().ok()) {
                Some(sixteen) => self.get(sixteen, b.wrapping_sub(a)),
                None => MISS,
            };
            let code = if a <= last { quick } else { MISS };
            *slot = code;
            missed |= u64::from(code == MISS) << (j & 63);
            a = b;
        }
        missed
    }

    fn remember(&mut self, text: &[u8], code: u8) {
        let Some(head) = text.get(..text.len().min(16)) else {
            return;
        };
        if text.len() > 16 || code >= MISS {
            return;
        }
        let mut sixteen = [0u8; 16];
        if let Some(d) = sixteen.get_mut(..head.len()) {
            d.copy_from_slice(head);
        }
        let (at, key) = fast_key(&sixteen, text.len());
        if let (Some(w), Some(c)) = (self.words.get_mut(at), self.codes.get_mut(at)) {
            if *c == MISS {
                *w = key;
                *c = code;
            }
        }
    }
}

/// How many texts [`Few`] matches at once.
const FEW: usize = 8;

/// The texts already parsed while they are at most [`FEW`], each at most 15 bytes long (a
/// column of codes: `female`, `male`; five marital statuses), matched 64 rows at a time with
/// no table: each row's 16 bytes, masked to its length, are compared with every text known —
/// a few vector instructions for four rows where [`Fast`] spends a lookup a row. Each text
/// is a key of two words: its bytes zero-filled to 16, and its length plus one in the last
/// byte ([`tag`]), which a text of at most 15 bytes leaves free; so equal keys are equal
/// texts, and a row of 16 bytes or more (0 in that byte) equals none. Once a longer text or
/// a ninth one is parsed, `off` is set and the column goes on with [`Fast`].
struct Few {
    first: [u64; FEW],
    second: [u64; FEW],
    /// Each text's code XOR [`MISS`]: a row XORs in the one text it equals (if any) and
    /// starts from `MISS`, so it ends with that text's code, or `MISS`.
    flips: [u64; FEW],
    used: usize,
    off: bool,
}

impl Few {
    fn new() -> Self {
        Few {
            first: [0; FEW],
            second: [0; FEW],
            flips: [0; FEW],
            used: 0,
            off: false,
        }
    }

    /// Whether [`Few::block`] can answer: some texts known, none too long, not too many.
    fn ready(&self) -> bool {
        self.used > 0 && !self.off
    }

    fn remember(&mut self, text: &[u8], code: u8) {
        if self.off || code >= MISS {
            return;
        }
        let mut sixteen = [0u8; 16];
        match sixteen.get_mut(..text.len()) {
            Some(d) if text.len() <= 15 => d.copy_from_slice(text),
            _ => {
                self.off = true;
                return;
            }
        }
        let (a, b) = sixteen.split_at(8);
        let word = |w: &[u8]| u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        let (first, second) = (word(a), word(b) | tag(text.len() as u64));
        let known = self.first.iter().zip(&self.second).take(self.used);
        if known.clone().any(|(f, s)| (*f, *s) == (first, second)) {
            return;
        }
        match (
            self.first.get_mut(self.used),
            self.second.get_mut(self.used),
            self.flips.get_mut(self.used),
        ) {
            (Some(f), Some(s), Some(x)) => {
                (*f, *s, *x) = (first, second, u64::from(code ^ MISS));
                self.used += 1;
            }
            _ => self.off = true,
        }
    }

    /// The codes and missed rows of a whole block of 64 rows (`offsets`: 65), as
    /// [`Fast::block`] gives them for any block, by other means: each row's offsets and
    /// 16 bytes read, then, 64 rows at once (vectors), the bytes masked to the row's length
    /// and tagged with it, and compared with each text known.
    #[inline(always)]
    fn block<O: Copy>(
        &self,
        bytes: &[u8],
        offsets: &[O],
        at: &impl Fn(O) -> usize,
        out: &mut [u8],
        lanes: &mut Lanes,
    ) -> u64 {
        let (Some(last), 65, 64) = (bytes.len().checked_sub(16), offsets.len(), out.len()) else {
            return u64::MAX;
        };
        let Lanes {
            low,
            high,
            len,
            flip,
        } = lanes;
        // The one part that is a load a row.
        if let Some((&first, rest)) = offsets.split_first() {
            let mut a = at(first);
            for (j, &y) in rest.iter().take(64).enumerate() {
                let b = at(y);
                let from = a.min(last);
                if let (Some(s), Some(l), Some(h), Some(n)) = (
                    bytes.get(from..from + 16),
                    low.get_mut(j),
                    high.get_mut(j),
                    len.get_mut(j),
                ) {
                    let (x, y) = s.split_at(8);
                    *l = u64::from_le_bytes(x.try_into().unwrap_or([0; 8]));
                    *h = u64::from_le_bytes(y.try_into().unwrap_or([0; 8]));
                    // A start past `last` (its 16 bytes run past the end) matches nothing.
                    *n = if a <= last {
                        b.wrapping_sub(a) as u64
                    } else {
                        u64::MAX
                    };
                }
                a = b;
            }
        }
        // The keys, 64 rows at once.
        for ((l, h), n) in low.iter_mut().zip(high.iter_mut()).zip(len.iter()) {
            let keep_low = if *n < 8 {
                !(u64::MAX << (8 * n))
            } else {
                u64::MAX
            };
            let keep_high = if (8..16).contains(n) {
                !(u64::MAX << (8 * (n - 8)))
            } else {
                0
            };
            *l &= keep_low;
            *h = (*h & keep_high) | tag(*n);
        }
        match self.used {
            1 => self.flips::<1>(low, high, flip),
            2 => self.flips::<2>(low, high, flip),
            3 => self.flips::<3>(low, high, flip),
            4 => self.flips::<4>(low, high, flip),
            5 => self.flips::<5>(low, high, flip),
            6 => self.flips::<6>(low, high, flip),
            7 => self.flips::<7>(low, high, flip),
            _ => self.flips::<FEW>(low, high, flip),
        }
        let mut missed = 0u64;
        for (j, (code, &x)) in out.iter_mut().zip(flip.iter()).enumerate() {
            let c = (u64::from(MISS) ^ x) as u8;
            *code = c;
            missed |= u64::from(c == MISS) << (j & 63);
        }
        missed
    }

    /// Each row's flip: that of the one of the first `N` texts its key equals, or 0.
    #[inline(always)]
    fn flips<const N: usize>(&self, low: &[u64; 64], high: &[u64; 64], flip: &mut [u64; 64]) {
        let (Some(firsts), Some(seconds), Some(flips)) = (
            self.first.first_chunk::<N>(),
            self.second.first_chunk::<N>(),
            self.flips.first_chunk::<N>(),
        ) else {
            return;
        };
        for ((x, l), h) in flip.iter_mut().zip(low).zip(high) {
            *x = 0;
            for ((f, s), c) in firsts.iter().zip(seconds).zip(flips) {
                let equal = (*l == *f) & (*h == *s);
                *x ^= u64::from(equal).wrapping_neg() & c;
            }
        }
    }
}

/// The 64 rows of a block as [`Few::block`] works on them: each row's first and second
/// 8 bytes (then its key), its length, and its flip. Kept from block to block (every block
/// writes all of it that it reads), so that no block fills 2 KiB first.
struct Lanes {
    low: [u64; 64],
    high: [u64; 64],
    len: [u64; 64],
    flip: [u64; 64],
}

impl Lanes {
    fn new() -> Self {
        Lanes {
            low: [0; 64],
            high: [0; 64],
            len: [0; 64],
            flip: [0; 64],
        }
    }
}

/// A text's length plus one in the last byte of its key's second word, for a text of at most
/// 15 bytes (which leaves that byte zero); 0 for any other length.
#[inline(always)]
fn tag(len: u64) -> u64 {
    if len <= 15 {
        (len + 1) << 56
    } else {
        0
    }
}

/// An Arrow offset as a position in the bytes (`usize::MAX` for a negative one, which no
/// buffer reaches).
#[inline(always)]
fn offset_at<O: Into<i64>>(o: O) -> usize {
    usize::try_from(o.into()).unwrap_or(usize::MAX)
}

/// The codes of a text column with offsets of type `O`, the first bad row and how many more.
///
/// Each row first tries the fast table (16 bytes read from its start; texts of at most 16
/// bytes); a miss — a text not seen yet, a longer one, one within 16 bytes of the buffer's
/// end — takes the slow path (`Seen`, then parsing), whose answer the fast table learns.
#[allow(clippy::type_complexity)]
fn encode_offsets<O: Copy + Into<i64>>(
    offsets: &[O],
    text: &TextColumn<'_>,
    parse: &impl Fn(&str) -> Option<u8>,
) -> (Vec<u8>, Option<(usize, String)>, u64) {
    let rows = offsets.len().saturating_sub(1);
    let bytes = text.bytes;
    let at = offset_at::<O>;
    let mut seen = Seen::new();
    let mut fast = Fast::new();
    let mut few = Few::new();
    let mut lanes = Lanes::new();
    let mut out = vec![NULL_CODE; rows];
    let (mut first, mut further) = (None, 0u64);
    for (block, chunk) in out.chunks_mut(64).enumerate() {
        let valid = validity_word(text.validity.as_ref(), block * 64);
        let offs = offsets.get(block * 64..).unwrap_or_default();
        // The offsets and the text of the rows AHEAD on. (Their offsets read here were asked
        // for in this same block; asking for offsets 2 × AHEAD on instead, so that these are
        // in cache already, measured no different: 4.36–4.76 against 4.36–4.76 ns a row.)
        prefetch_block(offs, AHEAD);
        if let (Some(&x), Some(&y)) = (offs.get(AHEAD), offs.get(AHEAD + 64)) {
            prefetch_rows(bytes, at(x), at(y));
        }
        // Every row through the fast table, with no branch; the rows it misses are done
        // after, in order, on the slow path.
        let window = offs.get(..=chunk.len()).unwrap_or_default();
        let missed = if few.ready() && chunk.len() == 64 {
            with_avx2(
                #[inline(always)]
                || few.block(bytes, window, &at, chunk, &mut lanes),
            )
        } else {
            fast.block(bytes, window, &at, chunk)
        };
        // A null row's code is null, whatever its text.
        let all = u64::MAX.checked_shr(64 - chunk.len() as u32).unwrap_or(0);
        let mut nulls = !valid & all;
        while nulls != 0 {
            let j = nulls.trailing_zeros() as usize;
            nulls &= nulls - 1;
            if let Some(slot) = chunk.get_mut(j) {
                *slot = NULL_CODE;
            }
        }
        let mut slow = missed & valid;
        while slow != 0 {
            let j = slow.trailing_zeros() as usize;
            slow &= slow - 1;
            let (Some(slot), Some(&x), Some(&y)) = (chunk.get_mut(j), offs.get(j), offs.get(j + 1))
            else {
                continue;
            };
            let (a, b) = (at(x), at(y));
            // The slow path: a text not seen yet, longer than 16 bytes, or near the end.
            let key = packed(bytes, a, b);
            let lead = bytes.get(a).copied().unwrap_or(0);
            let mut code = key.map_or(NULL_CODE, |k| seen.quick(k, lead));
            if code == NULL_CODE {
                code = key.map_or(NULL_CODE, |k| seen.scan(k));
            }
            if code == NULL_CODE {
                // A text not seen yet (or longer than 16 bytes): parse it.
                let s = bytes.get(a..b).unwrap_or_default();
                code = std::str::from_utf8(s)
                    .ok()
                    .and_then(parse)
                    .unwrap_or(NULL_CODE);
                match (code != NULL_CODE, key) {
                    (true, Some(k)) => seen.remember(k, lead, code),
                    (true, None) => {}
                    (false, _) => {
                        if first.is_none() {
                            first = Some((block * 64 + j, String::from_utf8_lossy(s).into_owned()));
                        } else {
                            further += 1;
                        }
                    }
                }
            }
            if code != NULL_CODE {
                let text = bytes.get(a..b).unwrap_or_default();
                fast.remember(text, code);
                few.remember(text, code);
            }
            *slot = code;
        }
    }
    (out, first, further)
}

/// A dictionary-encoded column of codes: `values[k]` is dictionary value `k` already parsed
/// once (a position in the enum's `ALL`, `Err(text)` when it does not parse); each row's key
/// maps through it. Only a row that uses a bad value is an error; so is a non-null row whose
/// key is outside the values (negative, or at or past their count: malformed Arrow),
/// [`RegistryError::DictionaryKey`]. A null row's key may be anything.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::encode_dictionary;
/// // An Arrow dictionary column: two values parsed once, four rows as keys.
/// let values = [Ok(0), Ok(1)];
/// let codes = encode_dictionary("sex", &[1u8, 0, 0, 1], None, &values, "female, male")?;
/// assert_eq!(codes, [1, 0, 0, 1]);
/// // A bad value is an error only where a row uses it.
/// let bad = [Ok(0), Err("perempuan".to_owned())];
/// assert_eq!(encode_dictionary("sex", &[0u8, 0], None, &bad, "female, male")?, [0, 0]);
/// assert!(encode_dictionary("sex", &[0u8, 1], None, &bad, "female, male").is_err());
/// // A key with no value is malformed Arrow: an error naming its row.
/// let err = encode_dictionary("sex", &[0u8, 2], None, &values, "female, male").unwrap_err();
/// assert_eq!(err.path(), "sex[1]");
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
pub fn encode_dictionary<K: Copy + TryInto<usize> + std::fmt::Display>(
    column: &str,
    keys: &[K],
    validity: Option<&Bitmap<'_>>,
    values: &[Result<u8, String>],
    allowed: &str,
) -> Result<Vec<u8>, RegistryError> {
    let table: Vec<u8> = values
        .iter()
        .map(|v| v.as_ref().map_or(NULL_CODE, |c| *c))
        .collect();
    let mut out = vec![NULL_CODE; keys.len()];
    if table.len() < 256 {
        // A dictionary of fewer than 256 values (every small-cardinality column): a table of
        // 256 entries, its last one null, indexed by the key clamped to 255 — a negative or
        // too-large key lands on a null entry — so each row is one lookup, with neither a
        // branch nor a bounds check.
        let mut byte_table = [NULL_CODE; 256];
        for (t, v) in byte_table.iter_mut().zip(&table) {
            *t = *v;
        }
        let index = |k: K| k.try_into().unwrap_or(255usize).min(255) as u8;
        let count = table.len();
        // Checked once per column, when a block first shows a non-null row read as null.
        let mut checked = false;
        for (block, (slots, ks)) in out.chunks_mut(64).zip(keys.chunks(64)).enumerate() {
            let valid = match validity {
                // 64 rows at a time: the validity word widened to bytes, a select per row.
                Some(v) => crate::screening::registry::plan::validity_bytes(v.word(block * 64)),
                None => [1u8; 64],
            };
            for ((slot, k), &ok) in slots.iter_mut().zip(ks).zip(&valid) {
                let keep = 0u8.wrapping_sub(ok);
                // A `u8` indexes the 256 entries: the check compiles away.
                let code = byte_table.get(usize::from(index(*k))).copied();
                *slot = (code.unwrap_or(NULL_CODE) & keep) | (NULL_CODE & !keep);
            }
            // A non-null row read as null: its key is outside the values, or its value does
            // not parse (an error found below). One flag per block, from a pass that
            // vectorises; the rows are looked at only when it is set.
            if !checked && null_where_valid(slots, &valid) {
                if let Some(e) = key_outside(column, keys, validity, count, block * 64) {
                    return Err(e);
                }
                checked = true;
            }
        }
    } else {
        let count = table.len();
        let lookup = |k: K| {
            k.try_into()
                .ok()
                .and_then(|k: usize| table.get(k).copied())
                .unwrap_or(NULL_CODE)
        };
        let mut checked = false;
        for (block, (slots, ks)) in out.chunks_mut(64).zip(keys.chunks(64)).enumerate() {
            let valid = match validity {
                Some(v) => crate::screening::registry::plan::validity_bytes(v.word(block * 64)),
                None => [1u8; 64],
            };
            for ((slot, k), &ok) in slots.iter_mut().zip(ks).zip(&valid) {
                let keep = 0u8.wrapping_sub(ok);
                *slot = (lookup(*k) & keep) | (NULL_CODE & !keep);
            }
            if !checked && null_where_valid(slots, &valid) {
                if let Some(e) = key_outside(column, keys, validity, count, block * 64) {
                    return Err(e);
                }
                checked = true;
            }
        }
    }
    if values.iter().all(Result::is_ok) {
        return Ok(out);
    }
    // Some dictionary value does not parse: name the first row that uses it.
    let (mut first, mut further) = (None, 0u64);
    for (i, k) in keys.iter().enumerate() {
        let valid = validity.is_none_or(|b| b.get(i));
        let text = (*k)
            .try_into()
            .ok()
            .and_then(|k: usize| values.get(k))
            .and_then(|v| v.as_ref().err());
        if let (true, Some(t)) = (valid, text) {
            if first.is_none() {
                first = Some((i, t.clone()));
            } else {
                further += 1;
            }
        }
    }
    bad_code(column, allowed, first, further)?;
    Ok(out)
}

/// Does some non-null row of a block (`valid` one byte per row, 1 or 0) hold the null code?
fn null_where_valid(slots: &[u8], valid: &[u8; 64]) -> bool {
    slots
        .iter()
        .zip(valid)
        .fold(0u8, |any, (s, ok)| any | (u8::from(*s == NULL_CODE) & ok))
        != 0
}

/// The error for a dictionary key outside the `count` values on a non-null row: the first
/// such row at or after `from` (the first block with a non-null row read as null; none comes
/// before it), and how many follow it; `None` when there is none (the nulls came from values
/// that do not parse). Run only when a block's flag is set.
#[cold]
fn key_outside<K: Copy + TryInto<usize> + std::fmt::Display>(
    column: &str,
    keys: &[K],
    validity: Option<&Bitmap<'_>>,
    count: usize,
    from: usize,
) -> Option<RegistryError> {
    let mut first: Option<(usize, String)> = None;
    let mut further = 0u64;
    for (i, k) in keys.iter().enumerate().skip(from) {
        let valid = validity.is_none_or(|b| b.get(i));
        let inside = (*k).try_into().ok().is_some_and(|k: usize| k < count);
        if valid && !inside {
            if first.is_none() {
                first = Some((i, k.to_string()));
            } else {
                further += 1;
            }
        }
    }
    let (row, key) = first?;
    Some(RegistryError::DictionaryKey {
        column: column.to_owned(),
        row: row as u64,
        key,
        values: count,
        further,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Lang;

    /// A key outside the dictionary's values on a non-null row (negative, at or past its
    /// end, far past 255) is malformed Arrow: an error naming the column, the first such row
    /// and its key, counting the rest — on both paths (under 256 values and over). It was
    /// once read as null, silently.
    #[test]
    fn dictionary_keys_outside_the_values_are_errors() {
        let small: Vec<Result<u8, String>> = vec![Ok(3), Ok(1)];
        // Row 1 is null (its key -1 ignored); row 2's key 2 is the first outside.
        let keys: [i16; 7] = [0, -1, 2, 1, 255, 300, i16::MIN];
        let valid = bitmap_of([true, false, true, true, true, true, true].into_iter());
        let err =
            encode_dictionary("sex", &keys, Some(&Bitmap::new(&valid, 0)), &small, "").unwrap_err();
        assert_eq!(err.code(), "dictionary_key");
        assert_eq!(err.path(), "sex[2]");
        assert!(matches!(
            &err,
            RegistryError::DictionaryKey { key, values: 2, further: 3, .. } if key == "2"
        ));
        assert!(err.message(Lang::En).contains("found key 2"), "{err}");
        assert!(err.message(Lang::Id).contains("ditemukan kunci 2"));
        // A negative key, in a later 64-row block: the row counts over the whole column.
        let mut keys = vec![1i8; 200];
        keys[130] = -5;
        let err = encode_dictionary("x", &keys, None, &small, "").unwrap_err();
        assert_eq!(err.path(), "x[130]");
        assert!(
            matches!(&err, RegistryError::DictionaryKey { key, further: 0, .. } if key == "-5")
        );
        // 300 values: the general path, key 299 the last value, 300 the first outside.
        let large: Vec<Result<u8, String>> = (0..300).map(|k| Ok((k % 7) as u8)).collect();
        let got = encode_dictionary("x", &[0i16, 255, 256, 299], None, &large, "").unwrap();
        assert_eq!(got, [0, (255 % 7) as u8, (256 % 7) as u8, (299 % 7) as u8]);
        for (bad, row) in [(300i16, 3usize), (-1, 0)] {
            let mut keys = vec![299i16; 70];
            keys[row] = bad;
            let err = encode_dictionary("x", &keys, None, &large, "").unwrap_err();
            assert_eq!(err.path(), format!("x[{row}]"));
            assert!(
                matches!(&err, RegistryError::DictionaryKey { key, values: 300, .. } if *key == bad.to_string())
            );
        }
    }

    /// A null row's key may be anything (the Arrow format says so): it reads as null and is
    /// never an error, on both paths.
    #[test]
    fn null_rows_read_as_null_whatever_their_key() {
        let n = NULL_CODE;
        let small: Vec<Result<u8, String>> = vec![Ok(3), Ok(1)];
        let keys: [i16; 6] = [0, -1, 2, 255, i16::MIN, 1];
        let valid = bitmap_of([true, false, false, false, false, true].into_iter());
        let got = encode_dictionary("x", &keys, Some(&Bitmap::new(&valid, 0)), &small, "");
        assert_eq!(got.unwrap(), [3, n, n, n, n, 1]);
        let large: Vec<Result<u8, String>> = (0..300).map(|k| Ok((k % 7) as u8)).collect();
        let keys: [i16; 4] = [299, 300, -1, 0];
        let valid = bitmap_of([true, false, false, true].into_iter());
        let got = encode_dictionary("x", &keys, Some(&Bitmap::new(&valid, 0)), &large, "");
        assert_eq!(got.unwrap(), [(299 % 7) as u8, n, n, 0]);
    }

    #[test]
    fn bitmap_words_follow_arrow_bit_order_at_any_offset() {
        let bits: Vec<bool> = (0..200).map(|i| i % 3 == 0 || i % 7 == 0).collect();
        let bytes = bitmap_of(bits.iter().copied());
        for offset in [0, 1, 5, 8, 13] {
            let b = Bitmap {
                bytes: &bytes,
                offset,
            };
            for start in [0, 3, 64, 100, 150] {
                let w = b.word(start);
                for j in 0..64 {
                    let want = bits.get(offset + start + j).copied().unwrap_or(false);
                    assert_eq!(
                        (w >> j) & 1 == 1,
                        want,
                        "offset {offset} start {start} bit {j}"
                    );
                }
            }
        }
    }

    #[test]
    fn text_codes_are_parsed_once_and_bad_ones_named() {
        let bytes = b"femalemalefemaleMale";
        let offsets = [0, 6, 10, 16, 16, 20];
        let valid = bitmap_of([true, true, true, false, true].into_iter());
        let text = TextColumn {
            offsets: Offsets::I32(&offsets),
            bytes,
            validity: Some(Bitmap {
                bytes: &valid,
                offset: 0,
            }),
        };
        let parse = |s: &str| Sex::from_code(s).map(|x| code_of(Sex::ALL, Some(x)));
        let err = encode_text("sex", &text, parse, "female, male").unwrap_err();
        assert_eq!(err.path(), "sex[4]");
        let ok = TextColumn {
            offsets: Offsets::I32(&offsets[..4]),
            ..text
        };
        let codes = encode_text("sex", &ok, parse, "female, male").unwrap();
        assert_eq!(codes.len(), 3);
        assert_eq!(codes.first(), codes.get(2));
        assert_ne!(codes.first(), codes.get(1));
    }

    /// `texts` laid out as Arrow lays out a text column: their bytes one after another, and
    /// the offset of each one's start and of the end.
    fn laid_out<'a>(texts: impl IntoIterator<Item = &'a str>) -> (Vec<u8>, Vec<i32>) {
        let mut bytes = Vec::new();
        let mut offsets = vec![0i32];
        for t in texts {
            bytes.extend_from_slice(t.as_bytes());
            offsets.push(i32::try_from(bytes.len()).unwrap());
        }
        (bytes, offsets)
    }

    /// Texts of every length around the packed key's 8- and 16-byte edges, some differing
    /// only in a middle or last byte, at the start of the buffer and after others: each row
    /// gets its own text's code, and a text differing by one byte is named as bad.
    #[test]
    fn packed_keys_tell_apart_texts_differing_anywhere() {
        let allowed: Vec<String> = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "xbcdefgh",
            "abcdefghi",
            "abcdefghj",
            "abcdXfghi",
            "abcdefghabcdefgh",
            "abcdefghabcdefgX",
            "abcdefgXabcdefgh",
            "abcdefghabcdefghq",
            "abcdefghabcdefghr",
            "never_married",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        assert!(
            allowed.len() <= SEEN + 2,
            "more than the cache: the slow path is exercised"
        );
        let order: Vec<usize> = (0..300).map(|i| (i * 7 + i / 5) % allowed.len()).collect();
        let (bytes, offsets) = laid_out(order.iter().map(|&k| allowed[k].as_str()));
        let parse = |s: &str| allowed.iter().position(|a| a == s).map(|p| p as u8);
        let col = TextColumn {
            offsets: Offsets::I32(&offsets),
            bytes: &bytes,
            validity: None,
        };
        let codes = encode_text("x", &col, parse, "").unwrap();
        let want: Vec<u8> = order.iter().map(|k| *k as u8).collect();
        assert_eq!(codes, want);
        for bad in ["abcdefgj", "abcdefghabcdefgY", "abcdefghabcdefghs", "c"] {
            let mut b2 = bytes.clone();
            b2.extend_from_slice(bad.as_bytes());
            let mut o2 = offsets.clone();
            o2.push(b2.len() as i32);
            let col = TextColumn {
                offsets: Offsets::I32(&o2),
                bytes: &b2,
                validity: None,
            };
            let err = encode_text("x", &col, parse, "").unwrap_err();
            assert_eq!(err.path(), "x[300]", "{bad}");
        }
    }

    /// A text one byte away from a known one, in the middle of the buffer (where the fast
    /// table answers) rather than at its end: named as bad, never given the known code; and
    /// the same row, null, stays null without an error.
    #[test]
    fn the_fast_table_never_answers_for_a_text_it_has_not_parsed() {
        let known = ["female", "male", "abcdefghabcdefgh", "abcdefgh"];
        let parse = |s: &str| known.iter().position(|k| *k == s).map(|p| p as u8);
        for bad in [
            "femalf",
            "mal",
            "abcdefghabcdefgX",
            "Xbcdefghabcdefgh",
            "abcdefgX",
            "femalee",
        ] {
            let mut texts: Vec<&str> = (0..200).map(|i| known[i % known.len()]).collect();
            texts.insert(150, bad);
            let (bytes, offsets) = laid_out(texts.iter().copied());
            let col = TextColumn {
                offsets: Offsets::I32(&offsets),
                bytes: &bytes,
                validity: None,
            };
            let err = encode_text("x", &col, parse, "").unwrap_err();
            assert_eq!(err.path(), "x[150]", "{bad}");
            // The bad row null (its bytes still there): no error, a null code.
            let valid = bitmap_of((0..texts.len()).map(|i| i != 150));
            let col = TextColumn {
                offsets: Offsets::I32(&offsets),
                bytes: &bytes,
                validity: Some(Bitmap {
                    bytes: &valid,
                    offset: 0,
                }),
            };
            let codes = encode_text("x", &col, parse, "").unwrap();
            assert_eq!(codes[150], NULL_CODE);
            assert_eq!(codes[149], 149 % 4);
            assert_eq!(codes[152], 151 % 4);
        }
    }

    /// Valid texts that share the fast table's entry (one length, one first byte) or differ
    /// only past their first eight bytes, the empty text, and texts longer than 16 bytes,
    /// interleaved over many blocks: each row gets its own text's code (the one that owns
    /// the entry from the fast table, the others from the slow path).
    #[test]
    fn texts_sharing_a_fast_entry_each_keep_their_own_code() {
        let mut known: Vec<String> = [
            "ab1",
            "ab2",
            "ab3",
            "",
            "Ab1",
            "never_married",
            "never_marriex",
            "a text longer than sixteen bytes",
            "a text longer than sixteen bytez",
        ]
        .map(String::from)
        .into();
        // A text of every length to 17, each a prefix of the next: only the length's masks
        // tell them apart.
        known.extend((1..=17).map(|k| "z".repeat(k)));
        let parse = |s: &str| known.iter().position(|k| k == s).map(|p| p as u8);
        // Rows in an order no period of the known texts repeats: each is every index often.
        let picks: Vec<usize> = (0..3000usize)
            .map(|i| (i * 7 + i / 13) % known.len())
            .collect();
        let (mut bytes, offsets) = laid_out(picks.iter().map(|&k| known[k].as_str()));
        // Room after the last text, so that every row can be read 16 bytes at a time.
        bytes.extend_from_slice(&[b'#'; 16]);
        let col = TextColumn::new(Offsets::I32(&offsets), &bytes, None);
        let codes = encode_text("x", &col, parse, "").unwrap();
        let want: Vec<u8> = picks.iter().map(|&k| k as u8).collect();
        assert_eq!(codes, want);
    }

    /// Texts whose bytes, zero-filled, are the same words — the empty text, NUL bytes, `a`
    /// and `a` followed by a NUL — told apart by their length alone, over more than one
    /// block, with null rows, 64-bit offsets and no room after the last text (whose rows
    /// near the end take the slow path).
    #[test]
    fn texts_equal_but_for_their_length_keep_their_own_codes() {
        let known = ["", "\0", "\0\0", "a", "a\0", "a\0\0"];
        let parse = |s: &str| known.iter().position(|k| *k == s).map(|p| p as u8);
        let picks: Vec<usize> = (0..300usize)
            .map(|i| (i * 5 + i / 7) % known.len())
            .collect();
        let (bytes, offsets) = laid_out(picks.iter().map(|&k| known[k]));
        let offsets: Vec<i64> = offsets.into_iter().map(i64::from).collect();
        let valid = bitmap_of((0..picks.len()).map(|i| i % 11 != 3));
        let col = TextColumn::new(Offsets::I64(&offsets), &bytes, Some(Bitmap::new(&valid, 0)));
        let codes = encode_text("x", &col, parse, "").unwrap();
        let want: Vec<u8> = (picks.iter().enumerate())
            .map(|(i, &k)| if i % 11 == 3 { NULL_CODE } else { k as u8 })
            .collect();
        assert_eq!(codes, want);
    }

    /// The vector path (at most eight texts of at most 15 bytes, 64 rows at a time) against a
    /// row-by-row reference, over columns drawn at random: texts that are prefixes of each
    /// other, differ only in byte 8 or 15, end in NUL bytes (and unknown ones in another byte
    /// there) or are empty; null rows holding
    /// any text; unknown texts (the first named, the rest counted); a column that starts
    /// mid-buffer and ends with its last text (no bytes after it); i32 and i64 offsets; and
    /// vocabularies that switch the vector path off part-way (a ninth text, a 16-byte one).
    #[test]
    fn eight_short_texts_matched_64_rows_at_a_time_equal_a_row_by_row_reference() {
        let eight = [
            "female",
            "male",
            "fe",
            "",
            "a\0",
            "abcdefgh",
            "abcdefghijklmn\0",
            "abcdefghijklmnX",
        ];
        // Unknown texts: one byte off a known one, or equal to one but for a NUL it has.
        let unknown = [
            "femal",
            "male\0",
            "abcdefgX",
            "abcdefghijklmnY",
            "abcdefghijklmnXo",
            "a",
            "ab",
            "ma",
        ];
        let mut more = eight.to_vec();
        more.push("abcdefghi");
        let mut sixteen = eight[..6].to_vec();
        sixteen.push("abcdefghijklmnop");
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for round in 0..60 {
            let known: &[&str] = match round % 3 {
                0 => &eight,
                1 => &more,
                _ => &sixteen,
            };
            let parse = |s: &str| known.iter().position(|k| *k == s).map(|p| p as u8);
            let rows = 64 * (3 + next(40)) + next(64);
            let bad_rate = if round % 4 == 0 { 200 } else { usize::MAX };
            let picks: Vec<&str> = (0..rows)
                .map(|_| {
                    if next(bad_rate.min(1 << 30)) == 0 {
                        unknown[next(unknown.len())]
                    } else {
                        known[next(known.len().min(if round % 5 == 0 { 2 } else { 9 }))]
                    }
                })
                .collect();
            let valid: Vec<bool> = (0..rows).map(|_| next(10) != 0).collect();
            // Some texts before the column's first row, none after its last.
            let skip = next(3) * 7;
            let lead: Vec<&str> = (0..skip).map(|_| known[next(known.len())]).collect();
            let (bytes, all) = laid_out(lead.iter().chain(&picks).copied());
            let offsets = &all[skip..];
            let bits = bitmap_of(valid.iter().copied());
            // The reference, row by row.
            let mut want = Vec::with_capacity(rows);
            let (mut first, mut further) = (None, 0u64);
            for (i, (t, v)) in picks.iter().zip(&valid).enumerate() {
                match (v, parse(t)) {
                    (false, _) => want.push(NULL_CODE),
                    (true, Some(c)) => want.push(c),
                    (true, None) => {
                        want.push(NULL_CODE);
                        if first.is_none() {
                            first = Some(i);
                        } else {
                            further += 1;
                        }
                    }
                }
            }
            let wide: Vec<i64> = offsets.iter().map(|&o| i64::from(o)).collect();
            for col in [
                TextColumn::new(Offsets::I32(offsets), &bytes, Some(Bitmap::new(&bits, 0))),
                TextColumn::new(Offsets::I64(&wide), &bytes, Some(Bitmap::new(&bits, 0))),
            ] {
                let (codes, bad, more_bad) = match col.offsets {
                    Offsets::I32(o) => encode_offsets(o, &col, &parse),
                    Offsets::I64(o) => encode_offsets(o, &col, &parse),
                };
                assert_eq!(bad.map(|(row, _)| row), first, "round {round}");
                assert_eq!(more_bad, further, "round {round}");
                assert_eq!(codes, want, "round {round}");
                let got = encode_text("x", &col, parse, "");
                assert_eq!(got.is_ok(), first.is_none(), "round {round}");
            }
        }
        // The last rows of a last whole block of 64 start within 16 bytes of the end: they
        // miss and take the slow path, which reads their own bytes; the last 16 bytes (which
        // begin with the known "fe" where the unknown "ma" is, and with "fe" and "male" where
        // "male" and "fe" are) must not answer for them.
        let parse = |s: &str| eight.iter().position(|k| *k == s).map(|p| p as u8);
        // The first block teaches every known text.
        let mut picks = eight.to_vec();
        picks.resize(188, "male");
        picks.extend(["female", "male", "male", "ma"]);
        let (bytes, offsets) = laid_out(picks.iter().copied());
        let col = TextColumn::new(Offsets::I32(&offsets), &bytes, None);
        let err = encode_text("x", &col, parse, "").unwrap_err();
        assert_eq!(err.path(), "x[191]");
        picks.truncate(186);
        picks.extend(["female", "male", "male", "fe", "", "male"]);
        let (bytes, offsets) = laid_out(picks.iter().copied());
        let col = TextColumn::new(Offsets::I32(&offsets), &bytes, None);
        let codes = encode_text("x", &col, parse, "").unwrap();
        assert_eq!(codes[186..], [0, 1, 1, 2, 3, 1]);
    }

    /// Malformed offsets far into a long column, where `encode_text` reads offsets 1,024 rows
    /// ahead to prefetch the text: one at `i32::MAX`, far past the bytes, one negative, one
    /// going backwards. The first row they spoil is named (never a panic, in debug builds
    /// included); the same rows null are null codes and every other row is read as before.
    #[test]
    fn malformed_offsets_past_the_prefetch_distance_are_named_not_panicked_on() {
        let rows = 5000;
        let bytes = b"male".repeat(rows);
        let mut offsets: Vec<i32> = (0..=rows as i32).map(|i| i * 4).collect();
        offsets[3000] = i32::MAX;
        offsets[3001] = -7;
        offsets[4000] = 2;
        let parse = |s: &str| {
            ["female", "male"]
                .iter()
                .position(|c| *c == s)
                .map(|p| p as u8)
        };
        let col = TextColumn::new(Offsets::I32(&offsets), &bytes, None);
        let err = encode_text("sex", &col, parse, "female, male").unwrap_err();
        assert_eq!(
            (err.code(), err.path()),
            ("bad_value", "sex[2999]".to_owned())
        );
        // Rows 2999–3001 and 3999–4000 touch a spoiled offset; null, they are no error.
        let spoiled = [2999, 3000, 3001, 3999, 4000];
        let valid = bitmap_of((0..rows).map(|i| !spoiled.contains(&i)));
        let col = TextColumn::new(Offsets::I32(&offsets), &bytes, Some(Bitmap::new(&valid, 0)));
        let codes = encode_text("sex", &col, parse, "female, male").unwrap();
        for (i, c) in codes.iter().enumerate() {
            let want = if spoiled.contains(&i) { NULL_CODE } else { 1 };
            assert_eq!(*c, want, "row {i}");
        }
    }

    /// The range check's first pass looks at null slots too: a null slot holding a value out
    /// of range is not a finding; a valid one is.
    #[test]
    fn values_out_of_range_count_only_in_valid_rows() {
        let values = [30i64, 1 << 40, 50, -7];
        let valid = bitmap_of([true, false, true, false].into_iter());
        let col = IntColumn {
            values: IntValues::I64(&values),
            validity: Some(Bitmap {
                bytes: &valid,
                offset: 0,
            }),
        };
        assert!(!col.any_outside((0, 120)));
        let valid = bitmap_of([true, false, true, true].into_iter());
        let col = IntColumn {
            validity: Some(Bitmap {
                bytes: &valid,
                offset: 0,
            }),
            ..col
        };
        assert!(col.any_outside((0, 120)));
        let small = [0i32, 120, 5];
        let col = IntColumn {
            values: IntValues::I32(&small),
            validity: None,
        };
        assert!(!col.any_outside((0, 120)));
        assert!(col.any_outside((1, 120)));
    }

    #[test]
    fn dictionary_values_that_no_row_uses_are_not_errors() {
        let values = vec![Ok(1), Err("x".to_owned()), Ok(0)];
        let out = encode_dictionary("sex", &[0i32, 2, 0], None, &values, "").unwrap();
        assert_eq!(out, vec![1, 0, 1]);
        let err = encode_dictionary("sex", &[0i32, 1, 1], None, &values, "").unwrap_err();
        assert_eq!(err.path(), "sex[1]");
        assert!(matches!(err, RegistryError::BadValue { further: 1, .. }));
    }
}
