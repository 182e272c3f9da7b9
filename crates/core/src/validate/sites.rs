//! Checks of sites (the administrative chain and its indicators) and of stakeholders.

use crate::model::site::SiteLevel;
use crate::model::stakeholder::Sector;
use crate::validate::collector::Collector;
use crate::validate::problem::{ProblemKind, RefKind};

/// Checks every site.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, s) in case.sites.iter().enumerate() {
        let path = format!("/sites/{i}");
        c.non_empty(format_args!("{path}/province"), &s.province);
        c.non_empty(format_args!("{path}/city"), &s.city);
        let gaps = [
            (
                s.rt.is_some() && s.rw.is_none(),
                "rt",
                SiteLevel::Rt,
                SiteLevel::Rw,
            ),
            (
                s.rw.is_some() && s.village.is_none(),
                "rw",
                SiteLevel::Rw,
                SiteLevel::Village,
            ),
            (
                s.village_kind.is_some() && s.village.is_none(),
                "village_kind",
                SiteLevel::Village,
                SiteLevel::Village,
            ),
        ];
        for (gap, field, level, needs) in gaps {
            if gap {
                c.push(
                    format!("{path}/{field}"),
                    ProblemKind::SiteChainGap { level, needs },
                );
            }
        }
        for (j, ind) in s.indicators.iter().enumerate() {
            let ipath = format!("{path}/indicators/{j}");
            c.year(format_args!("{ipath}/year"), ind.year);
            let (min, max) = ind.kind.valid_range();
            c.number(format_args!("{ipath}/value"), ind.value, min, max);
            c.evidence_refs(&format!("{ipath}/evidence"), &ind.evidence);
        }
    }
}

/// Checks every stakeholder.
pub(crate) fn check_stakeholders(c: &mut Collector<'_>) {
    let case = c.case;
    for (i, s) in case.stakeholders.iter().enumerate() {
        let path = format!("/stakeholders/{i}");
        c.non_empty(format_args!("{path}/name"), &s.name);
        if s.pokja.is_some() && s.sector != Sector::Community {
            c.push(format!("{path}/pokja"), ProblemKind::PokjaOutsideCommunity);
        }
        if let Some(site) = &s.site {
            c.reference(format_args!("{path}/site"), RefKind::Site, site.as_str());
        }
        c.count(format_args!("{path}/headcount"), s.headcount.map(u64::from));
        if let Some(a) = &s.attrition {
            c.count(format_args!("{path}/attrition/left"), a.left.map(u64::from));
            c.evidence_refs(&format!("{path}/attrition/evidence"), &a.evidence);
        }
    }
}
