//! The 5M findings a case stores: drivers (*pendorong*) and inhibitors (*penghambat*) of
//! Man, Machine, Method, Money and Material, each with a weight and evidence. Summaries per
//! factor are in [`frameworks::fivem`](crate::frameworks::fivem).

use serde::Serialize;

use crate::model::coding::Coding;
use crate::model::ids::EvidenceId;
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::read::read_struct;

labelled_enum! {
    /// One of the five management factors.
    pub enum Factor {
        /// People: facilitators, staff, participants.
        Man => ("man", "Man (sumber daya manusia)", "Man (people)"),
        /// Technology (seed 003: the WhatsApp groups); equipment given is Material.
        Machine => ("machine", "Machine (teknologi)", "Machine (technology)"),
        /// Procedures, roles and ways of working.
        Method => ("method", "Method (metode dan tata kerja)", "Method (procedures and roles)"),
        /// Funding.
        Money => ("money", "Money (pendanaan)", "Money (funding)"),
        /// Materials, equipment and supplies given.
        Material => ("material", "Material (bahan, sarana dan peralatan)", "Material (materials, facilities and equipment)"),
    }
}

labelled_enum! {
    /// Whether a finding drives or inhibits the programme.
    pub enum Direction {
        /// Pendorong.
        Driver => ("driver", "Pendorong", "Driver"),
        /// Penghambat.
        Inhibitor => ("inhibitor", "Penghambat", "Inhibitor"),
    }
}

/// Weights run from this minimum …
pub const WEIGHT_MIN: u8 = 1;
/// … to this maximum (1 minor, 2 moderate, 3 major).
pub const WEIGHT_MAX: u8 = 3;

/// One driver or inhibitor.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Karawaci's facilitators carry too many families (seed 002), a major Man inhibitor; a
weight is a judgement, so it says whose:

```
use berdaya::prelude::*;
use berdaya::model::coding::Coding;
let f = Finding::new(
    "man-dampingan",
    Factor::Man,
    Direction::Inhibitor,
    Text::new("Jumlah dampingan per pendamping tidak ideal", "Too many families per facilitator"),
    3,
    &["e-dy-dampingan"],
)
.with_coding(Coding::coded_by("Tim Penilai"));
assert_eq!((f.factor, f.direction, f.weight), (Factor::Man, Direction::Inhibitor, 3));
assert_eq!(f.evidence, [EvidenceId::new("e-dy-dampingan")]);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Finding {
    /// Id, unique within the case.
    pub id: String,
    /// The factor.
    pub factor: Factor,
    /// Driver or inhibitor.
    pub direction: Direction,
    /// What was found.
    pub description: Text,
    /// Weight, [`WEIGHT_MIN`] to [`WEIGHT_MAX`].
    pub weight: u8,
    /// Evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
    /// Whose judgement this is (`None`: the case's [`coding`](crate::model::case::Case::coding)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Coding>,
}

read_struct! {
    Finding {
        id: required,
        factor: required,
        direction: required,
        description: required,
        weight: required,
        evidence: default,
        coding: default,
    }
}

impl Finding {
    /// A driver or inhibitor of one factor with its weight (1 minor to 3 major) and evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let f = Finding::new("dana", Factor::Money, Direction::Inhibitor,
    ///     Text::new("Dana terbatas", "Limited funds"), 2, &["e-dana"]);
    /// assert_eq!(f.weight, 2);
    /// ```
    pub fn new(
        id: impl Into<String>,
        factor: Factor,
        direction: Direction,
        description: Text,
        weight: u8,
        evidence: &[&str],
    ) -> Self {
        Finding {
            id: id.into(),
            factor,
            direction,
            description,
            weight,
            evidence: evidence.iter().map(|e| EvidenceId::new(*e)).collect(),
            coding: None,
        }
    }
}
