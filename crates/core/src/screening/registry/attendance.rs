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
/// Rows are grouped by sorting packed integer keys — participant, month, and the row's own
/// facts (present, in working hours, its facilitator's slot) — so that the pass over the
/// sorted keys reads nothing else: no comparator reading the columns, no look-up of a row's
/// facts in a column out of order (on shuffled rows, a cache miss each). Memory besides the
/// input columns: the keys (16 bytes a row) and one small record per participant and per
/// facilitator. (With more than 536,870,911 distinct facilitators, the keys carry the row
/// instead and its facts are looked up.)
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
    if let Some(out) = packed(
        participant,
        facilitator,
        month,
        present,
        working_hours,
        threshold_percent,
        NO_SLOT,
    ) {
        return Ok(out);
    }
    let order = sorted_rows(participant, month);
    let per = months_per_participant(&order, present);
    let people = per
        .into_iter()
        .map(|(p, months)| participant_attendance(p, &months, threshold_percent))
        .collect();
    let fac = per_facilitator(&order, facilitator, present, working_hours);
    Ok((people, by_facilitator(fac)))
}

/// Each facilitator's figures from their counts, in id order.
fn by_facilitator(
    counts: impl IntoIterator<Item = (i64, FacilitatorCounts)>,
) -> Vec<FacilitatorAttendance> {
    let mut facilitators: Vec<FacilitatorAttendance> = counts
        .into_iter()
        .map(|(f, c)| facilitator_attendance(f, c))
        .collect();
    facilitators.sort_by_key(|f| f.facilitator);
    facilitators
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
    let months_below = months
        .iter()
        .filter(|(ms, ma)| pct(*ma, *ms) <= threshold_percent)
        .count() as u32;
    finished(participant, sessions, attended, months_below)
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

/// The facilitator slot of a row without a facilitator; also the most slots a packed key holds.
const NO_SLOT: u32 = (1 << 29) - 1;

/// Entries of [`packed`]'s cache of recently met facilitators (the top 12 bits of a hash).
const RECENT: usize = 1 << 12;

/// What a packed key's low 32 bits hold besides the facilitator's slot (bits 0–28).
const PRESENT: u32 = 1 << 31;
const HOURS_KNOWN: u32 = 1 << 30;
const IN_HOURS: u32 = 1 << 29;

/// [`attendance_compliance`] over keys that carry each row's facts: (participant, month) in
/// the top 96 bits as [`sorted_rows`] packs them, then present, hours known, in hours and the
/// facilitator's slot (first met first; `no_slot` for none). `None` when the rows have
/// more than `no_slot` distinct facilitators (the caller then keys the rows by position).
/// Linear besides the sort: a map look-up per cache miss at most, constant work per row.
fn packed(
    participant: &[i64],
    facilitator: &[Option<i64>],
    month: &[i32],
    present: &[bool],
    working_hours: &[Option<bool>],
    threshold_percent: f64,
    no_slot: u32,
) -> Option<(Vec<ParticipantAttendance>, Vec<FacilitatorAttendance>)> {
    let mut slots: HashMap<i64, u32> = HashMap::new();
    let mut ids: Vec<i64> = Vec::new();
    // Recently met facilitators, by a multiplicative hash of the id: rows out of order meet
    // a few thousand facilitators again and again, and a hit skips the map's hashing. (A
    // miss costs one map look-up, so ids chosen to collide cost no more than no cache.)
    let mut recent: Vec<Option<(i64, u32)>> = vec![None; RECENT];
    let mut keys: Vec<u128> = Vec::with_capacity(participant.len());
    let rows = participant
        .iter()
        .zip(month)
        .zip(facilitator)
        .zip(present)
        .zip(working_hours);
    for ((((p, m), f), here), hours) in rows {
        let slot = match *f {
            None => no_slot,
            Some(f) => {
                let at = ((f as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize;
                match recent.get(at).copied().flatten() {
                    Some((rf, s)) if rf == f => s,
                    _ => {
                        let s = match slots.get(&f) {
                            Some(s) => *s,
                            None => {
                                // A new facilitator: give up on packing only when its slot
                                // would be `no_slot` or past it.
                                let next =
                                    u32::try_from(ids.len()).ok().filter(|n| *n < no_slot)?;
                                slots.insert(f, next);
                                ids.push(f);
                                next
                            }
                        };
                        if let Some(r) = recent.get_mut(at) {
                            *r = Some((f, s));
                        }
                        s
                    }
                }
            }
        };
        let facts = slot
            | (PRESENT * u32::from(*here))
            | (HOURS_KNOWN * u32::from(hours.is_some()))
            | (IN_HOURS * u32::from(hours.unwrap_or(false)));
        keys.push(participant_month(*p, *m) | u128::from(facts));
    }
    if keys.windows(2).any(|w| w.first() > w.get(1)) {
        keys.sort_unstable();
    }
    drop(slots);
    let mut counts: Vec<FacilitatorCounts> = vec![FacilitatorCounts::default(); ids.len()];
    let mut people: Vec<ParticipantAttendance> = Vec::new();
    // The participant being counted: sessions, attended, months below; and its month's.
    let mut person: Option<(i64, u32, u32, u32)> = None;
    let mut month_counts: Option<(u128, u32, u32)> = None;
    let below = |(s, a): (u32, u32)| u32::from(pct(a, s) <= threshold_percent);
    // Per slot, the participant (numbered 1, 2, … in the sorted order) whose run last met it:
    // a facilitator adds to the caseload once per participant, in constant time however many
    // facilitators one participant has.
    let mut met_by: Vec<u64> = vec![0; ids.len()];
    let mut ordinal = 0u64;
    for k in keys {
        let (p, _, _) = unpack(k);
        let facts = k as u32;
        let here = u32::from(facts & PRESENT != 0);
        let this_month = k >> 32;
        if month_counts.is_some_and(|(m, _, _)| m != this_month) {
            if let (Some((_, s, a)), Some(person)) = (month_counts, person.as_mut()) {
                person.3 += below((s, a));
            }
            month_counts = None;
        }
        if person.is_some_and(|(q, ..)| q != p) {
            if let Some((q, s, a, b)) = person {
                people.push(finished(q, s, a, b));
            }
            person = None;
        }
        if person.is_none() {
            ordinal += 1;
        }
        let pe = person.get_or_insert((p, 0, 0, 0));
        pe.1 += 1;
        pe.2 += here;
        let mc = month_counts.get_or_insert((this_month, 0, 0));
        mc.1 += 1;
        mc.2 += here;
        let slot = facts & NO_SLOT;
        if slot == no_slot {
            continue;
        }
        let (Some(e), Some(met)) = (counts.get_mut(slot as usize), met_by.get_mut(slot as usize))
        else {
            continue;
        };
        if *met != ordinal {
            *met = ordinal;
            e.0 += 1;
        }
        e.1 += 1;
        e.2 += here;
        e.4 += u32::from(facts & HOURS_KNOWN != 0);
        e.3 += u32::from(facts & IN_HOURS != 0);
    }
    if let (Some((_, s, a)), Some(person)) = (month_counts, person.as_mut()) {
        person.3 += below((s, a));
    }
    if let Some((q, s, a, b)) = person {
        people.push(finished(q, s, a, b));
    }
    Some((people, by_facilitator(ids.into_iter().zip(counts))))
}

/// A participant's figures from their totals.
fn finished(
    participant: i64,
    sessions: u32,
    attended: u32,
    months_below: u32,
) -> ParticipantAttendance {
    ParticipantAttendance {
        participant,
        sessions,
        attended,
        rate: pct(attended, sessions),
        months_below,
    }
}

/// (participant, month) in the top 96 bits of a key, ordered as the numbers are: the
/// participant with its sign bit flipped in the top 64 bits, the month likewise in the next 32.
fn participant_month(p: i64, m: i32) -> u128 {
    (u128::from((p as u64) ^ (1 << 63)) << 64) | (u128::from((m as u32) ^ (1 << 31)) << 32)
}

/// Rows sorted by (participant, month) as packed keys: participant (sign bit flipped) in the
/// top 64 bits, month in the next 32, the row in the low 32 — one sort of plain integers.
fn sorted_rows(participant: &[i64], month: &[i32]) -> Vec<u128> {
    let mut keys: Vec<u128> = participant
        .iter()
        .zip(month)
        .enumerate()
        .map(|(row, (p, m))| participant_month(*p, *m) | row as u128)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Both ways of keying the rows — their facts in the key, or their position (the way
    /// taken when the facilitators are too many for the key's slot bits; here a limit of
    /// three slots forces it) — give the same figures, on rows out of order.
    #[test]
    fn facts_in_the_key_and_rows_looked_up_agree() {
        let n = 400usize;
        let mix = |i: usize, m: usize| (i.wrapping_mul(2_654_435_761) >> 7) % m;
        // Participants at the ends of `i64` too, several facilitators each, negative months.
        let extreme = [i64::MIN, i64::MAX, -1, 0];
        let participant: Vec<i64> = (0..n)
            .map(|i| match mix(i, 41) {
                k @ 37.. => extreme.get(k - 37).copied().unwrap_or(0),
                k => k as i64 - 5,
            })
            .collect();
        let facilitator: Vec<Option<i64>> = (0..n)
            .map(|i| (mix(i + 3, 7) != 0).then(|| (mix(i + 13, 5) as i64 - 2) * 1_000))
            .collect();
        let month: Vec<i32> = (0..n)
            .map(|i| mix(i + 11, 4) as i32 * 100_000 - 150_000)
            .collect();
        let present: Vec<bool> = (0..n).map(|i| mix(i + 5, 9) < 4).collect();
        let hours: Vec<Option<bool>> = (0..n)
            .map(|i| (mix(i + 7, 5) != 0).then(|| mix(i + 1, 3) == 0))
            .collect();
        let cols = (&participant, &facilitator, &month, &present, &hours);
        let run = |limit: u32| packed(cols.0, cols.1, cols.2, cols.3, cols.4, 50.0, limit);
        let wide = run(NO_SLOT).expect("five facilitators fit");
        assert!(run(3).is_none(), "five facilitators do not fit three slots");
        let by_rows = attendance_compliance(cols.0, cols.1, cols.2, cols.3, cols.4, 50.0);
        // `attendance_compliance` takes the packed way here; the row-keyed way, by hand:
        let order = sorted_rows(cols.0, cols.2);
        let people: Vec<ParticipantAttendance> = months_per_participant(&order, cols.3)
            .into_iter()
            .map(|(p, months)| participant_attendance(p, &months, 50.0))
            .collect();
        let facs = by_facilitator(per_facilitator(&order, cols.1, cols.3, cols.4));
        assert_eq!(wide, (people.clone(), facs.clone()));
        assert_eq!(by_rows.ok(), Some((people, facs)));
        assert!(wide
            .0
            .iter()
            .any(|p| p.months_below > 0 && p.months_below < 4));
        assert_eq!(wide.1.len(), 5);
        assert!(wide.0.iter().any(|p| p.participant == i64::MIN));
        assert!(wide.0.iter().any(|p| p.participant == i64::MAX));
        // Several facilitators per participant: caseloads are distinct participants, fewer
        // than the rows each facilitator has.
        assert!(wide.1.iter().all(|f| f.caseload < f.sessions));
        assert!(wide.1.iter().map(|f| f.caseload).sum::<u32>() > 41);
    }
}
