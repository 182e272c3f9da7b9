//! Registry scale: Arrow record batches in, Arrow record batches out.
//!
//! Converts Arrow columns (any integer width, strings or dictionaries, booleans, dates) to
//! the core's columnar slices, runs the core with the GIL released, and returns the result
//! as an Arrow batch. A value the core does not know is an error naming the column and row,
//! never dropped.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int64Type, UInt8Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, DictionaryArray, Int32Array, Int64Array, RecordBatch,
    StringArray, UInt8Array,
};
use arrow_schema::{DataType, Field, Schema};
use berdaya::model::participant::{MaritalStatus, Sex, SocialAssistance};
use berdaya::screening::eligibility::{Eligibility, Reason};
use berdaya::screening::registry::{assistance_bit, screen_columns, AssistanceMask, Households};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;

use crate::eligibility::{quota_policy, rule_and_quota};
use crate::errors;

fn column(batch: &RecordBatch, name: &str) -> Option<ArrayRef> {
    batch
        .schema()
        .index_of(name)
        .ok()
        .map(|i| batch.column(i).clone())
}

/// An error found while converting, raised once the GIL is held again.
struct Fail {
    class: &'static str,
    code: &'static str,
    message: String,
}

impl Fail {
    fn raise(self, py: Python<'_>) -> PyErr {
        errors::simple(py, self.class, self.code, self.message)
    }
}

fn cast(name: &str, a: &ArrayRef, to: &DataType) -> Result<ArrayRef, Fail> {
    arrow_cast::cast(a, to).map_err(|e| Fail {
        class: "ValidationError",
        code: "column_type",
        message: format!("{name}: expected a column castable to {to}; {e}"),
    })
}

fn bools(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<bool>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let a = cast(name, &a, &DataType::Boolean)?;
    Ok(Some(a.as_boolean().iter().collect()))
}

fn ints(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<i64>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let a = cast(name, &a, &DataType::Int64)?;
    Ok(Some(a.as_primitive::<Int64Type>().iter().collect()))
}

fn codes<T>(
    batch: &RecordBatch,
    name: &str,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Result<Option<Vec<Option<T>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let a = cast(name, &a, &DataType::Utf8)?;
    let strings = a.as_string::<i32>();
    let mut out = Vec::with_capacity(strings.len());
    for (row, v) in strings.iter().enumerate() {
        out.push(match v {
            None => None,
            Some(s) => Some(parse(s).ok_or_else(|| Fail {
                class: "ValidationError",
                code: "unknown_code",
                message: format!("{name}[{row}]: expected one of {expected}; found `{s}`"),
            })?),
        });
    }
    Ok(Some(out))
}

fn dates(batch: &RecordBatch, name: &str) -> Result<Option<Vec<Option<NaiveDate>>>, Fail> {
    let Some(a) = column(batch, name) else {
        return Ok(None);
    };
    let a = cast(name, &a, &DataType::Date32)?;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    Ok(Some(
        a.as_primitive::<Date32Type>()
            .iter()
            .map(|d| d.and_then(|d| epoch.checked_add_signed(chrono::Duration::days(i64::from(d)))))
            .collect(),
    ))
}

/// The household columns of one batch, converted to the core's types.
struct Owned {
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

impl Owned {
    fn from_batch(batch: &RecordBatch) -> Result<Owned, Fail> {
        let rows = batch.num_rows();
        let mut assistance: Option<Vec<AssistanceMask>> = None;
        for a in SocialAssistance::ALL {
            if let Some(col) = bools(batch, &format!("receives_{}", a.code()))? {
                let mask = assistance.get_or_insert_with(|| vec![0; rows]);
                for (m, v) in mask.iter_mut().zip(col) {
                    if v == Some(true) {
                        *m |= assistance_bit(*a);
                    }
                }
            }
        }
        Ok(Owned {
            rows,
            sex: codes(batch, "sex", Sex::from_code, &all_codes(Sex::ALL))?,
            marital: codes(
                batch,
                "marital_status",
                MaritalStatus::from_code,
                &all_codes(MaritalStatus::ALL),
            )?,
            age: ints(batch, "age")?.map(|v| {
                v.into_iter()
                    .map(|x| x.and_then(|x| i32::try_from(x).ok()))
                    .collect()
            }),
            birth: dates(batch, "birth_date")?,
            head: bools(batch, "household_head")?,
            bread: bools(batch, "main_breadwinner")?,
            income: ints(batch, "monthly_income")?,
            dependants: ints(batch, "dependants")?.map(|v| {
                v.into_iter()
                    .map(|x| x.and_then(|x| u32::try_from(x).ok()))
                    .collect()
            }),
            elderly: bools(batch, "household_has_elderly")?,
            disabled: bools(batch, "household_has_disabled")?,
            business: bools(batch, "has_business")?,
            dtks: bools(batch, "in_integrated_database")?,
            assistance,
        })
    }

    fn households(&self) -> Households<'_> {
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

impl From<berdaya::screening::registry::RegistryError> for Fail {
    fn from(e: berdaya::screening::registry::RegistryError) -> Self {
        Fail {
            class: "RuleError",
            code: e.code(),
            message: e.to_string(),
        }
    }
}

fn required<T>(v: Option<T>, name: &str) -> Result<T, Fail> {
    v.ok_or_else(|| Fail {
        class: "ValidationError",
        code: "missing_column",
        message: format!("{name}: expected this column"),
    })
}

fn batch_of(fields: Vec<Field>, arrays: Vec<ArrayRef>) -> Result<RecordBatch, Fail> {
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| Fail {
        class: "BerdayaError",
        code: "arrow",
        message: e.to_string(),
    })
}

/// Ranks the eligible households of one (whole) batch within their kelurahan; returns `id`,
/// `eligibility`, `rank` (1 first, null when not ranked) and `selected` (rank ≤ quota).
#[pyfunction]
#[pyo3(signature = (batch, rule, on, per_village = None, ranking = None, params = None))]
pub fn registry_quota_batch<'py>(
    py: Python<'py>,
    batch: PyRecordBatch,
    rule: &Bound<'py, PyAny>,
    on: &str,
    per_village: Option<u32>,
    ranking: Option<&Bound<'py, PyAny>>,
    params: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, quota) = rule_and_quota(py, rule, params)?;
    let policy = quota_policy(py, per_village, quota, ranking)?;
    let per_village = policy.per_village;
    let on = date(py, on)?;
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<RecordBatch, Fail> {
        let owned = Owned::from_batch(&batch)?;
        let ids = required(ints(&batch, "id")?, "id")?;
        let ids: Vec<i64> = ids
            .into_iter()
            .enumerate()
            .map(|(i, v)| v.unwrap_or(-(i as i64) - 1))
            .collect();
        let mut seen = std::collections::HashSet::with_capacity(ids.len());
        if let Some(dup) = ids.iter().find(|id| !seen.insert(**id)) {
            return Err(Fail {
                class: "RuleError",
                code: "duplicate_id",
                message: format!("id: expected unique ids; found {dup} again"),
            });
        }
        let village_col = required(column(&batch, "village"), "village")?;
        let village_col = cast("village", &village_col, &DataType::Utf8)?;
        let mut keys: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let village: Vec<Option<u32>> = village_col
            .as_string::<i32>()
            .iter()
            .map(|v| {
                v.map(|v| {
                    let n = keys.len() as u32;
                    *keys.entry(v.to_owned()).or_insert(n)
                })
            })
            .collect();
        let h = owned.households();
        let screened = screen_columns(&h, &rule, on)?;
        let rank = berdaya::screening::registry::select_columns(
            &ids,
            &village,
            &screened.eligibility,
            &h,
            on,
            &policy,
        )?;
        let dict = DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8));
        let eligibility_codes: Vec<&str> = Eligibility::ALL.iter().map(|e| e.code()).collect();
        batch_of(
            vec![
                Field::new("id", DataType::Int64, false),
                Field::new("eligibility", dict, false),
                Field::new("rank", DataType::UInt32, true),
                Field::new("selected", DataType::Boolean, false),
            ],
            vec![
                Arc::new(Int64Array::from(ids)),
                dictionary(
                    screened
                        .eligibility
                        .iter()
                        .map(|e| Eligibility::ALL.iter().position(|x| x == e).unwrap_or(0) as u8)
                        .collect(),
                    &eligibility_codes,
                ),
                Arc::new(arrow_array::UInt32Array::from(rank.clone())),
                Arc::new(BooleanArray::from(
                    rank.iter()
                        .map(|r| r.is_some_and(|r| r <= per_village))
                        .collect::<Vec<_>>(),
                )),
            ],
        )
    });
    let batch = result.map_err(|f| f.raise(py))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}

/// Attendance compliance from attendance rows (`participant`, `facilitator`, `month` as
/// YYYYMM, `present`, `in_working_hours`); returns (per participant, per facilitator).
#[pyfunction]
#[pyo3(signature = (batch, threshold_percent = None))]
pub fn registry_attendance_batch(
    py: Python<'_>,
    batch: PyRecordBatch,
    threshold_percent: Option<f64>,
) -> PyResult<(Bound<'_, PyAny>, Bound<'_, PyAny>)> {
    // The default threshold is the core's (the low-attendance diagnostic's).
    let threshold_percent = threshold_percent.unwrap_or_else(|| {
        berdaya::insight::diagnostics::Thresholds::default().attendance_min_percent
    });
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<(RecordBatch, RecordBatch), Fail> {
        let rows = batch.num_rows();
        let participant: Vec<i64> = required(ints(&batch, "participant")?, "participant")?
            .into_iter()
            .map(|v| v.unwrap_or(-1))
            .collect();
        let facilitator = ints(&batch, "facilitator")?.unwrap_or_else(|| vec![None; rows]);
        let month: Vec<i32> = required(ints(&batch, "month")?, "month")?
            .into_iter()
            .map(|v| v.and_then(|v| i32::try_from(v).ok()).unwrap_or(0))
            .collect();
        let present: Vec<bool> = required(bools(&batch, "present")?, "present")?
            .into_iter()
            .map(|v| v.unwrap_or(false))
            .collect();
        let hours = bools(&batch, "in_working_hours")?.unwrap_or_else(|| vec![None; rows]);
        let (people, facs) = berdaya::screening::registry::attendance_compliance(
            &participant,
            &facilitator,
            &month,
            &present,
            &hours,
            threshold_percent,
        )?;
        let p = batch_of(
            vec![
                Field::new("participant", DataType::Int64, false),
                Field::new("sessions", DataType::UInt32, false),
                Field::new("attended", DataType::UInt32, false),
                Field::new("rate", DataType::Float64, false),
                Field::new("months_below", DataType::UInt32, false),
            ],
            vec![
                Arc::new(Int64Array::from(
                    people.iter().map(|p| p.participant).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt32Array::from(
                    people.iter().map(|p| p.sessions).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt32Array::from(
                    people.iter().map(|p| p.attended).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::Float64Array::from(
                    people.iter().map(|p| p.rate).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt32Array::from(
                    people.iter().map(|p| p.months_below).collect::<Vec<_>>(),
                )),
            ],
        )?;
        let f = batch_of(
            vec![
                Field::new("facilitator", DataType::Int64, false),
                Field::new("caseload", DataType::UInt32, false),
                Field::new("sessions", DataType::UInt32, false),
                Field::new("rate", DataType::Float64, false),
                Field::new("working_hours_share", DataType::Float64, true),
            ],
            vec![
                Arc::new(Int64Array::from(
                    facs.iter().map(|f| f.facilitator).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt32Array::from(
                    facs.iter().map(|f| f.caseload).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt32Array::from(
                    facs.iter().map(|f| f.sessions).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::Float64Array::from(
                    facs.iter().map(|f| f.rate).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::Float64Array::from(
                    facs.iter()
                        .map(|f| f.working_hours_share)
                        .collect::<Vec<_>>(),
                )),
            ],
        )?;
        Ok((p, f))
    });
    let (p, f) = result.map_err(|e| e.raise(py))?;
    Ok((
        PyRecordBatch::new(p).into_pyarrow(py)?,
        PyRecordBatch::new(f).into_pyarrow(py)?,
    ))
}

fn date(py: Python<'_>, on: &str) -> PyResult<NaiveDate> {
    NaiveDate::parse_from_str(on, "%Y-%m-%d").map_err(|_| {
        errors::simple(
            py,
            "ValidationError",
            "bad_date",
            format!("on: expected YYYY-MM-DD; found `{on}`"),
        )
    })
}

fn all_codes<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn dictionary(keys: Vec<u8>, values: &[&str]) -> ArrayRef {
    let values: ArrayRef = Arc::new(StringArray::from(values.to_vec()));
    // Keys index `values` by construction.
    match DictionaryArray::<UInt8Type>::try_new(UInt8Array::from(keys), values) {
        Ok(d) => Arc::new(d),
        Err(_) => Arc::new(StringArray::from(Vec::<&str>::new())),
    }
}

/// Screens one record batch; returns `id` (when given), `eligibility` and one reason column
/// per criterion, as dictionary-encoded strings.
#[pyfunction]
#[pyo3(signature = (batch, rule, on, params = None))]
pub fn registry_screen_batch<'py>(
    py: Python<'py>,
    batch: PyRecordBatch,
    rule: &Bound<'py, PyAny>,
    on: &str,
    params: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, _) = rule_and_quota(py, rule, params)?;
    let on = date(py, on)?;
    let batch: RecordBatch = batch.into_inner();

    // Conversion and screening run without the GIL, so batches can be screened in parallel.
    let result = py.detach(|| -> Result<_, Fail> {
        let owned = Owned::from_batch(&batch)?;
        screen_columns(&owned.households(), &rule, on).map_err(Fail::from)
    });
    let out = result.map_err(|f| f.raise(py))?;

    let eligibility_codes: Vec<&str> = Eligibility::ALL.iter().map(|e| e.code()).collect();
    let reason_codes: Vec<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    if let Some(id) = column(&batch, "id") {
        fields.push(Field::new("id", id.data_type().clone(), true));
        arrays.push(id);
    }
    let dict = DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8));
    fields.push(Field::new("eligibility", dict.clone(), false));
    arrays.push(dictionary(
        out.eligibility
            .iter()
            .map(|e| Eligibility::ALL.iter().position(|x| x == e).unwrap_or(0) as u8)
            .collect(),
        &eligibility_codes,
    ));
    for (k, (criterion, reasons)) in out.criteria.iter().zip(&out.reasons).enumerate() {
        let name = serde_json::to_value(criterion)
            .ok()
            .and_then(|v| {
                v.get("criterion")
                    .and_then(|c| c.as_str())
                    .map(str::to_owned)
            })
            .unwrap_or_default();
        fields.push(Field::new(
            format!("reason_{}_{name}", k + 1),
            dict.clone(),
            false,
        ));
        arrays.push(dictionary(
            reasons
                .iter()
                .map(|r| Reason::ALL.iter().position(|x| x == r).unwrap_or(0) as u8)
                .collect(),
            &reason_codes,
        ));
    }
    let result = RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
        .map_err(|e| errors::simple(py, "BerdayaError", "arrow", e.to_string()))?;
    PyRecordBatch::new(result).into_pyarrow(py)
}

/// A seeded synthetic registry as one Arrow record batch (see `berdaya::screening::synthetic`).
#[pyfunction]
#[pyo3(signature = (rows, seed = 1, villages = 16))]
pub fn synthetic_registry(
    py: Python<'_>,
    rows: usize,
    seed: u64,
    villages: u32,
) -> PyResult<Bound<'_, PyAny>> {
    let g = py.detach(|| berdaya::screening::synthetic::generate(rows, seed, villages));
    let s = |v: &[Option<&'static str>]| -> ArrayRef { Arc::new(StringArray::from(v.to_vec())) };
    let b = |v: &[Option<bool>]| -> ArrayRef { Arc::new(BooleanArray::from(v.to_vec())) };
    let mut fields = vec![
        Field::new("id", DataType::Int64, false),
        Field::new("village", DataType::Int32, true),
        Field::new("sex", DataType::Utf8, true),
        Field::new("age", DataType::Int32, true),
        Field::new("marital_status", DataType::Utf8, true),
        Field::new("education", DataType::Utf8, true),
        Field::new("household_head", DataType::Boolean, true),
        Field::new("main_breadwinner", DataType::Boolean, true),
        Field::new("monthly_income", DataType::Int64, true),
        Field::new("dependants", DataType::Int32, true),
        Field::new("household_has_elderly", DataType::Boolean, true),
        Field::new("household_has_disabled", DataType::Boolean, true),
        Field::new("has_business", DataType::Boolean, true),
        Field::new("in_integrated_database", DataType::Boolean, true),
    ];
    let mut arrays: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(g.id.clone())),
        Arc::new(Int32Array::from(
            g.village
                .iter()
                .map(|v| v.map(|v| v as i32))
                .collect::<Vec<_>>(),
        )),
        s(&g.sex
            .iter()
            .map(|v| v.map(|v| v.code()))
            .collect::<Vec<_>>()),
        Arc::new(Int32Array::from(g.age.clone())),
        s(&g.marital_status
            .iter()
            .map(|v| v.map(|v| v.code()))
            .collect::<Vec<_>>()),
        s(&g.education
            .iter()
            .map(|v| v.map(|v| v.code()))
            .collect::<Vec<_>>()),
        b(&g.household_head),
        b(&g.main_breadwinner),
        Arc::new(Int64Array::from(g.monthly_income.clone())),
        Arc::new(Int32Array::from(
            g.dependants
                .iter()
                .map(|v| v.map(|v| v as i32))
                .collect::<Vec<_>>(),
        )),
        b(&g.household_has_elderly),
        b(&g.household_has_disabled),
        b(&g.has_business),
        b(&g.in_integrated_database),
    ];
    for a in [
        SocialAssistance::Pkh,
        SocialAssistance::Bpnt,
        SocialAssistance::Blt,
        SocialAssistance::Rastra,
    ] {
        fields.push(Field::new(
            format!("receives_{}", a.code()),
            DataType::Boolean,
            false,
        ));
        let bit = assistance_bit(a);
        arrays.push(Arc::new(BooleanArray::from(
            g.assistance
                .iter()
                .map(|m| m & bit != 0)
                .collect::<Vec<_>>(),
        )));
    }
    let batch = RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
        .map_err(|e| errors::simple(py, "BerdayaError", "arrow", e.to_string()))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}

/// Sulistiyani stage counts per group and dimension from rows (`group`, `dimension` code,
/// `reached` stage code or null); returns `group`, `dimension`, `stage` (0 none yet, 1–3)
/// and `count`.
#[pyfunction]
pub fn registry_distribution_batch(
    py: Python<'_>,
    batch: PyRecordBatch,
) -> PyResult<Bound<'_, PyAny>> {
    use berdaya::frameworks::sulistiyani::SulistiyaniStage;
    use berdaya::model::catalogue::Dimension;
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<RecordBatch, Fail> {
        let group: Vec<i64> = required(ints(&batch, "group")?, "group")?
            .into_iter()
            .map(|v| v.unwrap_or(-1))
            .collect();
        let dims = required(
            codes(
                &batch,
                "dimension",
                Dimension::from_code,
                &all_codes(Dimension::ALL),
            )?,
            "dimension",
        )?;
        let dimension: Vec<u8> = dims
            .iter()
            .map(|d| {
                d.map_or(u8::MAX, |d| {
                    Dimension::ALL.iter().position(|x| *x == d).unwrap_or(0) as u8
                })
            })
            .collect();
        let reached: Vec<Option<u8>> = codes(
            &batch,
            "reached",
            SulistiyaniStage::from_code,
            &all_codes(SulistiyaniStage::ALL),
        )?
        .unwrap_or_else(|| vec![None; group.len()])
        .into_iter()
        .map(|s| s.map(|s| s.number()))
        .collect();
        let counts =
            berdaya::screening::registry::stage_distribution(&group, &dimension, &reached)?;
        let dimension_codes: Vec<&str> = Dimension::ALL.iter().map(|d| d.code()).collect();
        batch_of(
            vec![
                Field::new("group", DataType::Int64, false),
                Field::new(
                    "dimension",
                    DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8)),
                    true,
                ),
                Field::new("stage", DataType::UInt8, false),
                Field::new("count", DataType::UInt64, false),
            ],
            vec![
                Arc::new(Int64Array::from(
                    counts.iter().map(|c| c.0).collect::<Vec<_>>(),
                )),
                dictionary(
                    counts
                        .iter()
                        .map(|c| c.1.min(Dimension::ALL.len() as u8 - 1))
                        .collect(),
                    &dimension_codes,
                ),
                Arc::new(UInt8Array::from(
                    counts.iter().map(|c| c.2).collect::<Vec<_>>(),
                )),
                Arc::new(arrow_array::UInt64Array::from(
                    counts.iter().map(|c| c.3).collect::<Vec<_>>(),
                )),
            ],
        )
    });
    let batch = result.map_err(|f| f.raise(py))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}
