//! The thresholds of the diagnostics: one unit per kind (percentages in percent), each field
//! with the unit in its name and a [`Basis`] that says what kind of number its default is.

use serde::{Deserialize, Serialize};

use crate::frameworks::ansell_gash::Banding;
use crate::insight::provenance::Basis;
use crate::model::lang::labelled_enum;
use crate::model::stakeholder::Sector;

labelled_enum! {
    in "berdaya::insight::diagnostics";
    /// One threshold of [`Thresholds`], named as its field is.
    #[non_exhaustive]
    pub enum Threshold {
        /// [`Thresholds::attendance_min_percent`].
        AttendanceMinPercent => ("attendance_min_percent", "Ambang kehadiran (%)", "Attendance threshold (%)"),
        /// [`Thresholds::caseload_max_families_per_facilitator`].
        CaseloadMaxFamiliesPerFacilitator => ("caseload_max_families_per_facilitator", "Batas keluarga per pendamping", "Families per facilitator, at most"),
        /// [`Thresholds::economic_sessions_min_percent`].
        EconomicSessionsMinPercent => ("economic_sessions_min_percent", "Porsi minimum sesi ekonomi (%)", "Economic sessions, minimum share (%)"),
        /// [`Thresholds::required_sectors`].
        RequiredSectors => ("required_sectors", "Unsur pentahelix yang diharapkan", "Pentahelix sectors expected"),
        /// [`Thresholds::ansell_gash_strength_from`].
        AnsellGashStrengthFrom => ("ansell_gash_strength_from", "Ansell–Gash: batas kategori kekuatan", "Ansell–Gash: strength band from"),
        /// [`Thresholds::ansell_gash_borderline_from`].
        AnsellGashBorderlineFrom => ("ansell_gash_borderline_from", "Ansell–Gash: batas kategori perlu perhatian", "Ansell–Gash: borderline band from"),
        /// [`Thresholds::ansell_gash_min_coverage_percent`].
        AnsellGashMinCoveragePercent => ("ansell_gash_min_coverage_percent", "Ansell–Gash: indikator dinilai minimal untuk kategori (%)", "Ansell–Gash: indicators rated for a band, at least (%)"),
    }
}

impl Threshold {
    /// What the threshold means and where its default comes from, in `lang` (the same words
    /// as the field's documentation on [`Thresholds`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::Threshold;
    /// use berdaya::Lang;
    /// for t in Threshold::ALL {
    ///     // Each in both languages, saying where its default comes from.
    ///     assert_ne!(t.explanation(Lang::Id), t.explanation(Lang::En));
    ///     assert!(t.explanation(Lang::En).contains("Default"));
    /// }
    /// ```
    pub fn explanation(self, lang: crate::model::lang::Lang) -> &'static str {
        use crate::model::lang::Lang::{En, Id};
        match (self, lang) {
            (Threshold::AttendanceMinPercent, En) => "Attendance at or below this percentage is low. Default 50: the source's observed figure (seed 002 reports P2K2 attendance \"tidak lebih dari 50%\" as an obstacle).",
            (Threshold::AttendanceMinPercent, Id) => "Kehadiran pada atau di bawah persentase ini dianggap rendah. Bawaan 50: angka yang diamati sumber (dokumen 002 mencatat kehadiran P2K2 \"tidak lebih dari 50%\" sebagai hambatan).",
            (Threshold::CaseloadMaxFamiliesPerFacilitator, En) => "More families per facilitator than this is too many. Default 250: berdaya's assumption (the seeds give no norm; seed 002 calls about 671 per facilitator \"tidak ideal\"). Set it to your programme's guideline.",
            (Threshold::CaseloadMaxFamiliesPerFacilitator, Id) => "Lebih banyak keluarga per pendamping dari angka ini terlalu banyak. Bawaan 250: asumsi berdaya (sumber tidak memberi norma; dokumen 002 menyebut sekitar 671 per pendamping \"tidak ideal\"). Sesuaikan dengan pedoman program.",
            (Threshold::EconomicSessionsMinPercent, En) => "A module catalogue with a smaller share of economic sessions (percent) is thin. Default 25: berdaya's assumption (seed 002 finds 3 sessions in 14 not enough; no seed names a share).",
            (Threshold::EconomicSessionsMinPercent, Id) => "Katalog modul dengan porsi sesi ekonomi (persen) lebih kecil dari ini dianggap kurang. Bawaan 25: asumsi berdaya (dokumen 002 menilai 3 dari 14 sesi tidak cukup; tidak ada sumber yang menyebut porsinya).",
            (Threshold::RequiredSectors, En) => "Pentahelix sectors a programme should involve (codes: government, business, academia, community, media). Default business and academia: stated by the source (seed 003 recommends partnering with both).",
            (Threshold::RequiredSectors, Id) => "Unsur pentahelix yang sebaiknya dilibatkan program (kode: government, business, academia, community, media). Bawaan dunia usaha dan akademisi: dinyatakan oleh sumber (dokumen 003 menyarankan kemitraan dengan keduanya).",
            (Threshold::AnsellGashStrengthFrom, En) => "An Ansell–Gash mean at or above this is a strength. Default 4.0: a borrowed convention, the Wilder Collaboration Factors Inventory's reading of members' survey means, not Ansell & Gash's.",
            (Threshold::AnsellGashStrengthFrom, Id) => "Rata-rata Ansell–Gash pada atau di atas angka ini adalah kekuatan. Bawaan 4,0: konvensi pinjaman, yaitu tafsiran Wilder Collaboration Factors Inventory atas rata-rata survei anggota, bukan dari Ansell & Gash.",
            (Threshold::AnsellGashBorderlineFrom, En) => "An Ansell–Gash mean at or above this (below the strength line) is borderline; below it, a concern. Default 3.0: a borrowed convention (Wilder, as above).",
            (Threshold::AnsellGashBorderlineFrom, Id) => "Rata-rata Ansell–Gash pada atau di atas angka ini (di bawah batas kekuatan) perlu perhatian; di bawahnya, masalah. Bawaan 3,0: konvensi pinjaman (Wilder, seperti di atas).",
            (Threshold::AnsellGashMinCoveragePercent, En) => "No Ansell–Gash band is given for a mean resting on fewer of its indicators than this share (percent). Default 50: berdaya's assumption (half the indicators).",
            (Threshold::AnsellGashMinCoveragePercent, Id) => "Tidak ada kategori Ansell–Gash untuk rata-rata yang bertumpu pada indikator lebih sedikit dari porsi ini (persen). Bawaan 50: asumsi berdaya (separuh indikator).",
        }
    }

    /// The kind of number the default is.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::Threshold;
    /// use berdaya::insight::provenance::Basis;
    /// // Seed 002 observed attendance "tidak lebih dari 50%": the source's figure, reused.
    /// assert_eq!(Threshold::AttendanceMinPercent.default_basis(), Basis::ObservedInSource);
    /// // No seed gives a caseload norm: 250 is berdaya's assumption, and says so.
    /// assert_eq!(Threshold::CaseloadMaxFamiliesPerFacilitator.default_basis(), Basis::Assumption);
    /// ```
    pub fn default_basis(self) -> Basis {
        match self {
            Threshold::AttendanceMinPercent => Basis::ObservedInSource,
            Threshold::CaseloadMaxFamiliesPerFacilitator
            | Threshold::EconomicSessionsMinPercent
            | Threshold::AnsellGashMinCoveragePercent => Basis::Assumption,
            Threshold::AnsellGashStrengthFrom | Threshold::AnsellGashBorderlineFrom => {
                Basis::BorrowedConvention
            }
            Threshold::RequiredSectors => Basis::StatedBySource,
        }
    }
}

/// Thresholds of the diagnostics, with documented defaults.
///
/// Shares are in percent (0–100) and say so in their names. Build one with
/// [`Thresholds::default`] and change the fields you need; a field left out of a JSON or
/// Python dict keeps its default.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::insight::diagnostics::Thresholds;
let mut t = Thresholds::default();
t.caseload_max_families_per_facilitator = 700.0;
assert_eq!(t.attendance_min_percent, 50.0);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Thresholds {
    /// Attendance at or below this percentage is low. Default 50 — **the source's observed
    /// figure**: seed 002 reports P2K2 attendance "tidak lebih dari 50%" as an obstacle. P2K2
    /// attendance is an obligation of every KPM, so a programme may well set it higher.
    pub attendance_min_percent: f64,
    /// More families per facilitator than this is too many. Default 250 — **an assumption**:
    /// the seeds give no norm; seed 002 calls 40,255 KPM for 60 facilitators (≈ 671 each)
    /// "tidak ideal". Set it to your programme's guideline.
    pub caseload_max_families_per_facilitator: f64,
    /// A module catalogue with a smaller share of economic sessions (in percent) is thin.
    /// Default 25 — **an assumption**: graduation needs economic change as much as social
    /// change (seed 002), and seed 002's facilitators find 3 sessions in 14 (21 %) not enough;
    /// no seed names a share.
    pub economic_sessions_min_percent: f64,
    /// Pentahelix sectors a programme should involve. Default business and academia — **stated
    /// by the source**: the two seed 003 recommends partnering with.
    pub required_sectors: Vec<Sector>,
    /// An Ansell–Gash mean at or above this is a strength. Default 4.0 — **a borrowed
    /// convention**: the Wilder Collaboration Factors Inventory's reading of members' survey
    /// means, not Ansell & Gash's.
    pub ansell_gash_strength_from: f64,
    /// An Ansell–Gash mean at or above this (below the strength line) is borderline; below it
    /// a concern. Default 3.0 — **a borrowed convention** (Wilder, as above).
    pub ansell_gash_borderline_from: f64,
    /// No Ansell–Gash band for a mean resting on fewer of its indicators than this share (in
    /// percent). Default 50 — **an assumption**: half the indicators.
    pub ansell_gash_min_coverage_percent: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            attendance_min_percent: 50.0,
            caseload_max_families_per_facilitator: 250.0,
            economic_sessions_min_percent: 25.0,
            required_sectors: vec![Sector::Business, Sector::Academia],
            ansell_gash_strength_from: 4.0,
            ansell_gash_borderline_from: 3.0,
            ansell_gash_min_coverage_percent: 50.0,
        }
    }
}

impl Thresholds {
    /// What kind of number `threshold` is here: its default's basis, or
    /// [`Basis::SetByCaller`] when the caller changed it.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Threshold, Thresholds};
    /// use berdaya::insight::provenance::Basis;
    /// let mut t = Thresholds::default();
    /// assert_eq!(t.basis(Threshold::AttendanceMinPercent), Basis::ObservedInSource);
    /// // Changed by the caller: the judgement is now the caller's.
    /// t.attendance_min_percent = 60.0;
    /// assert_eq!(t.basis(Threshold::AttendanceMinPercent), Basis::SetByCaller);
    /// ```
    pub fn basis(&self, threshold: Threshold) -> Basis {
        let d = Thresholds::default();
        let unchanged = match threshold {
            Threshold::AttendanceMinPercent => {
                self.attendance_min_percent == d.attendance_min_percent
            }
            Threshold::CaseloadMaxFamiliesPerFacilitator => {
                self.caseload_max_families_per_facilitator
                    == d.caseload_max_families_per_facilitator
            }
            Threshold::EconomicSessionsMinPercent => {
                self.economic_sessions_min_percent == d.economic_sessions_min_percent
            }
            Threshold::RequiredSectors => self.required_sectors == d.required_sectors,
            other => self.value(other) == d.value(other),
        };
        if unchanged {
            threshold.default_basis()
        } else {
            Basis::SetByCaller
        }
    }

    /// The value of a numeric threshold (`None` for the list of sectors).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::{Threshold, Thresholds};
    /// let mut t = Thresholds::default();
    /// t.caseload_max_families_per_facilitator = 300.0;
    /// assert_eq!(t.value(Threshold::CaseloadMaxFamiliesPerFacilitator), Some(300.0));
    /// // The required sectors are a list, not a number.
    /// assert_eq!(t.value(Threshold::RequiredSectors), None);
    /// ```
    pub fn value(&self, threshold: Threshold) -> Option<f64> {
        match threshold {
            Threshold::AttendanceMinPercent => Some(self.attendance_min_percent),
            Threshold::CaseloadMaxFamiliesPerFacilitator => {
                Some(self.caseload_max_families_per_facilitator)
            }
            Threshold::EconomicSessionsMinPercent => Some(self.economic_sessions_min_percent),
            Threshold::RequiredSectors => None,
            Threshold::AnsellGashStrengthFrom => Some(self.ansell_gash_strength_from),
            Threshold::AnsellGashBorderlineFrom => Some(self.ansell_gash_borderline_from),
            Threshold::AnsellGashMinCoveragePercent => Some(self.ansell_gash_min_coverage_percent),
        }
    }

    /// The Ansell–Gash banding these thresholds set.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::diagnostics::Thresholds;
    /// let mut t = Thresholds::default();
    /// t.ansell_gash_strength_from = 4.5;
    /// let banding = t.ansell_gash_banding();
    /// // The same lines, gathered for the Ansell–Gash scoring.
    /// assert_eq!(banding.strength_from, 4.5);
    /// assert_eq!(banding.borderline_from, t.ansell_gash_borderline_from);
    /// ```
    pub fn ansell_gash_banding(&self) -> Banding {
        Banding {
            strength_from: self.ansell_gash_strength_from,
            borderline_from: self.ansell_gash_borderline_from,
            min_coverage_percent: self.ansell_gash_min_coverage_percent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_say_what_kind_of_number_they_are() {
        let t = Thresholds::default();
        assert_eq!(
            t.basis(Threshold::AttendanceMinPercent),
            Basis::ObservedInSource
        );
        assert_eq!(
            t.basis(Threshold::CaseloadMaxFamiliesPerFacilitator),
            Basis::Assumption
        );
        assert_eq!(
            t.basis(Threshold::EconomicSessionsMinPercent),
            Basis::Assumption
        );
        assert_eq!(t.basis(Threshold::RequiredSectors), Basis::StatedBySource);
        assert_eq!(
            t.basis(Threshold::AnsellGashStrengthFrom),
            Basis::BorrowedConvention
        );
        assert_eq!(
            t.basis(Threshold::AnsellGashMinCoveragePercent),
            Basis::Assumption
        );
        assert_eq!(t.ansell_gash_banding(), Banding::default());
    }

    #[test]
    fn a_changed_threshold_is_the_callers() {
        let t = Thresholds {
            caseload_max_families_per_facilitator: 700.0,
            ..Thresholds::default()
        };
        assert_eq!(
            t.basis(Threshold::CaseloadMaxFamiliesPerFacilitator),
            Basis::SetByCaller
        );
        assert_eq!(
            t.basis(Threshold::AttendanceMinPercent),
            Basis::ObservedInSource
        );
    }

    #[test]
    fn partial_json_keeps_defaults_and_unknown_fields_are_refused() {
        let t: Thresholds = serde_json::from_str(r#"{"attendance_min_percent": 60}"#).unwrap();
        assert_eq!(t.attendance_min_percent, 60.0);
        assert_eq!(t.economic_sessions_min_percent, 25.0);
        assert!(
            serde_json::from_str::<Thresholds>(r#"{"economic_session_share_min": 0.2}"#).is_err()
        );
    }
}
