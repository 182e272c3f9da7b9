//! `low_attendance` — attendance at or below the threshold, from a stated rate or from
//! per-person attendance; sessions in working hours are named as the reason the seed gives.
//!
//! **Why it matters** (seed 002): "kehadiran KPM yang tidak lebih dari 50% dan tingkat
//! pemahaman KPM berbeda-beda, sehingga pada pertemuan selanjutnya pendamping harus mengulang
//! materi yang sama".
//!
//! **What must be recorded**: an attendance-rate figure, or per-person attendance of an
//! activity. A rate stated as "at least" cannot show low attendance. **Thresholds**:
//! `attendance_min_percent` (default 50, the source's observed figure).

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::{Threshold, Thresholds};
use crate::model::evidence::Target;
use crate::model::figure::{Bound, Metric};

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "low_attendance",
    title: Words::new("Kehadiran rendah", "Low attendance"),
    severity: Severity::Critical,
    seed: "002_831a8dccfd84b5b2.txt",
    seed_quote: "kehadiran KPM yang tidak lebih dari 50% dan tingkat pemahaman KPM berbeda-beda",
    finds: Words::new(
        "Tingkat kehadiran yang tercatat pada atau di bawah ambang, dan kegiatan yang diadakan pada jam kerja.",
        "Recorded attendance at or below the threshold, and the activities held in working hours.",
    ),
    needs: Words::new(
        "Catat tingkat kehadiran (angka) atau daftar hadir per orang.",
        "Record an attendance rate (a figure) or per-person attendance.",
    ),
    recommendation: Words::new(
        "Jadwalkan pertemuan di luar jam kerja, ulangi materi bagi yang tidak hadir, dan tindak lanjuti ketidakhadiran.",
        "Hold meetings outside working hours, repeat material for those absent, and follow up absences.",
    ),
    thresholds: &[Threshold::AttendanceMinPercent],
    tailor: None,
};

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, t: &Thresholds) -> Verdict {
    let case = cx.case;
    let line = t.attendance_min_percent;
    let mut verdict = Verdict::default();
    let mut found = Found::default();
    let mut recorded = false;
    for f in case
        .figures
        .iter()
        .filter(|f| f.metric == Metric::AttendanceRate && f.value.is_finite())
    {
        recorded = true;
        if f.bound == Bound::AtLeast || f.value > line {
            continue;
        }
        found.triggers.push(Trigger::Figure {
            id: f.id.clone(),
            value: f.value,
        });
        let mut subjects = vec![Target::Figure(f.id.clone())];
        let mut pool: Vec<_> = f.evidence.iter().collect();
        if let Some(a) = f.activity.as_ref().and_then(|id| cx.activity(id)) {
            if a.in_working_hours == Some(true) {
                found.triggers.push(Trigger::Activity(a.id.clone()));
                subjects.push(Target::Activity(a.id.clone()));
                pool.extend(a.evidence.iter());
            }
        }
        found
            .evidence
            .extend(cx.evidence_for(ABOUT.code, pool, &subjects));
        found.about.extend(subjects);
    }
    for a in &case.activities {
        let (present, all) = a.attendance_counts();
        if all == 0 {
            continue;
        }
        recorded = true;
        let rate = 100.0 * present as f64 / all as f64;
        if rate <= line {
            found.triggers.push(Trigger::Activity(a.id.clone()));
            found.about.push(Target::Activity(a.id.clone()));
            found.triggers.push(Trigger::Measure {
                value: rate,
                threshold: line,
            });
        }
    }
    if !recorded {
        verdict.cannot_judge(Vec::new(), ABOUT.needs);
    }
    verdict.find(found);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, figure, training};
    use crate::model::activity::Attendance;

    #[test]
    fn nothing_recorded_is_not_judgeable() {
        let case = case_with(|c| c.activities.push(training("t", None)));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.len() == 1);
    }

    #[test]
    fn a_stated_rate_at_the_line_fires_and_at_least_does_not() {
        let case = case_with(|c| c.figures.push(figure("f", Metric::AttendanceRate, 50.0)));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        let case = case_with(|c| {
            let mut f = figure("f", Metric::AttendanceRate, 40.0);
            f.bound = Bound::AtLeast;
            c.figures.push(f);
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }

    #[test]
    fn per_person_attendance_is_measured() {
        let case = case_with(|c| {
            let mut t = training("t", None);
            for (i, present) in [true, false, false].into_iter().enumerate() {
                t.attendance.push(Attendance {
                    participant: format!("p{i}").as_str().into(),
                    date: None,
                    present,
                });
            }
            c.activities.push(t);
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found[0].triggers.iter().any(
            |t| matches!(t, Trigger::Measure { value, .. } if (*value - 100.0 / 3.0).abs() < 1e-9)
        ));
    }
}
