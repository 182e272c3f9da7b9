//! Small builders for the units' tests: an empty case, a training, a figure, a stakeholder.

use crate::model::activity::{Activity, ActivityKind, SkillUse, Topic};
use crate::model::case::Case;
use crate::model::figure::{Figure, Metric};
use crate::model::stakeholder::{Sector, Stakeholder};

/// An empty case, changed by `f`.
pub fn case_with(f: impl FnOnce(&mut Case)) -> Case {
    let mut case: Case = serde_json::from_str(
        r#"{"schema_version": 1, "id": "t", "title": {"id": "t", "en": "t"},
            "programme": {"name": {"id": "p", "en": "p"}, "acronym": "P",
                          "kind": "custom", "level": "city"}}"#,
    )
    .unwrap();
    f(&mut case);
    case
}

/// A sewing training with the given skill use.
pub fn training(id: &str, skill_use: Option<SkillUse>) -> Activity {
    let mut a: Activity = serde_json::from_str(&format!(
        r#"{{"id": "{id}", "kind": "training", "title": {{"id": "{id}", "en": "{id}"}}}}"#
    ))
    .unwrap();
    a.kind = ActivityKind::Training;
    a.topics = vec![Topic::Sewing];
    a.skill_use = skill_use;
    a
}

/// A figure of `metric` with no site or year.
pub fn figure(id: &str, metric: Metric, value: f64) -> Figure {
    let mut f: Figure = serde_json::from_str(&format!(
        r#"{{"id": "{id}", "metric": "beneficiaries", "value": 0}}"#
    ))
    .unwrap();
    f.metric = metric;
    f.value = value;
    f
}

/// A stakeholder of `sector` with no role.
pub fn stakeholder(id: &str, sector: Sector) -> Stakeholder {
    let mut s: Stakeholder = serde_json::from_str(&format!(
        r#"{{"id": "{id}", "name": "{id}", "sector": "government"}}"#
    ))
    .unwrap();
    s.sector = sector;
    s
}
