//! Eligibility screening and quota selection of documents' participants (the core's
//! `screening::eligibility` and `screening::quota`).

use berdaya::model::participant::Participant;
use berdaya::model::site::Site;
use berdaya::screening::eligibility::{preset, PresetId, PresetParams, Rule};
use berdaya::screening::quota::{select, QuotaPolicy};
use chrono::NaiveDate;
use pyo3::prelude::*;

use crate::convert::{from_py, to_py};
use crate::errors;

fn date(py: Python<'_>, on: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    // Accept `datetime.date` and ISO strings alike.
    let text: String = match on.call_method0("isoformat") {
        Ok(s) => s.extract()?,
        Err(_) => on.extract().map_err(|_| {
            errors::simple(
                py,
                "ValidationError",
                "bad_date",
                "on: expected a date or an ISO date string".into(),
            )
        })?,
    };
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(&text), "%Y-%m-%d").map_err(|_| {
        errors::simple(
            py,
            "ValidationError",
            "bad_date",
            format!("on: expected YYYY-MM-DD; found `{text}`"),
        )
    })
}

/// The rule named by a preset (with its quota) or given as a dict.
pub fn rule_and_quota(
    py: Python<'_>,
    rule: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<(Rule, Option<u32>)> {
    let params: PresetParams = match params {
        Some(p) if !p.is_none() => from_py(py, p)?,
        _ => PresetParams::default(),
    };
    if let Ok(name) = rule.extract::<String>() {
        let id = PresetId::from_code(&name).ok_or_else(|| {
            let names: Vec<&str> = PresetId::ALL.iter().map(|p| p.code()).collect();
            errors::simple(
                py,
                "RuleError",
                "unknown_preset",
                format!(
                    "preset: unknown `{name}`; expected one of {}",
                    names.join(", ")
                ),
            )
        })?;
        let p = preset(id, &params);
        return Ok((p.rule, p.quota_per_village));
    }
    let rule: Rule = from_py(py, rule)?;
    rule.check()
        .map_err(|e| errors::simple(py, "RuleError", e.code(), e.to_string()))?;
    Ok((rule, None))
}

/// The quota policy of a request: `per_village` or else the preset's own quota, ranked by
/// `ranking` or else the default (neediest first).
pub fn quota_policy(
    py: Python<'_>,
    per_village: Option<u32>,
    quota: Option<u32>,
    ranking: Option<&Bound<'_, PyAny>>,
) -> PyResult<QuotaPolicy> {
    let per_village = per_village.or(quota).ok_or_else(|| {
        errors::simple(
            py,
            "RuleError",
            "no_quota",
            "per_village: expected a number (this rule has no quota of its own)".into(),
        )
    })?;
    let mut policy = QuotaPolicy::with_default_ranking(per_village);
    if let Some(r) = ranking.filter(|r| !r.is_none()) {
        policy.ranking = from_py(py, r)?;
    }
    Ok(policy)
}

/// Screens one participant (a dict) against a preset name or a rule (a dict), on a date;
/// returns the eligibility and one outcome with its reason code per criterion.
#[pyfunction]
#[pyo3(signature = (rule, participant, on, params = None))]
pub fn screen<'py>(
    py: Python<'py>,
    rule: &Bound<'py, PyAny>,
    participant: &Bound<'py, PyAny>,
    on: &Bound<'py, PyAny>,
    params: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, _) = rule_and_quota(py, rule, params)?;
    let p: Participant = from_py(py, participant)?;
    to_py(py, &rule.screen(&p, date(py, on)?))
}

/// Selects up to `per_village` eligible people per kelurahan (a preset's own quota when
/// omitted), ranking neediest first unless `ranking` names other keys.
#[pyfunction]
#[pyo3(signature = (rule, participants, sites, on, per_village = None, ranking = None, params = None))]
#[allow(clippy::too_many_arguments)]
pub fn select_quota<'py>(
    py: Python<'py>,
    rule: &Bound<'py, PyAny>,
    participants: &Bound<'py, PyAny>,
    sites: &Bound<'py, PyAny>,
    on: &Bound<'py, PyAny>,
    per_village: Option<&Bound<'py, PyAny>>,
    ranking: Option<&Bound<'py, PyAny>>,
    params: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (rule, quota) = rule_and_quota(py, rule, params)?;
    let per_village = errors::opt_int(py, per_village, "per_village", (0, i64::from(u32::MAX)))?;
    let people: Vec<Participant> = from_py(py, participants)?;
    let sites: Vec<Site> = from_py(py, sites)?;
    let policy = quota_policy(py, per_village, quota, ranking)?;
    let selection = select(&people, &sites, &rule, date(py, on)?, &policy)
        .map_err(|e| errors::simple(py, "RuleError", e.code(), e.to_string()))?;
    to_py(py, &selection)
}

/// The preset ids.
#[pyfunction]
pub fn presets() -> Vec<&'static str> {
    PresetId::ALL.iter().map(|p| p.code()).collect()
}
