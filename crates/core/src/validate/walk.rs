//! The walk over a whole case: registers every collection's ids, then runs each area's checks
//! in document order. Adding an area means adding its module and one line here.

use crate::model::case::{Case, SCHEMA_VERSION};
use crate::validate::collector::Collector;
use crate::validate::problem::{Problem, ProblemKind, RefKind};
use crate::validate::{
    activities, adi, coding, evidence, figures, frameworks, notes, participants, programme, sites,
};

/// Every problem in a document, in document order (empty when it is valid).
pub(crate) fn problems(case: &Case) -> Vec<Problem> {
    let mut c = Collector::new(case);
    if case.schema_version != SCHEMA_VERSION {
        c.push(
            "/schema_version",
            ProblemKind::UnsupportedSchemaVersion {
                found: Some(i64::from(case.schema_version)),
            },
        );
    }
    c.non_empty("/id", &case.id);
    c.text("/title", &case.title);
    register_ids(&mut c, case);

    programme::check(&mut c);
    sites::check(&mut c);
    sites::check_stakeholders(&mut c);
    activities::check(&mut c);
    activities::check_catalogue(&mut c);
    participants::check(&mut c);
    participants::check_cohorts(&mut c);
    figures::check(&mut c);
    figures::check_assistance(&mut c);
    evidence::check(&mut c);
    evidence::check_codes(&mut c);
    adi::check(&mut c);
    frameworks::check_sulistiyani(&mut c);
    frameworks::check_five_m(&mut c);
    frameworks::check_ansell_gash(&mut c);
    coding::check(&mut c);
    notes::check(&mut c);
    c.problems
}

fn register_ids<'a>(c: &mut Collector<'a>, case: &'a Case) {
    fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        list.iter().map(id).collect()
    }
    c.collect_ids(RefKind::Site, "sites", ids(&case.sites, |x| x.id.as_str()));
    c.collect_ids(
        RefKind::Stakeholder,
        "stakeholders",
        ids(&case.stakeholders, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Activity,
        "activities",
        ids(&case.activities, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Participant,
        "participants",
        ids(&case.participants, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Cohort,
        "cohorts",
        ids(&case.cohorts, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Figure,
        "figures",
        ids(&case.figures, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Assistance,
        "assistance",
        ids(&case.assistance, |x| x.id.as_str()),
    );
    c.collect_ids(
        RefKind::Evidence,
        "evidence",
        ids(&case.evidence, |x| x.id.as_str()),
    );
    c.collect_ids(RefKind::Code, "codes", ids(&case.codes, |x| x.id.as_str()));
}
