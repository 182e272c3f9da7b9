//! A rule compiled once into a plan over whole columns.
//!
//! Each criterion becomes a kernel: a few integer comparisons per row that give a small
//! *state* (unknown, or one of at most three outcomes), read from value buffers and validity
//! bitmaps (widened eight rows at a time, no branch per row), then mapped by four selects to
//! the reason code and the verdict. The outcomes come from [`Criterion::judge_fact`] itself,
//! probed once per state at compile time, so the words of each criterion are still written
//! in one place; code columns (sex, marital status) are judged once per code, not once per
//! row. Rows are processed in chunks of [`CHUNK`] so every intermediate stays in cache. Each
//! criterion's verdicts are bytes with one bit per verdict (pass 1, unknown 2, fail 4), so
//! the rule's three-valued logic is an OR over its children's bytes and one branch-free map
//! per node — byte-wide passes the compiler vectorises, 16 rows or more per instruction —
//! and the eligibility codes are one select per row.
//!
//! Outputs are `u8` codes per row — a position in [`Reason::ALL`] and [`Eligibility::ALL`],
//! one shared static dictionary each — so nothing is allocated per row; the optional
//! failed-criteria mask is written at the width its Arrow column has ([`FailedMask`]).

use chrono::NaiveDate;

use crate::model::date::age_on;
use crate::model::participant::{MaritalStatus, Sex, SocialAssistance, AGE_RANGE};
use crate::screening::eligibility::{Criterion, Eligibility, Fact, Reason, Rule, Verdict};
use crate::screening::registry::batch::{
    date_of, days_of, validity_word, with_keys, Bitmap, DictionaryKeys, FlagColumn, IntColumn,
    IntValues, RegistryBatch, DICTIONARY_VALUES, NULL_CODE,
};
use crate::screening::registry::cpu::{prefetch_block, with_avx2, AHEAD};
use crate::screening::registry::error::RegistryError;

/// Rows per chunk: a multiple of 64 (one validity word) whose scratch (a byte per row for
/// each criterion, the states and the root: 56 KB for the WRSE rule) and input (~150 KB for
/// WRSE) stay in a core's L2. Longer runs of each column than 2,048 rows (the earlier size)
/// give the hardware's prefetch more to stream when the batch comes from memory: the whole
/// WRSE rule 2.34 -> 1.88 ns a row (core profile, 10M rows, interleaved twice; the Python
/// path, whose parts are already in cache from their checks, unchanged within noise).
pub const CHUNK: usize = 8192;

/// The verdict byte of a state: pass 1, unknown 2, fail 4, so that OR-ing a rule's children
/// tells which verdicts occur.
fn verdict_byte(v: Verdict) -> u8 {
    match v {
        Verdict::Pass => 1,
        Verdict::Unknown => 2,
        _ => 4,
    }
}

/// The position of `r` in [`Reason::ALL`]: its code in the reason dictionary.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Reason;
/// use berdaya::screening::registry::reason_code;
/// // A code leads back to its reason: the engine's columns hold these bytes.
/// for r in Reason::ALL {
///     assert_eq!(Reason::ALL[usize::from(reason_code(*r))], *r);
/// }
/// ```
pub fn reason_code(r: Reason) -> u8 {
    Reason::ALL
        .iter()
        .position(|x| *x == r)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(0)
}

/// The position of `e` in [`Eligibility::ALL`]: its code in the eligibility dictionary.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Eligibility;
/// use berdaya::screening::registry::eligibility_code;
/// for e in Eligibility::ALL {
///     assert_eq!(Eligibility::ALL[usize::from(eligibility_code(*e))], *e);
/// }
/// ```
pub fn eligibility_code(e: Eligibility) -> u8 {
    Eligibility::ALL
        .iter()
        .position(|x| *x == e)
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(0)
}

/// Whether every code is below `n`: codes that index a dictionary of `n` values. One
/// reduction the compiler vectorises, for a binding that hands the codes to Arrow unchecked.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::Reason;
/// use berdaya::screening::registry::{all_below, reason_code};
/// let codes = [reason_code(Reason::ALL[0]), 1, 0];
/// assert!(all_below(&codes, Reason::ALL.len()));
/// // A code past the dictionary's values: not below.
/// assert!(!all_below(&[0, 2], 2));
/// assert!(all_below(&[], 0), "no code, nothing past the end");
/// ```
pub fn all_below(codes: &[u8], n: usize) -> bool {
    let greatest = codes.iter().fold(0u8, |m, c| m.max(*c));
    codes.is_empty() || usize::from(greatest) < n
}

/// Per state (0–3), the reason code and verdict byte.
#[derive(Clone, Copy, Debug, Default)]
struct Outcomes {
    reason: [u8; 4],
    verdict: [u8; 4],
}

impl Outcomes {
    /// Probes the criterion with one fact per state.
    fn probe(c: &Criterion, facts: [Fact; 4]) -> Self {
        let mut o = Outcomes::default();
        for ((r, v), f) in o.reason.iter_mut().zip(&mut o.verdict).zip(facts) {
            let (verdict, reason) = c.judge_fact(f);
            *r = reason_code(reason);
            *v = verdict_byte(verdict);
        }
        o
    }
}

/// Which column a flag criterion reads.
#[derive(Clone, Copy, Debug)]
enum FlagOf {
    Head,
    Breadwinner,
    Elderly,
    Disabled,
    Business,
    Database,
}

/// One criterion's kernel.
#[derive(Clone, Debug)]
enum Kernel {
    /// Sex or marital status: per code (0–254, [`NULL_CODE`]), the outcome as one `u16`
    /// (reason code in the low byte, verdict byte in the high), so a row costs one lookup.
    Code {
        marital: bool,
        outcome: Box<[u16; 256]>,
    },
    /// A yes/no column; state = valid·2 + value.
    Flag(FlagOf, Outcomes),
    /// Income below a limit; state 0 unknown, 1 below, 2 or 3 at or above.
    Income(i64, Outcomes),
    /// Age in `min..=max`; state 0 unknown, 1 below, 2 within, 3 above. A birth date is
    /// compared with the latest birth days that give at least `min` and `max + 1` years.
    Age {
        min: i64,
        max: i64,
        born_by_min: i64,
        born_by_above: i64,
        outcomes: Outcomes,
    },
    /// Receives any of the assistance bits; state 0 not recorded (no column, or
    /// [`SocialAssistance::NOT_RECORDED`] and none of the bits), 1 some, 2 recorded none.
    Assistance(u16, Outcomes),
    /// The same outcome on every row (a criterion no registry column supplies).
    Constant(u8, u8),
}

/// The latest birth day (days since 1970) that is at least `years` old on `on`; `i64::MIN`
/// when none is. Found by bisection on [`age_on`] itself, which falls as the birth day rises.
fn born_by(years: i64, on: NaiveDate) -> i64 {
    let age = |d: i64| date_of(d).map(|b| i64::from(age_on(b, on)));
    let (mut lo, mut hi) = (days_of(NaiveDate::MIN), days_of(on));
    if age(lo).is_none_or(|a| a < years) {
        return i64::MIN;
    }
    if age(hi).is_some_and(|a| a >= years) {
        // Born after `on` would be a negative age; `on` itself gives 0.
        return hi;
    }
    // age(lo) >= years > age(hi)
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if age(mid).is_some_and(|a| a >= years) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Reason code and verdict byte as one `u16` (reason low, verdict high).
fn pair(reason: u8, verdict: u8) -> u16 {
    u16::from_le_bytes([reason, verdict])
}

fn code_table<T: Copy>(
    c: &Criterion,
    all: &[T],
    fact: impl Fn(Option<T>) -> Fact,
) -> Box<[u16; 256]> {
    let unknown = Outcomes::probe(c, [fact(None); 4]);
    let mut outcome = Box::new([pair(unknown.reason[0], unknown.verdict[0]); 256]);
    for (o, x) in outcome.iter_mut().zip(all) {
        let (vd, rs) = c.judge_fact(fact(Some(*x)));
        *o = pair(reason_code(rs), verdict_byte(vd));
    }
    outcome
}

impl Kernel {
    fn compile(c: &Criterion, on: NaiveDate) -> Kernel {
        use Fact::Flag as F;
        let flag = |of: FlagOf| {
            let o = Outcomes::probe(c, [F(None), F(None), F(Some(false)), F(Some(true))]);
            Kernel::Flag(of, o)
        };
        match c {
            Criterion::Sex { .. } => Kernel::Code {
                marital: false,
                outcome: code_table(c, Sex::ALL, Fact::Sex),
            },
            Criterion::MaritalStatusIn { .. } => Kernel::Code {
                marital: true,
                outcome: code_table(c, MaritalStatus::ALL, Fact::MaritalStatus),
            },
            Criterion::AgeBetween { min, max } => {
                let a = |x: i32| Fact::Age(Some(x));
                let outcomes = Outcomes::probe(
                    c,
                    [
                        Fact::Age(None),
                        a(min.saturating_sub(1)),
                        a(*min),
                        a(max.saturating_add(1)),
                    ],
                );
                Kernel::Age {
                    min: i64::from(*min),
                    max: i64::from(*max),
                    born_by_min: born_by(i64::from(*min), on),
                    born_by_above: born_by(i64::from(*max) + 1, on),
                    outcomes,
                }
            }
            Criterion::HouseholdHead => flag(FlagOf::Head),
            Criterion::MainBreadwinner => flag(FlagOf::Breadwinner),
            Criterion::NoElderlyMember => flag(FlagOf::Elderly),
            Criterion::NoDisabledMember => flag(FlagOf::Disabled),
            Criterion::HasBusiness => flag(FlagOf::Business),
            Criterion::InIntegratedDatabase => flag(FlagOf::Database),
            Criterion::IncomeBelow { limit } => {
                let i = |x: i64| Fact::Income(Some(x));
                let o = Outcomes::probe(
                    c,
                    [
                        Fact::Income(None),
                        i(limit.0.saturating_sub(1)),
                        i(limit.0),
                        i(limit.0),
                    ],
                );
                Kernel::Income(limit.0, o)
            }
            Criterion::ReceivesAssistance { any_of } => {
                let bits = any_of.iter().fold(0, |m, a| m | a.bit());
                let f = Fact::Assistance;
                let unknown = f(SocialAssistance::NOT_RECORDED);
                Kernel::Assistance(bits, Outcomes::probe(c, [unknown, f(bits), f(0), f(0)]))
            }
            // The registry carries no site column: the location is unknown, never a pass.
            Criterion::DesignatedSite { .. } => {
                let (v, r) = c.judge_fact(Fact::Site(None));
                Kernel::Constant(reason_code(r), verdict_byte(v))
            }
        }
    }
}

/// Maps states through outcome tables (states are masked to 0–3): four selects per row,
/// no table lookup, so the loop runs 16 or more rows per instruction.
#[inline(always)]
fn emit(states: &[u8], o: &Outcomes, reasons: &mut [u8], verdicts: &mut [u8]) {
    let [r0, r1, r2, r3] = o.reason;
    let [v0, v1, v2, v3] = o.verdict;
    for ((s, r), v) in states
        .iter()
        .zip(reasons.iter_mut())
        .zip(verdicts.iter_mut())
    {
        let s = *s & 3;
        let m = |k: u8| 0u8.wrapping_sub(u8::from(s == k));
        let (m0, m1, m2, m3) = (m(0), m(1), m(2), m(3));
        *r = (r0 & m0) | (r1 & m1) | (r2 & m2) | (r3 & m3);
        *v = (v0 & m0) | (v1 & m1) | (v2 & m2) | (v3 & m3);
    }
}

/// `EXPAND[b]`: byte `i` is bit `i` of `b` (0 or 1), to widen a bitmap eight rows at a time.
// Evaluated at compile time: an index out of bounds would fail the build, never panic.
#[allow(clippy::indexing_slicing)]
const EXPAND: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let mut i = 0;
        let mut w = 0u64;
        while i < 8 {
            w |= ((b as u64 >> i) & 1) << (8 * i);
            i += 1;
        }
        t[b] = w;
        b += 1;
    }
    t
};

/// Bits `8g..8g + 8` of `word` as eight bytes of 0 or 1.
#[inline(always)]
fn widen(word: u64, g: usize) -> u64 {
    EXPAND
        .get(((word >> (8 * g)) & 0xff) as usize)
        .copied()
        .unwrap_or(0)
}

/// The 64 validity bits of rows `at..` as 64 bytes of 0 or 1.
#[inline(always)]
pub(crate) fn validity_bytes(word: u64) -> [u8; 64] {
    let mut out = [0u8; 64];
    for (g, eight) in out.chunks_exact_mut(8).enumerate() {
        eight.copy_from_slice(&widen(word, g).to_le_bytes());
    }
    out
}

/// States of a flag column over rows `start..start + states.len()`: valid·2 + value, eight
/// rows at a time from the bitmaps' words.
#[inline(always)]
fn flag_states(col: Option<&FlagColumn<'_>>, start: usize, states: &mut [u8]) {
    let Some(col) = col else {
        states.fill(0);
        return;
    };
    for (block, out) in states.chunks_mut(64).enumerate() {
        let at = start + block * 64;
        let value = col.values.word(at);
        let valid = validity_word(col.validity.as_ref(), at);
        let mut bytes = [0u8; 64];
        for (g, eight) in bytes.chunks_exact_mut(8).enumerate() {
            let s = (widen(valid, g) << 1) | widen(value, g);
            eight.copy_from_slice(&s.to_le_bytes());
        }
        // A whole block as one fixed-size copy (a chunk's last block may be shorter): a copy
        // of a length the compiler cannot see was a call to memmove every eight rows.
        match <&mut [u8; 64]>::try_from(&mut *out) {
            Ok(whole) => *whole = bytes,
            Err(_) => out.copy_from_slice(bytes.get(..out.len()).unwrap_or_default()),
        }
    }
}

/// A value type compared in its own width (SSE2 has 32-bit compares, not 64-bit ones).
trait Native: Copy + PartialOrd {
    /// `t` as a threshold of this type and 1 when some value can reach `v >= t` (else 0).
    fn threshold(t: i64) -> (Self, u8);
}

impl Native for i64 {
    #[inline(always)]
    fn threshold(t: i64) -> (i64, u8) {
        (t, 1)
    }
}

impl Native for i32 {
    #[inline(always)]
    fn threshold(t: i64) -> (i32, u8) {
        match i32::try_from(t) {
            Ok(t) => (t, 1),
            // Below every value: all reach it; above every value: none does.
            Err(_) if t < 0 => (i32::MIN, 1),
            Err(_) => (i32::MAX, 0),
        }
    }
}

/// `1 + [v ≥ t0] + [v ≥ t1]` for valid rows, 0 for null ones, over rows `start..`: the
/// validity bits widened to bytes first and the values compared in their own width, so the
/// loop has neither a shift nor a widening per row.
#[inline(always)]
fn int_states(col: Option<&IntColumn<'_>>, start: usize, states: &mut [u8], t: (i64, i64)) {
    #[inline(always)]
    fn run<T: Native>(
        values: &[T],
        validity: Option<&Bitmap<'_>>,
        start: usize,
        states: &mut [u8],
        (t0, t1): (i64, i64),
    ) {
        let ((a, pa), (b, pb)) = (T::threshold(t0), T::threshold(t1));
        let values = values.get(start..).unwrap_or_default();
        for (block, (out, vals)) in states.chunks_mut(64).zip(values.chunks(64)).enumerate() {
            prefetch_block(values, block * 64 + AHEAD);
            let valid = match validity {
                Some(b) => validity_bytes(b.word(start + block * 64)),
                None => [1u8; 64],
            };
            for ((s, v), &ok) in out.iter_mut().zip(vals).zip(&valid) {
                let state = 1 + (u8::from(*v >= a) & pa) + (u8::from(*v >= b) & pb);
                *s = state & 0u8.wrapping_sub(ok);
            }
        }
    }
    let Some(c) = col else {
        states.fill(0);
        return;
    };
    match c.values {
        IntValues::I64(v) => run(v, c.validity.as_ref(), start, states, t),
        IntValues::I32(v) => run(v, c.validity.as_ref(), start, states, t),
    }
}

/// Age states: from the birth date where one is recorded, else from the age.
#[inline(always)]
fn age_states(
    b: &RegistryBatch<'_>,
    (min, max): (i64, i64),
    (born_by_min, born_by_above): (i64, i64),
    start: usize,
    states: &mut [u8],
) {
    // 1 below, 2 within, 3 above.
    int_states(b.age.as_ref(), start, states, (min, max.saturating_add(1)));
    let Some(birth) = b.birth_date else {
        return;
    };
    // Born on or before `born_by_x` ⟺ not on or after `born_by_x + 1`: 32-bit compares.
    let (young, pyoung) = i32::threshold(born_by_min.saturating_add(1));
    let (old, pold) = i32::threshold(born_by_above.saturating_add(1));
    let days = birth.days.get(start..).unwrap_or_default();
    for (block, (out, ds)) in states.chunks_mut(64).zip(days.chunks(64)).enumerate() {
        prefetch_block(days, block * 64 + AHEAD);
        let valid = match birth.validity.as_ref() {
            Some(b) => validity_bytes(b.word(start + block * 64)),
            None => [1u8; 64],
        };
        for ((s, d), &ok) in out.iter_mut().zip(ds).zip(&valid) {
            let by_birth = 3 - (u8::from(*d >= young) & pyoung) - (u8::from(*d >= old) & pold);
            let keep = 0u8.wrapping_sub(ok);
            *s = (by_birth & keep) | (*s & !keep);
        }
    }
}

/// The outcome of a dictionary key outside the values: verdict byte 0, which no criterion
/// gives, so a pass over the verdicts tells whether a non-null row had one.
const OUTSIDE: u16 = 0;

/// Dictionaries of at most this many values are judged by one select per value and row
/// (vectorised), larger ones by a table lookup per row.
const FEW_VALUES: usize = 8;

/// A code kernel's outcome per key of one batch's dictionary column ([`DictionaryKeys`]):
/// each value judged once, through its code.
#[derive(Clone, Debug)]
struct KeyOutcomes {
    /// Per key byte (a key below zero or above 255 is byte 255), the outcome pair; keys at or
    /// past the values (at most [`DICTIONARY_VALUES`], so byte 255 is always one) get
    /// [`OUTSIDE`].
    by_key: Box<[u16; 256]>,
    /// The outcome of a null row, whatever its key.
    null: u16,
    /// Values in the dictionary.
    values: usize,
}

impl KeyOutcomes {
    fn new(outcome: &[u16; 256], keys: &DictionaryKeys<'_>) -> Self {
        let of = |code: u8| outcome.get(usize::from(code)).copied().unwrap_or(OUTSIDE);
        let mut by_key = Box::new([OUTSIDE; 256]);
        for (o, code) in by_key.iter_mut().zip(keys.codes).take(DICTIONARY_VALUES) {
            *o = of(*code);
        }
        KeyOutcomes {
            by_key,
            null: of(NULL_CODE),
            values: keys.codes.len(),
        }
    }
}

/// The few-values path's state of a null row; a key outside the values has the state
/// `values` (at most [`FEW_VALUES`]), a key inside its own value.
const NULL_STATE: u8 = FEW_VALUES as u8 + 1;

/// `0, 1, …`: the states the few-values path compares each row's with.
const STATES: [u8; FEW_VALUES + 2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/// Reason codes and verdict bytes of rows `start..start + reasons.len()` of a dictionary
/// column, straight from its keys (`byte`: a key as an index into the 256 entries) and
/// validity; whether a non-null row's key was outside the values. A dictionary of at most
/// [`FEW_VALUES`] values takes two byte-wide passes the compiler vectorises — each row's
/// state (its key clamped to `values`, or [`NULL_STATE`]), then one select per state — a
/// larger one a table lookup per row.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn judge_keys<K: Copy>(
    keys: &[K],
    validity: Option<&Bitmap<'_>>,
    start: usize,
    t: &KeyOutcomes,
    byte: impl Fn(K) -> u8,
    states: &mut [u8],
    reasons: &mut [u8],
    verdicts: &mut [u8],
) -> bool {
    // From `start` to the column's end: the rows to prefetch run past this chunk's.
    let ahead = keys.get(start..).unwrap_or_default();
    let keys = keys.get(start..start + reasons.len()).unwrap_or_default();
    let valid_at = |block: usize| match validity {
        Some(b) => validity_bytes(b.word(start + block * 64)),
        None => [1u8; 64],
    };
    if t.values <= FEW_VALUES {
        let outside = t.values as u8;
        for (block, (out, ks)) in states.chunks_mut(64).zip(keys.chunks(64)).enumerate() {
            prefetch_block(ahead, block * 64 + AHEAD);
            let valid = valid_at(block);
            for ((s, k), &ok) in out.iter_mut().zip(ks).zip(&valid) {
                let keep = 0u8.wrapping_sub(ok);
                *s = (byte(*k).min(outside) & keep) | (NULL_STATE & !keep);
            }
        }
        // Per state its outcome: the values', then OUTSIDE up to the null state's.
        let (mut by_r, mut by_v) = ([0u8; FEW_VALUES + 2], [0u8; FEW_VALUES + 2]);
        for ((r, v), o) in by_r.iter_mut().zip(&mut by_v).zip(t.by_key.iter()) {
            [*r, *v] = o.to_le_bytes();
        }
        if let (Some(r), Some(v)) = (by_r.last_mut(), by_v.last_mut()) {
            [*r, *v] = t.null.to_le_bytes();
        }
        select(states, (&by_r, &by_v), reasons, verdicts);
        return states
            .iter()
            .fold(0u8, |any, s| any | u8::from(*s == outside))
            != 0;
    }
    let mut outside = 0u8;
    let blocks = keys
        .chunks(64)
        .zip(reasons.chunks_mut(64))
        .zip(verdicts.chunks_mut(64))
        .enumerate();
    for (block, ((ks, rs), vs)) in blocks {
        prefetch_block(ahead, block * 64 + AHEAD);
        let valid = valid_at(block);
        for (((k, &ok), r), v) in ks.iter().zip(&valid).zip(rs).zip(vs) {
            // A `u8` always indexes the 256 entries: the check compiles away.
            let o = t
                .by_key
                .get(usize::from(byte(*k)))
                .copied()
                .unwrap_or(OUTSIDE);
            let keep = 0u16.wrapping_sub(u16::from(ok));
            let [reason, verdict] = ((o & keep) | (t.null & !keep)).to_le_bytes();
            *r = reason;
            *v = verdict;
            outside |= u8::from(verdict == 0);
        }
    }
    outside != 0
}

/// Per row its state's reason code and verdict byte (`by.0[state]`, `by.1[state]`): one
/// select per state and row, vectorised; states are at most [`FEW_VALUES`] + 1.
#[inline(always)]
fn select(
    states: &[u8],
    by: (&[u8; FEW_VALUES + 2], &[u8; FEW_VALUES + 2]),
    reasons: &mut [u8],
    verdicts: &mut [u8],
) {
    for ((s, r), v) in states
        .iter()
        .zip(reasons.iter_mut())
        .zip(verdicts.iter_mut())
    {
        let (mut kr, mut kv) = (0u8, 0u8);
        for ((a, b), j) in by.0.iter().zip(by.1).zip(&STATES) {
            let m = 0u8.wrapping_sub(u8::from(*s == *j));
            kr |= a & m;
            kv |= b & m;
        }
        *r = kr;
        *v = kv;
    }
}

/// Reason codes and verdict bytes of rows of a code column (positions in the enum's `ALL`
/// list of `values` values, anything else unknown: [`NULL_CODE`], or a code past the list)
/// through the criterion's `outcome` per code, in which every code from `values` on has the
/// unknown outcome. With at most [`FEW_VALUES`] values, each row's state is its code clamped
/// to `values` and the outcomes are selects (vectorised); else a table lookup per row.
#[inline(always)]
fn judge_codes(
    codes: &[u8],
    outcome: &[u16; 256],
    values: usize,
    states: &mut [u8],
    reasons: &mut [u8],
    verdicts: &mut [u8],
) {
    if values <= FEW_VALUES {
        let top = values as u8;
        for (s, k) in states.iter_mut().zip(codes) {
            *s = (*k).min(top);
        }
        let (mut by_r, mut by_v) = ([0u8; FEW_VALUES + 2], [0u8; FEW_VALUES + 2]);
        for ((r, v), o) in by_r.iter_mut().zip(&mut by_v).zip(outcome.iter()) {
            [*r, *v] = o.to_le_bytes();
        }
        select(states, (&by_r, &by_v), reasons, verdicts);
        return;
    }
    for ((k, r), v) in codes.iter().zip(reasons.iter_mut()).zip(verdicts) {
        // A `u8` always indexes the 256 entries: the check compiles away.
        let o = outcome.get(usize::from(*k)).copied().unwrap_or(0);
        [*r, *v] = o.to_le_bytes();
    }
}

/// A dictionary key as an index into a [`KeyOutcomes`]' 256 entries: a key that is negative
/// or past 255 is byte 255, which is never a value's (a dictionary has at most
/// [`DICTIONARY_VALUES`] = 255, at bytes 0–254).
#[inline(always)]
fn key_byte<K: TryInto<u8>>(key: K) -> u8 {
    key.try_into().unwrap_or(u8::MAX)
}

/// The batch's keys of marital status (`marital`) or of sex, when it gives that column as keys.
fn keys_of<'a>(b: &RegistryBatch<'a>, marital: bool) -> Option<DictionaryKeys<'a>> {
    if marital {
        b.marital_status_keys
    } else {
        b.sex_keys
    }
}

impl Kernel {
    /// The outcomes per key of the dictionary column this kernel reads, when the batch gives
    /// that column as keys.
    fn key_outcomes(&self, b: &RegistryBatch<'_>) -> Option<KeyOutcomes> {
        match self {
            Kernel::Code { marital, outcome } => {
                let keys = keys_of(b, *marital);
                keys.map(|k| KeyOutcomes::new(outcome, &k))
            }
            _ => None,
        }
    }
}

impl Kernel {
    /// Writes the reason codes and verdict bytes of rows `start..start + reasons.len()`;
    /// `keyed` holds the outcomes per key when the batch gives the kernel's column as
    /// dictionary keys. Whether a non-null row's key was outside its dictionary.
    #[inline(always)]
    fn run(
        &self,
        b: &RegistryBatch<'_>,
        keyed: Option<&KeyOutcomes>,
        start: usize,
        states: &mut [u8],
        reasons: &mut [u8],
        verdicts: &mut [u8],
    ) -> bool {
        let len = reasons.len();
        match self {
            Kernel::Code { marital, outcome } => {
                let keys = keys_of(b, *marital);
                if let (Some(k), Some(t)) = (keys, keyed) {
                    let valid = k.validity.as_ref();
                    // Each key as an index into the 256 entries (`key_byte`). Not `as u8`:
                    // -100 would become 156 and 257 would become 1, perhaps values.
                    return with_keys!(k.keys, v => judge_keys(
                        v,
                        valid,
                        start,
                        t,
                        key_byte,
                        states,
                        reasons,
                        verdicts,
                    ));
                }
                let col = if *marital { b.marital_status } else { b.sex };
                let codes = col.and_then(|c| c.get(start..start + len));
                match codes {
                    Some(codes) => {
                        let values = if *marital {
                            MaritalStatus::ALL.len()
                        } else {
                            Sex::ALL.len()
                        };
                        judge_codes(codes, outcome, values, states, reasons, verdicts);
                    }
                    None => {
                        let o = outcome.get(usize::from(NULL_CODE)).copied().unwrap_or(0);
                        let [reason, verdict] = o.to_le_bytes();
                        reasons.fill(reason);
                        verdicts.fill(verdict);
                    }
                }
            }
            Kernel::Flag(of, o) => {
                let col = match of {
                    FlagOf::Head => b.household_head,
                    FlagOf::Breadwinner => b.main_breadwinner,
                    FlagOf::Elderly => b.household_has_elderly,
                    FlagOf::Disabled => b.household_has_disabled,
                    FlagOf::Business => b.has_business,
                    FlagOf::Database => b.in_integrated_database,
                };
                flag_states(col.as_ref(), start, states);
                emit(states, o, reasons, verdicts);
            }
            Kernel::Income(limit, o) => {
                // 1 below, 3 at or above (state 3's outcome is state 2's).
                int_states(b.monthly_income.as_ref(), start, states, (*limit, *limit));
                emit(states, o, reasons, verdicts);
            }
            Kernel::Age {
                min,
                max,
                born_by_min,
                born_by_above,
                outcomes,
            } => {
                age_states(
                    b,
                    (*min, *max),
                    (*born_by_min, *born_by_above),
                    start,
                    states,
                );
                emit(states, outcomes, reasons, verdicts);
            }
            Kernel::Assistance(bits, o) => {
                match b.assistance.and_then(|a| a.get(start..start + len)) {
                    Some(masks) => {
                        let known = bits | SocialAssistance::NOT_RECORDED;
                        for (s, m) in states.iter_mut().zip(masks) {
                            *s = u8::from(m & bits != 0) | (u8::from(m & known == 0) << 1);
                        }
                    }
                    None => states.fill(0),
                }
                emit(states, o, reasons, verdicts);
            }
            Kernel::Constant(r, v) => {
                reasons.fill(*r);
                verdicts.fill(*v);
            }
        }
        false
    }
}

/// The rule's tree over criterion indices.
#[derive(Clone, Debug)]
enum Node {
    Leaf(usize),
    All(Vec<Node>),
    Any(Vec<Node>),
}

fn tree(rule: &Rule, next: &mut usize) -> Node {
    match rule {
        Rule::Test(_) => {
            let n = Node::Leaf(*next);
            *next += 1;
            n
        }
        Rule::AllOf(rs) => Node::All(rs.iter().map(|r| tree(r, next)).collect()),
        Rule::AnyOf(rs) => Node::Any(rs.iter().map(|r| tree(r, next)).collect()),
    }
}

/// Turns the OR of an `all_of` node's children's verdict bytes into its verdict: a fail beats
/// an unknown beats a pass (no child: pass). Branch-free, 16 or more rows per instruction.
#[inline(always)]
fn all_of(v: &mut [u8]) {
    for x in v {
        let f = (*x >> 2) & 1;
        let u = (*x >> 1) & 1 & !f;
        let p = !(f | u) & 1;
        *x = (f << 2) | (u << 1) | p;
    }
}

/// The same for `any_of`: a pass beats an unknown beats a fail (no child: fail).
#[inline(always)]
fn any_of(v: &mut [u8]) {
    for x in v {
        let p = *x & 1;
        let u = (*x >> 1) & 1 & !p;
        let f = !(p | u) & 1;
        *x = (f << 2) | (u << 1) | p;
    }
}

#[inline(always)]
fn or_into(out: &mut [u8], v: &[u8]) {
    for (o, x) in out.iter_mut().zip(v) {
        *o |= *x;
    }
}

impl Node {
    /// Nesting depth below this node (a leaf: 0): the scratch buffers `eval` needs.
    fn depth(&self) -> usize {
        match self {
            Node::Leaf(_) => 0,
            Node::All(c) | Node::Any(c) => 1 + c.iter().map(Node::depth).max().unwrap_or(0),
        }
    }

    /// [`Node::eval`], inlined into the kernels' build when the node is a leaf or has only
    /// leaves below it (every preset's rule); deeper trees take the recursive, out-of-line
    /// `eval`.
    #[inline(always)]
    fn eval_inline(&self, leaves: &[Vec<u8>], out: &mut [u8], spare: &mut [Vec<u8>]) {
        let children = match self {
            Node::All(c) | Node::Any(c) => c,
            Node::Leaf(_) => return self.eval(leaves, out, spare),
        };
        if children.iter().any(|c| !matches!(c, Node::Leaf(_))) {
            return self.eval(leaves, out, spare);
        }
        let len = out.len();
        out.fill(0);
        for child in children {
            if let Node::Leaf(c) = child {
                match leaves.get(*c).and_then(|l| l.get(..len)) {
                    Some(v) => or_into(out, v),
                    None => out.iter_mut().for_each(|o| *o |= 2),
                }
            }
        }
        if matches!(self, Node::All(_)) {
            all_of(out);
        } else {
            any_of(out);
        }
    }

    /// This node's verdict bytes (pass 1, unknown 2, fail 4) for the chunk's rows into
    /// `out`, from the leaves' verdict bytes: each child OR-ed in (a pass over bytes), then
    /// one pass mapping the OR to the verdict. `spare` holds a buffer per nesting level.
    fn eval(&self, leaves: &[Vec<u8>], out: &mut [u8], spare: &mut [Vec<u8>]) {
        let len = out.len();
        let leaf = |c: usize| leaves.get(c).and_then(|l| l.get(..len));
        match self {
            Node::Leaf(c) => match leaf(*c) {
                Some(v) => out.copy_from_slice(v),
                None => out.fill(2),
            },
            Node::All(children) | Node::Any(children) => {
                out.fill(0);
                for child in children {
                    match child {
                        Node::Leaf(c) => match leaf(*c) {
                            Some(v) => or_into(out, v),
                            None => out.iter_mut().for_each(|o| *o |= 2),
                        },
                        _ => {
                            let Some((first, rest)) = spare.split_first_mut() else {
                                continue;
                            };
                            let Some(tmp) = first.get_mut(..len) else {
                                continue;
                            };
                            child.eval(leaves, tmp, rest);
                            or_into(out, tmp);
                        }
                    }
                }
                if matches!(self, Node::All(_)) {
                    all_of(out);
                } else {
                    any_of(out);
                }
            }
        }
    }
}

/// Screening results as codes: `eligibility[row]` indexes [`Eligibility::ALL`] and
/// `reasons[c][row]` indexes [`Reason::ALL`] (see [`reason_code`], [`eligibility_code`]).
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// use berdaya::screening::registry::*;
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
/// let sex = [Some(Sex::Female), Some(Sex::Male)];
/// let h = Households::new(2).with_sex(&sex);
/// let batch = OwnedBatch::from_households(&h);
/// let out = plan.screen(&batch.view())?;
/// // A reason column per criterion, each as long as the batch; no mask unless asked for.
/// assert_eq!(out.reasons.len(), out.criteria.len());
/// assert!(out.reasons.iter().all(|column| column.len() == 2));
/// assert!(out.failed.is_empty());
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodedScreening {
    /// The rule's criteria, depth first (one reason column each).
    pub criteria: Vec<Criterion>,
    /// Overall result per row, as a code.
    pub eligibility: Vec<u8>,
    /// Per criterion, the reason per row, as a code.
    pub reasons: Vec<Vec<u8>>,
    /// Per row, the criteria that failed as bits (bit `c`: criterion `c`, depth first);
    /// [`FailedMask::None`] unless asked for with [`ScreeningPlan::screen_with`].
    pub failed: FailedMask,
}

impl CodedScreening {
    /// Appends `part`, the screening by the same plan of the rows that follow, so that a
    /// batch screened part by part (each part's columns kept in cache) reads as one. Returns
    /// whether it could: `false`, with `self` left as it was, when `part` has other criteria
    /// or its failed-criteria mask another form.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::*;
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
    /// let sex = [Some(Sex::Female), Some(Sex::Male), None];
    /// let h = Households::new(3).with_sex(&sex);
    /// let whole = plan.screen_with(&OwnedBatch::from_households(&h).view(), true)?;
    /// // The first row, then the other two: the same as all three at once.
    /// let first = Households::new(1).with_sex(&sex[..1]);
    /// let rest = Households::new(2).with_sex(&sex[1..]);
    /// let mut parts = plan.screen_with(&OwnedBatch::from_households(&first).view(), true)?;
    /// let rest = plan.screen_with(&OwnedBatch::from_households(&rest).view(), true)?;
    /// assert!(parts.append(&rest));
    /// assert_eq!(parts, whole);
    /// // A part without the mask is not the same screening: refused, nothing appended.
    /// let unmasked = plan.screen(&OwnedBatch::from_households(&h).view())?;
    /// assert!(!parts.append(&unmasked));
    /// assert_eq!(parts, whole);
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn append(&mut self, part: &CodedScreening) -> bool {
        if part.criteria != self.criteria || part.reasons.len() != self.reasons.len() {
            return false;
        }
        match (&mut self.failed, &part.failed) {
            (FailedMask::None, FailedMask::None) => {}
            (FailedMask::U32(all), FailedMask::U32(p)) => all.extend_from_slice(p),
            (FailedMask::U64(all), FailedMask::U64(p)) => all.extend_from_slice(p),
            _ => return false,
        }
        self.eligibility.extend_from_slice(&part.eligibility);
        for (all, p) in self.reasons.iter_mut().zip(&part.reasons) {
            all.extend_from_slice(p);
        }
        true
    }
}

/// The most criteria a failed-criteria bitmask holds (one `u64` per row).
pub const MASK_CRITERIA: usize = 64;

/// The failed criteria of each row as bits (bit `c`: criterion `c`, depth first), written at
/// the width an Arrow column of them has: `u32` for a rule of at most 32 criteria (every
/// preset), else `u64`. Not `#[non_exhaustive]`: a binding writes each width as its own
/// Arrow column type, so a new width is meant to break its `match`.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// use berdaya::screening::registry::{FailedMask, Households, OwnedBatch, ScreeningPlan};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
/// let sex = [Some(Sex::Male)];
/// let batch = OwnedBatch::from_households(&Households::new(1).with_sex(&sex));
/// // A preset has at most 32 criteria: the narrow width, one mask per row.
/// let asked = plan.screen_with(&batch.view(), true)?;
/// assert!(matches!(&asked.failed, FailedMask::U32(m) if m.len() == 1));
/// // Not asked for: no mask at all.
/// assert_eq!(plan.screen_with(&batch.view(), false)?.failed, FailedMask::None);
/// # Ok::<(), berdaya::screening::registry::RegistryError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FailedMask {
    /// Not asked for.
    #[default]
    None,
    /// A rule of at most 32 criteria.
    U32(Vec<u32>),
    /// A rule of 33 to [`MASK_CRITERIA`] criteria.
    U64(Vec<u64>),
}

impl FailedMask {
    /// Rows (0 when not asked for).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::FailedMask;
    /// assert_eq!(FailedMask::U64(vec![0, 1, 2]).len(), 3);
    /// assert_eq!(FailedMask::None.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        match self {
            FailedMask::None => 0,
            FailedMask::U32(m) => m.len(),
            FailedMask::U64(m) => m.len(),
        }
    }

    /// Whether there are no rows.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::FailedMask;
    /// assert!(FailedMask::None.is_empty() && FailedMask::U32(vec![]).is_empty());
    /// assert!(!FailedMask::U32(vec![0]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bits of row `row`, widened to `u64`; `None` beyond the rows or when not asked for.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::FailedMask;
    /// // Criteria 0 and 31 failed: the top bit of the narrow width survives the widening.
    /// let m = FailedMask::U32(vec![1 | 1 << 31]);
    /// assert_eq!(m.get(0), Some(1 | 1 << 31));
    /// assert_eq!((m.get(1), FailedMask::None.get(0)), (None, None));
    /// ```
    pub fn get(&self, row: usize) -> Option<u64> {
        match self {
            FailedMask::None => None,
            FailedMask::U32(m) => m.get(row).map(|b| u64::from(*b)),
            FailedMask::U64(m) => m.get(row).copied(),
        }
    }
}

/// Sets bit `c` of each row's mask where its verdict byte is a fail (4): a shift by a
/// constant per criterion, vectorised.
#[inline(always)]
fn or_failed<W>(mask: &mut [W], verdicts: &[u8], c: u32)
where
    W: Copy + From<u8> + std::ops::Shl<u32, Output = W> + std::ops::BitOr<Output = W>,
{
    for (m, v) in mask.iter_mut().zip(verdicts) {
        *m = *m | (W::from((*v >> 2) & 1) << c);
    }
}

/// A rule compiled for one screening date.
///
/// # Examples
///
/// ```
/// use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
/// use berdaya::screening::registry::{eligibility_code, RegistryBatch, ScreeningPlan};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
/// let plan = ScreeningPlan::compile(&wrse.rule, on).unwrap();
/// let sex = [1u8]; // Sex::ALL[1]: male
/// let out = plan.screen(&RegistryBatch::new(1).with_sex(&sex)).unwrap();
/// assert_eq!(out.eligibility, vec![eligibility_code(Eligibility::NotEligible)]);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ScreeningPlan {
    criteria: Vec<Criterion>,
    kernels: Vec<Kernel>,
    root: Node,
}

impl ScreeningPlan {
    /// Compiles `rule` for screening on `on`; refuses a rule [`Rule::check`] refuses.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{Criterion, Rule};
    /// use berdaya::screening::registry::ScreeningPlan;
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// // A rule that cannot be evaluated is refused before any row is read.
    /// let reversed = Rule::Test(Criterion::AgeBetween { min: 60, max: 18 });
    /// let err = ScreeningPlan::compile(&reversed, on).unwrap_err();
    /// assert_eq!(err.code(), "range_reversed");
    /// ```
    pub fn compile(rule: &Rule, on: NaiveDate) -> Result<Self, RegistryError> {
        rule.check()?;
        let criteria: Vec<Criterion> = rule.criteria().into_iter().cloned().collect();
        let kernels = criteria.iter().map(|c| Kernel::compile(c, on)).collect();
        let root = tree(rule, &mut 0);
        Ok(ScreeningPlan {
            criteria,
            kernels,
            root,
        })
    }

    /// The criteria, depth first.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::ScreeningPlan;
    /// let pena = preset(PresetId::Pena, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&pena.rule, on)?;
    /// // The rule's criteria, in the order of the reason columns.
    /// let criteria: Vec<_> = pena.rule.criteria().into_iter().cloned().collect();
    /// assert_eq!(plan.criteria(), criteria.as_slice());
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// Screens a batch: one reason code per row and criterion, and the eligibility code.
    /// Values are judged as given; a binding checks them first with [`check_values`].
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::*;
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
    /// let sex = [Some(Sex::Female), Some(Sex::Male)];
    /// let h = Households::new(2).with_sex(&sex);
    /// let batch = OwnedBatch::from_households(&h);
    /// let coded = plan.screen(&batch.view())?;
    /// // The same answers as the per-row view, as codes.
    /// let rows = screen_columns(&h, &wrse.rule, on)?;
    /// let expected: Vec<u8> = rows.eligibility.iter().map(|e| eligibility_code(*e)).collect();
    /// assert_eq!(coded.eligibility, expected);
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn screen(&self, b: &RegistryBatch<'_>) -> Result<CodedScreening, RegistryError> {
        self.screen_with(b, false)
    }

    /// [`ScreeningPlan::screen`], and with `failed_mask` also a bitmask per row of the
    /// criteria that failed (for a rule of at most [`MASK_CRITERIA`] criteria).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::*;
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
    /// let sex = [Some(Sex::Female), Some(Sex::Male)];
    /// let h = Households::new(2).with_sex(&sex);
    /// let batch = OwnedBatch::from_households(&h);
    /// let out = plan.screen_with(&batch.view(), true)?;
    /// use berdaya::screening::eligibility::Criterion;
    /// let bit = plan.criteria().iter().position(|c| matches!(c, Criterion::Sex { .. })).unwrap();
    /// // WRSE is for women: the man's row (row 1) has the sex criterion's bit set, hers not.
    /// assert_eq!(out.failed.get(1).map(|m| m >> bit & 1), Some(1));
    /// assert_eq!(out.failed.get(0).map(|m| m >> bit & 1), Some(0));
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn screen_with(
        &self,
        b: &RegistryBatch<'_>,
        failed_mask: bool,
    ) -> Result<CodedScreening, RegistryError> {
        b.check_lengths()?;
        let mut out = self.blank(b.rows, failed_mask)?;
        // Every row is written: a key the kernels stop at is one the keys' check refuses.
        self.write(b, &mut out, 0)?;
        Ok(out)
    }

    /// A screening by this plan of `rows` rows, every code 0, for [`ScreeningPlan::screen_into`]
    /// to fill part by part; with `failed_mask` the failed-criteria mask too (refused, as by
    /// [`ScreeningPlan::screen_with`], for a rule of more than [`MASK_CRITERIA`] criteria).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::ScreeningPlan;
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
    /// let blank = plan.blank(3, true)?;
    /// assert_eq!((blank.eligibility.len(), blank.failed.len()), (3, 3));
    /// assert_eq!(blank.reasons.len(), plan.criteria().len());
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn blank(&self, rows: usize, failed_mask: bool) -> Result<CodedScreening, RegistryError> {
        let k = self.kernels.len();
        if failed_mask && k > MASK_CRITERIA {
            return Err(RegistryError::TooManyCriteria {
                criteria: k,
                limit: MASK_CRITERIA,
            });
        }
        Ok(CodedScreening {
            criteria: self.criteria.clone(),
            eligibility: vec![0u8; rows],
            reasons: (0..k).map(|_| vec![0u8; rows]).collect(),
            failed: match (failed_mask, k <= 32) {
                (false, _) => FailedMask::None,
                (true, true) => FailedMask::U32(vec![0; rows]),
                (true, false) => FailedMask::U64(vec![0; rows]),
            },
        })
    }

    /// Screens `b` into rows `at..at + b.rows` of `out`, a screening by this plan (from
    /// [`ScreeningPlan::blank`]), overwriting them: a batch screened part by part, each part's
    /// columns kept in cache, is written where it belongs, with no copy of the parts' codes.
    /// `Ok(false)`, with `out` untouched, when `out` is another plan's screening (other
    /// criteria, a mask this plan does not write, columns of other lengths) or has no rows
    /// `at..at + b.rows`; on an error the rows `at..at + b.rows` of `out` hold no screening
    /// (some may be written). (`Ok(false)` too, with those rows not all written, should the
    /// kernels ever stop at a dictionary key that the keys' check does not refuse: never
    /// expected, as both judge keys alike.)
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::*;
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let on = chrono::NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
    /// let plan = ScreeningPlan::compile(&wrse.rule, on)?;
    /// let sex = [Some(Sex::Female), Some(Sex::Male), None];
    /// let h = Households::new(3).with_sex(&sex);
    /// let whole = plan.screen_with(&OwnedBatch::from_households(&h).view(), true)?;
    /// // The last two rows, then the first: the same as all three at once.
    /// let first = OwnedBatch::from_households(&Households::new(1).with_sex(&sex[..1]));
    /// let rest = OwnedBatch::from_households(&Households::new(2).with_sex(&sex[1..]));
    /// let mut parts = plan.blank(3, true)?;
    /// assert!(plan.screen_into(&rest.view(), &mut parts, 1)?);
    /// assert!(plan.screen_into(&first.view(), &mut parts, 0)?);
    /// assert_eq!(parts, whole);
    /// // Two rows from row 2 of three: no room, nothing written.
    /// assert!(!plan.screen_into(&rest.view(), &mut parts, 2)?);
    /// assert_eq!(parts, whole);
    /// # Ok::<(), berdaya::screening::registry::RegistryError>(())
    /// ```
    pub fn screen_into(
        &self,
        b: &RegistryBatch<'_>,
        out: &mut CodedScreening,
        at: usize,
    ) -> Result<bool, RegistryError> {
        b.check_lengths()?;
        let rows = out.eligibility.len();
        let fits = at.checked_add(b.rows).is_some_and(|end| end <= rows);
        let k = self.kernels.len();
        let mask_fits = match &out.failed {
            FailedMask::None => true,
            FailedMask::U32(m) => m.len() == rows && k <= 32,
            FailedMask::U64(m) => m.len() == rows && k <= MASK_CRITERIA,
        };
        let same = out.criteria == self.criteria
            && out.reasons.len() == k
            && out.reasons.iter().all(|r| r.len() == rows);
        if !(fits && mask_fits && same) {
            return Ok(false);
        }
        self.write(b, out, at)
    }

    /// Screens `b` into rows `at..` of `out`, which has room for them (checked by callers).
    /// `Ok(false)` should the kernels stop at a key outside its dictionary that the keys'
    /// check then does not refuse: the two judge keys alike (a non-null key at or past the
    /// values, whatever its type), so this is never expected, but the rows from that chunk
    /// on are then not written, and a caller reusing `out` must not take them as screened.
    fn write(
        &self,
        b: &RegistryBatch<'_>,
        out: &mut CodedScreening,
        at: usize,
    ) -> Result<bool, RegistryError> {
        let mut scratch = self.scratch(b);
        let (r, e, f) = (&mut out.reasons, &mut out.eligibility, &mut out.failed);
        if self.fill_dispatch(b, at, r, e, f, &mut scratch) {
            self.key_error(b)?;
            return Ok(false);
        }
        Ok(true)
    }
}

/// The per-chunk buffers of [`ScreeningPlan::screen_with`], and the batch's outcomes per
/// dictionary key.
struct Scratch {
    leaves: Vec<Vec<u8>>,
    spare: Vec<Vec<u8>>,
    root: Vec<u8>,
    states: Vec<u8>,
    /// Per criterion, its outcome per key when the batch gives its column as keys.
    keyed: Vec<Option<KeyOutcomes>>,
}

impl ScreeningPlan {
    /// Per criterion the chunk's verdict bytes (the rule's tree runs over them, then the
    /// root's verdicts become eligibility codes), and each code criterion's outcomes per key
    /// of `b`'s dictionaries: every value judged once per batch.
    fn scratch(&self, b: &RegistryBatch<'_>) -> Scratch {
        Scratch {
            leaves: self.kernels.iter().map(|_| vec![0u8; CHUNK]).collect(),
            spare: (0..self.root.depth()).map(|_| vec![0u8; CHUNK]).collect(),
            root: vec![0u8; CHUNK],
            states: vec![0u8; CHUNK],
            keyed: self.kernels.iter().map(|k| k.key_outcomes(b)).collect(),
        }
    }

    /// The error for a key outside its dictionary, found by a kernel: the first such row of
    /// the first column (sex, then marital status) the plan reads as keys.
    #[cold]
    fn key_error(&self, b: &RegistryBatch<'_>) -> Result<(), RegistryError> {
        let reads = |m: bool| {
            self.kernels
                .iter()
                .any(|k| matches!(k, Kernel::Code { marital, .. } if *marital == m))
        };
        for (column, keys, marital) in [
            ("sex", b.sex_keys, false),
            ("marital_status", b.marital_status_keys, true),
        ] {
            if let (Some(k), true) = (keys, reads(marital)) {
                k.check(column)?;
            }
        }
        Ok(())
    }
}

impl ScreeningPlan {
    /// [`ScreeningPlan::fill`] compiled for the CPU it runs on ([`with_avx2`]: 32-byte vectors
    /// and 64-bit compares, which incomes need).
    fn fill_dispatch(
        &self,
        b: &RegistryBatch<'_>,
        at: usize,
        reasons: &mut [Vec<u8>],
        eligibility: &mut [u8],
        failed: &mut FailedMask,
        scratch: &mut Scratch,
    ) -> bool {
        with_avx2(
            #[inline(always)]
            || self.fill(b, at, reasons, eligibility, failed, scratch),
        )
    }

    /// Every chunk of the batch: each criterion's kernel (reasons, verdict bytes, mask bits),
    /// then the rule's tree and the eligibility codes. Inlined into both builds of
    /// [`ScreeningPlan::fill_dispatch`], with the kernels it calls. Stops at the first chunk
    /// with a non-null row whose dictionary key is outside the values, and says so.
    #[inline(always)]
    fn fill(
        &self,
        b: &RegistryBatch<'_>,
        at: usize,
        reasons: &mut [Vec<u8>],
        eligibility: &mut [u8],
        failed: &mut FailedMask,
        scratch: &mut Scratch,
    ) -> bool {
        let n = b.rows;
        let code = |e: Eligibility| eligibility_code(e);
        let (yes, unknown, no) = (
            code(Eligibility::Eligible),
            code(Eligibility::Undetermined),
            code(Eligibility::NotEligible),
        );
        for start in (0..n).step_by(CHUNK) {
            let len = CHUNK.min(n - start);
            // Rows `start..` of the batch are rows `to..` of the outputs.
            let to = at + start;
            // The mask's bits are OR-ed in, criterion by criterion: the rows start clear.
            match &mut *failed {
                FailedMask::None => {}
                FailedMask::U32(m) => m.get_mut(to..to + len).unwrap_or_default().fill(0),
                FailedMask::U64(m) => m.get_mut(to..to + len).unwrap_or_default().fill(0),
            }
            let mut outside = false;
            for (c, (((kernel, out), leaf), keyed)) in self
                .kernels
                .iter()
                .zip(reasons.iter_mut())
                .zip(scratch.leaves.iter_mut())
                .zip(&scratch.keyed)
                .enumerate()
            {
                let (Some(out), Some(v), Some(s)) = (
                    out.get_mut(to..to + len),
                    leaf.get_mut(..len),
                    scratch.states.get_mut(..len),
                ) else {
                    continue;
                };
                outside |= kernel.run(b, keyed.as_ref(), start, s, out, v);
                let c = c as u32;
                match &mut *failed {
                    FailedMask::None => {}
                    FailedMask::U32(m) => {
                        or_failed(m.get_mut(to..to + len).unwrap_or_default(), v, c)
                    }
                    FailedMask::U64(m) => {
                        or_failed(m.get_mut(to..to + len).unwrap_or_default(), v, c)
                    }
                }
            }
            if outside {
                return true;
            }
            let (Some(e), Some(r)) = (
                eligibility.get_mut(to..to + len),
                scratch.root.get_mut(..len),
            ) else {
                continue;
            };
            self.root
                .eval_inline(&scratch.leaves, r, &mut scratch.spare);
            for (e, v) in e.iter_mut().zip(r.iter()) {
                let m = |bit: u8| 0u8.wrapping_sub((*v >> bit) & 1);
                *e = (yes & m(0)) | (unknown & m(1)) | (no & m(2));
            }
        }
        false
    }
}

/// Checks the values the document path bounds: ages and birth dates within [`AGE_RANGE`] on
/// `on`, dependants from zero. One branch-free pass per column; the slow, exact report runs
/// only when a pass finds a bad value.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::*;
/// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let age = [Some(34), Some(250)];
/// let h = Households::new(2).with_age(&age);
/// // No one is 250: the value is refused, naming its column and row.
/// let err = check_values(&OwnedBatch::from_households(&h).view(), on).unwrap_err();
/// assert_eq!(err.path(), "age[1]");
/// ```
pub fn check_values(b: &RegistryBatch<'_>, on: NaiveDate) -> Result<(), RegistryError> {
    let (lo, hi) = (i64::from(AGE_RANGE.0), i64::from(AGE_RANGE.1));
    // The passes over whole columns, compiled for the CPU (SSE2 has no 32-bit minimum).
    let outside = |c: IntColumn<'_>, range: (i64, i64)| {
        with_avx2(
            #[inline(always)]
            || c.any_outside(range),
        )
    };
    if let Some(age) = b.age {
        if outside(age, (lo, hi)) {
            crate::screening::registry::ages(&age.to_options())?;
        }
    }
    if let Some(dep) = b.dependants {
        if outside(dep, (0, i64::from(u32::MAX))) {
            crate::screening::registry::counts("dependants", &dep.to_options())?;
        }
    }
    if let Some(birth) = b.birth_date {
        // In range ⟺ born by the latest day giving `lo` years and after the latest giving
        // `hi + 1`.
        let (young, old) = (born_by(lo, on), born_by(hi + 1, on));
        let ints = IntColumn {
            values: IntValues::I32(birth.days),
            validity: birth.validity,
        };
        if outside(ints, (old.saturating_add(1), young)) {
            let dates: Vec<Option<NaiveDate>> = (0..birth.days.len())
                .map(|i| birth.get(i).map(|d| d.unwrap_or(NaiveDate::MIN)))
                .collect();
            crate::screening::registry::check_birth_dates(&dates, on)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bit trick against its plain definition: bytes widened from bits.
    #[test]
    fn widened_words_match_row_by_row() {
        let word = 0x8000_0000_0000_0001u64 ^ 0x5a5a_0f0f_3c3c_9669;
        let bytes = validity_bytes(word);
        for (j, b) in bytes.iter().enumerate() {
            assert_eq!(u64::from(*b), (word >> j) & 1, "bit {j}");
        }
    }

    /// The byte-wise three-valued logic against its definition, for every set of child
    /// verdicts (the OR of their bytes): `all_of` — any fail fails, else any unknown is
    /// unknown, else pass; `any_of` — any pass passes, else any unknown, else fail.
    #[test]
    fn node_bytes_follow_three_valued_logic() {
        for or in 0u8..8 {
            let (p, u, f) = (or & 1 != 0, or & 2 != 0, or & 4 != 0);
            let all = if f {
                4
            } else if u {
                2
            } else {
                1
            };
            let any = if p {
                1
            } else if u {
                2
            } else {
                4
            };
            let (mut a, mut y) = ([or], [or]);
            all_of(&mut a);
            any_of(&mut y);
            assert_eq!((a[0], y[0]), (all, any), "children's verdicts {or:03b}");
        }
    }

    #[test]
    fn born_by_agrees_with_age_on_around_leap_days() {
        for on in [(2024, 2, 29), (2023, 3, 1), (2023, 2, 28), (2000, 1, 1)] {
            let on = NaiveDate::from_ymd_opt(on.0, on.1, on.2).unwrap();
            for years in [0i64, 1, 17, 18, 59, 60, 120, 121] {
                let d = born_by(years, on);
                let b = date_of(d).unwrap();
                assert!(i64::from(age_on(b, on)) >= years);
                let next = date_of(d + 1).unwrap();
                assert!(i64::from(age_on(next, on)) < years, "{on} {years}");
            }
        }
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        assert_eq!(born_by(i64::from(i32::MAX) + 1, on), i64::MIN);
    }

    /// Every code byte, in a column of each code criterion, more rows than one vector and
    /// through both builds: a position in the enum's list is judged as that value, any other
    /// byte (the null code, or past the list) as unknown — against the criterion itself.
    #[test]
    fn every_code_byte_is_judged_as_its_value_or_unknown() {
        use crate::screening::eligibility::Criterion as C;
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let codes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        let marital = vec![MaritalStatus::Widowed, MaritalStatus::Abandoned];
        let criteria = [
            C::Sex { is: Sex::Female },
            C::Sex { is: Sex::Male },
            C::MaritalStatusIn { any_of: marital },
        ];
        for c in criteria {
            let fact = |k: u8| match &c {
                C::Sex { .. } => Fact::Sex(Sex::ALL.get(usize::from(k)).copied()),
                _ => Fact::MaritalStatus(MaritalStatus::ALL.get(usize::from(k)).copied()),
            };
            let b = match &c {
                C::Sex { .. } => RegistryBatch::new(codes.len()).with_sex(&codes),
                _ => RegistryBatch::new(codes.len()).with_marital_status(&codes),
            };
            let plan = ScreeningPlan::compile(&Rule::Test(c.clone()), on).unwrap();
            let mut out = plan.blank(codes.len(), false).unwrap();
            let mut baseline = plan.blank(codes.len(), false).unwrap();
            let mut scratch = plan.scratch(&b);
            let (r, e, f) = (&mut out.reasons, &mut out.eligibility, &mut out.failed);
            assert!(!plan.fill_dispatch(&b, 0, r, e, f, &mut scratch));
            let (r, e, f) = (
                &mut baseline.reasons,
                &mut baseline.eligibility,
                &mut baseline.failed,
            );
            assert!(!plan.fill(&b, 0, r, e, f, &mut scratch));
            assert_eq!(out, baseline, "{c:?}");
            for (row, k) in codes.iter().enumerate() {
                let (verdict, reason) = c.judge_fact(fact(*k));
                assert_eq!(out.reasons[0][row], reason_code(reason), "{c:?}, code {k}");
                let e = match verdict {
                    Verdict::Pass => Eligibility::Eligible,
                    Verdict::Fail => Eligibility::NotEligible,
                    Verdict::Unknown => Eligibility::Undetermined,
                };
                assert_eq!(out.eligibility[row], eligibility_code(e), "{c:?}, code {k}");
            }
        }
    }
}

#[cfg(test)]
mod birthday_tests {
    use super::*;
    use crate::screening::registry::{DayColumn, RegistryBatch};

    #[test]
    fn a_birthday_today_counts_the_new_year_of_age() {
        let on = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        let rule = Rule::Test(Criterion::AgeBetween { min: 18, max: 20 });
        let plan = ScreeningPlan::compile(&rule, on).unwrap();
        let born = |y, m, d| days_of(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as i32;
        // 18 today, 17 until tomorrow, 21 today (above), 20 until tomorrow.
        let days = [
            born(2006, 2, 28),
            born(2006, 3, 1),
            born(2003, 2, 28),
            born(2003, 3, 1),
        ];
        let batch = RegistryBatch {
            rows: 4,
            birth_date: Some(DayColumn {
                days: &days,
                validity: None,
            }),
            ..RegistryBatch::default()
        };
        let out = plan.screen(&batch).unwrap();
        let want: Vec<u8> = [
            Reason::AgeInRange,
            Reason::AgeBelowMin,
            Reason::AgeAboveMax,
            Reason::AgeInRange,
        ]
        .into_iter()
        .map(reason_code)
        .collect();
        assert_eq!(out.reasons, vec![want]);
    }
}

#[cfg(test)]
mod width_tests {
    use super::*;

    /// Comparing in a column's own width gives the states of comparing every value widened
    /// to `i64`, for thresholds inside, at the edges of and beyond the 32-bit range.
    #[test]
    fn narrow_compares_equal_wide_ones_at_every_edge() {
        let values = [
            i32::MIN,
            i32::MIN + 1,
            -1,
            0,
            1,
            17,
            18,
            i32::MAX - 1,
            i32::MAX,
        ];
        let big = i64::from(i32::MAX);
        let small = i64::from(i32::MIN);
        let edges = [
            i64::MIN,
            small - 1,
            small,
            small + 1,
            -1,
            0,
            18,
            big - 1,
            big,
            big + 1,
            i64::MAX,
        ];
        let wide: Vec<i64> = values.iter().map(|v| i64::from(*v)).collect();
        let n = values.len();
        for t0 in edges {
            for t1 in edges {
                let (mut narrow_s, mut wide_s) = (vec![9u8; n], vec![9u8; n]);
                let narrow_col = IntColumn::new(IntValues::I32(&values), None);
                let wide_col = IntColumn::new(IntValues::I64(&wide), None);
                int_states(Some(&narrow_col), 0, &mut narrow_s, (t0, t1));
                int_states(Some(&wide_col), 0, &mut wide_s, (t0, t1));
                let want: Vec<u8> = wide
                    .iter()
                    .map(|v| 1 + u8::from(*v >= t0) + u8::from(*v >= t1))
                    .collect();
                assert_eq!(narrow_s, want, "t0 {t0} t1 {t1}");
                assert_eq!(wide_s, want, "t0 {t0} t1 {t1}");
            }
        }
    }
}

#[cfg(test)]
mod dispatch_tests {
    use super::*;
    use crate::screening::eligibility::{preset, PresetId, PresetParams};
    use crate::screening::registry::{bitmap_of, KeyValues, OwnedBatch};
    use crate::screening::synthetic::generate;

    /// The baseline build of the chunk loop and the one the CPU gets (AVX2 where it has it)
    /// write the same codes and mask for every preset, over more than one chunk, with code
    /// columns as codes and as dictionary keys (few values and many): the property tests
    /// check the dispatched build against the per-document path, this the other one.
    #[test]
    fn the_baseline_build_equals_the_dispatched_one() {
        let registry = generate(3 * CHUNK + 77, 7, 4);
        let owned = OwnedBatch::from_households(&registry.households());
        let coded = owned.view();
        // The same columns as `i8` keys into dictionaries in `ALL` order (null rows: key -1,
        // invalid), and sex as `u8` keys into 200 values (past the few judged by selects).
        let valid =
            |c: Option<&[u8]>| bitmap_of(c.unwrap_or_default().iter().map(|k| *k != NULL_CODE));
        let signed = |c: Option<&[u8]>| -> Vec<i8> {
            c.unwrap_or_default()
                .iter()
                .map(|k| i8::try_from(*k).unwrap_or(-1))
                .collect()
        };
        let (sex_valid, marital_valid) = (valid(coded.sex), valid(coded.marital_status));
        let (sex_i8, marital_i8) = (signed(coded.sex), signed(coded.marital_status));
        let (sex_codes, marital_codes) = ([0u8, 1], [0u8, 1, 2, 3, 4]);
        // Key k + 100 is the value coded k; keys 0..100 are values read as null.
        let sex_u8: Vec<u8> = coded
            .sex
            .unwrap_or_default()
            .iter()
            .map(|k| k.wrapping_add(100))
            .collect();
        let sex_many: Vec<u8> = (0..200u8)
            .map(|k| if k < 100 { NULL_CODE } else { (k - 100) % 2 })
            .collect();
        let mut many = coded;
        many.sex = None;
        many.marital_status = None;
        many.sex_keys = Some(DictionaryKeys::new(KeyValues::U8(&sex_u8), None, &sex_many));
        let marital_keys = KeyValues::I8(&marital_i8);
        let marital_validity = Some(Bitmap::new(&marital_valid, 0));
        many.marital_status_keys = Some(DictionaryKeys::new(
            marital_keys,
            marital_validity,
            &marital_codes,
        ));
        let mut few = many;
        let sex_validity = Some(Bitmap::new(&sex_valid, 0));
        few.sex_keys = Some(DictionaryKeys::new(
            KeyValues::I8(&sex_i8),
            sex_validity,
            &sex_codes,
        ));
        let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let mut outputs = Vec::new();
        for (id, b) in PresetId::ALL
            .iter()
            .flat_map(|id| [(id, coded), (id, many), (id, few)])
        {
            let plan =
                ScreeningPlan::compile(&preset(*id, &PresetParams::default()).rule, on).unwrap();
            let k = plan.kernels.len();
            let run = |dispatch: bool| {
                let mut reasons: Vec<Vec<u8>> = (0..k).map(|_| vec![0u8; b.rows]).collect();
                let mut eligibility = vec![0u8; b.rows];
                let mut failed = FailedMask::U64(vec![0; b.rows]);
                let mut scratch = plan.scratch(&b);
                let (r, e, f, s) = (&mut reasons, &mut eligibility, &mut failed, &mut scratch);
                let outside = if dispatch {
                    plan.fill_dispatch(&b, 0, r, e, f, s)
                } else {
                    plan.fill(&b, 0, r, e, f, s)
                };
                (reasons, eligibility, failed, outside)
            };
            let (baseline, dispatched) = (run(false), run(true));
            assert_eq!(baseline, dispatched, "{id:?}");
            assert!(!baseline.3, "{id:?}: no key is outside its dictionary");
            // Not vacuous: the registry's rows reach more than one verdict.
            let verdicts: std::collections::BTreeSet<u8> = baseline.1.iter().copied().collect();
            assert!(verdicts.len() > 1, "{id:?}: {verdicts:?}");
            outputs.push(baseline);
        }
        // Codes, many-valued keys and few-valued keys: one answer per preset.
        for same in outputs.chunks(3) {
            assert!(same.iter().all(|o| *o == same[0]));
        }
    }
}
