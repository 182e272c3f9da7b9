//! The programme: what it is, on what legal basis, who leads it, how it is funded.

use serde::Serialize;

use crate::model::date::PartialDate;
use crate::model::ids::{EvidenceId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::model::read::read_struct;

labelled_enum! {
    /// A level of government or of organisation.
    pub enum Level {
        /// National.
        National => ("national", "Nasional", "National"),
        /// Provincial.
        Provincial => ("provincial", "Provinsi", "Provincial"),
        /// City or regency.
        City => ("city", "Kota/Kabupaten", "City/regency"),
        /// Kecamatan.
        Kecamatan => ("kecamatan", "Kecamatan", "District"),
        /// Kelurahan or desa.
        Village => ("village", "Kelurahan/Desa", "Village"),
        /// RW, RT or a group.
        Neighbourhood => ("neighbourhood", "RW/RT/kelompok", "Neighbourhood/group"),
    }
}

labelled_enum! {
    /// The kind of programme.
    #[non_exhaustive]
    pub enum ProgrammeKind {
        /// Peningkatan Peranan Wanita Menuju Keluarga Sehat Sejahtera (seeds 000, 001).
        P2wkss => ("p2wkss", "P2WKSS", "P2WKSS (women's role for healthy, prosperous families)"),
        /// Pertemuan Peningkatan Kemampuan Keluarga of PKH (seed 002).
        P2k2 => ("p2k2", "P2K2 PKH", "P2K2 (PKH family development sessions)"),
        /// Sekolah Perempuan Capai Impian dan Cita-Cita (seed 003).
        SekoperCinta => ("sekoper_cinta", "Sekoper Cinta", "Sekoper Cinta (women's school)"),
        /// Dinas Sosial programmes for Wanita Rawan Sosial Ekonomi (seed 004).
        WrseSocialAssistance => ("wrse_social_assistance", "Pemberdayaan WRSE", "WRSE empowerment (socio-economically vulnerable women)"),
        /// Any other programme.
        Custom => ("custom", "Program lain", "Other programme"),
    }
}

labelled_enum! {
    /// The kind of a legal instrument.
    #[non_exhaustive]
    pub enum LegalKind {
        /// Undang-Undang (act of parliament).
        Law => ("law", "Undang-Undang", "Act"),
        /// Peraturan Menteri or a ministry's guideline.
        MinisterialRegulation => ("ministerial_regulation", "Peraturan/Pedoman Kementerian", "Ministerial regulation or guideline"),
        /// Peraturan Gubernur.
        GovernorRegulation => ("governor_regulation", "Peraturan Gubernur", "Governor regulation"),
        /// Keputusan Gubernur.
        GovernorDecree => ("governor_decree", "Keputusan Gubernur", "Governor decree"),
        /// Peraturan Wali Kota / Bupati.
        MayorRegulation => ("mayor_regulation", "Peraturan Wali Kota/Bupati", "Mayor/regent regulation"),
        /// Keputusan Wali Kota / Bupati.
        MayorDecree => ("mayor_decree", "Keputusan Wali Kota/Bupati", "Mayor/regent decree"),
        /// A technical guide (panduan teknis, pedoman umum).
        TechnicalGuide => ("technical_guide", "Panduan teknis", "Technical guide"),
        /// Anything else.
        Other => ("other", "Dasar hukum lain", "Other instrument"),
    }
}

labelled_enum! {
    /// Where money comes from.
    #[non_exhaustive]
    pub enum FundingSource {
        /// State budget.
        Apbn => ("apbn", "APBN", "State budget (APBN)"),
        /// Provincial budget.
        ApbdProvince => ("apbd_province", "APBD Provinsi", "Provincial budget (APBD)"),
        /// City or regency budget.
        ApbdCity => ("apbd_city", "APBD Kota/Kabupaten", "City/regency budget (APBD)"),
        /// Corporate social responsibility.
        Csr => ("csr", "CSR", "Corporate social responsibility (CSR)"),
        /// Anything else.
        Other => ("other", "Sumber lain", "Other source"),
    }
}

labelled_enum! {
    /// How much a funding line carries, where the source ranks lines but gives no amounts.
    pub enum FundingWeight {
        /// The line that carries most of the programme.
        Main => ("main", "Sumber utama", "Main source"),
        /// A smaller, supplementary line.
        Supplementary => ("supplementary", "Sumber pelengkap", "Supplementary source"),
    }
}

labelled_enum! {
    /// The three P2WKSS activity groups (seed 000).
    pub enum ActivityGroup {
        /// Kelompok Kegiatan Dasar: counselling and basic needs.
        Basic => ("dasar", "Kelompok Kegiatan Dasar", "Basic activities"),
        /// Kelompok Kegiatan Lanjutan: income generation and youth guidance.
        Advanced => ("lanjutan", "Kelompok Kegiatan Lanjutan", "Follow-up activities"),
        /// Kelompok Kegiatan Pendukung: social-cultural environment and motivation.
        Supporting => ("pendukung", "Kelompok Kegiatan Pendukung", "Supporting activities"),
    }
}

/// A regulation or decree the programme rests on.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Bekasi's Perwali 27/2008 on P2WKSS (seed 000):

```
use berdaya::prelude::*;
use berdaya::model::programme::{LegalBasis, LegalKind};
let perwali = LegalBasis::new(
    LegalKind::MayorRegulation,
    "Wali Kota Bekasi",
    "Program terpadu Peningkatan Peranan Wanita Menuju Keluarga Sehat dan Sejahtera",
)
.with_number("27/2008")
.with_date(PartialDate::year_only(2008).unwrap());
assert_eq!(perwali.number.as_deref(), Some("27/2008"));
assert_eq!(perwali.kind.label(Lang::En), "Mayor/regent regulation");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LegalBasis {
    /// Kind of instrument.
    pub kind: LegalKind,
    /// Number as written (e.g. "260/KEP.36.A-DPPPA/I/2022"); absent when the source omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Date or year of issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Who issued it.
    pub issuer: String,
    /// Its title or subject.
    pub title: String,
    /// Evidence that states it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    LegalBasis {
        kind: required,
        number: default,
        date: default,
        issuer: required,
        title: required,
        evidence: default,
    }
}

/// A funding line.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Sekoper Cinta in 2022: the city budget carries it, the province supplements (seed 003
ranks the lines without amounts, so the amount stays unknown):

```
use berdaya::model::programme::{FundingLine, FundingSource, FundingWeight};
let city = FundingLine::new(FundingSource::ApbdCity)
    .with_weight(FundingWeight::Main)
    .with_fiscal_year(2022)
    .with_funder("dp3a");
assert_eq!(city.weight, Some(FundingWeight::Main));
assert_eq!(city.amount, None);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FundingLine {
    /// Source of the money.
    pub source: FundingSource,
    /// Amount in rupiah, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Rupiah>,
    /// Fiscal year, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year: Option<i32>,
    /// Relative weight, when the source ranks lines without amounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<FundingWeight>,
    /// The stakeholder that provides the money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder: Option<StakeholderId>,
    /// Evidence for the line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    FundingLine {
        source: required,
        amount: default,
        fiscal_year: default,
        weight: default,
        funder: default,
        evidence: default,
    }
}

/// A span of time given by its first and last (partial) dates.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 000's "2019-2020", each end known only to the year:

```
use berdaya::prelude::*;
use berdaya::model::programme::Period;
let p = Period::new(PartialDate::year_only(2019).unwrap())
    .with_end(PartialDate::year_only(2020).unwrap());
assert_eq!(p.start.to_string(), "2019");
assert_eq!(p.end.map(|d| d.latest()), NaiveDate::from_ymd_opt(2020, 12, 31));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Period {
    /// Start.
    pub start: PartialDate,
    /// End, when it has ended or is planned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

read_struct! {
    Period {
        start: required,
        end: default,
    }
}

/// A programme as run at the sites of one case.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
use berdaya::model::programme::FundingSource;
let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
let p = &case.programme;
assert_eq!(p.kind, ProgrammeKind::SekoperCinta);
let sources: Vec<FundingSource> = p.funding.iter().map(|f| f.source).collect();
assert_eq!(sources, [FundingSource::ApbdCity, FundingSource::ApbdProvince]);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Programme {
    /// Full name in both languages.
    pub name: Text,
    /// Acronym (e.g. "P2WKSS").
    pub acronym: String,
    /// Kind.
    pub kind: ProgrammeKind,
    /// Level of government that runs it.
    pub level: Level,
    /// Legal bases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<LegalBasis>,
    /// The leading sector (a stakeholder of the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leading_sector: Option<StakeholderId>,
    /// Objectives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Text>,
    /// Activity groups the programme is organised in (P2WKSS: dasar, lanjutan, pendukung).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activity_groups: Vec<ActivityGroup>,
    /// The period this case covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Fiscal years this case covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fiscal_years: Vec<i32>,
    /// Funding lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<FundingLine>,
}

read_struct! {
    Programme {
        name: required,
        acronym: required,
        kind: required,
        level: required,
        legal_basis: default,
        leading_sector: default,
        objectives: default,
        activity_groups: default,
        period: default,
        fiscal_years: default,
        funding: default,
    }
}

impl Programme {
    /// A programme with its name, acronym, kind and level; everything else empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let p = Programme::new(Text::new("P2WKSS", "P2WKSS"), "P2WKSS", ProgrammeKind::P2wkss, Level::City);
    /// assert!(p.objectives.is_empty());
    /// ```
    pub fn new(name: Text, acronym: impl Into<String>, kind: ProgrammeKind, level: Level) -> Self {
        Programme {
            name,
            acronym: acronym.into(),
            kind,
            level,
            legal_basis: Vec::new(),
            leading_sector: None,
            objectives: Vec::new(),
            activity_groups: Vec::new(),
            period: None,
            fiscal_years: Vec::new(),
            funding: Vec::new(),
        }
    }
}
