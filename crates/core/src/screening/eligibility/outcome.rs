//! The result of screening one person: one [`CriterionOutcome`] per criterion of the rule and
//! the overall [`Eligibility`], gathered in a [`Screening`].

use serde::{Deserialize, Serialize};

use crate::screening::eligibility::criterion::Criterion;
use crate::screening::eligibility::reason::{Eligibility, Reason, Verdict};

/// The outcome of one criterion for one person.
///
/// # Examples
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
/// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let rule = Rule::test(Criterion::AgeBetween { min: 18, max: 60 });
/// let s = rule.screen(&Participant::new("p-1").with_age(70), on);
/// let outcome = &s.outcomes[0];
/// // Which criterion, its verdict, and a reason code to show in either language.
/// assert_eq!(outcome.criterion, Criterion::AgeBetween { min: 18, max: 60 });
/// assert_eq!(outcome.verdict, Verdict::Fail);
/// assert_ne!(outcome.reason.label(Lang::Id), outcome.reason.label(Lang::En));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CriterionOutcome {
    /// The criterion.
    pub criterion: Criterion,
    /// Pass, fail or unknown.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
}

/// The result of screening one person against a rule.
///
/// # Examples
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let s = wrse.rule.screen(&Participant::new("p-1").with_sex(Sex::Male), on);
/// // One outcome per criterion; WRSE is for women, so a man is not eligible.
/// assert_eq!(s.outcomes.len(), wrse.rule.criteria().len());
/// assert_eq!(s.eligibility, Eligibility::NotEligible);
/// assert!(s.failures().count() >= 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Screening {
    /// Overall result.
    pub eligibility: Eligibility,
    /// One outcome per criterion of the rule, in the rule's order.
    pub outcomes: Vec<CriterionOutcome>,
}

impl CriterionOutcome {
    /// The outcome `verdict` of `criterion`, for `reason`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, CriterionOutcome, Reason, Verdict};
    /// // An outcome judged elsewhere (a registry row, say), recorded in the same form.
    /// let o = CriterionOutcome::new(Criterion::HasBusiness, Verdict::Unknown, Reason::ALL[0]);
    /// assert_eq!((o.criterion, o.verdict), (Criterion::HasBusiness, Verdict::Unknown));
    /// ```
    pub fn new(criterion: Criterion, verdict: Verdict, reason: Reason) -> Self {
        CriterionOutcome {
            criterion,
            verdict,
            reason,
        }
    }
}

impl Screening {
    /// A screening with its overall result and its outcomes in the rule's order.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::*;
    /// let fail = CriterionOutcome::new(Criterion::HasBusiness, Verdict::Fail, Reason::ALL[0]);
    /// let s = Screening::new(Eligibility::NotEligible, vec![fail]);
    /// assert_eq!(s.failures().count(), 1);
    /// ```
    pub fn new(eligibility: Eligibility, outcomes: Vec<CriterionOutcome>) -> Self {
        Screening {
            eligibility,
            outcomes,
        }
    }

    /// The reason codes, in the rule's order.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let (head, business) = (Criterion::HouseholdHead, Criterion::HasBusiness);
    /// let rule = Rule::all_of(vec![Rule::test(head), Rule::test(business)])?;
    /// let s = rule.screen(&Participant::new("p-1").with_household_head(true), on);
    /// // One reason per criterion, in the rule's order: met, then not recorded.
    /// let codes: Vec<&str> = s.reasons().map(|r| r.code()).collect();
    /// assert_eq!(codes.len(), 2);
    /// assert_ne!(codes[0], codes[1]);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn reasons(&self) -> impl Iterator<Item = Reason> + '_ {
        self.outcomes.iter().map(|o| o.reason)
    }

    /// The outcomes that failed.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let (head, business) = (Criterion::HouseholdHead, Criterion::HasBusiness);
    /// let rule = Rule::all_of(vec![Rule::test(head), Rule::test(business)])?;
    /// let s = rule.screen(&Participant::new("p-1").with_household_head(false), on);
    /// // The failed criterion only; the one not recorded is not a failure.
    /// let failed: Vec<_> = s.failures().map(|o| &o.criterion).collect();
    /// assert_eq!(failed, [&Criterion::HouseholdHead]);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn failures(&self) -> impl Iterator<Item = &CriterionOutcome> + '_ {
        self.outcomes.iter().filter(|o| o.verdict == Verdict::Fail)
    }
}
