//! Key figures a source states about a programme (counts, rates, caseloads).

use serde::Serialize;

use crate::model::ids::{ActivityId, CohortId, EvidenceId, FigureId, SiteId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::read::read_struct;

labelled_enum! {
    /// What a figure measures.
    #[non_exhaustive]
    pub enum Metric {
        /// Beneficiary families (KPM) or target households.
        Beneficiaries => ("beneficiaries", "Keluarga penerima manfaat", "Beneficiary families"),
        /// Beneficiaries counted as persons, not families (seed 002: "40.255 ribu orang"): not
        /// a family count, so no per-family caseload is computed from it.
        BeneficiaryPersons => ("beneficiary_persons", "Penerima manfaat (orang)", "Beneficiaries (persons)"),
        /// Participants in an activity or programme.
        Participants => ("participants", "Peserta", "Participants"),
        /// Facilitators (pendamping, fasilitator).
        Facilitators => ("facilitators", "Pendamping/fasilitator", "Facilitators"),
        /// Groups (kelompok).
        Groups => ("groups", "Kelompok", "Groups"),
        /// Kelurahan or desa covered.
        Villages => ("villages", "Kelurahan/desa", "Villages"),
        /// Attendance rate, in percent.
        AttendanceRate => ("attendance_rate", "Tingkat kehadiran (%)", "Attendance rate (%)"),
        /// Recipients of a grant or aid.
        Recipients => ("recipients", "Penerima bantuan", "Aid recipients"),
        /// Months an activity ran.
        DurationMonths => ("duration_months", "Lama kegiatan (bulan)", "Duration (months)"),
    }
}

impl Metric {
    /// Whether the metric is a percentage (and so must lie in 0-100).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::figure::Metric;
    /// assert!(Metric::AttendanceRate.is_percentage());
    /// assert!(!Metric::Beneficiaries.is_percentage());
    /// ```
    pub fn is_percentage(self) -> bool {
        matches!(self, Metric::AttendanceRate)
    }
}

labelled_enum! {
    /// How a figure bounds the true value.
    pub enum Bound {
        /// The value itself.
        Exact => ("exact", "tepat", "exactly"),
        /// The true value is at most this ("tidak lebih dari 50%").
        AtMost => ("at_most", "paling banyak", "at most"),
        /// The true value is at least this.
        AtLeast => ("at_least", "paling sedikit", "at least"),
        /// An estimate ("diperkirakan").
        Approximate => ("approximate", "sekitar", "about"),
    }
}

/// A number a source states, with what it is about.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 002 counts Kota Tangerang's PKH beneficiaries in May 2023 as "40.255 ribu orang" —
persons, not families — and Karawaci's attendance as "tidak lebih dari 50%", a bound:

```
use berdaya::model::figure::{Bound, Figure, Metric};
let f = Figure::new("f-kpm", Metric::BeneficiaryPersons, 40_255.0).with_year(2023);
assert_eq!(f.bound, Bound::Exact, "a figure is exact unless a bound is set");
assert_eq!(f.year, Some(2023));
let at_most = Figure::new("f-kehadiran", Metric::AttendanceRate, 50.0).with_bound(Bound::AtMost);
assert_eq!(at_most.bound, Bound::AtMost);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Figure {
    /// Identifier within the document.
    pub id: FigureId,
    /// What it measures.
    pub metric: Metric,
    /// The value.
    pub value: f64,
    /// How the value bounds the truth.
    #[serde(default = "exact", skip_serializing_if = "is_exact")]
    pub bound: Bound,
    /// Year it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Site it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Cohort it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortId>,
    /// Activity it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<ActivityId>,
    /// Stakeholder it describes (e.g. the facilitators counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder: Option<StakeholderId>,
    /// Evidence that states it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Figure {
        id: required,
        metric: required,
        value: required,
        bound: default [exact],
        year: default,
        site: default,
        cohort: default,
        activity: default,
        stakeholder: default,
        evidence: default,
    }
}

fn exact() -> Bound {
    Bound::Exact
}

fn is_exact(b: &Bound) -> bool {
    *b == Bound::Exact
}
