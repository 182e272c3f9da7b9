//! JSON across the boundary: Python objects ↔ serde values of the core.

use pyo3::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::errors;

/// Python object → JSON text, refusing NaN and infinities; anything `json` cannot encode
/// (or nests too deep) becomes a `ValidationError` at the root.
pub fn to_json_text(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let json = py.import("json")?;
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("allow_nan", false)?;
    match json.call_method("dumps", (obj,), Some(&kwargs)) {
        Ok(s) => s.extract(),
        Err(e) => Err(root_problem(py, format!("JSON-encodable data ({e})"))),
    }
}

/// A `ValidationError` with one malformed-document problem at the root.
pub fn root_problem(py: Python<'_>, message: String) -> PyErr {
    let problem = berdaya::Problem::new("", berdaya::ProblemKind::Malformed { message });
    errors::validation(py, &berdaya::ValidationError::new(vec![problem]))
}

/// Python object → a core value through serde, reporting the path of a structural error.
pub fn from_py<T: DeserializeOwned>(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<T> {
    let text = to_json_text(py, obj)?;
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        root_problem(py, format!("{path}: {}", e.into_inner()))
    })
}

/// A core value → Python objects (dicts, lists, str, int, float, bool, None).
pub fn to_py<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|e| errors::simple(py, "BerdayaError", "serialisation", e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}
