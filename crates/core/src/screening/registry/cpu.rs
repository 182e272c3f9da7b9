//! Code compiled for the CPU it runs on, and the hint that brings a column's next rows from
//! memory while the current ones are worked on.

/// Runs `f` compiled with AVX2 where the CPU has it (32-byte vectors, 64-bit compares, and
/// minimum and maximum of every integer width, which the range checks need), else as built for
/// baseline x86-64 (SSE2), so one build runs on any x86-64. What `f` inlines is compiled both
/// ways; a function it calls that is not inlined keeps the baseline build. Other targets: `f`
/// as built.
#[inline(always)]
pub(crate) fn with_avx2<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // The first of the crate's two `unsafe`s (the other is in `prefetch_rows`). SAFETY:
        // `avx2` runs `f` and nothing else, compiled with AVX2 enabled; calling it is sound
        // exactly when the CPU has AVX2, which the line above has just detected at run time.
        #[allow(unsafe_code)]
        return unsafe { avx2(f) };
    }
    f()
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn avx2<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// How far ahead of the row being worked on [`prefetch_block`] asks for a column's rows. A
/// column read from memory arrives a few hundred nanoseconds after it is asked for; 1,024
/// rows ahead is 8 KiB of 64-bit values, 1 KiB of byte keys: far enough to arrive in time,
/// near enough to stay in the first caches. Measured with the `registry_profile` example
/// (whole WRSE rule on int8 keys, 10 million rows from memory, one thread): 3.59 ns a row
/// without, 2.47 at 1,024 rows ahead, 2.63 at 512, 2.68 at 2,048.
pub(crate) const AHEAD: usize = 1024;

/// Asks the CPU to bring the 64 rows of `values` from `at` (the cache lines holding them)
/// into its caches, while the loop that calls it works on rows already there. A hint only:
/// nothing is read into the program, and rows past the end are not asked for. The hardware's
/// own prefetchers follow each column too, but too late for loops this short: with the hint,
/// incomes from memory take 0.56 ns a row against 1.35 (the example above).
#[inline(always)]
pub(crate) fn prefetch_block<T>(values: &[T], at: usize) {
    prefetch_rows(values, at, at.saturating_add(64));
}

/// [`prefetch_block`] for rows `from..to` of `values`, at most 64 cache lines (4 KiB): a text
/// column's bytes for the rows ahead, whose span its offsets give.
#[inline(always)]
pub(crate) fn prefetch_rows<T>(values: &[T], from: usize, to: usize) {
    #[cfg(target_arch = "x86_64")]
    for i in lines(values.len(), std::mem::size_of::<T>(), from, to) {
        let Some(v) = values.get(i) else {
            return;
        };
        // The crate's second `unsafe`. SAFETY: `prefetch` is a hint that touches no memory
        // the program sees and cannot fault, whatever the address (here one inside `values`,
        // so valid besides). The call is `unsafe` only because the intrinsic is declared for
        // the `sse` target feature, which every x86-64 CPU has (it is part of the baseline
        // this crate is built for).
        #[allow(unsafe_code)]
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                std::ptr::from_ref(v).cast(),
            );
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (values, from, to);
}

/// The rows [`prefetch_rows`] asks for among `len` values of `size` bytes: one row a 64-byte
/// line (every 8th for 64-bit values, every 64th for bytes) from `from` up to `to`, past
/// neither the end nor 64 lines. Empty when the span is empty or the wrong way round.
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
#[inline(always)]
fn lines(
    len: usize,
    size: usize,
    from: usize,
    to: usize,
) -> std::iter::StepBy<std::ops::Range<usize>> {
    let step = (64 / size.max(1)).max(1);
    let to = to.min(from.saturating_add(64 * step)).min(len);
    (from..to).step_by(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefetch_asks_for_nothing_past_the_end_and_never_overflows() {
        // Rows near `usize::MAX` (the block's offsets would overflow without saturating),
        // past the end, of an empty column and of a zero-sized type: no panic, in debug
        // builds included, where an overflow would be one.
        prefetch_block(&[1u8; 10], usize::MAX - 3);
        prefetch_block(&[1i64; 10], 11);
        prefetch_block::<i32>(&[], 0);
        prefetch_block(&[(); 100], 0);
        prefetch_rows(&[1u8; 10], usize::MAX - 3, usize::MAX);
        // A span the wrong way round (a malformed text column's offsets) asks for nothing.
        prefetch_rows(&[1u8; 10], 8, 2);
    }

    #[test]
    fn one_row_a_cache_line_inside_the_column_and_at_most_64_lines() {
        let rows = |len, size, from, to| lines(len, size, from, to).collect::<Vec<_>>();
        // 64-bit values: a line is 8 rows; a block of 64 rows is 8 lines.
        assert_eq!(
            rows(10_000, 8, 1024, 1088),
            [1024, 1032, 1040, 1048, 1056, 1064, 1072, 1080]
        );
        // 32-bit values: 16 rows a line.
        assert_eq!(rows(10_000, 4, 0, 64), [0, 16, 32, 48]);
        // Bytes: one row a line, capped at 64 lines (4 KiB) however long the span.
        let bytes = rows(1 << 20, 1, 100, 1 << 20);
        assert_eq!(
            (bytes.len(), bytes.first(), bytes.last()),
            (64, Some(&100), Some(&(100 + 63 * 64)))
        );
        // Never past the end: the last block of a column, a span past it, one from past it.
        assert_eq!(rows(1030, 8, 1024, 1088), [1024]);
        assert_eq!(rows(100, 1, 90, 1000), [90]);
        assert!(rows(100, 8, 100, 164).is_empty());
        assert!(rows(100, 8, usize::MAX - 3, usize::MAX).is_empty());
        // A span the wrong way round, and an empty one, ask for nothing.
        assert!(rows(100, 1, 8, 2).is_empty());
        assert!(rows(100, 1, 8, 8).is_empty());
        // A zero-sized type counts as a byte a row (nothing to fetch, nothing to divide by 0).
        assert_eq!(rows(1000, 0, 0, 1000).len(), 16);
    }
}
