//! The result of screening one person: one [`CriterionOutcome`] per criterion of the rule and
//! the overall [`Eligibility`], gathered in a [`Screening`].

use serde::{Deserialize, Serialize};

use crate::screening::eligibility::criterion::Criterion;
use crate::screening::eligibility::reason::{Eligibility, Reason, Verdict};

/// The outcome of one criterion for one person.
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
    pub fn new(eligibility: Eligibility, outcomes: Vec<CriterionOutcome>) -> Self {
        Screening {
            eligibility,
            outcomes,
        }
    }

    /// The reason codes, in the rule's order.
    pub fn reasons(&self) -> impl Iterator<Item = Reason> + '_ {
        self.outcomes.iter().map(|o| o.reason)
    }

    /// The outcomes that failed.
    pub fn failures(&self) -> impl Iterator<Item = &CriterionOutcome> + '_ {
        self.outcomes.iter().filter(|o| o.verdict == Verdict::Fail)
    }
}
