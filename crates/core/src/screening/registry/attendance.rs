//! Attendance compliance per participant and facilitator, and Sulistiyani stage counts, over
//! columns of attendance or progression rows.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::screening::registry::error::RegistryError;

/// Attendance of one participant.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::attendance_compliance;
/// // Participant 1 with facilitator 9: two meetings in January, one in February.
/// let (participant, facilitator) = ([1, 1, 1], [Some(9); 3]);
/// let month = [202401, 202401, 202402];
/// let present = [true, false, false];
/// let (people, facilitators) =
///     attendance_compliance(&participant, &facilitator, &month, &present, &[None; 3], 50.0)?;
/// let p = &people[0];
/// assert_eq!((p.sessions, p.attended), (3, 1));
/// // January at 50 % and February at 0 % are both at or below the 50 % line.
/// assert_eq!(p.months_below, 2);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
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
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::attendance_compliance;
/// // Participant 1 with facilitator 9: two meetings in January, one in February.
/// let (participant, facilitator) = ([1, 1, 1], [Some(9); 3]);
/// let month = [202401, 202401, 202402];
/// let present = [true, false, false];
/// let (people, facilitators) =
///     attendance_compliance(&participant, &facilitator, &month, &present, &[None; 3], 50.0)?;
/// let f = &facilitators[0];
/// assert_eq!((f.facilitator, f.caseload, f.sessions), (9, 1, 3));
/// // Whether meetings fell in working hours was not recorded: no share, not 0 %.
/// assert_eq!(f.working_hours_share, None);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
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
/// Rows are grouped by sorting packed integer keys (participant, month, row) — no
/// comparator reading the columns, no set per facilitator. Memory besides the input columns:
/// the keys (16 bytes a row) and one small record per participant-month and per facilitator.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::attendance_compliance;
/// // Participant 1 with facilitator 9: two meetings in January, one in February.
/// let (participant, facilitator) = ([1, 1, 1], [Some(9); 3]);
/// let month = [202401, 202401, 202402];
/// let present = [true, false, false];
/// let (people, facilitators) =
///     attendance_compliance(&participant, &facilitator, &month, &present, &[None; 3], 50.0)?;
/// assert!((people[0].rate - 100.0 / 3.0).abs() < 1e-9);
/// // A column of another length is refused, naming it.
/// let short = attendance_compliance(&participant, &facilitator, &month, &present, &[], 50.0);
/// assert_eq!(short.unwrap_err().path(), "in_working_hours");
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
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
    let order = sorted_rows(participant, month);
    let per = months_per_participant(&order, present);
    let people = per
        .into_iter()
        .map(|(p, months)| participant_attendance(p, &months, threshold_percent))
        .collect();
    let fac = per_facilitator(&order, facilitator, present, working_hours);
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
    let (caseload, sessions, attended, in_hours, hours_known) = counts;
    FacilitatorAttendance {
        facilitator,
        caseload,
        sessions,
        rate: pct(attended, sessions),
        working_hours_share: (hours_known > 0).then(|| pct(in_hours, hours_known)),
    }
}

/// Rows sorted by (participant, month) as packed keys: participant (sign bit flipped) in the
/// top 64 bits, month in the next 32, the row in the low 32 — one sort of plain integers.
fn sorted_rows(participant: &[i64], month: &[i32]) -> Vec<u128> {
    let mut keys: Vec<u128> = participant
        .iter()
        .zip(month)
        .enumerate()
        .map(|(row, (p, m))| {
            (u128::from((*p as u64) ^ (1 << 63)) << 64)
                | (u128::from((*m as u32) ^ (1 << 31)) << 32)
                | row as u128
        })
        .collect();
    // Already in order (an export sorted by participant and month): one pass tells.
    if keys.windows(2).any(|w| w.first() > w.get(1)) {
        keys.sort_unstable();
    }
    keys
}

/// The participant, month and row of a packed key.
fn unpack(k: u128) -> (i64, i32, usize) {
    (
        ((k >> 64) as u64 ^ (1 << 63)) as i64,
        ((k >> 32) as u32 ^ (1 << 31)) as i32,
        (k as u32) as usize,
    )
}

/// participant → [(sessions, attended) per month], participants in id order.
fn months_per_participant(order: &[u128], present: &[bool]) -> Vec<(i64, Vec<(u32, u32)>)> {
    let mut per: Vec<(i64, Vec<(u32, u32)>)> = Vec::new();
    let mut last: Option<(i64, i32)> = None;
    for &k in order {
        let (p, m, i) = unpack(k);
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
type FacilitatorCounts = (u32, u32, u32, u32, u32);

/// Counts per facilitator over the rows in participant order: a participant's rows are
/// together, so each (participant, facilitator) pair adds one to the caseload when first met
/// in the participant's run, and the facilitator's slot is looked up only when it changes.
fn per_facilitator(
    order: &[u128],
    facilitator: &[Option<i64>],
    present: &[bool],
    working_hours: &[Option<bool>],
) -> Vec<(i64, FacilitatorCounts)> {
    let mut slots: HashMap<i64, usize> = HashMap::new();
    let mut counts: Vec<(i64, FacilitatorCounts)> = Vec::new();
    let mut run: Option<i64> = None;
    let mut met: Vec<i64> = Vec::new(); // facilitators met in this participant's run
    let mut last: Option<(i64, usize)> = None;
    for &k in order {
        let (p, _, i) = unpack(k);
        let Some(f) = facilitator.get(i).copied().flatten() else {
            continue;
        };
        if run != Some(p) {
            run = Some(p);
            met.clear();
        }
        let slot = match last {
            Some((lf, s)) if lf == f => s,
            _ => {
                let next = counts.len();
                let s = *slots.entry(f).or_insert(next);
                if s == next {
                    counts.push((f, FacilitatorCounts::default()));
                }
                last = Some((f, s));
                s
            }
        };
        let Some((_, e)) = counts.get_mut(slot) else {
            continue;
        };
        if !met.contains(&f) {
            met.push(f);
            e.0 += 1;
        }
        e.1 += 1;
        e.2 += u32::from(present.get(i).copied().unwrap_or(false));
        if let Some(w) = working_hours.get(i).copied().flatten() {
            e.4 += 1;
            e.3 += u32::from(w);
        }
    }
    counts
}

/// Counts of subjects per group, dimension and Sulistiyani stage reached (0: none yet).
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::stage_distribution;
/// // Group 5, dimension 0: two subjects at stage 2, one not assessed (counted at 0).
/// let counts = stage_distribution(&[5, 5, 5], &[0, 0, 0], &[Some(2), None, Some(2)])?;
/// assert_eq!(counts, [(5, 0, 0, 1), (5, 0, 2, 2)]);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
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
