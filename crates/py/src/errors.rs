//! Core errors → the exception classes of `berdaya.errors` (defined in Python so that a
//! validation error can be both a `BerdayaError` and a `ValueError`, as pydantic's is).

use berdaya::model::lang::Lang;
use berdaya::ValidationError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Builds an instance of `berdaya.errors.<class>` and turns it into a `PyErr`.
pub fn raise<'py, A: pyo3::call::PyCallArgs<'py>>(py: Python<'py>, class: &str, args: A) -> PyErr {
    let built = py
        .import("berdaya.errors")
        .and_then(|m| m.getattr(class))
        .and_then(|c| c.call1(args));
    match built {
        Ok(instance) => PyErr::from_value(instance),
        Err(e) => e,
    }
}

/// A simple error of `class` with a stable `code`.
pub fn simple(py: Python<'_>, class: &str, code: &str, message: String) -> PyErr {
    raise(py, class, (message, code.to_owned()))
}

/// A validation error carrying every problem as a dict: path, kind, expected, found and the
/// message in both languages.
pub fn validation(py: Python<'_>, err: &ValidationError) -> PyErr {
    let problems = PyList::empty(py);
    for p in &err.problems {
        let d = PyDict::new(py);
        let filled = d
            .set_item("path", &p.path)
            .and_then(|_| d.set_item("kind", p.kind.code()))
            .and_then(|_| d.set_item("expected", p.kind.expected(Lang::En)))
            .and_then(|_| d.set_item("found", p.kind.found(Lang::En)))
            .and_then(|_| d.set_item("message", p.message(Lang::En)))
            .and_then(|_| d.set_item("message_id", p.message(Lang::Id)))
            .and_then(|_| problems.append(d));
        if let Err(e) = filled {
            return e;
        }
    }
    raise(py, "ValidationError", (err.to_string(), problems))
}

/// Extracts a string argument, raising `ArgumentError` (a `TypeError`) naming it otherwise.
pub fn text(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    obj.extract::<String>().map_err(|_| {
        let found = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        simple(
            py,
            "ArgumentError",
            "argument",
            format!("{name}: expected str; found {found}"),
        )
    })
}

/// Parses an optional language argument (default Bahasa Indonesia).
pub fn lang(py: Python<'_>, code: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    let Some(code) = code.filter(|c| !c.is_none()) else {
        return Ok(Lang::Id);
    };
    text(py, code, "lang")?
        .parse()
        .map_err(|e: berdaya::model::lang::UnknownLang| {
            simple(py, "LangError", "unknown_lang", e.to_string())
        })
}
