//! The Ansell–Gash ratings a case stores: an [`Assessment`] cites its rubric and holds one
//! [`Rating`] per indicator, with evidence. The rubric and the scoring are in
//! [`frameworks::ansell_gash`](crate::frameworks::ansell_gash).

use serde::{Deserialize, Serialize};

use crate::model::ids::EvidenceId;
use crate::model::lang::Text;

/// One rating of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
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
}

/// An assessment against a cited rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The rubric cited, `id/version` (e.g. `berdaya-ansell-gash/1`).
    pub rubric: String,
    /// The ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
}

impl Assessment {
    /// An assessment against the rubric cited as `id/version` (e.g. `berdaya-ansell-gash/1`),
    /// with no rating yet.
    pub fn new(rubric: impl Into<String>) -> Self {
        Assessment {
            rubric: rubric.into(),
            ratings: Vec::new(),
        }
    }

    /// Rates one indicator (`None`: not observed) with evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Assessment::new("berdaya-ansell-gash/1").rate("dialogue", Some(4), &["e-rapat"]);
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
        });
        self
    }
}
