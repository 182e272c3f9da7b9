//! The Ansell–Gash ratings a case stores: an [`AnsellGashAssessment`] cites its rubric and holds one
//! [`Rating`] per indicator, with evidence and whose rating it is, and may quote the source's own
//! conclusion. The rubric and the scoring are in
//! [`frameworks::ansell_gash`](crate::frameworks::ansell_gash).

use serde::Serialize;

use crate::model::coding::Coding;
use crate::model::ids::EvidenceId;
use crate::model::lang::Text;
use crate::model::read::read_struct;

/// One rating of one indicator.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

An indicator the source says nothing about is kept without a score, with a note saying
so, rather than scored low:

```
use berdaya::prelude::*;
let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
let ag = case.ansell_gash.as_ref().unwrap();
let prehistory = ag.ratings.iter().find(|r| r.indicator == "prehistory").unwrap();
assert_eq!(prehistory.score, None);
assert!(prehistory.note.is_some());
let balance = Rating::new("balance").with_score(2).with_evidence(["e-ketidakseimbangan"]);
assert_eq!(balance.score, Some(2));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Rating {
    /// The indicator id.
    pub indicator: String,
    /// Score on the rubric's scale (`None`: not observed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// Evidence for the score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// A note on the rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Whose judgement this is (`None`: the case's [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
}

read_struct! {
    Rating {
        indicator: required,
        score: default,
        evidence: default,
        note: default,
        coding: default,
    }
}

/// An assessment against a cited rubric.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Sekoper Cinta's ratings cite the rubric they were scored on and quote the source's own
conclusion beside them (seed 003):

```
use berdaya::prelude::*;
let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
let ag = case.ansell_gash.as_ref().unwrap();
assert_eq!(ag.rubric, "berdaya-ansell-gash/2");
assert_eq!(ag.source_conclusion, Some(EvidenceId::new("e-kesimpulan")));
assert!(ag.ratings.iter().any(|r| r.score.is_none()), "not observed is not a score");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the definition's name from before the rename: documents did not change.
#[cfg_attr(feature = "schema", schemars(rename = "Assessment"))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AnsellGashAssessment {
    /// The rubric cited, `id/version` (e.g. `berdaya-ansell-gash/1`).
    pub rubric: String,
    /// The ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    /// Whose ratings these are unless a rating says otherwise (`None`: the case's
    /// [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
    /// The source's own overall conclusion on the collaboration, as an evidence item quoting
    /// it (seed 003: "… sudah cukup baik"), shown beside the coded overall score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_conclusion: Option<EvidenceId>,
}

read_struct! {
    AnsellGashAssessment {
        rubric: required,
        ratings: default,
        coding: default,
        source_conclusion: default,
    }
}

impl AnsellGashAssessment {
    /// An assessment against the rubric cited as `id/version` (e.g. `berdaya-ansell-gash/1`),
    /// with no rating yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = AnsellGashAssessment::new("berdaya-ansell-gash/2");
    /// assert!(a.ratings.is_empty());
    /// assert_eq!((a.coding, a.source_conclusion), (None, None));
    /// ```
    pub fn new(rubric: impl Into<String>) -> Self {
        AnsellGashAssessment {
            rubric: rubric.into(),
            ratings: Vec::new(),
            coding: None,
            source_conclusion: None,
        }
    }

    /// Rates one indicator (`None`: not observed) with evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = AnsellGashAssessment::new("berdaya-ansell-gash/1").rate("dialogue", Some(4), &["e-rapat"]);
    /// assert_eq!(a.ratings[0].score, Some(4));
    /// ```
    pub fn rate(
        mut self,
        indicator: impl Into<String>,
        score: Option<u8>,
        evidence: &[&str],
    ) -> Self {
        self.ratings.push(Rating {
            indicator: indicator.into(),
            score,
            evidence: evidence.iter().map(|e| EvidenceId::new(*e)).collect(),
            note: None,
            coding: None,
        });
        self
    }

    /// The same assessment, coded by `coding` (the default of its ratings).
    ///
    /// # Examples
    ///
    /// A rating with its own coding keeps it; the others take the assessment's:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::coding::Coding;
    /// let team = Coding::coded_by("Tim Penilai");
    /// let a = AnsellGashAssessment::new("berdaya-ansell-gash/2")
    ///     .rate("balance", Some(2), &["e-ketidakseimbangan"])
    ///     .coded(team.clone());
    /// let whose = Coding::resolve(a.ratings[0].coding.as_ref(), a.coding.as_ref());
    /// assert_eq!(whose, Some(&team));
    /// ```
    pub fn coded(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}
