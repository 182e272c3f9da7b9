//! The vocabulary of the seeds' target-group presets: which preset ([`PresetId`], parsed
//! from its code with a typed error), the figures a caller sets ([`PresetParams`]), the
//! preferences that rank rather than exclude ([`Preference`]), and the built [`Preset`].
//! The presets themselves are data, in the preset table.

use serde::{Deserialize, Serialize};

use crate::model::ids::SiteId;
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::model::participant::SocialAssistance;
use crate::screening::eligibility::rule::Rule;

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// The target-group presets of the seeds.
    #[non_exhaustive]
    pub enum PresetId {
        /// Wanita Rawan Sosial Ekonomi (seed 004).
        Wrse => ("wrse", "Wanita Rawan Sosial Ekonomi (WRSE)", "Socio-economically vulnerable women (WRSE)"),
        /// The P2WKSS target group: women 15-64 in poor families of a designated kelurahan
        /// (seed 000).
        P2wkssTarget => ("p2wkss_target", "Sasaran P2WKSS", "P2WKSS target group"),
        /// The P2WKSS kelompok binaan: poor female heads of household (seed 000).
        P2wkssHeadOfHousehold => ("p2wkss_head_of_household", "Kelompok binaan P2WKSS (perempuan kepala keluarga miskin)", "P2WKSS core group (poor female household heads)"),
        /// Pahlawan Ekonomi Nusantara (seed 002).
        Pena => ("pena", "Pahlawan Ekonomi Nusantara (PENA)", "PENA business grant"),
        /// Peningkatan Kualitas Hidup Perempuan, Kota Tangerang (seed 002).
        Pkhp => ("pkhp", "Peningkatan Kualitas Hidup Perempuan (PKHP)", "Women's quality-of-life training (PKHP)"),
        /// Usaha Ekonomi Produktif training, Dinas Sosial Kota Tangerang (seed 002).
        Uep => ("uep", "Usaha Ekonomi Produktif (UEP)", "Productive-economy training (UEP)"),
    }
}

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// Whom a programme prefers when it fills its places — a ranking, never a requirement.
    #[non_exhaustive]
    pub enum Preference {
        /// Women first: PKHP is "khusus dirancang untuk kelompok masyarakat terutama ibu-ibu"
        /// (especially mothers), which prefers women without excluding others (seed 002).
        WomenFirst => ("women_first", "Perempuan (ibu-ibu) didahulukan", "Women (mothers) first"),
    }
}

/// Figures the presets need that the seeds do not fix, with documented defaults.
///
/// Missing fields take their defaults when deserialised.
///
/// # Examples
///
/// ```
/// use berdaya::model::ids::SiteId;
/// use berdaya::model::money::Rupiah;
/// use berdaya::screening::eligibility::PresetParams;
/// let params = PresetParams::default()
///     .with_wrse_income_limit(Rupiah(750_000))
///     .with_p2wkss_locations(vec![SiteId::new("teluk-pucung")]);
/// assert_eq!(params.wrse_income_limit, Rupiah(750_000));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct PresetParams {
    /// Monthly income below which a woman counts as having "insufficient income" for WRSE.
    ///
    /// Default Rp 500,000: seed 004's profile of the WRSE of Kota Batu ("Penghasilan kurang
    /// dari Rp.500 ribu"). The WRSE criterion itself says only "berpenghasilan kurang atau
    /// tidak mencukupi untuk kebutuhan hidup yang layak".
    pub wrse_income_limit: Rupiah,
    /// The "productive age" PKHP requires ("memiliki usia produktif"), inclusive.
    ///
    /// Default 15-64: the working-age range Badan Pusat Statistik uses for "usia produktif";
    /// seed 002 names the requirement without the range.
    pub productive_age: (i32, i32),
    /// An income limit that also admits a family to the P2WKSS target group when it is not
    /// (yet) in the integrated database. Default `None`: seed 000 identifies poor families by
    /// cross-checking the Basis Data Terpadu and gives no income figure.
    pub p2wkss_income_limit: Option<Rupiah>,
    /// The P2WKSS locations: the site ids of the kelurahan "atas usul walikota dan ditetapkan
    /// dengan keputusan gubernur Jawa Barat" (seed 000), with any RW or RT sites inside them.
    ///
    /// Default `None`: the designation is not recorded, so the P2WKSS presets judge the
    /// location *unknown* for everyone — nobody is eligible until it is given.
    pub p2wkss_locations: Option<Vec<SiteId>>,
    /// The "bantuan sosial aktif" that admits a family to PENA.
    ///
    /// Default PKH and BPNT, the programmes seed 002 names for PENA's recipients ("PKH murni
    /// dan KPM kombo (penerima PKH dan BPNT)"). Other assistance (BLT, rastra, …) only when a
    /// caller adds it.
    pub pena_assistance: Vec<SocialAssistance>,
}

impl Default for PresetParams {
    fn default() -> Self {
        PresetParams {
            wrse_income_limit: Rupiah(500_000),
            productive_age: (15, 64),
            p2wkss_income_limit: None,
            p2wkss_locations: None,
            pena_assistance: vec![SocialAssistance::Pkh, SocialAssistance::Bpnt],
        }
    }
}

impl PresetParams {
    /// With the WRSE income limit set.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::money::Rupiah;
    /// use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams};
    /// let params = PresetParams::default().with_wrse_income_limit(Rupiah(750_000));
    /// let wrse = preset(PresetId::Wrse, &params);
    /// // The rule's income test uses the limit given, not seed 004's Rp 500,000.
    /// let limit = Criterion::IncomeBelow { limit: Rupiah(750_000) };
    /// assert!(wrse.rule.criteria().contains(&&limit));
    /// ```
    pub fn with_wrse_income_limit(mut self, limit: Rupiah) -> Self {
        self.wrse_income_limit = limit;
        self
    }

    /// With PKHP's productive age set (inclusive).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams};
    /// let params = PresetParams::default().with_productive_age(18, 60);
    /// let pkhp = preset(PresetId::Pkhp, &params);
    /// assert!(pkhp.rule.criteria().contains(&&Criterion::AgeBetween { min: 18, max: 60 }));
    /// // The default range is gone from the rule, not kept beside the new one.
    /// assert!(!pkhp.rule.criteria().contains(&&Criterion::AgeBetween { min: 15, max: 64 }));
    /// ```
    pub fn with_productive_age(mut self, min: i32, max: i32) -> Self {
        self.productive_age = (min, max);
        self
    }

    /// With an income limit that also admits families outside the integrated database to
    /// P2WKSS.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::money::Rupiah;
    /// use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams};
    /// let income = |c: &&Criterion| matches!(c, Criterion::IncomeBelow { .. });
    /// // Seed 000 gives no income figure, so by default the rule has no income test.
    /// let seed = preset(PresetId::P2wkssTarget, &PresetParams::default());
    /// assert!(!seed.rule.criteria().iter().any(income));
    /// let params = PresetParams::default().with_p2wkss_income_limit(Rupiah(1_000_000));
    /// assert!(preset(PresetId::P2wkssTarget, &params).rule.criteria().iter().any(income));
    /// ```
    pub fn with_p2wkss_income_limit(mut self, limit: Rupiah) -> Self {
        self.p2wkss_income_limit = Some(limit);
        self
    }

    /// With the designated P2WKSS locations recorded.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams};
    /// let designated = |params: &PresetParams| {
    ///     let rule = preset(PresetId::P2wkssTarget, params).rule;
    ///     let site = |c: &&Criterion| matches!(c, Criterion::DesignatedSite { .. });
    ///     rule.criteria().into_iter().find(site).cloned()
    /// };
    /// // Not recorded: the location is unknown for everyone, never a silent pass.
    /// let unknown = designated(&PresetParams::default());
    /// assert_eq!(unknown, Some(Criterion::DesignatedSite { sites: None }));
    /// let sites = vec![SiteId::new("kel-teluk-pucung")];
    /// let known = designated(&PresetParams::default().with_p2wkss_locations(sites.clone()));
    /// assert_eq!(known, Some(Criterion::DesignatedSite { sites: Some(sites) }));
    /// ```
    pub fn with_p2wkss_locations(mut self, sites: Vec<SiteId>) -> Self {
        self.p2wkss_locations = Some(sites);
        self
    }

    /// With the assistance that counts as "bantuan sosial aktif" for PENA.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::SocialAssistance;
    /// use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams};
    /// let pkh_only = PresetParams::default().with_pena_assistance(vec![SocialAssistance::Pkh]);
    /// let pena = preset(PresetId::Pena, &pkh_only);
    /// // The list replaces the default (PKH and BPNT); it is not added to it.
    /// let test = Criterion::ReceivesAssistance { any_of: vec![SocialAssistance::Pkh] };
    /// assert!(pena.rule.criteria().contains(&&test));
    /// ```
    pub fn with_pena_assistance(mut self, any_of: Vec<SocialAssistance>) -> Self {
        self.pena_assistance = any_of;
        self
    }
}

/// A preset: a rule with what a seed says about it.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// // Whose rule it is: the seed it comes from and its words, verbatim.
/// assert!(!wrse.seed.is_empty() && !wrse.basis.is_empty());
/// assert!(!wrse.notes.indonesian.is_empty() && !wrse.notes.english.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Preset {
    /// Which preset.
    pub id: PresetId,
    /// The rule: what a person must meet.
    pub rule: Rule,
    /// Whom the programme prefers among the eligible (a ranking, not a requirement).
    pub prefer: &'static [Preference],
    /// Places per kelurahan, where the programme fixes a quota.
    pub quota_per_village: Option<u32>,
    /// Benefit per recipient, where the programme fixes one.
    pub benefit_each: Option<Rupiah>,
    /// The seed file the preset comes from.
    pub seed: &'static str,
    /// The seed's own words the rule encodes, verbatim.
    pub basis: &'static [&'static str],
    /// What the rule adds to or reads into the seed's words, in both languages.
    pub notes: Text,
}
