//! `berdaya.Case`: a frozen wrapper of the core document (`berdaya::model::case`). Its
//! methods that analyse, judge or render delegate to the binding file of that area
//! (`frameworks.rs`, `insight.rs`, `render.rs`).

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert::to_py;
use crate::errors;
use crate::{frameworks, insight, render};

/// A case document: one programme at its sites with everything recorded about it.
#[pyclass(frozen, eq, module = "berdaya._core", name = "Case")]
#[derive(Clone, PartialEq)]
pub struct PyCase(pub berdaya::Case);

impl From<berdaya::Case> for PyCase {
    fn from(c: berdaya::Case) -> Self {
        PyCase(c)
    }
}

impl From<PyCase> for berdaya::Case {
    fn from(c: PyCase) -> Self {
        c.0
    }
}

#[pymethods]
impl PyCase {
    /// Reads and validates a case from JSON text.
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &Bound<'_, PyAny>) -> PyResult<Self> {
        let json = errors::text(py, json, "json")?;
        berdaya::Case::from_json(&json)
            .map(PyCase)
            .map_err(|e| errors::validation(py, &e))
    }

    /// Reads and validates a case from a dict (as `to_dict` returns).
    #[staticmethod]
    fn from_dict(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = crate::convert::to_json_text(py, data)?;
        berdaya::Case::from_json(&text)
            .map(PyCase)
            .map_err(|e| errors::validation(py, &e))
    }

    /// The case as JSON text.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<&Bound<'_, PyAny>>) -> String {
        if indent.is_none_or(|i| i.is_truthy().unwrap_or(true)) {
            self.0.to_json()
        } else {
            serde_json::to_string(&self.0).unwrap_or_default()
        }
    }

    /// The case as plain Python data.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0)
    }

    /// Checks the case; raises `ValidationError` listing every problem.
    fn validate(&self, py: Python<'_>) -> PyResult<()> {
        self.0.validate().map_err(|e| errors::validation(py, &e))
    }

    /// The case id.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }

    /// The schema version of the document.
    #[getter]
    fn schema_version(&self) -> u32 {
        self.0.schema_version
    }

    /// The seed file a bundled case encodes, if any.
    #[getter]
    fn seed(&self) -> Option<String> {
        self.0.source.as_ref().and_then(|s| s.seed.clone())
    }

    /// The title in `lang` (`"id"` or `"en"`).
    #[pyo3(signature = (lang = None))]
    fn title(&self, py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.0.title.get(errors::lang(py, lang)?).into_owned())
    }

    /// A readable Markdown summary in `lang`.
    #[pyo3(signature = (lang = None))]
    fn summary(&self, py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        render::summary(py, &self.0, lang)
    }

    /// The full report as Markdown in `lang`.
    #[pyo3(signature = (lang = None, thresholds = None))]
    fn report(
        &self,
        py: Python<'_>,
        lang: Option<&Bound<'_, PyAny>>,
        thresholds: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        render::report(py, &self.0, lang, thresholds)
    }

    /// The full report as one self-contained HTML page in `lang`.
    #[pyo3(signature = (lang = None, thresholds = None))]
    fn report_html(
        &self,
        py: Python<'_>,
        lang: Option<&Bound<'_, PyAny>>,
        thresholds: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        render::report_html(py, &self.0, lang, thresholds)
    }

    /// Every analysis as labelled rows (stages, checklist, progression, readiness, 5M,
    /// Ansell–Gash, diagnostics, evidence), as a dict.
    #[pyo3(signature = (lang = None, thresholds = None))]
    fn analysis<'py>(
        &self,
        py: Python<'py>,
        lang: Option<&Bound<'py, PyAny>>,
        thresholds: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        insight::analysis(py, &self.0, lang, thresholds)
    }

    /// Every problem of the case as a list of dicts (empty when valid); never raises.
    fn problems<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.0.validate() {
            Ok(()) => Ok(pyo3::types::PyList::empty(py).into_any()),
            Err(e) => errors::validation(py, &e).value(py).getattr("problems"),
        }
    }

    /// A new case with one Adi stage moved to `status`; raises `TransitionError` naming the
    /// rule when the move breaks one.
    fn with_stage_status(
        &self,
        py: Python<'_>,
        process: &Bound<'_, PyAny>,
        stage: &Bound<'_, PyAny>,
        status: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        frameworks::with_stage_status(py, &self.0, process, stage, status).map(PyCase)
    }

    fn __repr__(&self) -> String {
        format!(
            "Case(id={:?}, programme={:?}, sites={}, stakeholders={}, activities={}, evidence={})",
            self.0.id,
            self.0.programme.acronym,
            self.0.sites.len(),
            self.0.stakeholders.len(),
            self.0.activities.len(),
            self.0.evidence.len()
        )
    }

    /// Notebook display: the report in the session's language (`berdaya.set_language`,
    /// Bahasa Indonesia by default).
    fn _repr_html_(&self, py: Python<'_>) -> String {
        render::notebook_html(py, &self.0)
    }

    /// Pickling goes through JSON.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let from_json = py.get_type::<PyCase>().getattr("from_json")?;
        PyTuple::new(
            py,
            [from_json, PyTuple::new(py, [self.0.to_json()])?.into_any()],
        )
    }
}
