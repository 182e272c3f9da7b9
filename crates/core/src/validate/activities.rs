//! Checks of activities (dates, site, actors, attendance, the session they run) and of the
//! module catalogue sessions refer to.

use std::collections::HashMap;

use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks every activity.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, a) in case.activities.iter().enumerate() {
        let path = format!("/activities/{i}");
        c.text(&format!("{path}/title"), &a.title);
        c.date_pair(&path, a.start.as_ref(), a.end.as_ref());
        if let Some(site) = &a.site {
            c.reference(format_args!("{path}/site"), RefKind::Site, site.as_str());
        }
        for (field, list) in [
            ("organisers", &a.organisers),
            ("facilitators", &a.facilitators),
            ("audience", &a.audience),
        ] {
            for (j, s) in list.iter().enumerate() {
                c.reference(
                    format_args!("{path}/{field}/{j}"),
                    RefKind::Stakeholder,
                    s.as_str(),
                );
            }
        }
        for (j, att) in a.attendance.iter().enumerate() {
            let apath = format!("{path}/attendance/{j}");
            c.reference(
                format_args!("{apath}/participant"),
                RefKind::Participant,
                att.participant.as_str(),
            );
            if let Some(d) = &att.date {
                c.partial_date(format_args!("{apath}/date"), d);
            }
        }
        if let Some(sref) = &a.session {
            let found = case
                .module_catalogue
                .as_ref()
                .and_then(|cat| cat.find(&sref.module, sref.session.as_deref()));
            if found.is_none() {
                let id = match &sref.session {
                    Some(s) => format!("{}/{s}", sref.module),
                    None => sref.module.clone(),
                };
                c.push(
                    format!("{path}/session"),
                    ProblemKind::UnknownReference {
                        target: RefKind::Session,
                        id,
                    },
                );
            }
        }
        c.evidence_refs(&format!("{path}/evidence"), &a.evidence);
        for (field, full) in [
            (
                "assistance_recorded_in_full",
                &a.assistance_recorded_in_full,
            ),
            (
                "market_access_recorded_in_full",
                &a.market_access_recorded_in_full,
            ),
        ] {
            // A list said to be complete rests on evidence, as a source's recommendation does.
            if let Some(full) = full {
                let epath = format!("{path}/{field}/evidence");
                if full.evidence.is_empty() {
                    c.push(epath.clone(), ProblemKind::Empty);
                }
                c.evidence_refs(&epath, &full.evidence);
            }
        }
    }
}

/// Checks the module catalogue.
pub(crate) fn check_catalogue(c: &mut Collector<'_>) {
    let case = c.case;
    let Some(cat) = &case.module_catalogue else {
        return;
    };
    c.text("/module_catalogue/name", &cat.name);
    let mut modules: HashMap<&str, usize> = HashMap::new();
    for (i, m) in cat.modules.iter().enumerate() {
        let path = format!("/module_catalogue/modules/{i}");
        c.non_empty(format_args!("{path}/code"), &m.code);
        c.text(&format!("{path}/title"), &m.title);
        if let Some(&j) = modules.get(m.code.as_str()) {
            c.push(
                format!("{path}/code"),
                ProblemKind::DuplicateId {
                    id: m.code.clone(),
                    first: format!("/module_catalogue/modules/{j}/code"),
                },
            );
        } else {
            modules.insert(&m.code, i);
        }
        let mut sessions: HashMap<&str, usize> = HashMap::new();
        for (k, s) in m.sessions.iter().enumerate() {
            let spath = format!("{path}/sessions/{k}");
            c.non_empty(format_args!("{spath}/code"), &s.code);
            c.text(&format!("{spath}/title"), &s.title);
            if let Some(&j) = sessions.get(s.code.as_str()) {
                c.push(
                    format!("{spath}/code"),
                    ProblemKind::DuplicateId {
                        id: s.code.clone(),
                        first: format!("{path}/sessions/{j}/code"),
                    },
                );
            } else {
                sessions.insert(&s.code, k);
            }
        }
    }
    c.evidence_refs("/module_catalogue/evidence", &cat.evidence);
}
