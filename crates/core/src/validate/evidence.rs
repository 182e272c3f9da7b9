//! Checks of evidence items (their links and codes) and of the qualitative code tree.

use std::collections::HashMap;

use crate::model::evidence::{CodeLevel, Target};
use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks every evidence item.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, e) in case.evidence.iter().enumerate() {
        let path = format!("/evidence/{i}");
        c.non_empty(format_args!("{path}/text"), &e.text);
        if let Some(d) = &e.date {
            c.partial_date(format_args!("{path}/date"), d);
        }
        c.optional_text(format_args!("{path}/gloss_en"), e.gloss_en.as_deref());
        c.optional_text(format_args!("{path}/source"), e.source.as_deref());
        if let Some(inf) = &e.informant {
            c.non_empty(format_args!("{path}/informant/code"), &inf.code);
            c.non_empty(format_args!("{path}/informant/role"), &inf.role);
        }
        for (j, t) in e.supports.iter().enumerate() {
            let link = match t {
                Target::Programme | Target::AdiStage(_) => None,
                Target::Site(id) => Some((RefKind::Site, id.as_str())),
                Target::Stakeholder(id) => Some((RefKind::Stakeholder, id.as_str())),
                Target::Activity(id) => Some((RefKind::Activity, id.as_str())),
                Target::Participant(id) => Some((RefKind::Participant, id.as_str())),
                Target::Cohort(id) => Some((RefKind::Cohort, id.as_str())),
                Target::Assistance(id) => Some((RefKind::Assistance, id.as_str())),
                Target::Figure(id) => Some((RefKind::Figure, id.as_str())),
            };
            if let Some((kind, id)) = link {
                if !c.known(kind, id) {
                    c.push(
                        format!("{path}/supports/{j}"),
                        ProblemKind::EvidenceLinkToNothing {
                            target: kind,
                            id: id.to_owned(),
                        },
                    );
                }
            }
        }
        for (j, code) in e.codes.iter().enumerate() {
            c.reference(
                format_args!("{path}/codes/{j}"),
                RefKind::Code,
                code.as_str(),
            );
        }
    }
}

/// Checks the qualitative codes.
pub(crate) fn check_codes(c: &mut Collector<'_>) {
    let case = c.case;
    // Each code's position by id (the map type the checks already use), then its level.
    let positions: HashMap<&str, usize> = case
        .codes
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    let level = |id: &str| {
        positions
            .get(id)
            .and_then(|&i| case.codes.get(i))
            .map(|x| x.level)
    };
    for (i, code) in case.codes.iter().enumerate() {
        let path = format!("/codes/{i}");
        c.text(&format!("{path}/label"), &code.label);
        let Some(parent) = &code.parent else { continue };
        if parent == &code.id {
            c.push(format!("{path}/parent"), ProblemKind::SelfReference);
            continue;
        }
        match level(parent.as_str()) {
            None => c.reference(
                format_args!("{path}/parent"),
                RefKind::Code,
                parent.as_str(),
            ),
            Some(parent_level) => {
                let fits = matches!(
                    (code.level, parent_level),
                    (CodeLevel::Open, CodeLevel::Axial) | (CodeLevel::Axial, CodeLevel::Selective)
                );
                if !fits {
                    c.push(
                        format!("{path}/parent"),
                        ProblemKind::CodeLevelMismatch {
                            level: code.level,
                            parent_level,
                        },
                    );
                }
            }
        }
    }
}
