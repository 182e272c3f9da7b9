//! Every analysis of a case as flat, labelled rows — what tables, plots and bindings use.
//!
//! [`Analysis::of`] runs the frameworks and diagnostics once and returns rows that carry both
//! the stable codes and the labels in the language asked for, so that a binding (pandas,
//! polars, a web page) only reshapes them and never needs a rule or a label of its own.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::analysis::Analysis;
//! use berdaya::insight::diagnostics::Thresholds;
//! use berdaya::model::lang::Lang;
//! let case = berdaya::cases::load("p2k2-karawaci").unwrap();
//! let a = Analysis::of(&case, &Thresholds::default(), Lang::En);
//! assert!(a.readiness.iter().all(|r| !r.ready));
//! assert!(a.diagnostics.iter().any(|d| d.id == "low_attendance"));
//! assert!(a.five_m.iter().all(|f| f.whose == "coded_by_assessor"));
//! ```

use serde::Serialize;

use crate::frameworks::adi::{
    first_beyond_inform, first_direct_involvement, profile_items, stages_without_evidence,
    standard_item, target_group_involvement, AdiProcess, AdiStage, Completeness, Involvement,
    StageCompleteness, Timeline, TimelineEntry,
};
use crate::frameworks::ansell_gash::Scores;
use crate::frameworks::fivem;
use crate::frameworks::sulistiyani::{GraduationPolicy, Readiness, Subject};
use crate::insight::diagnostics::{Describer, Diagnosis, Diagnostic, Threshold, Thresholds};
use crate::insight::provenance::{Basis, Whose};
use crate::model::case::Case;
use crate::model::coding::Coding;
use crate::model::evidence::Evidence;
use crate::model::lang::{Labelled, Lang};

mod rows;
pub use rows::{
    ChecklistRow, ComponentRow, DiagnosticRow, EvidenceRow, FindingRow, NotJudgedRow, ProcessRow,
    ProgressionRow, RatingRow, ReadinessRow, StageRow,
};

/// Every analysis of a case, in one language.
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
let a = Analysis::of(&case, &Thresholds::default(), Lang::Id);
assert_eq!(a.case, case.id);
assert_eq!(a.stages.len(), 7 * case.adi.len(), "all seven stages of every process");
assert!(a.ansell_gash.is_empty(), "this case records no Ansell–Gash assessment");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Analysis {
    /// The case id.
    pub case: String,
    /// The language of the labels.
    pub lang: Lang,
    /// One row per Adi process.
    pub processes: Vec<ProcessRow>,
    /// One row per stage per process (all seven).
    pub stages: Vec<StageRow>,
    /// Every checklist item.
    pub checklist: Vec<ChecklistRow>,
    /// Sulistiyani stage reached per subject and dimension.
    pub progression: Vec<ProgressionRow>,
    /// Graduation readiness per subject.
    pub readiness: Vec<ReadinessRow>,
    /// 5M findings by priority.
    pub five_m: Vec<FindingRow>,
    /// Ansell–Gash ratings of every rubric indicator (when assessed).
    pub ansell_gash: Vec<RatingRow>,
    /// Ansell–Gash component means.
    pub ansell_gash_components: Vec<ComponentRow>,
    /// Ansell–Gash overall mean.
    pub ansell_gash_overall: Option<f64>,
    /// Diagnostics that fired.
    pub diagnostics: Vec<DiagnosticRow>,
    /// What the diagnostics could not judge for want of records (never a finding).
    pub not_judged: Vec<NotJudgedRow>,
    /// Evidence.
    pub evidence: Vec<EvidenceRow>,
}

fn target_code(t: &crate::model::evidence::Target) -> String {
    use crate::model::evidence::Target;
    match t {
        Target::Programme => "programme".to_owned(),
        Target::Site(id) => format!("site:{id}"),
        Target::Stakeholder(id) => format!("stakeholder:{id}"),
        Target::Activity(id) => format!("activity:{id}"),
        Target::Participant(id) => format!("participant:{id}"),
        Target::Cohort(id) => format!("cohort:{id}"),
        Target::Assistance(id) => format!("assistance:{id}"),
        Target::Figure(id) => format!("figure:{id}"),
        Target::AdiStage(s) => format!("adi_stage:{}", s.code()),
    }
}

fn diagnostic_row(words: &Describer<'_>, d: &Diagnostic, lang: Lang) -> DiagnosticRow {
    DiagnosticRow {
        id: d.id.code(),
        title: d.id.label(lang),
        severity: d.severity.code(),
        severity_label: d.severity.label(lang),
        finding: words.finding(d, lang),
        recommendation: d.recommendation(lang),
        seed: d.id.seed(),
        evidence: ids(&d.evidence),
        thresholds: d
            .thresholds
            .iter()
            .map(|u| {
                let value = u.value.map(|v| format!("={v}")).unwrap_or_default();
                format!("{}{value} ({})", u.threshold.code(), u.basis.label(lang))
            })
            .collect(),
        threshold_bases: d.thresholds.iter().map(|u| u.basis.code()).collect(),
    }
}

/// Whose a judgement with its own coding is, against the default (the case's or the
/// assessment's): the code and the label in `lang`.
fn whose(
    own: Option<&Coding>,
    default: Option<&Coding>,
    lang: Lang,
) -> (&'static str, &'static str) {
    let w = Whose::of(Coding::resolve(own, default));
    (w.code(), w.label(lang))
}

fn ids(v: &[crate::model::ids::EvidenceId]) -> Vec<String> {
    v.iter().map(|e| e.to_string()).collect()
}

impl Analysis {
    /// Runs every analysis on `case`, labelled in `lang` (the type's page has the example).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::analysis::Analysis;
    /// use berdaya::{Lang, Thresholds};
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let id = Analysis::of(&case, &Thresholds::default(), Lang::Id);
    /// let en = Analysis::of(&case, &Thresholds::default(), Lang::En);
    /// // The same rows in either language; only the labels change.
    /// assert_eq!(id.stages.len(), en.stages.len());
    /// assert_eq!(id.stages[0].stage, en.stages[0].stage);
    /// assert_ne!(id.stages[0].stage_label, en.stages[0].stage_label);
    /// ```
    pub fn of(case: &Case, thresholds: &Thresholds, lang: Lang) -> Analysis {
        let AdiRows {
            processes,
            stages,
            checklist,
        } = adi_rows(case, lang);
        let (progression, readiness) = sulistiyani_rows(case, lang);
        let scores = case
            .ansell_gash
            .as_ref()
            .and_then(|a| Scores::banded(a, &thresholds.ansell_gash_banding()).ok());
        let diagnosis = Diagnosis::of(case, thresholds);
        let words = Describer::new(case);
        Analysis {
            case: case.id.clone(),
            lang,
            processes,
            stages,
            checklist,
            progression,
            readiness,
            five_m: five_m_rows(case, lang),
            ansell_gash: rating_rows(case, scores.as_ref(), lang),
            ansell_gash_components: component_rows(case, scores.as_ref(), thresholds, lang),
            ansell_gash_overall: scores.and_then(|s| s.overall),
            diagnostics: diagnosis
                .findings
                .iter()
                .map(|d| diagnostic_row(&words, d, lang))
                .collect(),
            not_judged: not_judged_rows(&words, &diagnosis, lang),
            evidence: case
                .evidence
                .iter()
                .map(|e| evidence_row(e, lang))
                .collect(),
        }
    }
}

/// The three kinds of Adi rows, for every process of a case.
#[derive(Default)]
struct AdiRows {
    processes: Vec<ProcessRow>,
    stages: Vec<StageRow>,
    checklist: Vec<ChecklistRow>,
}

fn adi_rows(case: &Case, lang: Lang) -> AdiRows {
    let mut rows = AdiRows::default();
    for p in &case.adi {
        let completeness = Completeness::of(p);
        let timeline = Timeline::of(p);
        let involvement = target_group_involvement(p, case);
        for s in &completeness.stages {
            let level = involvement
                .iter()
                .find(|(stage, _)| *stage == s.stage)
                .and_then(|(_, l)| *l);
            let entry = timeline.entries.iter().find(|e| e.stage == s.stage);
            let mut row = stage_row(p, s, entry, level, lang);
            let involvement = p.record(s.stage).and_then(|r| r.involvement.first());
            if let Some(i) = involvement {
                let (code, label) = whose(i.coding.as_ref(), case.coding.as_ref(), lang);
                row.involvement_whose = Some(code);
                row.involvement_whose_label = Some(label);
            }
            rows.stages.push(row);
            checklist_rows(p, s.stage, lang, &mut rows.checklist);
        }
        rows.processes
            .push(process_row(case, p, &completeness, lang));
    }
    rows
}

fn stage_row(
    p: &AdiProcess,
    s: &StageCompleteness,
    entry: Option<&TimelineEntry>,
    level: Option<Involvement>,
    lang: Lang,
) -> StageRow {
    let record = p.record(s.stage);
    StageRow {
        process: p.id.clone(),
        process_label: p.label.get(lang).into_owned(),
        stage: s.stage.code(),
        number: s.stage.number(),
        stage_label: s.stage.label(lang),
        status: s.status.code(),
        status_label: s.status.label(lang),
        start: entry.and_then(|e| e.start).map(|d| d.to_string()),
        end: entry.and_then(|e| e.end).map(|d| d.to_string()),
        start_day: entry
            .and_then(|e| e.start)
            .map(|d| d.earliest().to_string()),
        end_day: entry.and_then(|e| e.end).map(|d| d.latest().to_string()),
        planned: entry.is_some_and(|e| e.planned),
        duration_days: entry.and_then(|e| e.duration_days),
        items_done: s.items_done,
        items_total: s.items_total,
        has_evidence: s.has_evidence,
        score: s.score,
        target_involvement: level.map(|l| l.code()),
        target_involvement_label: level.map(|l| l.label(lang)),
        involvement_whose: None,
        involvement_whose_label: None,
        obstacles: record
            .map(|r| {
                r.obstacles
                    .iter()
                    .map(|o| o.description.get(lang).into_owned())
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The checklist of one stage: the items of the profile the process follows, then every
/// other item its record lists (custom items, and other profiles' items marked as such).
fn checklist_rows(p: &AdiProcess, stage: AdiStage, lang: Lang, out: &mut Vec<ChecklistRow>) {
    let record = p.record(stage);
    let recorded = |id: &str| record.and_then(|r| r.checklist.iter().find(|c| c.id == id));
    for item in profile_items(p.checklist_profile, stage) {
        let rec = recorded(item.id);
        out.push(ChecklistRow {
            process: p.id.clone(),
            stage: stage.code(),
            item: item.id.to_owned(),
            label: lang.pick(item.label_id, item.label_en).to_owned(),
            standard: true,
            done: rec.is_some_and(|c| c.done),
            evidence: rec.map(|c| ids(&c.evidence)).unwrap_or_default(),
            seed: Some(item.seed),
        });
    }
    for c in record.map(|r| r.checklist.as_slice()).unwrap_or_default() {
        if profile_items(p.checklist_profile, stage).any(|i| i.id == c.id) {
            continue;
        }
        let known = standard_item(stage, &c.id);
        out.push(ChecklistRow {
            process: p.id.clone(),
            stage: stage.code(),
            item: c.id.clone(),
            label: c.label.as_ref().map_or_else(
                || {
                    known.map_or_else(
                        || c.id.clone(),
                        |i| lang.pick(i.label_id, i.label_en).to_owned(),
                    )
                },
                |l| l.get(lang).into_owned(),
            ),
            standard: false,
            done: c.done,
            evidence: ids(&c.evidence),
            seed: known.map(|i| i.seed),
        });
    }
}

fn process_row(case: &Case, p: &AdiProcess, completeness: &Completeness, lang: Lang) -> ProcessRow {
    ProcessRow {
        process: p.id.clone(),
        label: p.label.get(lang).into_owned(),
        completeness: completeness.overall,
        first_beyond_inform: first_beyond_inform(p, case).map(|(s, _)| s.code()),
        first_direct_involvement: first_direct_involvement(p, case).map(|(s, _)| s.code()),
        stages_without_evidence: stages_without_evidence(p, case, None)
            .into_iter()
            .map(AdiStage::code)
            .collect(),
        follow_ups_running: p.follow_ups.iter().filter(|f| f.still_running).count(),
    }
}

/// A Sulistiyani subject's id, kind and readable label.
fn subject(case: &Case, s: &Subject, lang: Lang) -> (String, &'static str, String) {
    match s {
        Subject::Participant(id) => (id.to_string(), "participant", id.to_string()),
        Subject::Cohort(id) => (
            id.to_string(),
            "cohort",
            case.cohorts
                .iter()
                .find(|c| &c.id == id)
                .map_or_else(|| id.to_string(), |c| c.label.get(lang).into_owned()),
        ),
        Subject::Group(id) => (
            id.to_string(),
            "group",
            case.stakeholder(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone()),
        ),
    }
}

fn sulistiyani_rows(case: &Case, lang: Lang) -> (Vec<ProgressionRow>, Vec<ReadinessRow>) {
    let mut progression = Vec::new();
    let mut readiness = Vec::new();
    for p in &case.sulistiyani {
        let (id, kind, label) = subject(case, &p.subject, lang);
        for d in &p.dimensions {
            progression.push(ProgressionRow {
                subject: id.clone(),
                subject_kind: kind,
                subject_label: label.clone(),
                dimension: d.dimension.code(),
                dimension_label: d.dimension.label(lang),
                reached: d.reached.map(|s| s.code()),
                reached_number: d.reached.map_or(0, |s| s.number()),
                reached_label: d.reached.map(|s| s.label(lang)),
                whose: whose(d.coding.as_ref(), case.coding.as_ref(), lang).0,
                whose_label: whose(d.coding.as_ref(), case.coding.as_ref(), lang).1,
            });
        }
        let r = Readiness::of(p, &GraduationPolicy::default());
        readiness.push(ReadinessRow {
            subject: id,
            ready: r.ready,
            missing: r
                .missing
                .iter()
                .map(|m| {
                    format!(
                        "{} ({})",
                        m.dimension.label(lang),
                        m.reached.map_or("—", |s| s.label(lang))
                    )
                })
                .collect(),
        });
    }
    (progression, readiness)
}

fn five_m_rows(case: &Case, lang: Lang) -> Vec<FindingRow> {
    fivem::priorities(&case.five_m)
        .into_iter()
        .enumerate()
        .map(|(i, f)| FindingRow {
            priority: i + 1,
            id: f.id.clone(),
            factor: f.factor.code(),
            factor_label: f.factor.label(lang),
            direction: f.direction.code(),
            direction_label: f.direction.label(lang),
            weight: f.weight,
            signed_weight: match f.direction {
                fivem::Direction::Driver => i32::from(f.weight),
                fivem::Direction::Inhibitor => -i32::from(f.weight),
            },
            description: f.description.get(lang).into_owned(),
            evidence: ids(&f.evidence),
            whose: whose(f.coding.as_ref(), case.coding.as_ref(), lang).0,
            whose_label: whose(f.coding.as_ref(), case.coding.as_ref(), lang).1,
        })
        .collect()
}

/// The coding every rating of the case's assessment defaults to: the assessment's own,
/// else the case's.
fn assessment_coding(case: &Case) -> Option<&Coding> {
    let own = case.ansell_gash.as_ref().and_then(|a| a.coding.as_ref());
    Coding::resolve(own, case.coding.as_ref())
}

fn rating_rows(case: &Case, scores: Option<&Scores>, lang: Lang) -> Vec<RatingRow> {
    let ratings = case
        .ansell_gash
        .as_ref()
        .map(|a| a.ratings.as_slice())
        .unwrap_or_default();
    let default = assessment_coding(case);
    scores
        .iter()
        .flat_map(|s| s.indicators.iter())
        .map(|i| {
            let rating = ratings.iter().find(|r| r.indicator == i.indicator.id);
            let (whose, whose_label) = whose(rating.and_then(|r| r.coding.as_ref()), default, lang);
            RatingRow {
                indicator: i.indicator.id,
                label: lang.pick(i.indicator.label_id, i.indicator.label_en),
                component: i.indicator.component.code(),
                component_label: i.indicator.component.label(lang),
                score: i.score,
                without_evidence: i.without_evidence,
                evidence: rating.map(|r| ids(&r.evidence)).unwrap_or_default(),
                whose,
                whose_label,
            }
        })
        .collect()
}

fn component_rows(
    case: &Case,
    scores: Option<&Scores>,
    thresholds: &Thresholds,
    lang: Lang,
) -> Vec<ComponentRow> {
    let (whose, whose_label) = whose(None, assessment_coding(case), lang);
    // Either cut point changed by the caller makes the bands the caller's.
    let basis = match thresholds.basis(Threshold::AnsellGashBorderlineFrom) {
        Basis::SetByCaller => Basis::SetByCaller,
        _ => thresholds.basis(Threshold::AnsellGashStrengthFrom),
    };
    scores
        .iter()
        .flat_map(|s| s.components.iter())
        .map(|c| ComponentRow {
            component: c.key.code(),
            label: c.key.label(lang),
            mean: c.mean,
            rated: c.rated,
            total: c.total,
            band: c.band.map(|b| b.label(lang)),
            band_basis: basis.code(),
            band_basis_label: basis.label(lang),
            whose,
            whose_label,
        })
        .collect()
}

fn not_judged_rows(words: &Describer<'_>, diagnosis: &Diagnosis, lang: Lang) -> Vec<NotJudgedRow> {
    diagnosis
        .not_judged
        .iter()
        .map(|n| NotJudgedRow {
            id: n.id.code(),
            title: n.id.label(lang),
            subjects: words.describe(&n.subjects, lang),
            to_record: n.what_to_record(lang),
        })
        .collect()
}

fn evidence_row(e: &Evidence, lang: Lang) -> EvidenceRow {
    EvidenceRow {
        id: e.id.to_string(),
        kind: e.kind.code(),
        kind_label: e.kind.label(lang),
        text: e.text.clone(),
        gloss_en: e.gloss_en.clone(),
        informant: e.informant.as_ref().map(|i| i.code.clone()),
        role: e.informant.as_ref().map(|i| i.role.clone()),
        date: e.date.map(|d| d.to_string()),
        supports: e.supports.iter().map(target_code).collect(),
        codes: e.codes.iter().map(|c| c.to_string()).collect(),
    }
}
