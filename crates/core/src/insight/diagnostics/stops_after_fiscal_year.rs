//! `stops_after_fiscal_year` — every activity ends by the last fiscal year and nothing is
//! recorded as running after it.
//!
//! **Why it matters** (seed 003): "Setelah tahun anggaran berakhir, kegiatan ini cenderung
//! berhenti tanpa adanya dukungan lanjutan".
//!
//! **What must be recorded**: the programme's fiscal years; for every activity an end, or a
//! start with a non-recurring rhythm; and how follow-up ended — Adi follow-ups after
//! termination, or a monitoring activity with its end. Without a record of follow-up, the
//! absence of follow-up is unknown and the rule does not judge. **Thresholds**: none.

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::model::activity::{Activity, ActivityKind, Recurrence};
use crate::model::evidence::Target;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "stops_after_fiscal_year",
    title: Words::new(
        "Kegiatan berhenti setelah tahun anggaran",
        "Activities stop after the fiscal year",
    ),
    severity: Severity::Critical,
    seed: "003_fa23540ed5a04d93.txt",
    seed_quote: "Setelah tahun anggaran berakhir, kegiatan ini cenderung berhenti tanpa adanya",
    finds: Words::new(
        "Semua kegiatan tercatat berakhir paling lambat pada tahun anggaran terakhir, dan tidak ada tindak lanjut yang tercatat masih berjalan.",
        "Every activity is recorded as ending by the last fiscal year, and no follow-up is recorded as still running.",
    ),
    needs: Words::new(
        "Catat tahun anggaran, tanggal berakhir (atau ritme) setiap kegiatan, dan tindak lanjut setelah terminasi atau kegiatan monitoring beserta akhirnya.",
        "Record the fiscal years, each activity's end (or rhythm), and the follow-ups after termination or a monitoring activity with its end.",
    ),
    recommendation: Words::new(
        "Rencanakan pendampingan dan monitoring lanjutan setelah tahun anggaran berakhir, dengan anggaran dan penanggung jawab.",
        "Plan follow-up support and monitoring after the fiscal year ends, with a budget and someone responsible.",
    ),
    thresholds: &[],
    tailor: None,
};

const NO_FISCAL_YEARS: Words = Words::new(
    "Tahun anggaran program tidak tercatat.",
    "The programme's fiscal years are not recorded.",
);
const UNDATED: Words = Words::new(
    "Kapan kegiatan ini berakhir tidak tercatat: catat tanggal berakhir atau ritmenya.",
    "When this activity ends is not recorded: record its end or its rhythm.",
);
const NO_FOLLOW_UP_RECORD: Words = Words::new(
    "Tidak ada catatan tindak lanjut setelah kegiatan (tindak lanjut Adi setelah terminasi atau kegiatan monitoring beserta akhirnya): tidak diketahui apakah kegiatan berhenti.",
    "Nothing records the follow-up after the activities (Adi follow-ups after termination, or a monitoring activity with its end): whether they stop is unknown.",
);

/// The year an activity ends, when recorded; `None` when it is still running or unknown.
fn end_year(a: &Activity) -> Result<Option<i32>, ()> {
    let recurring = matches!(
        a.recurrence,
        Some(Recurrence::Weekly | Recurrence::Monthly | Recurrence::Continuous)
    );
    match (a.end, a.start) {
        (Some(end), _) => Ok(Some(chrono::Datelike::year(&end.latest()))),
        (None, Some(_)) if recurring => Ok(None),
        (None, Some(start)) => Ok(Some(chrono::Datelike::year(&start.latest()))),
        (None, None) => Err(()),
    }
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let case = cx.case;
    let mut verdict = Verdict::default();
    let Some(&last) = case.programme.fiscal_years.iter().max() else {
        verdict.cannot_judge(Vec::new(), NO_FISCAL_YEARS);
        return verdict;
    };
    let mut undated = Vec::new();
    let mut stopping = Vec::new();
    for a in &case.activities {
        match end_year(a) {
            Ok(Some(y)) if y <= last => {
                // Where it stopped: the activities whose recorded end is in the last year.
                if a.end.is_some() && y == last {
                    stopping.push(a);
                }
            }
            Ok(_) => return verdict, // runs on after the last fiscal year: clear
            Err(()) => undated.push(Trigger::Activity(a.id.clone())),
        }
    }
    if case
        .adi
        .iter()
        .any(|p| p.follow_ups.iter().any(|f| f.still_running))
    {
        return verdict;
    }
    if !undated.is_empty() {
        verdict.cannot_judge(undated, UNDATED);
        return verdict;
    }
    let follow_up_recorded = case.adi.iter().any(|p| !p.follow_ups.is_empty())
        || case
            .activities
            .iter()
            .any(|a| a.kind == ActivityKind::Monitoring && a.end.is_some());
    if case.activities.is_empty() || !follow_up_recorded {
        verdict.cannot_judge(Vec::new(), NO_FOLLOW_UP_RECORD);
        return verdict;
    }
    let mut found = Found {
        triggers: vec![Trigger::FiscalYear(last)],
        ..Found::default()
    };
    found
        .triggers
        .extend(stopping.iter().map(|a| Trigger::Activity(a.id.clone())));
    // Evidence for the stop: what the case codes for it, else what speaks of the programme
    // and of an activity that stopped.
    let pool = stopping
        .iter()
        .flat_map(|a| a.evidence.iter())
        .chain(cx.programme_evidence());
    let subjects: Vec<Target> = stopping
        .iter()
        .map(|a| Target::Activity(a.id.clone()))
        .collect();
    found.about = std::iter::once(Target::Programme)
        .chain(subjects.iter().cloned())
        .collect();
    found.evidence = cx
        .evidence_for(ABOUT.code, pool, &subjects)
        .into_iter()
        .filter(|id| {
            case.codes.iter().any(|c| c.id.as_str() == ABOUT.code)
                || cx
                    .evidence(id)
                    .is_some_and(|e| e.supports.contains(&Target::Programme))
        })
        .collect();
    verdict.find(found);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, training};
    use crate::model::date::PartialDate;

    fn ended(id: &str, kind: ActivityKind, year: i32) -> Activity {
        let mut a = training(id, None);
        a.kind = kind;
        a.start = PartialDate::year_only(year);
        a.end = PartialDate::year_only(year);
        a
    }

    #[test]
    fn no_follow_up_record_is_not_judgeable() {
        let case = case_with(|c| {
            c.programme.fiscal_years = vec![2022];
            c.activities.push(ended("t", ActivityKind::Training, 2022));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged[0].needs, NO_FOLLOW_UP_RECORD);
    }

    #[test]
    fn without_fiscal_years_or_dates_it_is_not_judgeable() {
        let case = case_with(|c| c.activities.push(training("t", None)));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
        let case = case_with(|c| {
            c.programme.fiscal_years = vec![2022];
            c.activities.push(training("t", None));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged[0].needs == UNDATED);
    }

    #[test]
    fn monitoring_that_ended_with_the_year_is_a_recorded_stop() {
        let case = case_with(|c| {
            c.programme.fiscal_years = vec![2022];
            c.activities.push(ended("t", ActivityKind::Training, 2022));
            c.activities.push(ended("m", ActivityKind::Monitoring, 2022));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        assert_eq!(v.found[0].triggers.len(), 3, "the year and both activities");
    }

    #[test]
    fn an_activity_running_on_clears_it() {
        let case = case_with(|c| {
            c.programme.fiscal_years = vec![2022];
            c.activities.push(ended("m", ActivityKind::Monitoring, 2022));
            c.activities.push(ended("t", ActivityKind::Training, 2023));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }
}
