//! Rendering (`berdaya::render`): the summary, the report in Markdown and HTML, and the
//! comparisons of cases and of sites.

use berdaya::insight::diagnostics::Thresholds;
use berdaya::render::report::{compare as compare_units, Report, Unit};
use berdaya::render::summary::CaseSummary;
use berdaya::Case;
use pyo3::prelude::*;

use crate::convert::to_py;
use crate::errors;
use crate::insight::thresholds;
use crate::model::PyCase;

/// A readable Markdown summary in `lang`.
pub fn summary(py: Python<'_>, case: &Case, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(CaseSummary::of(case).render(errors::lang(py, lang)?))
}

/// The full report as Markdown in `lang`.
pub fn report(
    py: Python<'_>,
    case: &Case,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    Ok(Report::new(case, &t).markdown(errors::lang(py, lang)?))
}

/// The full report as one self-contained HTML page in `lang`.
pub fn report_html(
    py: Python<'_>,
    case: &Case,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    Ok(Report::new(case, &t).html(errors::lang(py, lang)?))
}

/// The report's HTML body in the session's language (`berdaya.set_language`), for a notebook.
pub fn notebook_html(py: Python<'_>, case: &Case) -> String {
    Report::new(case, &Thresholds::default()).html_body(crate::errors::session_lang(py))
}

fn cases_arg(py: Python<'_>, cases: &Bound<'_, PyAny>) -> PyResult<Vec<berdaya::Case>> {
    let cases: Vec<berdaya::Case> = cases
        .try_iter()
        .and_then(|it| {
            it.map(|c| c.and_then(|c| Ok(c.cast::<PyCase>()?.get().0.clone())))
                .collect()
        })
        .map_err(|_| {
            errors::simple(
                py,
                "ArgumentError",
                "argument",
                "cases: expected an iterable of Case".into(),
            )
        })?;
    if cases.is_empty() {
        return Err(errors::simple(
            py,
            "ArgumentError",
            "no_cases",
            "cases: expected at least one Case; found none".into(),
        ));
    }
    Ok(cases)
}

fn case_arg(py: Python<'_>, case: &Bound<'_, PyAny>) -> PyResult<berdaya::Case> {
    let case = case.cast::<PyCase>().map_err(|_| {
        errors::simple(
            py,
            "ArgumentError",
            "argument",
            "case: expected a Case".into(),
        )
    })?;
    Ok(case.get().0.clone())
}

/// Several cases side by side, as a Markdown table in `lang`; `ArgumentError` for none.
#[pyfunction]
#[pyo3(signature = (cases, lang = None, thresholds = None))]
pub fn compare(
    py: Python<'_>,
    cases: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    let cases = cases_arg(py, cases)?;
    Ok(compare_units(
        &Unit::cases(&cases),
        &t,
        errors::lang(py, lang)?,
    ))
}

/// The sites of one case (its Adi processes, e.g. the two kelurahan of seed 000) side by
/// side, as a Markdown table in `lang`.
#[pyfunction]
#[pyo3(signature = (case, lang = None, thresholds = None))]
pub fn compare_sites(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    thresholds: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let t = self::thresholds(py, thresholds)?;
    let case = case_arg(py, case)?;
    Ok(compare_units(
        &Unit::processes(&case),
        &t,
        errors::lang(py, lang)?,
    ))
}

/// The comparison of several cases as rows (one per case and figure), for
/// `berdaya.tables.compare`; `ArgumentError` for none.
#[pyfunction]
#[pyo3(signature = (cases, lang = None, thresholds = None))]
pub fn comparison_rows<'py>(
    py: Python<'py>,
    cases: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
    thresholds: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let t = self::thresholds(py, thresholds)?;
    let cases = cases_arg(py, cases)?;
    let rows =
        berdaya::render::report::comparison_rows(&Unit::cases(&cases), &t, errors::lang(py, lang)?);
    to_py(py, &rows)
}

/// The comparison of the sites of one case as rows (one per process and figure), for
/// `berdaya.tables.compare_sites`.
#[pyfunction]
#[pyo3(signature = (case, lang = None, thresholds = None))]
pub fn site_comparison_rows<'py>(
    py: Python<'py>,
    case: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
    thresholds: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let t = self::thresholds(py, thresholds)?;
    let case = case_arg(py, case)?;
    let rows = berdaya::render::report::comparison_rows(
        &Unit::processes(&case),
        &t,
        errors::lang(py, lang)?,
    );
    to_py(py, &rows)
}

/// A fixed phrase of the report (`berdaya::render::report::phrase::Phrase`) in `lang`, for the
/// plots' labels (e.g. `not_assessed`).
#[pyfunction]
#[pyo3(signature = (code, lang = None))]
pub fn phrase(
    py: Python<'_>,
    code: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    use berdaya::render::report::phrase::Phrase;
    use berdaya::Labelled;
    let code = crate::errors::text(py, code, "code")?;
    let lang = crate::errors::lang(py, lang)?;
    Phrase::from_code(&code)
        .map(|p| p.label(lang).to_owned())
        .ok_or_else(|| {
            crate::errors::simple(
                py,
                "ArgumentError",
                "unknown_phrase",
                format!("unknown phrase `{code}`"),
            )
        })
}
