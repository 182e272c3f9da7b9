//! Quota ranks on packed keys: each eligible row's ranking values packed, most important
//! first, into one unsigned integer whose order is the ranking's order, so that ranking a
//! kelurahan is one sort of plain integers instead of a comparator over structs.
//!
//! Each key is a *known* bit (0 known, 1 unknown, so unknown values rank last) and the
//! value's bits arranged so that smaller ranks first: the order-preserving bits of the same
//! `f64` the per-document comparator compares (so two values it finds equal pack equal), or
//! a small integer complemented where larger ranks first. A key whose values a previous key
//! already compared (Youngest after Oldest) cannot change the order and is left out. The
//! widest ranking (every distinct key) takes 200 bits, so every key fits 256 bits; the
//! default one (100 bits) fits a `u128`.

use crate::screening::quota::RankKey;

/// One candidate's ranking values, as the per-document comparator reads them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Candidate {
    pub income: Option<i64>,
    pub dependants: Option<u32>,
    pub age: Option<i32>,
    pub head: Option<bool>,
    pub female: Option<bool>,
}

/// The bits of `x` as an unsigned number in the order of `x` (−0 as +0; no NaN occurs).
fn ordered(x: f64) -> u64 {
    let b = (x + 0.0).to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

/// What a key reads: two keys reading the same values order alike.
fn source(k: RankKey) -> u8 {
    match k {
        RankKey::LowestIncomePerMember => 0,
        RankKey::LowestIncome => 1,
        RankKey::MostDependants => 2,
        RankKey::Oldest | RankKey::Youngest => 3,
        RankKey::HouseholdHeadFirst => 4,
        RankKey::WomenFirst => 5,
    }
}

/// The keys that can change the order: each source once, at its first key.
pub(crate) fn effective(ranking: &[RankKey]) -> Vec<RankKey> {
    let mut seen = [false; 6];
    ranking
        .iter()
        .copied()
        .filter(|k| {
            seen.get_mut(usize::from(source(*k)))
                .is_some_and(|s| !std::mem::replace(s, true))
        })
        .collect()
}

/// The width (value bits, without the known bit) and the value of key `k` for `c`.
fn part(k: RankKey, c: &Candidate) -> (u32, Option<u64>) {
    let members = f64::from(c.dependants.unwrap_or(0)) + 1.0;
    match k {
        RankKey::LowestIncomePerMember => (64, c.income.map(|i| ordered(i as f64 / members))),
        RankKey::LowestIncome => (64, c.income.map(|i| ordered(i as f64))),
        RankKey::MostDependants => (32, c.dependants.map(|d| u64::from(!d))),
        RankKey::Oldest => (32, c.age.map(|a| u64::from(!((a as u32) ^ (1 << 31))))),
        RankKey::Youngest => (32, c.age.map(|a| u64::from((a as u32) ^ (1 << 31)))),
        RankKey::HouseholdHeadFirst => (1, c.head.map(|h| u64::from(!h))),
        RankKey::WomenFirst => (1, c.female.map(|f| u64::from(!f))),
    }
}

/// Bits a ranking's packed key takes.
pub(crate) fn bits(keys: &[RankKey]) -> u32 {
    let c = Candidate::default();
    keys.iter().map(|k| 1 + part(*k, &c).0).sum()
}

/// The packed key of `c` as a 256-bit number (high, low), keys from the most significant
/// down, right-aligned: every row of a ranking has the same width, so the order is the same.
pub(crate) fn pack(keys: &[RankKey], c: &Candidate) -> (u128, u128) {
    let (mut hi, mut lo) = (0u128, 0u128);
    let mut put = |width: u32, value: u64| {
        // Shift the 256 bits left by `width` (1–64) and put `value` in the freed bits.
        hi = (hi << width) | (lo >> (128 - width));
        lo = (lo << width) | u128::from(value);
    };
    for k in keys {
        let (width, value) = part(*k, c);
        put(1, u64::from(value.is_none()));
        put(width, value.unwrap_or(0));
    }
    (hi, lo)
}

/// Ranks within groups: `rows` are (group, packed key, id, row); the rank of each row in its
/// group (1 first) by key, then id, is written to `rank`.
pub(crate) fn rank_sorted<K: Ord + Copy>(
    mut rows: Vec<(u32, K, i64, u32)>,
    rank: &mut [Option<u32>],
) {
    rows.sort_unstable();
    let mut group = None;
    let mut k = 0u32;
    for (g, _, _, row) in rows {
        if group != Some(g) {
            group = Some(g);
            k = 0;
        }
        k += 1;
        if let Some(slot) = rank.get_mut(row as usize) {
            *slot = Some(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_bits_keep_the_order_of_doubles() {
        let xs = [
            -1e300, -5.5, -1.0, -0.0, 0.0, 1e-300, 0.5, 1.0, 2.5e9, 9.2e18,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    ordered(a).cmp(&ordered(b)),
                    a.partial_cmp(&b).unwrap(),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn unknown_values_rank_last_and_repeated_sources_are_dropped() {
        let keys = effective(&[
            RankKey::Youngest,
            RankKey::MostDependants,
            RankKey::Oldest,
            RankKey::MostDependants,
        ]);
        assert_eq!(keys, vec![RankKey::Youngest, RankKey::MostDependants]);
        assert_eq!(bits(&keys), 66);
        let young = Candidate {
            age: Some(20),
            ..Candidate::default()
        };
        let old = Candidate {
            age: Some(60),
            ..Candidate::default()
        };
        let unknown = Candidate::default();
        assert!(pack(&keys, &young) < pack(&keys, &old));
        assert!(pack(&keys, &old) < pack(&keys, &unknown));
        let every = effective(&[
            RankKey::LowestIncomePerMember,
            RankKey::LowestIncome,
            RankKey::MostDependants,
            RankKey::Oldest,
            RankKey::HouseholdHeadFirst,
            RankKey::WomenFirst,
        ]);
        assert_eq!(bits(&every), 200);
    }
}
