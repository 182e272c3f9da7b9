//! The registry's output code columns, kept for reuse once Python has let them go.
//!
//! A screened column of `u8` codes is written once, in one pass, so the cost of its memory
//! is the first touch of each page: the system maps and zeroes a fresh page under every
//! 4 KiB written. glibc gives a large freed block back to the system (its trim and mmap
//! thresholds), so without a pool every call to `registry.screen` faulted in much of its
//! output again: over half the screening time of 1M rows of dictionary input, in a profile
//! (the copy of the parts' codes into the batch's, then, nearly all of it page faults).
//!
//! Here an output column's buffer is handed to Arrow with an owner ([`Kept`]) that, when the
//! last Arrow reference goes, puts the buffer back in a pool instead of freeing it; the next
//! screening takes its columns from the pool ([`filled`]), already mapped, and writes over
//! the codes they hold. The pool is bounded: at most [`POOL_BYTES`] in all (64 MiB: one
//! screening of ten million rows by a rule of five criteria), only buffers of at least
//! [`SMALLEST`] (smaller ones cost the allocator little), and a request takes a buffer at
//! most twice its size, so that a small output never holds a large block alive; when a
//! buffer given back does not fit, the ones given back longest ago are freed to make room.
//! What the pool holds is memory the process keeps after the tables are dropped, as the
//! allocators polars and pyarrow use also keep theirs. (The pool's lock is held for a few
//! instructions at a time; a process forked by another thread in that instant would find
//! it taken, as with any lock.)

use std::sync::{Mutex, PoisonError};

use arrow_array::UInt8Array;
use arrow_buffer::{Buffer, ScalarBuffer};

/// The most the pool holds, in bytes of capacity.
pub const POOL_BYTES: usize = 64 << 20;

/// The smallest buffer the pool keeps.
pub const SMALLEST: usize = 64 << 10;

/// Buffers let go of, and their capacity in all.
struct Pool {
    free: Vec<Vec<u8>>,
    bytes: usize,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    free: Vec::new(),
    bytes: 0,
});

/// A buffer of exactly `rows` codes, for a caller that writes every one: the pool's
/// smallest that fits within twice `rows` (of equal ones, the last given back, whose pages
/// are the likeliest to be in cache), holding the codes it held before (valid codes, never
/// read before they are written over), or a new one of zeros.
pub fn filled(rows: usize) -> Vec<u8> {
    let kept = if rows >= SMALLEST / 2 {
        let mut pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
        let fits = |v: &Vec<u8>| v.capacity() >= rows && v.capacity() / 2 <= rows;
        let best = (pool.free.iter().enumerate().rev())
            .filter(|(_, v)| fits(v))
            .min_by_key(|(_, v)| v.capacity())
            .map(|(i, _)| i);
        best.map(|i| {
            let v = pool.free.remove(i);
            pool.bytes -= v.capacity();
            v
        })
    } else {
        None
    };
    let mut v = kept.unwrap_or_default();
    // Only what the kept buffer did not hold is written (all of a new one).
    v.resize(rows, 0);
    v
}

/// Puts `v` back for a later [`filled`] when it is large enough, making room by freeing
/// the buffers given back longest ago (a pool full of sizes no longer asked for does not
/// stay so); frees it when it is larger than the whole pool. Its codes stay (nothing is
/// written to give it back).
fn give_back(v: Vec<u8>) {
    let size = v.capacity();
    if !(SMALLEST..=POOL_BYTES).contains(&size) {
        return;
    }
    let mut evicted = Vec::new();
    {
        let mut pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
        let mut over = (pool.bytes + size).saturating_sub(POOL_BYTES);
        let mut oldest = 0;
        while over > 0 && oldest < pool.free.len() {
            let freed = pool.free.get(oldest).map_or(0, Vec::capacity);
            over = over.saturating_sub(freed);
            oldest += 1;
        }
        evicted.extend(pool.free.drain(..oldest));
        pool.bytes -= evicted.iter().map(Vec::capacity).sum::<usize>();
        pool.bytes += size;
        pool.free.push(v);
    }
    // Freed with the lock let go.
    drop(evicted);
}

/// What the pool holds: (buffers, bytes of capacity).
#[cfg(test)]
fn held() -> (usize, usize) {
    let pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
    (pool.free.len(), pool.bytes)
}

/// The owner of an output column's buffer: gives it back to the pool when Arrow drops it.
struct Kept(Vec<u8>);

impl AsRef<[u8]> for Kept {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Kept {
    fn drop(&mut self) {
        give_back(std::mem::take(&mut self.0));
    }
}

/// `codes` as an Arrow array without copying, its buffer back to the pool once dropped.
pub fn codes_array(codes: Vec<u8>) -> UInt8Array {
    let len = codes.len();
    let buffer = Buffer::from(bytes::Bytes::from_owner(Kept(codes)));
    UInt8Array::new(ScalarBuffer::new(buffer, 0, len), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test for the whole pool: it is shared by the process, so tests in parallel would
    /// see each other's buffers.
    #[test]
    fn a_dropped_column_s_buffer_is_reused_and_the_pool_keeps_its_bounds() {
        // A column's codes survive the handover unchanged and uncopied.
        let mut v = filled(100_000);
        assert_eq!(v.len(), 100_000);
        for (i, c) in v.iter_mut().enumerate() {
            *c = (i % 7) as u8;
        }
        let at = v.as_ptr();
        let array = codes_array(v);
        assert_eq!(array.len(), 100_000);
        assert_eq!(array.value(99_999), (99_999 % 7) as u8);
        assert_eq!(array.values().as_ptr(), at, "the buffer was copied");
        let (count, bytes) = held();
        // Dropped (every clone), the buffer goes back; the next request of its size reuses
        // it, cut or lengthened to the rows asked for.
        let clone = array.clone();
        drop(array);
        assert_eq!(
            held(),
            (count, bytes),
            "given back while a clone still holds it"
        );
        drop(clone);
        assert_eq!(held(), (count + 1, bytes + 100_000));
        let again = filled(90_000);
        assert_eq!(again.as_ptr(), at, "a kept buffer was not reused");
        assert_eq!(again.len(), 90_000);
        assert_eq!(held(), (count, bytes));
        drop(codes_array(again));
        // A request less than half a kept buffer's size does not take it.
        let small = filled(40_000);
        assert_eq!(small, vec![0; 40_000], "a new buffer is not all zeros");
        assert_eq!(held(), (count + 1, bytes + 100_000));
        // Small buffers are not kept.
        drop(codes_array(small));
        drop(codes_array(vec![1; 1000]));
        assert_eq!(held(), (count + 1, bytes + 100_000));
        // Of the buffers that fit, the smallest is taken; of equal ones, the last given back.
        let kept = filled(100_000);
        assert_eq!(held(), (count, bytes));
        let (one, two, wide) = (filled(70_000), filled(70_000), filled(130_000));
        let (later, wide_at) = (two.as_ptr(), wide.as_ptr());
        drop(codes_array(wide));
        drop(codes_array(one));
        drop(codes_array(two));
        assert_eq!(held(), (count + 3, bytes + 270_000));
        let (equal, fits) = (filled(70_000), filled(101_000));
        assert_eq!(equal.as_ptr(), later);
        assert_eq!(fits.as_ptr(), wide_at, "not the smallest that fits");
        assert_eq!(held(), (count + 1, bytes + 70_000));
        drop((equal, fits));
        drop(codes_array(kept));
        // A buffer that does not fit frees the ones given back longest ago to make room.
        let many: Vec<_> = (0..(POOL_BYTES >> 20) + 8)
            .map(|_| codes_array(vec![0; 1 << 20]))
            .collect();
        drop(many);
        let (_, full) = held();
        assert_eq!(
            full, POOL_BYTES,
            "the pool is not full of the newest buffers"
        );
        let newest = filled(1 << 20);
        assert_eq!(held(), ((POOL_BYTES >> 20) - 1, POOL_BYTES - (1 << 20)));
        drop(codes_array(newest));
        // A buffer larger than the whole pool is never kept.
        drop(codes_array(vec![0; POOL_BYTES + 1]));
        assert_eq!(held(), ((POOL_BYTES >> 20), POOL_BYTES));
    }
}
