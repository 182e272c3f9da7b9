//! The kinds of [`Criterion`](super::Criterion) as data: each one's code (its `criterion` tag
//! in a rule), label, fields and meaning in both languages — for a binding's typed rules
//! (`berdaya.rules`) and their help text, so that no word about a criterion lives outside
//! the core.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::CriterionKind;
//! use berdaya::Lang;
//! let age = CriterionKind::from_code("age_between").unwrap();
//! assert_eq!(age.fields(), ["min", "max"]);
//! assert!(age.explanation(Lang::En).contains("whole years"));
//! ```

use crate::model::lang::{labelled_enum, Lang};

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// One kind of [`Criterion`](super::Criterion), named by its `criterion` tag.
    #[non_exhaustive]
    pub enum CriterionKind {
        /// `Criterion::Sex`.
        Sex => ("sex", "Jenis kelamin", "Sex"),
        /// `Criterion::AgeBetween`.
        AgeBetween => ("age_between", "Usia dalam rentang", "Age in a range"),
        /// `Criterion::MaritalStatusIn`.
        MaritalStatusIn => ("marital_status_in", "Status perkawinan", "Marital status"),
        /// `Criterion::HouseholdHead`.
        HouseholdHead => ("household_head", "Kepala rumah tangga", "Head of household"),
        /// `Criterion::MainBreadwinner`.
        MainBreadwinner => ("main_breadwinner", "Pencari nafkah utama", "Main breadwinner"),
        /// `Criterion::IncomeBelow`.
        IncomeBelow => ("income_below", "Penghasilan di bawah batas", "Income below a limit"),
        /// `Criterion::ReceivesAssistance`.
        ReceivesAssistance => ("receives_assistance", "Menerima bantuan sosial", "Receives social assistance"),
        /// `Criterion::NoElderlyMember`.
        NoElderlyMember => ("no_elderly_member", "Tanpa anggota lansia", "No elderly member"),
        /// `Criterion::NoDisabledMember`.
        NoDisabledMember => ("no_disabled_member", "Tanpa anggota penyandang disabilitas", "No member with a disability"),
        /// `Criterion::HasBusiness`.
        HasBusiness => ("has_business", "Memiliki usaha", "Runs a business"),
        /// `Criterion::InIntegratedDatabase`.
        InIntegratedDatabase => ("in_integrated_database", "Terdaftar di basis data terpadu (DTKS)", "In the integrated database (DTKS)"),
        /// `Criterion::DesignatedSite`.
        DesignatedSite => ("designated_site", "Tinggal di lokasi yang ditetapkan", "Lives at a designated site"),
    }
}

impl CriterionKind {
    /// The criterion's fields beside its `criterion` tag, in order (none for a flag).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, CriterionKind};
    /// // The keys of a criterion's JSON form, beside its tag.
    /// let json = serde_json::to_value(Criterion::AgeBetween { min: 18, max: 60 })?;
    /// let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    /// for field in CriterionKind::AgeBetween.fields() {
    ///     assert!(keys.contains(field));
    /// }
    /// assert!(CriterionKind::HouseholdHead.fields().is_empty());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            CriterionKind::Sex => &["is"],
            CriterionKind::AgeBetween => &["min", "max"],
            CriterionKind::MaritalStatusIn | CriterionKind::ReceivesAssistance => &["any_of"],
            CriterionKind::IncomeBelow => &["limit"],
            CriterionKind::DesignatedSite => &["sites"],
            CriterionKind::HouseholdHead
            | CriterionKind::MainBreadwinner
            | CriterionKind::NoElderlyMember
            | CriterionKind::NoDisabledMember
            | CriterionKind::HasBusiness
            | CriterionKind::InIntegratedDatabase => &[],
        }
    }

    /// What the criterion tests and what its fields hold, in `lang` (the same words as the
    /// variant's documentation on `Criterion`). A fact that is not recorded makes every
    /// criterion *unknown*, never a pass or a fail.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::CriterionKind;
    /// use berdaya::Lang;
    /// for kind in CriterionKind::ALL {
    ///     assert_ne!(kind.explanation(Lang::Id), kind.explanation(Lang::En));
    ///     // A criterion with fields names each of them.
    ///     for field in kind.fields() {
    ///         assert!(kind.explanation(Lang::En).contains(&format!("`{field}`")));
    ///     }
    /// }
    /// ```
    pub fn explanation(self, lang: Lang) -> &'static str {
        use Lang::{En, Id};
        match (self, lang) {
            (CriterionKind::Sex, En) => "The sex equals `is` (`female` or `male`).",
            (CriterionKind::Sex, Id) => "Jenis kelamin sama dengan `is` (`female` atau `male`).",
            (CriterionKind::AgeBetween, En) => "The age on the screening date lies from `min` to `max` whole years, both included.",
            (CriterionKind::AgeBetween, Id) => "Usia pada tanggal penyaringan antara `min` dan `max` tahun penuh, keduanya termasuk.",
            (CriterionKind::MaritalStatusIn, En) => "The marital status is one of `any_of` (a list of codes).",
            (CriterionKind::MaritalStatusIn, Id) => "Status perkawinan salah satu dari `any_of` (daftar kode).",
            (CriterionKind::HouseholdHead, En) => "Heads the household.",
            (CriterionKind::HouseholdHead, Id) => "Menjadi kepala rumah tangga.",
            (CriterionKind::MainBreadwinner, En) => "Is the household's main breadwinner.",
            (CriterionKind::MainBreadwinner, Id) => "Menjadi pencari nafkah utama rumah tangga.",
            (CriterionKind::IncomeBelow, En) => "The monthly income is strictly below `limit` (rupiah).",
            (CriterionKind::IncomeBelow, Id) => "Penghasilan bulanan kurang dari `limit` (rupiah).",
            (CriterionKind::ReceivesAssistance, En) => "Receives at least one of `any_of` (social assistance codes); an empty assistance list recorded means none received; no assistance record leaves the criterion unknown.",
            (CriterionKind::ReceivesAssistance, Id) => "Menerima sedikitnya satu dari `any_of` (kode bantuan sosial); daftar bantuan yang tercatat kosong berarti tidak menerima; bila bantuan tidak tercatat, kriteria ini tidak diketahui.",
            (CriterionKind::NoElderlyMember, En) => "No elderly person in the household.",
            (CriterionKind::NoElderlyMember, Id) => "Tidak ada anggota lansia dalam rumah tangga.",
            (CriterionKind::NoDisabledMember, En) => "No person with a disability in the household.",
            (CriterionKind::NoDisabledMember, Id) => "Tidak ada anggota penyandang disabilitas dalam rumah tangga.",
            (CriterionKind::HasBusiness, En) => "Runs a business.",
            (CriterionKind::HasBusiness, Id) => "Memiliki usaha.",
            (CriterionKind::InIntegratedDatabase, En) => "The household is in the integrated social-welfare database (DTKS).",
            (CriterionKind::InIntegratedDatabase, Id) => "Rumah tangga terdaftar di basis data terpadu kesejahteraan sosial (DTKS).",
            (CriterionKind::DesignatedSite, En) => "Lives at a site designated as the programme's location — for P2WKSS, a kelurahan proposed by the mayor and set by governor decree (seed 000). `sites` lists every designated site id; left out, the designation is not recorded and the criterion is unknown for everyone.",
            (CriterionKind::DesignatedSite, Id) => "Tinggal di lokasi yang ditetapkan sebagai lokasi program — untuk P2WKSS, kelurahan atas usul walikota yang ditetapkan dengan keputusan gubernur (dokumen 000). `sites` memuat setiap id lokasi yang ditetapkan; bila tidak diisi, penetapannya tidak tercatat dan kriteria ini tidak diketahui untuk semua orang.",
        }
    }
}

impl super::Criterion {
    /// The criterion's kind: its `criterion` tag as data, without a serde round trip (a
    /// binding names its reason columns after it).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, CriterionKind};
    /// let adult = Criterion::AgeBetween { min: 18, max: 60 };
    /// assert_eq!(adult.kind(), CriterionKind::AgeBetween);
    /// // The code is the tag serde writes.
    /// assert_eq!(serde_json::to_value(&adult)?["criterion"], adult.kind().code());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn kind(&self) -> CriterionKind {
        use super::Criterion as C;
        match self {
            C::Sex { .. } => CriterionKind::Sex,
            C::AgeBetween { .. } => CriterionKind::AgeBetween,
            C::MaritalStatusIn { .. } => CriterionKind::MaritalStatusIn,
            C::HouseholdHead => CriterionKind::HouseholdHead,
            C::MainBreadwinner => CriterionKind::MainBreadwinner,
            C::IncomeBelow { .. } => CriterionKind::IncomeBelow,
            C::ReceivesAssistance { .. } => CriterionKind::ReceivesAssistance,
            C::NoElderlyMember => CriterionKind::NoElderlyMember,
            C::NoDisabledMember => CriterionKind::NoDisabledMember,
            C::HasBusiness => CriterionKind::HasBusiness,
            C::InIntegratedDatabase => CriterionKind::InIntegratedDatabase,
            C::DesignatedSite { .. } => CriterionKind::DesignatedSite,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::SiteId;
    use crate::model::money::Rupiah;
    use crate::model::participant::{MaritalStatus, Sex, SocialAssistance};
    use crate::screening::eligibility::Criterion;

    /// Every criterion with every field given, as serde writes it.
    fn every() -> Vec<Criterion> {
        vec![
            Criterion::Sex { is: Sex::Female },
            Criterion::AgeBetween { min: 15, max: 64 },
            Criterion::MaritalStatusIn {
                any_of: vec![MaritalStatus::Widowed],
            },
            Criterion::HouseholdHead,
            Criterion::MainBreadwinner,
            Criterion::IncomeBelow {
                limit: Rupiah(500_000),
            },
            Criterion::ReceivesAssistance {
                any_of: vec![SocialAssistance::Pkh],
            },
            Criterion::NoElderlyMember,
            Criterion::NoDisabledMember,
            Criterion::HasBusiness,
            Criterion::InIntegratedDatabase,
            Criterion::DesignatedSite {
                sites: Some(vec![SiteId::new("s")]),
            },
        ]
    }

    #[test]
    fn the_kinds_and_fields_are_those_serde_writes() {
        let written: Vec<(String, Vec<String>)> = every()
            .iter()
            .map(|c| {
                let v = serde_json::to_value(c).unwrap();
                let o = v.as_object().unwrap();
                let tag = o["criterion"].as_str().unwrap().to_owned();
                assert_eq!(c.kind().code(), tag, "the kind of {c:?}");
                let fields = o.keys().filter(|k| *k != "criterion").cloned().collect();
                (tag, fields)
            })
            .collect();
        let described: Vec<(String, Vec<String>)> = CriterionKind::ALL
            .iter()
            .map(|k| {
                let mut f: Vec<String> = k.fields().iter().map(|s| (*s).to_owned()).collect();
                f.sort();
                (k.code().to_owned(), f)
            })
            .collect();
        let mut written = written;
        for (_, f) in &mut written {
            f.sort();
        }
        assert_eq!(written, described);
        for k in CriterionKind::ALL {
            for lang in Lang::ALL {
                assert!(!k.explanation(lang).is_empty());
            }
        }
    }
}
