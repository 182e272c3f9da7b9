//! The Sulistiyani progression a case stores: one [`Progression`] per participant, group or
//! cohort, with indicators and evidence per stage on each dimension. Graduation readiness and
//! cohort distributions are in [`frameworks::sulistiyani`](crate::frameworks::sulistiyani).

use serde::{Deserialize, Serialize};

use crate::model::coding::Coding;
use crate::model::date::PartialDate;
use crate::model::ids::{CohortId, EvidenceId, ParticipantId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::read::read_struct;

labelled_enum! {
    in "berdaya::model::records::sulistiyani";
    /// A dimension of welfare that a session serves or a participant progresses on.
    pub enum Dimension {
        /// Social (social welfare, behaviour, care of elderly and disabled).
        Social => ("social", "Sosial", "Social"),
        /// Economic (finance, saving, business).
        Economic => ("economic", "Ekonomi", "Economic"),
        /// Health and nutrition.
        Health => ("health", "Kesehatan", "Health"),
        /// Education and parenting.
        Education => ("education", "Pendidikan", "Education"),
        /// Protection (of children, against violence).
        Protection => ("protection", "Perlindungan", "Protection"),
    }
}

labelled_enum! {
    /// One of the three stages, in order.
    pub enum SulistiyaniStage {
        /// Penyadaran dan pembentukan perilaku.
        Awareness => ("penyadaran", "Penyadaran dan pembentukan perilaku", "Awareness and behaviour formation"),
        /// Transformasi kemampuan.
        Transformation => ("transformasi", "Transformasi kemampuan", "Capability transformation"),
        /// Peningkatan kemampuan intelektual dan keterampilan.
        Enhancement => ("peningkatan", "Peningkatan kemampuan intelektual dan keterampilan", "Intellectual and skill enhancement"),
    }
}

impl SulistiyaniStage {
    /// The stage's position, 1 to 3.
    ///
    /// # Examples
    ///
    /// The stages are ordered as their numbers are:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let numbers: Vec<u8> = SulistiyaniStage::ALL.iter().map(|s| s.number()).collect();
    /// assert_eq!(numbers, [1, 2, 3]);
    /// assert!(SulistiyaniStage::Awareness < SulistiyaniStage::Enhancement);
    /// ```
    pub fn number(self) -> u8 {
        match self {
            SulistiyaniStage::Awareness => 1,
            SulistiyaniStage::Transformation => 2,
            SulistiyaniStage::Enhancement => 3,
        }
    }
}

/// Who is tracked.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
let s: Subject = serde_json::from_str(r#"{"cohort": "kpm-karawaci"}"#).unwrap();
assert_eq!(s, Subject::Cohort(CohortId::new("kpm-karawaci")));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Subject {
    /// One participant.
    Participant(ParticipantId),
    /// A cohort described by aggregates.
    Cohort(CohortId),
    /// A group recorded as a stakeholder.
    Group(StakeholderId),
}

/// An indicator of one stage on one dimension.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
use berdaya::model::records::sulistiyani::StageIndicator;
let applies = StageIndicator::new(
    SulistiyaniStage::Transformation,
    Text::new("KPM mulai menerapkan materi P2K2", "Families begin to apply P2K2 material"),
)
.with_met(true)
.with_evidence(["e-transformasi"]);
assert_eq!(applies.met, Some(true));
let unassessed = StageIndicator::new(SulistiyaniStage::Enhancement, Text::new("…", ""));
assert_eq!(unassessed.met, None, "not assessed is not 'not met'");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct StageIndicator {
    /// The stage it marks.
    pub stage: SulistiyaniStage,
    /// What is observed.
    pub label: Text,
    /// Whether it is met (`None`: not assessed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    /// Evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    StageIndicator {
        stage: required,
        label: required,
        met: default,
        evidence: default,
    }
}

/// Progress on one dimension.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
use berdaya::model::records::sulistiyani::DimensionProgress;
let economic = DimensionProgress::new(Dimension::Economic)
    .with_reached(SulistiyaniStage::Transformation)
    .with_evidence(["e-sosial-ekonomi"]);
assert_eq!(economic.reached.map(|s| s.number()), Some(2));
assert_eq!(DimensionProgress::new(Dimension::Health).reached, None);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DimensionProgress {
    /// The dimension.
    pub dimension: Dimension,
    /// The highest stage reached (`None`: not yet at the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<SulistiyaniStage>,
    /// Indicators per stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<StageIndicator>,
    /// Evidence for the stage reached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// Whose judgement this is (`None`: the case's [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
}

read_struct! {
    DimensionProgress {
        dimension: required,
        reached: default,
        indicators: default,
        evidence: default,
        coding: default,
    }
}

/// The progression of one subject on each dimension.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Karawaci's PKH families in May 2023 (seed 002): social change reached the third stage,
economic change stopped at the second:

```
use berdaya::prelude::*;
let case = berdaya::cases::load("p2k2-karawaci").unwrap();
let kpm = &case.sulistiyani[0];
assert_eq!(kpm.subject, Subject::Cohort(CohortId::new("kpm-karawaci")));
assert_eq!(kpm.as_of.map(|d| d.to_string()).as_deref(), Some("2023-05"));
assert_eq!(kpm.reached(Dimension::Social), Some(SulistiyaniStage::Enhancement));
assert_eq!(kpm.reached(Dimension::Economic), Some(SulistiyaniStage::Transformation));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Progression {
    /// Who.
    pub subject: Subject,
    /// When it was assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// One entry per dimension.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<DimensionProgress>,
}

read_struct! {
    Progression {
        subject: required,
        as_of: default,
        dimensions: default,
    }
}

impl Progression {
    /// The stage reached on `dimension`.
    ///
    /// # Examples
    ///
    /// `None` both for a dimension not recorded and for one recorded as not yet at the first
    /// stage; [`dimensions`](Self::dimensions) tells them apart:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let p = Progression::of_participant("kpm-01")
    ///     .with_stage(Dimension::Social, Some(SulistiyaniStage::Awareness), &[])
    ///     .with_stage(Dimension::Economic, None, &[]);
    /// assert_eq!(p.reached(Dimension::Social), Some(SulistiyaniStage::Awareness));
    /// assert_eq!(p.reached(Dimension::Economic), None);
    /// assert_eq!(p.reached(Dimension::Health), None);
    /// assert!(!p.dimensions.iter().any(|d| d.dimension == Dimension::Health));
    /// ```
    pub fn reached(&self, dimension: Dimension) -> Option<SulistiyaniStage> {
        self.dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .and_then(|d| d.reached)
    }

    /// The progression of one participant, with nothing assessed yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let p = Progression::of_participant("kpm-01");
    /// assert_eq!(p.subject, Subject::Participant(ParticipantId::new("kpm-01")));
    /// assert!(p.dimensions.is_empty() && p.as_of.is_none());
    /// ```
    pub fn of_participant(participant: impl Into<String>) -> Self {
        Progression {
            subject: Subject::Participant(ParticipantId::new(participant)),
            as_of: None,
            dimensions: Vec::new(),
        }
    }

    /// Records the stage reached on a dimension (`None`: not yet at the first), with evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::frameworks::sulistiyani::SulistiyaniStage;
    /// use berdaya::model::catalogue::Dimension;
    /// let p = Progression::of_participant("kpm-01")
    ///     .with_stage(Dimension::Social, Some(SulistiyaniStage::Enhancement), &["e-1"]);
    /// assert_eq!(p.dimensions.len(), 1);
    /// ```
    pub fn with_stage(
        mut self,
        dimension: Dimension,
        reached: Option<SulistiyaniStage>,
        evidence: &[&str],
    ) -> Self {
        self.dimensions.push(DimensionProgress {
            dimension,
            reached,
            indicators: Vec::new(),
            evidence: evidence.iter().map(|e| EvidenceId::new(*e)).collect(),
            coding: None,
        });
        self
    }
}
