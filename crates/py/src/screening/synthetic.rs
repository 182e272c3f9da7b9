//! Seeded synthetic registries (`berdaya::screening::synthetic`) as Arrow record batches.

use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, Int32Array, Int64Array, StringArray};
use arrow_schema::{DataType, Field};
use berdaya::model::participant::SocialAssistance;
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;

use crate::errors;
use crate::screening::arrow::batch_of;

/// The most rows one call may ask for (a registry ten times Indonesia's PKH).
const MAX_ROWS: i64 = 100_000_000;

/// A seeded synthetic registry as one Arrow record batch (see `berdaya::screening::synthetic`).
#[pyfunction]
#[pyo3(signature = (rows, seed = None, villages = None))]
pub fn synthetic_registry<'py>(
    py: Python<'py>,
    rows: &Bound<'py, PyAny>,
    seed: Option<&Bound<'py, PyAny>>,
    villages: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let rows: usize = errors::int(py, rows, "rows", (0, MAX_ROWS))?;
    let seed: u64 = errors::opt_int(py, seed, "seed", (0, i64::MAX))?.unwrap_or(1);
    let villages: u32 =
        errors::opt_int(py, villages, "villages", (1, i64::from(u32::MAX)))?.unwrap_or(16);
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
        let bit = a.bit();
        arrays.push(Arc::new(BooleanArray::from(
            g.assistance
                .iter()
                .map(|m| m & bit != 0)
                .collect::<Vec<_>>(),
        )));
    }
    let batch = batch_of(fields, arrays).map_err(|f| f.raise(py))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}
