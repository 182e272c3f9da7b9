//! Stable sorting with one copy of the standard library's sort in the whole crate.
//!
//! `slice::sort` and `sort_by` are generic: every element type (and every comparison closure)
//! the crate sorts compiles its own copy of the standard stable sort — ~4 KB of WebAssembly
//! each, six copies on the page's module. [`sort_by`] sorts the items' positions instead,
//! through one comparison behind a reference, and then moves the items into that order: the
//! same result and the same O(n log n), with the sort compiled once.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable, as `sort_by` is).
pub(crate) fn sort_by<T>(items: &mut Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    // `order` is a permutation of the positions: each item is taken exactly once.
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` in their order (stable, as `sort` is).
pub(crate) fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, &T::cmp);
}

/// The positions `0..n` in the order `compare` gives them, equal ones in their order: the
/// crate's one instance of the standard stable sort.
fn positions(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard sort, ties (equal keys) in their order included.
        #[test]
        fn sorts_as_the_standard_stable_sort_does(
            keys in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)
        ) {
            let mut ours = keys.clone();
            sort_by(&mut ours, &|a, b| a.0.cmp(&b.0));
            let mut theirs = keys.clone();
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(&ours, &theirs);
            let mut ours = keys.clone();
            sort(&mut ours);
            let mut theirs = keys;
            theirs.sort();
            prop_assert_eq!(ours, theirs);
        }
    }
}
