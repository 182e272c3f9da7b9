//! Criteria: one test of one fact about a participant, and the one place where each
//! criterion's verdict and reason are written. A fact that is not recorded makes the
//! criterion *unknown*, never a pass or a fail.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ids::SiteId;
use crate::model::money::Rupiah;
use crate::model::participant::{MaritalStatus, Participant, Sex, SocialAssistance};
use crate::screening::eligibility::reason::{Reason, Verdict};

/// One test of one fact about a participant.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Criterion;
/// // In a JSON rule, a criterion is tagged by its name.
/// let c: Criterion = serde_json::from_str(r#"{"criterion": "sex", "is": "female"}"#)?;
/// assert_eq!(c, Criterion::Sex { is: berdaya::prelude::Sex::Female });
/// assert!(serde_json::from_str::<Criterion>(r#"{"criterion": "height"}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "criterion", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Criterion {
    /// Sex equals `is`.
    Sex {
        /// The required sex.
        is: Sex,
    },
    /// Age on the screening date lies in `min..=max` whole years.
    AgeBetween {
        /// Youngest age admitted.
        min: i32,
        /// Oldest age admitted.
        max: i32,
    },
    /// Marital status is one of `any_of`.
    MaritalStatusIn {
        /// Admitted statuses.
        any_of: Vec<MaritalStatus>,
    },
    /// Heads the household.
    HouseholdHead,
    /// Is the household's main breadwinner.
    MainBreadwinner,
    /// Monthly income strictly below `limit`.
    IncomeBelow {
        /// The exclusive upper limit.
        limit: Rupiah,
    },
    /// Receives at least one of `any_of`. A recorded empty assistance list means none
    /// received (a fail); no record of assistance makes the criterion unknown.
    ReceivesAssistance {
        /// Admitted assistance.
        any_of: Vec<SocialAssistance>,
    },
    /// No elderly person in the household.
    NoElderlyMember,
    /// No person with a disability in the household.
    NoDisabledMember,
    /// Runs a business.
    HasBusiness,
    /// The household is in the integrated social-welfare database (DTKS).
    InIntegratedDatabase,
    /// Lives at a site designated as the programme's location — for P2WKSS, a kelurahan
    /// proposed by the mayor and set by governor decree (seed 000).
    ///
    /// `sites` lists every designated site id (a kelurahan and any RW or RT site inside it);
    /// `None` means the designation is not recorded, so the criterion is *unknown* for
    /// everyone — never a silent pass.
    DesignatedSite {
        /// The designated sites, or `None` when the designation is not recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sites: Option<Vec<SiteId>>,
    },
}

fn tri(value: Option<bool>, yes: Reason, no: Reason, unknown: Reason) -> (Verdict, Reason) {
    match value {
        Some(true) => (Verdict::Pass, yes),
        Some(false) => (Verdict::Fail, no),
        None => (Verdict::Unknown, unknown),
    }
}

/// The one fact a criterion looks at, taken from a participant or from a registry row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fact {
    /// Sex.
    Sex(Option<Sex>),
    /// Age in whole years on the screening date.
    Age(Option<i32>),
    /// Marital status.
    MaritalStatus(Option<MaritalStatus>),
    /// A yes/no fact (household head, breadwinner, elderly or disabled member, business,
    /// database registration).
    Flag(Option<bool>),
    /// Monthly income in rupiah.
    Income(Option<i64>),
    /// Assistance received, as a mask of [`SocialAssistance::bit`]s, with
    /// [`SocialAssistance::NOT_RECORDED`] set when there is no record.
    Assistance(u16),
    /// Whether the participant's site is among the designated ones (`None`: site unknown).
    Site(Option<bool>),
}

impl Criterion {
    /// The fact this criterion looks at in `p`, on the date `on`.
    pub(crate) fn fact(&self, p: &Participant, on: NaiveDate) -> Fact {
        match self {
            Criterion::Sex { .. } => Fact::Sex(p.sex),
            Criterion::AgeBetween { .. } => Fact::Age(p.age_on(on)),
            Criterion::MaritalStatusIn { .. } => Fact::MaritalStatus(p.marital_status),
            Criterion::HouseholdHead => Fact::Flag(p.household_head),
            Criterion::MainBreadwinner => Fact::Flag(p.main_breadwinner),
            Criterion::IncomeBelow { .. } => Fact::Income(p.monthly_income.map(|r| r.0)),
            Criterion::ReceivesAssistance { .. } => {
                Fact::Assistance(SocialAssistance::mask(p.assistance_received.as_deref()))
            }
            Criterion::NoElderlyMember => Fact::Flag(p.household_has_elderly),
            Criterion::NoDisabledMember => Fact::Flag(p.household_has_disabled),
            Criterion::HasBusiness => Fact::Flag(p.has_business),
            Criterion::InIntegratedDatabase => Fact::Flag(p.in_integrated_database),
            Criterion::DesignatedSite { sites } => Fact::Site(
                p.site
                    .as_ref()
                    .map(|s| sites.as_ref().is_some_and(|l| l.contains(s))),
            ),
        }
    }

    /// Judges this criterion on its fact — the one place each criterion's rule is written.
    /// A fact of the wrong kind counts as unknown.
    pub(crate) fn judge_fact(&self, fact: Fact) -> (Verdict, Reason) {
        use Reason as R;
        let flag = |f: Fact| match f {
            Fact::Flag(v) => v,
            _ => None,
        };
        match self {
            Criterion::Sex { is } => match fact {
                Fact::Sex(Some(s)) if s == *is => (Verdict::Pass, R::SexMatches),
                Fact::Sex(Some(_)) => (Verdict::Fail, R::SexDiffers),
                _ => (Verdict::Unknown, R::SexUnknown),
            },
            Criterion::AgeBetween { min, max } => match fact {
                Fact::Age(Some(a)) if a < *min => (Verdict::Fail, R::AgeBelowMin),
                Fact::Age(Some(a)) if a > *max => (Verdict::Fail, R::AgeAboveMax),
                Fact::Age(Some(_)) => (Verdict::Pass, R::AgeInRange),
                _ => (Verdict::Unknown, R::AgeUnknown),
            },
            Criterion::MaritalStatusIn { any_of } => match fact {
                Fact::MaritalStatus(Some(m)) if any_of.contains(&m) => {
                    (Verdict::Pass, R::MaritalStatusMatches)
                }
                Fact::MaritalStatus(Some(_)) => (Verdict::Fail, R::MaritalStatusDiffers),
                _ => (Verdict::Unknown, R::MaritalStatusUnknown),
            },
            Criterion::HouseholdHead => tri(
                flag(fact),
                R::HouseholdHead,
                R::NotHouseholdHead,
                R::HouseholdHeadUnknown,
            ),
            Criterion::MainBreadwinner => tri(
                flag(fact),
                R::MainBreadwinner,
                R::NotMainBreadwinner,
                R::MainBreadwinnerUnknown,
            ),
            Criterion::IncomeBelow { limit } => match fact {
                Fact::Income(Some(i)) if i < limit.0 => (Verdict::Pass, R::IncomeBelowLimit),
                Fact::Income(Some(_)) => (Verdict::Fail, R::IncomeAtOrAboveLimit),
                _ => (Verdict::Unknown, R::IncomeUnknown),
            },
            Criterion::ReceivesAssistance { any_of } => match fact {
                Fact::Assistance(mask) if any_of.iter().any(|a| mask & a.bit() != 0) => {
                    (Verdict::Pass, R::ReceivesAssistance)
                }
                Fact::Assistance(mask) if mask & SocialAssistance::NOT_RECORDED == 0 => {
                    (Verdict::Fail, R::LacksAssistance)
                }
                _ => (Verdict::Unknown, R::AssistanceUnknown),
            },
            Criterion::NoElderlyMember => tri(
                flag(fact).map(|b| !b),
                R::NoElderlyMember,
                R::HasElderlyMember,
                R::ElderlyMemberUnknown,
            ),
            Criterion::NoDisabledMember => tri(
                flag(fact).map(|b| !b),
                R::NoDisabledMember,
                R::HasDisabledMember,
                R::DisabledMemberUnknown,
            ),
            Criterion::HasBusiness => tri(
                flag(fact),
                R::HasBusiness,
                R::NoBusiness,
                R::BusinessUnknown,
            ),
            Criterion::InIntegratedDatabase => tri(
                flag(fact),
                R::InIntegratedDatabase,
                R::NotInIntegratedDatabase,
                R::IntegratedDatabaseUnknown,
            ),
            Criterion::DesignatedSite { sites: None } => (Verdict::Unknown, R::DesignationUnknown),
            Criterion::DesignatedSite { .. } => tri(
                match fact {
                    Fact::Site(v) => v,
                    _ => None,
                },
                R::SiteDesignated,
                R::SiteNotDesignated,
                R::SiteUnknown,
            ),
        }
    }

    /// Judges this criterion for `p` on the date `on`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Verdict};
    /// let adult = Criterion::AgeBetween { min: 18, max: 60 };
    /// // Born 2006-01-02: 17 the day before the 18th birthday, 18 on it.
    /// let born = NaiveDate::from_ymd_opt(2006, 1, 2).unwrap();
    /// let p = Participant::new("p-1").with_birth_date(born);
    /// let day = |d| NaiveDate::from_ymd_opt(2024, 1, d).unwrap();
    /// assert_eq!(adult.judge(&p, day(1)).0, Verdict::Fail);
    /// assert_eq!(adult.judge(&p, day(2)).0, Verdict::Pass);
    /// ```
    pub fn judge(&self, p: &Participant, on: NaiveDate) -> (Verdict, Reason) {
        self.judge_fact(self.fact(p, on))
    }
}
