//! The case document's JSON Schema and field reference (`berdaya::exchange`).

use pyo3::prelude::*;
use pyo3::types::PyDict;

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
