//! Sites: the administrative chain from province down to RT.

use serde::Serialize;

use crate::model::ids::{EvidenceId, SiteId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Lang;
use crate::model::read::read_struct;

labelled_enum! {
    /// Whether a second-level region is a city or a regency.
    pub enum CityKind {
        /// Kota.
        Kota => ("kota", "Kota", "City"),
        /// Kabupaten.
        Kabupaten => ("kabupaten", "Kabupaten", "Regency"),
    }
}

labelled_enum! {
    /// Whether a fourth-level unit is an urban kelurahan or a rural desa.
    pub enum VillageKind {
        /// Kelurahan (urban, headed by a lurah).
        Kelurahan => ("kelurahan", "Kelurahan", "Urban village (kelurahan)"),
        /// Desa (rural, headed by a kepala desa).
        Desa => ("desa", "Desa", "Village (desa)"),
    }
}

labelled_enum! {
    /// The deepest level a site names.
    pub enum SiteLevel {
        /// Province.
        Province => ("province", "Provinsi", "Province"),
        /// City or regency.
        City => ("city", "Kota/Kabupaten", "City/regency"),
        /// Kecamatan (district).
        Kecamatan => ("kecamatan", "Kecamatan", "District (kecamatan)"),
        /// Kelurahan or desa.
        Village => ("village", "Kelurahan/Desa", "Urban village/village"),
        /// Rukun Warga.
        Rw => ("rw", "RW", "RW (community unit)"),
        /// Rukun Tetangga.
        Rt => ("rt", "RT", "RT (neighbourhood unit)"),
    }
}

labelled_enum! {
    /// A development indicator recorded for a site.
    #[non_exhaustive]
    pub enum IndicatorKind {
        /// Indeks Pembangunan Manusia (Human Development Index), 0-100.
        Ipm => ("ipm", "Indeks Pembangunan Manusia (IPM)", "Human Development Index (IPM)"),
        /// Indeks Pemberdayaan Gender (Gender Empowerment Measure), 0-100.
        Idg => ("idg", "Indeks Pemberdayaan Gender (IDG)", "Gender Empowerment Measure (IDG)"),
        /// Number of poor residents.
        PovertyCount => ("poverty_count", "Jumlah penduduk miskin", "Number of poor residents"),
        /// Share of poor residents, in percent.
        PovertyRate => ("poverty_rate", "Persentase penduduk miskin", "Poverty rate (%)"),
    }
}

impl IndicatorKind {
    /// The range a value of this indicator must fall in.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::site::IndicatorKind;
    /// assert_eq!(IndicatorKind::PovertyRate.valid_range(), (0.0, 100.0));
    /// let (min, max) = IndicatorKind::PovertyCount.valid_range();
    /// assert!(min == 0.0 && max > 1e12, "a count has no upper bound short of f64's");
    /// ```
    pub fn valid_range(self) -> (f64, f64) {
        match self {
            IndicatorKind::Ipm | IndicatorKind::Idg | IndicatorKind::PovertyRate => (0.0, 100.0),
            IndicatorKind::PovertyCount => (0.0, f64::MAX),
        }
    }
}

/// A site: province → city/regency → kecamatan → kelurahan/desa → RW → RT.
///
/// Levels below the city are optional, but a level may only be named when the one above it
/// that the chain needs is named too (an RT needs its RW, an RW its kelurahan); the kecamatan
/// may be left out when the source does not give it.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

RW 02 of Kelurahan Bojong Menteng, where P2WKSS ran in 2025 (seed 001):

```
use berdaya::prelude::*;
let rw = Site::new("rw02-bojong-menteng", "Jawa Barat", "Bekasi", CityKind::Kota)
    .with_kecamatan("Rawalumbu")
    .with_village("Bojong Menteng", VillageKind::Kelurahan)
    .with_rw("02");
assert_eq!(rw.city_kind.label(Lang::En), "City");
assert_eq!(rw.rt, None);
assert_eq!(
    rw.display_name(Lang::Id),
    "RW 02, Kelurahan Bojong Menteng, Kecamatan Rawalumbu, Kota Bekasi, Provinsi Jawa Barat"
);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Site {
    /// Identifier within the document.
    pub id: SiteId,
    /// Province (e.g. "Jawa Barat").
    pub province: String,
    /// City or regency name without its prefix (e.g. "Bekasi").
    pub city: String,
    /// Whether `city` is a kota or a kabupaten.
    pub city_kind: CityKind,
    /// Kecamatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kecamatan: Option<String>,
    /// Kelurahan or desa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub village: Option<String>,
    /// Whether `village` is a kelurahan or a desa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub village_kind: Option<VillageKind>,
    /// RW number as written (e.g. "02").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rw: Option<String>,
    /// RT number as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rt: Option<String>,
    /// Indicators recorded for this site.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

read_struct! {
    Site {
        id: required,
        province: required,
        city: required,
        city_kind: required,
        kecamatan: default,
        village: default,
        village_kind: default,
        rw: default,
        rt: default,
        indicators: default,
    }
}

/// One indicator value for one year.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Kota Bekasi's poverty rate for 2020, 3,98 % (seed 000):

```
use berdaya::prelude::*;
use berdaya::model::site::{Indicator, IndicatorKind};
let rate = Indicator::new(IndicatorKind::PovertyRate, 2020, 3.98).with_evidence(["e-miskin-2020"]);
let (min, max) = rate.kind.valid_range();
assert!((min..=max).contains(&rate.value));
let kota = Site::new("kota-bekasi", "Jawa Barat", "Bekasi", CityKind::Kota).with_indicators([rate]);
assert_eq!(kota.indicators[0].year, 2020);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Indicator {
    /// Which indicator.
    pub kind: IndicatorKind,
    /// The year it describes.
    pub year: i32,
    /// Its value.
    pub value: f64,
    /// Evidence for the value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Indicator {
        kind: required,
        year: required,
        value: required,
        evidence: default,
    }
}

impl Site {
    /// The deepest level this site names.
    ///
    /// # Examples
    ///
    /// A site always names its city, so a site with nothing below is at the city level:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::site::SiteLevel;
    /// let kota = Site::new("kota-bekasi", "Jawa Barat", "Bekasi", CityKind::Kota);
    /// assert_eq!(kota.level(), SiteLevel::City);
    /// let kel = kota.clone().with_village("Teluk Pucung", VillageKind::Kelurahan);
    /// assert_eq!(kel.level(), SiteLevel::Village, "no kecamatan needed");
    /// assert_eq!(kel.with_rw("02").level(), SiteLevel::Rw);
    /// ```
    pub fn level(&self) -> SiteLevel {
        if self.rt.is_some() {
            SiteLevel::Rt
        } else if self.rw.is_some() {
            SiteLevel::Rw
        } else if self.village.is_some() {
            SiteLevel::Village
        } else if self.kecamatan.is_some() {
            SiteLevel::Kecamatan
        } else {
            SiteLevel::City
        }
    }

    /// The key that groups sites by kelurahan/desa (`kind city / kelurahan`, in lower case),
    /// or `None` above it.
    ///
    /// Quotas "per kelurahan" use this key, so that participants recorded at an RW or RT are
    /// counted with their kelurahan.
    ///
    /// # Examples
    ///
    /// An RW shares its kelurahan's key; a site above the kelurahan has none:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let kecamatan = Site::new("rawalumbu", "Jawa Barat", "Bekasi", CityKind::Kota)
    ///     .with_kecamatan("Rawalumbu");
    /// assert_eq!(kecamatan.village_key(), None);
    /// let kel = kecamatan.with_village("Bojong Menteng", VillageKind::Kelurahan);
    /// let rw = kel.clone().with_rw("02");
    /// assert_eq!(kel.village_key().as_deref(), Some("kota bekasi / bojong menteng"));
    /// assert_eq!(rw.village_key(), kel.village_key());
    /// ```
    pub fn village_key(&self) -> Option<String> {
        self.village.as_ref().map(|v| {
            format!(
                "{} {} / {}",
                self.city_kind.code(),
                self.city.trim(),
                v.trim()
            )
            .to_lowercase()
        })
    }

    /// A readable name of the deepest level with its chain up to the province, e.g.
    /// `RW 02, Kelurahan Bojong Menteng, Kecamatan Rawalumbu, Kota Bekasi, Provinsi Jawa Barat`.
    /// The administrative names stay Indonesian in both languages (they are proper nouns);
    /// only the province's prefix is translated.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
    /// let site = case.sites.iter().find(|s| s.id.as_str() == "teluk-pucung").unwrap();
    /// assert_eq!(
    ///     site.display_name(Lang::En),
    ///     "Kelurahan Teluk Pucung, Kecamatan Bekasi Utara, Kota Bekasi, Province of Jawa Barat"
    /// );
    /// ```
    pub fn display_name(&self, lang: Lang) -> String {
        use crate::model::lang::Labelled;
        let mut parts = Vec::new();
        if let Some(rt) = &self.rt {
            parts.push(format!("RT {rt}"));
        }
        if let Some(rw) = &self.rw {
            parts.push(format!("RW {rw}"));
        }
        if let Some(v) = &self.village {
            let kind = self.village_kind.unwrap_or(VillageKind::Kelurahan);
            // Administrative names are proper nouns: "Kelurahan X" in both languages.
            parts.push(format!("{} {v}", kind.label(Lang::Id)));
        }
        if let Some(k) = &self.kecamatan {
            parts.push(format!("Kecamatan {k}"));
        }
        parts.push(format!("{} {}", self.city_kind.label(Lang::Id), self.city));
        parts.push(format!(
            "{} {}",
            lang.pick("Provinsi", "Province of"),
            self.province
        ));
        parts.join(", ")
    }
}

impl Site {
    /// A site in a city or regency; kecamatan, kelurahan/desa, RW and RT added with `with_*`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let s = Site::new("teluk-pucung", "Jawa Barat", "Bekasi", CityKind::Kota)
    ///     .with_kecamatan("Bekasi Utara")
    ///     .with_village("Teluk Pucung", VillageKind::Kelurahan);
    /// assert_eq!(s.village.as_deref(), Some("Teluk Pucung"));
    /// ```
    pub fn new(
        id: impl Into<String>,
        province: impl Into<String>,
        city: impl Into<String>,
        city_kind: CityKind,
    ) -> Self {
        Site {
            id: SiteId::new(id),
            province: province.into(),
            city: city.into(),
            city_kind,
            kecamatan: None,
            village: None,
            village_kind: None,
            rw: None,
            rt: None,
            indicators: Vec::new(),
        }
    }

    /// Sets the kecamatan.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let s = Site::new("karawaci", "Banten", "Tangerang", CityKind::Kota)
    ///     .with_kecamatan("Karawaci");
    /// assert_eq!(s.kecamatan.as_deref(), Some("Karawaci"));
    /// assert_eq!(s.display_name(Lang::Id), "Kecamatan Karawaci, Kota Tangerang, Provinsi Banten");
    /// ```
    pub fn with_kecamatan(mut self, kecamatan: impl Into<String>) -> Self {
        self.kecamatan = Some(kecamatan.into());
        self
    }

    /// Sets the kelurahan or desa.
    ///
    /// # Examples
    ///
    /// A desa is named as one, not as a kelurahan (Desa Sidomulyo, in a study seed 003 cites):
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let s = Site::new("sidomulyo", "Jawa Timur", "Jember", CityKind::Kabupaten)
    ///     .with_kecamatan("Silo")
    ///     .with_village("Sidomulyo", VillageKind::Desa);
    /// assert_eq!(s.village_kind, Some(VillageKind::Desa));
    /// assert_eq!(
    ///     s.display_name(Lang::Id),
    ///     "Desa Sidomulyo, Kecamatan Silo, Kabupaten Jember, Provinsi Jawa Timur"
    /// );
    /// ```
    pub fn with_village(mut self, village: impl Into<String>, kind: VillageKind) -> Self {
        self.village = Some(village.into());
        self.village_kind = Some(kind);
        self
    }

    /// Sets the RW.
    ///
    /// # Examples
    ///
    /// The number is kept as written, leading zero included:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let s = Site::new("rw", "Jawa Barat", "Bekasi", CityKind::Kota)
    ///     .with_village("Bojong Menteng", VillageKind::Kelurahan)
    ///     .with_rw("02");
    /// assert_eq!(s.rw.as_deref(), Some("02"));
    /// ```
    pub fn with_rw(mut self, rw: impl Into<String>) -> Self {
        self.rw = Some(rw.into());
        self
    }
}
