//! The Ansell–Gash ratings a case stores: an [`Assessment`] cites its rubric and holds one
//! [`Rating`] per indicator, with evidence. The rubric and the scoring are in
//! [`frameworks::ansell_gash`](crate::frameworks::ansell_gash).

use serde::{Deserialize, Serialize};

use crate::model::ids::EvidenceId;
use crate::model::lang::Text;

/// One rating of one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The rubric cited, `id/version` (e.g. `berdaya-ansell-gash/1`).
    pub rubric: String,
    /// The ratings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
}
