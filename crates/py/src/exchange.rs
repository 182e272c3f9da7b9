//! Exchange (`berdaya::exchange`): REFI-QDA codebooks in and out.

use berdaya::exchange::{framework_codebook as core_framework_codebook, Codebook};
use pyo3::prelude::*;

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
