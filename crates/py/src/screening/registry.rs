//! Registry scale: Arrow record batches in, Arrow record batches out.
//!
//! Converts Arrow columns to the core's columnar slices (`arrow.rs`, `households.rs`), runs
//! the core with the GIL released, and returns the result as an Arrow batch. Ids (and the
//! kelurahan) come back as the caller gave them, in their own type.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use arrow_array::cast::AsArray;
use arrow_array::types::{Int32Type, Int64Type, UInt32Type};
use arrow_array::RecordBatchReader;
use arrow_array::{
    Array, ArrayRef, ArrowPrimitiveType, BooleanArray, Int64Array, RecordBatch, StringArray,
    UInt32Array, UInt64Array,
};
use arrow_schema::{DataType, Field};
use berdaya::screening::eligibility::{Eligibility, Reason};
use berdaya::screening::registry::{
    check_values, no_nulls, rank_batch, CodedScreening, ColumnType, FailedMask, RegistryError,
    ScreeningPlan, DICTIONARY_VALUES,
};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3_arrow::{PyRecordBatch, PyRecordBatchReader, PyTable};

use crate::errors;
use crate::screening::arrow::{batch_of, coded, column, dictionary_type, Codes, Fail, Ids};
use crate::screening::columns::Prepared;
use crate::screening::eligibility::{quota_policy, rule_and_quota};
use crate::screening::households::Missing;
use crate::screening::pool;

pub fn date(py: Python<'_>, on: &str) -> PyResult<NaiveDate> {
    NaiveDate::parse_from_str(on, "%Y-%m-%d").map_err(|_| {
        errors::simple(
            py,
            "ValidationError",
            "bad_date",
            format!("on: expected YYYY-MM-DD; found `{on}`"),
        )
    })
}

fn missing(py: Python<'_>, value: Option<&Bound<'_, PyAny>>) -> PyResult<Missing> {
    let Some(v) = value.filter(|v| !v.is_none()) else {
        return Ok(Missing::Error);
    };
    match errors::text(py, v, "missing")?.as_str() {
        "error" => Ok(Missing::Error),
        "unknown" => Ok(Missing::Unknown),
        other => Err(errors::argument(
            py,
            "missing",
            ("'error' or 'unknown'", "'error' atau 'unknown'"),
            &format!("'{other}'"),
        )),
    }
}

/// A column every row of which the routine needs; missing → a `ColumnError` naming it.
pub fn required(
    batch: &RecordBatch,
    name: &str,
    expected: ColumnType,
    by: &'static str,
) -> Result<ArrayRef, Fail> {
    column(batch, name).ok_or_else(|| {
        Fail::Registry(RegistryError::MissingColumn {
            column: name.to_owned(),
            expected,
            needed_by: by,
        })
    })
}

/// The one dictionary of every reason column: the codes of [`Reason::ALL`], built once.
fn reason_values() -> &'static ArrayRef {
    static VALUES: OnceLock<ArrayRef> = OnceLock::new();
    VALUES.get_or_init(|| {
        Arc::new(StringArray::from_iter_values(
            Reason::ALL.iter().map(|r| r.code()),
        ))
    })
}

/// The dictionary of the eligibility column: the codes of [`Eligibility::ALL`].
fn eligibility_values() -> &'static ArrayRef {
    static VALUES: OnceLock<ArrayRef> = OnceLock::new();
    VALUES.get_or_init(|| {
        Arc::new(StringArray::from_iter_values(
            Eligibility::ALL.iter().map(|e| e.code()),
        ))
    })
}

/// The label in `lang` of every reason code, in the order of the reason columns'
/// dictionary, and of every eligibility code, in the order of the `eligibility` dictionary.
#[pyfunction]
#[pyo3(signature = (lang = None))]
#[allow(clippy::type_complexity)]
pub fn registry_labels(
    py: Python<'_>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<(
    Vec<(&'static str, &'static str)>,
    Vec<(&'static str, &'static str)>,
)> {
    use berdaya::model::lang::Labelled;
    let lang = errors::lang(py, lang)?;
    Ok((
        Reason::ALL
            .iter()
            .map(|r| (r.code(), r.label(lang)))
            .collect(),
        Eligibility::ALL
            .iter()
            .map(|e| (e.code(), e.label(lang)))
            .collect(),
    ))
}

/// Screens one record batch; returns `id` (when given), `eligibility` and one reason column
/// per criterion, as dictionary-encoded strings, and with `failed_mask` a `failed_criteria`
/// column: bit `k - 1` set when criterion `k` failed (`uint32` for a rule of at most 32
/// criteria, else `uint64`). `offset` is the batch's first row in the whole input (rows in
/// errors count from it).
#[pyfunction]
#[pyo3(signature = (batch, rule, on, params = None, offset = None, missing = None, failed_mask = false))]
#[allow(clippy::too_many_arguments)]
pub fn registry_screen_batch<'py>(
    py: Python<'py>,
    batch: PyRecordBatch,
    rule: &Bound<'py, PyAny>,
    on: &str,
    params: Option<&Bound<'py, PyAny>>,
    offset: Option<&Bound<'py, PyAny>>,
    missing: Option<&Bound<'py, PyAny>>,
    failed_mask: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, _) = rule_and_quota(py, rule, params)?;
    let on = date(py, on)?;
    let offset: u64 = errors::opt_int(py, offset, "offset", (0, i64::MAX))?.unwrap_or(0);
    let missing = self::missing(py, missing)?;
    let batch: RecordBatch = batch.into_inner();

    // Conversion, screening and the output columns run without the GIL, so batches can be
    // screened in parallel.
    let result = py.detach(|| -> Result<RecordBatch, Fail> {
        Job::new(&rule, on, missing, failed_mask)?.screen(&batch)
    });
    let result = result.map_err(|f| f.offset_rows(offset).raise(py))?;
    PyRecordBatch::new(result).into_pyarrow(py)
}

/// Screens every batch of the Arrow stream `data` (each cut to at most `batch_size` rows) on
/// `threads` threads, without the GIL from the first batch read to the last screened: one
/// import of the stream and one export of the result, where a call per batch held the GIL
/// for each batch's import and export (~100 µs a call, which kept two threads from
/// screening in parallel). Each thread takes the next batch in the stream's order, so at
/// most `threads` batches are read ahead of the result. Returns the result as a pyarrow
/// `Table` in the input's row order, or `None` for a stream without rows' batches (the
/// caller screens an empty batch). An error is the first failing batch's in stream order,
/// its rows counted over the whole input, as batch by batch.
#[pyfunction]
#[pyo3(signature = (data, rule, on, params = None, missing = None, failed_mask = false, batch_size = None, threads = None))]
#[allow(clippy::too_many_arguments)]
pub fn registry_screen_stream<'py>(
    py: Python<'py>,
    data: PyRecordBatchReader,
    rule: &Bound<'py, PyAny>,
    on: &str,
    params: Option<&Bound<'py, PyAny>>,
    missing: Option<&Bound<'py, PyAny>>,
    failed_mask: bool,
    batch_size: Option<&Bound<'py, PyAny>>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let (rule, _) = rule_and_quota(py, rule, params)?;
    let on = date(py, on)?;
    let missing = self::missing(py, missing)?;
    let limit = |v, name| errors::opt_int::<usize>(py, v, name, (1, i64::MAX));
    let batch_size = limit(batch_size, "batch_size")?;
    let threads = limit(threads, "threads")?.unwrap_or(1);
    let reader = data.into_reader()?;
    let screened = py.detach(|| {
        let job = Job::new(&rule, on, missing, failed_mask).map_err(|e| (Fail::from(e), 0))?;
        screen_stream(reader, batch_size, threads, &job)
    });
    match screened {
        Ok(batches) => match batches.first() {
            None => Ok(None),
            Some(first) => {
                let schema = first.schema();
                Ok(Some(PyTable::try_new(batches, schema)?.into_pyarrow(py)?))
            }
        },
        Err((fail, offset)) => Err(fail.offset_rows(offset).raise(py)),
    }
}

/// What every batch is screened with (one batch, or each of a stream's).
struct Job<'a> {
    plan: ScreeningPlan,
    rule: &'a berdaya::screening::eligibility::Rule,
    on: NaiveDate,
    missing: Missing,
    failed_mask: bool,
}

impl<'a> Job<'a> {
    /// `rule` compiled for `on` once, for every batch the job screens.
    fn new(
        rule: &'a berdaya::screening::eligibility::Rule,
        on: NaiveDate,
        missing: Missing,
        failed_mask: bool,
    ) -> Result<Self, RegistryError> {
        Ok(Job {
            plan: ScreeningPlan::compile(rule, on)?,
            rule,
            on,
            missing,
            failed_mask,
        })
    }
}

impl Job<'_> {
    fn screen(&self, batch: &RecordBatch) -> Result<RecordBatch, Fail> {
        let out = screen_in_parts(
            &self.plan,
            batch,
            self.rule,
            self.on,
            self.missing,
            self.failed_mask,
        )?;
        screened_batch(batch, out)
    }
}

/// The stream's batches in order, each cut to at most `size` rows: (index, rows before it,
/// batch), or the stream's error.
struct Pieces {
    reader: Box<dyn RecordBatchReader + Send>,
    size: Option<usize>,
    /// The rest of a batch longer than `size`, and where it starts.
    rest: Option<(RecordBatch, usize)>,
    index: usize,
    offset: u64,
    /// Set after the stream's end, its error, or a batch that failed: nothing more is read.
    done: bool,
}

type Piece = (usize, u64, Result<RecordBatch, Fail>);

impl Pieces {
    fn next_piece(&mut self) -> Option<Piece> {
        if self.done {
            return None;
        }
        let (batch, start) = match self.rest.take() {
            Some(rest) => rest,
            None => match self.reader.next() {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Some((self.index, self.offset, Err(Fail::arrow(e))));
                }
                Some(Ok(b)) => (b, 0),
            },
        };
        let left = batch.num_rows() - start.min(batch.num_rows());
        let len = self.size.map_or(left, |s| s.min(left));
        let piece = if start == 0 && len == batch.num_rows() {
            batch
        } else {
            let piece = batch.slice(start, len);
            if start + len < batch.num_rows() {
                self.rest = Some((batch, start + len));
            }
            piece
        };
        let at = (self.index, self.offset);
        self.index += 1;
        self.offset += piece.num_rows() as u64;
        Some((at.0, at.1, Ok(piece)))
    }
}

/// Every piece of `reader` screened by `job` on `threads` threads, in the stream's order; or
/// the first failing piece's error (in stream order) and the rows before it.
fn screen_stream(
    reader: Box<dyn RecordBatchReader + Send>,
    size: Option<usize>,
    threads: usize,
    job: &Job<'_>,
) -> Result<Vec<RecordBatch>, (Fail, u64)> {
    let pieces = Mutex::new(Pieces {
        reader,
        size,
        rest: None,
        index: 0,
        offset: 0,
        done: false,
    });
    let results: Mutex<Vec<Piece>> = Mutex::new(Vec::new());
    let work = || loop {
        // A worker never panics with the lock held; should one, the others go on regardless.
        let next = pieces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .next_piece();
        let Some((index, offset, batch)) = next else {
            break;
        };
        let screened = batch.and_then(|b| job.screen(&b));
        if screened.is_err() {
            // Pieces already taken are still screened (an earlier one may fail first).
            pieces.lock().unwrap_or_else(PoisonError::into_inner).done = true;
        }
        results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((index, offset, screened));
    };
    if threads <= 1 {
        work();
    } else {
        std::thread::scope(|s| {
            // A thread the system cannot start is not an error: the started ones (this one
            // at least) take its share of the batches.
            for _ in 1..threads {
                if std::thread::Builder::new().spawn_scoped(s, work).is_err() {
                    break;
                }
            }
            work();
        });
    }
    let mut results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    results.sort_unstable_by_key(|(index, _, _)| *index);
    results
        .into_iter()
        .map(|(_, offset, r)| r.map_err(|f| (f, offset)))
        .collect()
}

/// Rows read, checked and screened at a time within a batch: a part's columns stay in the
/// core's cache from the checks made as they are read to the kernels, where one pass over the
/// whole batch per step would take them from memory again at each step (one 250,000-row
/// batch of dictionary input, called 30 times: 2.38 ms a call in one pass, 1.34 ms in parts).
const PART: usize = 1 << 16;

/// `batch` read and screened by `plan`, [`PART`] rows at a time, each part's codes written
/// where they belong: a batch with sex or marital status as text is sliced and read part by
/// part (each part's text encoded while in cache); any other is read once and each part
/// checked and screened through a slice of its view (no per-part slicing of its arrays).
/// A part that fails sends the whole batch down the one-pass path, whose error is the batch's
/// (its first bad row in column order and the count of the further ones, as always). A batch
/// of at most one part, or with a code dictionary larger than the keys path takes (whose
/// values each part would parse again), takes that path at once.
fn screen_in_parts(
    plan: &ScreeningPlan,
    batch: &RecordBatch,
    rule: &berdaya::screening::eligibility::Rule,
    on: NaiveDate,
    missing: Missing,
    failed_mask: bool,
) -> Result<Screened, Fail> {
    let rows = batch.num_rows();
    let whole = || -> Result<Screened, Fail> {
        let prepared = Prepared::read(batch, rule, on, missing)?;
        Screened::whole(plan.screen_with(&prepared.view(), failed_mask)?)
    };
    let small = ["sex", "marital_status"].iter().all(|name| {
        column(batch, name).is_none_or(|a| {
            a.as_any_dictionary_opt()
                .is_none_or(|d| d.values().len() <= DICTIONARY_VALUES)
        })
    });
    if rows <= PART || !small {
        return whole();
    }
    // Each part is screened straight into the batch's columns, where its rows belong: no
    // copy of its codes. The columns are buffers the pool kept from an earlier screening
    // (their pages mapped, their old codes overwritten here, never zeroed first); their
    // codes are checked once the batch is written, in `Screened::whole`.
    let Ok(mut all) = plan.blank(0, failed_mask) else {
        return whole();
    };
    all.eligibility = pool::filled(rows);
    for reasons in &mut all.reasons {
        *reasons = pool::filled(rows);
    }
    match &mut all.failed {
        FailedMask::None => {}
        FailedMask::U32(m) => *m = vec![0; rows],
        FailedMask::U64(m) => *m = vec![0; rows],
    }
    let parts = (0..rows)
        .step_by(PART)
        .map(|start| (start, PART.min(rows - start)));
    // A part that fails (or, never, does not fit) leaves the error to the one-pass path.
    let text = ["sex", "marital_status"].iter().any(|name| {
        column(batch, name).is_some_and(|a| {
            matches!(
                a.data_type(),
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
            )
        })
    });
    if text {
        // Text is encoded part by part: each part's codes are still in cache for its kernels.
        for (start, len) in parts {
            let written = Prepared::read(&batch.slice(start, len), rule, on, missing)
                .and_then(|p| Ok(plan.screen_into(&p.view(), &mut all, start)?));
            if !matches!(written, Ok(true)) {
                return whole();
            }
        }
        return Screened::whole(all);
    }
    // Otherwise the columns are read once (slicing a record batch recounts every column's
    // nulls), and each part's values are checked, then screened, while they are in cache.
    // The keys of a dictionary column the rule judges are checked by the kernels, part by
    // part (a key outside its values sends the batch down the one-pass path).
    let read = Prepared::read_columns_keyed(batch, rule, true)
        .and_then(|p| p.check_missing(batch, rule, &[], missing).map(|()| p));
    let Ok(prepared) = read else {
        return whole();
    };
    let view = prepared.view();
    for (start, len) in parts {
        let written = view.slice(start, len).map(|part| {
            check_values(&part, on).and_then(|()| plan.screen_into(&part, &mut all, start))
        });
        if !matches!(written, Some(Ok(true))) {
            return whole();
        }
    }
    Screened::whole(all)
}

/// Kelurahan codes read straight from an integer column whose values all fit 32 bits
/// (`None` otherwise, or for another type).
fn direct_villages(a: &ArrayRef) -> Option<Vec<Option<u32>>> {
    fn read<T: ArrowPrimitiveType>(a: &ArrayRef) -> Option<Vec<Option<u32>>>
    where
        T::Native: TryInto<u32>,
    {
        let a = a.as_primitive_opt::<T>()?;
        let mut out = Vec::with_capacity(a.len());
        for v in a.iter() {
            // The first value that does not fit ends the reading.
            out.push(match v {
                Some(v) => Some(v.try_into().ok()?),
                None => None,
            });
        }
        Some(out)
    }
    match a.data_type() {
        DataType::Int32 => read::<Int32Type>(a),
        DataType::Int64 => read::<Int64Type>(a),
        DataType::UInt32 => read::<UInt32Type>(a),
        _ => None,
    }
}

/// Kelurahan codes of any id column: their own codes when they all fit 32 bits, else a dense
/// key per distinct value.
fn dense_villages(village_col: &ArrayRef) -> Result<Vec<Option<u32>>, Fail> {
    let village_codes = Ids::codes("village", village_col)?;
    let fits = village_codes
        .iter()
        .flatten()
        .all(|c| u32::try_from(*c).is_ok());
    Ok(if fits {
        village_codes
            .iter()
            .map(|c| c.and_then(|c| u32::try_from(c).ok()))
            .collect()
    } else {
        let mut keys: HashMap<i64, u32> = HashMap::new();
        village_codes
            .iter()
            .map(|c| {
                c.map(|c| {
                    let next = keys.len() as u32;
                    *keys.entry(c).or_insert(next)
                })
            })
            .collect()
    })
}

/// A batch's screening with its codes checked against their dictionaries: the output
/// columns.
struct Screened {
    criteria: Vec<berdaya::screening::eligibility::Criterion>,
    eligibility: Codes,
    reasons: Vec<Codes>,
    failed: FailedMask,
}

impl Screened {
    /// `out`, its codes checked whole.
    fn whole(out: CodedScreening) -> Result<Self, Fail> {
        let eligibility = Codes::whole(out.eligibility, eligibility_values().len())?;
        let reasons = (out.reasons.into_iter())
            .map(|r| Codes::whole(r, reason_values().len()))
            .collect::<Result<_, _>>()?;
        Ok(Screened {
            criteria: out.criteria,
            eligibility,
            reasons,
            failed: out.failed,
        })
    }
}

/// The output of [`registry_screen_batch`]: `id` as given, `eligibility`, a reason column per
/// criterion named after its kind (`reason_<k>_<criterion>`), and the mask when asked for.
fn screened_batch(batch: &RecordBatch, out: Screened) -> Result<RecordBatch, Fail> {
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    if let Some(id) = column(batch, "id") {
        fields.push(Field::new("id", id.data_type().clone(), true));
        arrays.push(id);
    }
    fields.push(Field::new("eligibility", dictionary_type(), false));
    arrays.push(coded(out.eligibility, eligibility_values())?);
    for (k, (criterion, reasons)) in out.criteria.iter().zip(out.reasons).enumerate() {
        let name = criterion.kind().code();
        fields.push(Field::new(
            format!("reason_{}_{name}", k + 1),
            dictionary_type(),
            false,
        ));
        arrays.push(coded(reasons, reason_values())?);
    }
    // The core writes the mask at the column's width: handed over without a copy.
    match out.failed {
        FailedMask::None => {}
        FailedMask::U32(m) => {
            fields.push(Field::new("failed_criteria", DataType::UInt32, false));
            arrays.push(Arc::new(UInt32Array::from(m)));
        }
        FailedMask::U64(m) => {
            fields.push(Field::new("failed_criteria", DataType::UInt64, false));
            arrays.push(Arc::new(UInt64Array::from(m)));
        }
    }
    batch_of(fields, arrays)
}

/// Ranks the eligible households of one (whole) batch within their kelurahan; returns the
/// caller's `id` and `village` as given, `eligibility`, `rank` (1 first, null when not
/// ranked) and `selected` (rank ≤ quota).
#[pyfunction]
#[pyo3(signature = (batch, rule, on, per_village = None, ranking = None, params = None, missing = None))]
#[allow(clippy::too_many_arguments)]
pub fn registry_quota_batch<'py>(
    py: Python<'py>,
    batch: PyRecordBatch,
    rule: &Bound<'py, PyAny>,
    on: &str,
    per_village: Option<&Bound<'py, PyAny>>,
    ranking: Option<&Bound<'py, PyAny>>,
    params: Option<&Bound<'py, PyAny>>,
    missing: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, quota) = rule_and_quota(py, rule, params)?;
    let per_village = errors::opt_int(py, per_village, "per_village", (0, i64::from(u32::MAX)))?;
    let policy = quota_policy(py, per_village, quota, ranking)?;
    let on = date(py, on)?;
    let missing = self::missing(py, missing)?;
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<RecordBatch, Fail> {
        let rows = batch.num_rows();
        let empty = || -> ArrayRef { Arc::new(Int64Array::from(Vec::<i64>::new())) };
        let id_col = match column(&batch, "id") {
            None if rows == 0 => empty(),
            _ => required(&batch, "id", ColumnType::Id, "quota")?,
        };
        let village_col = match column(&batch, "village") {
            None if rows == 0 => empty(),
            _ => required(&batch, "village", ColumnType::Id, "quota")?,
        };
        let prepared = Prepared::read_ranked(&batch, &rule, &policy.ranking, on, missing)?;
        // `int64` ids without nulls are their own codes, borrowed; others are read into codes.
        let owned: Vec<i64>;
        let codes: &[i64] = match id_col.as_primitive_opt::<Int64Type>() {
            Some(a) if a.null_count() == 0 => a.values(),
            _ => {
                let ids = Ids::codes("id", &id_col)?;
                no_nulls("id", &ids)?;
                owned = ids.iter().map(|c| c.unwrap_or_default()).collect();
                &owned
            }
        };
        // Kelurahan only group rows: their own codes when they fit 32 bits (read in one pass
        // from 32- and 64-bit integers), else a dense key per distinct value.
        let village = match direct_villages(&village_col) {
            Some(v) => v,
            None => dense_villages(&village_col)?,
        };
        let view = prepared.view();
        let screened = ScreeningPlan::compile(&rule, on)?.screen(&view)?;
        let rank = rank_batch(codes, &village, &screened.eligibility, &view, on, &policy)?;
        let selected: Vec<bool> = rank
            .iter()
            .map(|r| r.is_some_and(|r| r <= policy.per_village))
            .collect();
        batch_of(
            vec![
                Field::new("id", id_col.data_type().clone(), false),
                Field::new("village", village_col.data_type().clone(), true),
                Field::new("eligibility", dictionary_type(), false),
                Field::new("rank", DataType::UInt32, true),
                Field::new("selected", DataType::Boolean, false),
            ],
            vec![
                id_col,
                village_col,
                coded(
                    Codes::whole(screened.eligibility, eligibility_values().len())?,
                    eligibility_values(),
                )?,
                Arc::new(UInt32Array::from(rank)),
                Arc::new(BooleanArray::from(selected)),
            ],
        )
    });
    let batch = result.map_err(|f| f.raise(py))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}
