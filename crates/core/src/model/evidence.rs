//! Evidence — quotes, observations, documents, photos — and the qualitative codes on them.

use serde::{Deserialize, Serialize};

use crate::model::coding::Coding;
use crate::model::date::PartialDate;
use crate::model::ids::{
    ActivityId, AssistanceId, CodeId, CohortId, EvidenceId, FigureId, ParticipantId, SiteId,
    StakeholderId,
};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::read::read_struct;
use crate::model::records::adi::AdiStage;

labelled_enum! {
    /// The kind of an evidence item.
    #[non_exhaustive]
    pub enum EvidenceKind {
        /// Words of an informant, quoted.
        Quote => ("quote", "Kutipan wawancara", "Interview quote"),
        /// What the researcher observed or concluded.
        Observation => ("observation", "Observasi", "Observation"),
        /// A document, statistic or regulation.
        Document => ("document", "Dokumen", "Document"),
        /// A photograph.
        Photo => ("photo", "Foto", "Photograph"),
    }
}

labelled_enum! {
    /// The coding level (Neuman 2014, as seed 002 applies it).
    pub enum CodeLevel {
        /// Open coding: initial codes summarising the data.
        Open => ("open", "Koding terbuka", "Open code"),
        /// Axial coding: codes organised and linked into categories.
        Axial => ("axial", "Koding aksial", "Axial code"),
        /// Selective coding: the conceptual categories the analysis develops.
        Selective => ("selective", "Koding selektif", "Selective code"),
    }
}

/// Who said it.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 002 names its informants by initials and role only:

```
use berdaya::prelude::*;
let ps = Informant::new("PS", "SDM");
assert_eq!((ps.code.as_str(), ps.role.as_str()), ("PS", "SDM"));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Informant {
    /// Informant code as the source gives it (e.g. "SY").
    pub code: String,
    /// Role (e.g. "SDM PKH").
    pub role: String,
}

read_struct! {
    Informant {
        code: required,
        role: required,
    }
}

/// What an evidence item supports.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

In a document the programme is a plain string and every other target names its kind:

```
use berdaya::prelude::*;
let targets: Vec<Target> =
    serde_json::from_str(r#"["programme", {"activity": "p2k2-bulanan"}]"#).unwrap();
assert_eq!(targets, [Target::Programme, Target::Activity(ActivityId::new("p2k2-bulanan"))]);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Target {
    /// The programme as a whole.
    Programme,
    /// A site.
    Site(SiteId),
    /// A stakeholder.
    Stakeholder(StakeholderId),
    /// An activity.
    Activity(ActivityId),
    /// A participant.
    Participant(ParticipantId),
    /// A cohort.
    Cohort(CohortId),
    /// An assistance hand-over.
    Assistance(AssistanceId),
    /// A figure.
    Figure(FigureId),
    /// An Adi stage.
    AdiStage(AdiStage),
}

/// One unit of qualitative data.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

A quote from seed 002, verbatim, with its English gloss kept apart from the original:

```
use berdaya::prelude::*;
let e = Evidence::new(
    "e-ps-modul",
    EvidenceKind::Quote,
    "KPM memahami materi apa yang diberikan tetapi masih sulit untuk diimplementasikan mbak.",
)
.with_informant("PS", "SDM")
.with_gloss_en("Families understand the material but still find it hard to put into practice.")
.with_codes(["c-modul"]);
assert!(e.text.starts_with("KPM memahami"));
assert_eq!(e.codes, [CodeId::new("c-modul")]);
assert_eq!(e.date, None);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Evidence {
    /// Identifier within the document.
    pub id: EvidenceId,
    /// Kind.
    pub kind: EvidenceKind,
    /// The text, verbatim from its source.
    pub text: String,
    /// An English rendering of `text`, marked as a translation wherever it is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss_en: Option<String>,
    /// Who said it, for quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub informant: Option<Informant>,
    /// When it was said, observed or issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where it was found (a document, a page, a dataset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What it supports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<Target>,
    /// Qualitative codes applied to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<CodeId>,
}

read_struct! {
    Evidence {
        id: required,
        kind: required,
        text: required,
        gloss_en: default,
        informant: default,
        date: default,
        source: default,
        supports: default,
        codes: default,
    }
}

/// A qualitative code; axial codes group open ones, selective codes group axial ones.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

The Karawaci case's code tree (seed 002): the open code for lacking facilities under the
axial code for obstacles:

```
use berdaya::prelude::*;
use berdaya::model::evidence::{Code, CodeLevel};
let label = Text::new("Kurangnya sarana P2K2", "Lack of P2K2 facilities");
let sarana = Code::new("c-sarana", label, CodeLevel::Open).with_parent("c-hambatan");
assert_eq!(sarana.parent, Some(CodeId::new("c-hambatan")));
assert_eq!(sarana.coding, None, "whose coding it is falls back to the case's");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Code {
    /// Identifier within the document.
    pub id: CodeId,
    /// Label.
    pub label: Text,
    /// Level.
    pub level: CodeLevel,
    /// The code one level up that this one belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<CodeId>,
    /// Whose judgement this is (`None`: the case's [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
}

read_struct! {
    Code {
        id: required,
        label: required,
        level: required,
        parent: default,
        coding: default,
    }
}

impl Evidence {
    /// An evidence item with its id, kind and verbatim text; informant, date and links added
    /// with the `with_*` methods.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let e = Evidence::new("e-alat", EvidenceKind::Quote, "kelompok binaan tidak memiliki alat-alat")
    ///     .with_informant("I-01", "Kader PKK")
    ///     .supporting(Target::AdiStage(AdiStage::Implementation));
    /// assert_eq!(e.informant.unwrap().code, "I-01");
    /// ```
    pub fn new(id: impl Into<String>, kind: EvidenceKind, text: impl Into<String>) -> Self {
        Evidence {
            id: EvidenceId::new(id),
            kind,
            text: text.into(),
            gloss_en: None,
            informant: None,
            date: None,
            source: None,
            supports: Vec::new(),
            codes: Vec::new(),
        }
    }

    /// Sets the informant's pseudonymous code and role.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let e = Evidence::new("e-1", EvidenceKind::Quote, "…").with_informant("DY", "SDM");
    /// assert_eq!(e.informant, Some(Informant::new("DY", "SDM")));
    /// ```
    pub fn with_informant(mut self, code: impl Into<String>, role: impl Into<String>) -> Self {
        self.informant = Some(Informant {
            code: code.into(),
            role: role.into(),
        });
        self
    }

    /// Sets the date.
    ///
    /// # Examples
    ///
    /// An interview dated to the month, as seed 002 dates it:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let march = PartialDate::month(2023, 3).unwrap();
    /// let e = Evidence::new("e-1", EvidenceKind::Quote, "…").dated(march);
    /// assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2023-03"));
    /// ```
    pub fn dated(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds something the evidence supports.
    ///
    /// # Examples
    ///
    /// One item may support several things; each call adds one:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let e = Evidence::new("e-diundang", EvidenceKind::Observation, "…")
    ///     .supporting(Target::Stakeholder("rt-rw-psm".into()))
    ///     .supporting(Target::Stakeholder("aparat-kelurahan".into()));
    /// assert_eq!(e.supports.len(), 2);
    /// ```
    pub fn supporting(mut self, target: Target) -> Self {
        self.supports.push(target);
        self
    }
}
