//! Attendance compliance and Sulistiyani stage counts over Arrow rows; participant,
//! facilitator and group ids come back as the caller gave them, in their own type.

use std::sync::Arc;

use arrow_array::{
    ArrayRef, Float64Array, NullArray, RecordBatch, UInt32Array, UInt64Array, UInt8Array,
};
use arrow_schema::{DataType, Field};
use berdaya::frameworks::sulistiyani::SulistiyaniStage;
use berdaya::model::catalogue::Dimension;
use berdaya::screening::registry::{
    attendance_compliance, narrow, no_nulls, stage_distribution, ColumnType, FacilitatorAttendance,
    ParticipantAttendance,
};
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;

use crate::errors;
use crate::screening::arrow::{
    all_codes, batch_of, bools, codes, column, dictionary, ints, Fail, Ids,
};
use crate::screening::registry::required;

/// A column the routine needs; a batch without rows may lack it (nothing is lost).
fn needed(
    batch: &RecordBatch,
    name: &str,
    expected: ColumnType,
    by: &'static str,
) -> Result<ArrayRef, Fail> {
    match column(batch, name) {
        None if batch.num_rows() == 0 => Ok(Arc::new(NullArray::new(0))),
        _ => required(batch, name, expected, by),
    }
}

/// The single-column batch of `a` named `name`, for the column readers.
fn alone(name: &str, a: ArrayRef) -> Result<RecordBatch, Fail> {
    RecordBatch::try_from_iter([(name, a)]).map_err(Fail::arrow)
}

fn field(name: &str, a: &ArrayRef) -> Field {
    Field::new(name, a.data_type().clone(), true)
}

/// Attendance compliance from attendance rows (`participant`, `facilitator`, `month` as
/// YYYYMM, `present`, `in_working_hours`); returns (per participant, per facilitator).
#[pyfunction]
#[pyo3(signature = (batch, threshold_percent = None))]
pub fn registry_attendance_batch<'py>(
    py: Python<'py>,
    batch: PyRecordBatch,
    threshold_percent: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    // The default threshold is the core's (the low-attendance diagnostic's).
    let threshold_percent = match threshold_percent.filter(|t| !t.is_none()) {
        Some(t) => errors::finite(py, t, "threshold_percent")?,
        None => berdaya::insight::diagnostics::Thresholds::default().attendance_min_percent,
    };
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<(RecordBatch, RecordBatch), Fail> {
        let rows = AttendanceRows::read(&batch)?;
        let participant: Vec<i64> = rows
            .people
            .codes
            .iter()
            .map(|c| c.unwrap_or_default())
            .collect();
        let (per, facs) = attendance_compliance(
            &participant,
            &rows.facilitators.codes,
            &rows.month,
            &rows.present,
            &rows.hours,
            threshold_percent,
        )?;
        let p = participant_batch(&rows.people, &per)?;
        let f = facilitator_batch(&rows.facilitators, &facs)?;
        Ok((p, f))
    });
    let (p, f) = result.map_err(|e| e.raise(py))?;
    Ok((
        PyRecordBatch::new(p).into_pyarrow(py)?,
        PyRecordBatch::new(f).into_pyarrow(py)?,
    ))
}

/// The attendance columns of a batch, read and checked.
struct AttendanceRows {
    people: Ids,
    facilitators: Ids,
    month: Vec<i32>,
    present: Vec<bool>,
    hours: Vec<Option<bool>>,
}

impl AttendanceRows {
    fn read(batch: &RecordBatch) -> Result<Self, Fail> {
        let rows = batch.num_rows();
        let people = Ids::read(
            "participant",
            needed(batch, "participant", ColumnType::Id, "attendance")?,
        )?;
        no_nulls("participant", &people.codes)?;
        let facilitators = match column(batch, "facilitator") {
            Some(f) => Ids::read("facilitator", f)?,
            None => Ids::read("facilitator", Arc::new(NullArray::new(rows)))?,
        };
        Ok(AttendanceRows {
            people,
            facilitators,
            month: months(batch)?,
            present: presence(batch)?,
            hours: bools(batch, "in_working_hours")?.unwrap_or_else(|| vec![None; rows]),
        })
    }
}

/// The `month` column: whole numbers in every row.
fn months(batch: &RecordBatch) -> Result<Vec<i32>, Fail> {
    let col = alone(
        "month",
        needed(batch, "month", ColumnType::Integer, "attendance")?,
    )?;
    let month = ints(&col, "month")?.unwrap_or_default();
    no_nulls("month", &month)?;
    Ok(
        narrow::<i32>("month", &month, (i64::from(i32::MIN), i64::from(i32::MAX)))?
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect(),
    )
}

/// The `present` column: true or false in every row.
fn presence(batch: &RecordBatch) -> Result<Vec<bool>, Fail> {
    let col = alone(
        "present",
        needed(batch, "present", ColumnType::Boolean, "attendance")?,
    )?;
    let present = bools(&col, "present")?.unwrap_or_default();
    no_nulls("present", &present)?;
    Ok(present.into_iter().map(Option::unwrap_or_default).collect())
}

/// One row per participant: the caller's id, sessions, attended, rate, months below.
fn participant_batch(people: &Ids, per: &[ParticipantAttendance]) -> Result<RecordBatch, Fail> {
    let who = people.give_back(per.iter().map(|p| p.participant))?;
    batch_of(
        vec![
            field("participant", &who),
            Field::new("sessions", DataType::UInt32, false),
            Field::new("attended", DataType::UInt32, false),
            Field::new("rate", DataType::Float64, false),
            Field::new("months_below", DataType::UInt32, false),
        ],
        vec![
            who,
            Arc::new(UInt32Array::from_iter_values(
                per.iter().map(|p| p.sessions),
            )),
            Arc::new(UInt32Array::from_iter_values(
                per.iter().map(|p| p.attended),
            )),
            Arc::new(Float64Array::from_iter_values(per.iter().map(|p| p.rate))),
            Arc::new(UInt32Array::from_iter_values(
                per.iter().map(|p| p.months_below),
            )),
        ],
    )
}

/// One row per facilitator: the caller's id, caseload, sessions, rate, working-hours share.
fn facilitator_batch(
    facilitators: &Ids,
    facs: &[FacilitatorAttendance],
) -> Result<RecordBatch, Fail> {
    let by = facilitators.give_back(facs.iter().map(|f| f.facilitator))?;
    batch_of(
        vec![
            field("facilitator", &by),
            Field::new("caseload", DataType::UInt32, false),
            Field::new("sessions", DataType::UInt32, false),
            Field::new("rate", DataType::Float64, false),
            Field::new("working_hours_share", DataType::Float64, true),
        ],
        vec![
            by,
            Arc::new(UInt32Array::from_iter_values(
                facs.iter().map(|f| f.caseload),
            )),
            Arc::new(UInt32Array::from_iter_values(
                facs.iter().map(|f| f.sessions),
            )),
            Arc::new(Float64Array::from_iter_values(facs.iter().map(|f| f.rate))),
            Arc::new(Float64Array::from(
                facs.iter()
                    .map(|f| f.working_hours_share)
                    .collect::<Vec<_>>(),
            )),
        ],
    )
}

/// Sulistiyani stage counts per group and dimension from rows (`group`, `dimension` code,
/// `reached` stage code or null); returns `group` (as given), `dimension`, `stage` (0 none
/// yet, 1–3) and `count`.
#[pyfunction]
pub fn registry_distribution_batch(
    py: Python<'_>,
    batch: PyRecordBatch,
) -> PyResult<Bound<'_, PyAny>> {
    let batch: RecordBatch = batch.into_inner();
    let result = py.detach(|| -> Result<RecordBatch, Fail> {
        let rows = batch.num_rows();
        let groups = Ids::read(
            "group",
            needed(&batch, "group", ColumnType::Id, "distribution")?,
        )?;
        no_nulls("group", &groups.codes)?;
        let group: Vec<i64> = groups.codes.iter().map(|c| c.unwrap_or_default()).collect();
        let dimension_col = needed(&batch, "dimension", ColumnType::Code, "distribution")?;
        let dims = codes(
            &alone("dimension", dimension_col)?,
            "dimension",
            Dimension::from_code,
            &all_codes(Dimension::ALL),
        )?
        .unwrap_or_default();
        no_nulls("dimension", &dims)?;
        let dimension: Vec<u8> = dims
            .iter()
            .map(|d| {
                d.map_or(0, |d| {
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
        .unwrap_or_else(|| vec![None; rows])
        .into_iter()
        .map(|s| s.map(|s| s.number()))
        .collect();
        let counts = stage_distribution(&group, &dimension, &reached)?;
        let dimension_codes: Vec<&str> = Dimension::ALL.iter().map(|d| d.code()).collect();
        let who = groups.give_back(counts.iter().map(|c| c.0))?;
        batch_of(
            vec![
                field("group", &who),
                Field::new(
                    "dimension",
                    DataType::Dictionary(Box::new(DataType::UInt8), Box::new(DataType::Utf8)),
                    true,
                ),
                Field::new("stage", DataType::UInt8, false),
                Field::new("count", DataType::UInt64, false),
            ],
            vec![
                who,
                dictionary(counts.iter().map(|c| c.1).collect(), &dimension_codes)?,
                Arc::new(UInt8Array::from_iter_values(counts.iter().map(|c| c.2))),
                Arc::new(UInt64Array::from_iter_values(counts.iter().map(|c| c.3))),
            ],
        )
    });
    let batch = result.map_err(|f| f.raise(py))?;
    PyRecordBatch::new(batch).into_pyarrow(py)
}
