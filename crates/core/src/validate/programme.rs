//! Checks of the programme record: its names, legal basis, period, fiscal years and funding.

use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks the programme.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    let p = &case.programme;
    c.text("/programme/name", &p.name);
    c.non_empty("/programme/acronym", &p.acronym);
    for (i, o) in p.objectives.iter().enumerate() {
        c.text(&format!("/programme/objectives/{i}"), o);
    }
    if let Some(id) = &p.leading_sector {
        c.reference(
            "/programme/leading_sector",
            RefKind::Stakeholder,
            id.as_str(),
        );
    }
    for (i, l) in p.legal_basis.iter().enumerate() {
        let path = format!("/programme/legal_basis/{i}");
        c.non_empty(format_args!("{path}/title"), &l.title);
        c.non_empty(format_args!("{path}/issuer"), &l.issuer);
        if let Some(d) = &l.date {
            c.partial_date(format_args!("{path}/date"), d);
        }
        c.evidence_refs(&format!("{path}/evidence"), &l.evidence);
    }
    if let Some(period) = &p.period {
        c.date_pair(
            "/programme/period",
            Some(&period.start),
            period.end.as_ref(),
        );
    }
    for (i, &y) in p.fiscal_years.iter().enumerate() {
        let path = format!("/programme/fiscal_years/{i}");
        c.year(path.clone(), y);
        if let Some(period) = &p.period {
            let before = y < period.start.year();
            let after = period.end.is_some_and(|e| y > e.year());
            if before || after {
                c.push(path, ProblemKind::FiscalYearOutsidePeriod { year: y });
            }
        }
    }
    for (i, f) in p.funding.iter().enumerate() {
        let path = format!("/programme/funding/{i}");
        c.amount(format_args!("{path}/amount"), f.amount);
        if let Some(y) = f.fiscal_year {
            c.year(format_args!("{path}/fiscal_year"), y);
        }
        if let Some(s) = &f.funder {
            c.reference(
                format_args!("{path}/funder"),
                RefKind::Stakeholder,
                s.as_str(),
            );
        }
        c.evidence_refs(&format!("{path}/evidence"), &f.evidence);
    }
}
