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
//! assert!(a.diagnostics.iter().any(|d| d.id == "facilitator_caseload"));
//! ```

use serde::Serialize;

use crate::frameworks::adi::{
    first_beyond_inform, first_direct_involvement, stages_without_evidence,
    target_group_involvement, AdiStage, Completeness, Timeline,
};
use crate::frameworks::ansell_gash::Scores;
use crate::frameworks::fivem;
use crate::frameworks::sulistiyani::{GraduationPolicy, Readiness, Subject};
use crate::insight::diagnostics::{Diagnosis, Diagnostic, Thresholds};
use crate::model::case::Case;
use crate::model::lang::{Labelled, Lang};

/// One stage of one Adi process.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    /// Obstacles.
    pub obstacles: Vec<String>,
}

/// One checklist item of one stage.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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
}

/// Graduation readiness of one subject.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReadinessRow {
    /// Subject id.
    pub subject: String,
    /// Ready to graduate.
    pub ready: bool,
    /// Dimensions missing (labels), with where they stand.
    pub missing: Vec<String>,
}

/// One 5M finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
}

/// One Ansell–Gash indicator rating.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
}

/// One Ansell–Gash component mean.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
}

/// One diagnostic.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
}

/// One thing a diagnostic could not judge, and what to record.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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

/// Every analysis of a case, in one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
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

fn diagnostic_row(case: &Case, d: &Diagnostic, lang: Lang) -> DiagnosticRow {
    DiagnosticRow {
        id: d.id.code(),
        title: d.id.label(lang),
        severity: d.severity.code(),
        severity_label: d.severity.label(lang),
        finding: d.finding(case, lang),
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
    }
}

fn ids(v: &[crate::model::ids::EvidenceId]) -> Vec<String> {
    v.iter().map(|e| e.to_string()).collect()
}

impl Analysis {
    /// Runs every analysis on `case`, labelled in `lang`.
    pub fn of(case: &Case, thresholds: &Thresholds, lang: Lang) -> Analysis {
        let mut processes = Vec::new();
        let mut stages = Vec::new();
        let mut checklist = Vec::new();
        for p in &case.adi {
            let completeness = Completeness::of(p);
            let timeline = Timeline::of(p);
            let involvement = target_group_involvement(p, case);
            for s in &completeness.stages {
                let entry = timeline.entries.iter().find(|e| e.stage == s.stage);
                let level = involvement
                    .iter()
                    .find(|(stage, _)| *stage == s.stage)
                    .and_then(|(_, l)| *l);
                let record = p.record(s.stage);
                stages.push(StageRow {
                    process: p.id.clone(),
                    process_label: p.label.get(lang).to_owned(),
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
                    obstacles: record
                        .map(|r| {
                            r.obstacles
                                .iter()
                                .map(|o| o.description.get(lang).to_owned())
                                .collect()
                        })
                        .unwrap_or_default(),
                });
                let standard = crate::frameworks::adi::standard_items(s.stage);
                for item in standard {
                    let rec = record.and_then(|r| r.checklist.iter().find(|c| c.id == item.id));
                    checklist.push(ChecklistRow {
                        process: p.id.clone(),
                        stage: s.stage.code(),
                        item: item.id.to_owned(),
                        label: lang.pick(item.label_id, item.label_en).to_owned(),
                        standard: true,
                        done: rec.is_some_and(|c| c.done),
                        evidence: rec.map(|c| ids(&c.evidence)).unwrap_or_default(),
                        seed: Some(item.seed),
                    });
                }
                for c in record.map(|r| r.checklist.as_slice()).unwrap_or_default() {
                    if crate::frameworks::adi::standard_items(s.stage).any(|i| i.id == c.id) {
                        continue;
                    }
                    checklist.push(ChecklistRow {
                        process: p.id.clone(),
                        stage: s.stage.code(),
                        item: c.id.clone(),
                        label: c
                            .label
                            .as_ref()
                            .map_or_else(|| c.id.clone(), |l| l.get(lang).to_owned()),
                        standard: false,
                        done: c.done,
                        evidence: ids(&c.evidence),
                        seed: None,
                    });
                }
            }
            processes.push(ProcessRow {
                process: p.id.clone(),
                label: p.label.get(lang).to_owned(),
                completeness: completeness.overall,
                first_beyond_inform: first_beyond_inform(p, case).map(|(s, _)| s.code()),
                first_direct_involvement: first_direct_involvement(p, case).map(|(s, _)| s.code()),
                stages_without_evidence: stages_without_evidence(p, case, None)
                    .into_iter()
                    .map(AdiStage::code)
                    .collect(),
                follow_ups_running: p.follow_ups.iter().filter(|f| f.still_running).count(),
            });
        }

        let subject = |s: &Subject| -> (String, &'static str, String) {
            match s {
                Subject::Participant(id) => (id.to_string(), "participant", id.to_string()),
                Subject::Cohort(id) => (
                    id.to_string(),
                    "cohort",
                    case.cohorts
                        .iter()
                        .find(|c| &c.id == id)
                        .map_or_else(|| id.to_string(), |c| c.label.get(lang).to_owned()),
                ),
                Subject::Group(id) => (
                    id.to_string(),
                    "group",
                    case.stakeholder(id)
                        .map_or_else(|| id.to_string(), |s| s.name.clone()),
                ),
            }
        };
        let mut progression = Vec::new();
        let mut readiness = Vec::new();
        for p in &case.sulistiyani {
            let (id, kind, label) = subject(&p.subject);
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

        let five_m = fivem::priorities(&case.five_m)
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
                description: f.description.get(lang).to_owned(),
                evidence: ids(&f.evidence),
            })
            .collect();

        let scores = case.ansell_gash.as_ref().and_then(|a| Scores::of(a).ok());
        let ratings = case
            .ansell_gash
            .as_ref()
            .map(|a| a.ratings.as_slice())
            .unwrap_or_default();
        let ansell_gash = scores
            .iter()
            .flat_map(|s| s.indicators.iter())
            .map(|i| RatingRow {
                indicator: i.indicator.id,
                label: lang.pick(i.indicator.label_id, i.indicator.label_en),
                component: i.indicator.component.code(),
                component_label: i.indicator.component.label(lang),
                score: i.score,
                without_evidence: i.without_evidence,
                evidence: ratings
                    .iter()
                    .find(|r| r.indicator == i.indicator.id)
                    .map(|r| ids(&r.evidence))
                    .unwrap_or_default(),
            })
            .collect();
        let ansell_gash_components = scores
            .iter()
            .flat_map(|s| s.components.iter())
            .map(|c| ComponentRow {
                component: c.key.code(),
                label: c.key.label(lang),
                mean: c.mean,
                rated: c.rated,
                total: c.total,
                band: c.band.map(|b| b.label(lang)),
            })
            .collect();

        let diagnosis = Diagnosis::of(case, thresholds);
        let diagnostics = diagnosis
            .findings
            .iter()
            .map(|d| diagnostic_row(case, d, lang))
            .collect();
        let not_judged = diagnosis
            .not_judged
            .iter()
            .map(|n| NotJudgedRow {
                id: n.id.code(),
                title: n.id.label(lang),
                subjects: Diagnostic::describe(case, &n.subjects, lang),
                to_record: n.what_to_record(lang),
            })
            .collect();

        let evidence = case
            .evidence
            .iter()
            .map(|e| EvidenceRow {
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
            })
            .collect();

        Analysis {
            case: case.id.clone(),
            lang,
            processes,
            stages,
            checklist,
            progression,
            readiness,
            five_m,
            ansell_gash,
            ansell_gash_components,
            ansell_gash_overall: scores.and_then(|s| s.overall),
            diagnostics,
            not_judged,
            evidence,
        }
    }
}
