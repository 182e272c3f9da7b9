//! What every diagnostic unit is made of: its self-description ([`About`]), what it returns
//! ([`Verdict`]: findings, and what could not be judged), the [`Trigger`]s that name the
//! records a finding rests on, and the [`Context`] — the case with the indexes a unit needs to
//! stay linear.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::insight::diagnostics::thresholds::{Threshold, Thresholds};
use crate::insight::provenance::{Basis, Whose};
use crate::model::activity::Activity;
use crate::model::case::Case;
use crate::model::catalogue::Dimension;
use crate::model::evidence::{Evidence, EvidenceKind, Target};
use crate::model::figure::Figure;
use crate::model::ids::{ActivityId, AssistanceId, EvidenceId, FigureId, StakeholderId};
use crate::model::lang::{labelled_enum, Lang};
use crate::model::records::adi::AdiStage;
use crate::model::stakeholder::Sector;

labelled_enum! {
    in "berdaya::insight::diagnostics";
    /// How urgent a diagnostic is.
    #[non_exhaustive]
    pub enum Severity {
        /// Worth knowing.
        Info => ("info", "Catatan", "Note"),
        /// Needs attention.
        Warning => ("warning", "Perhatian", "Warning"),
        /// Undermines the programme's aim.
        Critical => ("critical", "Kritis", "Critical"),
    }
}

/// A text in both languages, fixed at compile time.
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::DiagnosticId;
/// use berdaya::Lang;
/// // Every diagnostic's title, in both languages.
/// for id in DiagnosticId::ALL {
///     let title = id.about().title;
///     assert_ne!(title.get(Lang::Id), title.get(Lang::En));
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Words {
    /// Bahasa Indonesia.
    pub indonesian: &'static str,
    /// English.
    pub english: &'static str,
}

impl Words {
    /// Both texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::Words;
    /// const LOW: Words = Words::new("Kehadiran rendah", "Low attendance");
    /// assert_eq!(LOW.indonesian, "Kehadiran rendah");
    /// ```
    pub const fn new(indonesian: &'static str, english: &'static str) -> Self {
        Words {
            indonesian,
            english,
        }
    }

    /// The text in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::Words;
    /// use berdaya::Lang;
    /// let low = Words::new("Kehadiran rendah", "Low attendance");
    /// assert_eq!((low.get(Lang::Id), low.get(Lang::En)), ("Kehadiran rendah", "Low attendance"));
    /// ```
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.indonesian, self.english)
    }
}

/// What a diagnostic says about itself, in one place (ruff's rule docs, clippy's lint blocks).
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::DiagnosticId;
/// let about = DiagnosticId::LowAttendance.about();
/// // Whose rule it is: the seed and its sentence, verbatim; and what to record to judge it.
/// assert!(!about.seed.is_empty() && !about.seed_quote.is_empty());
/// assert!(!about.needs.english.is_empty());
/// assert_eq!(about.code, DiagnosticId::LowAttendance.code());
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct About {
    /// Its stable code.
    pub code: &'static str,
    /// Its title.
    pub title: Words,
    /// How urgent its findings are.
    pub severity: Severity,
    /// The seed it comes from.
    pub seed: &'static str,
    /// The seed's sentence it rests on, verbatim.
    pub seed_quote: &'static str,
    /// What it finds.
    pub finds: Words,
    /// What must be recorded for it to be judged.
    pub needs: Words,
    /// What to do, in general; a finding may tailor it (see `Diagnostic::recommendation`).
    pub recommendation: Words,
    /// The thresholds it uses.
    pub thresholds: &'static [Threshold],
    /// A recommendation that follows a finding's triggers, when the general one would not fit.
    pub tailor: Option<fn(&[Trigger], Lang) -> String>,
}

/// What triggered a diagnostic.
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::{Diagnosis, Thresholds, Trigger};
/// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
/// let diagnosis = Diagnosis::of(&case, &Thresholds::default());
/// // A missing pentahelix sector is named by its sector, one the case lacks.
/// for d in &diagnosis.findings {
///     for t in &d.triggers {
///         if let Trigger::Sector(s) = t {
///             assert!(!case.stakeholders.iter().any(|x| x.sector == *s));
///         }
///     }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Trigger {
    /// An activity.
    Activity(ActivityId),
    /// A stakeholder.
    Stakeholder(StakeholderId),
    /// A hand-over of assistance (one that did not reach the training's participants).
    Assistance(AssistanceId),
    /// A figure with its value.
    Figure {
        /// The figure.
        id: FigureId,
        /// Its value.
        value: f64,
    },
    /// A computed value against its threshold.
    Measure {
        /// The value.
        value: f64,
        /// The threshold it crossed.
        threshold: f64,
    },
    /// A missing pentahelix sector.
    Sector(Sector),
    /// A stage of an Adi process.
    Stage {
        /// The process id.
        process: String,
        /// The stage.
        stage: AdiStage,
    },
    /// A dimension's stage in a progression.
    Dimension {
        /// The dimension.
        dimension: Dimension,
        /// Its stage number reached (0: none).
        reached: u8,
    },
    /// The last fiscal year.
    FiscalYear(i32),
    /// No evidence of this kind is recorded for the stages that follow.
    NoEvidenceOfKind(EvidenceKind),
    /// The case states that the list the finding reads as empty (the capital or tools after
    /// the training before it, or the market access for its products) is recorded in full;
    /// whose statement that is.
    RecordedInFull(Whose),
}

/// A threshold a finding used, with whose judgement it is.
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::{Diagnosis, Thresholds};
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// let t = Thresholds::default();
/// // Each threshold a finding used carries the value it had here.
/// for d in &Diagnosis::of(&case, &t).findings {
///     assert!(d.thresholds.iter().all(|u| u.value == t.value(u.threshold)));
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThresholdUse {
    /// Which threshold.
    pub threshold: Threshold,
    /// Its value (`None` for a list such as the required sectors).
    pub value: Option<f64>,
    /// What kind of number it is.
    pub basis: Basis,
}

impl ThresholdUse {
    /// The use of `threshold` as `thresholds` sets it.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Threshold, ThresholdUse, Thresholds};
    /// use berdaya::insight::provenance::Basis;
    /// let mut t = Thresholds::default();
    /// t.attendance_min_percent = 60.0;
    /// let used = ThresholdUse::of(&t, Threshold::AttendanceMinPercent);
    /// assert_eq!((used.value, used.basis), (Some(60.0), Basis::SetByCaller));
    /// ```
    pub fn of(thresholds: &Thresholds, threshold: Threshold) -> Self {
        ThresholdUse {
            threshold,
            value: thresholds.value(threshold),
            basis: thresholds.basis(threshold),
        }
    }
}

/// One finding of a unit, before it is stamped with the unit's id.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Found {
    /// The records and figures it rests on.
    pub triggers: Vec<Trigger>,
    /// The records it is about; its evidence must support one of them (or be coded for it).
    pub about: Vec<Target>,
    /// Evidence for it (each item backs one of the triggers).
    pub evidence: Vec<EvidenceId>,
}

/// Something a unit could not judge, and what to record so that it can.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Unjudged {
    /// The records concerned (empty: the case as a whole).
    pub subjects: Vec<Trigger>,
    /// What is missing and what to record.
    pub needs: Words,
}

/// What a unit returns: findings on recorded facts, and what it could not judge. Both empty
/// means "clear".
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Verdict {
    /// Findings.
    pub found: Vec<Found>,
    /// What could not be judged.
    pub unjudged: Vec<Unjudged>,
}

impl Verdict {
    /// Adds a finding when it has triggers, its evidence in order and without repeats.
    pub fn find(&mut self, mut found: Found) {
        if !found.triggers.is_empty() {
            crate::model::order::sort(&mut found.evidence);
            found.evidence.dedup();
            self.found.push(found);
        }
    }

    /// Adds what could not be judged about `subjects` (empty: the case as a whole).
    pub fn cannot_judge(&mut self, subjects: Vec<Trigger>, needs: Words) {
        self.unjudged.push(Unjudged { subjects, needs });
    }
}

/// The case with indexes built once, so that every unit's cost grows linearly.
#[non_exhaustive]
pub struct Context<'a> {
    /// The case.
    pub case: &'a Case,
    activities: HashMap<&'a ActivityId, &'a Activity>,
    evidence: HashMap<&'a EvidenceId, &'a Evidence>,
    figures: HashMap<&'a FigureId, &'a Figure>,
    codes: HashSet<&'a str>,
    programme_evidence: Vec<&'a EvidenceId>,
}

impl<'a> Context<'a> {
    /// Indexes `case`.
    pub fn new(case: &'a Case) -> Self {
        Context {
            case,
            activities: case.activities.iter().map(|a| (&a.id, a)).collect(),
            evidence: case.evidence.iter().map(|e| (&e.id, e)).collect(),
            figures: case.figures.iter().map(|f| (&f.id, f)).collect(),
            codes: case.codes.iter().map(|c| c.id.as_str()).collect(),
            programme_evidence: case
                .evidence
                .iter()
                .filter(|e| e.supports.contains(&Target::Programme))
                .map(|e| &e.id)
                .collect(),
        }
    }

    /// An activity by id.
    pub fn activity(&self, id: &ActivityId) -> Option<&'a Activity> {
        self.activities.get(id).copied()
    }

    /// An evidence item by id.
    pub fn evidence(&self, id: &EvidenceId) -> Option<&'a Evidence> {
        self.evidence.get(id).copied()
    }

    /// A figure by id.
    pub fn figure(&self, id: &FigureId) -> Option<&'a Figure> {
        self.figures.get(id).copied()
    }

    /// The evidence that is evidence *for* a finding of the unit `code`.
    ///
    /// From `pool` (the evidence the case links to the records the finding rests on): when the
    /// case codes evidence for this diagnostic (a qualitative code whose id is the
    /// diagnostic's code — the case author's coding), the items carrying that code; otherwise
    /// the items whose `supports` names one of `subjects`. An item linked to a record but
    /// about something else is left out.
    pub fn evidence_for<'p>(
        &self,
        code: &str,
        pool: impl IntoIterator<Item = &'p EvidenceId>,
        subjects: &[Target],
    ) -> Vec<EvidenceId> {
        let coded = self.codes.contains(code);
        // A set, not the slice: a finding may rest on thousands of records.
        let subjects: HashSet<&Target> = subjects.iter().collect();
        let mut out: Vec<EvidenceId> = pool
            .into_iter()
            .filter(|id| {
                self.evidence(id).is_some_and(|e| {
                    if coded {
                        e.codes.iter().any(|c| c.as_str() == code)
                    } else {
                        e.supports.iter().any(|t| subjects.contains(t))
                    }
                })
            })
            .cloned()
            .collect();
        crate::model::order::sort(&mut out);
        out.dedup();
        out
    }

    /// The evidence items that support the programme as a whole (found once, when the case
    /// is indexed: units ask for them once per finding).
    pub fn programme_evidence(&self) -> impl Iterator<Item = &'a EvidenceId> + '_ {
        self.programme_evidence.iter().copied()
    }
}
