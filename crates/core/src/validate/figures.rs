//! Checks of key figures (ranges, whole counts) and of assistance hand-overs.

use crate::validate::collector::Collector;
use crate::validate::problem::RefKind;

/// Checks every figure.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, f) in case.figures.iter().enumerate() {
        let path = format!("/figures/{i}");
        let value = format!("{path}/value");
        if f.metric.is_percentage() {
            c.number(value, f.value, 0.0, 100.0);
        } else {
            // Counts (and months): whole numbers, at most COUNT_MAX.
            c.count_value(value, f.value);
        }
        if let Some(y) = f.year {
            c.year(format_args!("{path}/year"), y);
        }
        if let Some(s) = &f.site {
            c.reference(format_args!("{path}/site"), RefKind::Site, s.as_str());
        }
        if let Some(s) = &f.cohort {
            c.reference(format_args!("{path}/cohort"), RefKind::Cohort, s.as_str());
        }
        if let Some(s) = &f.activity {
            c.reference(
                format_args!("{path}/activity"),
                RefKind::Activity,
                s.as_str(),
            );
        }
        if let Some(s) = &f.stakeholder {
            c.reference(
                format_args!("{path}/stakeholder"),
                RefKind::Stakeholder,
                s.as_str(),
            );
        }
        c.evidence_refs(&format!("{path}/evidence"), &f.evidence);
    }
}

/// Checks every assistance hand-over.
pub(crate) fn check_assistance(c: &mut Collector<'_>) {
    let case = c.case;
    use crate::model::assistance::Recipient;
    for (i, a) in case.assistance.iter().enumerate() {
        let path = format!("/assistance/{i}");
        c.amount(format_args!("{path}/value_each"), a.value_each);
        c.count(format_args!("{path}/count"), a.count.map(u64::from));
        if let Some(d) = &a.date {
            c.partial_date(format_args!("{path}/date"), d);
        }
        for (j, r) in a.recipients.iter().enumerate() {
            let rpath = format!("{path}/recipients/{j}");
            match r {
                Recipient::Participant(id) => c.reference(rpath, RefKind::Participant, id.as_str()),
                Recipient::Cohort(id) => c.reference(rpath, RefKind::Cohort, id.as_str()),
                Recipient::Stakeholder(id) => c.reference(rpath, RefKind::Stakeholder, id.as_str()),
            }
        }
        if let Some(s) = &a.provider {
            c.reference(
                format_args!("{path}/provider"),
                RefKind::Stakeholder,
                s.as_str(),
            );
        }
        for (j, s) in a.follows.iter().enumerate() {
            c.reference(
                format_args!("{path}/follows/{j}"),
                RefKind::Activity,
                s.as_str(),
            );
        }
        c.evidence_refs(&format!("{path}/evidence"), &a.evidence);
    }
}
