//! Cohorts: aggregate figures about a group whose members are not listed.
//!
//! Where a seed gives aggregates ("192 WRSE in the city, 97 in Junrejo; 70 % widowed by death,
//! 30 % by divorce; SD 50 %, SMP 30 %, SMA 20 %"), the case keeps aggregates: berdaya never
//! invents the individuals behind them.

use serde::Serialize;

use crate::model::ids::{CohortId, EvidenceId, SiteId};
use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::model::participant::{Education, MaritalStatus, SocialAssistance};
use crate::model::read::read_struct;

/// The share of a cohort in one category of a mutually exclusive breakdown.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 004's education of Kota Batu's WRSE: SD 50 %, SMP 30 %, SMA 20 %:

```
use berdaya::model::cohort::Share;
use berdaya::model::participant::Education;
let education = [
    Share::new(Education::Sd, 50.0),
    Share::new(Education::Smp, 30.0),
    Share::new(Education::Sma, 20.0),
];
assert_eq!(education.iter().map(|s| s.percent).sum::<f64>(), 100.0);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Share<T> {
    /// The category.
    pub category: T,
    /// Percentage of the cohort, 0-100.
    pub percent: f64,
}

read_struct! {
    Share<T> {
        category: required,
        percent: required,
    }
}

impl<T> Share<T> {
    /// `percent` (0–100) of the cohort in `category`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::cohort::Share;
    /// use berdaya::model::participant::MaritalStatus;
    /// // Seed 004: 70 % of Junrejo's WRSE widowed by death.
    /// let widowed = Share::new(MaritalStatus::Widowed, 70.0);
    /// assert_eq!(widowed.category, MaritalStatus::Widowed);
    /// ```
    pub fn new(category: T, percent: f64) -> Self {
        Share { category, percent }
    }
}

/// The share of a cohort receiving all of a set of assistance (shares may overlap).
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 004: 55 % of the WRSE receive both BLT and Rastra, 90 % Rastra — overlapping shares,
so they need not sum to 100:

```
use berdaya::model::cohort::AssistanceShare;
use berdaya::model::participant::SocialAssistance;
let both = AssistanceShare::new(55.0)
    .with_receives_all([SocialAssistance::Blt, SocialAssistance::Rastra]);
let rastra = AssistanceShare::new(90.0).with_receives_all([SocialAssistance::Rastra]);
assert_eq!(both.receives_all.len(), 2);
assert!(both.percent + rastra.percent > 100.0);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AssistanceShare {
    /// Assistance received together.
    pub receives_all: Vec<SocialAssistance>,
    /// Percentage of the cohort, 0-100.
    pub percent: f64,
}

read_struct! {
    AssistanceShare {
        receives_all: required,
        percent: required,
    }
}

/// An inclusive range of whole numbers (ages, dependants).
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::cohort::CountRange;
// Seed 004: three to five dependants per WRSE.
let dependants = CountRange::new(3, 5);
assert_eq!((dependants.min, dependants.max), (3, 5));
assert_eq!(serde_json::to_string(&dependants).unwrap(), r#"{"min":3,"max":5}"#);
```
"##
)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CountRange {
    /// Smallest value.
    pub min: u32,
    /// Largest value.
    pub max: u32,
}

read_struct! {
    CountRange {
        min: required,
        max: required,
    }
}

/// A group described by aggregate figures.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Junrejo's 97 WRSE within Kota Batu's 192 (seed 004), kept as aggregates:

```
use berdaya::prelude::*;
use berdaya::model::cohort::Cohort;
let junrejo = Cohort::new("wrse-junrejo", Text::new("WRSE Kecamatan Junrejo", ""))
    .with_part_of("wrse-kota-batu")
    .with_size(97);
assert_eq!(junrejo.size, Some(97));
assert_eq!(junrejo.part_of, Some(CohortId::new("wrse-kota-batu")));
assert!(junrejo.marital_status.is_empty(), "no breakdown recorded for Junrejo");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Cohort {
    /// Identifier within the document.
    pub id: CohortId,
    /// What the group is.
    pub label: Text,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// The larger cohort this one is part of (Junrejo's WRSE within Kota Batu's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<CohortId>,
    /// Year the figures describe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Number of people (or households).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Breakdown by marital status (mutually exclusive; shares sum to at most 100).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marital_status: Vec<Share<MaritalStatus>>,
    /// Breakdown by education (mutually exclusive; shares sum to at most 100).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<Share<Education>>,
    /// Shares receiving assistance (may overlap).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assistance: Vec<AssistanceShare>,
    /// Age range of members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<CountRange>,
    /// Range of dependants per member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependants: Option<CountRange>,
    /// Members' monthly income is below this amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_income_below: Option<Rupiah>,
    /// Evidence for the figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Cohort {
        id: required,
        label: required,
        site: default,
        part_of: default,
        year: default,
        size: default,
        marital_status: default,
        education: default,
        assistance: default,
        age: default,
        dependants: default,
        monthly_income_below: default,
        evidence: default,
    }
}
