//! Diagnostics: rules across a whole case that turn the seeds' findings into warnings — one
//! unit per diagnostic.
//!
//! Each unit is one file in this folder holding, in one place, its code, what it finds, why it
//! matters (the seed sentence), what must be recorded for it to be judged, its recommendation
//! in both languages, its thresholds and its tests (its [`About`] and its `judge`). A unit
//! returns findings on recorded facts only: where what it needs is not recorded it says so
//! ([`NotJudged`]), never a finding. [`Diagnosis::of`] runs the list and returns the findings,
//! what could not be judged and what is clear. Adding a diagnostic means adding one file and one line to the list
//! below.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
//! let case = berdaya::cases::load("p2k2-karawaci").unwrap();
//! let all = Diagnosis::of(&case, &Thresholds::default());
//! assert!(all.findings.iter().any(|d| d.id == DiagnosticId::LowAttendance));
//! // PKHP's skill use is not recorded, and 40,255 are persons, not families: not judged,
//! // never a finding.
//! assert!(all.not_judged.iter().any(|n| n.id == DiagnosticId::TrainingWithoutAssistance));
//! assert!(all.not_judged.iter().any(|n| n.id == DiagnosticId::FacilitatorCaseload));
//! ```

use serde::Serialize;

mod rule;
#[cfg(test)]
mod testing;
mod thresholds;

pub use rule::{About, Severity, ThresholdUse, Trigger, Words};
pub use thresholds::{Threshold, Thresholds};

use rule::{Context, Verdict};

use crate::model::case::Case;
use crate::model::evidence::Target;
use crate::model::ids::{EvidenceId, StakeholderId};
use crate::model::lang::{Labelled, Lang};
use crate::model::stakeholder::Stakeholder;

/// Declares the diagnostics: each line names a variant of [`DiagnosticId`] and the module
/// (one file) that holds the unit; the macro makes the enum, its labels and the list.
macro_rules! diagnostics {
    ($($(#[$meta:meta])* $variant:ident => $module:ident,)+) => {
        $(pub mod $module;)+

        /// The diagnostic rules, each with a stable code (its module's name).
        ///
        /// # Examples
        ///
        /// ```
        /// use berdaya::insight::diagnostics::{DiagnosticId, Severity};
        /// use berdaya::{Labelled, Lang};
        /// let id = DiagnosticId::LowAttendance;
        /// assert_eq!(id.code(), "low_attendance");
        /// assert_eq!(id.label(Lang::Id), "Kehadiran rendah");
        /// assert_eq!(id.severity(), Severity::Critical);
        /// assert!(DiagnosticId::ALL.contains(&id));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum DiagnosticId {
            $($(#[$meta])* $variant,)+
        }

        impl DiagnosticId {
            /// Every diagnostic, in list order.
            pub const ALL: &'static [DiagnosticId] = &[$(DiagnosticId::$variant),+];

            /// What the diagnostic says about itself.
            ///
            /// # Examples
            ///
            /// ```
            /// use berdaya::Lang;
            /// use berdaya::insight::diagnostics::{DiagnosticId, Threshold};
            /// let about = DiagnosticId::LowAttendance.about();
            /// assert_eq!(about.title.get(Lang::En), "Low attendance");
            /// // Its line is the attendance threshold; the seed sentence it rests on is kept.
            /// assert_eq!(about.thresholds, [Threshold::AttendanceMinPercent]);
            /// assert!(about.seed_quote.contains("tidak lebih dari 50%"));
            /// ```
            pub fn about(self) -> &'static About {
                match self {
                    $(DiagnosticId::$variant => &$module::ABOUT,)+
                }
            }

            fn judge(self, cx: &Context<'_>, t: &Thresholds) -> Verdict {
                match self {
                    $(DiagnosticId::$variant => $module::judge(cx, t),)+
                }
            }
        }
    };
}

diagnostics! {
    /// Skills trainings recorded as not practised, with no capital or tools reaching them.
    TrainingWithoutAssistance => training_without_assistance,
    /// Products made but not sold, with no market access.
    NoMarketChannel => no_market_channel,
    /// Activities stop with the fiscal year, with no follow-up.
    StopsAfterFiscalYear => stops_after_fiscal_year,
    /// Pentahelix sectors missing.
    MissingPentahelix => missing_pentahelix,
    /// Target group directly involved only from implementation.
    LateInvolvement => late_involvement,
    /// Attendance at or below the threshold.
    LowAttendance => low_attendance,
    /// Too many families per facilitator.
    FacilitatorCaseload => facilitator_caseload,
    /// Social progress without economic progress.
    SocialWithoutEconomic => social_without_economic,
    /// Started stages with no recorded evidence.
    DocumentationGap => documentation_gap,
    /// Facilitators leaving.
    FacilitatorAttrition => facilitator_attrition,
    /// Few economic sessions in the module catalogue.
    ThinEconomicModules => thin_economic_modules,
}

impl DiagnosticId {
    /// The stable machine code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::DiagnosticId;
    /// assert_eq!(DiagnosticId::MissingPentahelix.code(), "missing_pentahelix");
    /// assert_eq!(DiagnosticId::MissingPentahelix.to_string(), "missing_pentahelix");
    /// ```
    pub fn code(self) -> &'static str {
        self.about().code
    }

    /// The diagnostic whose code is `code`, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::DiagnosticId;
    /// assert_eq!(DiagnosticId::from_code("low_attendance"), Some(DiagnosticId::LowAttendance));
    /// assert_eq!(DiagnosticId::from_code("Low attendance"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        DiagnosticId::ALL.iter().copied().find(|d| d.code() == code)
    }

    /// The severity of this diagnostic.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{DiagnosticId, Severity};
    /// assert_eq!(DiagnosticId::LowAttendance.severity(), Severity::Critical);
    /// assert_eq!(DiagnosticId::MissingPentahelix.severity(), Severity::Info);
    /// ```
    pub fn severity(self) -> Severity {
        self.about().severity
    }

    /// The seed the rule comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::DiagnosticId;
    /// // Seed 002 (P2K2 in Kota Tangerang) observed attendance "tidak lebih dari 50%".
    /// assert_eq!(DiagnosticId::LowAttendance.seed(), "002_831a8dccfd84b5b2.txt");
    /// ```
    pub fn seed(self) -> &'static str {
        self.about().seed
    }

    /// What to do in general, in `lang`; [`Diagnostic::recommendation`] fits it to a finding.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::DiagnosticId;
    /// use berdaya::Lang;
    /// let advice = DiagnosticId::LowAttendance.recommendation(Lang::Id);
    /// assert!(advice.starts_with("Jadwalkan pertemuan di luar jam kerja"));
    /// ```
    pub fn recommendation(self, lang: Lang) -> &'static str {
        self.about().recommendation.get(lang)
    }

    /// What must be recorded for the diagnostic to be judged, in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::DiagnosticId;
    /// use berdaya::Lang;
    /// assert_eq!(
    ///     DiagnosticId::LowAttendance.needs(Lang::En),
    ///     "Record an attendance rate (a figure) or per-person attendance."
    /// );
    /// ```
    pub fn needs(self, lang: Lang) -> &'static str {
        self.about().needs.get(lang)
    }
}

impl Labelled for DiagnosticId {
    fn label(&self, lang: Lang) -> &'static str {
        self.about().title.get(lang)
    }
}

impl std::fmt::Display for DiagnosticId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for DiagnosticId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for DiagnosticId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        DiagnosticId::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown diagnostic `{code}`")))
    }
}

/// One diagnostic that fired.
///
/// # Examples
///
/// ```
/// # use berdaya::prelude::*;
/// # use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
/// # // A training where one of four participants came: 25 % attendance.
/// # let training = Activity::new("menjahit", ActivityKind::Training,
/// #         Text::new("Pelatihan menjahit", "Sewing training"))
/// #     .with_attendance([("p1", true), ("p2", false), ("p3", false), ("p4", false)]
/// #         .map(|(p, present)| Attendance::new(p, present)));
/// # let programme = Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City);
/// # let case = Case::new("uji", Text::new("Uji", "Test"), programme)
/// #     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
/// #     .with_activities([training]);
/// # let diagnosis = Diagnosis::of(&case, &Thresholds::default());
/// # let low = diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
/// // `low` is the finding of the example of `Diagnosis::of`.
/// assert_eq!(low.triggers.len(), 2); // the activity and its measured rate
/// assert_eq!(low.about, [Target::Activity(ActivityId::new("menjahit"))]);
/// assert_eq!(low.thresholds[0].value, Some(50.0));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Which rule.
    pub id: DiagnosticId,
    /// How urgent.
    pub severity: Severity,
    /// What triggered it.
    pub triggers: Vec<Trigger>,
    /// The records it is about; each evidence item supports one of them or is coded for it.
    pub about: Vec<Target>,
    /// Evidence for it.
    pub evidence: Vec<EvidenceId>,
    /// The thresholds it used, each with what kind of number it is.
    pub thresholds: Vec<ThresholdUse>,
}

/// Something a diagnostic could not judge, and what to record so that it can.
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
/// use berdaya::prelude::*;
/// let programme = Programme::new(
///     Text::new("Program", "Programme"),
///     "P",
///     ProgrammeKind::Custom,
///     Level::City,
/// );
/// let empty = Case::new("uji", Text::new("Uji", "Test"), programme);
/// let diagnosis = Diagnosis::of(&empty, &Thresholds::default());
/// // Nothing recorded about attendance: not a finding, but what to record.
/// let unjudged =
///     diagnosis.not_judged.iter().find(|n| n.id == DiagnosticId::LowAttendance).unwrap();
/// assert!(unjudged.subjects.is_empty()); // the case as a whole
/// assert!(!diagnosis.findings.iter().any(|d| d.id == DiagnosticId::LowAttendance));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct NotJudged {
    /// Which rule.
    pub id: DiagnosticId,
    /// The records concerned (empty: the case as a whole).
    pub subjects: Vec<Trigger>,
    /// What is missing and what to record.
    pub needs: Words,
}

impl NotJudged {
    /// What to record, in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    /// use berdaya::prelude::*;
    /// let programme = Programme::new(
    ///     Text::new("Program", "Programme"),
    ///     "P",
    ///     ProgrammeKind::Custom,
    ///     Level::City,
    /// );
    /// let empty = Case::new("uji", Text::new("Uji", "Test"), programme);
    /// let diagnosis = Diagnosis::of(&empty, &Thresholds::default());
    /// let unjudged = diagnosis
    ///     .not_judged
    ///     .iter()
    ///     .find(|n| n.id == DiagnosticId::MissingPentahelix)
    ///     .unwrap();
    /// assert!(
    ///     unjudged
    ///         .what_to_record(Lang::Id)
    ///         .starts_with("Catat pemangku kepentingan beserta unsurnya")
    /// );
    /// ```
    pub fn what_to_record(&self, lang: Lang) -> &'static str {
        self.needs.get(lang)
    }
}

/// Every diagnostic run on a case: what it found, what it could not judge, and what was clear.
///
/// # Examples
///
/// ```
/// # use berdaya::prelude::*;
/// # use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
/// # // A training where one of four participants came: 25 % attendance.
/// # let training = Activity::new("menjahit", ActivityKind::Training,
/// #         Text::new("Pelatihan menjahit", "Sewing training"))
/// #     .with_attendance([("p1", true), ("p2", false), ("p3", false), ("p4", false)]
/// #         .map(|(p, present)| Attendance::new(p, present)));
/// # let programme = Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City);
/// # let case = Case::new("uji", Text::new("Uji", "Test"), programme)
/// #     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
/// #     .with_activities([training]);
/// # let diagnosis = Diagnosis::of(&case, &Thresholds::default());
/// # let low = diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
/// // `diagnosis` is the one made in the example of `Diagnosis::of`.
/// assert!(diagnosis.findings.iter().any(|d| d.id == DiagnosticId::LowAttendance));
/// // No stakeholder recorded: the pentahelix cannot be judged, so it is neither found nor clear.
/// assert!(diagnosis.not_judged.iter().any(|n| n.id == DiagnosticId::MissingPentahelix));
/// assert!(!diagnosis.clear.contains(&DiagnosticId::MissingPentahelix));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Diagnosis {
    /// Findings, most severe first.
    pub findings: Vec<Diagnostic>,
    /// What could not be judged for want of records.
    pub not_judged: Vec<NotJudged>,
    /// Diagnostics judged with nothing found and nothing left unjudged.
    pub clear: Vec<DiagnosticId>,
}

impl Diagnosis {
    /// Runs every diagnostic on `case`. Cost grows linearly with the document.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    /// use berdaya::prelude::*;
    /// // A training where one of four participants came: 25 % attendance.
    /// let training = Activity::new(
    ///     "menjahit",
    ///     ActivityKind::Training,
    ///     Text::new("Pelatihan menjahit", "Sewing training"),
    /// )
    /// .with_attendance(
    ///     [("p1", true), ("p2", false), ("p3", false), ("p4", false)]
    ///         .map(|(p, present)| Attendance::new(p, present)),
    /// );
    /// let programme = Programme::new(
    ///     Text::new("Program", "Programme"),
    ///     "P",
    ///     ProgrammeKind::Custom,
    ///     Level::City,
    /// );
    /// let case = Case::new("uji", Text::new("Uji", "Test"), programme)
    ///     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
    ///     .with_activities([training]);
    /// let diagnosis = Diagnosis::of(&case, &Thresholds::default());
    /// let low =
    ///     diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
    /// assert_eq!(low.finding(&case, Lang::En), "Sewing training; value 25.00 (threshold 50)");
    /// // Findings come most severe first.
    /// assert!(diagnosis.findings.windows(2).all(|w| w[0].severity >= w[1].severity));
    /// ```
    pub fn of(case: &Case, thresholds: &Thresholds) -> Diagnosis {
        let cx = Context::new(case);
        let mut out = Diagnosis {
            findings: Vec::new(),
            not_judged: Vec::new(),
            clear: Vec::new(),
        };
        for &id in DiagnosticId::ALL {
            let verdict = id.judge(&cx, thresholds);
            if verdict.found.is_empty() && verdict.unjudged.is_empty() {
                out.clear.push(id);
            }
            let used: Vec<ThresholdUse> = id
                .about()
                .thresholds
                .iter()
                .map(|&t| ThresholdUse::of(thresholds, t))
                .collect();
            out.findings
                .extend(verdict.found.into_iter().map(|f| Diagnostic {
                    id,
                    severity: id.severity(),
                    triggers: f.triggers,
                    about: f.about,
                    evidence: f.evidence,
                    thresholds: used.clone(),
                }));
            out.not_judged
                .extend(verdict.unjudged.into_iter().map(|u| NotJudged {
                    id,
                    subjects: u.subjects,
                    needs: u.needs,
                }));
        }
        crate::model::order::sort_by(&mut out.findings, &|a, b| {
            b.severity.cmp(&a.severity).then(a.id.cmp(&b.id))
        });
        out
    }
}

/// Runs every rule on `case` and returns the findings: exactly
/// `Diagnosis::of(case, thresholds).findings`, without what could not be judged — the one verb
/// is [`Diagnosis::of`], which also says what was not judged (issue 19). Kept, hidden, for
/// callers written before it.
///
/// # Examples
///
/// ```
/// use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// #[allow(deprecated)]
/// let findings = berdaya::insight::diagnostics::diagnose(&case, &Thresholds::default());
/// // Seed 002: attendance "tidak lebih dari 50%".
/// assert!(findings.iter().any(|d| d.id == DiagnosticId::LowAttendance));
/// let ids = |f: &[berdaya::Diagnostic]| f.iter().map(|d| d.id).collect::<Vec<_>>();
/// assert_eq!(ids(&findings), ids(&Diagnosis::of(&case, &Thresholds::default()).findings));
/// ```
#[doc(hidden)]
#[deprecated(note = "use Diagnosis::of")]
pub fn diagnose(case: &Case, thresholds: &Thresholds) -> Vec<Diagnostic> {
    Diagnosis::of(case, thresholds).findings
}

impl Diagnostic {
    /// What was found, in `lang`, naming the records and figures.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    /// # // A training where one of four participants came: 25 % attendance.
    /// # let training = Activity::new("menjahit", ActivityKind::Training,
    /// #         Text::new("Pelatihan menjahit", "Sewing training"))
    /// #     .with_attendance([("p1", true), ("p2", false), ("p3", false), ("p4", false)]
    /// #         .map(|(p, present)| Attendance::new(p, present)));
    /// # let programme = Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City);
    /// # let case = Case::new("uji", Text::new("Uji", "Test"), programme)
    /// #     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
    /// #     .with_activities([training]);
    /// # let diagnosis = Diagnosis::of(&case, &Thresholds::default());
    /// # let low = diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
    /// // `low` is the low-attendance finding of the example of `Diagnosis::of`.
    /// assert_eq!(low.finding(&case, Lang::Id), "Pelatihan menjahit; nilai 25,00 (ambang 50)");
    /// ```
    pub fn finding(&self, case: &Case, lang: Lang) -> String {
        Diagnostic::describe(case, &self.triggers, lang)
    }

    /// `triggers` as read in a finding, in `lang` (numbers written as `lang` writes them).
    ///
    /// This indexes the case for one call; to describe many findings of one case, build a
    /// [`Describer`] once (the report and the analysis rows do).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Diagnostic, Trigger};
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let years = [Trigger::FiscalYear(2023), Trigger::FiscalYear(2024)];
    /// assert_eq!(
    ///     Diagnostic::describe(&case, &years, berdaya::Lang::Id),
    ///     "tahun anggaran 2023; tahun anggaran 2024"
    /// );
    /// ```
    pub fn describe(case: &Case, triggers: &[Trigger], lang: Lang) -> String {
        Describer::new(case).describe(triggers, lang)
    }

    /// What to do, in `lang`, fitted to what this finding names (e.g. only the missing
    /// sectors).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    /// use berdaya::prelude::*;
    /// let programme = Programme::new(
    ///     Text::new("Program", "Programme"),
    ///     "P",
    ///     ProgrammeKind::Custom,
    ///     Level::City,
    /// );
    /// let case = Case::new("uji", Text::new("Uji", "Test"), programme).with_stakeholders([
    ///     Stakeholder::new("unpad", "Universitas Padjadjaran", Sector::Academia),
    /// ]);
    /// let diagnosis = Diagnosis::of(&case, &Thresholds::default());
    /// let gap = diagnosis
    ///     .findings
    ///     .iter()
    ///     .find(|d| d.id == DiagnosticId::MissingPentahelix)
    ///     .unwrap();
    /// // A university is involved, so only business is named.
    /// let advice = gap.recommendation(Lang::En);
    /// assert!(advice.contains("business (through CSR)") && !advice.contains("universities"));
    /// ```
    pub fn recommendation(&self, lang: Lang) -> String {
        match self.id.about().tailor {
            Some(tailor) => tailor(&self.triggers, lang),
            None => self.id.recommendation(lang).to_owned(),
        }
    }
}

/// Describes findings of one case in words, with the case indexed once — so that describing
/// every finding of a report costs time in proportion to the findings, not findings × case.
///
/// # Examples
///
/// ```
/// # use berdaya::prelude::*;
/// # use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
/// # // A training where one of four participants came: 25 % attendance.
/// # let training = Activity::new("menjahit", ActivityKind::Training,
/// #         Text::new("Pelatihan menjahit", "Sewing training"))
/// #     .with_attendance([("p1", true), ("p2", false), ("p3", false), ("p4", false)]
/// #         .map(|(p, present)| Attendance::new(p, present)));
/// # let programme = Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City);
/// # let case = Case::new("uji", Text::new("Uji", "Test"), programme)
/// #     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
/// #     .with_activities([training]);
/// # let diagnosis = Diagnosis::of(&case, &Thresholds::default());
/// # let low = diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
/// use berdaya::insight::diagnostics::Describer;
/// // `diagnosis` is the one made in the example of `Diagnosis::of`.
/// let describer = Describer::new(&case);
/// let words: Vec<String> =
///     diagnosis.findings.iter().map(|d| describer.finding(d, Lang::En)).collect();
/// assert!(words.contains(&"Sewing training; value 25.00 (threshold 50)".to_owned()));
/// ```
#[non_exhaustive]
pub struct Describer<'a> {
    cx: Context<'a>,
    stakeholders: std::collections::HashMap<&'a StakeholderId, &'a Stakeholder>,
}

impl<'a> Describer<'a> {
    /// Indexes `case`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Describer, Trigger};
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let describer = Describer::new(&case);
    /// assert_eq!(
    ///     describer.describe(&[Trigger::FiscalYear(2024)], berdaya::Lang::En),
    ///     "fiscal year 2024"
    /// );
    /// ```
    pub fn new(case: &'a Case) -> Self {
        Describer {
            cx: Context::new(case),
            stakeholders: case.stakeholders.iter().map(|s| (&s.id, s)).collect(),
        }
    }

    /// What `finding` found, in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    /// # // A training where one of four participants came: 25 % attendance.
    /// # let training = Activity::new("menjahit", ActivityKind::Training,
    /// #         Text::new("Pelatihan menjahit", "Sewing training"))
    /// #     .with_attendance([("p1", true), ("p2", false), ("p3", false), ("p4", false)]
    /// #         .map(|(p, present)| Attendance::new(p, present)));
    /// # let programme = Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City);
    /// # let case = Case::new("uji", Text::new("Uji", "Test"), programme)
    /// #     .with_participants(["p1", "p2", "p3", "p4"].map(Participant::new))
    /// #     .with_activities([training]);
    /// # let diagnosis = Diagnosis::of(&case, &Thresholds::default());
    /// # let low = diagnosis.findings.iter().find(|d| d.id == DiagnosticId::LowAttendance).unwrap();
    /// use berdaya::insight::diagnostics::Describer;
    /// // `low` is the low-attendance finding of the example of `Diagnosis::of`.
    /// let describer = Describer::new(&case);
    /// assert_eq!(describer.finding(low, Lang::Id), low.finding(&case, Lang::Id));
    /// assert_eq!(describer.finding(low, Lang::Id), "Pelatihan menjahit; nilai 25,00 (ambang 50)");
    /// ```
    pub fn finding(&self, finding: &Diagnostic, lang: Lang) -> String {
        self.describe(&finding.triggers, lang)
    }

    /// `triggers` as read in a finding, in `lang` (numbers written as `lang` writes them).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::Lang;
    /// use berdaya::insight::diagnostics::{Describer, Trigger};
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let describer = Describer::new(&case);
    /// // An activity the case does not hold is named by its id, not dropped.
    /// let unknown = Trigger::Activity(berdaya::prelude::ActivityId::new("tidak-ada"));
    /// assert_eq!(
    ///     describer.describe(&[unknown, Trigger::FiscalYear(2024)], Lang::Id),
    ///     "tidak-ada; tahun anggaran 2024"
    /// );
    /// ```
    pub fn describe(&self, triggers: &[Trigger], lang: Lang) -> String {
        let cx = &self.cx;
        let activity = |id: &crate::model::ids::ActivityId| {
            cx.activity(id)
                .map_or_else(|| id.to_string(), |a| a.title.get(lang).into_owned())
        };
        // A statement that a list is recorded in full is said once for a run of activities it
        // covers: dropped where the next statement in the list is the same one.
        let mut said_later: Option<&crate::insight::provenance::Whose> = None;
        let mut repeated: Vec<bool> = triggers
            .iter()
            .rev()
            .map(|t| match t {
                Trigger::RecordedInFull(whose) => {
                    let again = said_later == Some(whose);
                    said_later = Some(whose);
                    again
                }
                _ => false,
            })
            .collect();
        repeated.reverse();
        let parts: Vec<String> = triggers
            .iter()
            .zip(repeated)
            .filter(|(_, repeated)| !repeated)
            .map(|(t, _)| match t {
                Trigger::Activity(id) => activity(id),
                Trigger::Stakeholder(id) => self
                    .stakeholders
                    .get(id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone()),
                Trigger::Assistance(id) => format!(
                    "{} {id}",
                    lang.pick(
                        "bantuan yang tidak sampai ke peserta pelatihan:",
                        "assistance that did not reach the trainees:"
                    )
                ),
                Trigger::Figure { id, value } => {
                    let metric = cx.figure(id).map_or("", |f| f.metric.label(lang));
                    format!("{metric} {}", crate::model::number::number(*value, lang))
                }
                Trigger::Measure { value, threshold } => format!(
                    "{} {} ({} {})",
                    lang.pick("nilai", "value"),
                    crate::model::number::decimal(*value, 2, lang),
                    lang.pick("ambang", "threshold"),
                    crate::model::number::number(*threshold, lang)
                ),
                Trigger::Sector(s) => s.label(lang).to_owned(),
                Trigger::Stage { process, stage } => format!("{process}: {}", stage.label(lang)),
                Trigger::Dimension { dimension, reached } => format!(
                    "{} → {} {reached}",
                    dimension.label(lang),
                    lang.pick("tahap", "stage")
                ),
                Trigger::FiscalYear(y) => {
                    format!("{} {y}", lang.pick("tahun anggaran", "fiscal year"))
                }
                Trigger::NoEvidenceOfKind(k) => format!(
                    "{} ({})",
                    lang.pick(
                        "tidak ada bukti tercatat berupa",
                        "no evidence recorded of kind"
                    ),
                    k.label(lang)
                ),
                Trigger::RecordedInFull(whose) => format!(
                    "{} ({})",
                    lang.pick("tercatat lengkap", "recorded in full"),
                    whose.label(lang)
                ),
            })
            .collect();
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_of_a_complete_list_is_said_once_for_the_activities_it_covers() {
        use crate::insight::provenance::Whose::{CodedByAssessor, StatedBySource};
        use crate::model::ids::ActivityId;
        let case = testing::case_with(|c| {
            c.activities = ["a", "b", "c"].map(|id| testing::training(id, None)).into();
        });
        let activity = |id: &str| Trigger::Activity(ActivityId::new(id));
        let describer = Describer::new(&case);
        let said = |triggers: &[Trigger]| describer.describe(triggers, Lang::En);
        // The same statement after each of two activities: said once, after both.
        assert_eq!(
            said(&[
                activity("a"),
                Trigger::RecordedInFull(StatedBySource),
                activity("b"),
                Trigger::RecordedInFull(StatedBySource),
            ]),
            "a; b; recorded in full (Stated by the source)"
        );
        // Another statement in between: each run of activities keeps its own.
        assert_eq!(
            said(&[
                activity("a"),
                Trigger::RecordedInFull(StatedBySource),
                activity("b"),
                Trigger::RecordedInFull(CodedByAssessor),
                activity("c"),
                Trigger::RecordedInFull(CodedByAssessor),
            ]),
            "a; recorded in full (Stated by the source); b; c; recorded in full (Coded by an \
             assessor)"
        );
        // Statements of the same kind apart in the list are not merged across another.
        assert_eq!(
            said(&[
                activity("a"),
                Trigger::RecordedInFull(CodedByAssessor),
                activity("b"),
                Trigger::RecordedInFull(StatedBySource),
                activity("c"),
                Trigger::RecordedInFull(CodedByAssessor),
            ]),
            "a; recorded in full (Coded by an assessor); b; recorded in full (Stated by the \
             source); c; recorded in full (Coded by an assessor)"
        );
    }

    #[test]
    fn codes_round_trip_and_are_unique() {
        for &d in DiagnosticId::ALL {
            assert_eq!(DiagnosticId::from_code(d.code()), Some(d));
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<DiagnosticId>(&json).unwrap(), d);
        }
        let mut codes: Vec<_> = DiagnosticId::ALL.iter().map(|d| d.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), DiagnosticId::ALL.len());
    }

    #[test]
    fn numbers_follow_the_language() {
        use crate::model::number::decimal;
        assert_eq!(decimal(670.916, 2, Lang::Id), "670,92");
        assert_eq!(decimal(40255.0, 0, Lang::Id), "40.255");
        assert_eq!(decimal(40255.0, 0, Lang::En), "40,255");
        assert_eq!(decimal(3.42, 2, Lang::En), "3.42");
        assert_eq!(decimal(-1234.5, 1, Lang::En), "−1,234.5");
    }

    #[test]
    fn an_empty_case_has_no_finding() {
        let case = testing::case_with(|_| {});
        let d = Diagnosis::of(&case, &Thresholds::default());
        assert!(d.findings.is_empty(), "{:?}", d.findings);
        assert!(!d.not_judged.is_empty());
    }
}
