//! Attendance compliance per participant and facilitator, and Sulistiyani stage counts, over
//! columns of attendance or progression rows.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::screening::registry::error::RegistryError;

/// Attendance of one participant.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParticipantAttendance {
    /// Participant id.
    pub participant: i64,
    /// Meetings recorded.
    pub sessions: u32,
    /// Meetings attended.
    pub attended: u32,
    /// Attended ÷ recorded, in percent.
    pub rate: f64,
    /// Months whose attendance was at or below the threshold.
    pub months_below: u32,
}

/// Attendance and caseload of one facilitator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FacilitatorAttendance {
    /// Facilitator id.
    pub facilitator: i64,
    /// Distinct participants (the caseload).
    pub caseload: u32,
    /// Meetings recorded.
    pub sessions: u32,
    /// Attendance rate over them, in percent.
    pub rate: f64,
    /// Share of the meetings held in working hours, in percent (of those known).
    pub working_hours_share: Option<f64>,
}

/// Attended ÷ recorded in percent (0 when nothing was recorded).
fn pct(attended: u32, sessions: u32) -> f64 {
    if sessions == 0 {
        0.0
    } else {
        100.0 * f64::from(attended) / f64::from(sessions)
    }
}

/// Every column has as many rows as `participant`.
fn same_lengths(n: usize, columns: [(&'static str, usize); 4]) -> Result<(), RegistryError> {
    match columns.into_iter().find(|(_, len)| *len != n) {
        Some((column, found)) => Err(RegistryError::LengthMismatch {
            column,
            expected: n,
            found,
        }),
        None => Ok(()),
    }
}

/// Attendance compliance per participant and per facilitator from attendance rows
/// (participant, facilitator, month as `YYYYMM`, present, in working hours).
///
/// Memory: the rows' order (4 bytes a row) and one small record per participant-month and
/// per facilitator, besides the input columns.
pub fn attendance_compliance(
    participant: &[i64],
    facilitator: &[Option<i64>],
    month: &[i32],
    present: &[bool],
    working_hours: &[Option<bool>],
    threshold_percent: f64,
) -> Result<(Vec<ParticipantAttendance>, Vec<FacilitatorAttendance>), RegistryError> {
    same_lengths(
        participant.len(),
        [
            ("facilitator", facilitator.len()),
            ("month", month.len()),
            ("present", present.len()),
            ("in_working_hours", working_hours.len()),
        ],
    )?;
    let per = months_per_participant(participant, month, present);
    let people = per
        .into_iter()
        .map(|(p, months)| participant_attendance(p, &months, threshold_percent))
        .collect();
    let fac = per_facilitator(participant, facilitator, present, working_hours);
    let mut facilitators: Vec<FacilitatorAttendance> = fac
        .into_iter()
        .map(|(f, counts)| facilitator_attendance(f, counts))
        .collect();
    facilitators.sort_by_key(|f| f.facilitator);
    Ok((people, facilitators))
}

/// One participant's totals from their (sessions, attended) per month.
fn participant_attendance(
    participant: i64,
    months: &[(u32, u32)],
    threshold_percent: f64,
) -> ParticipantAttendance {
    let (sessions, attended) = months
        .iter()
        .fold((0, 0), |(s, a), (ms, ma)| (s + ms, a + ma));
    ParticipantAttendance {
        participant,
        sessions,
        attended,
        rate: pct(attended, sessions),
        months_below: months
            .iter()
            .filter(|(ms, ma)| pct(*ma, *ms) <= threshold_percent)
            .count() as u32,
    }
}

/// One facilitator's figures from their counts.
fn facilitator_attendance(facilitator: i64, counts: FacilitatorCounts) -> FacilitatorAttendance {
    let (people, sessions, attended, in_hours, hours_known) = counts;
    FacilitatorAttendance {
        facilitator,
        caseload: people.len() as u32,
        sessions,
        rate: pct(attended, sessions),
        working_hours_share: (hours_known > 0).then(|| pct(in_hours, hours_known)),
    }
}

/// participant → [(sessions, attended) per month], participants in id order.
fn months_per_participant(
    participant: &[i64],
    month: &[i32],
    present: &[bool],
) -> Vec<(i64, Vec<(u32, u32)>)> {
    let n = participant.len();
    // Sorting the rows by (participant, month) lets one pass count every participant-month
    // without a map per participant.
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&i| {
        let i = i as usize;
        (
            participant.get(i).copied().unwrap_or(0),
            month.get(i).copied().unwrap_or(0),
        )
    });
    // participant → [(sessions, attended) per month]
    let mut per: Vec<(i64, Vec<(u32, u32)>)> = Vec::new();
    let mut last: Option<(i64, i32)> = None;
    for &i in &order {
        let i = i as usize;
        let (p, m) = (
            participant.get(i).copied().unwrap_or(0),
            month.get(i).copied().unwrap_or(0),
        );
        let here = u32::from(present.get(i).copied().unwrap_or(false));
        if last.map(|(lp, _)| lp) != Some(p) {
            per.push((p, Vec::new()));
        }
        if last != Some((p, m)) {
            if let Some((_, months)) = per.last_mut() {
                months.push((0, 0));
            }
        }
        if let Some((_, months)) = per.last_mut() {
            if let Some(slot) = months.last_mut() {
                slot.0 += 1;
                slot.1 += here;
            }
        }
        last = Some((p, m));
    }
    per
}

/// What is counted per facilitator: participants, sessions, attended, in working hours, and
/// sessions whose hours are known.
type FacilitatorCounts = (std::collections::HashSet<i64>, u32, u32, u32, u32);

fn per_facilitator(
    participant: &[i64],
    facilitator: &[Option<i64>],
    present: &[bool],
    working_hours: &[Option<bool>],
) -> HashMap<i64, FacilitatorCounts> {
    // facilitator → (participants, sessions, attended, in working hours, hours known)
    let mut fac: HashMap<i64, FacilitatorCounts> = HashMap::new();
    let rows = participant
        .iter()
        .zip(facilitator)
        .zip(present)
        .zip(working_hours);
    for (((&p, &f), &here), &w) in rows {
        if let Some(f) = f {
            let e = fac.entry(f).or_default();
            e.0.insert(p);
            e.1 += 1;
            e.2 += u32::from(here);
            if let Some(w) = w {
                e.4 += 1;
                e.3 += u32::from(w);
            }
        }
    }
    fac
}

/// Counts of subjects per group, dimension and Sulistiyani stage reached (0: none yet).
pub fn stage_distribution(
    group: &[i64],
    dimension: &[u8],
    reached: &[Option<u8>],
) -> Result<Vec<(i64, u8, u8, u64)>, RegistryError> {
    let n = group.len();
    for (name, len) in [("dimension", dimension.len()), ("reached", reached.len())] {
        if len != n {
            return Err(RegistryError::LengthMismatch {
                column: name,
                expected: n,
                found: len,
            });
        }
    }
    let mut counts: BTreeMap<(i64, u8, u8), u64> = BTreeMap::new();
    for ((&g, &d), &r) in group.iter().zip(dimension).zip(reached) {
        *counts.entry((g, d, r.unwrap_or(0))).or_default() += 1;
    }
    Ok(counts
        .into_iter()
        .map(|((g, d, s), c)| (g, d, s, c))
        .collect())
}
