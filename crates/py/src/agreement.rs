//! Agreement (`berdaya::insight::agreement`): Cohen's and Fleiss' κ, Krippendorff's α, and
//! coders' agreement on coded text. Converts Python sequences to the core's reliability data
//! (labels or numbers; `None` and NaN are missing values) and the results to dicts.

use berdaya::insight::agreement::coding::{self, CodedSpan, CodingOptions, Source};
use berdaya::insight::agreement::{
    self as core, assessors, AgreementError, Bootstrap, MeasurementLevel, Ratings, Weights,
};
use berdaya::model::records::ansell_gash::AnsellGashAssessment;
use berdaya::model::records::fivem::Finding;
use pyo3::prelude::*;

use crate::convert::{from_py, to_py};
use crate::errors;

/// A cell of reliability data as Python gave it.
enum Cell {
    Missing,
    Number(f64),
    Label(String),
}

fn cell(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Cell> {
    if obj.is_none() {
        return Ok(Cell::Missing);
    }
    if let Ok(s) = obj.extract::<String>() {
        return Ok(Cell::Label(s));
    }
    if obj.is_instance_of::<pyo3::types::PyBool>() {
        return Err(errors::argument(
            py,
            name,
            ("a number, a label or None", "bilangan, label atau None"),
            "bool",
        ));
    }
    match obj.extract::<f64>() {
        Ok(v) if v.is_nan() => Ok(Cell::Missing),
        Ok(v) => Ok(Cell::Number(v)),
        Err(_) => Err(errors::argument(
            py,
            name,
            ("a number, a label or None", "bilangan, label atau None"),
            &obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default(),
        )),
    }
}

fn rows_of(py: Python<'_>, data: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<Vec<Cell>>> {
    let not_rows = || {
        errors::argument(
            py,
            name,
            (
                "a sequence of rows, one per coder",
                "deretan baris, satu per pengode",
            ),
            "something else",
        )
    };
    let mut rows = Vec::new();
    for row in data.try_iter().map_err(|_| not_rows())? {
        let row = row?;
        if row.extract::<String>().is_ok() {
            return Err(not_rows());
        }
        let mut cells = Vec::new();
        for value in row.try_iter().map_err(|_| not_rows())? {
            cells.push(cell(py, &value?, name)?);
        }
        rows.push(cells);
    }
    Ok(rows)
}

/// Rows of labels or of numbers (`None`/NaN missing) → the core's reliability data.
fn ratings(py: Python<'_>, rows: Vec<Vec<Cell>>, name: &str) -> PyResult<Ratings> {
    let cells = || rows.iter().flatten();
    let labels = cells().any(|c| matches!(c, Cell::Label(_)));
    let numbers = cells().any(|c| matches!(c, Cell::Number(_)));
    let built = if labels && numbers {
        return Err(errors::argument(
            py,
            name,
            (
                "all labels or all numbers",
                "semua label atau semua bilangan",
            ),
            "labels and numbers mixed",
        ));
    } else if labels {
        let rows: Vec<Vec<Option<String>>> = rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| match c {
                        Cell::Label(s) => Some(s),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        Ratings::from_labels(&rows).map(|(r, _)| r)
    } else {
        Ratings::new(
            rows.into_iter()
                .map(|r| {
                    r.into_iter()
                        .map(|c| match c {
                            Cell::Number(v) => Some(v),
                            _ => None,
                        })
                        .collect()
                })
                .collect(),
        )
    };
    built.map_err(|e| error(py, &e))
}

/// An `AgreementError` of `berdaya.errors` with the core error's kind as its code.
pub fn error(py: Python<'_>, e: &AgreementError) -> PyErr {
    errors::simple(py, "AgreementError", e.kind(), e.to_string())
}

fn bootstrap(py: Python<'_>, b: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Bootstrap>> {
    match b.filter(|b| !b.is_none()) {
        None => Ok(None),
        Some(b) if b.is_instance_of::<pyo3::types::PyBool>() => {
            Ok(b.extract::<bool>()?.then(Bootstrap::default))
        }
        Some(b) => from_py(py, b).map(Some),
    }
}

fn code<T: Copy>(
    py: Python<'_>,
    obj: Option<&Bound<'_, PyAny>>,
    name: &str,
    default: T,
    parse: fn(&str) -> Option<T>,
    all: &str,
) -> PyResult<T> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(default);
    };
    let text = errors::text(py, obj, name)?;
    parse(&text).ok_or_else(|| {
        errors::simple(
            py,
            "AgreementError",
            "parameter",
            format!("{name}: unknown `{text}`; expected one of {all}"),
        )
    })
}

/// Cohen's κ of two coders' values (labels or numbers; `None`/NaN missing, the unit left out).
#[pyfunction]
#[pyo3(signature = (y1, y2, weights = None, bootstrap = None))]
pub fn cohen_kappa<'py>(
    py: Python<'py>,
    y1: &Bound<'py, PyAny>,
    y2: &Bound<'py, PyAny>,
    weights: Option<&Bound<'py, PyAny>>,
    bootstrap: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let pair = pyo3::types::PyList::new(py, [y1, y2])?;
    let r = ratings(py, rows_of(py, pair.as_any(), "y1, y2")?, "y1, y2")?;
    let w = code(
        py,
        weights,
        "weights",
        Weights::Unweighted,
        Weights::from_code,
        "unweighted, linear, quadratic",
    )?;
    let b = self::bootstrap(py, bootstrap)?;
    let out = core::cohen_kappa(&r, w, b).map_err(|e| error(py, &e))?;
    to_py(py, &out)
}

fn counts(py: Python<'_>, rows: Vec<Vec<Cell>>) -> PyResult<Vec<Vec<u64>>> {
    let count = |c: Cell| match c {
        Cell::Number(v) if v >= 0.0 && v.fract() == 0.0 && v <= 1e15 => Ok(v as u64),
        _ => Err(errors::argument(
            py,
            "table",
            (
                "counts: whole numbers of 0 or more",
                "hitungan: bilangan bulat 0 atau lebih",
            ),
            "another value",
        )),
    };
    rows.into_iter()
        .map(|r| r.into_iter().map(count).collect())
        .collect()
}

/// Fleiss' κ of a table of counts (units × categories).
#[pyfunction]
#[pyo3(signature = (table, bootstrap = None))]
pub fn fleiss_kappa<'py>(
    py: Python<'py>,
    table: &Bound<'py, PyAny>,
    bootstrap: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let table = counts(py, rows_of(py, table, "table")?)?;
    let b = self::bootstrap(py, bootstrap)?;
    let out = core::fleiss_kappa_table(&table, b).map_err(|e| error(py, &e))?;
    to_py(py, &out)
}

/// Fleiss' κ of reliability data (coders × units; every rated unit with the same number of
/// values).
#[pyfunction]
#[pyo3(signature = (data, bootstrap = None))]
pub fn fleiss_kappa_ratings<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    bootstrap: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = ratings(py, rows_of(py, data, "data")?, "data")?;
    let b = self::bootstrap(py, bootstrap)?;
    let out = core::fleiss_kappa(&r, b).map_err(|e| error(py, &e))?;
    to_py(py, &out)
}

/// Krippendorff's α of reliability data (coders × units; `None`/NaN missing).
#[pyfunction]
#[pyo3(signature = (data, level = None, bootstrap = None))]
pub fn krippendorff_alpha<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    level: Option<&Bound<'py, PyAny>>,
    bootstrap: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = ratings(py, rows_of(py, data, "data")?, "data")?;
    let level = code(
        py,
        level,
        "level",
        MeasurementLevel::Nominal,
        MeasurementLevel::from_code,
        "nominal, ordinal, interval, ratio",
    )?;
    let b = self::bootstrap(py, bootstrap)?;
    let out = core::krippendorff_alpha(&r, level, b).map_err(|e| error(py, &e))?;
    to_py(py, &out)
}

/// Coders' agreement per code on coded text: `sources` a list of `{id, text}`, `spans` a list
/// of `{source, coder, code, start, end}`, `unit` `{"kind": "sentence"}` or
/// `{"kind": "characters", "length": n}`, `uncoded` `"exclude"` or `"include"`.
#[pyfunction]
#[pyo3(signature = (sources, spans, unit = None, uncoded = None, bootstrap = None))]
pub fn coding_agreement<'py>(
    py: Python<'py>,
    sources: &Bound<'py, PyAny>,
    spans: &Bound<'py, PyAny>,
    unit: Option<&Bound<'py, PyAny>>,
    uncoded: Option<&Bound<'py, PyAny>>,
    bootstrap: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let sources: Vec<Source> = from_py(py, sources)?;
    let spans: Vec<CodedSpan> = from_py(py, spans)?;
    let mut options = CodingOptions::default();
    if let Some(u) = unit.filter(|u| !u.is_none()) {
        options.unit = from_py(py, u)?;
    }
    options.uncoded = code(
        py,
        uncoded,
        "uncoded",
        options.uncoded,
        coding::Uncoded::from_code,
        "exclude, include",
    )?;
    options.bootstrap = self::bootstrap(py, bootstrap)?;
    let out = coding::coding_agreement(&sources, &spans, &options).map_err(|e| error(py, &e))?;
    to_py(py, &out)
}

/// Several assessors' Ansell–Gash assessments (dicts as a case stores them) as reliability
/// data: `{"data": rows, "units": indicator ids}`; "not observed" is missing.
#[pyfunction]
pub fn ansell_gash_ratings<'py>(
    py: Python<'py>,
    assessments: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let assessments: Vec<AnsellGashAssessment> = from_py(py, assessments)?;
    let refs: Vec<&AnsellGashAssessment> = assessments.iter().collect();
    let (r, units) = assessors::ansell_gash(&refs);
    to_py(py, &serde_json::json!({ "data": r.rows(), "units": units }))
}

/// Several assessors' 5M findings (a list of lists of finding dicts) as reliability data on
/// their weights: `{"data": rows, "units": finding ids}`.
#[pyfunction]
pub fn fivem_weights<'py>(
    py: Python<'py>,
    assessors_findings: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let findings: Vec<Vec<Finding>> = from_py(py, assessors_findings)?;
    let refs: Vec<&[Finding]> = findings.iter().map(Vec::as_slice).collect();
    let (r, units) = assessors::fivem(&refs);
    to_py(py, &serde_json::json!({ "data": r.rows(), "units": units }))
}
