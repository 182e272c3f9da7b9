//! Checks of every [`Coding`] a case records (whose judgement a rating, weight, level, stage or
//! code is): the case's default, each framework record's own, and the Ansell–Gash source
//! conclusion the report shows beside the coded score.

use crate::model::coding::Coding;
use crate::validate::collector::Collector;
use crate::validate::problem::RefKind;

fn check_one(c: &mut Collector<'_>, path: &str, coding: Option<&Coding>) {
    let Some(coding) = coding else {
        return;
    };
    if let Some(by) = &coding.by {
        c.non_empty(format_args!("{path}/coding/by"), by);
    }
    if let Some(basis) = &coding.basis {
        c.text(&format!("{path}/coding/basis"), basis);
    }
}

/// Checks the case's coding and every record's own.
pub(crate) fn check(c: &mut Collector<'_>) {
    let case = c.case;
    check_one(c, "", case.coding.as_ref());
    for (i, a) in case.activities.iter().enumerate() {
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
            let path = format!("/activities/{i}/{field}");
            check_one(c, &path, full.as_ref().map(|f| &f.coding));
        }
    }
    for (i, code) in case.codes.iter().enumerate() {
        check_one(c, &format!("/codes/{i}"), code.coding.as_ref());
    }
    for (i, p) in case.adi.iter().enumerate() {
        for (j, r) in p.stages.iter().enumerate() {
            for (k, inv) in r.involvement.iter().enumerate() {
                let path = format!("/adi/{i}/stages/{j}/involvement/{k}");
                check_one(c, &path, inv.coding.as_ref());
            }
        }
    }
    for (i, p) in case.sulistiyani.iter().enumerate() {
        for (j, d) in p.dimensions.iter().enumerate() {
            let path = format!("/sulistiyani/{i}/dimensions/{j}");
            check_one(c, &path, d.coding.as_ref());
        }
    }
    for (i, f) in case.five_m.iter().enumerate() {
        check_one(c, &format!("/five_m/{i}"), f.coding.as_ref());
    }
    if let Some(a) = &case.ansell_gash {
        check_one(c, "/ansell_gash", a.coding.as_ref());
        for (i, r) in a.ratings.iter().enumerate() {
            check_one(c, &format!("/ansell_gash/ratings/{i}"), r.coding.as_ref());
        }
        if let Some(e) = &a.source_conclusion {
            let path = "/ansell_gash/source_conclusion".to_owned();
            c.reference(path, RefKind::Evidence, e.as_str());
        }
    }
}
