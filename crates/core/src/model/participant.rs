//! Pseudonymous participants and the household facts eligibility needs.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::activity::Topic;
use crate::model::date::age_on;
use crate::model::ids::{CohortId, ParticipantId, SiteId};
use crate::model::lang::labelled_enum;
use crate::model::money::Rupiah;
use crate::model::read::read_struct;

/// Ages a participant may have, in years; a document or registry row outside it is refused
/// (validation) or reported (registry screening), never silently clamped.
pub const AGE_RANGE: (i32, i32) = (0, 120);

labelled_enum! {
    /// Sex as recorded in the registry.
    pub enum Sex {
        /// Female (perempuan).
        Female => ("female", "Perempuan", "Female"),
        /// Male (laki-laki).
        Male => ("male", "Laki-laki", "Male"),
    }
}

labelled_enum! {
    /// Marital status, with the distinctions WRSE criteria need (seed 004).
    pub enum MaritalStatus {
        /// Never married (belum kawin).
        NeverMarried => ("never_married", "Belum kawin", "Never married"),
        /// Married and living with the husband (kawin).
        Married => ("married", "Kawin", "Married"),
        /// Widowed by the husband's death (cerai mati).
        Widowed => ("widowed", "Cerai mati", "Widowed"),
        /// Divorced (cerai hidup).
        Divorced => ("divorced", "Cerai hidup", "Divorced"),
        /// Abandoned by the husband without clarity (ditinggal suami tanpa kejelasan).
        Abandoned => ("abandoned", "Ditinggal suami tanpa kejelasan", "Abandoned by husband"),
    }
}

labelled_enum! {
    /// Highest education completed.
    #[non_exhaustive]
    pub enum Education {
        /// No schooling or primary not completed.
        None => ("none", "Tidak/belum tamat SD", "No schooling / primary not completed"),
        /// Sekolah Dasar.
        Sd => ("sd", "SD", "Primary school (SD)"),
        /// Sekolah Menengah Pertama.
        Smp => ("smp", "SMP", "Junior secondary (SMP)"),
        /// Sekolah Menengah Atas or vocational.
        Sma => ("sma", "SMA/SMK", "Senior secondary (SMA/SMK)"),
        /// Diploma or degree.
        Higher => ("higher", "Diploma/Sarjana", "Diploma or degree"),
    }
}

labelled_enum! {
    /// Social assistance a household receives.
    #[non_exhaustive]
    pub enum SocialAssistance {
        /// Program Keluarga Harapan (conditional cash transfer).
        Pkh => ("pkh", "PKH", "PKH (conditional cash transfer)"),
        /// Bantuan Pangan Non Tunai (food assistance).
        Bpnt => ("bpnt", "BPNT", "BPNT (non-cash food assistance)"),
        /// Bantuan Langsung Tunai (direct cash).
        Blt => ("blt", "BLT", "BLT (direct cash transfer)"),
        /// Beras sejahtera / raskin (subsidised rice).
        Rastra => ("rastra", "Rastra/raskin", "Rastra (subsidised rice)"),
        /// Fuel-price compensation cash (bantuan dana BBM).
        FuelCompensation => ("fuel_compensation", "Bantuan dana BBM", "Fuel-price compensation"),
        /// Health insurance for the poor (Jamkesmas / PBI-JK).
        HealthInsurance => ("health_insurance", "Jamkesmas/PBI-JK", "Subsidised health insurance"),
        /// Pahlawan Ekonomi Nusantara business grant.
        Pena => ("pena", "PENA", "PENA business grant"),
        /// Usaha Ekonomi Produktif.
        Uep => ("uep", "UEP", "UEP productive-economy support"),
        /// Other assistance.
        Other => ("other", "Bantuan lain", "Other assistance"),
    }
}

impl SocialAssistance {
    /// This assistance's bit in a mask of assistance received (bit `i` for `ALL[i]`).
    ///
    /// # Examples
    ///
    /// A household receiving PKH and BPNT as one mask:
    ///
    /// ```
    /// use berdaya::model::participant::SocialAssistance;
    /// assert_eq!(SocialAssistance::Pkh.bit(), 0b01);
    /// assert_eq!(SocialAssistance::Bpnt.bit(), 0b10);
    /// let mask = SocialAssistance::Pkh.bit() | SocialAssistance::Bpnt.bit();
    /// assert_eq!(mask & SocialAssistance::Blt.bit(), 0, "no BLT in the mask");
    /// ```
    pub fn bit(self) -> u16 {
        let i = SocialAssistance::ALL
            .iter()
            .position(|x| *x == self)
            .unwrap_or(0);
        1 << i
    }

    /// The bit of an assistance mask that says the assistance received is *not recorded*
    /// (above every kind's own bit): a criterion on assistance is then unknown, not failed.
    pub const NOT_RECORDED: u16 = 1 << 15;

    /// The mask of a record of assistance received: the bits of the kinds received, or
    /// [`SocialAssistance::NOT_RECORDED`] when there is no record (`None`). A record that
    /// lists nothing (`Some(&[])`) is `0`: recorded as receiving none.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::SocialAssistance;
    /// let pkh = SocialAssistance::mask(Some(&[SocialAssistance::Pkh]));
    /// assert_eq!(pkh, SocialAssistance::Pkh.bit());
    /// // Recorded as receiving none is not the same as not recorded.
    /// assert_eq!(SocialAssistance::mask(Some(&[])), 0);
    /// assert_eq!(SocialAssistance::mask(None), SocialAssistance::NOT_RECORDED);
    /// ```
    pub fn mask(received: Option<&[SocialAssistance]>) -> u16 {
        match received {
            None => SocialAssistance::NOT_RECORDED,
            Some(list) => list.iter().fold(0, |m, a| m | a.bit()),
        }
    }
}

/// A participant or candidate, identified only by a pseudonymous code.
///
/// Unknown facts stay `None`: eligibility reports them as unknown instead of guessing.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::prelude::*;
use berdaya::model::participant::{MaritalStatus, SocialAssistance};
let p = Participant::new("kpm-0001")
    .with_sex(Sex::Female)
    .with_marital_status(MaritalStatus::Widowed)
    .with_assistance_received([SocialAssistance::Pkh]);
assert_eq!(p.id.as_str(), "kpm-0001");
assert_eq!(p.marital_status, Some(MaritalStatus::Widowed));
assert_eq!(p.dependants, None, "not recorded stays unknown");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Participant {
    /// Pseudonymous identifier (no names are needed or wanted).
    pub id: ParticipantId,
    /// Sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Birth date, when known (preferred over `age`).
    #[serde(
        default,
        deserialize_with = "crate::model::date::optional_day",
        skip_serializing_if = "Option::is_none"
    )]
    pub birth_date: Option<NaiveDate>,
    /// Age in whole years at the document's reference date, when the birth date is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i32>,
    /// Whether she or he heads the household (kepala keluarga).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household_head: Option<bool>,
    /// Whether she or he is the household's main breadwinner (pencari nafkah utama).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_breadwinner: Option<bool>,
    /// Marital status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marital_status: Option<MaritalStatus>,
    /// Highest education completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
    /// Monthly income in rupiah.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_income: Option<Rupiah>,
    /// Number of dependants (tanggungan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependants: Option<u32>,
    /// Whether an elderly person (lansia) lives in the household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household_has_elderly: Option<bool>,
    /// Whether a person with a disability lives in the household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household_has_disabled: Option<bool>,
    /// Social assistance the household receives now: left out (`None`) when not recorded,
    /// `[]` when recorded as receiving none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistance_received: Option<Vec<SocialAssistance>>,
    /// Whether the household is in the integrated social-welfare database (DTKS / Basis Data
    /// Terpadu), against which seed 000 cross-checks the target group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_integrated_database: Option<bool>,
    /// Whether she or he runs a business (memiliki usaha).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_business: Option<bool>,
    /// Skills (training topics mastered).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Topic>,
    /// Where the household lives (a site of the document, usually a kelurahan, RW or RT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// The cohort the participant belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortId>,
}

read_struct! {
    Participant {
        id: required,
        sex: default,
        birth_date: via [crate::model::date::OptionalDay],
        age: default,
        household_head: default,
        main_breadwinner: default,
        marital_status: default,
        education: default,
        monthly_income: default,
        dependants: default,
        household_has_elderly: default,
        household_has_disabled: default,
        assistance_received: default,
        in_integrated_database: default,
        has_business: default,
        skills: default,
        site: default,
        cohort: default,
    }
}

impl Participant {
    /// A participant with only an id; every fact unknown.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let p = Participant::new("kpm-0002");
    /// assert_eq!(p.id, ParticipantId::new("kpm-0002"));
    /// assert_eq!((p.sex, p.age, p.monthly_income), (None, None, None));
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        Participant {
            id: ParticipantId::new(id),
            sex: None,
            birth_date: None,
            age: None,
            household_head: None,
            main_breadwinner: None,
            marital_status: None,
            education: None,
            monthly_income: None,
            dependants: None,
            household_has_elderly: None,
            household_has_disabled: None,
            assistance_received: None,
            in_integrated_database: None,
            has_business: None,
            skills: Vec::new(),
            site: None,
            cohort: None,
        }
    }

    /// Age in whole years on `on`: from the birth date when known, else the recorded age.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 3).unwrap();
    /// let born = Participant::new("a")
    ///     .with_birth_date(NaiveDate::from_ymd_opt(1980, 12, 31).unwrap())
    ///     .with_age(60);
    /// assert_eq!(born.age_on(on), Some(44), "the birth date wins over the recorded age");
    /// assert_eq!(Participant::new("b").with_age(52).age_on(on), Some(52));
    /// assert_eq!(Participant::new("c").age_on(on), None);
    /// ```
    pub fn age_on(&self, on: NaiveDate) -> Option<i32> {
        match (self.birth_date, self.age) {
            (Some(b), _) => Some(age_on(b, on)),
            (None, a) => a,
        }
    }

    /// Whether the household receives any social assistance at all; `None` when the
    /// assistance received is not recorded.
    ///
    /// # Examples
    ///
    /// Left out of the document, the assistance is *not recorded*; an empty list records
    /// that the household receives none.
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::participant::SocialAssistance;
    /// let p = Participant::new("a").with_assistance_received([SocialAssistance::Bpnt]);
    /// assert_eq!(p.receives_any_assistance(), Some(true));
    /// let none = Participant::new("b").with_assistance_received([]);
    /// assert_eq!(none.receives_any_assistance(), Some(false));
    /// assert_eq!(Participant::new("c").receives_any_assistance(), None);
    /// ```
    pub fn receives_any_assistance(&self) -> Option<bool> {
        self.assistance_received.as_ref().map(|l| !l.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assistance_not_recorded_stays_apart_from_none_received() {
        let absent: Participant = serde_json::from_str(r#"{"id": "k-1"}"#).unwrap();
        let none: Participant =
            serde_json::from_str(r#"{"id": "k-2", "assistance_received": []}"#).unwrap();
        let pkh: Participant =
            serde_json::from_str(r#"{"id": "k-3", "assistance_received": ["pkh"]}"#).unwrap();
        assert_eq!(absent.assistance_received, None);
        assert_eq!(none.assistance_received, Some(vec![]));
        assert_eq!(absent.receives_any_assistance(), None);
        assert_eq!(none.receives_any_assistance(), Some(false));
        assert_eq!(pkh.receives_any_assistance(), Some(true));
        // `[]` is written back, so "receives none" survives a round trip.
        let written = serde_json::to_string(&none).unwrap();
        assert_eq!(written, r#"{"id":"k-2","assistance_received":[]}"#);
        assert!(!serde_json::to_string(&absent)
            .unwrap()
            .contains("assistance"));
    }

    #[test]
    fn the_mask_marks_a_missing_record_with_its_own_bit() {
        assert_eq!(SocialAssistance::mask(None), SocialAssistance::NOT_RECORDED);
        assert_eq!(SocialAssistance::mask(Some(&[])), 0);
        let both = SocialAssistance::mask(Some(&[SocialAssistance::Pkh, SocialAssistance::Other]));
        assert_eq!(both & SocialAssistance::NOT_RECORDED, 0);
        assert_ne!(both & SocialAssistance::Pkh.bit(), 0);
        assert_ne!(both & SocialAssistance::Other.bit(), 0);
        // No kind's own bit is the not-recorded bit.
        for a in SocialAssistance::ALL {
            assert_eq!(a.bit() & SocialAssistance::NOT_RECORDED, 0, "{a}");
        }
    }
}
