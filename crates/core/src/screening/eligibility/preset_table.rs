//! The seeds' target-group presets as data — one row per preset with its seed, the seed's
//! words verbatim, what it requires, whom it prefers, its quota and benefit, and what the
//! rule reads into the seed — and [`preset`], which turns a row into a [`Rule`] with the
//! caller's [`PresetParams`]. Adding a preset means adding a row; the code does not change.

use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::model::participant::{MaritalStatus, Sex, SocialAssistance};
use crate::screening::eligibility::criterion::Criterion;
use crate::screening::eligibility::preset::{Preference, Preset, PresetId, PresetParams};
use crate::screening::eligibility::rule::Rule;

/// One requirement of a preset; the ones that read [`PresetParams`] say which figure.
#[derive(Clone, Copy, Debug)]
enum Need {
    Female,
    AgeBetween(i32, i32),
    /// PKHP's "usia produktif": [`PresetParams::productive_age`].
    ProductiveAge,
    MaritalStatusIn(&'static [MaritalStatus]),
    MainBreadwinner,
    HouseholdHead,
    /// [`PresetParams::wrse_income_limit`].
    WrseIncome,
    Receives(&'static [SocialAssistance]),
    /// PENA's "bantuan sosial aktif": [`PresetParams::pena_assistance`].
    ActiveAssistance,
    NoElderlyMember,
    NoDisabledMember,
    HasBusiness,
    /// In the Basis Data Terpadu, or under [`PresetParams::p2wkss_income_limit`] when set.
    PoorFamily,
    /// In a designated kelurahan: [`PresetParams::p2wkss_locations`] (unknown when unset).
    DesignatedLocation,
}

/// One preset as data.
struct Row {
    id: PresetId,
    seed: &'static str,
    needs: &'static [Need],
    prefer: &'static [Preference],
    quota_per_village: Option<u32>,
    benefit_each: Option<i64>,
    basis: &'static [&'static str],
    notes_id: &'static str,
    notes_en: &'static str,
}

const SEED_000: &str = "000_beadda07b4a83157.txt";
const SEED_002: &str = "002_831a8dccfd84b5b2.txt";
const SEED_004: &str = "004_c713dafca02b6f13.txt";

const P2WKSS_LOCATION: &str = "yang berasal dari kelurahan yang rawan sosial ekonomi, kesehatan dan pendidikan atas usul walikota dan ditetapkan dengan keputusan gubernur Jawa Barat";
const P2WKSS_NOTES_ID: &str = "Keluarga miskin/prasejahtera dikenali dari Basis Data Terpadu: seed 000 memakainya untuk menghitung warga prasejahtera, sedangkan kelompok sasaran didata kader, LPM, PKB/PLKB, TP-PKK, RT dan RW lalu disahkan Lurah — jadi syarat ini adalah tafsiran. Batas penghasilan tambahan bersifat opsional. Lokasi (kelurahan usulan wali kota yang ditetapkan keputusan gubernur) adalah parameter; bila belum dicatat, hasilnya 'belum dapat ditentukan'.";
const P2WKSS_NOTES_EN: &str = "Poor / pre-prosperous families are identified through the integrated database: seed 000 uses it to count poor residents, while the target group is registered by cadres, LPM, PKB/PLKB, TP-PKK, RT and RW and ratified by the lurah — so this condition is a reading. An extra income limit is optional. The location (a kelurahan proposed by the mayor and set by governor decree) is a parameter; while it is not recorded the result is 'undetermined'.";

const PRESETS: &[Row] = &[
    Row {
        id: PresetId::Wrse,
        seed: SEED_004,
        needs: &[
            Need::Female,
            Need::AgeBetween(18, 59),
            Need::MaritalStatusIn(&[
                MaritalStatus::Abandoned,
                MaritalStatus::Widowed,
                MaritalStatus::Divorced,
                MaritalStatus::NeverMarried,
            ]),
            Need::MainBreadwinner,
            Need::WrseIncome,
        ],
        prefer: &[],
        quota_per_village: None,
        benefit_each: None,
        basis: &[
            "perempuan berusia 18 – 59 tahun",
            "istri yang ditinggal suami tanpa kejelasan",
            "menjadi pencari nafkah utama keluarga",
            "berpenghasilan kurang atau tidak mencukupi untuk kebutuhan hidup yang layak",
            "wanita dewasa yang belum menikah atau janda yang tidak mempunyai penghasilan cukup",
        ],
        notes_id: "Status perkawinan: ditinggal suami, janda (cerai mati/cerai hidup) atau belum menikah, menggabungkan kriteria dan definisi WRSE pada seed 004. Batas penghasilan adalah parameter (bawaan Rp500.000 dari profil WRSE Kota Batu).",
        notes_en: "Marital status: abandoned, widowed, divorced or never married, joining seed 004's criterion and its WRSE definition. The income limit is a parameter (default Rp 500,000 from the Kota Batu WRSE profile).",
    },
    Row {
        id: PresetId::P2wkssTarget,
        seed: SEED_000,
        needs: &[
            Need::Female,
            Need::AgeBetween(15, 64),
            Need::PoorFamily,
            Need::DesignatedLocation,
        ],
        prefer: &[],
        quota_per_village: None,
        benefit_each: None,
        basis: &[
            "Perempuan yang berusia 15 – 64 tahun dengan tingkat kesejahteraan tergolong rendah atau yang masuk dalam kategori keluarga miskin, keluarga prasejahtera",
            P2WKSS_LOCATION,
            "melakukan pengecekan silang pada Basis Data Terpadu",
        ],
        notes_id: P2WKSS_NOTES_ID,
        notes_en: P2WKSS_NOTES_EN,
    },
    Row {
        id: PresetId::P2wkssHeadOfHousehold,
        seed: SEED_000,
        needs: &[
            Need::Female,
            Need::AgeBetween(15, 64),
            Need::PoorFamily,
            Need::DesignatedLocation,
            Need::HouseholdHead,
        ],
        prefer: &[],
        quota_per_village: None,
        benefit_each: None,
        basis: &[
            "Sasaran utama program ini adalah perempuan kepala keluarga miskin",
            "Perempuan yang berusia 15 – 64 tahun",
            P2WKSS_LOCATION,
        ],
        notes_id: P2WKSS_NOTES_ID,
        notes_en: P2WKSS_NOTES_EN,
    },
    Row {
        id: PresetId::Pena,
        seed: SEED_002,
        needs: &[
            Need::ActiveAssistance,
            Need::AgeBetween(20, 40),
            Need::NoElderlyMember,
            Need::NoDisabledMember,
        ],
        prefer: &[],
        quota_per_village: None,
        benefit_each: Some(6_000_000),
        basis: &[
            "Penerima program PENA adalah penerima bantuan sosial aktif yang berusia 20 hingga 40 tahun yang tidak memiliki anggota keluarga yang sudah lansia atau disabilitas",
            "dengan jumlah bantuan sebesar 6 juta per",
            "penerima PKH murni dan KPM kombo (penerima PKH dan BPNT)",
        ],
        notes_id: "Bantuan sosial aktif: PKH dan BPNT, yang disebut seed 002 untuk penerima PENA. Bantuan lain (BLT, rastra) hanya bila ditambahkan sebagai parameter.",
        notes_en: "Active social assistance: PKH and BPNT, the programmes seed 002 names for PENA's recipients. Other assistance (BLT, rastra) only when added as a parameter.",
    },
    Row {
        id: PresetId::Pkhp,
        seed: SEED_002,
        needs: &[Need::Receives(&[SocialAssistance::Pkh]), Need::ProductiveAge],
        prefer: &[Preference::WomenFirst],
        quota_per_village: Some(25),
        benefit_each: None,
        basis: &[
            "Peserta yang dipilih hanya 25 orang di setiap kelurahan yang merupakan KPM PKH dan memiliki usia produktif",
            "khusus dirancang untuk kelompok masyarakat terutama ibu-ibu yang termasuk dalam PKH",
        ],
        notes_id: "Usia produktif adalah parameter (bawaan 15–64 tahun menurut BPS). \"Terutama ibu-ibu\" adalah preferensi: perempuan didahulukan dalam pemeringkatan kuota, bukan syarat.",
        notes_en: "Productive age is a parameter (default 15–64, the BPS working-age range). \"Terutama ibu-ibu\" (especially mothers) is a preference: women rank first for the quota; it is not a requirement.",
    },
    Row {
        id: PresetId::Uep,
        seed: SEED_002,
        needs: &[Need::Receives(&[SocialAssistance::Pkh]), Need::HasBusiness],
        prefer: &[],
        quota_per_village: Some(5),
        benefit_each: None,
        basis: &[
            "Peserta kegiatan ini dipilih dari KPM PKH yang memiliki usaha sebanyak lima orang pada setiap kelurahan di Kota Tangerang",
        ],
        notes_id: "Tidak ada syarat tambahan di luar kutipan seed.",
        notes_en: "No conditions beyond the seed's words.",
    },
];

impl Need {
    /// The rule this requirement becomes with `params`.
    fn rule(self, params: &PresetParams) -> Rule {
        let test = |c| Rule::Test(c);
        match self {
            Need::Female => test(Criterion::Sex { is: Sex::Female }),
            Need::AgeBetween(min, max) => test(Criterion::AgeBetween { min, max }),
            Need::ProductiveAge => test(Criterion::AgeBetween {
                min: params.productive_age.0,
                max: params.productive_age.1,
            }),
            Need::MaritalStatusIn(any_of) => test(Criterion::MaritalStatusIn {
                any_of: any_of.to_vec(),
            }),
            Need::MainBreadwinner => test(Criterion::MainBreadwinner),
            Need::HouseholdHead => test(Criterion::HouseholdHead),
            Need::WrseIncome => test(Criterion::IncomeBelow {
                limit: params.wrse_income_limit,
            }),
            Need::Receives(any_of) => test(Criterion::ReceivesAssistance {
                any_of: any_of.to_vec(),
            }),
            Need::ActiveAssistance => test(Criterion::ReceivesAssistance {
                any_of: params.pena_assistance.clone(),
            }),
            Need::NoElderlyMember => test(Criterion::NoElderlyMember),
            Need::NoDisabledMember => test(Criterion::NoDisabledMember),
            Need::HasBusiness => test(Criterion::HasBusiness),
            Need::PoorFamily => match params.p2wkss_income_limit {
                None => test(Criterion::InIntegratedDatabase),
                Some(limit) => Rule::AnyOf(vec![
                    test(Criterion::InIntegratedDatabase),
                    test(Criterion::IncomeBelow { limit }),
                ]),
            },
            Need::DesignatedLocation => test(Criterion::DesignatedSite {
                sites: params.p2wkss_locations.clone(),
            }),
        }
    }
}

/// Builds a preset with `params`.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{preset, Preference, PresetId, PresetParams};
/// let pkhp = preset(PresetId::Pkhp, &PresetParams::default());
/// assert_eq!(pkhp.quota_per_village, Some(25));
/// assert_eq!(pkhp.prefer, [Preference::WomenFirst]);
/// assert!(pkhp.rule.check().is_ok());
/// ```
pub fn preset(id: PresetId, params: &PresetParams) -> Preset {
    let row = PRESETS.iter().find(|r| r.id == id);
    // Every id has a row (a test walks them all); a missing one would build an empty rule,
    // which `Rule::check` refuses.
    let needs = row.map_or(&[][..], |r| r.needs);
    Preset {
        id,
        rule: Rule::AllOf(needs.iter().map(|n| n.rule(params)).collect()),
        prefer: row.map_or(&[][..], |r| r.prefer),
        quota_per_village: row.and_then(|r| r.quota_per_village),
        benefit_each: row.and_then(|r| r.benefit_each).map(Rupiah),
        seed: row.map_or("", |r| r.seed),
        basis: row.map_or(&[][..], |r| r.basis),
        notes: row.map_or_else(|| Text::new("", ""), |r| Text::new(r.notes_id, r.notes_en)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_has_one_row_and_a_well_formed_rule() {
        for &id in PresetId::ALL {
            assert_eq!(PRESETS.iter().filter(|r| r.id == id).count(), 1, "{id}");
            let p = preset(id, &PresetParams::default());
            p.rule.check().unwrap();
            assert!(!p.seed.is_empty() && !p.basis.is_empty(), "{id}");
            assert!(!p.notes.indonesian.is_empty() && !p.notes.english.is_empty());
        }
    }

    #[test]
    fn rules_round_trip_through_json() {
        let rule = preset(PresetId::Pena, &PresetParams::default()).rule;
        let json = serde_json::to_string(&rule).unwrap();
        assert!(json.contains("\"criterion\":\"age_between\""));
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
    }

    #[test]
    fn params_fill_their_criteria() {
        let params = PresetParams::default()
            .with_pena_assistance(vec![SocialAssistance::Blt])
            .with_p2wkss_income_limit(Rupiah(700_000));
        let pena = preset(PresetId::Pena, &params).rule;
        assert!(pena.criteria().contains(&&Criterion::ReceivesAssistance {
            any_of: vec![SocialAssistance::Blt]
        }));
        let p2wkss = preset(PresetId::P2wkssTarget, &params).rule;
        assert!(p2wkss.criteria().contains(&&Criterion::IncomeBelow {
            limit: Rupiah(700_000)
        }));
        assert!(p2wkss
            .criteria()
            .contains(&&Criterion::DesignatedSite { sites: None }));
    }
}
