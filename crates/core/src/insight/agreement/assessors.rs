//! Several assessors' judgements of one case as reliability data: their Ansell–Gash ratings
//! (units are the indicators; "not observed" is a missing value, never zero) or their 5M
//! weights (units are the findings, matched by id). Feed the result to
//! [`krippendorff_alpha`](super::krippendorff_alpha) — ordinal for ratings, interval or ratio
//! for weights — or to the κ statistics.

use std::collections::BTreeSet;

use super::data::Ratings;
use crate::model::records::ansell_gash::AnsellGashAssessment;
use crate::model::records::fivem::Finding;

/// The assessors' ratings: one row per assessment, one unit per indicator any of them
/// rated (sorted by id). An indicator rated twice in one assessment counts its first rating.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{assessors, krippendorff_alpha, MeasurementLevel};
/// use berdaya::prelude::*;
/// let a = AnsellGashAssessment::new("berdaya-ansell-gash/1").rate("dialogue", Some(4), &[]).rate("trust", Some(2), &[]);
/// let b = AnsellGashAssessment::new("berdaya-ansell-gash/1").rate("dialogue", Some(4), &[]).rate("trust", Some(3), &[]);
/// let (ratings, indicators) = assessors::ansell_gash(&[&a, &b]);
/// assert_eq!(indicators, ["dialogue", "trust"]);
/// let alpha = krippendorff_alpha(&ratings, MeasurementLevel::Ordinal, None).unwrap();
/// assert_eq!(alpha.pairable_values, 4);
/// ```
pub fn ansell_gash(assessments: &[&AnsellGashAssessment]) -> (Ratings, Vec<String>) {
    let units = ids(assessments
        .iter()
        .flat_map(|a| &a.ratings)
        .map(|r| &r.indicator));
    let rows = assessments
        .iter()
        .map(|a| {
            units
                .iter()
                .map(|id| {
                    a.ratings
                        .iter()
                        .find(|r| &r.indicator == id)
                        .and_then(|r| r.score)
                        .map(f64::from)
                })
                .collect()
        })
        .collect();
    (ratings(rows), units)
}

/// The assessors' 5M weights: one row per assessor's findings, one unit per finding id any
/// of them recorded (sorted). A finding an assessor did not record is a missing value.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::assessors;
/// use berdaya::prelude::*;
/// let dana = |weight| Finding::new("dana", Factor::Money, Direction::Inhibitor,
///     Text::new("Dana terbatas", "Limited funds"), weight, &[]);
/// let alat = Finding::new("alat", Factor::Material, Direction::Driver,
///     Text::new("Peralatan diberikan", "Equipment given"), 1, &[]);
/// let first = [dana(2)];
/// let second = [dana(3), alat];
/// let (ratings, findings) = assessors::fivem(&[&first, &second]);
/// assert_eq!(findings, ["alat", "dana"]);
/// // The first assessor did not record `alat`: a missing value, not a zero.
/// assert_eq!(ratings.rows()[0], [None, Some(2.0)]);
/// ```
pub fn fivem(assessors: &[&[Finding]]) -> (Ratings, Vec<String>) {
    let units = ids(assessors.iter().flat_map(|f| f.iter()).map(|f| &f.id));
    let rows = assessors
        .iter()
        .map(|findings| {
            units
                .iter()
                .map(|id| {
                    findings
                        .iter()
                        .find(|f| &f.id == id)
                        .map(|f| f64::from(f.weight))
                })
                .collect()
        })
        .collect();
    (ratings(rows), units)
}

fn ids<'a>(names: impl Iterator<Item = &'a String>) -> Vec<String> {
    let set: BTreeSet<&String> = names.collect();
    set.into_iter().cloned().collect()
}

/// Rows built here are rectangular and hold small whole numbers.
fn ratings(rows: Vec<Vec<Option<f64>>>) -> Ratings {
    Ratings::trusted(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::agreement::krippendorff::krippendorff_alpha;
    use crate::insight::agreement::result::MeasurementLevel;
    use crate::model::lang::Text;
    use crate::model::records::fivem::{Direction, Factor};

    #[test]
    fn unrated_indicators_are_missing_not_zero() {
        let a = AnsellGashAssessment::new("r/1")
            .rate("x", Some(3), &[])
            .rate("y", None, &[]);
        let b = AnsellGashAssessment::new("r/1")
            .rate("x", Some(3), &[])
            .rate("z", Some(1), &[]);
        let (r, units) = ansell_gash(&[&a, &b]);
        assert_eq!(units, ["x", "y", "z"]);
        assert_eq!(r.rows()[0], [Some(3.0), None, None]);
        assert_eq!(r.rows()[1], [Some(3.0), None, Some(1.0)]);
        let alpha = krippendorff_alpha(&r, MeasurementLevel::Ordinal, None).unwrap();
        assert_eq!(alpha.units, 1);
    }

    #[test]
    fn fivem_weights_match_by_finding_id() {
        let f = |id: &str, w| {
            Finding::new(
                id,
                Factor::Money,
                Direction::Inhibitor,
                Text::new("d", "d"),
                w,
                &[],
            )
        };
        let one = [f("dana", 3), f("alat", 1)];
        let two = [f("dana", 2)];
        let (r, units) = fivem(&[&one, &two]);
        assert_eq!(units, ["alat", "dana"]);
        assert_eq!(r.rows()[1], [None, Some(2.0)]);
    }
}
