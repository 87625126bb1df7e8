//! The peak heap of a scope, for the tests of memory bounds: the test
//! binary's allocator counts what it holds, and a lock keeps a measured
//! scope alone.
#![allow(dead_code)]

use std::sync::{Mutex, MutexGuard};

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};

#[global_allocator]
static HEAP: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// The heap is one counter for the whole test binary: tests that measure it
/// take this lock, and so do tests that allocate much (a test building a
/// 100 MB document beside a measured one made the measured peak three
/// times its input) or time themselves; the others allocate little.
static MEASURING: Mutex<()> = Mutex::new(());

/// The lock on the heap's counter, held until the guard goes.
pub fn alone() -> MutexGuard<'static, ()> {
    MEASURING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `f` and returns its result with the peak heap it grew by.
pub fn peak_heap<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let _alone = alone();
    HEAP.reset_peak_memory();
    let out = f();
    (out, HEAP.get_peak_memory())
}
