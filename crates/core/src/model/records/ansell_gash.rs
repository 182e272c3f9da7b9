//! The Ansell–Gash ratings a case stores: an [`AnsellGashAssessment`] cites its rubric and holds one
//! [`Rating`] per indicator, with evidence and whose rating it is, and may quote the source's own
//! conclusion. The rubric and the scoring are in
//! [`frameworks::ansell_gash`](crate::frameworks::ansell_gash).
#![cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))] // #19: examples still to write

use serde::{Deserialize, Serialize};

use crate::model::coding::Coding;
use crate::model::ids::EvidenceId;
use crate::model::lang::Text;

/// One rating of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// An assessment against a cited rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

impl AnsellGashAssessment {
    /// An assessment against the rubric cited as `id/version` (e.g. `berdaya-ansell-gash/1`),
    /// with no rating yet.
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
    pub fn coded(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}
