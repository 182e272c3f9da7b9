//! Exchange (`berdaya::exchange`): REFI-QDA codebooks in and out, and the case document's
//! JSON Schema and field reference.

use berdaya::exchange::project::codebook_summary as core_codebook_summary;
use berdaya::exchange::{
    framework_codebook as core_framework_codebook, mapping, mapping::Mapping, Codebook,
    ExchangeError, Guid, Limits, Project,
};
use berdaya::Lang;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use pyo3::types::PyDict;

use crate::convert::{from_py, to_py};
use crate::errors;
use crate::model::PyCase;

/// berdaya's framework vocabularies as a `.qdc` codebook in `lang` (default Indonesian).
#[pyfunction]
#[pyo3(signature = (lang = None))]
pub fn framework_codebook(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(core_framework_codebook(errors::lang(py, lang)?).to_qdc())
}

/// Reads a `.qdc` codebook (text, or the file's bytes: UTF-8 with or without a byte-order
/// mark): `{"value": codebook, "warnings": [...]}`; an `ExchangeError` with the XML location
/// (`line`, `column`, `path`) when it cannot be read.
#[pyfunction]
pub fn read_codebook<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let read = if text.is_instance_of::<PyBytes>() {
        Codebook::from_qdc_bytes(&bytes_arg(py, text, "text")?)
    } else {
        Codebook::from_qdc(&errors::text(py, text, "text")?)
    };
    match read {
        Ok(imported) => to_py(py, &imported),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// Writes a codebook (the dict `read_codebook` gives as `value`) as a `.qdc` document,
/// checked first: an `ExchangeError` (code `invalid`, `path` naming the field) for no code,
/// a GUID used twice, a set member naming no code, notes, or a character XML cannot carry.
#[pyfunction]
pub fn write_qdc(py: Python<'_>, codebook: &Bound<'_, PyAny>) -> PyResult<String> {
    let book: Codebook = from_py(py, codebook)?;
    book.try_to_qdc().map_err(|e| exchange_error(py, &e))
}

/// The stable GUID berdaya gives the code with this id (UUIDv5 under berdaya's namespace):
/// the same in every export and release.
#[pyfunction]
pub fn stable_guid(py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<String> {
    Ok(Guid::stable(&errors::text(py, id, "id")?).to_string())
}

/// What a project (the dict `read_qdpx` gives as `value`) holds, in words, with the number
/// of the import's warnings.
#[pyfunction]
#[pyo3(signature = (project, warnings = 0, lang = None))]
pub fn project_summary(
    py: Python<'_>,
    project: &Bound<'_, PyAny>,
    warnings: usize,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let lang = errors::lang(py, lang)?;
    let project: Project = from_py(py, project)?;
    Ok(project.summary(warnings, lang))
}

/// What a codebook (the dict `read_codebook` gives as `value`) holds, in words.
#[pyfunction]
#[pyo3(signature = (codebook, warnings = 0, lang = None))]
pub fn codebook_summary(
    py: Python<'_>,
    codebook: &Bound<'_, PyAny>,
    warnings: usize,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let lang = errors::lang(py, lang)?;
    let book: Codebook = from_py(py, codebook)?;
    Ok(core_codebook_summary(&book, warnings, lang))
}

/// `berdaya.errors.ExchangeError` with the core error's code, location and message in both
/// languages (`str(e)` English, `e.message_id` Indonesian).
fn exchange_error(py: Python<'_>, e: &ExchangeError) -> PyErr {
    let l = e.location();
    errors::raise(
        py,
        "ExchangeError",
        (
            e.message(Lang::En),
            e.kind().to_owned(),
            l.line,
            l.column,
            l.path.clone(),
            e.message(Lang::Id),
        ),
    )
}

fn bytes_arg(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<u8>> {
    obj.extract::<Vec<u8>>()
        .ok()
        .filter(|_| !obj.is_instance_of::<pyo3::types::PyString>())
        .ok_or_else(|| {
            let found = obj
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default();
            errors::argument(py, name, ("bytes", "bytes"), &found)
        })
}

/// Reads a `.qdpx` archive (bytes): `{"value": project, "warnings": [...]}`; an
/// `ExchangeError` with its location when it cannot be read. `limits` = (entries, bytes per
/// entry, total bytes) against zip bombs.
#[pyfunction]
#[pyo3(signature = (data, limits = None))]
pub fn read_qdpx<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    limits: Option<(usize, u64, u64)>,
) -> PyResult<Bound<'py, PyAny>> {
    let data = bytes_arg(py, data, "data")?;
    let limits = limits.map_or_else(Limits::default, |(n, e, t)| Limits::new(n, e, t));
    match Project::from_qdpx_with(&data, limits) {
        Ok(imported) => to_py(py, &imported),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// Reads a `project.qde` document alone (sources inline).
#[pyfunction]
pub fn read_qde<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let text = errors::text(py, text, "text")?;
    match Project::from_qde(&text) {
        Ok(imported) => to_py(py, &imported),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// Writes a project (the dict `read_qdpx` gives) as `.qdpx` bytes.
#[pyfunction]
pub fn write_qdpx<'py>(
    py: Python<'py>,
    project: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let project: Project = from_py(py, project)?;
    match project.to_qdpx() {
        Ok(bytes) => Ok(PyBytes::new(py, &bytes)),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// Writes a project as a `project.qde` document with its sources inline.
#[pyfunction]
pub fn write_qde(py: Python<'_>, project: &Bound<'_, PyAny>) -> PyResult<String> {
    let project: Project = from_py(py, project)?;
    project.to_qde().map_err(|e| exchange_error(py, &e))
}

/// The JSON Schema of the case document as JSON text.
#[pyfunction]
pub fn case_schema_json() -> String {
    berdaya::exchange::schema::case_schema_json()
}

/// Every field of the document as dicts: record, key, required, kind, allowed codes,
/// description and meaning in both languages.
#[pyfunction]
pub fn field_reference(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    berdaya::exchange::fields::reference()
        .into_iter()
        .map(|f| {
            let d = PyDict::new(py);
            d.set_item("record", f.record)?;
            d.set_item("key", f.key)?;
            d.set_item("required", f.required)?;
            d.set_item("kind", f.kind)?;
            let codes: Vec<String> = f.allowed.into_iter().map(|(code, _)| code).collect();
            d.set_item("allowed", codes)?;
            d.set_item("description", f.description)?;
            d.set_item("meaning_id", f.meaning_id)?;
            d.set_item("meaning_en", f.meaning_en)?;
            Ok(d)
        })
        .collect()
}

fn mapping_arg(py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<Mapping> {
    match mapping.extract::<String>() {
        Ok(text) => Mapping::from_json(&text).map_err(|e| exchange_error(py, &e)),
        Err(_) => from_py(py, mapping),
    }
}

/// The quotes behind every mapped code of a project (the dict `read_qdpx` gives) under a
/// mapping (a dict or JSON text): `{"value": [row, ...], "warnings": [...]}`.
#[pyfunction]
pub fn qda_evidence<'py>(
    py: Python<'py>,
    project: &Bound<'py, PyAny>,
    mapping: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let project: Project = from_py(py, project)?;
    let mapping = mapping_arg(py, mapping)?;
    match mapping::evidence(&project, &mapping) {
        Ok(rows) => to_py(py, &rows),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// Codings per framework element × informant role × site, with the quotes behind each.
#[pyfunction]
#[pyo3(signature = (project, mapping, lang = None))]
pub fn qda_frequencies<'py>(
    py: Python<'py>,
    project: &Bound<'py, PyAny>,
    mapping: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = errors::lang(py, lang)?;
    let project: Project = from_py(py, project)?;
    let mapping = mapping_arg(py, mapping)?;
    match mapping::evidence(&project, &mapping) {
        Ok(rows) => to_py(py, &mapping::frequencies(&rows.value, lang)),
        Err(e) => Err(exchange_error(py, &e)),
    }
}

/// The case with the project's mapped quotes attached as evidence: `(case, report)`.
#[pyfunction]
pub fn qda_attach<'py>(
    py: Python<'py>,
    case: &PyCase,
    project: &Bound<'py, PyAny>,
    mapping: &Bound<'py, PyAny>,
) -> PyResult<(PyCase, Bound<'py, PyAny>)> {
    let project: Project = from_py(py, project)?;
    let mapping = mapping_arg(py, mapping)?;
    let rows = mapping::evidence(&project, &mapping).map_err(|e| exchange_error(py, &e))?;
    let mut out = case.0.clone();
    let origin = project
        .origin
        .clone()
        .unwrap_or_else(|| project.name.clone());
    let report = mapping::attach(&mut out, &rows.value, &origin);
    Ok((PyCase(out), to_py(py, &report)?))
}
