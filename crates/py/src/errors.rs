//! Core errors → the exception classes of `berdaya.errors` (defined in Python so that a
//! validation error can be both a `BerdayaError` and a `ValueError`, as pydantic's is), and
//! the argument checks every function shares: a wrong type or an integer outside the Rust
//! type is an `ArgumentError` naming the argument, never pyo3's `TypeError`/`OverflowError`.

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

/// An `ArgumentError` naming `name`, with the message in both languages.
pub fn argument(py: Python<'_>, name: &str, expected: (&str, &str), found: &str) -> PyErr {
    let (english, indonesian) = expected;
    raise(
        py,
        "ArgumentError",
        (
            format!("{name}: expected {english}; found {found}"),
            "argument",
            format!("{name}: seharusnya {indonesian}; ditemukan {found}"),
        ),
    )
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A whole-number argument within `min..=max` (and `T`'s range), or an `ArgumentError`
/// naming it: `select_quota(per_village=-1)`, `2**32`, `"x"` and `True` are all refused.
pub fn int<T: TryFrom<i64>>(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    name: &str,
    (min, max): (i64, i64),
) -> PyResult<T> {
    let expected = (
        format!("a whole number from {min} to {max}"),
        format!("bilangan bulat dari {min} sampai {max}"),
    );
    let refuse = |found: String| argument(py, name, (&expected.0, &expected.1), &found);
    if obj.is_instance_of::<pyo3::types::PyBool>() || !obj.is_instance_of::<pyo3::types::PyInt>() {
        return Err(refuse(type_name(obj)));
    }
    let shown = obj.str().map(|s| s.to_string()).unwrap_or_default();
    match obj.extract::<i64>() {
        Ok(v) if (min..=max).contains(&v) => T::try_from(v).map_err(|_| refuse(shown)),
        _ => Err(refuse(shown)),
    }
}

/// An optional whole-number argument (`None` when absent or `None`).
pub fn opt_int<T: TryFrom<i64>>(
    py: Python<'_>,
    obj: Option<&Bound<'_, PyAny>>,
    name: &str,
    range: (i64, i64),
) -> PyResult<Option<T>> {
    match obj.filter(|o| !o.is_none()) {
        None => Ok(None),
        Some(o) => int(py, o, name, range).map(Some),
    }
}

/// A finite number argument (an int or a float), or an `ArgumentError` naming it.
pub fn finite(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<f64> {
    let expected = ("a finite number", "bilangan terhingga");
    let number = obj.is_instance_of::<pyo3::types::PyFloat>()
        || (obj.is_instance_of::<pyo3::types::PyInt>()
            && !obj.is_instance_of::<pyo3::types::PyBool>());
    if !number {
        return Err(argument(py, name, expected, &type_name(obj)));
    }
    match obj.extract::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => {
            let shown = obj.str().map(|s| s.to_string()).unwrap_or_default();
            Err(argument(py, name, expected, &shown))
        }
    }
}

/// Extracts a string argument, raising `ArgumentError` (a `TypeError`) naming it otherwise.
pub fn text(py: Python<'_>, obj: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    obj.extract::<String>()
        .map_err(|_| argument(py, name, ("str", "teks (str)"), &type_name(obj)))
}

/// Parses an optional language argument; without one, the session's language
/// (`berdaya.set_language`, default Bahasa Indonesia).
pub fn lang(py: Python<'_>, code: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    let Some(code) = code.filter(|c| !c.is_none()) else {
        return Ok(session_lang(py));
    };
    text(py, code, "lang")?
        .parse()
        .map_err(|e: berdaya::model::lang::UnknownLang| {
            simple(py, "LangError", "unknown_lang", e.to_string())
        })
}

/// The session's language as `berdaya.language` holds it (Bahasa Indonesia if it cannot be
/// read, e.g. before the Python package is imported).
pub fn session_lang(py: Python<'_>) -> Lang {
    py.import("berdaya.language")
        .and_then(|m| m.call_method0("get_language"))
        .and_then(|l| l.extract::<String>())
        .ok()
        .and_then(|l| l.parse().ok())
        .unwrap_or(Lang::Id)
}
