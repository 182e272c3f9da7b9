//! Deterministic quota selection per kelurahan (PKHP: 25, UEP: 5 — seed 002).
//!
//! Among the people a rule finds *eligible*, each kelurahan fills its quota in ranking order.
//! The ranking is a list of keys chosen by the caller; the final tie-break is always the
//! participant id in ascending byte order, so the same people give the same selection
//! whatever order they arrive in. People the rule cannot judge (missing data) are never
//! selected and are listed as undetermined; eligible people with no kelurahan are listed as
//! unplaced. Nobody is dropped silently.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
//! use berdaya::screening::quota::{select, QuotaPolicy};
//! let uep = preset(PresetId::Uep, &PresetParams::default());
//! let policy = QuotaPolicy::with_default_ranking(uep.quota_per_village.unwrap());
//! let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
//! let selection = select(&[], &[], &uep.rule, on, &policy).unwrap();
//! assert!(selection.villages.is_empty());
//! ```

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ids::ParticipantId;
use crate::model::lang::labelled_enum;
use crate::model::participant::{Participant, Sex};
use crate::model::site::Site;
use crate::screening::eligibility::{Eligibility, Preference, Preset, Rule, RuleError};

labelled_enum! {
    /// A ranking key for filling a quota.
    #[non_exhaustive]
    pub enum RankKey {
        /// Lowest income per household member first (income ÷ (dependants + 1)).
        LowestIncomePerMember => ("lowest_income_per_member", "Penghasilan per anggota keluarga terendah", "Lowest income per household member"),
        /// Lowest monthly income first.
        LowestIncome => ("lowest_income", "Penghasilan terendah", "Lowest income"),
        /// Most dependants first.
        MostDependants => ("most_dependants", "Tanggungan terbanyak", "Most dependants"),
        /// Oldest first.
        Oldest => ("oldest", "Usia tertua", "Oldest"),
        /// Youngest first.
        Youngest => ("youngest", "Usia termuda", "Youngest"),
        /// Female household heads first.
        HouseholdHeadFirst => ("household_head_first", "Kepala keluarga didahulukan", "Household heads first"),
        /// Women first (a programme's preference, such as PKHP's "terutama ibu-ibu").
        WomenFirst => ("women_first", "Perempuan didahulukan", "Women first"),
    }
}

/// How a quota is filled.
///
/// # Examples
///
/// ```
/// use berdaya::screening::quota::{QuotaPolicy, RankKey};
/// let policy = QuotaPolicy::new(5, vec![RankKey::MostDependants, RankKey::Oldest]);
/// assert_eq!(policy.per_village, 5);
/// assert_eq!(policy.ranking[0], RankKey::MostDependants);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct QuotaPolicy {
    /// Places per kelurahan/desa.
    pub per_village: u32,
    /// Ranking keys, most important first; the participant id breaks any remaining tie.
    pub ranking: Vec<RankKey>,
}

impl QuotaPolicy {
    /// `per_village` places filled in the order of `ranking` (most important key first).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// // UEP's five places per kelurahan (seed 002), the poorest first.
    /// let policy = QuotaPolicy::new(5, vec![RankKey::LowestIncome]);
    /// assert_eq!(policy.ranking, [RankKey::LowestIncome]);
    /// ```
    pub fn new(per_village: u32, ranking: Vec<RankKey>) -> Self {
        QuotaPolicy {
            per_village,
            ranking,
        }
    }

    /// The policy of a preset with a quota: its own places per kelurahan, ranked by its
    /// preferences first (PKHP: women first) and then by the default ranking. `None` when
    /// the programme fixes no quota.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// let pkhp = preset(PresetId::Pkhp, &PresetParams::default());
    /// let policy = QuotaPolicy::for_preset(&pkhp).unwrap();
    /// assert_eq!(policy.per_village, 25);
    /// assert_eq!(policy.ranking[0], RankKey::WomenFirst);
    /// assert!(QuotaPolicy::for_preset(&preset(PresetId::Wrse, &PresetParams::default())).is_none());
    /// ```
    pub fn for_preset(preset: &Preset) -> Option<Self> {
        let mut policy = QuotaPolicy::with_default_ranking(preset.quota_per_village?);
        let preferred: Vec<RankKey> = preset
            .prefer
            .iter()
            .map(|p| match p {
                Preference::WomenFirst => RankKey::WomenFirst,
            })
            .collect();
        policy.ranking.splice(0..0, preferred);
        Some(policy)
    }

    /// The default ranking: neediest first — lowest income per household member, then most
    /// dependants, then household heads — and the participant id last.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// let policy = QuotaPolicy::with_default_ranking(25);
    /// assert_eq!(policy.per_village, 25);
    /// assert_eq!(
    ///     policy.ranking,
    ///     [RankKey::LowestIncomePerMember, RankKey::MostDependants, RankKey::HouseholdHeadFirst]
    /// );
    /// ```
    pub fn with_default_ranking(per_village: u32) -> Self {
        QuotaPolicy {
            per_village,
            ranking: vec![
                RankKey::LowestIncomePerMember,
                RankKey::MostDependants,
                RankKey::HouseholdHeadFirst,
            ],
        }
    }
}

/// The selection in one kelurahan or desa.
///
/// # Examples
///
/// ```
/// # use berdaya::prelude::*;
/// # use berdaya::model::money::Rupiah;
/// # use berdaya::model::participant::SocialAssistance;
/// # use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// # use berdaya::screening::quota::{select, QuotaPolicy, RankKey};
/// # // UEP takes KPM PKH who run a business (seed 002); here one place per kelurahan.
/// # let uep = preset(PresetId::Uep, &PresetParams::default());
/// # let karawaci = Site::new("karawaci", "Banten", "Tangerang", CityKind::Kota)
/// #     .with_village("Karawaci", VillageKind::Kelurahan);
/// # let kpm = |id: &str| {
/// #     Participant::new(id)
/// #         .with_site("karawaci")
/// #         .with_assistance_received([SocialAssistance::Pkh])
/// # };
/// # let people = [
/// #     kpm("a").with_has_business(true).with_monthly_income(Rupiah(900_000)),
/// #     kpm("b").with_has_business(true).with_monthly_income(Rupiah(400_000)),
/// #     kpm("c"), // whether she runs a business is not recorded
/// # ];
/// # let policy = QuotaPolicy::new(1, vec![RankKey::LowestIncome]);
/// # let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// # let out = select(&people, &[karawaci], &uep.rule, on, &policy).unwrap();
/// // `out` is the selection made in the example of `select`.
/// let village = &out.villages[0];
/// assert_eq!(village.village, "kota tangerang / karawaci");
/// assert_eq!(village.eligible, 2);
/// assert_eq!(village.selected, [ParticipantId::new("b")]);
/// assert_eq!(village.waiting, [ParticipantId::new("a")]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VillageSelection {
    /// The grouping key (`kota bekasi / harapan jaya`).
    pub village: String,
    /// How many were eligible there.
    pub eligible: usize,
    /// Those selected, in ranking order (at most the quota).
    pub selected: Vec<ParticipantId>,
    /// Eligible but beyond the quota, in ranking order (the waiting list).
    pub waiting: Vec<ParticipantId>,
}

/// The result of a quota selection.
///
/// # Examples
///
/// ```
/// # use berdaya::prelude::*;
/// # use berdaya::model::money::Rupiah;
/// # use berdaya::model::participant::SocialAssistance;
/// # use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// # use berdaya::screening::quota::{select, QuotaPolicy, RankKey};
/// # // UEP takes KPM PKH who run a business (seed 002); here one place per kelurahan.
/// # let uep = preset(PresetId::Uep, &PresetParams::default());
/// # let karawaci = Site::new("karawaci", "Banten", "Tangerang", CityKind::Kota)
/// #     .with_village("Karawaci", VillageKind::Kelurahan);
/// # let kpm = |id: &str| {
/// #     Participant::new(id)
/// #         .with_site("karawaci")
/// #         .with_assistance_received([SocialAssistance::Pkh])
/// # };
/// # let people = [
/// #     kpm("a").with_has_business(true).with_monthly_income(Rupiah(900_000)),
/// #     kpm("b").with_has_business(true).with_monthly_income(Rupiah(400_000)),
/// #     kpm("c"), // whether she runs a business is not recorded
/// # ];
/// # let policy = QuotaPolicy::new(1, vec![RankKey::LowestIncome]);
/// # let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// # let out = select(&people, &[karawaci], &uep.rule, on, &policy).unwrap();
/// // `out` is the selection made in the example of `select`.
/// // Nobody is dropped: the one the rule cannot judge is listed, not selected.
/// assert_eq!(out.undetermined, [ParticipantId::new("c")]);
/// assert!(out.unplaced.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuotaSelection {
    /// One entry per kelurahan/desa with at least one eligible person, by key.
    pub villages: Vec<VillageSelection>,
    /// People the rule could not judge for missing data (not selected).
    pub undetermined: Vec<ParticipantId>,
    /// Eligible people whose site is missing or above kelurahan level (not selected).
    pub unplaced: Vec<ParticipantId>,
}

impl QuotaSelection {
    /// Everyone selected, kelurahan by kelurahan.
    ///
    /// # Examples
    ///
    /// ```
    /// # use berdaya::prelude::*;
    /// # use berdaya::model::money::Rupiah;
    /// # use berdaya::model::participant::SocialAssistance;
    /// # use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// # use berdaya::screening::quota::{select, QuotaPolicy, RankKey};
    /// # // UEP takes KPM PKH who run a business (seed 002); here one place per kelurahan.
    /// # let uep = preset(PresetId::Uep, &PresetParams::default());
    /// # let karawaci = Site::new("karawaci", "Banten", "Tangerang", CityKind::Kota)
    /// #     .with_village("Karawaci", VillageKind::Kelurahan);
    /// # let kpm = |id: &str| {
    /// #     Participant::new(id)
    /// #         .with_site("karawaci")
    /// #         .with_assistance_received([SocialAssistance::Pkh])
    /// # };
    /// # let people = [
    /// #     kpm("a").with_has_business(true).with_monthly_income(Rupiah(900_000)),
    /// #     kpm("b").with_has_business(true).with_monthly_income(Rupiah(400_000)),
    /// #     kpm("c"), // whether she runs a business is not recorded
    /// # ];
    /// # let policy = QuotaPolicy::new(1, vec![RankKey::LowestIncome]);
    /// # let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// # let out = select(&people, &[karawaci], &uep.rule, on, &policy).unwrap();
    /// // `out` is the selection made in the example of `select`.
    /// let selected: Vec<&str> = out.selected().map(|id| id.as_str()).collect();
    /// assert_eq!(selected, ["b"]);
    /// ```
    pub fn selected(&self) -> impl Iterator<Item = &ParticipantId> {
        self.villages.iter().flat_map(|v| v.selected.iter())
    }
}

/// Why a selection could not be made.
///
/// # Examples
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::screening::eligibility::{PresetId, PresetParams, preset};
/// use berdaya::screening::quota::{QuotaPolicy, select};
/// let uep = preset(PresetId::Uep, &PresetParams::default());
/// let twice = [Participant::new("p-1"), Participant::new("p-1")];
/// let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let err =
///     select(&twice, &[], &uep.rule, on, &QuotaPolicy::with_default_ranking(5)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "/participants/1/id: expected a unique participant id; found `p-1` again"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuotaError {
    /// The rule cannot be evaluated.
    #[error("rule: {0}")]
    Rule(#[from] RuleError),
    /// Two participants share an id, so the tie-break would not be total.
    #[error("/participants/{index}/id: expected a unique participant id; found `{id}` again")]
    DuplicateParticipant {
        /// The id.
        id: String,
        /// Position of the second use.
        index: usize,
    },
}

impl QuotaError {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{PresetId, PresetParams, preset};
    /// use berdaya::screening::quota::{QuotaPolicy, select};
    /// let uep = preset(PresetId::Uep, &PresetParams::default());
    /// let twice = [Participant::new("p-1"), Participant::new("p-1")];
    /// let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let err = select(&twice, &[], &uep.rule, on, &QuotaPolicy::with_default_ranking(5))
    ///     .unwrap_err();
    /// assert_eq!(err.code(), "duplicate_id");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            QuotaError::Rule(e) => e.code(),
            QuotaError::DuplicateParticipant { .. } => "duplicate_id",
        }
    }
}

/// Compares two options, known values first.
fn known_first(a: Option<f64>, b: Option<f64>, reverse: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            let o = x.partial_cmp(&y).unwrap_or(Ordering::Equal);
            if reverse {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The values a ranking compares, for one candidate (from a participant or a registry row).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct RankValues {
    income: Option<f64>,
    income_per_member: Option<f64>,
    dependants: Option<f64>,
    age: Option<f64>,
    household_head: Option<f64>,
    female: Option<f64>,
}

impl RankValues {
    /// The values of one candidate: monthly income, dependants, age on the ranking date and
    /// household headship (sex unknown until [`with_sex`](Self::with_sex)).
    pub(crate) fn new(
        income: Option<i64>,
        dependants: Option<u32>,
        age: Option<i32>,
        head: Option<bool>,
    ) -> Self {
        let members = f64::from(dependants.unwrap_or(0)) + 1.0;
        RankValues {
            income: income.map(|x| x as f64),
            income_per_member: income.map(|x| x as f64 / members),
            dependants: dependants.map(f64::from),
            age: age.map(f64::from),
            household_head: head.map(|h| f64::from(u8::from(h))),
            female: None,
        }
    }

    /// With the candidate's sex, for [`RankKey::WomenFirst`].
    pub(crate) fn with_sex(mut self, sex: Option<Sex>) -> Self {
        self.female = sex.map(|s| f64::from(u8::from(s == Sex::Female)));
        self
    }

    fn of(p: &Participant, on: NaiveDate) -> Self {
        RankValues::new(
            p.monthly_income.map(|r| r.0),
            p.dependants,
            p.age_on(on),
            p.household_head,
        )
        .with_sex(p.sex)
    }
}

/// Orders two candidates by `ranking` (the caller breaks remaining ties by id).
pub(crate) fn rank_order(a: &RankValues, b: &RankValues, ranking: &[RankKey]) -> Ordering {
    for key in ranking {
        let o = match key {
            RankKey::LowestIncomePerMember => {
                known_first(a.income_per_member, b.income_per_member, false)
            }
            RankKey::LowestIncome => known_first(a.income, b.income, false),
            RankKey::MostDependants => known_first(a.dependants, b.dependants, true),
            RankKey::Oldest => known_first(a.age, b.age, true),
            RankKey::Youngest => known_first(a.age, b.age, false),
            RankKey::HouseholdHeadFirst => known_first(a.household_head, b.household_head, true),
            RankKey::WomenFirst => known_first(a.female, b.female, true),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

fn compare(a: &Participant, b: &Participant, ranking: &[RankKey], on: NaiveDate) -> Ordering {
    rank_order(&RankValues::of(a, on), &RankValues::of(b, on), ranking)
        .then_with(|| a.id.cmp(&b.id))
}

/// Selects up to `policy.per_village` eligible people in each kelurahan/desa.
///
/// `sites` resolves each participant's site to its kelurahan/desa; `on` is the date ages are
/// computed at.
///
/// # Examples
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::model::money::Rupiah;
/// use berdaya::model::participant::SocialAssistance;
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// use berdaya::screening::quota::{select, QuotaPolicy, RankKey};
/// // UEP takes KPM PKH who run a business (seed 002); here one place per kelurahan.
/// let uep = preset(PresetId::Uep, &PresetParams::default());
/// let karawaci = Site::new("karawaci", "Banten", "Tangerang", CityKind::Kota)
///     .with_village("Karawaci", VillageKind::Kelurahan);
/// let kpm = |id: &str| {
///     Participant::new(id)
///         .with_site("karawaci")
///         .with_assistance_received([SocialAssistance::Pkh])
/// };
/// let people = [
///     kpm("a").with_has_business(true).with_monthly_income(Rupiah(900_000)),
///     kpm("b").with_has_business(true).with_monthly_income(Rupiah(400_000)),
///     kpm("c"), // whether she runs a business is not recorded
/// ];
/// let policy = QuotaPolicy::new(1, vec![RankKey::LowestIncome]);
/// let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let out = select(&people, &[karawaci], &uep.rule, on, &policy).unwrap();
/// // The lower income per month ranks first; the other waits.
/// assert_eq!(out.villages[0].selected, [ParticipantId::new("b")]);
/// assert_eq!(out.villages[0].waiting, [ParticipantId::new("a")]);
/// assert_eq!(out.undetermined, [ParticipantId::new("c")]);
/// ```
pub fn select(
    participants: &[Participant],
    sites: &[Site],
    rule: &Rule,
    on: NaiveDate,
    policy: &QuotaPolicy,
) -> Result<QuotaSelection, QuotaError> {
    rule.check()?;
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, p) in participants.iter().enumerate() {
        if seen.insert(p.id.as_str(), i).is_some() {
            return Err(QuotaError::DuplicateParticipant {
                id: p.id.as_str().to_owned(),
                index: i,
            });
        }
    }
    let village_of: HashMap<&str, String> = sites
        .iter()
        .filter_map(|s| s.village_key().map(|k| (s.id.as_str(), k)))
        .collect();

    let mut by_village: BTreeMap<String, Vec<&Participant>> = BTreeMap::new();
    let mut undetermined = Vec::new();
    let mut unplaced = Vec::new();
    for p in participants {
        match rule.screen(p, on).eligibility {
            Eligibility::NotEligible => {}
            Eligibility::Undetermined => undetermined.push(p.id.clone()),
            Eligibility::Eligible => {
                match p.site.as_ref().and_then(|s| village_of.get(s.as_str())) {
                    Some(v) => by_village.entry(v.clone()).or_default().push(p),
                    None => unplaced.push(p.id.clone()),
                }
            }
        }
    }
    undetermined.sort();
    unplaced.sort();

    let quota = policy.per_village as usize;
    let villages = by_village
        .into_iter()
        .map(|(village, mut people)| {
            people.sort_by(|a, b| compare(a, b, &policy.ranking, on));
            let eligible = people.len();
            let mut ids: Vec<ParticipantId> = people.into_iter().map(|p| p.id.clone()).collect();
            let waiting = ids.split_off(quota.min(eligible));
            VillageSelection {
                village,
                eligible,
                selected: ids,
                waiting,
            }
        })
        .collect();
    Ok(QuotaSelection {
        villages,
        undetermined,
        unplaced,
    })
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(QuotaError, QuotaError::code);
