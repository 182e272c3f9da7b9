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
use berdaya::eligibility::{preset, Eligibility, PresetId, PresetParams, Reason, Rule};
use berdaya::participant::{MaritalStatus, Sex, SocialAssistance};
use berdaya::registry::{assistance_bit, screen_columns, AssistanceMask, Households};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;

use crate::convert::from_py;
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

fn all_codes<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rule named by a preset or given as a dict.
pub fn rule_of(
    py: Python<'_>,
    rule: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<Rule> {
    let params: PresetParams = match params {
        Some(p) if !p.is_none() => from_py(py, p)?,
        _ => PresetParams::default(),
    };
    if let Ok(name) = rule.extract::<String>() {
        let id = PresetId::from_code(&name).ok_or_else(|| {
            errors::simple(
                py,
                "RuleError",
                "unknown_preset",
                format!(
                    "preset: unknown `{name}`; expected one of {}",
                    all_codes(PresetId::ALL)
                ),
            )
        })?;
        return Ok(preset(id, &params).rule);
    }
    let rule: Rule = from_py(py, rule)?;
    rule.check()
        .map_err(|e| errors::simple(py, "RuleError", e.code(), e.to_string()))?;
    Ok(rule)
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
    let rule = rule_of(py, rule, params)?;
    let on = NaiveDate::parse_from_str(on, "%Y-%m-%d").map_err(|_| {
        errors::simple(
            py,
            "ValidationError",
            "bad_date",
            format!("on: expected YYYY-MM-DD; found `{on}`"),
        )
    })?;
    let batch: RecordBatch = batch.into_inner();
    let rows = batch.num_rows();
    let sex_codes = all_codes(Sex::ALL);
    let marital_codes = all_codes(MaritalStatus::ALL);

    // Conversion and screening run without the GIL, so batches can be screened in parallel.
    let result = py.detach(|| -> Result<_, Fail> {
        let sex = codes(&batch, "sex", Sex::from_code, &sex_codes)?;
        let marital = codes(
            &batch,
            "marital_status",
            MaritalStatus::from_code,
            &marital_codes,
        )?;
        let age: Option<Vec<Option<i32>>> = ints(&batch, "age")?.map(|v| {
            v.into_iter()
                .map(|x| x.and_then(|x| i32::try_from(x).ok()))
                .collect()
        });
        let birth = dates(&batch, "birth_date")?;
        let head = bools(&batch, "household_head")?;
        let bread = bools(&batch, "main_breadwinner")?;
        let income = ints(&batch, "monthly_income")?;
        let dependants: Option<Vec<Option<u32>>> = ints(&batch, "dependants")?.map(|v| {
            v.into_iter()
                .map(|x| x.and_then(|x| u32::try_from(x).ok()))
                .collect()
        });
        let elderly = bools(&batch, "household_has_elderly")?;
        let disabled = bools(&batch, "household_has_disabled")?;
        let business = bools(&batch, "has_business")?;
        let dtks = bools(&batch, "in_integrated_database")?;
        let mut assistance: Option<Vec<AssistanceMask>> = None;
        for a in SocialAssistance::ALL {
            if let Some(col) = bools(&batch, &format!("receives_{}", a.code()))? {
                let mask = assistance.get_or_insert_with(|| vec![0; rows]);
                for (m, v) in mask.iter_mut().zip(col) {
                    if v == Some(true) {
                        *m |= assistance_bit(*a);
                    }
                }
            }
        }
        let h = Households {
            rows,
            sex: sex.as_deref(),
            age: age.as_deref(),
            birth_date: birth.as_deref(),
            marital_status: marital.as_deref(),
            household_head: head.as_deref(),
            main_breadwinner: bread.as_deref(),
            monthly_income: income.as_deref(),
            dependants: dependants.as_deref(),
            household_has_elderly: elderly.as_deref(),
            household_has_disabled: disabled.as_deref(),
            has_business: business.as_deref(),
            in_integrated_database: dtks.as_deref(),
            assistance: assistance.as_deref(),
        };
        screen_columns(&h, &rule, on).map_err(|e| Fail {
            class: "RuleError",
            code: e.code(),
            message: e.to_string(),
        })
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

/// A seeded synthetic registry as one Arrow record batch (see `berdaya::synthetic`).
#[pyfunction]
#[pyo3(signature = (rows, seed = 1, villages = 16))]
pub fn synthetic_registry(
    py: Python<'_>,
    rows: usize,
    seed: u64,
    villages: u32,
) -> PyResult<Bound<'_, PyAny>> {
    let g = py.detach(|| berdaya::synthetic::generate(rows, seed, villages));
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
