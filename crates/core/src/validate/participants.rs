//! Checks of participants (ages against birth dates, income, site, cohort) and of cohort
//! aggregates (shares, ranges, sizes).

use crate::model::date::age_on;
use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind, AGE_RANGE};

/// Checks every participant.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    let reference_date = case.reference_date;
    for (i, p) in case.participants.iter().enumerate() {
        let path = format!("/participants/{i}");
        if let Some(age) = p.age {
            if !(AGE_RANGE.0..=AGE_RANGE.1).contains(&age) {
                c.push(
                    format!("{path}/age"),
                    ProblemKind::AgeOutOfRange { found: age },
                );
            }
        }
        if let (Some(birth), Some(on)) = (p.birth_date, reference_date) {
            let computed = age_on(birth, on);
            if !(AGE_RANGE.0..=AGE_RANGE.1).contains(&computed) {
                c.push(
                    format!("{path}/birth_date"),
                    ProblemKind::AgeOutOfRange { found: computed },
                );
            } else if let Some(recorded) = p.age {
                if recorded != computed {
                    c.push(
                        format!("{path}/age"),
                        ProblemKind::AgeMismatch {
                            recorded,
                            from_birth_date: computed,
                        },
                    );
                }
            }
        }
        if let Some(b) = p.birth_date {
            c.year(
                format_args!("{path}/birth_date"),
                chrono::Datelike::year(&b),
            );
        }
        c.amount(format_args!("{path}/monthly_income"), p.monthly_income);
        c.count(
            format_args!("{path}/dependants"),
            p.dependants.map(u64::from),
        );
        if let Some(site) = &p.site {
            c.reference(format_args!("{path}/site"), RefKind::Site, site.as_str());
        }
        if let Some(cohort) = &p.cohort {
            c.reference(
                format_args!("{path}/cohort"),
                RefKind::Cohort,
                cohort.as_str(),
            );
        }
    }
}

/// Checks every cohort.
pub(crate) fn check_cohorts(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, k) in case.cohorts.iter().enumerate() {
        let path = format!("/cohorts/{i}");
        c.text(&format!("{path}/label"), &k.label);
        if let Some(site) = &k.site {
            c.reference(format_args!("{path}/site"), RefKind::Site, site.as_str());
        }
        if let Some(parent) = &k.part_of {
            if parent == &k.id {
                c.push(format!("{path}/part_of"), ProblemKind::SelfReference);
            } else {
                c.reference(
                    format_args!("{path}/part_of"),
                    RefKind::Cohort,
                    parent.as_str(),
                );
            }
        }
        if let Some(y) = k.year {
            c.year(format_args!("{path}/year"), y);
        }
        c.count(format_args!("{path}/size"), k.size);
        c.shares(&format!("{path}/marital_status"), &k.marital_status);
        c.shares(&format!("{path}/education"), &k.education);
        for (j, a) in k.assistance.iter().enumerate() {
            c.number(
                format_args!("{path}/assistance/{j}/percent"),
                a.percent,
                0.0,
                100.0,
            );
        }
        for (field, range) in [("age", k.age), ("dependants", k.dependants)] {
            if let Some(r) = range {
                if r.min > r.max {
                    c.push(
                        format!("{path}/{field}"),
                        ProblemKind::RangeReversed {
                            min: i64::from(r.min),
                            max: i64::from(r.max),
                        },
                    );
                }
            }
        }
        if let Some(r) = k.age {
            if r.max > AGE_RANGE.1 as u32 {
                c.push(
                    format!("{path}/age/max"),
                    ProblemKind::AgeOutOfRange {
                        found: r.max.min(i32::MAX as u32) as i32,
                    },
                );
            }
        }
        c.amount(
            format_args!("{path}/monthly_income_below"),
            k.monthly_income_below,
        );
        c.evidence_refs(&format!("{path}/evidence"), &k.evidence);
    }
}
