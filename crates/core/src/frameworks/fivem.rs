//! The 5M management factors — Man, Machine, Method, Money, Material (seed 003).
//!
//! A [`Finding`] is a driver (*pendorong*) or an inhibitor (*penghambat*) of one factor, with
//! a weight from 1 (minor) to 3 (major) and its evidence. [`FiveMBalance::of`] gives, per
//! factor and overall, the number and weight of drivers and inhibitors and their balance
//! (driver weight minus inhibitor weight); [`priorities`] orders findings by what most needs
//! action.
//!
//! # Examples
//!
//! ```
//! use berdaya::frameworks::fivem::{Factor, FiveMBalance};
//! let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
//! let summary = FiveMBalance::of(&case.five_m);
//! let man = summary.factors.iter().find(|f| f.factor == Factor::Man).unwrap();
//! assert!(man.inhibitors > 0 && man.drivers > 0);
//! ```

use serde::Serialize;

pub use crate::model::records::fivem::*;

/// The drivers and inhibitors of one factor.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::fivem::{Factor, FiveMBalance};
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// let balance = FiveMBalance::of(&case.five_m);
/// let money = balance.factors.iter().find(|f| f.factor == Factor::Money).unwrap();
/// assert_eq!(money.balance, i64::from(money.driver_weight) - i64::from(money.inhibitor_weight));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FactorBalance {
    /// The factor.
    pub factor: Factor,
    /// Number of drivers.
    pub drivers: usize,
    /// Number of inhibitors.
    pub inhibitors: usize,
    /// Sum of driver weights.
    pub driver_weight: u32,
    /// Sum of inhibitor weights.
    pub inhibitor_weight: u32,
    /// Driver weight minus inhibitor weight.
    pub balance: i64,
}

/// The drivers and inhibitors of all five factors, weighed (see [`FiveMBalance::of`]).
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::fivem::FiveMBalance;
/// // No finding recorded: every factor at zero, which says nothing was recorded, not balance.
/// let empty = FiveMBalance::of(&[]);
/// assert_eq!(empty.balance, 0);
/// assert!(empty.factors.iter().all(|f| f.drivers + f.inhibitors == 0));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FiveMBalance {
    /// The five factors in order (factors with no finding have zero counts).
    pub factors: Vec<FactorBalance>,
    /// Overall driver weight minus inhibitor weight.
    pub balance: i64,
}

impl FiveMBalance {
    /// Counts and weighs the drivers and inhibitors per factor and overall.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::fivem::{Factor, FiveMBalance};
    /// let case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// let balance = FiveMBalance::of(&case.five_m);
    /// assert_eq!(balance.factors.len(), Factor::ALL.len(), "every factor, recorded or not");
    /// let sum: i64 = balance.factors.iter().map(|f| f.balance).sum();
    /// assert_eq!(balance.balance, sum);
    /// ```
    pub fn of(findings: &[Finding]) -> FiveMBalance {
        let factors: Vec<FactorBalance> = Factor::ALL
            .iter()
            .map(|&factor| {
                let of = |d: Direction| {
                    findings
                        .iter()
                        .filter(move |f| f.factor == factor && f.direction == d)
                };
                let drivers = of(Direction::Driver).count();
                let inhibitors = of(Direction::Inhibitor).count();
                let driver_weight: u32 = of(Direction::Driver).map(|f| u32::from(f.weight)).sum();
                let inhibitor_weight: u32 =
                    of(Direction::Inhibitor).map(|f| u32::from(f.weight)).sum();
                FactorBalance {
                    factor,
                    drivers,
                    inhibitors,
                    driver_weight,
                    inhibitor_weight,
                    balance: i64::from(driver_weight) - i64::from(inhibitor_weight),
                }
            })
            .collect();
        let balance = factors.iter().map(|f| f.balance).sum();
        FiveMBalance { factors, balance }
    }
}

/// Findings ordered by what most needs action: inhibitors before drivers; among inhibitors,
/// heavier first, then those of the factor with the lowest balance; then by id.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::fivem::{priorities, Direction};
/// let case = berdaya::cases::load("wrse-junrejo").unwrap();
/// let order = priorities(&case.five_m);
/// assert_eq!(order.len(), case.five_m.len());
/// // Every inhibitor comes before every driver.
/// let first_driver = order.iter().position(|f| f.direction == Direction::Driver);
/// let last_inhibitor = order.iter().rposition(|f| f.direction == Direction::Inhibitor);
/// if let (Some(d), Some(i)) = (first_driver, last_inhibitor) {
///     assert!(i < d);
/// }
/// ```
pub fn priorities(findings: &[Finding]) -> Vec<&Finding> {
    let summary = FiveMBalance::of(findings);
    let balance = |f: Factor| {
        summary
            .factors
            .iter()
            .find(|s| s.factor == f)
            .map_or(0, |s| s.balance)
    };
    let mut out: Vec<&Finding> = findings.iter().collect();
    crate::model::order::sort_by(&mut out, &|a, b| {
        let inhibitor = |f: &Finding| f.direction == Direction::Inhibitor;
        inhibitor(b)
            .cmp(&inhibitor(a))
            .then(b.weight.cmp(&a.weight))
            .then(balance(a.factor).cmp(&balance(b.factor)))
            .then(a.id.cmp(&b.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Text;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn finding(id: &str, factor: Factor, direction: Direction, weight: u8) -> Finding {
        Finding {
            id: id.into(),
            factor,
            direction,
            description: Text::new(id, id),
            weight,
            evidence: vec![],
            coding: None,
        }
    }

    #[test]
    fn inhibitors_come_first_heaviest_first() {
        let f = vec![
            finding("a", Factor::Man, Direction::Driver, 3),
            finding("b", Factor::Money, Direction::Inhibitor, 1),
            finding("c", Factor::Method, Direction::Inhibitor, 3),
        ];
        let order: Vec<&str> = priorities(&f).iter().map(|f| f.id.as_str()).collect();
        assert_eq!(order, vec!["c", "b", "a"]);
        let s = FiveMBalance::of(&f);
        assert_eq!(s.balance, -1);
        assert_eq!(s.factors[0].balance, 3);
    }

    fn arb_finding() -> impl Strategy<Value = Finding> {
        (
            select(Factor::ALL),
            select(Direction::ALL),
            WEIGHT_MIN..=WEIGHT_MAX,
            "[a-z]{1,4}",
        )
            .prop_map(|(f, d, w, id)| finding(&id, f, d, w))
    }

    proptest! {
        #[test]
        fn prop_adding_a_driver_never_lowers_a_balance(
            findings in proptest::collection::vec(arb_finding(), 0..20),
            factor in select(Factor::ALL),
            weight in WEIGHT_MIN..=WEIGHT_MAX,
        ) {
            let before = FiveMBalance::of(&findings);
            let mut more = findings.clone();
            more.push(finding("new", factor, Direction::Driver, weight));
            let after = FiveMBalance::of(&more);
            for (a, b) in after.factors.iter().zip(&before.factors) {
                prop_assert!(a.balance >= b.balance);
            }
            prop_assert!(after.balance > before.balance);
            prop_assert_eq!(priorities(&more).len(), more.len());
        }
    }
}
