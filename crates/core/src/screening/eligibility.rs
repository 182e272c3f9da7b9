//! Eligibility: composable criteria that say which criterion passed, failed or could not be
//! judged, and presets for the target groups the seeds describe.
//!
//! A [`Rule`] is a tree of [`Criterion`]s joined by `all_of` / `any_of`. Screening a
//! participant returns a [`Screening`]: the overall [`Eligibility`] and, for every criterion,
//! a [`Reason`] code (`age_below_min`, `income_unknown`, …) — never a bare boolean. A fact that
//! is not recorded makes its criterion *unknown*, and the person *undetermined* rather than
//! silently ineligible.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams, Reason};
//! use berdaya::model::participant::{MaritalStatus, Participant, Sex};
//! use berdaya::model::money::Rupiah;
//! use chrono::NaiveDate;
//!
//! let wrse = preset(PresetId::Wrse, &PresetParams::default());
//! let mut p = Participant::new("wrse-001");
//! p.sex = Some(Sex::Female);
//! p.age = Some(17);
//! p.marital_status = Some(MaritalStatus::Widowed);
//! p.main_breadwinner = Some(true);
//! p.monthly_income = Some(Rupiah(400_000));
//! let today = NaiveDate::from_ymd_opt(2022, 1, 20).unwrap();
//! let s = wrse.rule.screen(&p, today);
//! assert_eq!(s.eligibility, Eligibility::NotEligible);
//! assert!(s.reasons().any(|r| r == Reason::AgeBelowMin));
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::model::participant::{MaritalStatus, Participant, Sex, SocialAssistance};

/// One test of one fact about a participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "criterion", rename_all = "snake_case", deny_unknown_fields)]
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
    /// Receives at least one of `any_of` (an empty assistance list means none received).
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
}

/// A composable eligibility rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// Every sub-rule must pass.
    AllOf(Vec<Rule>),
    /// At least one sub-rule must pass.
    AnyOf(Vec<Rule>),
    /// A single criterion.
    Test(Criterion),
}

labelled_enum! {
    /// The verdict on one criterion.
    pub enum Verdict {
        /// The criterion is met.
        Pass => ("pass", "memenuhi", "met"),
        /// The criterion is not met.
        Fail => ("fail", "tidak memenuhi", "not met"),
        /// The fact needed is not recorded.
        Unknown => ("unknown", "data belum ada", "data missing"),
    }
}

labelled_enum! {
    /// The overall result of screening one person.
    pub enum Eligibility {
        /// Every required criterion is met.
        Eligible => ("eligible", "Memenuhi syarat", "Eligible"),
        /// A required criterion is not met.
        NotEligible => ("not_eligible", "Tidak memenuhi syarat", "Not eligible"),
        /// No criterion fails, but some cannot be judged for missing data.
        Undetermined => ("undetermined", "Belum dapat ditentukan", "Undetermined"),
    }
}

labelled_enum! {
    /// Why a criterion passed, failed or could not be judged.
    pub enum Reason {
        /// Sex matches.
        SexMatches => ("sex_matches", "Jenis kelamin sesuai", "Sex matches"),
        /// Sex differs.
        SexDiffers => ("sex_differs", "Jenis kelamin tidak sesuai", "Sex does not match"),
        /// Sex not recorded.
        SexUnknown => ("sex_unknown", "Jenis kelamin belum tercatat", "Sex not recorded"),
        /// Age within range.
        AgeInRange => ("age_in_range", "Usia dalam rentang", "Age within range"),
        /// Younger than the minimum.
        AgeBelowMin => ("age_below_min", "Usia di bawah batas bawah", "Younger than the minimum age"),
        /// Older than the maximum.
        AgeAboveMax => ("age_above_max", "Usia di atas batas atas", "Older than the maximum age"),
        /// Neither age nor birth date recorded.
        AgeUnknown => ("age_unknown", "Usia belum tercatat", "Age not recorded"),
        /// Marital status admitted.
        MaritalStatusMatches => ("marital_status_matches", "Status perkawinan sesuai", "Marital status admitted"),
        /// Marital status not admitted.
        MaritalStatusDiffers => ("marital_status_differs", "Status perkawinan tidak sesuai", "Marital status not admitted"),
        /// Marital status not recorded.
        MaritalStatusUnknown => ("marital_status_unknown", "Status perkawinan belum tercatat", "Marital status not recorded"),
        /// Heads the household.
        HouseholdHead => ("household_head", "Kepala keluarga", "Heads the household"),
        /// Does not head the household.
        NotHouseholdHead => ("not_household_head", "Bukan kepala keluarga", "Does not head the household"),
        /// Household headship not recorded.
        HouseholdHeadUnknown => ("household_head_unknown", "Status kepala keluarga belum tercatat", "Household headship not recorded"),
        /// Main breadwinner.
        MainBreadwinner => ("main_breadwinner", "Pencari nafkah utama", "Main breadwinner"),
        /// Not the main breadwinner.
        NotMainBreadwinner => ("not_main_breadwinner", "Bukan pencari nafkah utama", "Not the main breadwinner"),
        /// Breadwinner status not recorded.
        MainBreadwinnerUnknown => ("main_breadwinner_unknown", "Status pencari nafkah belum tercatat", "Breadwinner status not recorded"),
        /// Income below the limit.
        IncomeBelowLimit => ("income_below_limit", "Penghasilan di bawah batas", "Income below the limit"),
        /// Income at or above the limit.
        IncomeAtOrAboveLimit => ("income_at_or_above_limit", "Penghasilan mencapai/melebihi batas", "Income at or above the limit"),
        /// Income not recorded.
        IncomeUnknown => ("income_unknown", "Penghasilan belum tercatat", "Income not recorded"),
        /// Receives an admitted kind of assistance.
        ReceivesAssistance => ("receives_assistance", "Menerima bantuan sosial yang disyaratkan", "Receives a required assistance"),
        /// Receives none of the admitted kinds of assistance.
        LacksAssistance => ("lacks_assistance", "Tidak menerima bantuan sosial yang disyaratkan", "Receives none of the required assistance"),
        /// No elderly household member.
        NoElderlyMember => ("no_elderly_member", "Tidak ada anggota keluarga lansia", "No elderly household member"),
        /// An elderly household member.
        HasElderlyMember => ("has_elderly_member", "Ada anggota keluarga lansia", "Has an elderly household member"),
        /// Elderly members not recorded.
        ElderlyMemberUnknown => ("elderly_member_unknown", "Keberadaan lansia belum tercatat", "Elderly members not recorded"),
        /// No disabled household member.
        NoDisabledMember => ("no_disabled_member", "Tidak ada anggota keluarga disabilitas", "No household member with a disability"),
        /// A disabled household member.
        HasDisabledMember => ("has_disabled_member", "Ada anggota keluarga disabilitas", "Has a household member with a disability"),
        /// Disabled members not recorded.
        DisabledMemberUnknown => ("disabled_member_unknown", "Keberadaan disabilitas belum tercatat", "Household disability not recorded"),
        /// Runs a business.
        HasBusiness => ("has_business", "Memiliki usaha", "Runs a business"),
        /// Runs no business.
        NoBusiness => ("no_business", "Tidak memiliki usaha", "Runs no business"),
        /// Business ownership not recorded.
        BusinessUnknown => ("business_unknown", "Kepemilikan usaha belum tercatat", "Business ownership not recorded"),
        /// In the integrated database.
        InIntegratedDatabase => ("in_integrated_database", "Terdaftar di Basis Data Terpadu", "In the integrated social-welfare database"),
        /// Not in the integrated database.
        NotInIntegratedDatabase => ("not_in_integrated_database", "Tidak terdaftar di Basis Data Terpadu", "Not in the integrated social-welfare database"),
        /// Database status not recorded.
        IntegratedDatabaseUnknown => ("integrated_database_unknown", "Status Basis Data Terpadu belum tercatat", "Database registration not recorded"),
    }
}

/// The outcome of one criterion for one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionOutcome {
    /// The criterion.
    pub criterion: Criterion,
    /// Pass, fail or unknown.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
}

/// The result of screening one person against a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Screening {
    /// Overall result.
    pub eligibility: Eligibility,
    /// One outcome per criterion of the rule, in the rule's order.
    pub outcomes: Vec<CriterionOutcome>,
}

impl Screening {
    /// The reason codes, in the rule's order.
    pub fn reasons(&self) -> impl Iterator<Item = Reason> + '_ {
        self.outcomes.iter().map(|o| o.reason)
    }

    /// The outcomes that failed.
    pub fn failures(&self) -> impl Iterator<Item = &CriterionOutcome> + '_ {
        self.outcomes.iter().filter(|o| o.verdict == Verdict::Fail)
    }
}

/// A rule that cannot be evaluated as written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RuleError {
    /// An `all_of`, `any_of` or list of admitted values is empty.
    #[error("{path}: expected at least one entry; found an empty list")]
    Empty {
        /// Path of the list within the rule.
        path: String,
    },
    /// An age range whose minimum exceeds its maximum.
    #[error("{path}: expected min ≤ max; found {min} > {max}")]
    RangeReversed {
        /// Path of the criterion.
        path: String,
        /// Minimum given.
        min: i32,
        /// Maximum given.
        max: i32,
    },
    /// A negative income limit.
    #[error("{path}: expected a limit in rupiah ≥ 0; found {found}")]
    NegativeLimit {
        /// Path of the criterion.
        path: String,
        /// Limit given.
        found: i64,
    },
}

impl RuleError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            RuleError::Empty { .. } => "empty",
            RuleError::RangeReversed { .. } => "range_reversed",
            RuleError::NegativeLimit { .. } => "negative_limit",
        }
    }
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
pub enum Fact {
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
    /// Assistance received, as a mask of [`SocialAssistance::bit`]s.
    Assistance(u16),
}

impl Criterion {
    /// The fact this criterion looks at in `p`, on the date `on`.
    pub fn fact(&self, p: &Participant, on: NaiveDate) -> Fact {
        match self {
            Criterion::Sex { .. } => Fact::Sex(p.sex),
            Criterion::AgeBetween { .. } => Fact::Age(p.age_on(on)),
            Criterion::MaritalStatusIn { .. } => Fact::MaritalStatus(p.marital_status),
            Criterion::HouseholdHead => Fact::Flag(p.household_head),
            Criterion::MainBreadwinner => Fact::Flag(p.main_breadwinner),
            Criterion::IncomeBelow { .. } => Fact::Income(p.monthly_income.map(|r| r.0)),
            Criterion::ReceivesAssistance { .. } => {
                Fact::Assistance(p.assistance_received.iter().fold(0, |m, a| m | a.bit()))
            }
            Criterion::NoElderlyMember => Fact::Flag(p.household_has_elderly),
            Criterion::NoDisabledMember => Fact::Flag(p.household_has_disabled),
            Criterion::HasBusiness => Fact::Flag(p.has_business),
            Criterion::InIntegratedDatabase => Fact::Flag(p.in_integrated_database),
        }
    }

    /// Judges this criterion on its fact — the one place each criterion's rule is written.
    /// A fact of the wrong kind counts as unknown.
    pub fn judge_fact(&self, fact: Fact) -> (Verdict, Reason) {
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
                _ => (Verdict::Fail, R::LacksAssistance),
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
        }
    }

    /// Judges this criterion for `p` on the date `on`.
    pub fn judge(&self, p: &Participant, on: NaiveDate) -> (Verdict, Reason) {
        self.judge_fact(self.fact(p, on))
    }
}

fn combine(verdicts: impl Iterator<Item = Verdict>, all: bool) -> Verdict {
    let (mut any_pass, mut any_fail, mut any_unknown, mut n) = (false, false, false, 0);
    for v in verdicts {
        n += 1;
        match v {
            Verdict::Pass => any_pass = true,
            Verdict::Fail => any_fail = true,
            Verdict::Unknown => any_unknown = true,
        }
    }
    if n == 0 {
        // An empty rule is refused by `check`; evaluate it as vacuous truth / falsity.
        return if all { Verdict::Pass } else { Verdict::Fail };
    }
    if all {
        if any_fail {
            Verdict::Fail
        } else if any_unknown {
            Verdict::Unknown
        } else {
            Verdict::Pass
        }
    } else if any_pass {
        Verdict::Pass
    } else if any_unknown {
        Verdict::Unknown
    } else {
        Verdict::Fail
    }
}

impl Rule {
    /// A single-criterion rule.
    pub fn test(c: Criterion) -> Rule {
        Rule::Test(c)
    }

    /// Checks that the rule can be evaluated as written.
    pub fn check(&self) -> Result<(), RuleError> {
        self.check_at("")
    }

    fn check_at(&self, path: &str) -> Result<(), RuleError> {
        match self {
            Rule::AllOf(rules) | Rule::AnyOf(rules) => {
                let key = if matches!(self, Rule::AllOf(_)) {
                    "all_of"
                } else {
                    "any_of"
                };
                let here = format!("{path}/{key}");
                if rules.is_empty() {
                    return Err(RuleError::Empty { path: here });
                }
                for (i, r) in rules.iter().enumerate() {
                    r.check_at(&format!("{here}/{i}"))?;
                }
                Ok(())
            }
            Rule::Test(c) => {
                let here = format!("{path}/test");
                match c {
                    Criterion::AgeBetween { min, max } if min > max => {
                        Err(RuleError::RangeReversed {
                            path: here,
                            min: *min,
                            max: *max,
                        })
                    }
                    Criterion::IncomeBelow { limit } if limit.0 < 0 => {
                        Err(RuleError::NegativeLimit {
                            path: format!("{here}/limit"),
                            found: limit.0,
                        })
                    }
                    Criterion::MaritalStatusIn { any_of } if any_of.is_empty() => {
                        Err(RuleError::Empty {
                            path: format!("{here}/any_of"),
                        })
                    }
                    Criterion::ReceivesAssistance { any_of } if any_of.is_empty() => {
                        Err(RuleError::Empty {
                            path: format!("{here}/any_of"),
                        })
                    }
                    _ => Ok(()),
                }
            }
        }
    }

    /// Every criterion of the rule, depth first.
    pub fn criteria(&self) -> Vec<&Criterion> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a Criterion>) {
        match self {
            Rule::AllOf(rs) | Rule::AnyOf(rs) => rs.iter().for_each(|r| r.collect(out)),
            Rule::Test(c) => out.push(c),
        }
    }

    fn evaluate(&self, p: &Participant, on: NaiveDate, out: &mut Vec<CriterionOutcome>) -> Verdict {
        match self {
            Rule::Test(c) => {
                let (verdict, reason) = c.judge(p, on);
                out.push(CriterionOutcome {
                    criterion: c.clone(),
                    verdict,
                    reason,
                });
                verdict
            }
            Rule::AllOf(rs) => {
                let vs: Vec<Verdict> = rs.iter().map(|r| r.evaluate(p, on, out)).collect();
                combine(vs.into_iter(), true)
            }
            Rule::AnyOf(rs) => {
                let vs: Vec<Verdict> = rs.iter().map(|r| r.evaluate(p, on, out)).collect();
                combine(vs.into_iter(), false)
            }
        }
    }

    /// The verdict of the rule alone, without the per-criterion outcomes.
    pub fn verdict(&self, p: &Participant, on: NaiveDate) -> Verdict {
        match self {
            Rule::Test(c) => c.judge(p, on).0,
            Rule::AllOf(rs) => combine(rs.iter().map(|r| r.verdict(p, on)), true),
            Rule::AnyOf(rs) => combine(rs.iter().map(|r| r.verdict(p, on)), false),
        }
    }

    /// Screens `p` on the date `on`, reporting every criterion's outcome.
    pub fn screen(&self, p: &Participant, on: NaiveDate) -> Screening {
        let mut outcomes = Vec::new();
        let verdict = self.evaluate(p, on, &mut outcomes);
        Screening {
            eligibility: match verdict {
                Verdict::Pass => Eligibility::Eligible,
                Verdict::Fail => Eligibility::NotEligible,
                Verdict::Unknown => Eligibility::Undetermined,
            },
            outcomes,
        }
    }
}

labelled_enum! {
    /// The target-group presets of the seeds.
    pub enum PresetId {
        /// Wanita Rawan Sosial Ekonomi (seed 004).
        Wrse => ("wrse", "Wanita Rawan Sosial Ekonomi (WRSE)", "Socio-economically vulnerable women (WRSE)"),
        /// The P2WKSS target group: women 15-64 in poor families (seed 000).
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

/// Figures the presets need that the seeds do not fix, with documented defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

impl Default for PresetParams {
    fn default() -> Self {
        PresetParams {
            wrse_income_limit: Rupiah(500_000),
            productive_age: (15, 64),
            p2wkss_income_limit: None,
        }
    }
}

/// A preset: a rule with what a seed says about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Preset {
    /// Which preset.
    pub id: PresetId,
    /// The rule.
    pub rule: Rule,
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

fn all(rules: Vec<Criterion>) -> Rule {
    Rule::AllOf(rules.into_iter().map(Rule::Test).collect())
}

const FEMALE: Criterion = Criterion::Sex { is: Sex::Female };

/// The social-assistance programmes the seeds count as "bantuan sosial".
const SOCIAL_ASSISTANCE: [SocialAssistance; 4] = [
    SocialAssistance::Pkh,
    SocialAssistance::Bpnt,
    SocialAssistance::Blt,
    SocialAssistance::Rastra,
];

/// Builds a preset with `params`.
pub fn preset(id: PresetId, params: &PresetParams) -> Preset {
    match id {
        PresetId::Wrse => Preset {
            id,
            rule: all(vec![
                FEMALE,
                Criterion::AgeBetween { min: 18, max: 59 },
                Criterion::MaritalStatusIn {
                    any_of: vec![
                        MaritalStatus::Abandoned,
                        MaritalStatus::Widowed,
                        MaritalStatus::Divorced,
                        MaritalStatus::NeverMarried,
                    ],
                },
                Criterion::MainBreadwinner,
                Criterion::IncomeBelow {
                    limit: params.wrse_income_limit,
                },
            ]),
            quota_per_village: None,
            benefit_each: None,
            seed: "004_c713dafca02b6f13.txt",
            basis: &[
                "perempuan berusia 18 – 59 tahun",
                "istri yang ditinggal suami tanpa kejelasan",
                "menjadi pencari nafkah utama keluarga",
                "berpenghasilan kurang atau tidak mencukupi untuk kebutuhan hidup yang layak",
                "wanita dewasa yang belum menikah atau janda yang tidak mempunyai penghasilan cukup",
            ],
            notes: Text::new(
                "Status perkawinan: ditinggal suami, janda (cerai mati/cerai hidup) atau belum menikah, menggabungkan kriteria dan definisi WRSE pada seed 004. Batas penghasilan adalah parameter (bawaan Rp500.000 dari profil WRSE Kota Batu).",
                "Marital status: abandoned, widowed, divorced or never married, joining seed 004's criterion and its WRSE definition. The income limit is a parameter (default Rp 500,000 from the Kota Batu WRSE profile).",
            ),
        },
        PresetId::P2wkssTarget | PresetId::P2wkssHeadOfHousehold => {
            let mut poor = vec![Rule::Test(Criterion::InIntegratedDatabase)];
            if let Some(limit) = params.p2wkss_income_limit {
                poor.push(Rule::Test(Criterion::IncomeBelow { limit }));
            }
            let mut rules = vec![
                Rule::Test(FEMALE),
                Rule::Test(Criterion::AgeBetween { min: 15, max: 64 }),
                if poor.len() == 1 {
                    poor.remove(0)
                } else {
                    Rule::AnyOf(poor)
                },
            ];
            let head = id == PresetId::P2wkssHeadOfHousehold;
            if head {
                rules.push(Rule::Test(Criterion::HouseholdHead));
            }
            Preset {
                id,
                rule: Rule::AllOf(rules),
                quota_per_village: None,
                benefit_each: None,
                seed: "000_beadda07b4a83157.txt",
                basis: if head {
                    &[
                        "Sasaran utama program ini adalah perempuan kepala keluarga miskin",
                        "Perempuan yang berusia 15 – 64 tahun",
                    ]
                } else {
                    &[
                        "Perempuan yang berusia 15 – 64 tahun dengan tingkat kesejahteraan tergolong rendah atau yang masuk dalam kategori keluarga miskin, keluarga prasejahtera",
                        "melakukan pengecekan silang pada Basis Data Terpadu",
                    ]
                },
                notes: Text::new(
                    "Keluarga miskin/prasejahtera dikenali dari Basis Data Terpadu, seperti pada seed 000; batas penghasilan tambahan bersifat opsional.",
                    "Poor / pre-prosperous families are identified through the integrated database, as in seed 000; an extra income limit is optional.",
                ),
            }
        }
        PresetId::Pena => Preset {
            id,
            rule: Rule::AllOf(vec![
                Rule::Test(Criterion::ReceivesAssistance {
                    any_of: SOCIAL_ASSISTANCE.to_vec(),
                }),
                Rule::Test(Criterion::AgeBetween { min: 20, max: 40 }),
                Rule::Test(Criterion::NoElderlyMember),
                Rule::Test(Criterion::NoDisabledMember),
            ]),
            quota_per_village: None,
            benefit_each: Some(Rupiah(6_000_000)),
            seed: "002_831a8dccfd84b5b2.txt",
            basis: &[
                "Penerima program PENA adalah penerima bantuan sosial aktif yang berusia 20 hingga 40 tahun yang tidak memiliki anggota keluarga yang sudah lansia atau disabilitas",
                "dengan jumlah bantuan sebesar 6 juta per",
            ],
            notes: Text::new(
                "Bantuan sosial aktif: PKH, BPNT, BLT atau rastra.",
                "Active social assistance: PKH, BPNT, BLT or rastra.",
            ),
        },
        PresetId::Pkhp => Preset {
            id,
            rule: all(vec![
                FEMALE,
                Criterion::ReceivesAssistance {
                    any_of: vec![SocialAssistance::Pkh],
                },
                Criterion::AgeBetween {
                    min: params.productive_age.0,
                    max: params.productive_age.1,
                },
            ]),
            quota_per_village: Some(25),
            benefit_each: None,
            seed: "002_831a8dccfd84b5b2.txt",
            basis: &[
                "Peserta yang dipilih hanya 25 orang di setiap kelurahan yang merupakan KPM PKH dan memiliki usia produktif",
                "khusus dirancang untuk kelompok masyarakat terutama ibu-ibu yang termasuk dalam PKH",
            ],
            notes: Text::new(
                "Usia produktif adalah parameter (bawaan 15–64 tahun menurut BPS).",
                "Productive age is a parameter (default 15–64, the BPS working-age range).",
            ),
        },
        PresetId::Uep => Preset {
            id,
            rule: all(vec![
                Criterion::ReceivesAssistance {
                    any_of: vec![SocialAssistance::Pkh],
                },
                Criterion::HasBusiness,
            ]),
            quota_per_village: Some(5),
            benefit_each: None,
            seed: "002_831a8dccfd84b5b2.txt",
            basis: &[
                "Peserta kegiatan ini dipilih dari KPM PKH yang memiliki usaha sebanyak lima orang pada setiap kelurahan di Kota Tangerang",
            ],
            notes: Text::new(
                "Tidak ada syarat tambahan di luar kutipan seed.",
                "No conditions beyond the seed's words.",
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_of_fails_over_unknown_and_any_of_passes_over_unknown() {
        use Verdict::*;
        assert_eq!(combine([Pass, Unknown, Fail].into_iter(), true), Fail);
        assert_eq!(combine([Pass, Unknown].into_iter(), true), Unknown);
        assert_eq!(combine([Fail, Unknown, Pass].into_iter(), false), Pass);
        assert_eq!(combine([Fail, Unknown].into_iter(), false), Unknown);
        assert_eq!(combine([Fail, Fail].into_iter(), false), Fail);
    }

    #[test]
    fn every_preset_rule_is_well_formed() {
        for &id in PresetId::ALL {
            preset(id, &PresetParams::default()).rule.check().unwrap();
        }
    }

    #[test]
    fn check_names_the_path_of_a_bad_criterion() {
        let rule = Rule::AllOf(vec![
            Rule::Test(FEMALE),
            Rule::AnyOf(vec![Rule::Test(Criterion::AgeBetween { min: 60, max: 18 })]),
        ]);
        let err = rule.check().unwrap_err();
        assert_eq!(
            err,
            RuleError::RangeReversed {
                path: "/all_of/1/any_of/0/test".into(),
                min: 60,
                max: 18
            }
        );
        assert_eq!(err.code(), "range_reversed");
        assert!(matches!(
            Rule::AnyOf(vec![]).check(),
            Err(RuleError::Empty { path }) if path == "/any_of"
        ));
    }

    #[test]
    fn rules_round_trip_through_json() {
        let rule = preset(PresetId::Pena, &PresetParams::default()).rule;
        let json = serde_json::to_string(&rule).unwrap();
        assert!(json.contains("\"criterion\":\"age_between\""));
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
    }
}
