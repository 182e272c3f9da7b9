//! Whose judgement a recorded rating is: a [`Coding`] says whether the source stated it or an
//! assessor coded it — who, when, on what basis.
//!
//! Ansell–Gash ratings, 5M findings and weights, IAP2 involvement levels, Sulistiyani stages
//! reached and qualitative codes are judgements. Each may carry its own `coding`; one left
//! without takes the case's `coding` (the case-level default, also the report's sign-off).
//! Where neither is recorded the report says so — it never presents a judgement as the
//! source's finding.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::read::read_struct;

labelled_enum! {
    /// Who made a judgement.
    pub enum CodingKind {
        /// The source itself states it (a score or level printed in the seed).
        StatedBySource => ("stated_by_source", "Dinyatakan oleh sumber", "Stated by the source"),
        /// An assessor coded it from the source's words (the bundled cases: berdaya's coding of
        /// the seed, not the seed's finding).
        CodedByAssessor => ("coded_by_assessor", "Dikode oleh penilai", "Coded by an assessor"),
    }
}

/// The provenance of a judgement: stated by the source, or coded by whom, when and on what
/// basis.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::coding::{Coding, CodingKind};
use berdaya::prelude::*;
let c = Coding::coded_by("Tim Penilai Provinsi")
    .on(NaiveDate::from_ymd_opt(2025, 12, 3).unwrap());
assert_eq!(c.kind, CodingKind::CodedByAssessor);
let own = Coding::stated_by_source();
assert_eq!(Coding::resolve(Some(&own), Some(&c)), Some(&own));
assert_eq!(Coding::resolve(None, Some(&c)), Some(&c));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Coding {
    /// Stated by the source or coded by an assessor.
    pub kind: CodingKind,
    /// Who coded it (a person, a team, or `berdaya` for the bundled cases).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// When it was coded.
    #[serde(
        default,
        deserialize_with = "crate::model::date::optional_day",
        skip_serializing_if = "Option::is_none"
    )]
    pub on: Option<NaiveDate>,
    /// On what basis: the method, or what the coder read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Text>,
}

read_struct! {
    Coding {
        kind: required,
        by: default,
        on: via [crate::model::date::OptionalDay],
        basis: default,
    }
}

impl Coding {
    /// A judgement the source itself states.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::{Coding, CodingKind};
    /// let c = Coding::stated_by_source();
    /// assert_eq!(c.kind, CodingKind::StatedBySource);
    /// assert_eq!(c.by, None, "nobody coded it");
    /// ```
    pub fn stated_by_source() -> Self {
        Coding {
            kind: CodingKind::StatedBySource,
            by: None,
            on: None,
            basis: None,
        }
    }

    /// A judgement coded by `by`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::{Coding, CodingKind};
    /// let c = Coding::coded_by("berdaya");
    /// assert_eq!(c.kind, CodingKind::CodedByAssessor);
    /// assert_eq!(c.by.as_deref(), Some("berdaya"));
    /// assert_eq!(c.on, None);
    /// ```
    pub fn coded_by(by: impl Into<String>) -> Self {
        Coding {
            kind: CodingKind::CodedByAssessor,
            by: Some(by.into()),
            on: None,
            basis: None,
        }
    }

    /// The same coding, dated.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::Coding;
    /// use berdaya::prelude::*;
    /// let day = NaiveDate::from_ymd_opt(2025, 12, 3).unwrap();
    /// assert_eq!(Coding::coded_by("Tim Penilai").on(day).on, Some(day));
    /// ```
    pub fn on(mut self, date: NaiveDate) -> Self {
        self.on = Some(date);
        self
    }

    /// The same coding, with its basis.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::coding::Coding;
    /// use berdaya::prelude::*;
    /// let c = Coding::coded_by("Tim Penilai")
    ///     .with_basis(Text::new("Dibaca dari laporan kegiatan", "Read from the activity report"));
    /// assert_eq!(c.basis.unwrap().get(Lang::En), "Read from the activity report");
    /// ```
    pub fn with_basis(mut self, basis: Text) -> Self {
        self.basis = Some(basis);
        self
    }

    /// The coding that holds for one judgement: its own, else the default (the case's).
    ///
    /// # Examples
    ///
    /// With neither recorded the answer is `None`, which a report shows as "not recorded":
    ///
    /// ```
    /// use berdaya::model::coding::Coding;
    /// let case_default = Coding::coded_by("berdaya");
    /// let own = Coding::stated_by_source();
    /// assert_eq!(Coding::resolve(Some(&own), Some(&case_default)), Some(&own));
    /// assert_eq!(Coding::resolve(None, Some(&case_default)), Some(&case_default));
    /// assert_eq!(Coding::resolve(None, None), None);
    /// ```
    pub fn resolve<'a>(own: Option<&'a Coding>, default: Option<&'a Coding>) -> Option<&'a Coding> {
        own.or(default)
    }
}

labelled_enum! {
    /// What kind of number a threshold is, and so whose judgement rests on it.
    #[non_exhaustive]
    pub enum Basis {
        /// A figure the source observed, reused as the line (seed 002's "tidak lebih dari 50%").
        ObservedInSource => ("observed_in_source", "Angka yang diamati sumber", "Figure observed in the source"),
        /// What the source itself states or recommends (seed 003's partners to bring in).
        StatedBySource => ("stated_by_source", "Dinyatakan oleh sumber", "Stated by the source"),
        /// A rule of the programme (a regulation, a guideline).
        ProgrammeRule => ("programme_rule", "Aturan program", "Programme rule"),
        /// berdaya's assumption: the sources give no norm.
        Assumption => ("assumption", "Asumsi berdaya (sumber tidak memberi norma)", "berdaya's assumption (the sources give no norm)"),
        /// A convention borrowed from another instrument (the Ansell–Gash bands come from the
        /// Wilder Collaboration Factors Inventory's reading of members' survey means).
        BorrowedConvention => ("borrowed_convention", "Konvensi pinjaman (bukan dari sumber)", "Borrowed convention (not from the source)"),
        /// A value the caller chose instead of the default.
        SetByCaller => ("set_by_caller", "Ditetapkan pengguna", "Set by the user"),
    }
}
