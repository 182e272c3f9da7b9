//! Code compiled for the CPU it runs on.

/// Runs `f` compiled with AVX2 where the CPU has it (32-byte vectors, 64-bit compares, and
/// minimum and maximum of every integer width, which the range checks need), else as built for
/// baseline x86-64 (SSE2), so one build runs on any x86-64. What `f` inlines is compiled both
/// ways; a function it calls that is not inlined keeps the baseline build. Other targets: `f`
/// as built.
#[inline(always)]
pub(crate) fn with_avx2<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // The one `unsafe` of the crate. SAFETY: `avx2` runs `f` and nothing else, compiled
        // with AVX2 enabled; calling it is sound exactly when the CPU has AVX2, which the line
        // above has just detected at run time.
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
