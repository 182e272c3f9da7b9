//! The vocabulary a form needs, in one language: every code with its label, the standard
//! checklists, the rubric, and the words of the assessment page itself.
//!
//! A user interface built on berdaya (the offline page of the WebAssembly package) takes all
//! its choices and words from here, so that no label lives outside the core.
//!
//! # Examples
//!
//! ```
//! use berdaya::model::lang::Lang;
//! use berdaya::render::vocabulary::Vocabulary;
//! let v = Vocabulary::new(Lang::En);
//! assert_eq!(v.adi_stages.len(), 7);
//! assert!(v.ui.iter().any(|(code, _)| *code == "download_json"));
//! ```

use serde::Serialize;

use crate::frameworks::adi::{standard_items, AdiStage, Involvement, StageStatus};
use crate::frameworks::ansell_gash::{Component, RUBRIC};
use crate::frameworks::fivem::{Direction, Factor, WEIGHT_MAX, WEIGHT_MIN};
use crate::frameworks::sulistiyani::SulistiyaniStage;
use crate::model::catalogue::Dimension;
use crate::model::lang::labelled_enum;
use crate::model::lang::{choices, Lang};

labelled_enum! {
    /// The words of the assessment page.
    #[doc(hidden)]
    pub enum UiText {
        /// Page title.
        Title => ("title", "berdaya — penilaian program pemberdayaan", "berdaya — empowerment programme assessment"),
        /// Choose a bundled case.
        BundledCase => ("bundled_case", "Kasus bawaan", "Bundled case"),
        /// Open a JSON file.
        OpenFile => ("open_file", "Buka berkas JSON", "Open a JSON file"),
        /// Language.
        Language => ("language", "Bahasa", "Language"),
        /// Download the case.
        DownloadJson => ("download_json", "Unduh kasus (JSON)", "Download case (JSON)"),
        /// Download the report.
        DownloadHtml => ("download_html", "Unduh laporan (HTML)", "Download report (HTML)"),
        /// The form.
        Form => ("form", "Isian penilaian", "Assessment form"),
        /// The report.
        Report => ("report", "Laporan", "Report"),
        /// Problems.
        Problems => ("problems", "Masalah dalam dokumen", "Problems in the document"),
        /// No problems.
        NoProblems => ("no_problems", "Dokumen valid.", "The document is valid."),
        /// Stage.
        Stage => ("stage", "Tahap", "Stage"),
        /// Status.
        Status => ("status", "Status", "Status"),
        /// Actual start.
        ActualStart => ("actual_start", "Mulai (aktual)", "Actual start"),
        /// Actual end.
        ActualEnd => ("actual_end", "Selesai (aktual)", "Actual end"),
        /// Checklist.
        Checklist => ("checklist", "Butir periksa", "Checklist"),
        /// Target group involvement.
        Involvement => ("involvement", "Keterlibatan kelompok sasaran", "Target-group involvement"),
        /// Not involved.
        NotInvolved => ("not_involved", "tidak terlibat", "not involved"),
        /// Sulistiyani progression.
        Progression => ("progression", "Tahap Sulistiyani per dimensi", "Sulistiyani stage per dimension"),
        /// Not yet.
        NotYet => ("not_yet", "belum", "not yet"),
        /// 5M findings.
        FiveM => ("five_m", "Temuan 5M", "5M findings"),
        /// Add a finding.
        AddFinding => ("add_finding", "Tambah temuan", "Add a finding"),
        /// Remove.
        Remove => ("remove", "Hapus", "Remove"),
        /// Description (Indonesian).
        DescriptionId => ("description_id", "Uraian (Indonesia)", "Description (Indonesian)"),
        /// Description (English).
        DescriptionEn => ("description_en", "Uraian (Inggris)", "Description (English)"),
        /// Weight.
        Weight => ("weight", "Bobot", "Weight"),
        /// Ansell–Gash ratings.
        AnsellGash => ("ansell_gash", "Penilaian Ansell–Gash", "Ansell–Gash ratings"),
        /// Not observed.
        NotObserved => ("not_observed", "tidak teramati", "not observed"),
        /// Start an assessment.
        StartAssessment => ("start_assessment", "Mulai penilaian Ansell–Gash", "Start an Ansell–Gash assessment"),
        /// Diagnostics.
        Diagnostics => ("diagnostics", "Diagnosis", "Diagnostics"),
        /// Loading.
        Loading => ("loading", "Memuat…", "Loading…"),
        /// Refused transition.
        Refused => ("refused", "Ditolak", "Refused"),
    }
}

/// A code with its label.
#[cfg_attr(feature = "tsify", tsify::declare)]
pub type Choice = (&'static str, &'static str);

/// A standard checklist item.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::Lang;
use berdaya::render::vocabulary::Vocabulary;
let v = Vocabulary::new(Lang::Id);
// Every standard checklist item belongs to one of the seven Adi stages offered.
assert!(!v.checklist.is_empty());
assert!(
    v.checklist.iter().all(|item| v.adi_stages.iter().any(|(code, _)| *code == item.stage))
);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ChecklistChoice {
    /// Stage code.
    pub stage: &'static str,
    /// Item id.
    pub id: &'static str,
    /// Label.
    pub label: &'static str,
}

/// A rubric indicator.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::render::vocabulary::Vocabulary;
use berdaya::Lang;
let v = Vocabulary::new(Lang::En);
let leadership = v.indicators.iter().find(|i| i.id == "leadership").unwrap();
assert_eq!(leadership.component, "facilitative_leadership");
assert_eq!(leadership.label, "Facilitative leadership");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct IndicatorChoice {
    /// Indicator id.
    pub id: &'static str,
    /// Component code.
    pub component: &'static str,
    /// Label.
    pub label: &'static str,
}

/// Everything a form needs, labelled in one language.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::render::vocabulary::Vocabulary;
use berdaya::Lang;
let v = Vocabulary::new(Lang::Id);
assert_eq!(v.rubric, "berdaya-ansell-gash/2");
assert_eq!(v.scores, [1, 2, 3, 4, 5]);
assert_eq!(v.weights, [1, 2, 3]);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Vocabulary {
    /// The language.
    pub lang: Lang,
    /// Page words.
    pub ui: Vec<Choice>,
    /// Adi stages.
    pub adi_stages: Vec<Choice>,
    /// Stage statuses.
    pub stage_statuses: Vec<Choice>,
    /// IAP2 involvement levels.
    pub involvement: Vec<Choice>,
    /// Standard checklist items.
    pub checklist: Vec<ChecklistChoice>,
    /// Sulistiyani stages.
    pub sulistiyani_stages: Vec<Choice>,
    /// Dimensions.
    pub dimensions: Vec<Choice>,
    /// 5M factors.
    pub factors: Vec<Choice>,
    /// Driver or inhibitor.
    pub directions: Vec<Choice>,
    /// Allowed 5M weights.
    pub weights: Vec<u8>,
    /// Ansell–Gash components.
    pub components: Vec<Choice>,
    /// Ansell–Gash indicators.
    pub indicators: Vec<IndicatorChoice>,
    /// The rubric cited.
    pub rubric: String,
    /// Allowed scores.
    pub scores: Vec<u8>,
}

impl Vocabulary {
    /// The vocabulary in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::render::vocabulary::Vocabulary;
    /// use berdaya::Lang;
    /// let id = Vocabulary::new(Lang::Id);
    /// let en = Vocabulary::new(Lang::En);
    /// // The same codes in both languages; only the labels change.
    /// assert!(id.factors.contains(&("money", "Money (pendanaan)")));
    /// assert!(en.factors.contains(&("money", "Money (funding)")));
    /// ```
    pub fn new(lang: Lang) -> Self {
        Vocabulary {
            lang,
            ui: choices::<UiText>(lang),
            adi_stages: choices::<AdiStage>(lang),
            stage_statuses: choices::<StageStatus>(lang),
            involvement: choices::<Involvement>(lang),
            checklist: AdiStage::ALL
                .iter()
                .flat_map(|&s| standard_items(s))
                .map(|i| ChecklistChoice {
                    stage: i.stage.code(),
                    id: i.id,
                    label: lang.pick(i.label_id, i.label_en),
                })
                .collect(),
            sulistiyani_stages: choices::<SulistiyaniStage>(lang),
            dimensions: choices::<Dimension>(lang),
            factors: choices::<Factor>(lang),
            directions: choices::<Direction>(lang),
            weights: (WEIGHT_MIN..=WEIGHT_MAX).collect(),
            components: choices::<Component>(lang),
            indicators: RUBRIC
                .indicators
                .iter()
                .map(|i| IndicatorChoice {
                    id: i.id,
                    component: i.component.code(),
                    label: lang.pick(i.label_id, i.label_en),
                })
                .collect(),
            rubric: RUBRIC.citation(),
            scores: RUBRIC.scale.iter().map(|p| p.value).collect(),
        }
    }
}
