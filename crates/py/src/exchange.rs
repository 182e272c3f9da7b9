//! Exchange (`berdaya::exchange`): REFI-QDA codebooks in and out, and the case document's
//! JSON Schema and field reference.

use berdaya::exchange::{framework_codebook as core_framework_codebook, Codebook};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::to_py;
use crate::errors;

/// berdaya's framework vocabularies as a `.qdc` codebook in `lang` (default Indonesian).
#[pyfunction]
#[pyo3(signature = (lang = None))]
pub fn framework_codebook(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(core_framework_codebook(errors::lang(py, lang)?).to_qdc())
}

/// Reads a `.qdc` codebook: `{"value": codebook, "warnings": [...]}`; an `ExchangeError`
/// with the XML location (`line`, `column`, `path`) when it cannot be read.
#[pyfunction]
pub fn read_codebook<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = errors::text(py, text, "text")?;
    match Codebook::from_qdc(&text) {
        Ok(imported) => to_py(py, &imported),
        Err(e) => {
            let l = e.location();
            Err(errors::raise(
                py,
                "ExchangeError",
                (
                    e.to_string(),
                    e.kind().to_owned(),
                    l.line,
                    l.column,
                    l.path.clone(),
                ),
            ))
        }
    }
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
