//! Checks of the other framework records: Sulistiyani progressions, 5M findings and the
//! Ansell–Gash assessment.

use std::collections::HashMap;

use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks every Sulistiyani progression.
pub(crate) fn check_sulistiyani(c: &mut Collector<'_>) {
    let case = c.case;
    use crate::frameworks::sulistiyani::Subject;
    for (i, p) in case.sulistiyani.iter().enumerate() {
        let path = format!("/sulistiyani/{i}");
        let subject = format!("{path}/subject");
        match &p.subject {
            Subject::Participant(id) => c.reference(subject, RefKind::Participant, id.as_str()),
            Subject::Cohort(id) => c.reference(subject, RefKind::Cohort, id.as_str()),
            Subject::Group(id) => c.reference(subject, RefKind::Stakeholder, id.as_str()),
        }
        if let Some(d) = &p.as_of {
            c.partial_date(format_args!("{path}/as_of"), d);
        }
        let mut seen: HashMap<crate::model::catalogue::Dimension, usize> = HashMap::new();
        for (j, d) in p.dimensions.iter().enumerate() {
            let dpath = format!("{path}/dimensions/{j}");
            if let Some(&k) = seen.get(&d.dimension) {
                c.push(
                    format!("{dpath}/dimension"),
                    ProblemKind::DuplicateId {
                        id: d.dimension.code().to_owned(),
                        first: format!("{path}/dimensions/{k}/dimension"),
                    },
                );
            } else {
                seen.insert(d.dimension, j);
            }
            for (k, ind) in d.indicators.iter().enumerate() {
                let ipath = format!("{dpath}/indicators/{k}");
                c.text(&format!("{ipath}/label"), &ind.label);
                if ind.met == Some(true) && d.reached < Some(ind.stage) {
                    c.push(
                        format!("{ipath}/met"),
                        ProblemKind::IndicatorAboveReached {
                            indicator: ind.stage,
                            reached: d.reached,
                        },
                    );
                }
                c.evidence_refs(&format!("{ipath}/evidence"), &ind.evidence);
            }
            c.evidence_refs(&format!("{dpath}/evidence"), &d.evidence);
        }
    }
}

/// Checks every 5M finding.
pub(crate) fn check_five_m(c: &mut Collector<'_>) {
    let case = c.case;
    use crate::frameworks::fivem::{WEIGHT_MAX, WEIGHT_MIN};
    c.unique_ids("/five_m", "id", case.five_m.iter().map(|f| f.id.as_str()));
    for (i, f) in case.five_m.iter().enumerate() {
        let path = format!("/five_m/{i}");
        c.text(&format!("{path}/description"), &f.description);
        if !(WEIGHT_MIN..=WEIGHT_MAX).contains(&f.weight) {
            c.push(
                format!("{path}/weight"),
                ProblemKind::OffScale {
                    found: i64::from(f.weight),
                    min: i64::from(WEIGHT_MIN),
                    max: i64::from(WEIGHT_MAX),
                },
            );
        }
        c.evidence_refs(&format!("{path}/evidence"), &f.evidence);
    }
}

/// Checks the Ansell–Gash assessment.
pub(crate) fn check_ansell_gash(c: &mut Collector<'_>) {
    let case = c.case;
    use crate::frameworks::ansell_gash::RUBRIC;
    let Some(a) = &case.ansell_gash else {
        return;
    };
    if !RUBRIC.reads(&a.rubric) {
        c.push(
            "/ansell_gash/rubric",
            ProblemKind::UnknownRubric {
                found: a.rubric.clone(),
            },
        );
    }
    let (min, max) = (
        RUBRIC.scale.iter().map(|p| p.value).min().unwrap_or(1),
        RUBRIC.scale.iter().map(|p| p.value).max().unwrap_or(5),
    );
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, r) in a.ratings.iter().enumerate() {
        let path = format!("/ansell_gash/ratings/{i}");
        if !RUBRIC.has_in(&a.rubric, &r.indicator) {
            c.push(
                format!("{path}/indicator"),
                ProblemKind::UnknownReference {
                    target: RefKind::Indicator,
                    id: r.indicator.clone(),
                },
            );
        } else if let Some(&j) = seen.get(r.indicator.as_str()) {
            c.push(
                format!("{path}/indicator"),
                ProblemKind::DuplicateId {
                    id: r.indicator.clone(),
                    first: format!("/ansell_gash/ratings/{j}/indicator"),
                },
            );
        } else {
            seen.insert(&r.indicator, i);
        }
        if let Some(s) = r.score {
            if !(min..=max).contains(&s) {
                c.push(
                    format!("{path}/score"),
                    ProblemKind::OffScale {
                        found: i64::from(s),
                        min: i64::from(min),
                        max: i64::from(max),
                    },
                );
            }
        }
        if let Some(note) = &r.note {
            c.text(&format!("{path}/note"), note);
        }
        c.evidence_refs(&format!("{path}/evidence"), &r.evidence);
    }
}
