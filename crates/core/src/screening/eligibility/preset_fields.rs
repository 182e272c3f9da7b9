//! The fields of [`PresetParams`] as data: each one's label, the basis of its default and what
//! it means, in both languages — for a binding's typed settings (`berdaya.PresetParams`) and
//! its help text, so that no word about a parameter lives outside the core.
//!
//! # Examples
//!
//! ```
//! use berdaya::insight::provenance::Basis;
//! use berdaya::screening::eligibility::PresetParam;
//! use berdaya::Lang;
//! let p = PresetParam::from_code("wrse_income_limit").unwrap();
//! assert_eq!(p.default_basis(), Basis::ObservedInSource);
//! assert!(p.explanation(Lang::Id).contains("Rp.500 ribu"));
//! ```

use crate::model::coding::Basis;
use crate::model::lang::{labelled_enum, Lang};

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// One field of [`PresetParams`](super::PresetParams), named as the field is.
    #[non_exhaustive]
    pub enum PresetParam {
        /// [`PresetParams::wrse_income_limit`](super::PresetParams::wrse_income_limit).
        WrseIncomeLimit => ("wrse_income_limit", "Batas penghasilan WRSE (Rp per bulan)", "WRSE income limit (Rp a month)"),
        /// [`PresetParams::productive_age`](super::PresetParams::productive_age).
        ProductiveAge => ("productive_age", "Usia produktif PKHP (min, maks)", "PKHP productive age (min, max)"),
        /// [`PresetParams::p2wkss_income_limit`](super::PresetParams::p2wkss_income_limit).
        P2wkssIncomeLimit => ("p2wkss_income_limit", "Batas penghasilan P2WKSS di luar basis data terpadu", "P2WKSS income limit outside the integrated database"),
        /// [`PresetParams::p2wkss_locations`](super::PresetParams::p2wkss_locations).
        P2wkssLocations => ("p2wkss_locations", "Lokasi P2WKSS yang ditetapkan", "Designated P2WKSS locations"),
        /// [`PresetParams::pena_assistance`](super::PresetParams::pena_assistance).
        PenaAssistance => ("pena_assistance", "Bantuan sosial aktif untuk PENA", "Active social assistance for PENA"),
    }
}

impl PresetParam {
    /// The kind of value the default is.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::provenance::Basis;
    /// use berdaya::screening::eligibility::PresetParam;
    /// // 15-64 is Badan Pusat Statistik's working age, not a seed's: a borrowed convention.
    /// assert_eq!(PresetParam::ProductiveAge.default_basis(), Basis::BorrowedConvention);
    /// // The P2WKSS locations are the caller's to give.
    /// assert_eq!(PresetParam::P2wkssLocations.default_basis(), Basis::SetByCaller);
    /// ```
    pub fn default_basis(self) -> Basis {
        match self {
            PresetParam::WrseIncomeLimit => Basis::ObservedInSource,
            PresetParam::ProductiveAge => Basis::BorrowedConvention,
            PresetParam::P2wkssIncomeLimit | PresetParam::PenaAssistance => Basis::StatedBySource,
            PresetParam::P2wkssLocations => Basis::SetByCaller,
        }
    }

    /// What the parameter means and where its default comes from, in `lang` (the same words
    /// as the field's documentation on `PresetParams`).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::PresetParam;
    /// use berdaya::Lang;
    /// for p in PresetParam::ALL {
    ///     // Said in both languages, each its own.
    ///     assert_ne!(p.explanation(Lang::Id), p.explanation(Lang::En));
    /// }
    /// assert!(PresetParam::ProductiveAge.explanation(Lang::En).contains("15"));
    /// ```
    pub fn explanation(self, lang: Lang) -> &'static str {
        use Lang::{En, Id};
        match (self, lang) {
            (PresetParam::WrseIncomeLimit, En) => "Monthly income below which a woman counts as having \"insufficient income\" for WRSE. Default Rp 500,000: seed 004's profile of the WRSE of Kota Batu (\"Penghasilan kurang dari Rp.500 ribu\"); the WRSE criterion itself says only \"berpenghasilan kurang atau tidak mencukupi untuk kebutuhan hidup yang layak\".",
            (PresetParam::WrseIncomeLimit, Id) => "Penghasilan bulanan di bawah angka ini dihitung \"berpenghasilan kurang\" untuk WRSE. Bawaan Rp 500.000: profil WRSE Kota Batu dalam dokumen 004 (\"Penghasilan kurang dari Rp.500 ribu\"); kriteria WRSE sendiri hanya menyebut \"berpenghasilan kurang atau tidak mencukupi untuk kebutuhan hidup yang layak\".",
            (PresetParam::ProductiveAge, En) => "The \"productive age\" PKHP requires (\"memiliki usia produktif\"), inclusive. Default 15–64: a borrowed convention, the working-age range Badan Pusat Statistik uses; seed 002 names the requirement without the range.",
            (PresetParam::ProductiveAge, Id) => "\"Usia produktif\" yang disyaratkan PKHP (\"memiliki usia produktif\"), inklusif. Bawaan 15–64: konvensi pinjaman, rentang usia kerja yang dipakai Badan Pusat Statistik; dokumen 002 menyebut syaratnya tanpa rentang.",
            (PresetParam::P2wkssIncomeLimit, En) => "An income limit that also admits a family to the P2WKSS target group when it is not (yet) in the integrated database. Default none: seed 000 identifies poor families by cross-checking the Basis Data Terpadu and gives no income figure.",
            (PresetParam::P2wkssIncomeLimit, Id) => "Batas penghasilan yang juga memasukkan keluarga ke sasaran P2WKSS bila belum ada di basis data terpadu. Bawaan tidak ada: dokumen 000 menetapkan keluarga miskin dengan memadankan Basis Data Terpadu dan tidak memberi angka penghasilan.",
            (PresetParam::P2wkssLocations, En) => "The site ids of the kelurahan \"atas usul walikota dan ditetapkan dengan keputusan gubernur Jawa Barat\" (seed 000), with any RW or RT sites inside them. Default none: the designation is not recorded, so the P2WKSS presets judge the location unknown for everyone — nobody is eligible until it is given.",
            (PresetParam::P2wkssLocations, Id) => "Id lokasi kelurahan yang \"atas usul walikota dan ditetapkan dengan keputusan gubernur Jawa Barat\" (dokumen 000), beserta lokasi RW atau RT di dalamnya. Bawaan tidak ada: penetapannya tidak tercatat, sehingga preset P2WKSS menilai lokasi tidak diketahui untuk semua orang — tidak ada yang memenuhi syarat sampai lokasi diisi.",
            (PresetParam::PenaAssistance, En) => "The \"bantuan sosial aktif\" that admits a family to PENA. Default PKH and BPNT, the programmes seed 002 names for PENA's recipients (\"PKH murni dan KPM kombo (penerima PKH dan BPNT)\"); other assistance only when a caller adds it.",
            (PresetParam::PenaAssistance, Id) => "\"Bantuan sosial aktif\" yang memasukkan keluarga ke PENA. Bawaan PKH dan BPNT, program yang disebut dokumen 002 untuk penerima PENA (\"PKH murni dan KPM kombo (penerima PKH dan BPNT)\"); bantuan lain hanya bila ditambahkan pengguna.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::eligibility::PresetParams;

    #[test]
    fn every_field_of_the_params_is_described_and_nothing_else() {
        let json = serde_json::to_value(PresetParams::default()).unwrap();
        let fields: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut described: Vec<&str> = PresetParam::ALL.iter().map(|p| p.code()).collect();
        let mut fields = fields;
        fields.sort_unstable();
        described.sort_unstable();
        assert_eq!(fields, described);
        for p in PresetParam::ALL {
            for lang in Lang::ALL {
                assert!(p.explanation(lang).len() > 40);
            }
        }
    }
}
