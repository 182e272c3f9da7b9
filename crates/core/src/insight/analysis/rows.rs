//! The row types of [`Analysis`](crate::insight::analysis::Analysis): one flat, serialisable
//! struct per kind of result, carrying stable codes beside labels in one language.

use serde::Serialize;

/// One stage of one Adi process.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
// All seven stages of each process, numbered in order.
for (i, row) in a.stages.iter().enumerate() {
    assert_eq!(usize::from(row.number), i % 7 + 1);
}
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct StageRow {
    /// Process id.
    pub process: String,
    /// Process label.
    pub process_label: String,
    /// Stage code.
    pub stage: &'static str,
    /// Stage number, 1 to 7.
    pub number: u8,
    /// Stage label.
    pub stage_label: &'static str,
    /// Status code.
    pub status: &'static str,
    /// Status label.
    pub status_label: &'static str,
    /// Start (actual, else planned), as written.
    pub start: Option<String>,
    /// End (actual, else planned), as written.
    pub end: Option<String>,
    /// First day of the start, ISO.
    pub start_day: Option<String>,
    /// Last day of the end, ISO.
    pub end_day: Option<String>,
    /// Whether the dates are planned ones.
    pub planned: bool,
    /// Duration in days.
    pub duration_days: Option<i64>,
    /// Checklist items done.
    pub items_done: usize,
    /// Checklist items in all.
    pub items_total: usize,
    /// Evidence attached.
    pub has_evidence: bool,
    /// Completeness score, 0 to 1.
    pub score: f64,
    /// Highest involvement of the target group (code).
    pub target_involvement: Option<&'static str>,
    /// Its label.
    pub target_involvement_label: Option<&'static str>,
    /// Whose the involvement levels of this stage are (a [`Whose`] code: stated by the
    /// source, coded by an assessor, not recorded); `None` where none is recorded.
    ///
    /// [`Whose`]: crate::insight::provenance::Whose
    pub involvement_whose: Option<&'static str>,
    /// Its label.
    pub involvement_whose_label: Option<&'static str>,
    /// Obstacles.
    pub obstacles: Vec<String>,
}

/// One checklist item of one stage.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
// A standard item quotes the seed sentence it comes from.
assert!(a.checklist.iter().filter(|row| row.standard).all(|row| row.seed.is_some()));
// Every row names its process.
assert!(a.checklist.iter().all(|row| case.adi.iter().any(|p| p.id == row.process)));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ChecklistRow {
    /// Process id.
    pub process: String,
    /// Stage code.
    pub stage: &'static str,
    /// Item id.
    pub item: String,
    /// Item label.
    pub label: String,
    /// Whether it is a standard item.
    pub standard: bool,
    /// Done.
    pub done: bool,
    /// Evidence ids.
    pub evidence: Vec<String>,
    /// The seed sentence of a standard item.
    pub seed: Option<&'static str>,
}

/// Summary of one process.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
assert_eq!(a.processes.len(), case.adi.len());
assert!(a.processes.iter().all(|p| (0.0..=1.0).contains(&p.completeness)));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ProcessRow {
    /// Process id.
    pub process: String,
    /// Label.
    pub label: String,
    /// Overall completeness, 0 to 1.
    pub completeness: f64,
    /// First stage the target group is more than informed (code).
    pub first_beyond_inform: Option<&'static str>,
    /// First stage the target group is directly involved (code).
    pub first_direct_involvement: Option<&'static str>,
    /// Stages under way without evidence (codes).
    pub stages_without_evidence: Vec<&'static str>,
    /// Follow-ups still running after termination.
    pub follow_ups_running: usize,
}

/// The stage reached by one subject on one dimension.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
// A stage number of 0 is "not yet at the first stage", and then no stage is named.
for row in &a.progression {
    assert_eq!(row.reached_number == 0, row.reached.is_none());
}
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ProgressionRow {
    /// Subject id.
    pub subject: String,
    /// Subject kind: participant, cohort or group.
    pub subject_kind: &'static str,
    /// Readable subject.
    pub subject_label: String,
    /// Dimension code.
    pub dimension: &'static str,
    /// Dimension label.
    pub dimension_label: &'static str,
    /// Stage reached (code).
    pub reached: Option<&'static str>,
    /// Stage reached (number, 0 for none).
    pub reached_number: u8,
    /// Stage reached (label).
    pub reached_label: Option<&'static str>,
    /// Whose judgement the stage reached is (a `Whose` code).
    pub whose: &'static str,
    /// Its label.
    pub whose_label: &'static str,
}

/// Graduation readiness of one subject.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
assert_eq!(a.readiness.len(), case.sulistiyani.len());
// Ready exactly when nothing is missing.
assert!(a.readiness.iter().all(|r| r.ready == r.missing.is_empty()));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ReadinessRow {
    /// Subject id.
    pub subject: String,
    /// Ready to graduate.
    pub ready: bool,
    /// Dimensions missing (labels), with where they stand.
    pub missing: Vec<String>,
}

/// One 5M finding.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
assert_eq!(a.five_m.len(), case.five_m.len());
// The weight carries the direction's sign: an inhibitor counts against.
for f in &a.five_m {
    assert_eq!(f.signed_weight.unsigned_abs(), u32::from(f.weight));
}
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct FindingRow {
    /// Priority rank, 1 first.
    pub priority: usize,
    /// Id.
    pub id: String,
    /// Factor code.
    pub factor: &'static str,
    /// Factor label.
    pub factor_label: &'static str,
    /// Direction code.
    pub direction: &'static str,
    /// Direction label.
    pub direction_label: &'static str,
    /// Weight.
    pub weight: u8,
    /// Weight signed: positive for drivers, negative for inhibitors.
    pub signed_weight: i32,
    /// Description.
    pub description: String,
    /// Evidence ids.
    pub evidence: Vec<String>,
    /// Whose judgement the finding and its weight are (a `Whose` code).
    pub whose: &'static str,
    /// Its label.
    pub whose_label: &'static str,
}

/// One Ansell–Gash indicator rating.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
// Every indicator of the rubric has a row; one not rated has no score, never a zero.
assert_eq!(a.ansell_gash.len(), berdaya::RUBRIC.indicators.len());
assert!(a.ansell_gash.iter().all(|r| r.score != Some(0)));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct RatingRow {
    /// Indicator id.
    pub indicator: &'static str,
    /// Label.
    pub label: &'static str,
    /// Component code.
    pub component: &'static str,
    /// Component label.
    pub component_label: &'static str,
    /// Score (`None`: not observed).
    pub score: Option<u8>,
    /// Rated without evidence.
    pub without_evidence: bool,
    /// Evidence ids.
    pub evidence: Vec<String>,
    /// Whose judgement the score is (a `Whose` code).
    pub whose: &'static str,
    /// Its label.
    pub whose_label: &'static str,
}

/// One Ansell–Gash component mean.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
for c in &a.ansell_gash_components {
    // A mean rests on the indicators rated; none rated, no mean.
    assert!(c.rated <= c.total);
    assert_eq!(c.rated == 0, c.mean.is_none());
}
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ComponentRow {
    /// Component code.
    pub component: &'static str,
    /// Label.
    pub label: &'static str,
    /// Mean of rated indicators.
    pub mean: Option<f64>,
    /// Rated indicators.
    pub rated: usize,
    /// All indicators.
    pub total: usize,
    /// Band label.
    pub band: Option<&'static str>,
    /// What kind of number the band's cut points are (a `Basis` code: a borrowed convention
    /// by default, set by the user when changed).
    pub band_basis: &'static str,
    /// Its label.
    pub band_basis_label: &'static str,
    /// Whose judgement the ratings averaged are (a `Whose` code).
    pub whose: &'static str,
    /// Its label.
    pub whose_label: &'static str,
}

/// One diagnostic.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Diagnosis, Lang, Thresholds};
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::Id);
let findings = Diagnosis::of(&case, &Thresholds::default()).findings;
assert_eq!(a.diagnostics.len(), findings.len());
// Each finding says what to do, and which seed the rule comes from.
assert!(a.diagnostics.iter().all(|d| !d.recommendation.is_empty() && !d.seed.is_empty()));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct DiagnosticRow {
    /// Stable id.
    pub id: &'static str,
    /// Title.
    pub title: &'static str,
    /// Severity code.
    pub severity: &'static str,
    /// Severity label.
    pub severity_label: &'static str,
    /// What was found.
    pub finding: String,
    /// Recommendation, fitted to the finding.
    pub recommendation: String,
    /// Seed file.
    pub seed: &'static str,
    /// Evidence ids.
    pub evidence: Vec<String>,
    /// The thresholds used, as `code=value (basis label)`.
    pub thresholds: Vec<String>,
    /// What kind of number each threshold used is (`Basis` codes, in the order of
    /// `thresholds`): observed in the source, programme rule, assumption, borrowed
    /// convention, set by the user.
    pub threshold_bases: Vec<&'static str>,
}

/// One thing a diagnostic could not judge, and what to record.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("wrse-junrejo").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
// Not judged is never silent: each row says what to record.
assert!(a.not_judged.iter().all(|n| !n.to_record.is_empty()));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct NotJudgedRow {
    /// The diagnostic's stable id.
    pub id: &'static str,
    /// Its title.
    pub title: &'static str,
    /// The records concerned, as read in the finding text (empty: the whole case).
    pub subjects: String,
    /// What to record so that it can be judged.
    pub to_record: &'static str,
}

/// One evidence item.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::analysis::Analysis;
use berdaya::{Lang, Thresholds};
let case = berdaya::cases::load("wrse-junrejo").unwrap();
let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
let ids: Vec<&str> = a.evidence.iter().map(|e| e.id.as_str()).collect();
let recorded: Vec<&str> = case.evidence.iter().map(|e| e.id.as_str()).collect();
assert_eq!(ids, recorded);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct EvidenceRow {
    /// Id.
    pub id: String,
    /// Kind code.
    pub kind: &'static str,
    /// Kind label.
    pub kind_label: &'static str,
    /// Verbatim text.
    pub text: String,
    /// English gloss, when given.
    pub gloss_en: Option<String>,
    /// Informant code.
    pub informant: Option<String>,
    /// Informant role.
    pub role: Option<String>,
    /// Date as written.
    pub date: Option<String>,
    /// What it supports, as `kind:id`.
    pub supports: Vec<String>,
    /// Qualitative codes.
    pub codes: Vec<String>,
}
