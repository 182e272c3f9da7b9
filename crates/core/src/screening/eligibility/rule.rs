//! Rules: trees of [`Criterion`]s joined by `all_of` / `any_of`, bounded to
//! [`MAX_RULE_DEPTH`] levels, with the three-valued logic that turns the criteria's verdicts
//! into one (a failure beats an unknown in `all_of`, a pass beats it in `any_of`).
//!
//! The depth bound holds on every way in: [`Rule::check`] and the checked constructors
//! ([`Rule::all_of`], [`Rule::any_of`]) refuse a deeper rule with [`RuleError::TooDeep`],
//! and deserialising (JSON, and so the Python and WebAssembly faces) stops at the limit
//! without descending further, naming the path. Paths are built only when an error is
//! reported, from a chain of borrowed steps — never one copied string per level.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, SeqAccess, VariantAccess};
use serde::{Deserialize, Serialize};

use crate::model::participant::Participant;
use crate::screening::eligibility::criterion::Criterion;
use crate::screening::eligibility::outcome::{CriterionOutcome, Screening};
use crate::screening::eligibility::reason::{Eligibility, Verdict};

/// The deepest a rule may nest: a single criterion is one level, each `all_of` / `any_of`
/// around it one more. Real rules are a handful of levels deep; the bound keeps checking,
/// screening and parsing a rule cheap in memory and stack whatever the input.
pub const MAX_RULE_DEPTH: usize = 32;

/// A composable eligibility rule.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{Criterion, Rule, RuleError, MAX_RULE_DEPTH};
/// let adult = Rule::test(Criterion::AgeBetween { min: 18, max: 59 });
/// let rule = Rule::all_of(vec![adult.clone()]).unwrap();
/// assert!(rule.check().is_ok());
///
/// // A rule one level deeper than the limit is refused, naming where.
/// let mut deep = adult;
/// for _ in 0..MAX_RULE_DEPTH {
///     deep = Rule::AllOf(vec![deep]);
/// }
/// assert!(matches!(deep.check(), Err(RuleError::TooDeep { .. })));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// Every sub-rule must pass.
    AllOf(Vec<Rule>),
    /// At least one sub-rule must pass.
    AnyOf(Vec<Rule>),
    /// A single criterion.
    Test(Criterion),
}

/// A rule that cannot be evaluated as written.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{Criterion, Rule};
/// let reversed = Rule::all_of(vec![Rule::test(Criterion::AgeBetween { min: 60, max: 18 })]);
/// let err = reversed.unwrap_err();
/// assert_eq!(err.code(), "range_reversed");
/// // The message says where in the rule: the first sub-rule of `all_of`.
/// assert!(err.to_string().starts_with("/all_of/0"));
/// ```
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
    /// A rule nested deeper than [`MAX_RULE_DEPTH`] levels.
    #[error("{path}: expected a rule at most {limit} levels deep; found one nested deeper")]
    TooDeep {
        /// Path of the first sub-rule beyond the limit.
        path: String,
        /// The limit, [`MAX_RULE_DEPTH`].
        limit: usize,
    },
}

impl RuleError {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::Rule;
    /// // Nothing to test: refused as written, with a code a form can match on.
    /// assert_eq!(Rule::any_of(vec![]).unwrap_err().code(), "empty");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            RuleError::Empty { .. } => "empty",
            RuleError::RangeReversed { .. } => "range_reversed",
            RuleError::NegativeLimit { .. } => "negative_limit",
            RuleError::TooDeep { .. } => "too_deep",
        }
    }
}

/// One step of a path within a rule, borrowed from the caller's stack frame: a chain of these
/// is the path, rendered only when an error needs it.
#[derive(Clone, Copy)]
struct Step<'a> {
    parent: Option<&'a Step<'a>>,
    segment: Segment,
}

#[derive(Clone, Copy)]
enum Segment {
    Key(&'static str),
    Index(usize),
}

impl<'a> Step<'a> {
    fn child(parent: Option<&'a Step<'a>>, segment: Segment) -> Self {
        Step { parent, segment }
    }

    /// `/all_of/0/test`-style JSON pointer of this step.
    fn render(at: Option<&Step<'_>>) -> String {
        let mut segments = Vec::new();
        let mut cur = at;
        while let Some(step) = cur {
            segments.push(step.segment);
            cur = step.parent;
        }
        segments.iter().rev().fold(String::new(), |mut out, s| {
            out.push('/');
            match s {
                Segment::Key(k) => out.push_str(k),
                Segment::Index(i) => out.push_str(&i.to_string()),
            }
            out
        })
    }
}

fn too_deep(at: Option<&Step<'_>>) -> RuleError {
    RuleError::TooDeep {
        path: Step::render(at),
        limit: MAX_RULE_DEPTH,
    }
}

/// Combines verdicts: `all` for `all_of`, otherwise `any_of`.
pub(crate) fn combine(verdicts: impl Iterator<Item = Verdict>, all: bool) -> Verdict {
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
    let (decisive, otherwise) = if all {
        (any_fail.then_some(Verdict::Fail), Verdict::Pass)
    } else {
        (any_pass.then_some(Verdict::Pass), Verdict::Fail)
    };
    decisive.unwrap_or(if any_unknown {
        Verdict::Unknown
    } else {
        otherwise
    })
}

fn check_criterion(c: &Criterion, at: &Step<'_>) -> Result<(), RuleError> {
    let path = |key: Option<&'static str>| match key {
        Some(k) => Step::render(Some(&Step::child(Some(at), Segment::Key(k)))),
        None => Step::render(Some(at)),
    };
    match c {
        Criterion::AgeBetween { min, max } if min > max => Err(RuleError::RangeReversed {
            path: path(None),
            min: *min,
            max: *max,
        }),
        Criterion::IncomeBelow { limit } if limit.0 < 0 => Err(RuleError::NegativeLimit {
            path: path(Some("limit")),
            found: limit.0,
        }),
        Criterion::MaritalStatusIn { any_of } if any_of.is_empty() => Err(RuleError::Empty {
            path: path(Some("any_of")),
        }),
        Criterion::ReceivesAssistance { any_of } if any_of.is_empty() => Err(RuleError::Empty {
            path: path(Some("any_of")),
        }),
        Criterion::DesignatedSite { sites: Some(s) } if s.is_empty() => Err(RuleError::Empty {
            path: path(Some("sites")),
        }),
        _ => Ok(()),
    }
}

impl Rule {
    /// A single-criterion rule.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let women = Rule::test(Criterion::Sex { is: Sex::Female });
    /// let woman = Participant::new("p-1").with_sex(Sex::Female);
    /// assert_eq!(women.verdict(&woman, on), Verdict::Pass);
    /// // Sex not recorded: unknown, never a silent fail or pass.
    /// assert_eq!(women.verdict(&Participant::new("p-2"), on), Verdict::Unknown);
    /// ```
    pub fn test(c: Criterion) -> Rule {
        Rule::Test(c)
    }

    /// An `all_of` rule, checked as [`check`](Rule::check) does (not empty, not too deep,
    /// every criterion well formed).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let women = Rule::test(Criterion::Sex { is: Sex::Female });
    /// let adults = Rule::test(Criterion::AgeBetween { min: 18, max: 60 });
    /// let rule = Rule::all_of(vec![women, adults])?;
    /// let woman = Participant::new("p-1").with_sex(Sex::Female);
    /// // One criterion failing is enough to fail; until then, what is not recorded keeps it open.
    /// assert_eq!(rule.verdict(&woman.clone().with_age(70), on), Verdict::Fail);
    /// assert_eq!(rule.verdict(&woman, on), Verdict::Unknown);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn all_of(rules: Vec<Rule>) -> Result<Rule, RuleError> {
        let rule = Rule::AllOf(rules);
        rule.check()?;
        Ok(rule)
    }

    /// An `any_of` rule, checked as [`check`](Rule::check) does.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let rule = Rule::any_of(vec![
    ///     Rule::test(Criterion::HouseholdHead),
    ///     Rule::test(Criterion::MainBreadwinner),
    /// ])?;
    /// // One criterion met is enough, whatever the other says or leaves unknown.
    /// let head = Participant::new("p-1").with_household_head(true);
    /// assert_eq!(rule.verdict(&head, on), Verdict::Pass);
    /// let not_head = Participant::new("p-2").with_household_head(false);
    /// assert_eq!(rule.verdict(&not_head, on), Verdict::Unknown);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn any_of(rules: Vec<Rule>) -> Result<Rule, RuleError> {
        let rule = Rule::AnyOf(rules);
        rule.check()?;
        Ok(rule)
    }

    /// The `all_of` / `any_of` key of a compound rule and its sub-rules.
    fn compound(&self) -> Option<(&'static str, &[Rule])> {
        match self {
            Rule::AllOf(rules) => Some(("all_of", rules)),
            Rule::AnyOf(rules) => Some(("any_of", rules)),
            Rule::Test(_) => None,
        }
    }

    /// Checks that the rule can be evaluated as written: no empty list, no reversed range,
    /// no negative limit, and at most [`MAX_RULE_DEPTH`] levels deep.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, Rule};
    /// // Built directly, a rule is not checked; `check` says what cannot be evaluated.
    /// let adults = Rule::Test(Criterion::AgeBetween { min: 18, max: 60 });
    /// let rule = Rule::AllOf(vec![adults, Rule::AnyOf(vec![])]);
    /// let err = rule.check().unwrap_err();
    /// assert_eq!(err.code(), "empty");
    /// assert!(err.to_string().starts_with("/all_of/1/any_of"));
    /// ```
    pub fn check(&self) -> Result<(), RuleError> {
        self.check_at(None, 1)
    }

    fn check_at(&self, at: Option<&Step<'_>>, level: usize) -> Result<(), RuleError> {
        if level > MAX_RULE_DEPTH {
            return Err(too_deep(at));
        }
        let Some((key, rules)) = self.compound() else {
            return match self {
                Rule::Test(c) => check_criterion(c, &Step::child(at, Segment::Key("test"))),
                _ => Ok(()),
            };
        };
        let here = Step::child(at, Segment::Key(key));
        if rules.is_empty() {
            return Err(RuleError::Empty {
                path: Step::render(Some(&here)),
            });
        }
        rules.iter().enumerate().try_for_each(|(i, r)| {
            r.check_at(
                Some(&Step::child(Some(&here), Segment::Index(i))),
                level + 1,
            )
        })
    }

    /// Every criterion of the rule, depth first (to [`MAX_RULE_DEPTH`] levels).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, Rule};
    /// let rule = Rule::all_of(vec![
    ///     Rule::test(Criterion::HouseholdHead),
    ///     Rule::any_of(vec![
    ///         Rule::test(Criterion::HasBusiness),
    ///         Rule::test(Criterion::MainBreadwinner),
    ///     ])?,
    /// ])?;
    /// // Depth first: the order in which screening reports them.
    /// let found = rule.criteria();
    /// use Criterion::{HasBusiness, HouseholdHead, MainBreadwinner};
    /// assert_eq!(found, [&HouseholdHead, &HasBusiness, &MainBreadwinner]);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn criteria(&self) -> Vec<&Criterion> {
        let mut out = Vec::new();
        self.collect(&mut out, 1);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a Criterion>, level: usize) {
        if level > MAX_RULE_DEPTH {
            return;
        }
        match self {
            Rule::AllOf(rs) | Rule::AnyOf(rs) => rs.iter().for_each(|r| r.collect(out, level + 1)),
            Rule::Test(c) => out.push(c),
        }
    }

    /// Evaluates to [`MAX_RULE_DEPTH`] levels; a part nested deeper (which `check` refuses)
    /// counts as unknown, so it can never make anyone eligible.
    fn evaluate(
        &self,
        p: &Participant,
        on: NaiveDate,
        out: &mut Vec<CriterionOutcome>,
        level: usize,
    ) -> Verdict {
        if level > MAX_RULE_DEPTH {
            return Verdict::Unknown;
        }
        match self {
            Rule::Test(c) => {
                let (verdict, reason) = c.judge(p, on);
                out.push(CriterionOutcome::new(c.clone(), verdict, reason));
                verdict
            }
            Rule::AllOf(rs) | Rule::AnyOf(rs) => {
                let vs: Vec<Verdict> = rs
                    .iter()
                    .map(|r| r.evaluate(p, on, out, level + 1))
                    .collect();
                combine(vs.into_iter(), matches!(self, Rule::AllOf(_)))
            }
        }
    }

    /// The verdict of the rule alone, without the per-criterion outcomes.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let woman = Rule::test(Criterion::Sex { is: Sex::Female });
    /// let p = Participant::new("p-1").with_sex(Sex::Female);
    /// assert_eq!(woman.verdict(&p, on), Verdict::Pass);
    /// // The age is not recorded: unknown, so the whole rule is.
    /// let adults = Rule::test(Criterion::AgeBetween { min: 18, max: 60 });
    /// let rule = Rule::all_of(vec![woman, adults])?;
    /// assert_eq!(rule.verdict(&p, on), Verdict::Unknown);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn verdict(&self, p: &Participant, on: NaiveDate) -> Verdict {
        self.verdict_at(p, on, 1)
    }

    fn verdict_at(&self, p: &Participant, on: NaiveDate, level: usize) -> Verdict {
        if level > MAX_RULE_DEPTH {
            return Verdict::Unknown;
        }
        match self {
            Rule::Test(c) => c.judge(p, on).0,
            Rule::AllOf(rs) | Rule::AnyOf(rs) => combine(
                rs.iter().map(|r| r.verdict_at(p, on, level + 1)),
                matches!(self, Rule::AllOf(_)),
            ),
        }
    }

    /// Screens `p` on the date `on`, reporting every criterion's outcome.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::screening::eligibility::{Criterion, Rule, Verdict};
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// use berdaya::screening::eligibility::Eligibility;
    /// let rule = Rule::all_of(vec![
    ///     Rule::test(Criterion::Sex { is: Sex::Female }),
    ///     Rule::test(Criterion::AgeBetween { min: 18, max: 60 }),
    /// ])?;
    /// let s = rule.screen(&Participant::new("p-1").with_sex(Sex::Female), on);
    /// // Not enough recorded to decide, and the outcomes say which fact is missing.
    /// assert_eq!(s.eligibility, Eligibility::Undetermined);
    /// assert_eq!(s.outcomes[1].verdict, Verdict::Unknown);
    /// # Ok::<(), berdaya::screening::eligibility::RuleError>(())
    /// ```
    pub fn screen(&self, p: &Participant, on: NaiveDate) -> Screening {
        let mut outcomes = Vec::new();
        let verdict = self.evaluate(p, on, &mut outcomes, 1);
        let eligibility = match verdict {
            Verdict::Pass => Eligibility::Eligible,
            Verdict::Fail => Eligibility::NotEligible,
            Verdict::Unknown => Eligibility::Undetermined,
        };
        Screening::new(eligibility, outcomes)
    }
}

/// The variant keys of a rule in JSON.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Tag {
    AllOf,
    AnyOf,
    Test,
}

const TAGS: &[&str] = &["all_of", "any_of", "test"];

/// Reads one rule at `level`, refusing to descend past [`MAX_RULE_DEPTH`].
struct RuleSeed<'a> {
    at: Option<&'a Step<'a>>,
    level: usize,
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RuleSeed { at: None, level: 1 }.deserialize(d)
    }
}

impl<'de> DeserializeSeed<'de> for RuleSeed<'_> {
    type Value = Rule;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Rule, D::Error> {
        if self.level > MAX_RULE_DEPTH {
            return Err(de::Error::custom(too_deep(self.at)));
        }
        d.deserialize_enum("Rule", TAGS, self)
    }
}

impl<'de> de::Visitor<'de> for RuleSeed<'_> {
    type Value = Rule;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a rule: {\"all_of\": [...]}, {\"any_of\": [...]} or {\"test\": {...}}")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Rule, A::Error> {
        let (tag, variant) = data.variant::<Tag>()?;
        let (key, all) = match tag {
            Tag::Test => return variant.newtype_variant::<Criterion>().map(Rule::Test),
            Tag::AllOf => ("all_of", true),
            Tag::AnyOf => ("any_of", false),
        };
        let here = Step::child(self.at, Segment::Key(key));
        let rules = variant.newtype_variant_seed(ListSeed {
            at: &here,
            level: self.level,
        })?;
        Ok(if all {
            Rule::AllOf(rules)
        } else {
            Rule::AnyOf(rules)
        })
    }
}

/// Reads the sub-rules of an `all_of` / `any_of` at `level`.
struct ListSeed<'a> {
    at: &'a Step<'a>,
    level: usize,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_> {
    type Value = Vec<Rule>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Rule>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> de::Visitor<'de> for ListSeed<'_> {
    type Value = Vec<Rule>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of rules")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Rule>, A::Error> {
        let mut rules = Vec::new();
        loop {
            let step = Step::child(Some(self.at), Segment::Index(rules.len()));
            let seed = RuleSeed {
                at: Some(&step),
                level: self.level + 1,
            };
            match seq.next_element_seed(seed)? {
                Some(rule) => rules.push(rule),
                None => return Ok(rules),
            }
        }
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(RuleError, RuleError::code);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::participant::Sex;

    const FEMALE: Criterion = Criterion::Sex { is: Sex::Female };

    fn nested(levels: usize) -> Rule {
        let mut rule = Rule::Test(FEMALE);
        for _ in 1..levels {
            rule = Rule::AllOf(vec![rule]);
        }
        rule
    }

    #[test]
    fn all_of_fails_over_unknown_and_any_of_passes_over_unknown() {
        use Verdict::*;
        assert_eq!(combine([Pass, Unknown, Fail].into_iter(), true), Fail);
        assert_eq!(combine([Pass, Unknown].into_iter(), true), Unknown);
        assert_eq!(combine([Fail, Unknown, Pass].into_iter(), false), Pass);
        assert_eq!(combine([Fail, Unknown].into_iter(), false), Unknown);
        assert_eq!(combine([Fail, Fail].into_iter(), false), Fail);
        assert_eq!(combine([Pass, Pass].into_iter(), true), Pass);
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
        let negative = Rule::AllOf(vec![Rule::Test(Criterion::IncomeBelow {
            limit: crate::model::money::Rupiah(-1),
        })]);
        assert!(matches!(
            negative.check(),
            Err(RuleError::NegativeLimit { path, found: -1 }) if path == "/all_of/0/test/limit"
        ));
        let no_sites = Rule::Test(Criterion::DesignatedSite {
            sites: Some(vec![]),
        });
        assert!(matches!(
            no_sites.check(),
            Err(RuleError::Empty { path }) if path == "/test/sites"
        ));
    }

    #[test]
    fn depth_is_bounded_at_the_limit_with_the_path_of_the_first_level_beyond() {
        assert_eq!(nested(MAX_RULE_DEPTH).check(), Ok(()));
        let err = nested(MAX_RULE_DEPTH + 1).check().unwrap_err();
        assert_eq!(err.code(), "too_deep");
        let expected = "/all_of/0".repeat(MAX_RULE_DEPTH);
        assert_eq!(
            err,
            RuleError::TooDeep {
                path: expected,
                limit: MAX_RULE_DEPTH
            }
        );
        assert!(Rule::all_of(vec![nested(MAX_RULE_DEPTH)]).is_err());
        assert!(Rule::any_of(vec![nested(MAX_RULE_DEPTH - 1)]).is_ok());
    }

    #[test]
    fn an_unchecked_rule_beyond_the_limit_is_never_a_pass() {
        let mut p = Participant::new("p");
        p.sex = Some(Sex::Female);
        let on = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        assert_eq!(nested(MAX_RULE_DEPTH).verdict(&p, on), Verdict::Pass);
        let deep = nested(MAX_RULE_DEPTH + 1);
        assert_eq!(deep.verdict(&p, on), Verdict::Unknown);
        let s = deep.screen(&p, on);
        assert_eq!(s.eligibility, Eligibility::Undetermined);
        assert!(s.outcomes.is_empty());
        assert!(deep.criteria().is_empty());
    }

    #[test]
    fn json_rules_round_trip_and_keep_their_shape() {
        let rule = Rule::AllOf(vec![
            Rule::Test(FEMALE),
            Rule::AnyOf(vec![
                Rule::Test(Criterion::HasBusiness),
                Rule::Test(Criterion::DesignatedSite { sites: None }),
            ]),
        ]);
        let json = serde_json::to_string(&rule).unwrap();
        assert_eq!(
            json,
            r#"{"all_of":[{"test":{"criterion":"sex","is":"female"}},{"any_of":[{"test":{"criterion":"has_business"}},{"test":{"criterion":"designated_site"}}]}]}"#
        );
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
        assert!(serde_json::from_str::<Rule>(r#"{"none_of":[]}"#).is_err());
        assert!(serde_json::from_str::<Rule>(r#"{"all_of":{}}"#).is_err());
    }

    #[test]
    fn deserialising_stops_at_the_limit_and_names_the_path() {
        let json = |levels: usize| {
            let mut s = "{\"all_of\":[".repeat(levels - 1);
            s.push_str(r#"{"test":{"criterion":"has_business"}}"#);
            s.push_str(&"]}".repeat(levels - 1));
            s
        };
        assert!(serde_json::from_str::<Rule>(&json(MAX_RULE_DEPTH)).is_ok());
        let err = serde_json::from_str::<Rule>(&json(MAX_RULE_DEPTH + 1))
            .unwrap_err()
            .to_string();
        let path = "/all_of/0".repeat(MAX_RULE_DEPTH);
        assert!(
            err.starts_with(&format!("{path}: expected a rule at most 32")),
            "{err}"
        );
        // 100,000 levels: refused at the limit, no stack overflow, no quadratic memory.
        let err = serde_json::from_str::<Rule>(&json(100_000)).unwrap_err();
        assert!(err.to_string().contains("at most 32 levels deep"), "{err}");
    }
}
