//! Registry scale: columnar (struct-of-arrays) screening, quota selection, attendance
//! compliance and stage distribution over plain slices — no Arrow in the core.
//!
//! Each routine gives the same answers as the per-document API on the same people (property
//! tests compare them), but works a criterion at a time over whole columns. Bindings feed it
//! one record batch at a time, so memory stays bounded by the batch size.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
//! use berdaya::model::participant::Sex;
//! use berdaya::screening::registry::{screen_columns, Households};
//! let wrse = preset(PresetId::Wrse, &PresetParams::default());
//! let sex = [Some(Sex::Female), Some(Sex::Male)];
//! let age = [Some(30), Some(30)];
//! let batch = Households { rows: 2, sex: Some(&sex), age: Some(&age), ..Households::default() };
//! let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
//! let out = screen_columns(&batch, &wrse.rule, on).unwrap();
//! assert_eq!(out.eligibility, vec![Eligibility::Undetermined, Eligibility::NotEligible]);
//! ```

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::date::age_on;
use crate::model::participant::{MaritalStatus, Sex, SocialAssistance};
use crate::screening::eligibility::{
    Criterion, Eligibility, Fact, Reason, Rule, RuleError, Verdict,
};
use crate::screening::quota::{rank_order, QuotaPolicy, RankValues};

/// A bit per [`SocialAssistance`] received (bit `i` for `SocialAssistance::ALL[i]`).
pub type AssistanceMask = u16;

/// The bit of one kind of assistance in an [`AssistanceMask`].
pub fn assistance_bit(a: SocialAssistance) -> AssistanceMask {
    let i = SocialAssistance::ALL
        .iter()
        .position(|x| *x == a)
        .unwrap_or(0);
    1 << i
}

/// One batch of households, column by column; a column left out is unknown for every row.
#[derive(Clone, Copy, Debug, Default)]
pub struct Households<'a> {
    /// Number of rows.
    pub rows: usize,
    /// Sex.
    pub sex: Option<&'a [Option<Sex>]>,
    /// Age in years (used when the birth date is unknown).
    pub age: Option<&'a [Option<i32>]>,
    /// Birth date.
    pub birth_date: Option<&'a [Option<NaiveDate>]>,
    /// Marital status.
    pub marital_status: Option<&'a [Option<MaritalStatus>]>,
    /// Heads the household.
    pub household_head: Option<&'a [Option<bool>]>,
    /// Main breadwinner.
    pub main_breadwinner: Option<&'a [Option<bool>]>,
    /// Monthly income in rupiah.
    pub monthly_income: Option<&'a [Option<i64>]>,
    /// Dependants.
    pub dependants: Option<&'a [Option<u32>]>,
    /// An elderly member in the household.
    pub household_has_elderly: Option<&'a [Option<bool>]>,
    /// A disabled member in the household.
    pub household_has_disabled: Option<&'a [Option<bool>]>,
    /// Runs a business.
    pub has_business: Option<&'a [Option<bool>]>,
    /// In the integrated database.
    pub in_integrated_database: Option<&'a [Option<bool>]>,
    /// Assistance received, as bits (a missing column means none received).
    pub assistance: Option<&'a [AssistanceMask]>,
}

/// A batch that cannot be screened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// A column's length differs from the batch's.
    #[error("{column}: expected {expected} rows; found {found}")]
    LengthMismatch {
        /// The column.
        column: &'static str,
        /// Rows in the batch.
        expected: usize,
        /// Rows in the column.
        found: usize,
    },
    /// The rule cannot be evaluated.
    #[error("rule: {0}")]
    Rule(#[from] RuleError),
}

impl RegistryError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            RegistryError::LengthMismatch { .. } => "length_mismatch",
            RegistryError::Rule(e) => e.code(),
        }
    }
}

/// Screening results, column by column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScreeningColumns {
    /// Overall result per row.
    pub eligibility: Vec<Eligibility>,
    /// The rule's criteria, depth first (one reason column each).
    pub criteria: Vec<Criterion>,
    /// `reasons[c][row]`: the reason of criterion `c` for `row`.
    pub reasons: Vec<Vec<Reason>>,
}

fn check<T>(name: &'static str, col: Option<&[T]>, rows: usize) -> Result<(), RegistryError> {
    match col {
        Some(c) if c.len() != rows => Err(RegistryError::LengthMismatch {
            column: name,
            expected: rows,
            found: c.len(),
        }),
        _ => Ok(()),
    }
}

impl Households<'_> {
    fn check(&self) -> Result<(), RegistryError> {
        let n = self.rows;
        check("sex", self.sex, n)?;
        check("age", self.age, n)?;
        check("birth_date", self.birth_date, n)?;
        check("marital_status", self.marital_status, n)?;
        check("household_head", self.household_head, n)?;
        check("main_breadwinner", self.main_breadwinner, n)?;
        check("monthly_income", self.monthly_income, n)?;
        check("dependants", self.dependants, n)?;
        check("household_has_elderly", self.household_has_elderly, n)?;
        check("household_has_disabled", self.household_has_disabled, n)?;
        check("has_business", self.has_business, n)?;
        check("in_integrated_database", self.in_integrated_database, n)?;
        check("assistance", self.assistance, n)
    }

    fn get<T: Copy>(col: Option<&[Option<T>]>, i: usize) -> Option<T> {
        col.and_then(|c| c.get(i).copied().flatten())
    }

    /// Age of row `i` on `on`: from the birth date when known, else the recorded age.
    pub fn age_at(&self, i: usize, on: NaiveDate) -> Option<i32> {
        match Self::get(self.birth_date, i) {
            Some(b) => Some(age_on(b, on)),
            None => Self::get(self.age, i),
        }
    }
}

fn at<T: Copy>(col: Option<&[Option<T>]>, i: usize) -> Option<T> {
    col.and_then(|c| c.get(i).copied().flatten())
}

/// Judges one criterion over a whole batch, a row at a time, with the same rule as
/// [`Criterion::judge`] ([`Criterion::judge_fact`]).
fn judge_column(
    c: &Criterion,
    h: &Households<'_>,
    on: NaiveDate,
    verdicts: &mut Vec<Verdict>,
    reasons: &mut Vec<Reason>,
) {
    verdicts.clear();
    reasons.clear();
    verdicts.reserve(h.rows);
    reasons.reserve(h.rows);
    let fact: &dyn Fn(usize) -> Fact = match c {
        Criterion::Sex { .. } => &|i| Fact::Sex(at(h.sex, i)),
        Criterion::AgeBetween { .. } => &|i| Fact::Age(h.age_at(i, on)),
        Criterion::MaritalStatusIn { .. } => &|i| Fact::MaritalStatus(at(h.marital_status, i)),
        Criterion::HouseholdHead => &|i| Fact::Flag(at(h.household_head, i)),
        Criterion::MainBreadwinner => &|i| Fact::Flag(at(h.main_breadwinner, i)),
        Criterion::IncomeBelow { .. } => &|i| Fact::Income(at(h.monthly_income, i)),
        Criterion::ReceivesAssistance { .. } => {
            &|i| Fact::Assistance(h.assistance.and_then(|c| c.get(i).copied()).unwrap_or(0))
        }
        Criterion::NoElderlyMember => &|i| Fact::Flag(at(h.household_has_elderly, i)),
        Criterion::NoDisabledMember => &|i| Fact::Flag(at(h.household_has_disabled, i)),
        Criterion::HasBusiness => &|i| Fact::Flag(at(h.has_business, i)),
        Criterion::InIntegratedDatabase => &|i| Fact::Flag(at(h.in_integrated_database, i)),
        // The registry carries no site column yet: the location is unknown, never a pass.
        Criterion::DesignatedSite { .. } => &|_| Fact::Site(None),
    };
    for i in 0..h.rows {
        let (v, r) = c.judge_fact(fact(i));
        verdicts.push(v);
        reasons.push(r);
    }
}

/// Combines verdict columns the way [`Rule::screen`] combines them per person.
fn combine_rule(
    rule: &Rule,
    leaves: &mut std::slice::Iter<'_, Vec<Verdict>>,
    n: usize,
) -> Vec<Verdict> {
    match rule {
        Rule::Test(_) => leaves
            .next()
            .cloned()
            .unwrap_or_else(|| vec![Verdict::Unknown; n]),
        Rule::AllOf(rules) | Rule::AnyOf(rules) => {
            let all = matches!(rule, Rule::AllOf(_));
            let parts: Vec<Vec<Verdict>> =
                rules.iter().map(|r| combine_rule(r, leaves, n)).collect();
            (0..n)
                .map(|i| {
                    let (mut pass, mut fail, mut unknown) = (false, false, false);
                    for p in &parts {
                        match p.get(i).copied().unwrap_or(Verdict::Unknown) {
                            Verdict::Pass => pass = true,
                            Verdict::Fail => fail = true,
                            Verdict::Unknown => unknown = true,
                        }
                    }
                    if parts.is_empty() {
                        return if all { Verdict::Pass } else { Verdict::Fail };
                    }
                    match (all, pass, fail, unknown) {
                        (true, _, true, _) => Verdict::Fail,
                        (true, _, false, true) => Verdict::Unknown,
                        (true, _, false, false) => Verdict::Pass,
                        (false, true, _, _) => Verdict::Pass,
                        (false, false, _, true) => Verdict::Unknown,
                        (false, false, _, false) => Verdict::Fail,
                    }
                })
                .collect()
        }
    }
}

/// Screens a batch against `rule` on the date `on`, with a reason per row and criterion.
pub fn screen_columns(
    h: &Households<'_>,
    rule: &Rule,
    on: NaiveDate,
) -> Result<ScreeningColumns, RegistryError> {
    rule.check()?;
    h.check()?;
    let criteria: Vec<Criterion> = rule.criteria().into_iter().cloned().collect();
    let mut verdicts: Vec<Vec<Verdict>> = Vec::with_capacity(criteria.len());
    let mut reasons: Vec<Vec<Reason>> = Vec::with_capacity(criteria.len());
    for c in &criteria {
        let (mut v, mut r) = (Vec::new(), Vec::new());
        judge_column(c, h, on, &mut v, &mut r);
        verdicts.push(v);
        reasons.push(r);
    }
    let overall = combine_rule(rule, &mut verdicts.iter(), h.rows);
    let eligibility = overall
        .into_iter()
        .map(|v| match v {
            Verdict::Pass => Eligibility::Eligible,
            Verdict::Fail => Eligibility::NotEligible,
            Verdict::Unknown => Eligibility::Undetermined,
        })
        .collect();
    Ok(ScreeningColumns {
        eligibility,
        criteria,
        reasons,
    })
}

/// Quota ranks over columns: the rank of each eligible row within its kelurahan (1 first);
/// rows ranked at most `policy.per_village` are the selection [`crate::screening::quota::select`] makes.
///
/// `village` groups rows (`None`: no kelurahan, never ranked); `ids` break ties in
/// ascending order and must be unique.
pub fn select_columns(
    ids: &[i64],
    village: &[Option<u32>],
    eligibility: &[Eligibility],
    h: &Households<'_>,
    on: NaiveDate,
    policy: &QuotaPolicy,
) -> Result<Vec<Option<u32>>, RegistryError> {
    let n = h.rows;
    for (name, len) in [
        ("ids", ids.len()),
        ("village", village.len()),
        ("eligibility", eligibility.len()),
    ] {
        if len != n {
            return Err(RegistryError::LengthMismatch {
                column: name,
                expected: n,
                found: len,
            });
        }
    }
    h.check()?;
    let mut groups: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        if eligibility.get(i) == Some(&Eligibility::Eligible) {
            if let Some(Some(v)) = village.get(i) {
                groups.entry(*v).or_default().push(i);
            }
        }
    }
    let values = |i: usize| {
        RankValues::new(
            at(h.monthly_income, i),
            at(h.dependants, i),
            h.age_at(i, on),
            at(h.household_head, i),
        )
        .with_sex(at(h.sex, i))
    };
    let mut rank = vec![None; n];
    for (_, mut rows) in groups {
        let keyed: HashMap<usize, RankValues> = rows.iter().map(|&i| (i, values(i))).collect();
        let value = |i: &usize| keyed.get(i).copied().unwrap_or_default();
        rows.sort_by(|a, b| {
            rank_order(&value(a), &value(b), &policy.ranking)
                .then_with(|| ids.get(*a).cmp(&ids.get(*b)))
        });
        for (k, row) in rows.into_iter().enumerate() {
            if let Some(slot) = rank.get_mut(row) {
                *slot = Some(k as u32 + 1);
            }
        }
    }
    Ok(rank)
}

/// Attendance of one participant.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParticipantAttendance {
    /// Participant id.
    pub participant: i64,
    /// Meetings recorded.
    pub sessions: u32,
    /// Meetings attended.
    pub attended: u32,
    /// Attended ÷ recorded, in percent.
    pub rate: f64,
    /// Months whose attendance was at or below the threshold.
    pub months_below: u32,
}

/// Attendance and caseload of one facilitator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FacilitatorAttendance {
    /// Facilitator id.
    pub facilitator: i64,
    /// Distinct participants (the caseload).
    pub caseload: u32,
    /// Meetings recorded.
    pub sessions: u32,
    /// Attendance rate over them, in percent.
    pub rate: f64,
    /// Share of the meetings held in working hours, in percent (of those known).
    pub working_hours_share: Option<f64>,
}

/// Attendance compliance per participant and per facilitator from attendance rows
/// (participant, facilitator, month as `YYYYMM`, present, in working hours).
pub fn attendance_compliance(
    participant: &[i64],
    facilitator: &[Option<i64>],
    month: &[i32],
    present: &[bool],
    working_hours: &[Option<bool>],
    threshold_percent: f64,
) -> Result<(Vec<ParticipantAttendance>, Vec<FacilitatorAttendance>), RegistryError> {
    let n = participant.len();
    for (name, len) in [
        ("facilitator", facilitator.len()),
        ("month", month.len()),
        ("present", present.len()),
        ("in_working_hours", working_hours.len()),
    ] {
        if len != n {
            return Err(RegistryError::LengthMismatch {
                column: name,
                expected: n,
                found: len,
            });
        }
    }
    // Sorting the rows by (participant, month) lets one pass count every participant-month
    // without a map per participant.
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&i| {
        let i = i as usize;
        (
            participant.get(i).copied().unwrap_or(0),
            month.get(i).copied().unwrap_or(0),
        )
    });
    // participant → [(sessions, attended) per month]
    let mut per: Vec<(i64, Vec<(u32, u32)>)> = Vec::new();
    let mut last: Option<(i64, i32)> = None;
    for &i in &order {
        let i = i as usize;
        let (p, m) = (
            participant.get(i).copied().unwrap_or(0),
            month.get(i).copied().unwrap_or(0),
        );
        let here = u32::from(present.get(i).copied().unwrap_or(false));
        if last.map(|(lp, _)| lp) != Some(p) {
            per.push((p, Vec::new()));
        }
        if last != Some((p, m)) {
            if let Some((_, months)) = per.last_mut() {
                months.push((0, 0));
            }
        }
        if let Some((_, months)) = per.last_mut() {
            if let Some(slot) = months.last_mut() {
                slot.0 += 1;
                slot.1 += here;
            }
        }
        last = Some((p, m));
    }
    // facilitator → (participants, sessions, attended, in working hours, hours known)
    let mut fac: HashMap<i64, (std::collections::HashSet<i64>, u32, u32, u32, u32)> =
        HashMap::new();
    let rows = participant
        .iter()
        .zip(facilitator)
        .zip(present)
        .zip(working_hours);
    for (((&p, &f), &here), &w) in rows {
        if let Some(f) = f {
            let e = fac.entry(f).or_default();
            e.0.insert(p);
            e.1 += 1;
            e.2 += u32::from(here);
            if let Some(w) = w {
                e.4 += 1;
                e.3 += u32::from(w);
            }
        }
    }
    let pct = |a: u32, b: u32| {
        if b == 0 {
            0.0
        } else {
            100.0 * f64::from(a) / f64::from(b)
        }
    };
    let people: Vec<ParticipantAttendance> = per
        .into_iter()
        .map(|(p, months)| {
            let (s, a) = months
                .iter()
                .fold((0, 0), |(s, a), (ms, ma)| (s + ms, a + ma));
            ParticipantAttendance {
                participant: p,
                sessions: s,
                attended: a,
                rate: pct(a, s),
                months_below: months
                    .iter()
                    .filter(|(ms, ma)| pct(*ma, *ms) <= threshold_percent)
                    .count() as u32,
            }
        })
        .collect();
    let mut facilitators: Vec<FacilitatorAttendance> = fac
        .into_iter()
        .map(|(f, (ps, s, a, w, k))| FacilitatorAttendance {
            facilitator: f,
            caseload: ps.len() as u32,
            sessions: s,
            rate: pct(a, s),
            working_hours_share: (k > 0).then(|| pct(w, k)),
        })
        .collect();
    facilitators.sort_by_key(|f| f.facilitator);
    Ok((people, facilitators))
}

/// Counts of subjects per group, dimension and Sulistiyani stage reached (0: none yet).
pub fn stage_distribution(
    group: &[i64],
    dimension: &[u8],
    reached: &[Option<u8>],
) -> Result<Vec<(i64, u8, u8, u64)>, RegistryError> {
    let n = group.len();
    for (name, len) in [("dimension", dimension.len()), ("reached", reached.len())] {
        if len != n {
            return Err(RegistryError::LengthMismatch {
                column: name,
                expected: n,
                found: len,
            });
        }
    }
    let mut counts: BTreeMap<(i64, u8, u8), u64> = BTreeMap::new();
    for ((&g, &d), &r) in group.iter().zip(dimension).zip(reached) {
        *counts.entry((g, d, r.unwrap_or(0))).or_default() += 1;
    }
    Ok(counts
        .into_iter()
        .map(|((g, d, s), c)| (g, d, s, c))
        .collect())
}
