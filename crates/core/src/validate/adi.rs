//! Checks of the Adi seven-stage records: stage order, dates, checklists, involvement,
//! the process rules and follow-ups.

use std::collections::HashMap;

use crate::frameworks::adi::standard_items;
use crate::model::records::adi::{AdiProcess, AdiStage, StageRecord};
use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks every Adi process.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    c.unique_ids("/adi", "id", case.adi.iter().map(|p| p.id.as_str()));
    for (i, p) in case.adi.iter().enumerate() {
        process(c, &format!("/adi/{i}"), p);
    }
}

fn process(c: &mut Collector<'_>, path: &str, p: &AdiProcess) {
    c.text(&format!("{path}/label"), &p.label);
    if let Some(site) = &p.site {
        c.reference(format_args!("{path}/site"), RefKind::Site, site.as_str());
    }
    let mut seen: HashMap<AdiStage, usize> = HashMap::new();
    let mut latest: Option<AdiStage> = None;
    for (j, r) in p.stages.iter().enumerate() {
        let spath = format!("{path}/stages/{j}");
        if let Some(&k) = seen.get(&r.stage) {
            c.push(
                format!("{spath}/stage"),
                ProblemKind::DuplicateId {
                    id: r.stage.code().to_owned(),
                    first: format!("{path}/stages/{k}/stage"),
                },
            );
        } else {
            seen.insert(r.stage, j);
        }
        if let Some(after) = latest.filter(|l| *l > r.stage) {
            c.push(
                format!("{spath}/stage"),
                ProblemKind::StageOutOfOrder {
                    stage: r.stage,
                    after,
                },
            );
        }
        latest = latest.max(Some(r.stage));
        stage(c, &spath, r);
    }
    for (stage, error) in p.violations() {
        let at = match stage.and_then(|s| p.stages.iter().position(|r| r.stage == s)) {
            Some(j) => format!("{path}/stages/{j}/status"),
            None => format!("{path}/follow_ups"),
        };
        c.push(at, ProblemKind::AdiRuleBroken { error });
    }
    for (k, f) in p.follow_ups.iter().enumerate() {
        let fpath = format!("{path}/follow_ups/{k}");
        c.text(&format!("{fpath}/description"), &f.description);
        if let Some(a) = &f.activity {
            c.reference(
                format_args!("{fpath}/activity"),
                RefKind::Activity,
                a.as_str(),
            );
        }
        c.evidence_refs(&format!("{fpath}/evidence"), &f.evidence);
    }
}

fn stage(c: &mut Collector<'_>, spath: &str, r: &StageRecord) {
    for (field, start, end) in [
        ("planned", r.planned_start.as_ref(), r.planned_end.as_ref()),
        ("actual", r.actual_start.as_ref(), r.actual_end.as_ref()),
    ] {
        for (name, d) in [("start", start), ("end", end)] {
            if let Some(d) = d {
                c.partial_date(format_args!("{spath}/{field}_{name}"), d);
            }
        }
        if let (Some(s), Some(e)) = (start, end) {
            if e.certainly_before(s) {
                c.push(
                    format!("{spath}/{field}_end"),
                    ProblemKind::DateOrder { start: *s, end: *e },
                );
            }
        }
    }
    checklist(c, spath, r);
    for (k, inv) in r.involvement.iter().enumerate() {
        let ipath = format!("{spath}/involvement/{k}");
        c.reference(
            format_args!("{ipath}/stakeholder"),
            RefKind::Stakeholder,
            inv.stakeholder.as_str(),
        );
        c.evidence_refs(&format!("{ipath}/evidence"), &inv.evidence);
    }
    for (k, o) in r.obstacles.iter().enumerate() {
        let opath = format!("{spath}/obstacles/{k}");
        c.text(&format!("{opath}/description"), &o.description);
        c.evidence_refs(&format!("{opath}/evidence"), &o.evidence);
    }
    c.evidence_refs(&format!("{spath}/evidence"), &r.evidence);
}

fn checklist(c: &mut Collector<'_>, spath: &str, r: &StageRecord) {
    let list = format!("{spath}/checklist");
    c.unique_ids(&list, "id", r.checklist.iter().map(|i| i.id.as_str()));
    for (k, item) in r.checklist.iter().enumerate() {
        let ipath = format!("{list}/{k}");
        let standard = standard_items(r.stage).any(|s| s.id == item.id);
        match &item.label {
            Some(label) => c.text(&format!("{ipath}/label"), label),
            None if !standard => c.push(
                format!("{ipath}/id"),
                ProblemKind::UnlabelledCustomItem {
                    id: item.id.clone(),
                },
            ),
            None => {}
        }
        c.evidence_refs(&format!("{ipath}/evidence"), &item.evidence);
    }
}
